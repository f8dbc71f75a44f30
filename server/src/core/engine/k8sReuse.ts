// Rule reports of reused Kubernetes workloads (sources/k8s/reuse.ts keeps the nodes; this keeps what the rules said of
// them). A node rule's reports are replayed while the node's part entry is the same (its document and what its
// look-ups found unchanged), its cluster has the same members (each the same entry) — or, for a rule whose run never
// read the members (`RuleRecorder.cluster` sees it), the same id, name and kind (`rebase`) —, the settings are the same, and
// everything the run read outside the parts it depends on reads the same; a run that looked at every cluster
// (`fixEnv.clusters`, `fixEnv.memo`: fixes that close over places shared with other clusters) is replayed only while
// every cluster of the analysis is the same. Spans move through the parts that kept their text; a report that cannot
// be moved is computed again. A replayed fix computes its edits and scope lazily from a fresh run of its rule in the
// current analysis (its title and flags are the recorded ones), so a fix never writes at an older text's offsets.
// Cluster rules' reports likewise, kept with the cluster's first member. test/unit/k8s-incremental.test.ts compares
// a reusing host with a fresh one.
import type { Report, Rule } from '../rules/types';
import type { LintSettings } from '../settings';
import type { Fix } from '../types';
import type { Cluster, NacosNode } from '../model/node';
import type { FixEnv } from '../fixes/types';
import type { ParsedFile } from '../syntax/files';
import { span, Unmappable, type Mover } from '../model/shift';
import { moverBetween, type ChunkTable, type PartEntry, type WorkloadMemo } from '../sources/k8s/reuse';
import { ClusterKeys, delegateFix, recording, shiftRelated, UNIQUE, type RuleRecorder } from './replay';

interface Rec {
  generation: number;
  key: string;
  /** A node record's key without the other members: its own slot and the cluster's id, name and kind. */
  own?: string;
  /** The rules whose run read the cluster's members (a node record's): replayed only while every member is the same;
   *  the others while the node's own slot is (`rebase`). */
  reads?: Set<string>;
  /** The analysis that made it from an older record whose cluster changed (`rebase`): it holds the rules that did not
   *  read the members, replayed in that analysis, and the others are recorded into it there. */
  rebasedAt?: number;
  settings: LintSettings;
  /** The parts' tables its spans are expressed in. */
  tables: Map<string, ChunkTable>;
  /** The texts of the paths outside `tables` its reports point to or its rules read, as the recording run read them
   *  (texts only: holding the recording analysis's reader would keep that whole analysis alive). */
  texts: Map<string, string | undefined>;
  /** Set when a rule looked at every cluster: the analysis-wide key then. */
  global?: string;
  byRule: Map<string, Report[]>;
  /** This analysis's check: movers to the current tables, or null when it cannot be replayed. */
  check?: { generation: number; movers: Mover[] | null; byRule: Map<string, Report[]>; replayed?: boolean };
  /** Made after its slot's previous record replayed some rules in the same analysis: it lacks those, never replayed. */
  partial?: boolean;
  /** The rules it has reports of (`quiet`), once it is replayed. */
  noisy?: string[];
  /** Whether a fix of its reports writes to every member of a cluster (folding asks: fold.ts), by fix, cluster and
   *  the clusters that share written places with its own (`covers`). */
  covers?: Map<string, boolean>;
}

/** A node's record, checked for this analysis (`K8sReports.nodeReplay`). */
export interface K8sReplay {
  readonly rec: Rec;
  readonly check: NonNullable<Rec['check']>;
}

const NONE: Report[] = Object.freeze([]) as unknown as Report[];

/** A recorded report moved to other parts (its fixes as they are: a record's are titles and flags, `keptFix`). */
function movedKept(r: Report, movers: Mover[]): Report {
  let sp = r.span;
  let related = r.related;
  for (const m of movers) {
    sp = span(sp, m, r.path);
    related = shiftRelated(related, m, r.path);
  }
  return { ...r, span: sp, ...(related ? { related } : {}) };
}

