/** A real fixture imported the way the app and the CLI import it, automatic layout included. */
import { importModel } from '../../shared/io/importers/importModel';
import type { ThreatModel } from '../../shared/model/types';
import { fixtureText } from './fixtures';

export async function importedFixture(relativePath: string): Promise<ThreatModel> {
  const result = await importModel(fixtureText(relativePath), {
    now: new Date('2026-01-01T00:00:00Z'),
  });
  if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return result.value.model;
}
