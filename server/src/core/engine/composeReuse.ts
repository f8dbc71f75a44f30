// Per-service reuse for large compose files (the language server's keystroke path).
//
// A keystroke inside one service of a 200-service compose file changes that service only, yet every service's node
// and every rule were computed again (≈ 25 ms of a 200-service file's keystroke). The memo keeps, per service entry, what the last run computed
// from it — the node, the problems found while loading it, the node rules' reports — and reuses them while the
// entry's text, the text outside the `services:` entries, every file the service read and the settings are the same.
// What it reuses was computed for an older text, where the entries may have sat at other offsets: everything is
// moved to the current text (`Relocator`), entry by entry (an entry that kept its text moved as a whole).
//
// Reports also depend on the node's cluster: they are reused only while the cluster has the same members, each
// itself reused; cluster rules' reports likewise (kept with the cluster's first member). File rules and the grouping
// into clusters run every time. A file that the memo cannot reason about — override files, `extends`, anchors inside
// service entries, YAML errors, few services — is analysed in full. test/unit/compose-memo.test.ts compares memo runs
// with fresh runs after random edits; test/server/compose-memo-server.test.ts does it over LSP.

import type { Report } from '../rules/types';
import type { LintSettings } from '../settings';
import type { Fix, Span, TextEdit } from '../types';
import type { ComposeProblem } from '../sources/compose/project';
import type { ServiceChunk, YamlFile } from '../syntax/yaml/yamlTree';
import type { Cluster } from '../model/node';
import type { NacosNode } from '../model/node';
import type { ComposeProjectInfo } from '../model/node';

/** Fewer services than this are analysed in full (cheap anyway). */
export const MEMO_MIN_SERVICES = 8;

/** Where each service entry sat in one version of a compose file. */
export class ChunkTable {
  readonly byName = new Map<string, ServiceChunk>();
  constructor(readonly chunks: ServiceChunk[], readonly headerEnd: number, readonly trailerStart: number) {
    for (const c of chunks) this.byName.set(c.name, c);
  }
}

/** Maps offsets of a file from one version (`from`) to another (`to`), through entries whose text is the same. */
export class Relocator {
  constructor(private readonly from: ChunkTable, private readonly to: ChunkTable) {}

  get identity(): boolean {
    return this.from === this.to;
  }

  point(o: number): number | undefined {
    const { from, to } = this;
    if (from === to || o <= from.headerEnd) return o;
    if (o >= from.trailerStart) return o - from.trailerStart + to.trailerStart;
    const cs = from.chunks;
    let lo = 0;
    let hi = cs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cs[mid].start <= o) lo = mid;
      else hi = mid - 1;
    }
    // At the boundary of two entries either one places the point; take one that kept its text.
    for (const c of o === cs[lo].start && lo > 0 ? [cs[lo], cs[lo - 1]] : [cs[lo]]) {
      const now = to.byName.get(c.name);
      if (now && now.text === c.text) return o - c.start + now.start;
    }
    return undefined;
  }

  span(s: Span): Span | undefined {
    const start = this.point(s.start);
    const end = s.end === s.start ? start : this.point(s.end);
    return start === undefined || end === undefined ? undefined : { start, end };
  }
}

class Unmappable extends Error {}

/**
 * `value` (a node, a problem) with every span of `path` moved by `r`: objects on the way to a span that moved are
 * copied, everything else is shared (the header's anchors, other files' values, parsed files, functions). Which file
 * a span belongs to: the nearest enclosing `path`, except `declaredSpan` (in `declaredIn`) and a merge source's
 * `span` (in `anchorPath`). `project` is replaced by the current run's project.
 */
