/** Where the bundled parts live, relative to the bundled main process (dist/electron/main.cjs). */
import path from 'node:path';

export const RENDERER_DIR = path.join(__dirname, '..', 'renderer');
export const PRELOAD_PATH = path.join(__dirname, 'preload.cjs');
