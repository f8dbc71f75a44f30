import { NO_SECRETS } from '../util/mask';
import type { AnalysisResult } from '../model/analysis';
import type { Cluster, NacosNode } from '../model/node';
import type { Finding } from '../types';

/**
 * Incremental re-analysis for the language server. The workspace is split into independent components: files that
 * feed one another's nodes or belong to one cluster (union-find over node inputs and cluster members). An edit
 * re-analyses only the components that contain the changed file (a cluster's members always travel together, so a
 * fix can still update every member), and merges components when an edit makes a node join another cluster.
 */
interface Component {
  id: number;
  roots: Set<string>;
  /** Files whose findings come (partly) from this component: roots, node inputs, paths with findings. */
  covers: Set<string>;
  clusterIds: Set<string>;
  result: AnalysisResult;
}

export type Runner = (roots: string[]) => AnalysisResult;

export class IncrementalAnalysis {
  private readonly comps = new Map<number, Component>();
  private readonly byFile = new Map<string, Set<number>>();
  private readonly byCluster = new Map<string, number>();
  private nextId = 1;

  constructor(private readonly run: Runner) {}

  /** Analyses everything, then splits the result into components (each re-analysed alone only when there are several). */
  rebuild(roots: Iterable<string>): Set<string> {
    const before = this.allCovered();
    this.comps.clear();
    this.byFile.clear();
    this.byCluster.clear();
    const all = [...new Set(roots)];
    const full = this.run(all);
    const { groups, groupOf } = components(all, full);
    if (groups.length <= 1) this.add(new Set(all), full);
    else {
      // Components are independent, so the full result already holds each one's result: slice it, do not re-run.
      const parts = partition(groups.length, groupOf, full);
      if (parts) groups.forEach((g, i) => this.add(g, parts[i]));
      else {
        const inputs = new Set(full.nodes.flatMap(n => n.inputs));
        for (const g of groups) this.add(g, g.size === 1 && !coveredBy(full, g, inputs) ? emptyLike() : this.run([...g]));
      }
    }
    return union(before, this.allCovered());
  }

  /**
   * Re-analyses the components that contain `changed` (and `changed` itself when it is a root); returns every file
   * whose findings may differ.
   */
  update(changed: string[], isRoot: (path: string) => boolean): Set<string> {
    const affected = new Set<number>();
    const roots = new Set<string>();
    for (const p of changed) {
      for (const id of this.byFile.get(p) ?? []) affected.add(id);
      if (isRoot(p)) roots.add(p);
    }
    for (const id of affected) for (const r of this.comps.get(id)!.roots) roots.add(r);
    for (const p of changed) if (!isRoot(p)) roots.delete(p);
    let result: AnalysisResult | undefined;
    // An edit can move a node into another component's cluster, or make it read another component's file: merge.
    for (let round = 0; round < 8; round++) {
      result = this.run([...roots]);
      let grew = false;
      const absorb = (id: number | undefined) => {
        if (id === undefined || affected.has(id)) return;
        affected.add(id);
        for (const r of this.comps.get(id)!.roots) roots.add(r);
        grew = true;
      };
      for (const c of result.clusters) absorb(this.byCluster.get(c.id));
      for (const n of result.nodes) for (const p of n.inputs) for (const id of this.byFile.get(p) ?? []) if (this.comps.get(id)!.clusterIds.size) absorb(id);
      if (!grew) break;
    }
    const touched = new Set<string>(changed);
    for (const id of affected) {
      for (const p of this.comps.get(id)!.covers) touched.add(p);
      this.remove(id);
    }
    if (roots.size) {
      const comp = this.add(roots, result!);
      for (const p of comp.covers) touched.add(p);
    }
    return touched;
  }

  /** The roots of the components a file takes part in (what to analyse again to see it as it is now). */
  rootsOf(path: string): string[] {
    const out = new Set<string>();
    for (const id of this.byFile.get(path) ?? []) for (const r of this.comps.get(id)!.roots) out.add(r);
    if (!out.size) out.add(path);
    return [...out];
  }

