/**
 * Collects an import's warnings. A large file can repeat the same oddity thousands of times, so
 * each code is reported a limited number of times and then summed up in one closing line.
 */
import { problem, type Problem } from '../../result';

const MAX_PER_CODE = 20;

export class WarningSink {
  private readonly problems: Problem[] = [];
  private readonly counts = new Map<string, number>();

  add(code: string, message: string, path = ''): void {
    const seen = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, seen);
    if (seen <= MAX_PER_CODE) this.problems.push(problem(code, message, path));
  }

  /** Every warning, with one line per code that went over the limit. */
  list(): Problem[] {
    const out = [...this.problems];
    for (const [code, count] of this.counts) {
      if (count > MAX_PER_CODE) {
        out.push(problem(code, `…and ${count - MAX_PER_CODE} more warnings like these.`));
      }
    }
    return out;
  }
}
