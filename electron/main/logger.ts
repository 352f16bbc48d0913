/**
 * One levelled logger for the main process. Messages start with an area tag (`[file]`, `[ipc]`)
 * and never carry model contents or full paths: a threat model lists a system's weaknesses.
 */
type Level = 'debug' | 'info' | 'warn' | 'error';

const ORDER: Record<Level, number> = { debug: 0, info: 1, warn: 2, error: 3 };
const threshold: Level = process.env.GATEHOUSE_LOG === 'debug' ? 'debug' : 'info';

function write(level: Level, message: string): void {
  if (ORDER[level] < ORDER[threshold]) return;
  const line = `${new Date().toISOString()} ${level.toUpperCase()} ${message}\n`;
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line);
}

export const log = {
  debug: (message: string) => write('debug', message),
  info: (message: string) => write('info', message),
  warn: (message: string) => write('warn', message),
  error: (message: string) => write('error', message),
};
