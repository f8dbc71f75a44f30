// Rule reports of a script's reused `docker run`s (sources/shell/reuse.ts keeps the nodes; this keeps what the rules
// said of them). A node rule's reports are replayed while the node is its memo entry's, its cluster has the same members
// (each the same entry: the runs of a script that share NACOS_SERVERS are one cluster, and a member built again makes
// the cluster new), the settings are the same, and every other file the run read reads the same; a run that looked
// at every cluster (`fixEnv.clusters`, a `fixEnv.memo` entry that is not a pure function of its key) is replayed only
// while every cluster of the analysis is the same. Spans in the script move through the one edit since (the pass's
// mover: a report on an edited line is computed again). A replayed fix computes its edits and scope from a fresh run
// of its rule in the current analysis (its title and flags are the recorded ones), as engine/k8sReuse.ts does.
// Cluster rules' reports likewise, kept with the cluster's first member. test/unit/shell-memo.test.ts compares memo
// runs with fresh runs after random edits.
import type { Report } from '../rules/types';
import type { LintSettings } from '../settings';
import type { Cluster, NacosNode } from '../model/node';
import type { FixEnv } from '../fixes/types';
import type { ParsedFile } from '../syntax/files';
import { span, Unmappable, type Mover } from '../model/shift';
import type { RunEntry, RunMemo } from '../sources/shell/reuse';
import { ClusterKeys, delegatedReports, recording, shiftRelated, type RuleRecorder } from './replay';

interface Rec {
  generation: number;
  key: string;
  settings: LintSettings;
  /** The script the spans are in, and its text then. */
  path: string;
  text: string;
  /** The texts of the other paths its reports point to or its rules read, as the recording run read them. */
  texts: Map<string, string | undefined>;
  /** Set when a rule looked at every cluster: the analysis-wide key then. */
  global?: string;
  /** Fixes as their titles and flags. */
  byRule: Map<string, Report[]>;
  /** This analysis's replay (null: it cannot be replayed). */
  check?: { generation: number; byRule: Map<string, Report[]> | null };
}

export class ShellReports {
  private generation = 0;
  private read: (p: string) => string | undefined = () => undefined;
  private clusters: readonly Cluster[] = [];
  private readonly recs = new WeakMap<RunEntry, { node?: Rec; cluster?: Rec }>();
  private readonly keys = new ClusterKeys(n => { const e = this.entry(n); return e && String(e.id); });
  /** Counts, for tests and the benchmark: node / cluster report sets replayed, rule runs computed. */
  readonly stats = { reports: 0, computed: 0 };

  constructor(private readonly runs: RunMemo) {}

  /** Starts an analysis (after its clusters are grouped). */
  begin(clusters: readonly Cluster[], read: (p: string) => string | undefined): void {
    this.generation++;
    this.clusters = clusters;
    this.read = read;
    this.keys.begin();
  }

  private entry(node: NacosNode): RunEntry | undefined {
    const e = this.runs.entryOf.get(node);
    return e && e.node === node ? e : undefined;
  }

  /** Every node rule's reports for a node (rule id → reports; a rule absent reported nothing), moved to the current
   *  text; `again(ruleId)` runs a rule afresh (a replayed fix's edits). */
  allReports(node: NacosNode, cluster: Cluster, settings: LintSettings, again: (ruleId: string) => Report[]): ReadonlyMap<string, Report[]> | undefined {
    const e = this.entry(node);
    const rec = e && this.recs.get(e)?.node;
    return rec && this.replay(rec, cluster, settings, again);
  }

  recorder(node: NacosNode, cluster: Cluster, ruleId: string, settings: LintSettings, fixEnv: FixEnv, file: (p: string) => ParsedFile | undefined): RuleRecorder | undefined {
    const e = this.entry(node);
    return e && this.record(e, 'node', cluster, ruleId, settings, fixEnv, file);
  }

