// Per-workload reuse for large manifests (the language server's keystroke path; the engine holds the memo: none in
// the CLI). A keystroke inside one document of a 400-document manifest changes that document only, yet every Nacos
// workload was resolved, built into a node and checked again. The memo keeps, per document part of a manifest
// (objects.ts `DocChunk`, whose id stays while its text does), what the last analysis computed from it — the nodes,
// the reading problems — with every ConfigMap/Secret look-up its workloads made and what each found (the file and
// the document part). It is reused while the part's text, every look-up's answer (the same document part, text
// unchanged), the settings and the workspace-relative name are the same; the files the other workloads of the file
// found are the nodes' inputs too, so `inputs` is rebuilt when they change. What was computed for an older text is
// moved to the current one, path by path, through the document parts that kept their text (`Mover`); anything that
// cannot be moved is computed again. test/unit/k8s-incremental.test.ts compares a reusing host with a fresh one.
import type { LintSettings } from '../../settings';
import type { NacosNode } from '../../model/node';
import { array, keep, moveNode, object, optional, ownPath, shiftContainer, shiftEnvValue, shiftK8s, shiftK8sEnv, shiftSetting, span, Unmappable, type Mover, type Shift } from '../../model/shift';
import type { DocChunk, ParsedFile } from './objects';
import type { K8sProblem } from './types';

/** Where each document part of one parse of a file sits. */
export class ChunkTable {
  readonly starts: number[];
  readonly ends: number[];
  readonly ids: number[];
  private byId?: Map<number, number>;
  constructor(chunks: readonly DocChunk[], length: number) {
    this.starts = chunks.map(c => c.start);
    this.ends = chunks.map((c, i) => (i + 1 < chunks.length ? chunks[i + 1].start : length));
    this.ids = chunks.map(c => c.id);
  }

  /** The start of part `id`, undefined when this parse has none. */
  startOf(id: number): number | undefined {
    if (!this.byId) {
      this.byId = new Map();
      this.ids.forEach((x, i) => this.byId!.set(x, i));
    }
    const i = this.byId.get(id);
    return i === undefined ? undefined : this.starts[i];
  }

