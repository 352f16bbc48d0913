/**
 * Work that must finish before the window closes, such as flushing the autosave journal. The
 * owner registers a task; when the host is about to close the window, every task runs (each is
 * given a moment, not forever) and only then does the host let the window go.
 */
type Task = () => Promise<void>;

const tasks = new Set<Task>();

/** Registers a task to run before the window closes; returns the function that removes it. */
export function registerBeforeClose(task: Task): () => void {
  tasks.add(task);
  return () => {
    tasks.delete(task);
  };
}

/** Runs every registered task; a failing task does not stop the others. */
export async function runBeforeClose(): Promise<void> {
  await Promise.allSettled([...tasks].map((task) => task()));
}