export class K8sReports {
  private generation = 0;
  private read: (p: string) => string | undefined = () => undefined;
  private clusters: readonly Cluster[] = [];
  private readonly recs = new WeakMap<PartEntry, Map<string, Rec>>();
  private readonly keys = new ClusterKeys(n => { const s = this.slot(n); return s && `${s.entry.id}:${s.index}`; });
  private readonly secrets = new WeakMap<PartEntry, Map<number, string[]>>();
  /** The record and place (rule, report, fix) of each fix a recorded or replayed report carries (`covers`). */
  private readonly fixSlots = new WeakMap<Fix, { rec: Rec; key: string }>();
  /** Each node's written places, in the parts they are written in (`places`). */
  private readonly placesOf = new WeakMap<PartEntry, (string[] | null)[]>();
  /** This analysis's index for `covers`: clusters by key, nodes by written place (undefined until asked). */
  private world?: { byKey: Map<string, Cluster>; byPlace: Map<string, NacosNode[]>; clusterOf: Map<NacosNode, Cluster>; loose: Set<string>; reach: Map<string, string | undefined> };
  /** Counts, for tests and the benchmark: rule runs replayed / computed, folding answers kept (`covers`). */
  readonly stats = { reports: 0, computed: 0, folds: 0 };

  constructor(private readonly memo: WorkloadMemo) {}

  /** Starts an analysis (after its clusters are grouped). */
  begin(clusters: readonly Cluster[], read: (p: string) => string | undefined): void {
    this.generation++;
    this.clusters = clusters;
    this.read = read;
    this.keys.begin();
    this.world = undefined;
  }

  /**
   * Whether `fix` writes to every member of `cluster` (folding's question, fold.ts), kept with the record of the
   * report the fix belongs to. What decides it — the fix's scope: clusterMembers over the written places shared
   * with other clusters, then the files its edits touch — is a function of the nodes it reaches, their places and the
   * texts of the document parts they read: the answer is kept while the record is replayed (its cluster the same
   * part entries), the cluster asked is the same, and the clusters reachable from the record's cluster through shared
   * written places (any setting's) are the same (each the same part entries, whose places are the same places in
   * unchanged parts). A record that read every cluster, or a node outside the memo on the way, is computed. (The
   * settings are the same: `fix` is of this analysis, so its record was replayed or made with them, and a cluster of
   * the same part entries has its files' settings, since the memo forgets a file's entries when they change.)
   */
  covers(fix: Fix, cluster: Cluster, compute: () => boolean): boolean {
    const s = this.fixSlots.get(fix);
    if (!s || s.rec.global !== undefined) return compute();
    const asked = this.clusterKey(cluster);
    if (asked.includes(UNIQUE)) return compute();
    const reach = this.reachable(s.rec.key);
    if (reach === undefined) return compute();
    const key = `${s.key}\u0002${asked}\u0002${reach}`;
    const m = (s.rec.covers ??= new Map());
    const hit = m.get(key);
    if (hit !== undefined) {
      this.stats.folds++;
      return hit;
    }
    const v = compute();
    if (m.size > 64) m.clear();
    m.set(key, v);
    return v;
  }

  /** The keys of the clusters reachable from the cluster keyed `key` through shared written places, sorted; undefined
   *  when a node on the way is not a memo's (or a place of one is not in a part it read). */
  private reachable(key: string): string | undefined {
    const w = this.index();
    // Asked for every host of a cluster: once per cluster and analysis.
    if (w.reach.has(key)) return w.reach.get(key);
    const r = this.reach(w, key);
    w.reach.set(key, r);
    return r;
  }

