/**
 * A model whose every piece of text is an attack: markup, script breakouts, script links and
 * spreadsheet formulas. Reports of it must show the text and run none of it.
 */
import { threatModelSchema } from '../../shared/model/schema';
import type { ThreatModel } from '../../shared/model/types';

export const ATTACKS = [
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(2)</script>',
  '[click](javascript:alert(3))',
  '=HYPERLINK("http://x","y")',
  '<svg onload=alert(4)>',
  '"><iframe src=javascript:alert(5)>',
  "+cmd|' /C calc'!A0",
  '-2+3',
  '@SUM(1+1)',
  '\tTAB',
  '\rCR',
  '| cell | break |',
  '</style><style>body{display:none}',
  '\u202eevil\u202c',
] as const;

/** Every attack joined, for fields that hold one string. */
const ALL = ATTACKS.join(' ');

export function hostileModel(): ThreatModel {
  const name = (i: number) => ATTACKS[i % ATTACKS.length] as string;
  return threatModelSchema.parse({
    formatVersion: 1,
    id: 'tm_hostile',
    title: ATTACKS[0],
    summary: ALL,
    owner: ATTACKS[3],
    reviewers: [ATTACKS[1], ATTACKS[2]],
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    threatCounter: ATTACKS.length,
    diagrams: [
      {
        id: 'dgm_x',
        name: ATTACKS[1],
        elements: [
          { id: 'zone_x', kind: 'trustBoundary', name: name(4), properties: { trustLevel: 60 } },
          { id: 'ent_x', kind: 'externalEntity', name: name(0), description: ALL },
          {
            id: 'proc_x',
            kind: 'process',
            name: name(1),
            boundaryId: 'zone_x',
            outOfScope: true,
            outOfScopeReason: name(3),
          },
          { id: 'store_x', kind: 'dataStore', name: name(2), boundaryId: 'zone_x' },
          {
            id: 'flow_x',
            kind: 'dataFlow',
            name: name(5),
            sourceId: 'ent_x',
            targetId: 'proc_x',
            properties: { protocol: '<b>HTTP</b>', encrypted: true },
          },
        ],
      },
    ],
    threats: ATTACKS.map((attack, i) => ({
      id: `rule.x:${['ent_x', 'proc_x', 'store_x', 'flow_x'][i % 4]}:${i}`,
      number: i + 1,
      title: attack,
      category: 'STRIDE'[i % 6],
      elementId: ['ent_x', 'proc_x', 'store_x', 'flow_x'][i % 4],
      ruleId: i % 2 === 0 ? `rule.${i}` : null,
      description: ALL,
      references: [
        'javascript:alert(9)',
        'data:text/html,<script>alert(1)</script>',
        attack,
        'CWE-79',
      ],
      likelihood: 1 + (i % 5),
      impact: 5 - (i % 5),
      status: i % 3 === 0 ? 'accepted' : 'open',
      justification: i % 3 === 0 ? attack : '',
      mitigationIds: ['mit_x'],
      stale: i === ATTACKS.length - 1,
    })),
    mitigations: [{ id: 'mit_x', title: ATTACKS[3], owner: ATTACKS[0], ticket: '' }],
  });
}
