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
// into clusters run every time. Entries holding YAML errors after a re-parse (YamlFile.dirty) are loaded every time
// and never kept. A file that the memo cannot reason about — override files, `extends`, anchors inside service
// entries, YAML errors a full parse found, few services — is analysed in full. test/unit/compose-memo.test.ts compares memo runs
// with fresh runs after random edits; test/server/compose-memo-server.test.ts does it over LSP.

import type { Report } from '../rules/types';
import type { LintSettings } from '../settings';
import type { Fix, Span, TextEdit } from '../types';
import type { ComposeProblem } from '../sources/compose/project';
import type { ServiceChunk, YamlFile } from '../syntax/yaml/yamlTree';
import type { Cluster, ComposeProjectInfo, NacosNode } from '../model/node';
import { array, keep, moveNode, object, optional, ownPath, span, Unmappable, type Mover } from '../model/shift';
import type { ServiceReuse, ServiceReuseRun } from '../sources/compose/reuse';
import { delegatedReports, keptFix, shiftRelated } from './replay';
import { detached } from '../util/text';

/** Fewer services than this are analysed in full (cheap anyway). */
export const MEMO_MIN_SERVICES = 8;

/** Where each service entry sat in one version of a compose file. */
export class ChunkTable {
  readonly byName = new Map<string, ServiceChunk>();
  constructor(readonly chunks: ServiceChunk[], readonly headerEnd: number, readonly trailerStart: number, private readonly dirty?: Span) {
    for (const c of chunks) this.byName.set(c.name, c);
  }

  /** Whether an entry is among those holding YAML errors (YamlFile.dirty): loaded every time, never kept. */
  isDirty(c: ServiceChunk): boolean {
    return !!this.dirty && c.start < this.dirty.end && c.end > this.dirty.start;
  }
}

/** Maps offsets of a file from one version (`from`) to another (`to`), through entries whose text is the same. */
export class Relocator {
  constructor(private readonly from: ChunkTable, private readonly to: ChunkTable) {}

  get identity(): boolean {
    return this.from === this.to;
  }

  /** `end`: `o` ends something (a span's end, an insertion point): at the boundary of two entries it is placed
   *  through the entry that ends there first (through the one that starts there, it would move with that one). */
  point(o: number, end = false): number | undefined {
    const { from, to } = this;
    if (from === to || o <= from.headerEnd) return o;
    const cs = from.chunks;
    if (o >= from.trailerStart) {
      const c = cs[cs.length - 1];
      const now = end && o === from.trailerStart && c ? to.byName.get(c.name) : undefined;
      if (now && now.text === c.text) return o - c.start + now.start;
      return o - from.trailerStart + to.trailerStart;
    }
    let lo = 0;
    let hi = cs.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (cs[mid].start <= o) lo = mid;
      else hi = mid - 1;
    }
    // At the boundary of two entries either one places the point; take one that kept its text (the preferred first).
    const boundary = o === cs[lo].start && lo > 0;
    for (const c of boundary ? (end ? [cs[lo - 1], cs[lo]] : [cs[lo], cs[lo - 1]]) : [cs[lo]]) {
      const now = to.byName.get(c.name);
      if (now && now.text === c.text) return o - c.start + now.start;
    }
    return undefined;
  }

  /**
   * `point` for what one entry computed: its own offsets (nearly all of them) move with the entry, without a search;
   * the rest (the header, other entries) go through `point`.
   */
  forEntry(name: string | undefined): (o: number, end?: boolean) => number | undefined {
    const was = name === undefined ? undefined : this.from.byName.get(name);
    const now = name === undefined ? undefined : this.to.byName.get(name);
    if (this.identity || !was || !now || was.text !== now.text) return (o, end) => this.point(o, end);
    const d = now.start - was.start;
    const headerEnd = this.from.headerEnd;
    // The entry is [start, end): its end is also the next entry's start, its start the previous entry's end.
    return (o, end) => ((end ? o > was.start && o <= was.end : o >= was.start && o < was.end) ? o + d : o <= headerEnd ? o : this.point(o, end));
  }

  span(s: Span): Span | undefined {
    const empty = s.end === s.start;
    const start = this.point(s.start, empty);
    const end = empty ? start : this.point(s.end, true);
    return start === undefined || end === undefined ? undefined : { start, end };
  }
}

/** A Relocator as the model's Mover for what entry `name` computed: offsets of `path` moved to the current text, or
 *  Unmappable. */
function mover(r: Relocator, path: string, name: string | undefined, project?: ComposeProjectInfo): Mover {
  const point = r.forEntry(name);
  return {
    path, project,
    point(o, end) {
      const m = point(o, end);
      if (m === undefined) throw new Unmappable();
      return m;
    },
  };
}

