/**
 * Local `$ref` resolution for OpenAPI documents, lazily and under a budget. Only references into
 * the same document are followed; remote ones are reported and never fetched. A reference that
 * leads back to itself without any schema in between cannot mean anything and stops the import,
 * as does a document whose references expand past the budget (the `$ref` form of an entity bomb).
 */
import { field, isObject } from '../read';
import type { WarningSink } from '../warnings';

/** Stops an import: the references loop or expand beyond reason. Caught by the importer. */
export class RefError extends Error {
  constructor(
    readonly code: 'import/ref-loop' | 'import/ref-budget',
    message: string,
  ) {
    super(message);
  }
}

export class RefResolver {
  private steps = 0;
  private readonly reportedRemote = new Set<string>();

  constructor(
    private readonly root: unknown,
    private readonly warnings: WarningSink,
    private readonly budget = 200_000,
  ) {}

  /** Counts one unit of work against the budget; walkers call it for every schema they visit. */
  spend(): void {
    if (++this.steps > this.budget) {
      throw new RefError(
        'import/ref-budget',
        `The spec's references expand to more than ${this.budget.toLocaleString('en')} schema ` +
          'nodes, far beyond any real API. It may be crafted to exhaust memory; check where it came from.',
      );
    }
  }

  /** The value a node stands for, following `$ref` chains; undefined when they lead nowhere. */
  deref(node: unknown): unknown {
    let current = node;
    const chain = new Set<string>();
    while (isObject(current) && typeof field(current, '$ref') === 'string') {
      this.spend();
      const ref = field(current, '$ref') as string;
      if (!ref.startsWith('#')) {
        if (!this.reportedRemote.has(ref)) {
          this.reportedRemote.add(ref);
          this.warnings.add(
            'import/remote-ref',
            `The reference "${ref.slice(0, 200)}" points outside this file; it was not fetched. ` +
              'Bundle the spec into one file (for example with `redocly bundle`) to include it.',
          );
        }
        return undefined;
      }
      if (chain.has(ref)) {
        throw new RefError(
          'import/ref-loop',
          `The reference "${ref.slice(0, 200)}" leads back to itself through other references ` +
            'without ever reaching a definition. Fix the $ref chain in the spec and import it again.',
        );
      }
      chain.add(ref);
      current = this.pointer(ref);
      if (current === undefined) {
        this.warnings.add(
          'import/missing-ref',
          `The reference "${ref.slice(0, 200)}" points at nothing in this file.`,
        );
        return undefined;
      }
    }
    return current;
  }

  private pointer(ref: string): unknown {
    const path = ref.slice(1);
    if (path === '' || path === '/') return this.root;
    let current: unknown = this.root;
    for (const raw of path.replace(/^\//, '').split('/')) {
      let segment: string;
      try {
        segment = decodeURIComponent(raw.replace(/~1/g, '/').replace(/~0/g, '~'));
      } catch {
        return undefined;
      }
      current = Array.isArray(current) ? current[Number(segment)] : field(current, segment);
      if (current === undefined) return undefined;
    }
    return current;
  }
}
