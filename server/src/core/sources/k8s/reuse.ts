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
import { array, keep, moveNode, object, optional, ownPath, span, Unmappable, type Mover } from '../../model/shift';
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
  return {
    path,
    point(o, end) {
      const i = from.at(o, !!end);
      const now = to.startOf(from.ids[i]);
      if (now === undefined || o < from.starts[i] || o > from.ends[i]) throw new Unmappable();
      return o - from.starts[i] + now;
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
}

/** What one document part gave: a node per Nacos container (undefined where a container made none). */
export interface PartNode {
  /** The workload key (kind/namespace/name) and whether the file had several Nacos containers of it. */
  key: string;
  several: boolean;
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
  /** The parse of every path in `deps` its nodes and problems are expressed in. */
  tables: Map<string, ChunkTable>;
  /** The file's inputs its nodes were built with (readable paths). */
  base: string[];
  /** Nacos containers per workload key (for `several`). */
  counts: Map<string, number>;
  nodes: PartNode[];
  /** Problems reading its objects (before the analysis-wide de-duplication). */
  problems: K8sProblem[];
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
   * The entry's nodes and problems moved to the current parses (`now`), or undefined when something cannot be moved.
   * The entry is updated to the current parses (its next reuse moves from there).
   */
  move(e: PartEntry, now: (path: string) => ChunkTable | undefined): boolean {
    const movers: Mover[] = [];
    const tables = new Map<string, ChunkTable>();
    for (const [path, from] of e.tables) {
      const to = now(path);
      if (!to) return false;
      tables.set(path, to);
      if (to === from) continue;
      // Only the parts it read matter: where none of them moved, nothing of it did.
      if (e.deps.every(([p, id]) => p !== path || from.startOf(id) === to.startOf(id))) continue;
      movers.push(moverBetween(path, from, to));
    }
    if (movers.length) {
      try {
        const nodes = e.nodes.map(n => {
          let node = n.node;
          if (node) for (const m of movers) node = moveNode(node, m);
          return node === n.node ? n : { ...n, node };
        });
        const problems = e.problems.map(p => movers.reduce((x, m) => shiftProblem(x, m, x.path), p));
        e.nodes = nodes;
        e.problems = problems;
      } catch (err) {
        if (err instanceof Unmappable) return false;
        throw err;
      }
    }
    e.tables = tables;
    return true;
  }
}
