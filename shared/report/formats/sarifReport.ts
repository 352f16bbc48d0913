/**
 * Open threats as SARIF 2.1.0, for code scanning. Each rule that produced a threat becomes a
 * reporting descriptor with its description and references; each open, current threat becomes a
 * result whose level follows its residual band, located at its element (a logical location) and,
 * when the caller names the model file, at that file so code-scanning services can show it.
 * Fingerprints derive from the model id and the threat's stable id, so a service tracks the same
 * threat across runs and across edits that do not change what it is about.
 */
import { stableHash } from '../../model/ids';
import { labelOf } from '../../model/vocabulary';
import { compareBands, type RiskBand } from '../../risk/matrix';
import { referenceUrl } from '../references';
import type { Report, ReportThreat } from '../reportSchema';

export interface SarifOptions {
  /** The model file as the repository sees it, e.g. `models/payments.gatehouse`. */
  artifactUri?: string;
  /** The version of Gatehouse writing the log. */
  toolVersion?: string;
}

type SarifLevel = 'error' | 'warning' | 'note';

/** The manual rule: threats written by a person rather than produced by a rule. */
export const MANUAL_RULE_ID = 'manual';

const LEVELS: Readonly<Record<RiskBand, SarifLevel>> = {
  critical: 'error',
  veryHigh: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  veryLow: 'note',
};

/** The 0–10 severity code-scanning services sort and filter by. */
const SECURITY_SEVERITY: Readonly<Record<RiskBand, string>> = {
  critical: '9.5',
  veryHigh: '8.5',
  high: '7.0',
  medium: '5.0',
  low: '3.0',
  veryLow: '1.0',
};

/** The fingerprint key; the suffix changes only if the way the fingerprint is made changes. */
export const FINGERPRINT_KEY = 'gatehouseThreat/v1';

export function formatSarifReport(report: Report, options: SarifOptions = {}): string {
  const open = report.threats.filter((threat) => !threat.stale && threat.status === 'open');
  const ruleIds = [...new Set(open.map(ruleIdOf))].sort();
  const ruleIndex = new Map(ruleIds.map((id, i) => [id, i]));
  const rules = ruleIds.map((id) =>
    ruleDescriptor(
      id,
      open.filter((t) => ruleIdOf(t) === id),
    ),
  );

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'Gatehouse',
            ...(options.toolVersion ? { semanticVersion: options.toolVersion } : {}),
            rules,
          },
        },
        automationDetails: { id: `gatehouse/${report.summary.modelId}/` },
        ...(options.artifactUri ? { artifacts: [{ location: { uri: options.artifactUri } }] } : {}),
        results: open.map((threat) =>
          result(threat, ruleIndex.get(ruleIdOf(threat)) ?? 0, report, options),
        ),
        properties: { modelTitle: report.summary.title, reportDate: report.summary.date },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleIdOf(threat: ReportThreat): string {
  return threat.ruleId ?? MANUAL_RULE_ID;
}

function ruleDescriptor(id: string, threats: readonly ReportThreat[]) {
  // Threats come in rank order, so the first is the most severe one the rule produced.
  const example = threats[0];
  const references = [...new Set(threats.flatMap((threat) => threat.references))].sort();
  const highest = threats.reduce<RiskBand>(
    (top, threat) => (compareBands(threat.band, top) > 0 ? threat.band : top),
    'veryLow',
  );
  const helpUri = references.map(referenceUrl).find((url) => url !== null);
  const manual = id === MANUAL_RULE_ID;
  const shortText = manual
    ? 'Threat recorded by hand'
    : `${example?.categoryName ?? 'Threat'}: ${example?.title ?? id}`;
  const fullText = manual
    ? 'A threat a person wrote into the model rather than one a rule produced.'
    : example?.description || shortText;

  return {
    id,
    name: ruleName(id),
    shortDescription: { text: shortText },
    fullDescription: { text: fullText },
    ...(helpUri ? { helpUri } : {}),
    help: {
      text:
        references.length > 0 ? `References: ${references.join(', ')}` : 'No references recorded.',
    },
    defaultConfiguration: { level: LEVELS[highest] },
    properties: {
      tags: [
        'security',
        'threat-model',
        ...new Set(threats.map((threat) => `STRIDE/${threat.categoryName}`)),
        ...references.filter((ref) => /^(CWE|CAPEC)-\d+$/i.test(ref)).map((r) => r.toUpperCase()),
      ],
      'security-severity': SECURITY_SEVERITY[highest],
    },
  };
}

/** A PascalCase name from a rule id, as SARIF viewers show rule names. */
function ruleName(id: string): string {
  const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('') || 'Rule';
}

function result(threat: ReportThreat, ruleIndex: number, report: Report, options: SarifOptions) {
  const where = threat.elementKind ? labelOf(threat.elementKind) : 'Element';
  const logical = {
    name: threat.elementName,
    fullyQualifiedName: `${threat.diagramName || 'model'}/${threat.elementId}`,
    kind: 'resource',
  };
  const location = options.artifactUri
    ? {
        physicalLocation: {
          artifactLocation: { uri: options.artifactUri, index: 0 },
          region: { startLine: 1 },
        },
        logicalLocations: [logical],
      }
    : { logicalLocations: [logical] };

  const key = `${report.summary.modelId}\n${threat.id}`;
  return {
    ruleId: ruleIdOf(threat),
    ruleIndex,
    level: LEVELS[threat.band],
    message: {
      text: `${threat.number} ${threat.title} (${where} "${threat.elementName}", ${threat.bandLabel} residual risk ${threat.residualRisk}).${threat.description ? ` ${threat.description}` : ''}`,
    },
    locations: [location],
    partialFingerprints: { [FINGERPRINT_KEY]: `${stableHash(key)}${stableHash(`~${key}`)}` },
    properties: {
      threatId: threat.id,
      threatNumber: threat.number,
      category: threat.categoryName,
      likelihood: threat.likelihood,
      impact: threat.impact,
      inherentRisk: threat.inherentRisk,
      residualRisk: threat.residualRisk,
      band: threat.band,
      'security-severity': SECURITY_SEVERITY[threat.band],
    },
  };
}