function relocateDeep<T>(value: T, path: string, r: Relocator, project: ComposeProjectInfo | undefined): T {
  const done = new Map<object, unknown>();
  const span = (s: Span, ctx: string): Span => {
    if (ctx !== path) return s;
    const m = r.span(s);
    if (!m) throw new Unmappable();
    return m.start === s.start && m.end === s.end ? s : m;
  };
  const copy = (v: unknown, ctx: string): unknown => {
    if (v === null || typeof v !== 'object') return v;
    const hit = done.get(v);
    if (hit !== undefined) return hit;
    // Marked first: a cycle (none is expected) is shared as it is instead of recursing forever.
    done.set(v, v);
    let out: unknown = v;
    if (Array.isArray(v)) {
      let copied: unknown[] | undefined;
      for (let i = 0; i < v.length; i++) {
        const x = copy(v[i], ctx);
        if (x !== v[i] && !copied) copied = v.slice(0, i);
        if (copied) copied.push(x);
      }
      out = copied ?? v;
    } else {
      const proto = Object.getPrototypeOf(v);
      if (proto === Map.prototype) {
        let copied: Map<unknown, unknown> | undefined;
        const m = v as Map<unknown, unknown>;
        let i = 0;
        for (const [k, x] of m) {
          const y = copy(x, ctx);
          if (y !== x && !copied) {
            copied = new Map();
            let j = 0;
            for (const [k2, x2] of m) { if (j++ >= i) break; copied.set(k2, x2); }
          }
          if (copied) copied.set(k, y);
          i++;
        }
        out = copied ?? v;
      } else if (proto === Object.prototype) {
        const o = v as Record<string, unknown>;
        const keys = Object.keys(o);
        if (keys.length === 2 && typeof o.start === 'number' && typeof o.end === 'number') out = span(o as unknown as Span, ctx);
        else {
          const here = typeof o.path === 'string' ? o.path : ctx;
          let copied: Record<string, unknown> | undefined;
          for (let i = 0; i < keys.length; i++) {
            const k = keys[i];
            const x = o[k];
            let y: unknown;
            if (x === null || typeof x !== 'object') y = x;
            else if (k === 'project' && project && isProjectInfo(x)) y = project;
            else if (k === 'props') y = x; // a mounted file's parse: another file, never moved
            else if (k === 'declaredSpan' && typeof o.declaredIn === 'string') y = span(x as Span, o.declaredIn);
            else if (k === 'span' && typeof o.anchorPath === 'string') y = span(x as Span, o.anchorPath);
            else if (k === 'offsets' && here === path && Array.isArray(x)) y = x.map((n: number) => { const m = r.point(n); if (m === undefined) throw new Unmappable(); return m; });
            else y = copy(x, here);
            if (y !== x && !copied) {
              copied = {};
              for (let j = 0; j < i; j++) copied[keys[j]] = o[keys[j]];
            }
            if (copied) copied[k] = y;
          }
          out = copied ?? v;
        }
      }
    }
    done.set(v, out);
    return out;
  };
  return copy(value, path) as T;
}

function isProjectInfo(x: unknown): boolean {
  return !!x && typeof x === 'object' && Array.isArray((x as ComposeProjectInfo).nodes) && Array.isArray((x as ComposeProjectInfo).files);
}

/** Moves a report; its fixes' edits are moved when asked for (they are computed lazily). */
function relocateReport(rep: Report, path: string, r: Relocator): Report {
  if (r.identity) return rep;
  const at = (s: Span, p: string): Span => {
    if (p !== path) return s;
    const m = r.span(s);
    if (!m) throw new Unmappable();
    return m;
  };
  const out: Report = { ...rep, span: at(rep.span, rep.path) };
  if (rep.related) out.related = rep.related.map(x => ({ ...x, span: at(x.span, x.path) }));
  if (rep.fixes) {
    out.fixes = rep.fixes.map((f): Fix => ({
      ...f,
      edits: () => f.edits().map((e: TextEdit) => {
        if (e.path !== path) return e;
        const m = r.span(e.span);
        // The entry this edit lands in was changed since: the fix is out of date (the next analysis has a fresh one).
        if (!m) throw new Error('this fix was computed for an older text of the file; try again');
        return { ...e, span: m };
      }),
    }));
  }
  return out;
}

interface Entry {
  id: number;
  text: string;
  /** The chunk table of the version `node` and `problems` are in. */
  table: ChunkTable;
  /** Other files the service read, with their text then (undefined: it did not exist). */
  inputs: [string, string | undefined][];
  node?: NacosNode;
  problems: ComposeProblem[];
  /** Node rules' reports. */
  reports?: ReportRecord;
  /** Cluster rules' reports, when this node is its cluster's first member. */
  clusterReports?: ReportRecord;
}

interface ReportRecord {
  clusterKey: string;
  settings: LintSettings;
  table: ChunkTable;
  byRule: Map<string, Report[]>;
  /** The reports moved to the current text, once per run. */
  moved?: { table: ChunkTable; byRule: Map<string, Report[]> };
}

interface FileMemo {
  outside: string;
  settings: LintSettings;
  table: ChunkTable;
  entries: Map<string, Entry>;
}

let entryIds = 0;

