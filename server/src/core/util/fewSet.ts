/**
 * An insertion-ordered set that allocates nothing for its first member: nearly every report is reached by one node
 * of one cluster, and a keystroke in a large file collects thousands of them.
 */
export class FewSet<T> {
  private first: T | undefined;
  private rest: Set<T> | undefined;
  constructor(x: T | undefined) {
    this.first = x;
  }

  add(x: T): void {
    if (this.first === undefined) this.first = x;
    else if (x !== this.first) (this.rest ??= new Set()).add(x);
  }

  /** The members in order, while `fn` does not return false. */
  each(fn: (x: T) => boolean | void): void {
    if (this.first === undefined || fn(this.first) === false || !this.rest) return;
    for (const x of this.rest) if (fn(x) === false) return;
  }

  toArray(): T[] {
    if (this.first === undefined) return [];
    return this.rest ? [this.first, ...this.rest] : [this.first];
  }
}
