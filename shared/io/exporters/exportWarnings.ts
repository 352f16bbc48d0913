/**
 * Counting what an export leaves behind. Each kind of loss is reported once with how many things
 * it touched, so a person reads "12 threats lost their exact ratings" instead of twelve lines.
 */
import { problem, type Problem } from '../../result';

export class LossTally {
  private readonly counts = new Map<string, { count: number; message: (n: number) => string }>();

  note(code: string, message: (count: number) => string): void {
    const entry = this.counts.get(code);
    if (entry) entry.count++;
    else this.counts.set(code, { count: 1, message });
  }

  list(): Problem[] {
    return [...this.counts].map(([code, { count, message }]) => problem(code, message(count)));
  }
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