  private reach(w: NonNullable<K8sReports['world']>, key: string): string | undefined {
    const start = w.byKey.get(key);
    if (!start || key.includes(UNIQUE)) return undefined;
    const seen = new Set<Cluster>([start]);
    const queue = [start];
    while (queue.length) {
      const c = queue.pop()!;
      for (const n of c.nodes) {
        const places = this.places(n);
        if (!places) return undefined;
        for (const p of places) {
          if (w.loose.size && w.loose.has(p.slice(0, p.indexOf('\u0000')))) return undefined;
          for (const o of w.byPlace.get(p) ?? []) {
            const oc = w.clusterOf.get(o);
            if (!oc) return undefined;
            if (!seen.has(oc)) { seen.add(oc); queue.push(oc); }
          }
        }
      }
    }
    const keys: string[] = [];
    for (const c of seen) {
      const k = this.clusterKey(c);
      if (k.includes(UNIQUE)) return undefined;
      keys.push(k);
    }
    return keys.sort().join('\u0001');
  }

  /** Clusters by key and nodes by written place, for this analysis; `loose`: files where a node outside the memo
   *  writes a setting (its places are absolute offsets, not comparable with the memo's). */
  private index(): NonNullable<K8sReports['world']> {
    if (this.world) return this.world;
    const byKey = new Map<string, Cluster>();
    const byPlace = new Map<string, NacosNode[]>();
    const clusterOf = new Map<NacosNode, Cluster>();
    const loose = new Set<string>();
    for (const c of this.clusters) {
      byKey.set(this.clusterKey(c), c);
      for (const n of c.nodes) {
        clusterOf.set(n, c);
        const places = this.places(n);
        if (!places) {
          for (const st of n.settings.values()) if (st.written) loose.add(st.written.path);
          continue;
        }
        for (const p of places) {
          const list = byPlace.get(p);
          if (list) list.push(n); else byPlace.set(p, [n]);
        }
      }
    }
    return (this.world = { byKey, byPlace, clusterOf, loose, reach: new Map() });
  }

  /** A memo node's written places as (file, part, offsets in the part): the same while the part keeps its text. */
  private places(node: NacosNode): string[] | null {
    const s = this.slot(node);
    if (!s) return null;
    let all = this.placesOf.get(s.entry);
    if (!all) this.placesOf.set(s.entry, (all = []));
    let got = all[s.index];
    if (got !== undefined) return got;
    got = [];
    const base = s.entry.nodes[s.index].base;
    for (const st of base ? base.settings.values() : []) {
      const w = st.written;
      if (!w) continue;
      const t = s.entry.tables0.get(w.path);
      const i = t?.at(w.span.start, false);
      if (!t || i === undefined || w.span.start < t.starts[i] || w.span.end > t.ends[i]) { got = null; break; }
      got.push(`${w.path}\u0000${t.ids[i]}\u0000${w.span.start - t.starts[i]}\u0000${w.span.end - t.starts[i]}`);
    }
    all[s.index] = got;
    return got;
  }

  private slot(node: NacosNode): { entry: PartEntry; index: number } | undefined {
    const entry = this.memo.entryOf.get(node);
    const index = this.memo.indexOf.get(node);
    return entry && index !== undefined && entry.nodes[index]?.node === node ? { entry, index } : undefined;
  }

  /** What a node holds that might be a secret, once per part entry (its values never change while it is reused). */
  secretsOf(node: NacosNode, compute: () => string[]): string[] {
    const s = this.slot(node);
    if (!s) return compute();
    let m = this.secrets.get(s.entry);
    if (!m) this.secrets.set(s.entry, (m = new Map()));
    let v = m.get(s.index);
    if (!v) m.set(s.index, (v = compute()));
    return v;
  }

  reports(node: NacosNode, cluster: Cluster, ruleId: string, settings: LintSettings, again: () => Report[]): Report[] | undefined {
    const s = this.slot(node);
    return s && this.replay(this.recs.get(s.entry)?.get(`n${s.index}`), [node], cluster, ruleId, settings, again);
  }

