/**
 * Mitigations that other tools keep as free text on each threat. The same text on many threats is
 * one control, so it becomes one mitigation that all of them link to.
 */
import { stableHash } from '../../model/ids';
import type { ModelBuilder } from './modelBuilder';

/** The id of the mitigation for this text, adding it to the model the first time it is seen. */
export function mitigationFor(builder: ModelBuilder, text: string, implemented: boolean): string {
  const id = `mit-${stableHash(text)}`;
  if (!builder.hasMitigation(id)) {
    builder.mitigationIds.claim(id, 'mit');
    builder.addMitigation({
      id,
      title: mitigationTitle(text),
      description: text,
      status: implemented ? 'implemented' : 'proposed',
    });
  } else if (implemented) {
    builder.markMitigationImplemented(id);
  }
  return id;
}

/** The first sentence or line of a mitigation text, short enough for a list. */
export function mitigationTitle(text: string): string {
  const firstLine = text.split(/\r?\n/)[0] ?? text;
  const sentence = /^(.{10,}?[.!?])(\s|$)/.exec(firstLine)?.[1] ?? firstLine;
  return sentence.length > 120 ? `${sentence.slice(0, 117).trimEnd()}…` : sentence;
}
