/**
 * The importers and exporters, as the CLI loads them: on demand, from a bundle of their own, so
 * that their parsers and the layout engine cost nothing when another command runs.
 */
export { importModel } from '../shared/io/importers/importModel';
export { IMPORT_LIMITS, sizeProblem } from '../shared/io/importers/parseInput';
export { exportOtm } from '../shared/io/exporters/otmExporter';
export { exportThreatDragon } from '../shared/io/exporters/threatDragonExporter';