  recorder(node: NacosNode, cluster: Cluster, ruleId: string, settings: LintSettings, fixEnv: FixEnv, file: (p: string) => ParsedFile | undefined): RuleRecorder | undefined {
    const s = this.slot(node);
    return s && this.record(s.entry, `n${s.index}`, [node], cluster, ruleId, settings, fixEnv, file, this.ownKey(s, cluster));
  }

  clusterReports(cluster: Cluster, ruleId: string, settings: LintSettings, again: () => Report[]): Report[] | undefined {
    const s = this.slot(cluster.nodes[0]);
    return s && this.replay(this.recs.get(s.entry)?.get(`c${s.index}`), cluster.nodes, cluster, ruleId, settings, again);
  }

  clusterRecorder(cluster: Cluster, ruleId: string, settings: LintSettings, fixEnv: FixEnv, file: (p: string) => ParsedFile | undefined): RuleRecorder | undefined {
    const s = this.slot(cluster.nodes[0]);
    return s && this.record(s.entry, `c${s.index}`, cluster.nodes, cluster, ruleId, settings, fixEnv, file);
  }

  /** The parts' tables of `nodes` (every one an entry's: the cluster key says so), as of this analysis. */
  private tablesOf(nodes: readonly NacosNode[]): Map<string, ChunkTable> | undefined {
    if (nodes.length === 1) return this.memo.entryOf.get(nodes[0])?.tables;
    const out = new Map<string, ChunkTable>();
    for (const n of nodes) {
      const e = this.memo.entryOf.get(n);
      if (!e) return undefined;
      for (const [p, t] of e.tables) out.set(p, t);
    }
    return out;
  }

  private replay(rec: Rec | undefined, nodes: readonly NacosNode[], cluster: Cluster, ruleId: string, settings: LintSettings, again: () => Report[]): Report[] | undefined {
    const check = this.check(rec, nodes, cluster, settings);
    return check && this.replayRule(rec!, check, ruleId, again);
  }

  /** The record's check for this analysis; undefined when it cannot be replayed (or is this analysis's, still being
   *  filled). */
  private check(rec: Rec | undefined, nodes: readonly NacosNode[], cluster: Cluster, settings: LintSettings): NonNullable<Rec['check']> | undefined {
    if (!rec || (rec.generation === this.generation && rec.rebasedAt !== this.generation)) return undefined;
    let check = rec.check;
    if (!check || check.generation !== this.generation) {
      check = { generation: this.generation, movers: this.movers(rec, nodes, cluster, settings), byRule: new Map() };
      rec.check = check;
    }
    return check.movers ? check : undefined;
  }

  /** A node's record for this analysis, asked once per node (then `replayNode` per rule); undefined: none to replay. */
  nodeReplay(node: NacosNode, cluster: Cluster, settings: LintSettings): K8sReplay | undefined {
    const s = this.slot(node);
    if (!s) return undefined;
    let rec = this.recs.get(s.entry)?.get(`n${s.index}`);
    if (rec && rec.generation !== this.generation && rec.key !== this.clusterKey(cluster)) rec = this.rebase(rec, s, node, cluster, settings);
    const check = this.check(rec, [node], cluster, settings);
    return check && { rec: rec!, check };
  }