  /** A cluster rule's reports (kept with the cluster's first member). */
  clusterReports(cluster: Cluster, ruleId: string, settings: LintSettings, again: (ruleId: string) => Report[]): Report[] | undefined {
    const e = this.entry(cluster.nodes[0]);
    const rec = e && this.recs.get(e)?.cluster;
    const all = rec && this.replay(rec, cluster, settings, again);
    return all && (all.get(ruleId) ?? []);
  }

  clusterRecorder(cluster: Cluster, ruleId: string, settings: LintSettings, fixEnv: FixEnv, file: (p: string) => ParsedFile | undefined): RuleRecorder | undefined {
    const e = this.entry(cluster.nodes[0]);
    return e && this.record(e, 'cluster', cluster, ruleId, settings, fixEnv, file);
  }

  private replay(rec: Rec, cluster: Cluster, settings: LintSettings, again: (ruleId: string) => Report[]): ReadonlyMap<string, Report[]> | undefined {
    // A record of this analysis is still being filled.
    if (rec.generation === this.generation) return undefined;
    let check = rec.check;
    if (!check || check.generation !== this.generation) {
      check = { generation: this.generation, byRule: this.move(rec, cluster, settings, again) };
      rec.check = check;
    }
    if (!check.byRule) return undefined;
    this.stats.reports++;
    return check.byRule;
  }

  /** The record's reports moved to this analysis (the record moves with them), or null. */
  private move(rec: Rec, cluster: Cluster, settings: LintSettings, again: (ruleId: string) => Report[]): Map<string, Report[]> | null {
    if (rec.settings !== settings || rec.key !== this.clusterKey(cluster)) return null;
    if (rec.global !== undefined && rec.global !== this.global()) return null;
    for (const [p, t] of rec.texts) if (t !== this.read(p)) return null;
    const pass = this.runs.passOf(rec.path);
    const m = pass?.moverFrom(rec.text);
    if (!pass || m === undefined) return null;
    const kept = new Map<string, Report[]>();
    const out = new Map<string, Report[]>();
    try {
      for (const [id, list] of rec.byRule) {
        if (!list.length) continue;
        const moved = m ? list.map(r => moveReport(r, m)) : list;
        kept.set(id, moved);
        // One fresh run answers every fix of the rule's reports.
        out.set(id, delegatedReports(moved, () => again(id)));
      }
    } catch (err) {
      if (!(err instanceof Unmappable)) throw err;
      return null;
    }
    rec.byRule = kept;
    rec.text = pass.text;
    return out;
  }

  private record(e: RunEntry, slot: 'node' | 'cluster', cluster: Cluster, ruleId: string, settings: LintSettings, fixEnv: FixEnv, file: (p: string) => ParsedFile | undefined): RuleRecorder | undefined {
    const pass = this.runs.passOf(e.node!.path);
    if (!pass) return undefined;
    let slots = this.recs.get(e);
    if (!slots) this.recs.set(e, (slots = {}));
    let rec = slots[slot];
    if (!rec || rec.generation !== this.generation) {
      rec = { generation: this.generation, key: this.clusterKey(cluster), settings, path: pass.path, text: pass.text, texts: new Map(), byRule: new Map() };
      slots[slot] = rec;
    }
    const r = rec;
    const list: Report[] = [];
    r.byRule.set(ruleId, list);
    this.stats.computed++;
    const read = this.read;
    return recording(list, fixEnv, file, {
      note: p => { if (p !== r.path && !r.texts.has(p)) r.texts.set(p, read(p)); },
      global: () => { r.global = this.global(); },
    });
  }

  /** Every cluster of the analysis, each as its members' entries. */
  private global(): string {
    return this.keys.global(this.clusters);
  }

  private clusterKey(cluster: Cluster): string {
    return this.keys.key(cluster);
  }
}

function moveReport(r: Report, m: Mover): Report {
  const sp = span(r.span, m, r.path);
  const related = shiftRelated(r.related, m, r.path);
  return sp === r.span && related === r.related ? r : { ...r, span: sp, ...(related ? { related } : {}) };
}
