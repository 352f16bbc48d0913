/**
 * Model lint: things in a drawing that are probably mistakes or open security questions, each
 * pointing at the element it concerns. The app's Problems panel and `gatehouse validate` both show
 * these, so a model reads the same in a review and in CI.
 */
import { crossesBoundary, flowCrossing } from '../model/boundaries';
import { indexModel } from '../model/modelIndex';
import { isFlowAuthenticated, isFlowEncrypted } from '../model/protocols';
import type { Element, ThreatModel } from '../model/types';
import { labelOf } from '../model/vocabulary';

export type LintSeverity = 'error' | 'warning' | 'info';

export interface LintFinding {
  /** A stable code such as `lint/dangling-flow`. */
  code: string;
  severity: LintSeverity;
  /** The element concerned, so a click can take the user to it. */
  elementId: string;
  /** A JSON path into the model file. */
  path: string;
  message: string;
}

/** Every lint finding of a model, in diagram and element order. */
export function lintModel(model: ThreatModel): LintFinding[] {
  const index = indexModel(model);
  const findings: LintFinding[] = [];

  model.diagrams.forEach((diagram, d) => {
    diagram.elements.forEach((element, e) => {
      const path = `$.diagrams[${d}].elements[${e}]`;
      const add = (code: string, severity: LintSeverity, message: string): void => {
        findings.push({ code, severity, elementId: element.id, path, message });
      };
      const label = describe(element);

      if (element.name.trim() === '')
        add(
          'lint/unnamed',
          'warning',
          `A ${labelOf(element.kind).toLowerCase()} has no name; name it so threats and reports can refer to it.`,
        );

      if (element.kind === 'dataFlow') {
        const source = index.elements.get(element.sourceId);
        const target = index.elements.get(element.targetId);
        if (!source || !target || source.kind === 'dataFlow' || target.kind === 'dataFlow') {
          add(
            'lint/dangling-flow',
            'error',
            `${label} is not connected at both ends; connect it or delete it.`,
          );
          return;
        }
        if (element.properties.protocol.trim() === '')
          add(
            'lint/no-protocol',
            'warning',
            `${label} has no protocol; set one so encryption can be judged.`,
          );
        const crossing = flowCrossing(index, element);
        if (crossesBoundary(crossing) && !isFlowAuthenticated(element) && !element.outOfScope) {
          add(
            'lint/unauthenticated-crossing',
            'warning',
            `${label} crosses a trust boundary without authentication; authenticate it or say why not.`,
          );
        }
        if (crossesBoundary(crossing) && !isFlowEncrypted(element) && !element.outOfScope) {
          add(
            'lint/cleartext-crossing',
            'warning',
            `${label} crosses a trust boundary in cleartext; use an encrypted protocol.`,
          );
        }
        return;
      }

      if (element.boundaryId !== null) {
        const zone = index.elements.get(element.boundaryId);
        if (!zone || zone.kind !== 'trustBoundary')
          add(
            'lint/missing-zone',
            'error',
            `${label} sits in a trust boundary that does not exist; move it to a zone or to the top level.`,
          );
      }
      if (
        element.kind === 'dataStore' &&
        (element.properties.holdsPii || element.properties.holdsCredentials) &&
        !element.properties.encryptedAtRest
      ) {
        add(
          'lint/unencrypted-sensitive-store',
          'warning',
          `${label} holds ${element.properties.holdsCredentials ? 'credentials' : 'personal data'} but is not encrypted at rest.`,
        );
      }
      if (
        element.kind !== 'trustBoundary' &&
        element.outOfScope &&
        element.outOfScopeReason.trim() === ''
      ) {
        add(
          'lint/out-of-scope-without-reason',
          'info',
          `${label} is out of scope without a reason; say why, for the report.`,
        );
      }
    });
  });

  return findings;
}

function describe(element: Element): string {
  const name = element.name.trim() === '' ? element.id : element.name;
  return `${labelOf(element.kind)} "${name}"`;
}
