/**
 * After a merge, references can point at things the other side deleted: a flow at a removed
 * process, a threat at a removed mitigation. Links to missing mitigations are dropped (the file
 * format refuses them); the rest are reported as warnings, and lint shows them in the app.
 */
import { indexModel } from '../model/modelIndex';
import type { ThreatModel } from '../model/types';
import { problem, type Problem } from '../result';

/** Repairs links to missing mitigations (replacing those threats in the list) and returns what needs a person's look. */
export function checkReferences(model: ThreatModel): Problem[] {
  const index = indexModel(model);
  const warnings: Problem[] = [];

  for (const flow of index.flows) {
    for (const end of [flow.sourceId, flow.targetId]) {
      if (!index.elements.has(end))
        warnings.push(
          problem(
            'merge/dangling-flow',
            `Flow "${flow.name}" [${flow.id}] points at "${end}", which the other branch deleted; reconnect or delete the flow.`,
          ),
        );
    }
  }
  for (const node of index.nodes) {
    if (node.boundaryId !== null && !index.elements.has(node.boundaryId))
      warnings.push(
        problem(
          'merge/missing-zone',
          `"${node.name}" [${node.id}] sits in zone "${node.boundaryId}", which the other branch deleted; place it in a zone again.`,
        ),
      );
  }

  const mitigationIds = new Set(model.mitigations.map((m) => m.id));
  model.threats.forEach((threat, i) => {
    const kept = threat.mitigationIds.filter((id) => mitigationIds.has(id));
    if (kept.length !== threat.mitigationIds.length) {
      warnings.push(
        problem(
          'merge/dropped-mitigation-link',
          `Threat "${threat.title}" [${threat.id}] linked mitigations the other branch deleted; those links were removed.`,
        ),
      );
      // A copy: the threat object may be shared with an input model.
      model.threats[i] = { ...threat, mitigationIds: kept };
    }
    if (!index.elements.has(threat.elementId))
      warnings.push(
        problem(
          'merge/orphan-threat',
          `Threat "${threat.title}" [${threat.id}] is about an element the other branch deleted; regenerate threats to mark it stale.`,
        ),
      );
  });

  return warnings;
}