/** Problems found while loading a service, moved like its node (model/shift.ts). */
const shiftProblem = object<ComposeProblem>({ path: keep, span, message: keep, kind: keep }, ownPath);

/** A fix's edits, moved when asked for (they are computed lazily): an edit whose entry changed since is out of date. */
const shiftFix = object<Fix>({
  title: keep, deterministic: keep, isPreferred: keep, scope: keep,
  edits: (edits, m) => () => edits().map((e: TextEdit) => {
    if (e.path !== m.path) return e;
    try {
      return { ...e, span: span(e.span, m, e.path) };
    } catch {
      // The next analysis has a fresh fix.
      throw new Error('this fix was computed for an older text of the file; try again');
    }
  }),
});

/** A rule's report, moved like the node it was computed for (model/shift.ts). */
const shiftReport = object<Report>({
  messageId: keep, args: keep, path: keep, span, severity: keep,
  related: shiftRelated,
  fixes: optional(array(shiftFix)),
}, ownPath);

interface Entry {
  id: number;
  /** The service. */
  name: string;
  text: string;
  /** The chunk table of the version `node` and `problems` are in. */
  table: ChunkTable;
  /** Other files the service read, with their text then (undefined: it did not exist). */
  inputs: [string, string | undefined][];
  node?: NacosNode;
  problems: ComposeProblem[];
  /** Env files a service that is not Nacos reads (never orphan env files). */
  envFilesRead: string[];
  /** A node, or a service whose name or image says nacos: its problems count as a Nacos service's. */
  nacosLike: boolean;
  /** Node rules' reports. */
  reports?: ReportRecord;
  /** Cluster rules' reports, when this node is its cluster's first member. */
  clusterReports?: ReportRecord;
  /** What the node holds that might be a secret (model/secrets.ts `nodeSecrets`): its values never move. */
  secrets?: string[];
}

interface ReportRecord {
  clusterKey: string;
  settings: LintSettings;
  table: ChunkTable;
  byRule: Map<string, Report[]>;
  /** The reports moved to the current text, once per run (for this run's cluster). */
  moved?: { table: ChunkTable; cluster: Cluster; byRule: Map<string, Report[]> };
}

interface FileMemo {
  outside: string;
  settings: LintSettings;
  table: ChunkTable;
  entries: Map<string, Entry>;
}

let entryIds = 0;