  findings(path: string): Finding[] {
    const ids = this.byFile.get(path);
    if (!ids) return [];
    if (ids.size === 1) return this.comps.get([...ids][0])!.result.findings.get(path) ?? [];
    const seen = new Set<string>();
    const out: Finding[] = [];
    for (const id of ids) {
      for (const f of this.comps.get(id)!.result.findings.get(path) ?? []) {
        const key = `${f.ruleId}\u0000${f.span.start}\u0000${f.span.end}\u0000${f.message}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(f);
      }
    }
    return out.sort((a, b) => a.span.start - b.span.start);
  }

  /** The merged view: every node, cluster and finding (for reports and the status item). */
  view(): { nodes: NacosNode[]; clusters: Cluster[]; findings: Map<string, Finding[]>; results: AnalysisResult[] } {
    const nodes: NacosNode[] = [];
    const clusters: Cluster[] = [];
    const findings = new Map<string, Finding[]>();
    const results: AnalysisResult[] = [];
    for (const c of this.comps.values()) {
      nodes.push(...c.result.nodes);
      clusters.push(...c.result.clusters);
      results.push(c.result);
    }
    for (const path of this.byFile.keys()) {
      const list = this.findings(path);
      if (list.length) findings.set(path, list);
    }
    return { nodes, clusters, findings, results };
  }

  get componentCount(): number {
    return this.comps.size;
  }

  private add(roots: Set<string>, result: AnalysisResult): Component {
    const covers = new Set<string>(roots);
    for (const n of result.nodes) for (const p of n.inputs) covers.add(p);
    for (const p of result.findings.keys()) covers.add(p);
    const comp: Component = { id: this.nextId++, roots, covers, clusterIds: new Set(result.clusters.map(c => c.id)), result };
    this.comps.set(comp.id, comp);
    for (const p of covers) {
      const s = this.byFile.get(p);
      if (s) s.add(comp.id); else this.byFile.set(p, new Set([comp.id]));
    }
    for (const c of comp.clusterIds) this.byCluster.set(c, comp.id);
    return comp;
  }

  private remove(id: number): void {
    const comp = this.comps.get(id);
    if (!comp) return;
    for (const p of comp.covers) {
      const s = this.byFile.get(p);
      s?.delete(id);
      if (s && !s.size) this.byFile.delete(p);
    }
    for (const c of comp.clusterIds) if (this.byCluster.get(c) === id) this.byCluster.delete(c);
    this.comps.delete(id);
  }

  private allCovered(): Set<string> {
    return new Set(this.byFile.keys());
  }
}

/** Union-find over roots: a node joins the roots among its inputs; a cluster joins its members. */
export function split(roots: string[], result: AnalysisResult): Set<string>[] {
  return components(roots, result).groups;
}

/** `split`, plus the group index of any file that took part (roots, node inputs, files with findings). */
function components(roots: string[], result: AnalysisResult): { groups: Set<string>[]; groupOf: (path: string) => number | undefined } {
  const parent = new Map<string, string>(roots.map(r => [r, r]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    let y = x;
    while (parent.get(y) !== r) { const next = parent.get(y)!; parent.set(y, r); y = next; }
    return r;
  };
  const join = (a: string, b: string) => {
    // Non-root files (an env file outside the workspace shared by two projects) join groups too.
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(ra, rb);
  };
  for (const n of result.nodes) for (const p of n.inputs) join(n.path, p);
  for (const c of result.clusters) for (let i = 1; i < c.nodes.length; i++) join(c.nodes[0].path, c.nodes[i].path);
  // Findings that point across files (related information) keep those files together as well.
  for (const [path, list] of result.findings) for (const f of list) for (const r of f.related) join(path, r.path);
  const groups = new Map<string, Set<string>>();
  const index = new Map<string, number>();
  const list: Set<string>[] = [];
  for (const r of roots) {
    const k = find(r);
    const g = groups.get(k);
    if (g) g.add(r);
    else { groups.set(k, new Set([r])); index.set(k, list.length); list.push(groups.get(k)!); }
  }
  return { groups: list, groupOf: path => (parent.has(path) ? index.get(find(path)) : undefined) };
}

/** The full result cut into one result per component; undefined when something cannot be placed (then re-run). */
function partition(count: number, groupOf: (path: string) => number | undefined, full: AnalysisResult): AnalysisResult[] | undefined {
  // Each part keeps the whole run's secrets: masking more than its own files hold is harmless.
  const parts: AnalysisResult[] = Array.from({ length: count }, () => ({ findings: new Map(), nodes: [], clusters: [], parsed: new Map(), skipped: [], secrets: full.secrets }));
  for (const n of full.nodes) {
    const i = groupOf(n.path);
    if (i === undefined) return undefined;
    parts[i].nodes.push(n);
  }
  for (const c of full.clusters) {
    const i = groupOf(c.nodes[0].path);
    if (i === undefined) return undefined;
    parts[i].clusters.push(c);
  }
  for (const [path, list] of full.findings) {
    const i = groupOf(path);
    if (i === undefined) return undefined;
    parts[i].findings.set(path, list);
  }
  for (const s of full.skipped) {
    const i = groupOf(s.path);
    if (i !== undefined) parts[i].skipped.push(s);
  }
  // Parsed files that no component claims (a candidate's cluster.conf read by nobody) are only a cache: drop them.
  for (const [path, f] of full.parsed) {
    const i = groupOf(path);
    if (i !== undefined) parts[i].parsed.set(path, f);
  }
  return parts;
}

function coveredBy(result: AnalysisResult, group: Set<string>, inputs: Set<string>): boolean {
  for (const p of group) {
    if (result.findings.has(p)) return true;
    if (inputs.has(p)) return true;
  }
  return false;
}

function emptyLike(): AnalysisResult {
  // Not `full.parsed`: every such component would carry the whole workspace's map, and view() concatenates them all.
  return { findings: new Map(), nodes: [], clusters: [], parsed: new Map(), skipped: [], secrets: NO_SECRETS };
}

function union<T>(a: Set<T>, b: Set<T>): Set<T> {
  const out = new Set(a);
  for (const x of b) out.add(x);
  return out;
}
