/**
 * Work that must finish before the window closes, such as flushing the autosave journal. The
 * owner registers a task; when the host is about to close the window, every task runs (each is
 * given a moment, not forever) and only then does the host let the window go.
 */
type Task = () => Promise<void>;

/** How long a task may hold up closing; a stuck write must not keep the window open. */
export const BEFORE_CLOSE_TIMEOUT_MS = 5000;

const tasks = new Set<Task>();

/** Registers a task to run before the window closes; returns the function that removes it. */
export function registerBeforeClose(task: Task): () => void {
  tasks.add(task);
  return () => {
    tasks.delete(task);
  };
}

function withinTime(task: Task, timeoutMs: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, timeoutMs);
  });
  return Promise.race([Promise.resolve().then(task), late]).finally(() => clearTimeout(timer));
}

/** Runs every registered task; a failing or stuck task does not stop the others. */
export async function runBeforeClose(timeoutMs = BEFORE_CLOSE_TIMEOUT_MS): Promise<void> {
  await Promise.allSettled([...tasks].map((task) => withinTime(task, timeoutMs)));
}