/** What a compose file's analysis can reuse this run (one per file per run, from ComposeMemo.begin). */
export class ComposeRun implements ServiceReuseRun {
  readonly hits = new Map<string, { node?: NacosNode; problems: ComposeProblem[]; envFilesRead: string[]; nacosLike: boolean }>();
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
      if (!e || e.text !== c.text || this.table.isDirty(c) || !e.inputs.every(([p, t]) => this.read(p) === t)) { out.add(c.name); continue; }
      try {
        // The header is the same, so an entry that starts where it did has every span where it was.
        const still = e.table.byName.get(c.name)?.start === c.start;
        const r = new Relocator(e.table, this.table);
        const m = mover(r, this.path, c.name, project);
        const moved = e.node && (still ? { ...e.node, compose: e.node.compose && { ...e.node.compose, project } } : moveNode(e.node, m));
        // The node reads this analysis's texts (ContainerInfo.read), and the entry keeps this node: an entry that kept
        // the node as computed would keep, through its project's nodes and their readers, every analysis since.
        const node = moved?.container ? { ...moved, container: { ...moved.container, read: this.read } } : moved;
        const problems = still ? e.problems : e.problems.map(p => shiftProblem(p, m, p.path));
        e.node = node;
        e.problems = problems;
        e.table = this.table;
        this.hits.set(c.name, { node, problems, envFilesRead: e.envFilesRead, nacosLike: e.nacosLike });
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
  store(name: string, node: NacosNode | undefined, problems: ComposeProblem[], inputs: string[], envFilesRead: string[] = [], nacosLike = !!node): void {
    const chunk = this.table.byName.get(name);
    if (!chunk) return;
    if (this.table.isDirty(chunk)) {
      this.memo.stats.loaded++;
      return;
    }
    const e: Entry = {
      // A copy: the chunk's text is a slice of the whole file, which the entry would keep alive as long as it is kept.
      id: ++entryIds, name, text: detached(chunk.text), table: this.table, node, problems, envFilesRead, nacosLike,
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
export class ComposeMemo implements ServiceReuse {
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
    // The table is kept by what is recorded against it (entries, report records) as long as they are reused: its
    // entries' texts are copies, not slices that would keep this whole version of the file alive with it.
    const table = new ChunkTable(shape.chunks.map(c => ({ name: c.name, start: c.start, end: c.end, text: detached(c.text) })), shape.headerEnd, shape.trailerStart, shape.dirty);
    const outside = detached(yaml.text.slice(0, shape.headerEnd) + '\u0000' + yaml.text.slice(shape.trailerStart));
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

  /**
   * `compute()` (what a node holds that might be a secret) once per entry: every node the memo maps to an entry is
   * that entry's node, moved or copied with this run's project — the same values.
   */
  secretsOf(node: NacosNode, compute: () => string[]): string[] {
    const e = this.entryOf.get(node);
    return e ? (e.secrets ??= compute()) : compute();
  }

  /** A node's reports for every rule, moved to the current text, when its cluster is the one they were computed in:
   *  rule id → reports (a rule absent from the map reported nothing); the caller counts each rule's use in
   *  `stats.reports`. `again(ruleId)` runs a rule afresh (a replayed fix's edits and scope: replay.ts `delegateFix`). */
  allReports(node: NacosNode, cluster: Cluster, settings: LintSettings, again: (ruleId: string) => Report[]): ReadonlyMap<string, Report[]> | undefined {
    return this.replayAll(this.entryOf.get(node), 'node', cluster, settings, again);
  }

  /** Where to record a node's reports for one rule (computed this run); undefined for nodes the memo does not hold. */
  recorder(node: NacosNode, cluster: Cluster, ruleId: string, settings: LintSettings): ((r: Report) => void) | undefined {
    return this.record(this.entryOf.get(node), 'node', cluster, ruleId, settings);
  }

  /** A cluster rule's reports, as `reports` (kept with the cluster's first member). */
  clusterReports(cluster: Cluster, ruleId: string, settings: LintSettings, again: (ruleId: string) => Report[]): Report[] | undefined {
    return this.replay(this.entryOf.get(cluster.nodes[0]), 'cluster', cluster, ruleId, settings, again);
  }

  clusterRecorder(cluster: Cluster, ruleId: string, settings: LintSettings): ((r: Report) => void) | undefined {
    return this.record(this.entryOf.get(cluster.nodes[0]), 'cluster', cluster, ruleId, settings);
  }

  private replay(e: Entry | undefined, slot: 'node' | 'cluster', cluster: Cluster, ruleId: string, settings: LintSettings, again: (ruleId: string) => Report[]): Report[] | undefined {
    const all = this.replayAll(e, slot, cluster, settings, again);
    if (all) this.stats.reports++;
    return all && (all.get(ruleId) ?? []);
  }

  private replayAll(e: Entry | undefined, slot: 'node' | 'cluster', cluster: Cluster, settings: LintSettings, again: (ruleId: string) => Report[]): ReadonlyMap<string, Report[]> | undefined {
    const rec = slot === 'node' ? e?.reports : e?.clusterReports;
    if (!e || !rec) return undefined;
    const path = cluster.nodes[0].path;
    const table = this.files.get(path)?.table;
    // Asked once per rule: the checks below were made for the first rule of this run.
    const done = rec.moved;
    if (done && done.table === table && done.cluster === cluster && rec.settings === settings) {
      return done.byRule;
    }
    if (rec.settings !== settings || rec.clusterKey !== this.clusterKey(cluster)) return undefined;
    // A record made in this run is still being filled by `record`.
    if (!table || rec.table === table) return undefined;
    if (!rec.moved || rec.moved.table !== table) {
      // Members that start where they did (same text, same header): every span is where it was.
      const still = cluster.nodes.every(n => n.service !== undefined && rec.table.byName.get(n.service)?.start === table.byName.get(n.service)?.start);
      if (still) rec.moved = { table, cluster, byRule: answered(rec.byRule, again) };
      else {
        const m = mover(new Relocator(rec.table, table), path, e.name);
        try {
          const byRule = new Map<string, Report[]>();
          // A rule that reported nothing is left out (allReports: absent means nothing).
          rec.byRule.forEach((list, id) => { if (list.length) byRule.set(id, list.map(x => shiftReport(x, m, x.path))); });
          rec.moved = { table, cluster, byRule: answered(byRule, again) };
        } catch (err) {
          if (!(err instanceof Unmappable)) throw err;
          if (slot === 'node') e.reports = undefined; else e.clusterReports = undefined;
          return undefined;
        }
      }
    }
    return rec.moved.byRule;
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
    // Fixes are kept as their titles and flags, not their closures (which hold this analysis: every text it read).
    return r => list.push(r.fixes?.length ? { ...r, fixes: r.fixes.map(keptFix) } : r);
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

/** Recorded reports for this run: each fix answered from a fresh run of its rule in this analysis (`again`, one run
 *  per rule for all its reports' fixes), its title and flags as recorded. */
function answered(byRule: Map<string, Report[]>, again: (ruleId: string) => Report[]): Map<string, Report[]> {
  const out = new Map<string, Report[]>();
  byRule.forEach((list, id) => { out.set(id, delegatedReports(list, () => again(id))); });
  return out;
}
