// Results that are pure functions of file texts, kept between analyses (a kustomize build, a rendered Helm chart, a
// parsed template): reused while every file they read has the same text. Bounded (least recently used first out).
// When a file changed, `make` gets the stale value: a source may update it (a Helm render re-running only the
// templates that read the values an edit changed) as long as the result equals computing afresh.
import type { TextMemo } from '../sources/types';

interface Entry { value: unknown; deps: [string, string | undefined][] }

export class SourceTextMemo implements TextMemo {
  private readonly entries = new Map<string, Entry>();
  constructor(private readonly max = 512) {}

  get<T>(key: string, read: (path: string) => string | undefined, make: (previous?: T) => { value: T; deps: Iterable<string> }): T {
    const hit = this.entries.get(key);
    if (hit && hit.deps.every(([p, t]) => read(p) === t)) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as T;
    }
    // the stale entry goes first: `make` may build on it (never changing it), and a throw leaves nothing stale behind
    this.entries.delete(key);
    const r = make(hit?.value as T | undefined);
    const deps: [string, string | undefined][] = [...new Set(r.deps)].map(p => [p, read(p)]);
    this.entries.delete(key);
    if (this.entries.size >= this.max) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value: r.value, deps });
    return r.value;
  }

  clear(): void {
    this.entries.clear();
  }
}