/** What a compose file's analysis can reuse this run (one per file per run, from ComposeMemo.begin). */
export class ComposeRun {
  readonly hits = new Map<string, { node?: NacosNode; problems: ComposeProblem[] }>();
  private readonly fresh = new Map<string, Entry>();

  constructor(
    private readonly memo: ComposeMemo,
    private readonly file: FileMemo,
    readonly path: string,
    private readonly table: ChunkTable,
    private readonly read: (p: string) => string | undefined,
  ) {}

  /** The services in file order. */
  get names(): string[] {
    return this.table.chunks.map(c => c.name);
  }

  /** Services to load; the others are in `hits`, moved to the current text, with `project` as their project. */
  misses(project: ComposeProjectInfo): Set<string> {
    const out = new Set<string>();
    for (const c of this.table.chunks) {
      const e = this.file.entries.get(c.name);
      if (!e || e.text !== c.text || !e.inputs.every(([p, t]) => this.read(p) === t)) { out.add(c.name); continue; }
      try {
        // The header is the same, so an entry that starts where it did has every span where it was.
        const still = e.table.byName.get(c.name)?.start === c.start;
        const r = new Relocator(e.table, this.table);
        const node = e.node && (still ? { ...e.node, compose: e.node.compose && { ...e.node.compose, project } } : relocateDeep(e.node, this.path, r, project));
        const problems = still ? e.problems : e.problems.map(p => relocateDeep(p, this.path, r, undefined));
        if (!still) {
          e.node = node;
          e.problems = problems;
        }
        e.table = this.table;
        this.hits.set(c.name, { node, problems });
        this.memo.stats.services++;
        if (node) this.memo.entryOf.set(node, e);
      } catch (err) {
        if (!(err instanceof Unmappable)) throw err;
        out.add(c.name);
      }
    }
    return out;
  }

  /** Records a service computed this run. */
  store(name: string, node: NacosNode | undefined, problems: ComposeProblem[], inputs: string[]): void {
    const chunk = this.table.byName.get(name);
    if (!chunk) return;
    const e: Entry = {
      id: ++entryIds, text: chunk.text, table: this.table, node, problems,
      inputs: [...new Set(inputs)].filter(p => p !== this.path).map(p => [p, this.read(p)]),
    };
    this.fresh.set(name, e);
    this.memo.stats.loaded++;
    if (node) this.memo.entryOf.set(node, e);
  }

  /** The entry whose chunk holds a span of this file (problems found while loading a service belong to it). */
  chunkAt(span: Span): string | undefined {
    const cs = this.table.chunks;
    let lo = 0;
    let hi = cs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cs[mid].start <= span.start) lo = mid;
      else hi = mid - 1;
    }
    const c = cs[lo];
    return c && c.start <= span.start && span.end <= c.end ? c.name : undefined;
  }

  finish(): void {
    const entries = new Map<string, Entry>();
    for (const c of this.table.chunks) {
      const e = this.fresh.get(c.name) ?? (this.hits.has(c.name) ? this.file.entries.get(c.name) : undefined);
      if (e) entries.set(c.name, e);
    }
    this.file.entries = entries;
    this.file.table = this.table;
  }
}

/** Kept by the language server across analyses (in its ParseCache); the CLI never reuses anything. */
export class ComposeMemo {
  private readonly files = new Map<string, FileMemo>();
  /** Counts, for tests and the benchmark: services reused / loaded, node reports reused / computed. */
  readonly stats = { services: 0, loaded: 0, reports: 0, computed: 0 };
  /** The entry of every node it handed out (for the report memo). */
  readonly entryOf = new WeakMap<NacosNode, Entry>();

  /** Starts a compose file's run; undefined when the file is analysed in full. */
  begin(path: string, yaml: YamlFile, settings: LintSettings, read: (p: string) => string | undefined, hasOverride: boolean): ComposeRun | undefined {
    const shape = hasOverride || /^\s*extends\s*:/m.test(yaml.text) ? undefined : yaml.serviceChunks();
    if (!shape || shape.chunks.length < MEMO_MIN_SERVICES) {
      this.files.delete(path);
      return undefined;
    }
    const table = new ChunkTable(shape.chunks, shape.headerEnd, shape.trailerStart);
    const outside = yaml.text.slice(0, shape.headerEnd) + '\u0000' + yaml.text.slice(shape.trailerStart);
    let file = this.files.get(path);
    if (!file || file.outside !== outside || file.settings !== settings) {
      file = { outside, settings, table, entries: new Map() };
      this.files.set(path, file);
    }
    return new ComposeRun(this, file, path, table, read);
  }

