/**
 * Words for the values in a diff: field names a person reads ("data classification"), vocabulary
 * values by their label ("OAuth 2"), element ids by the element's name, long text shortened.
 * User text always passes through the style's escaping, so a hostile name cannot inject markup or
 * terminal control sequences.
 */
import { labelOf, LABELS } from '../../model/vocabulary';
import type { JsonValue } from '../json';
import type { ModelDiff } from '../types';

/** How a format renders the parts of a sentence. */
export interface DiffStyle {
  /** A name written by a user: an element, threat or mitigation name, or other free text. */
  name(text: string): string;
  /** Any other user-provided value, already shortened. */
  value(text: string): string;
  /** Text of our own (labels, numbers), which only needs escaping, not emphasis. */
  plain(text: string): string;
}

const ELEMENT_REFERENCES: ReadonlySet<string> = new Set([
  'boundaryId',
  'sourceId',
  'targetId',
  'elementId',
]);

const FREE_TEXT: ReadonlySet<string> = new Set([
  'name',
  'title',
  'summary',
  'description',
  'outOfScopeReason',
  'justification',
  'notes',
  'owner',
  'properties.protocol',
  'qualifier',
  'ticket',
]);

const MAX_SHOWN = 80;

/** A field path as words: `properties.dataClassification` → `data classification`. */
export function fieldName(path: string): string {
  const last = path.slice(path.lastIndexOf('.') + 1);
  if (last === 'boundaryId') return 'zone';
  if (last === 'diagramId') return 'diagram';
  if (last === 'sourceId') return 'source';
  if (last === 'targetId') return 'target';
  if (last === 'mitigationIds') return 'mitigations';
  return last.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
}

/** A shortened single line of free text. */
export function shorten(text: string, max = MAX_SHOWN): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** The label of an element id from the diff, or the id in brackets. */
export function labelOfId(diff: ModelDiff, id: string): string {
  return Object.prototype.hasOwnProperty.call(diff.labels, id)
    ? (diff.labels[id] ?? id)
    : `[${id}]`;
}

/** A field value in words. */
export function describeValue(
  diff: ModelDiff,
  path: string,
  value: JsonValue,
  style: DiffStyle,
): string {
  if (value === null)
    return path === 'boundaryId' ? style.plain('outside every zone') : style.plain('none');
  if (typeof value === 'boolean') return style.plain(value ? 'yes' : 'no');
  if (typeof value === 'number') return style.plain(String(value));
  if (typeof value === 'string') {
    if (ELEMENT_REFERENCES.has(path)) return style.name(labelOfId(diff, value));
    if (value === '') return style.plain('(empty)');
    if (FREE_TEXT.has(path) || !Object.prototype.hasOwnProperty.call(LABELS, value))
      return style.value(shorten(value));
    return style.plain(labelOf(value));
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return style.plain('none');
    if (value.every((item) => typeof item === 'string'))
      return style.value(shorten(value.map((item) => labelOf(item as string)).join(', ')));
    return style.plain(`${value.length} ${value.length === 1 ? 'entry' : 'entries'}`);
  }
  return style.value(shorten(JSON.stringify(value)));
}
