/**
 * The appendix: what the model leaves out (out-of-scope elements and why), threats whose rule no
 * longer applies, and the assumptions the assessment rests on.
 */
import type { ModelIndex } from '../model/modelIndex';
import { normalizeProtocol, PROTOCOLS } from '../model/protocols';
import type { DataFlowElement } from '../model/types';
import { compareText } from './register';
import type { ReportAppendix, ReportAssumption, ReportThreat } from './reportSchema';

export function buildAppendix(index: ModelIndex, threats: readonly ReportThreat[]): ReportAppendix {
  const outOfScope = [...index.elements.values()]
    .filter((element) => element.outOfScope)
    .map((element) => ({
      elementId: element.id,
      name: element.name,
      kind: element.kind,
      reason: element.outOfScopeReason,
    }))
    .sort((a, b) => compareText(a.name, b.name) || compareText(a.elementId, b.elementId));

  return {
    outOfScope,
    staleThreatIds: threats.filter((threat) => threat.stale).map((threat) => threat.id),
    assumptions: [...flowAssumptions(index.flows), ...decisionAssumptions(threats)],
  };
}

/**
 * Where a person overrode what a flow's protocol implies, the assessment takes their word for it:
 * that is an assumption a reviewer should see.
 */
function flowAssumptions(flows: readonly DataFlowElement[]): ReportAssumption[] {
  const assumptions: ReportAssumption[] = [];
  for (const flow of flows) {
    const protocol = normalizeProtocol(flow.properties.protocol) || 'no protocol';
    const implied = PROTOCOLS[flow.properties.protocol.trim().toLowerCase()];
    const { encrypted, authenticated } = flow.properties;
    if (encrypted !== null && encrypted !== (implied?.encrypted ?? false)) {
      assumptions.push({
        subject: flow.name || flow.id,
        text: encrypted
          ? `Taken as encrypted in transit, although ${protocol} is not encrypted by default.`
          : `Taken as unencrypted, although ${protocol} is encrypted by default.`,
      });
    }
    if (authenticated !== null && authenticated !== (implied?.authenticated ?? false)) {
      assumptions.push({
        subject: flow.name || flow.id,
        text: authenticated
          ? `Taken as authenticating its sender, although ${protocol} does not by default.`
          : `Taken as not authenticating its sender, although ${protocol} does by default.`,
      });
    }
  }
  return assumptions;
}

/** An accepted or transferred risk rests on its written reason. */
function decisionAssumptions(threats: readonly ReportThreat[]): ReportAssumption[] {
  return threats
    .filter((t) => !t.stale && (t.status === 'accepted' || t.status === 'transferred'))
    .map((t) => ({
      subject: `${t.number} ${t.title}`,
      text: `${t.statusLabel}: ${t.justification || 'no reason was written down.'}`,
    }));
}
