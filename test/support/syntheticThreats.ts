/**
 * Adds threats and mitigations to a synthetic model, so report and plan budgets can be measured
 * at a given number of threats without depending on the rule engine's output.
 */
import { STRIDE, THREAT_STATUSES } from '../../shared/model/vocabulary';
import type { ThreatModel } from '../../shared/model/types';
import { seededRandom } from './syntheticModel';

/** The model with `count` threats spread over its elements and one mitigation per 10 threats. */
export function withSyntheticThreats(model: ThreatModel, count: number, seed = 7): ThreatModel {
  const random = seededRandom(seed);
  const elements = model.diagrams
    .flatMap((d) => d.elements)
    .filter((e) => e.kind !== 'trustBoundary');
  const mitigationCount = Math.max(1, Math.round(count / 10));
  const mitigations = Array.from({ length: mitigationCount }, (_, i) => ({
    id: `mit_${i}`,
    title: `Control ${i}: validate and rate-limit requests`,
    description: 'Apply the control at the gateway and in each service.',
    status: (['proposed', 'planned', 'inProgress', 'implemented', 'verified'] as const)[i % 5]!,
    owner: `Owner ${i % 17}`,
    dueDate: `2026-${String(1 + (i % 12)).padStart(2, '0')}-15`,
    ticket: `https://tracker.example.com/browse/SEC-${i}`,
    effort: (['S', 'M', 'L'] as const)[i % 3]!,
    reduction: { likelihood: 2, impact: 0 },
  }));

  const threats = Array.from({ length: count }, (_, i) => {
    const element = elements[i % elements.length]!;
    const category = STRIDE[i % STRIDE.length]!;
    return {
      id: `bench.${category}:${element.id}:${i}`,
      number: i + 1,
      title: `${category} threat ${i} against ${element.name}`,
      category,
      elementId: element.id,
      ruleId: i % 9 === 0 ? null : `bench.${category}`,
      qualifier: '',
      description:
        'An attacker on the network path could abuse this element unless controls apply.',
      references: ['CWE-284', 'CAPEC-122'],
      likelihood: 1 + Math.floor(random() * 5),
      impact: 1 + Math.floor(random() * 5),
      ratedBy: 'rule' as const,
      status: THREAT_STATUSES[Math.floor(random() * 2.4)]!,
      justification: '',
      mitigationIds: random() < 0.7 ? [`mit_${Math.floor(random() * mitigationCount)}`] : [],
      notes: '',
      stale: random() < 0.02,
      reviewed: true,
    };
  });

  return { ...model, threats, threatCounter: count, mitigations: mitigations.map(withDefaults) };
}

function withDefaults<T extends object>(mitigation: T) {
  return mitigation as T & ThreatModel['mitigations'][number];
}