  /** The index of the part holding `o` (`end`: `o` ends something, so a part's end is its own). */
  at(o: number, end: boolean): number {
    const s = this.starts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (end ? s[mid] < o : s[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}

/** Maps offsets of `path` from one parse to another through the parts that kept their text; Unmappable otherwise. */
export function moverBetween(path: string, from: ChunkTable, to: ChunkTable): Mover {
  // Offsets come in runs inside one part (a node's places, a value's per-character offsets): the last part found
  // answers first.
  let last = -1;
  let delta = 0;
  return {
    path,
    point(o, end) {
      const s = from.starts;
      const e = from.ends;
      if (last >= 0 && (end ? o > s[last] && o <= e[last] : o >= s[last] && o < e[last])) return o + delta;
      const i = from.at(o, !!end);
      const now = to.startOf(from.ids[i]);
      if (now === undefined || o < s[i] || o > e[i]) throw new Unmappable();
      last = i;
      delta = now - s[i];
      return o + delta;
    },
  };
}

/** A reading problem, moved like the node it was found with (model/shift.ts). */
export const shiftProblem = object<K8sProblem>({
  ruleId: keep, messageId: keep, args: keep, severity: keep, path: keep, span, message: keep,
  related: optional(array(object<{ path: string; span: { start: number; end: number }; message: string }>({ path: keep, span, message: keep }, ownPath))),
}, ownPath);

/** One ConfigMap/Secret look-up a part's workloads made, and the document part it found (or nothing). */
export interface Lookup {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  namespace: string | undefined;
  fromPath: string;
  found?: { path: string; doc: number };
  /** Its kind, name, namespace and path as one string, once asked (source.ts `reusing`). */
  key?: string;
}

/** What one document part gave: a node per Nacos container (none where a container made none). */
export interface PartNode {
  /** The workload key (kind/namespace/name) and whether the file had several Nacos containers of it. */
  key: string;
  several: boolean;
  /** The node as computed (in `tables0`), and as handed out this analysis (moved, with this analysis's inputs). */
  base?: NacosNode;
  node?: NacosNode;
  absorbed?: string;
  /** Paths the node added to the file's inputs, in order (its `inputs` are the file's inputs, then these). */
  own: string[];
}

export interface PartEntry {
  /** Unique per computation (reports are kept per entry: engine/k8sReuse.ts). */
  id: number;
  doc: number;
  lookups: Lookup[];
  /** The parts (path, id) it read: its own and those its look-ups found. */
  deps: [string, number][];
  /** The parse of every path in `deps` when it was computed (`base` nodes, `problems0`), and in this analysis. */
  tables0: Map<string, ChunkTable>;
  tables: Map<string, ChunkTable>;
  /** The file's inputs its nodes were built with (readable paths). */
  base0: string[];
  /** Nacos containers per workload key (for `several`). */
  counts: Map<string, number>;
  nodes: PartNode[];
  /** Problems reading its objects (before the analysis-wide de-duplication), as computed and as of this analysis. */
  problems0: K8sProblem[];
  problems: K8sProblem[];
  /** WorkloadMemo.movable, asked when the entry is first offered again (a cold check keeps every entry unasked). */
  movable?: boolean;
}

/**
 * A node's settings or environment moved value by value, when read (a keystroke replays most nodes' reports; what
 * still reads them — the fixes' scope over every cluster — reads a few values of each). Holds nothing of its own until
 * it is iterated or changed: reads go to the computed map (`base`) and keep what they moved.
 */
class MovedMap<K, V> extends Map<K, V> {
  private base?: Map<K, V>;
  private done?: Map<K, V>;
  constructor(base: Map<K, V>, private readonly shift: (v: V) => V) {
    super();
    this.base = base;
  }

  override get(k: K): V | undefined {
    const base = this.base;
    if (!base) return super.get(k);
    let v = this.done?.get(k);
    if (v !== undefined) return v;
    const b = base.get(k);
    if (b === undefined) return undefined;
    v = this.shift(b);
    (this.done ??= new Map()).set(k, v);
    return v;
  }

  override has(k: K): boolean {
    return this.base ? this.base.has(k) : super.has(k);
  }

  override get size(): number {
    return this.base ? this.base.size : super.size;
  }

  /** Every value moved, held as a plain Map's. */
  private all(): void {
    const base = this.base;
    if (!base) return;
    this.base = undefined;
    for (const [k, b] of base) super.set(k, this.done?.get(k) ?? this.shift(b));
    this.done = undefined;
  }

  override set(k: K, v: V): this { this.all(); return super.set(k, v); }
  override delete(k: K): boolean { this.all(); return super.delete(k); }
  override clear(): void { this.all(); super.clear(); }
  override keys(): MapIterator<K> { return this.base ? this.base.keys() : super.keys(); }
  override values(): MapIterator<V> { this.all(); return super.values(); }
  override entries(): MapIterator<[K, V]> { this.all(); return super.entries(); }
  override [Symbol.iterator](): MapIterator<[K, V]> { this.all(); return super[Symbol.iterator](); }
  override forEach(f: (v: V, k: K, m: Map<K, V>) => void, self?: unknown): void { this.all(); super.forEach(f, self); }
}

/** The reader of a node as computed, once an analysis after its own has handed out copies of it (`present`). */
const retired = (): string | undefined => {
  throw new Error('a kept node is read through the copy of the current analysis');
};

/** `out[key]` computed on first read (then an ordinary property). */
function lazily<T extends object, K extends keyof T>(out: T, key: K, make: () => T[K]): void {
  const own = (v: T[K]) => Object.defineProperty(out, key, { value: v, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(out, key, {
    enumerable: true, configurable: true, set: own,
    get: () => { const v = make(); own(v); return v; },
  });
}

/**
 * `base` moved by `movers`: the anchor now, the workload's places and its container when read, its settings and
 * environment value by value when read. Cannot fail: every place of the node is in a part it read
 * (`WorkloadMemo.movable`), and those are all in the current parse.
 */
function movedNode(base: NacosNode, movers: Mover[], inputs: string[], read: (p: string) => string | undefined): NacosNode {
  // One `shared` per mover, as moveNode has: what the node holds twice is moved once.
  const ms = movers.map(m => ({ ...m, point: m.point.bind(m), shared: new Map<object, unknown>() }));
  const through = <V>(f: Shift<V>) => (v: V): V => ms.reduce((x, m) => f(x, m, base.path), v);
  const out: NacosNode = { ...base, inputs, anchor: through(span)(base.anchor) };
  const k8s = base.k8s;
  // Its workload and container when read (grouping reads every node's workload), its environment entry by entry.
  if (k8s) lazily(out, 'k8s', () => ({ ...through(shiftK8s)({ ...k8s, env: new Map() }), env: new MovedMap(k8s.env, through(shiftK8sEnv)) }));
  out.settings = new MovedMap(base.settings, through(shiftSetting));
  if (base.env) out.env = new MovedMap(base.env, through(shiftEnvValue));
  const container = base.container;
  if (container) lazily(out, 'container', () => ({ ...through(shiftContainer)(container), read }));
  return out;
}

interface FileMemo {
  settings: LintSettings;
  rel: string;
  entries: Map<number, PartEntry>;
}

let entryIds = 0;
export function nextEntryId(): number {
  return ++entryIds;
}

/** Kept by the engine across analyses (engine/reuse.ts); the Kubernetes source reads and fills it. */
export class WorkloadMemo {
  private readonly files = new Map<string, FileMemo>();
  private readonly tablesOf = new WeakMap<ParsedFile, ChunkTable>();
  /** The entry each node handed out belongs to (the report memo keeps reports per entry). */
  readonly entryOf = new WeakMap<NacosNode, PartEntry>();
  /** The node's index among its entry's nodes. */
  readonly indexOf = new WeakMap<NacosNode, number>();
  /** Counts, for tests and the benchmark: parts reused / computed. */
  readonly stats = { reused: 0, computed: 0 };

  /** The parse's table; undefined for a parse that was not split into parts. */
  table(pf: ParsedFile): ChunkTable | undefined {
    if (!pf.chunks) return undefined;
    let t = this.tablesOf.get(pf);
    if (!t) this.tablesOf.set(pf, (t = new ChunkTable(pf.chunks, pf.file.text.length)));
    return t;
  }

  /** The entries kept for a manifest (emptied when its settings or name changed). */
  entries(path: string, settings: LintSettings, rel: string): Map<number, PartEntry> {
    const f = this.files.get(path);
    if (f && f.settings === settings && f.rel === rel) return f.entries;
    return new Map();
  }

  /** The entries of this analysis (replaces the previous ones). */
  store(path: string, settings: LintSettings, rel: string, entries: Map<number, PartEntry>): void {
    this.files.set(path, { settings, rel, entries });
  }

  forget(path: string): void {
    this.files.delete(path);
  }

  get active(): boolean {
    return this.files.size > 0;
  }

  /**
   * Whether what the entry computed can always be moved while the parts it read keep their text: every place of its
   * nodes and problems is in one of them (an offset elsewhere could not be moved). Checked once, when computed.
   */
  movable(e: PartEntry): boolean {
    const docs = new Map<string, Set<number>>();
    for (const [p, id] of e.deps) {
      let set = docs.get(p);
      if (!set) docs.set(p, (set = new Set()));
      set.add(id);
    }
    try {
      for (const [path, t] of e.tables0) {
        const mine = docs.get(path)!;
        const check: Mover = {
          path,
          point(o, end) {
            const i = t.at(o, !!end);
            if (!mine.has(t.ids[i]) || o < t.starts[i] || o > t.ends[i]) throw new Unmappable();
            return o;
          },
        };
        for (const n of e.nodes) if (n.base) moveNode(n.base, check);
        for (const p of e.problems0) shiftProblem(p, check, p.path);
      }
    } catch (err) {
      if (err instanceof Unmappable) return false;
      throw err;
    }
    return true;
  }

  /**
   * Hands out the entry's nodes and problems for this analysis: moved from the parses they were computed in to the
   * current ones (`now`), the nodes with this analysis's file inputs (`base`) and texts (`read`). False when a part it
   * read is not in the current parse.
   */
  present(e: PartEntry, now: (path: string) => ChunkTable | undefined, base: string[], read: (p: string) => string | undefined): boolean {
    const movers: Mover[] = [];
    const tables = new Map<string, ChunkTable>();
    for (const [path, from] of e.tables0) {
      const to = now(path);
      if (!to) return false;
      tables.set(path, to);
      if (to === from) continue;
      for (const [p, id] of e.deps) if (p === path && to.startOf(id) === undefined) return false;
      // Only the parts it read matter: where none of them moved, nothing of it did.
      if (e.deps.every(([p, id]) => p !== path || from.startOf(id) === to.startOf(id))) continue;
      movers.push(moverBetween(path, from, to));
    }
    e.tables = tables;
    e.problems = movers.length ? e.problems0.map(p => movers.reduce((x, m) => shiftProblem(x, m, x.path), p)) : e.problems0;
    const same = base.length === e.base0.length && base.every((p, i) => p === e.base0[i]);
    e.nodes = e.nodes.map(n => {
      if (!n.base) return n;
      // The node as computed was the analysis's own node, whose reader closes over that whole analysis (its texts, its
      // parses); from now on only the copies handed out here are read through.
      if (n.base.container && n.base.container.read !== retired) n.base.container.read = retired;
      const inputs = same ? n.base.inputs : [...new Set([...base, ...n.own])];
      // Fixes read the texts a node was computed from (ContainerInfo.read): the current ones.
      const node = movers.length ? movedNode(n.base, movers, inputs, read)
        : { ...n.base, inputs, ...(n.base.container ? { container: { ...n.base.container, read } } : {}) };
      return { ...n, node };
    });
    return true;
  }
}