  /**
   * A node record whose cluster changed (another member's document was edited) while the node's own slot did not: the
   * rules that never read the members said what they say of the node alone, so their reports are kept — moved to the
   * current parts, in a record of this analysis — and the rules that read the members are recorded again into it.
   * Undefined when the record cannot be kept so (its slot or the cluster's name changed, it read every cluster, a
   * report cannot be moved).
   */
  private rebase(rec: Rec, s: { entry: PartEntry; index: number }, node: NacosNode, cluster: Cluster, settings: LintSettings): Rec | undefined {
    if (rec.own === undefined || rec.own !== this.ownKey(s, cluster) || rec.global !== undefined) return undefined;
    const movers = this.moversOf(rec, [node], settings);
    const tables = this.tablesOf([node]);
    if (!movers || !tables) return undefined;
    const byRule = new Map<string, Report[]>();
    try {
      for (const [id, list] of rec.byRule) {
        if (rec.reads?.has(id)) continue;
        byRule.set(id, movers.length && list.length ? list.map(r => movedKept(r, movers)) : list);
      }
    } catch (err) {
      if (err instanceof Unmappable) return undefined;
      throw err;
    }
    const out: Rec = {
      generation: this.generation, key: this.clusterKey(cluster), own: rec.own, settings, tables, texts: new Map(rec.texts), byRule,
      reads: new Set(), rebasedAt: this.generation,
    };
    out.check = { generation: this.generation, movers: [], byRule: new Map() };
    this.recs.get(s.entry)!.set(`n${s.index}`, out);
    return out;
  }

  /** A node record's key without the other members (`Rec.own`). */
  private ownKey(s: { entry: PartEntry; index: number }, cluster: Cluster): string {
    return `${s.entry.id}:${s.index}\u0000${cluster.id}\u0000${cluster.name}\u0000${cluster.kind}`;
  }

  /**
   * The rules the node's record has reports of (each rule visits the node only for those: `replayNode`). The others
   * reported nothing with the same inputs, so they are replayed as nothing here — counted as replayed, as
   * `replayNode` counts them (`nodeRules`: the ids of the node rules). A record rebased in this analysis has the rules
   * it lacks visited too.
   */
  quiet(h: K8sReplay, nodeRules: readonly string[]): readonly string[] {
    const rec = h.rec;
    let ids = rec.noisy;
    if (rec.rebasedAt === this.generation) {
      // The rules it does not hold yet are visited too (recorded into it), and nothing is kept: it is still filling.
      ids = [];
      for (const [id, list] of rec.byRule) if (list.length) ids.push(id);
      for (const id of nodeRules) if (!rec.byRule.has(id)) ids.push(id);
    } else if (!ids) {
      ids = [];
      for (const [id, list] of rec.byRule) if (list.length) ids.push(id);
      rec.noisy = ids;
    }
    h.check.replayed = true;
    this.stats.reports += Math.max(0, nodeRules.length - ids.length);
    return ids;
  }

  /** `reports` through the node's record (`nodeReplay`). */
  replayNode(h: K8sReplay, rule: Rule, run: (rule: Rule) => Report[]): Report[] | undefined {
    // Most rules report nothing on a node: answered without a closure.
    if (!h.rec.byRule.get(rule.id)?.length && h.check.movers && h.rec.check === h.check && (h.rec.rebasedAt !== this.generation || h.rec.byRule.has(rule.id))) {
      h.check.replayed = true;
      this.stats.reports++;
      return NONE;
    }
    return this.replayRule(h.rec, h.check, rule.id, () => run(rule));
  }

  private replayRule(rec: Rec, check: NonNullable<Rec['check']>, ruleId: string, again: () => Report[]): Report[] | undefined {
    // Replaced this analysis (a rule's reports could not be moved: `Unmappable` below).
    if (!check.movers || rec.check !== check) return undefined;
    // A rebased record lacks the rules that read the members until they are recorded into it.
    if (rec.rebasedAt === this.generation && !rec.byRule.has(ruleId)) return undefined;
    const list = rec.byRule.get(ruleId);
    let out = list?.length ? check.byRule.get(ruleId) : NONE;
    if (!out) {
      // One fresh run answers every fix of the rule's reports.
      let ran: Report[] | undefined;
      const once = () => (ran ??= again());
      try {
        out = list!.map((r, i) => this.move(r, check.movers!, once, rec, `${ruleId}\u0000${i}`));
      } catch (err) {
        if (!(err instanceof Unmappable)) throw err;
        // The record's other rules are not replayed either; it is recorded again, and what this analysis replayed
        // from it is missing there: that record is never replayed (`partial`).
        check.movers = null;
        return undefined;
      }
      check.byRule.set(ruleId, out);
    }
    check.replayed = true;
    this.stats.reports++;
    return out;
  }

