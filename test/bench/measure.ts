/** Helpers shared by the benchmark cases. */

export interface BenchCase {
  name: string;
  budgetMs: number;
  run(context: { root: string }): Promise<number>;
}

/** The median time of `runs` calls after `warmup` unmeasured ones, in milliseconds. */
export async function medianMs(fn: () => unknown, runs = 7, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}
