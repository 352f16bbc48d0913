/**
 * Ids for imported things. The source's id is kept whenever it is usable and not yet taken, so
 * importing an updated file gives the same ids as the previous import and a diff lines up; other
 * things get a readable id derived from their kind and position instead of a random one, for the
 * same reason.
 */
import { FORBIDDEN_KEYS } from '../../format/safeJson';
import { sanitizeId } from '../../model/ids';

export class IdRegistry {
  private readonly taken = new Set<string>();
  private counter = 0;

  /** The source's id if usable and free, else a variant of it, else `prefix-N`. */
  claim(raw: unknown, prefix: string): string {
    const sanitized =
      typeof raw === 'string' || typeof raw === 'number' ? sanitizeId(String(raw)) : null;
    // Ids become keys of the layout maps; a key that names a prototype must never be one.
    const base =
      sanitized !== null && FORBIDDEN_KEYS.has(sanitized) ? `${prefix}-${sanitized}` : sanitized;
    if (base !== null && !this.taken.has(base)) return this.take(base);
    if (base !== null) {
      for (let n = 2; ; n++) {
        const candidate = `${base.slice(0, 190)}-${n}`;
        if (!this.taken.has(candidate)) return this.take(candidate);
      }
    }
    for (;;) {
      const candidate = `${prefix}-${++this.counter}`;
      if (!this.taken.has(candidate)) return this.take(candidate);
    }
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  private take(id: string): string {
    this.taken.add(id);
    return id;
  }
}