  /** Movers from the record's tables to this analysis's, or null when the record cannot be replayed. */
  private movers(rec: Rec, nodes: readonly NacosNode[], cluster: Cluster, settings: LintSettings): Mover[] | null {
    return rec.key === this.clusterKey(cluster) ? this.moversOf(rec, nodes, settings) : null;
  }

  /** `movers` whatever the cluster's members (`rebase` checks its own key). */
  private moversOf(rec: Rec, nodes: readonly NacosNode[], settings: LintSettings): Mover[] | null {
    if (rec.partial || rec.settings !== settings) return null;
    if (rec.global !== undefined && rec.global !== this.global()) return null;
    const now = this.tablesOf(nodes);
    if (!now) return null;
    for (const [p, t] of rec.texts) if (t !== this.read(p)) return null;
    const movers: Mover[] = [];
    for (const [p, from] of rec.tables) {
      const to = now.get(p);
      if (!to) return null;
      if (to !== from) movers.push(moverBetween(p, from, to));
    }
    return movers;
  }

  private move(r: Report, movers: Mover[], again: () => Report[], rec: Rec, key: string): Report {
    // Nothing to move and no fix to answer afresh: the recorded report itself (plain data, never changed).
    if (!movers.length && !r.fixes?.length) return r;
    const moved = movedKept(r, movers);
    if (r.fixes?.length) {
      moved.fixes = r.fixes.map((f, i) => delegateFix(f, i, moved, again));
      moved.fixes.forEach((f, i) => this.fixSlots.set(f, { rec, key: `${key}\u0000${i}` }));
    }
    return moved;
  }

  /** `own`: a node record's own key (`Rec.own`); its runs' reads of the members are then seen (`Rec.reads`). */
  private record(entry: PartEntry, slot: string, nodes: readonly NacosNode[], cluster: Cluster, ruleId: string, settings: LintSettings, fixEnv: FixEnv, file: (p: string) => ParsedFile | undefined, own?: string): RuleRecorder | undefined {
    const tables = this.tablesOf(nodes);
    if (!tables) return undefined;
    let recs = this.recs.get(entry);
    if (!recs) this.recs.set(entry, (recs = new Map()));
    let rec = recs.get(slot);
    if (!rec || rec.generation !== this.generation) {
      const partial = rec?.check?.generation === this.generation && rec.check.replayed;
      rec = {
        generation: this.generation, key: this.clusterKey(cluster), settings, tables, texts: new Map(), byRule: new Map(), ...(partial ? { partial } : {}),
        ...(own !== undefined ? { own, reads: new Set<string>() } : {}),
      };
      recs.set(slot, rec);
    }
    const r = rec;
    const list: Report[] = [];
    r.byRule.set(ruleId, list);
    const fixSlots = this.fixSlots;
    this.stats.computed++;
    const read = this.read;
    return recording(list, fixEnv, file, {
      note: p => { if (!r.tables.has(p) && !r.texts.has(p)) r.texts.set(p, read(p)); },
      global: () => { r.global = this.global(); },
      added: (x, at) => x.fixes?.forEach((f, i) => fixSlots.set(f, { rec: r, key: `${ruleId}\u0000${at}\u0000${i}` })),
      ...(r.reads ? { members: () => { r.reads!.add(ruleId); } } : {}),
    }, r.reads ? cluster : undefined);
  }

  /** Every cluster of the analysis, each as its members' entries. */
  private global(): string {
    return this.keys.global(this.clusters);
  }

  private clusterKey(cluster: Cluster): string {
    return this.keys.key(cluster);
  }
}
