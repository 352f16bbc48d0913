/**
 * The shape of a semantic diff between two versions of a model. It speaks in the model's own terms
 * (elements, flows, boundaries, threats, decisions) and carries enough to be applied again: added
 * things carry their whole value, removed things their old value, changed things each field with
 * its old and new value. It is plain JSON, so `gatehouse diff --format json` prints it as it is.
 */
import type { ElementKind } from '../model/vocabulary';
import type {
  Element,
  EdgeRoute,
  MergeConflict,
  Mitigation,
  NodeBox,
  Threat,
  Viewport,
} from '../model/types';
import type { JsonValue } from './json';

export const DIFF_VERSION = 1;

export type ChangeKind = 'added' | 'removed' | 'changed';

/** One field of one thing, before and after. A field absent on one side is `null` there. */
export interface FieldChange {
  /** `name`, `boundaryId`, `properties.protocol`; `diagramId` when an element moved diagrams. */
  path: string;
  before: JsonValue;
  after: JsonValue;
}

export interface ElementChange {
  change: ChangeKind;
  id: string;
  kind: ElementKind;
  /** The diagram it is on now (or was on, when removed). */
  diagramId: string;
  /** The whole element when added (new value) or removed (old value); null when changed. */
  element: Element | null;
  fields: FieldChange[];
}

/** What a threat change means to a reviewer; one change can mean several things. */
export type ThreatAspect =
  | 'new'
  | 'removed'
  | 'stale'
  | 'noLongerStale'
  | 'reRated'
  | 'status'
  | 'justification'
  | 'mitigations'
  | 'other';

export interface ThreatChange {
  change: ChangeKind;
  id: string;
  number: number;
  title: string;
  category: Threat['category'];
  elementId: string;
  /** Current ratings and status (the old ones when removed), so a reader can show the risk. */
  likelihood: number;
  impact: number;
  status: Threat['status'];
  aspects: ThreatAspect[];
  threat: Threat | null;
  fields: FieldChange[];
}

export interface MitigationChange {
  change: ChangeKind;
  id: string;
  title: string;
  mitigation: Mitigation | null;
  fields: FieldChange[];
}

export interface DiagramChange {
  change: ChangeKind;
  id: string;
  name: string;
  fields: FieldChange[];
}

export interface ConflictChange {
  change: ChangeKind;
  id: string;
  conflict: MergeConflict | null;
  fields: FieldChange[];
}

/** Which zones a flow passes through, and the trust on either end. */
export interface CrossingState {
  zoneIds: string[];
  sourceTrust: number;
  targetTrust: number;
}

/**
 * A flow whose boundary crossings differ between the versions: it now crosses a boundary (also
 * when it is new), no longer crosses any, or crosses different ones. Derived from containment, so
 * it is reported for information and not applied.
 */
export interface CrossingChange {
  flowId: string;
  status: 'nowCrosses' | 'noLongerCrosses' | 'crossesDifferently';
  before: CrossingState | null;
  after: CrossingState | null;
}

export type LayoutPart = 'nodes' | 'edges' | 'viewports';

export interface LayoutChange {
  part: LayoutPart;
  id: string;
  before: NodeBox | EdgeRoute | Viewport | null;
  after: NodeBox | EdgeRoute | Viewport | null;
}

export interface ModelDiff {
  diffVersion: typeof DIFF_VERSION;
  /** Whether layout changes were compared; when false, `layout` is empty and applying keeps it. */
  includesLayout: boolean;
  /** Model-level fields: title, summary, owner, reviewers, tags, dates, threatCounter, rulePacks. */
  metadata: FieldChange[];
  diagrams: DiagramChange[];
  elements: ElementChange[];
  crossings: CrossingChange[];
  threats: ThreatChange[];
  mitigations: MitigationChange[];
  conflicts: ConflictChange[];
  layout: LayoutChange[];
  /** How to name every element the diff mentions: its name, with the id when ambiguous. */
  labels: Record<string, string>;
}

export interface DiffOptions {
  /** Compare positions, sizes, routes and viewports too. Off by default: moving a box is not a change of meaning. */
  layout?: boolean;
}