  forget(path: string): void {
    this.files.delete(path);
  }

  /** Whether any file's results are being reused. */
  get active(): boolean {
    return this.files.size > 0;
  }

  /** A node's reports for one rule, moved to the current text, when its cluster is the one they were computed in. */
  reports(node: NacosNode, cluster: Cluster, ruleId: string, settings: LintSettings): Report[] | undefined {
    return this.replay(this.entryOf.get(node), 'node', cluster, ruleId, settings);
  }

  /** Where to record a node's reports for one rule (computed this run); undefined for nodes the memo does not hold. */
  recorder(node: NacosNode, cluster: Cluster, ruleId: string, settings: LintSettings): ((r: Report) => void) | undefined {
    return this.record(this.entryOf.get(node), 'node', cluster, ruleId, settings);
  }

  /** A cluster rule's reports, as `reports` (kept with the cluster's first member). */
  clusterReports(cluster: Cluster, ruleId: string, settings: LintSettings): Report[] | undefined {
    return this.replay(this.entryOf.get(cluster.nodes[0]), 'cluster', cluster, ruleId, settings);
  }

  clusterRecorder(cluster: Cluster, ruleId: string, settings: LintSettings): ((r: Report) => void) | undefined {
    return this.record(this.entryOf.get(cluster.nodes[0]), 'cluster', cluster, ruleId, settings);
  }

  private replay(e: Entry | undefined, slot: 'node' | 'cluster', cluster: Cluster, ruleId: string, settings: LintSettings): Report[] | undefined {
    const rec = slot === 'node' ? e?.reports : e?.clusterReports;
    if (!e || !rec || rec.settings !== settings || rec.clusterKey !== this.clusterKey(cluster)) return undefined;
    const path = cluster.nodes[0].path;
    const table = this.files.get(path)?.table;
    // A record made in this run is still being filled by `record`.
    if (!table || rec.table === table) return undefined;
    if (!rec.moved || rec.moved.table !== table) {
      // Members that start where they did (same text, same header): every span is where it was.
      const still = cluster.nodes.every(n => n.service !== undefined && rec.table.byName.get(n.service)?.start === table.byName.get(n.service)?.start);
      if (still) rec.moved = { table, byRule: rec.byRule };
      else {
        const r = new Relocator(rec.table, table);
        try {
          const byRule = new Map<string, Report[]>();
          for (const [id, list] of rec.byRule) byRule.set(id, list.map(x => relocateReport(x, path, r)));
          rec.moved = { table, byRule };
        } catch (err) {
          if (!(err instanceof Unmappable)) throw err;
          if (slot === 'node') e.reports = undefined; else e.clusterReports = undefined;
          return undefined;
        }
      }
    }
    this.stats.reports++;
    return rec.moved.byRule.get(ruleId) ?? [];
  }

  private record(e: Entry | undefined, slot: 'node' | 'cluster', cluster: Cluster, ruleId: string, settings: LintSettings): ((r: Report) => void) | undefined {
    const table = e && this.files.get(cluster.nodes[0].path)?.table;
    if (!e || !table) return undefined;
    const key = this.clusterKey(cluster);
    let rec = slot === 'node' ? e.reports : e.clusterReports;
    if (!rec || rec.clusterKey !== key || rec.settings !== settings || rec.table !== table || rec.moved) {
      rec = { clusterKey: key, settings, table, byRule: new Map() };
      if (slot === 'node') e.reports = rec; else e.clusterReports = rec;
    }
    const list: Report[] = [];
    rec.byRule.set(ruleId, list);
    this.stats.computed++;
    return r => list.push(r);
  }

  private readonly clusterKeys = new WeakMap<Cluster, string>();

  private clusterKey(cluster: Cluster): string {
    const hit = this.clusterKeys.get(cluster);
    if (hit !== undefined) return hit;
    const key = this.computeClusterKey(cluster);
    this.clusterKeys.set(cluster, key);
    return key;
  }

  private computeClusterKey(cluster: Cluster): string {
    let key = cluster.id;
    for (const n of cluster.nodes) {
      const e = this.entryOf.get(n);
      // Only clusters of one file's memo entries are ever reused.
      if (!e || n.path !== cluster.nodes[0].path) return `${key}\u0000unique:${++entryIds}`;
      key += `\u0000${e.id}`;
    }
    return key;
  }
}
