/**
 * `gatehouse check MODEL [--fail-on low|medium|high|critical]`: the CI gate. Exits 1 when an open,
 * current threat has a residual risk at or above the level (high unless told), listing each one;
 * 0 when none does; 2 when the model cannot be read.
 */
import { formatThreatNumber } from '../../shared/model/ids';
import { indexModel } from '../../shared/model/modelIndex';
import { rankModelThreats } from '../../shared/risk/ranking';
import { bandLabel, isAtOrAbove, SEVERITIES, type Severity } from '../../shared/risk/matrix';
import { badInput, EXIT_FOUND, EXIT_OK, type Command } from '../command';
import { readModelFile } from '../readModelFile';

const USAGE = 'usage: gatehouse check MODEL [--fail-on low|medium|high|critical]';
const DEFAULT_LEVEL: Severity = 'high';

function parseArgs(args: readonly string[]): { file: string; level: Severity } | string {
  let file: string | null = null;
  let level: Severity = DEFAULT_LEVEL;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--fail-on') {
      const value = args[++i];
      if (!SEVERITIES.includes(value as Severity))
        return `--fail-on takes one of ${SEVERITIES.join(', ')}; ${USAGE}`;
      level = value as Severity;
    } else if (arg.startsWith('-')) {
      return `unknown option "${arg}"; ${USAGE}`;
    } else if (file === null) {
      file = arg;
    } else {
      return `one model at a time; ${USAGE}`;
    }
  }
  return file === null ? USAGE : { file, level };
}

/** Keeps one line per threat readable in a CI log. */
function oneLine(text: string, max = 160): string {
  let flat = '';
  // Control characters in a title would let a hostile model rewrite the terminal or the CI log.
  for (const char of text) flat += char < ' ' || char === '\u007f' ? ' ' : char;
  flat = flat.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

export const checkCommand: Command = {
  name: 'check',
  usage: 'check MODEL [--fail-on low|medium|high|critical]',
  summary: 'exit 1 when an open threat is at or above a risk level',
  async run(argv, io) {
    const args = parseArgs(argv);
    if (typeof args === 'string') return badInput(io, args);

    const read = await readModelFile(io, args.file);
    if (!read.ok) return badInput(io, read.message);

    const model = read.model;
    const index = indexModel(model);
    const offenders = rankModelThreats(model).filter(
      ({ threat, residual }) => threat.status === 'open' && isAtOrAbove(residual.band, args.level),
    );

    for (const { threat, residual } of offenders) {
      const element = index.elements.get(threat.elementId)?.name || threat.elementId;
      io.stdout(
        `${formatThreatNumber(threat.number)}  ${bandLabel(residual.band)} ${residual.score} (L${residual.likelihood} x I${residual.impact})  ${oneLine(threat.title)}  [${oneLine(element, 60)}]\n`,
      );
    }

    if (model.threats.length === 0) {
      io.stderr(`${args.file}: the model has no threats yet; run \`gatehouse generate\` first.\n`);
    } else if (offenders.length > 0) {
      const noun = offenders.length === 1 ? 'open threat is' : 'open threats are';
      io.stderr(`${args.file}: ${offenders.length} ${noun} at or above ${args.level} risk.\n`);
    } else {
      io.stderr(`${args.file}: no open threat at or above ${args.level} risk.\n`);
    }
    return offenders.length > 0 ? EXIT_FOUND : EXIT_OK;
  },
};
