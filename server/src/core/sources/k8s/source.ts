// Kubernetes manifests, Kustomize projects and nacos-operator `Nacos` resources as Nacos nodes (issue 15). The reader
// (index.ts and its modules) computes each Nacos container's environment as the kubelet builds it, every value with
// the place it was written; this module turns each container into a node through the shared container module
// (../container.ts), groups workloads into clusters, and says which reading problems to report.
//
// Per analysis: every kustomization of the workspace is built (kept between analyses by the engine while the files
// it read are unchanged); a kustomization that another uses is not a root, and the files a build read are not read
// again as plain manifests. A plain manifest is read only when its text names Nacos; ConfigMaps and Secrets are looked
// up by name among the workspace files that may hold them (same file first, then the nearest folder).
import type { EnvValue, K8sEnvEntry, K8sNodeInfo, MountedConf, NacosNode, WrittenFileKind, WrittenValue } from '../../model/node';
import type { ExternalValue } from '../../model/effective';
import type { Provenance, Span } from '../../types';
import { parseProperties, type PropertiesFile, type PropertyEntry } from '../../syntax/properties/parser';
import { baseName, dirName } from '../../util/paths';
import { detached, wholeLines } from '../../util/text';
import { CONF_TARGET, containerNode, type EnvPlaces } from '../container';
import type { NodeSource, SourceContext, SourceProblem, SourceResult } from '../types';
import type { ProducedText } from '../textOrigin';
import { BuildCache, buildKustomizationRaw, checkSecret, collectContainers, isKustomizationPath, parseObjects, parseObjectsFrom, srcFileOf, WorkspaceIndex } from './index';
import type { BuildResult, EnvVar, K8sInput, K8sParsedFile, K8sProblem, KObject, NacosContainer, WrittenPlace } from './index';
import type { ObjectLookup } from './env';
import type { DocChunk } from './objects';
import { nextEntryId, type ChunkTable, type Lookup, type PartEntry, type PartNode, type WorkloadMemo } from './reuse';

const EMPTY: SourceResult = { nodes: [], problems: [], absorbed: [] };
/**
 * Whether a plain manifest can hold a Nacos server (a `nacos-server` image, a nacos-operator `Nacos` resource) or a
 * Secret whose own problems are reported (checkSecret): only then is it parsed. YAML naming Nacos only as a client
 * (`SPRING_CLOUD_NACOS_SERVER_ADDR`) costs a text search; its ConfigMaps and Secrets are still read when a Nacos
 * workload looks them up (WorkspaceIndex). A backslash may spell an image with escapes: such a file is parsed.
 */
function mayHoldNacosServer(text: string): boolean {
  if (!/nacos/i.test(text)) return false;
  return /nacos-server|nacos\.io\//i.test(text) || text.includes('\\') || SECRET_KIND.test(text);
}
const SECRET_KIND = /(^|\n)[ \t-]*["']?kind["']?[ \t]*:[ \t]*["']?Secret\b/;
/** Objects a workspace file may hold that a Nacos container can reference (the lookup's candidates). */
const REFERENCED_KINDS = /(^|\n)[ \t-]*["']?kind["']?[ \t]*:[ \t]*["']?(ConfigMap|Secret|List|Template)\b/;

export const k8sSource: NodeSource = {
  name: 'Kubernetes',
  nodesOf(file, ctx) {
    if (file.kind !== 'k8s') return undefined;
    return ctx.perAnalysis('k8s', () => new K8sAnalysis(ctx)).nodesOf(file.path, file.text);
  },
};

interface KustomizeGraph {
  builds: Map<string, BuildResult>;
  /** Builds that failed (kubectl kustomize would stop): they consume nothing, so their files are read as plain
   *  manifests and the Nacos workloads in them are still linted. */
  failed: Set<string>;
  /** Files some build read: not plain manifests. */
  consumed: Set<string>;
  /** Kustomization folders another kustomization uses: not roots. */
  used: Set<string>;
}

/** Chart folders (a Chart.yaml) among workspace paths: their templates are the Helm source's, not manifests. */
export function chartDirs(paths: readonly string[]): string[] {
  return paths.filter(p => baseName(p) === 'Chart.yaml').map(p => dirName(p));
}

export function inChart(path: string, charts: readonly string[]): boolean {
  return charts.some(d => path.startsWith(`${d}/templates/`) || path.startsWith(`${d}/charts/`));
}

/** The Kubernetes view of one analysis: the kustomize graph, the object lookup, the parses it made. */
class K8sAnalysis {
  private readonly paths: string[];
  private readonly charts: string[];
  private graph?: KustomizeGraph;
  private lookupIndex?: WorkspaceIndex;
  private readonly problems: K8sProblem[] = [];
  private readonly reported = new Set<string>();
  private readonly readable = new Map<string, boolean>();

  constructor(private readonly ctx: SourceContext) {
    const all = ctx.workspaceFiles();
    this.paths = all.filter(p => /\.ya?ml$/i.test(p) || isKustomizationPath(p));
    this.charts = chartDirs(all);
  }

  private read = (p: string): string | undefined => this.ctx.read(p);
  /** This analysis's texts, for the nodes it hands out (ContainerInfo.read). */
  private readonly readNow = (p: string): string | undefined => this.ctx.read(p);

  /** A file's objects, parsed once per text (kept on the engine's parse of the file). */
  private parse = (path: string, input: K8sInput): K8sParsedFile => {
    const text = typeof input === 'string' ? input : input.text;
    const f = typeof input === 'string' ? this.ctx.parsedAt(path) : undefined;
    if (f?.kind === 'k8s' && f.text === text) {
      let hit = f.memo.get('objects') as K8sParsedFile | undefined;
      if (!hit) {
        // The previous text's objects, where the engine kept them: only the documents the edit changed are parsed.
        const prev = (f.memo.get('previous') as Map<string, unknown> | undefined)?.get('objects') as K8sParsedFile | undefined;
        hit = parseObjectsFrom(srcFileOf(path, input), prev);
        f.memo.set('objects', hit);
        f.memo.delete('previous');
      }
      return hit;
    }
    return parseObjects(srcFileOf(path, input), 'kubectl');
  };

  private kustomize(): KustomizeGraph {
    if (this.graph) return this.graph;
    const builds = new Map<string, BuildResult>();
    const failed = new Set<string>();
    const consumed = new Set<string>();
    const used = new Set<string>();
    const dirs = [...new Set(this.paths.filter(isKustomizationPath).map(dirName))].filter(d => !inChart(`${d}/x`, this.charts)).sort();
    // A base several overlays use is accumulated once per analysis (its reads replayed into each build's `asked`).
    const cache = new BuildCache();
    for (const d of dirs) {
      const make = () => {
        const asked = new Set<string>();
        const r = buildKustomizationRaw(d, p => { asked.add(p); return this.read(p); }, { paths: this.ctx.workspaceFiles(), cache });
        return { value: r, deps: asked };
      };
      const r = this.ctx.memo ? this.ctx.memo.get(`k8s:kustomize:${d}`, this.read, make) : make().value;
      builds.set(d, r);
      if (r.problems.some(p => p.ruleId === 'k8s-kustomize-error' && p.severity === 'error')) { failed.add(d); continue; }
      for (const f of r.files) consumed.add(f);
      for (const u of r.kustomizations) if (u !== d) used.add(u);
    }
    return (this.graph = { builds, failed, consumed, used });
  }

  private index(): WorkspaceIndex {
    if (this.lookupIndex) return this.lookupIndex;
    const consumed = this.kustomize().consumed;
    const cands = this.paths.filter(p => !consumed.has(p) && !inChart(p, this.charts) && REFERENCED_KINDS.test(this.read(p) ?? ''));
    return (this.lookupIndex = new WorkspaceIndex(cands, this.read, this.problems, this.reported, [], this.parse));
  }

  private isReadable = (p: string): boolean => {
    let r = this.readable.get(p);
    if (r === undefined) { r = this.read(p) !== undefined; this.readable.set(p, r); }
    return r;
  };

  nodesOf(path: string, text: string): SourceResult {
    if (inChart(path, this.charts)) return EMPTY;
    const graph = this.kustomize();
    if (isKustomizationPath(path)) {
      const dir = dirName(path);
      const r = graph.builds.get(dir);
      if (!r || graph.used.has(dir)) return EMPTY;
      if (graph.failed.has(dir)) return { nodes: [], problems: reportable(buildFailures(r), new Set(r.files), this.isReadable, this.read), absorbed: [] };
      return this.fromBuild(dir, r);
    }
    if (graph.consumed.has(path) || !mayHoldNacosServer(text)) return EMPTY;
    const pf = this.parse(path, text);
    const memo = this.ctx.k8sReuse;
    if (memo && pf.chunks) return this.reusing(path, pf, memo);
    memo?.forget(path);
    const found = new Set<string>();
    const lookup = tracking(this.index(), found);
    const start = this.problems.length;
    const containers: NacosContainer[] = [];
    for (const o of pf.objects) {
      if (o.kind === 'Secret') checkSecret(o, { lookup, namespace: undefined, path, problems: this.problems, reported: this.reported, mode: 'kubectl' });
      collectContainers(o, { lookup, problems: this.problems, reported: this.reported, source: 'manifest' }, containers, 'current');
    }
    const rel = this.rel(path);
    const { nodes, absorbed } = containerNodes(containers, {
      ctx: this.ctx, scope: path, scopeName: rel, source: 'manifest', inputs: [path, ...found], readable: this.isReadable,
      fileKindOf: p => fileKindOf(p),
    });
    const problems = [...pf.problems, ...this.problems.slice(start)];
    return { nodes, problems: reportable(problems, new Set([path, ...nodes.flatMap(n => n.inputs)]), this.isReadable, this.read), absorbed };
  }

  /** A parse's table of document parts, for any manifest (undefined when it was not split). */
  private tableOf = (p: string): ChunkTable | undefined => {
    const pf = this.index().parse(p);
    return pf && this.ctx.k8sReuse?.table(pf);
  };

  /**
   * `nodesOf` for a manifest split into document parts, with the engine's memo (sources/k8s/reuse.ts): a part whose
   * text and look-ups are unchanged gives the nodes and problems it gave before, moved to the current text. The same
   * nodes, problems and inputs as reading every part (test/unit/k8s-incremental.test.ts).
   */
  private reusing(path: string, pf: K8sParsedFile, memo: WorkloadMemo): SourceResult {
    const settings = this.ctx.settingsFor(path);
    const rel = this.rel(path);
    const kept = memo.entries(path, settings, rel);
    const index = this.index();
    const found = new Set<string>();
    const lookup = tracking(index, found);
    const start = this.problems.length;
    type Slot = { chunk: DocChunk; entry?: PartEntry; fresh?: { containers: NacosContainer[]; lookups: Lookup[]; problems: K8sProblem[] } };
    const slots: Slot[] = [];
    const collect = (chunk: DocChunk): Slot['fresh'] => {
      const lookups: Lookup[] = [];
      const problems: K8sProblem[] = [];
      // Its own de-duplication: the analysis-wide one is applied when its problems join the file's (`admit`).
      const reported = new Set<string>();
      const recording: ObjectLookup = {
        find(kind, name, namespace, fromPath) {
          const o = lookup.find(kind, name, namespace, fromPath);
          // An object of a file not split into parts (or rendered) has no part to compare: doc -1, never reused.
          lookups.push({ kind, name, namespace, fromPath, ...(o ? { found: { path: o.file.path, doc: o.doc !== undefined && !o.file.produced ? o.doc : -1 } } : {}) });
          return o;
        },
      };
      const containers: NacosContainer[] = [];
      for (const o of chunk.objects) {
        if (o.kind === 'Secret') checkSecret(o, { lookup: recording, namespace: undefined, path, problems, reported, mode: 'kubectl' });
        collectContainers(o, { lookup: recording, problems, reported, source: 'manifest' }, containers, 'current');
      }
      return { containers, lookups, problems };
    };
    // A kept part is reused when every look-up finds what it found (a document part with the same text).
    // The workloads of a cluster look up the same Secrets and ConfigMaps: each found once.
    const finds = new Map<string, KObject | undefined>();
    const find = (l: Lookup): KObject | undefined => {
      // (The key is kept with the look-up: an entry is checked again on every keystroke.)
      const key = (l.key ??= `${l.kind}\u0000${l.name}\u0000${l.namespace ?? '\u0001'}\u0000${l.fromPath}`);
      const hit = finds.get(key);
      if (hit !== undefined || finds.has(key)) return hit;
      const o = index.find(l.kind, l.name, l.namespace, l.fromPath);
      finds.set(key, o);
      return o;
    };
    const valid = (e: PartEntry): boolean => {
      for (const l of e.lookups) {
        const o = find(l);
        if (!o) { if (l.found) return false; continue; }
        if (!l.found || o.doc !== l.found.doc || o.file.path !== l.found.path || o.file.produced) return false;
      }
      for (const l of e.lookups) if (l.found) found.add(l.found.path);
      return true;
    };
    for (const chunk of pf.chunks!) {
      const e = kept.get(chunk.id);
      // Whether it can be moved is asked only now, of an entry offered again (not of every part of a cold check).
      if (e && valid(e) && (e.movable ??= memo.movable(e))) slots.push({ chunk, entry: e });
      else slots.push({ chunk, fresh: collect(chunk) });
    }
    // Containers of one workload in several parts are named apart (`several`): a kept part named otherwise is read again.
    const counts = new Map<string, number>();
    for (const s of slots) {
      if (s.fresh) workloadCounts(s.fresh.containers, counts);
      else for (const [k, n] of s.entry!.counts) counts.set(k, (counts.get(k) ?? 0) + n);
    }
    for (const s of slots) {
      if (s.entry && s.entry.nodes.some(n => n.several !== (counts.get(n.key) ?? 0) > 1)) {
        s.entry = undefined;
        s.fresh = collect(s.chunk);
      }
    }
    const readable = this.isReadable;
    const base = [...new Set([path, ...found])].filter(readable);
    const options: ConvertOptions = { ctx: this.ctx, scope: path, scopeName: rel, source: 'manifest', inputs: base, readable, fileKindOf: p => fileKindOf(p) };
    const nodes: NacosNode[] = [];
    const absorbed: string[] = [];
    const entries = new Map<number, PartEntry>();
    const admit = (ps: K8sProblem[]) => {
      for (const p of ps) {
        const key = `${p.ruleId}|${p.path}|${p.span.start}|${p.span.end}`;
        if (this.reported.has(key)) continue;
        this.reported.add(key);
        this.problems.push(p);
      }
    };
    for (const s of slots) {
      let e = s.entry;
      const now = (p: string) => (p === path ? memo.table(pf) : this.tableOf(p));
      if (e && !memo.present(e, now, base, this.readNow)) {
        e = undefined;
        s.fresh = collect(s.chunk);
      }
      if (e) {
        memo.stats.reused++;
        entries.set(s.chunk.id, e);
      } else {
        memo.stats.computed++;
        const f = s.fresh!;
        const deps: [string, number][] = [[path, s.chunk.id]];
        const tables = new Map<string, ChunkTable>([[path, memo.table(pf)!]]);
        let ok = true;
        for (const l of f.lookups) {
          if (!l.found) continue;
          if (l.found.doc < 0) { ok = false; continue; }
          deps.push([l.found.path, l.found.doc]);
          const t = l.found.path === path ? tables.get(path) : this.tableOf(l.found.path);
          if (t) tables.set(l.found.path, t); else ok = false;
        }
        const part: PartNode[] = [];
        for (const c of f.containers) {
          const key = workloadKey(c);
          const several = (counts.get(key) ?? 1) > 1;
          const n = containerToNode(c, options, several, base);
          // A node built at every release of an unknown tag closes over this analysis (sources/container.ts): not kept.
          if (n?.node.atVersion) ok = false;
          part.push({ key, several, own: n?.own ?? [], ...(n ? { base: n.node, node: n.node, ...(n.absorbed ? { absorbed: n.absorbed } : {}) } : {}) });
        }
        e = { id: nextEntryId(), doc: s.chunk.id, lookups: f.lookups, deps, tables0: tables, tables, base0: base, counts: workloadCounts(f.containers), nodes: part, problems0: f.problems, problems: f.problems };
        if (ok) entries.set(s.chunk.id, e);
      }
      admit(e.problems);
      for (const [i, n] of e.nodes.entries()) {
        if (!n.node) continue;
        nodes.push(n.node);
        memo.entryOf.set(n.node, e);
        memo.indexOf.set(n.node, i);
        if (n.absorbed) absorbed.push(n.absorbed);
      }
    }
    memo.store(path, settings, rel, entries);
    const problems = [...pf.problems, ...this.problems.slice(start)];
    return { nodes, problems: reportable(problems, new Set([path, ...nodes.flatMap(n => n.inputs)]), this.isReadable, this.read), absorbed };
  }

  private fromBuild(dir: string, r: BuildResult): SourceResult {
    const found = new Set<string>();
    const lookup = tracking(this.index().withFirst(r.objects), found);
    const start = this.problems.length;
    const containers: NacosContainer[] = [];
    for (const o of r.objects) {
      if (o.kind === 'Secret') checkSecret(o, { lookup, namespace: undefined, path: o.file.path, problems: this.problems, reported: this.reported, mode: 'kyaml' });
      collectContainers(o, { lookup, problems: this.problems, reported: this.reported, source: 'kustomize' }, containers, 'current');
    }
    const resolution = this.problems.slice(start);
    // A build that has nothing to do with Nacos is not this linter's business, broken or not.
    if (!containers.length && !r.files.some(f => /nacos/i.test(this.read(f) ?? ''))) return EMPTY;
    const { nodes, absorbed } = containerNodes(containers, {
      ctx: this.ctx, scope: dir, scopeName: `${this.rel(dir) || '.'} (kustomize)`, source: 'kustomize', root: dir,
      inputs: [...r.files, ...found], readable: this.isReadable, fileKindOf: p => fileKindOf(p),
    });
    const relevant = new Set([...r.files, ...nodes.flatMap(n => n.inputs)]);
    return { nodes, problems: reportable([...r.problems, ...resolution], relevant, this.isReadable, this.read), absorbed };
  }

  private rel(p: string): string {
    const root = this.ctx.rootFor(p);
    return root && p.startsWith(`${root}/`) ? p.slice(root.length + 1) : p;
  }
}

/** Kustomization fields that make objects this reader does not see: a failure may be that gap, not the user's. */
const PRODUCES_UNSEEN = ['helmCharts', 'helmChartInflationGenerator', 'generators', 'transformers', 'replacements', 'vars'];

/**
 * The failures of a build worth reporting: what fails names Nacos (a missing `nacos.yaml`, a patch of the Nacos
 * StatefulSet) and the build uses nothing this reader does not model. A build broken elsewhere (a missing
 * `consul.yaml`) is not this linter's business; its Nacos files are read as plain manifests instead.
 */
function buildFailures(r: BuildResult): K8sProblem[] {
  if (r.notModelled.some(f => PRODUCES_UNSEEN.includes(f)) || r.problems.some(p => /remote resource/.test(p.message))) return [];
  return r.problems.filter(p => p.ruleId === 'k8s-kustomize-error' && p.severity === 'error' && /nacos/i.test(p.message));
}

/** A lookup that records the files of the objects it found (inputs of the nodes). */
function tracking(index: ObjectLookup, found: Set<string>): ObjectLookup {
  return {
    find(kind, name, namespace, fromPath) {
      const o = index.find(kind, name, namespace, fromPath);
      if (o) found.add(objectPath(o));
      return o;
    },
  };
}

function objectPath(o: KObject): string {
  return o.file.produced ? o.file.produced.name : o.file.path;
}

/** How values written at `path` are written back (fixes/encode.ts). */
export function fileKindOf(path: string, helmValues?: ReadonlySet<string>): WrittenFileKind {
  if (helmValues?.has(path)) return 'helm-values';
  if (/\.ya?ml$/i.test(path) || isKustomizationPath(path)) return 'k8s';
  if (/\.properties$/i.test(path)) return 'properties';
  return 'kustomize-env';
}

// ---- problems ----

/** The reader's rule ids that are reading failures: reported as syntax-error (rules/syntax-error.ts explains). */
const AS_SYNTAX = new Set(['k8s-invalid-env', 'k8s-kustomize-error', 'syntax-error']);

/** The problems worth reporting: in files the nodes read (or the file itself), at places the user can edit. */
export function reportable(ps: K8sProblem[], relevant: Set<string>, readable: (p: string) => boolean, read: (p: string) => string | undefined): SourceProblem[] {
  const out: SourceProblem[] = [];
  const seen = new Set<string>();
  for (const p of ps) {
    if (!relevant.has(p.path) || !readable(p.path)) continue;
    const key = `${p.ruleId}|${p.path}|${p.span.start}|${p.span.end}|${p.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const syntax = !p.ruleId || AS_SYNTAX.has(p.ruleId);
    const sp: SourceProblem = { path: p.path, span: p.span, message: p.message };
    if (syntax) {
      if (p.severity !== 'error') { sp.ruleId = 'syntax-error'; sp.severity = p.severity; }
    } else {
      sp.ruleId = p.ruleId;
      if (p.messageId) { sp.messageId = p.messageId; sp.args = p.args; }
      if (p.related?.length) sp.related = p.related.filter(r => readable(r.path)).map(r => ({ path: r.path, span: r.span, messageId: 'referenced', args: { what: r.message } }));
      if (p.ruleId === 'k8s-env-value-not-string' && p.messageId !== 'envNotScalar') {
        const text = read(p.path);
        const raw = text?.slice(p.span.start, p.span.end);
        // Quote the scalar as written (a number or boolean in a file the user edits, not one rendered from elsewhere).
        if (raw && /\.ya?ml$/i.test(p.path) && !/[\r\n]/.test(raw) && !/^["']/.test(raw)) {
          sp.fix = { title: `Quote the value ("${raw.length > 20 ? `${raw.slice(0, 20)}…` : raw}")`, edits: [{ path: p.path, span: p.span, newText: JSON.stringify(raw) }] };
        }
      }
    }
    out.push(sp);
  }
  return out;
}

// ---- containers → nodes ----

export interface ConvertOptions {
  ctx: SourceContext;
  /** What the cluster grouping is scoped to: a manifest file, a kustomization folder, a chart rendered with values. */
  scope: string;
  scopeName: string;
  source: K8sNodeInfo['workload']['source'];
  root?: string;
  inputs: Iterable<string>;
  readable(path: string): boolean;
  fileKindOf(path: string): WrittenFileKind;
  /** Where node-level findings go when nothing of the container maps to an editable file. */
  fallbackAnchor?: { path: string; span: Span };
}

/** Nodes for Nacos containers (one per container: a workload's replicas are its members). */
export function containerNodes(containers: NacosContainer[], o: ConvertOptions): { nodes: NacosNode[]; absorbed: string[] } {
  const nodes: NacosNode[] = [];
  const absorbed: string[] = [];
  const perWorkload = workloadCounts(containers);
  for (const c of containers) {
    const n = containerToNode(c, o, (perWorkload.get(workloadKey(c)) ?? 1) > 1);
    if (!n) continue;
    nodes.push(n.node);
    if (n.absorbed) absorbed.push(n.absorbed);
  }
  return { nodes, absorbed };
}

function workloadKey(c: NacosContainer): string {
  return `${c.workload.kind}/${c.workload.namespace ?? ''}/${c.workload.name ?? ''}`;
}

function workloadCounts(containers: NacosContainer[], into = new Map<string, number>()): Map<string, number> {
  for (const c of containers) {
    const w = workloadKey(c);
    into.set(w, (into.get(w) ?? 0) + 1);
  }
  return into;
}

/** `StatefulSet/nacos` (with the container when the workload has several Nacos containers); `short` leaves out the
 *  kustomization the node was built for (the cluster name says it). */
function labelOf(c: NacosContainer, several: boolean, o: ConvertOptions): { label: string; short: string } {
  const base = `${c.workload.kind}/${c.workload.name ?? '(unnamed)'}`;
  const short = several && c.container.name ? `${base}[${c.container.name}]` : base;
  return { short, label: o.source === 'kustomize' && o.root !== undefined ? `${short} @${o.scopeName.replace(/ \(kustomize\)$/, '')}` : short };
}

function containerToNode(c: NacosContainer, o: ConvertOptions, several: boolean, base?: string[]): { node: NacosNode; absorbed?: string; own: string[] } | undefined {
  if (!c.image) return undefined;
  const { ctx, readable } = o;
  const read = (p: string) => ctx.read(p);
  const anchorAt = c.anchor && readable(c.anchor.path) ? c.anchor : o.fallbackAnchor;
  if (!anchorAt) return undefined;
  const { label, short } = labelOf(c, several, o);
  const baseInputs = new Set<string>(base ?? [...o.inputs].filter(readable));
  // What this container adds to the file's inputs, in order (a reused node's inputs are rebuilt from them).
  const own = new Set<string>();
  const inputs = {
    add(p: string) { own.add(p); baseInputs.add(p); },
  };
  const vars = new Map<string, EnvVar>();
  const env = new Map<string, EnvValue>();
  const k8sEnv = new Map<string, K8sEnvEntry>();
  const mapped = (p: { path: string; span: Span } | undefined) => (p && readable(p.path) ? p : undefined);
  for (const v of c.env) {
    vars.set(v.name, v);
    const place = v.place && !v.place.unmapped && readable(v.place.path) ? v.place : undefined;
    const entry = v.entry && readable(v.entry.path) ? v.entry : undefined;
    if (place) inputs.add(place.path);
    if (entry) inputs.add(entry.path);
    const chain: Provenance[] = v.chain.filter(l => readable(l.path)).map(l => ({ path: l.path, span: l.span, via: l.via }));
    for (const l of chain) inputs.add(l.path);
    env.set(v.name, envValueOf(v, place, entry, anchorAt));
    k8sEnv.set(v.name, { source: v.source, ...(v.object ? { object: v.object } : {}), ...(entry ? { entry } : {}), chain });
  }
  const imagePlace = c.image.place && !c.image.place.unmapped && readable(c.image.place.path) ? c.image.place : undefined;
  if (imagePlace) inputs.add(imagePlace.path);
  const image = { raw: c.image.ref, value: c.image.ref, span: imagePlace?.span ?? anchorAt.span, path: imagePlace?.path ?? anchorAt.path, refs: [] };
  const places = new K8sPlaces(vars, read, readable, o.fileKindOf);

  // A properties text mounted over conf/application.properties: its spans mapped into the file it is written in.
  let confMount: Parameters<typeof containerNode>[0]['confMount'];
  let confUnknown: { reason: string; via: string } | undefined;
  let mountedExact: Set<PropertyEntry> | undefined;
  let absorbed: string | undefined;
  const mount = [...c.mounts].reverse().find(m => m.mountPath === CONF_TARGET);
  if (mount) {
    const mountAt = mount.chain.find(l => readable(l.path)) ?? anchorAt;
    for (const l of mount.chain) if (readable(l.path)) inputs.add(l.path);
    const m = mount.text ? mapConf(mount.text, readable, read) : undefined;
    if (m) {
      confMount = { path: m.path, mount: { path: mountAt.path, span: mountAt.span }, props: m.props, text: mount.text!.text, ...(m.embedded ? { embedded: m.embedded } : {}) };
      mountedExact = m.exact;
      inputs.add(m.path);
      if (/\.properties$/i.test(m.path)) absorbed = m.path;
    } else {
      confUnknown = { reason: mount.unknown ?? `${mount.via}: its text is not known here`, via: mount.via };
    }
  }
  const opaqueEnv = c.opaqueEnvFrom.map(x => ({ reason: x.reason, ...(x.prefix ? { prefix: x.prefix } : {}) }));
  for (const x of c.opaqueEnvFrom) if (x.entry && readable(x.entry.path)) inputs.add(x.entry.path);
  const ns = c.workload.namespace ?? '';
  const serviceEnv = c.env.find(v => v.name === 'SERVICE_NAME')?.value;
  const node = containerNode({
    id: `${o.scope}#${c.workload.kind}/${ns}/${c.workload.name ?? ''}/${c.container.init ? 'init' : ''}${c.container.index}`,
    kind: 'k8s-container', path: anchorAt.path, service: label, anchor: anchorAt.span,
    image, env, inputs: baseInputs, places, read, parsedAt: p => ctx.parsedAt(p),
    ...(confMount ? { confMount } : {}), ...(confUnknown ? { confUnknown } : {}), ...(opaqueEnv.length ? { opaqueEnv } : {}),
    ...(c.replicas !== undefined ? { members: c.replicas } : {}),
    clusterKey: servers => {
      const scope = `${o.scope}\u0000${ns}`;
      if (servers) return { kind: 'k8s', key: `${scope}\u0000servers:${servers}`, name: `${o.scopeName} NACOS_SERVERS (${servers.split(' ').length} members)` };
      const svc = serviceEnv ?? c.serviceName;
      if (svc) return { kind: 'k8s', key: `${scope}\u0000service:${svc}`, name: `${o.scopeName} service ${svc}` };
      return { kind: 'k8s', key: `${scope}\u0000workload:${label}`, name: `${o.scopeName} ${short}` };
    },
  }, ctx.settingsFor(anchorAt.path));
  if (!node) return undefined;
  // A conf value written where the characters do not map one to one (a folded scalar, escapes) cannot be edited in place.
  if (mountedExact && confMount) {
    for (const s of node.settings.values()) {
      const wv = s.written;
      if (wv && wv.path === confMount.path && wv.fileKind === 'properties' && ![...mountedExact].some(e => e.valueSpan.start === wv.span.start && e.valueSpan.end === wv.span.end)) {
        s.written = { ...wv, literal: false, offsets: undefined };
      }
    }
  }
  node.k8s = {
    workload: { kind: c.workload.kind, name: c.workload.name, namespace: c.workload.namespace, path: c.workload.path, span: c.workload.span, source: c.workload.source === 'template' ? 'template' : o.source, ...(o.root !== undefined ? { root: o.root } : {}) },
    container: { name: c.container.name, init: c.container.init, index: c.container.index, ...(mapped(c.container.path ? { path: c.container.path, span: c.container.span ?? { start: 0, end: 0 } } : undefined) ? { path: c.container.path, span: c.container.span } : {}) },
    env: k8sEnv,
    ...(c.replicas !== undefined ? { replicas: c.replicas } : {}),
    ...(mount?.object ? { mountedFrom: mount.object } : {}),
    ...(c.serviceName ? { serviceName: c.serviceName } : {}),
    editable: o.source !== 'helm' && readable(c.workload.path),
  };
  for (const p of node.inputs) if (!baseInputs.has(p)) own.add(p);
  return { node, absorbed, own: [...own] };
}

function envValueOf(v: EnvVar, place: WrittenPlace | undefined, entry: EnvVar['entry'], anchor: { path: string; span: Span }): EnvValue {
  const path = place?.path ?? entry?.path ?? anchor.path;
  const span = place?.span ?? (entry && entry.path === path ? entry.nameSpan ?? entry.span : anchor.span);
  const keySpan = entry && entry.path === path && entry.nameSpan ? entry.nameSpan : place?.keySpan ?? span;
  const entrySpan = entry && entry.path === path ? entry.span : place?.entrySpan ?? span;
  return {
    name: v.name, value: v.value,
    ...(v.value === undefined ? { unknown: v.unknown ?? v.via } : {}),
    describe: v.via, path, span, keySpan, innerSpan: place?.innerSpan ?? span, entrySpan,
    via: 'kubernetes', refs: [], listForm: false, passThrough: false, overridden: [],
  };
}

/** Where Kubernetes values were written: an env `value:`, a Secret's or ConfigMap's key, a generator's literal. */
class K8sPlaces implements EnvPlaces {
  constructor(
    private readonly vars: Map<string, EnvVar>,
    private readonly read: (p: string) => string | undefined,
    private readonly readable: (p: string) => boolean,
    private readonly fileKindOf: (p: string) => WrittenFileKind,
  ) {}

  external(ev: EnvValue): ExternalValue & { chain: Provenance[] } {
    const v = this.vars.get(ev.name);
    const via = v?.via ?? ev.describe ?? ev.name;
    const provenance: Provenance = { path: ev.path, span: ev.span, via };
    if (!v) return { value: ev.value, provenance, chain: [] };
    const place = v.place && !v.place.unmapped && this.readable(v.place.path) ? v.place : undefined;
    const chain: Provenance[] = [];
    const seen = new Set<string>([`${provenance.path}|${provenance.span.start}`]);
    const add = (p: Provenance) => {
      const k = `${p.path}|${p.span.start}`;
      if (!seen.has(k) && this.readable(p.path)) { seen.add(k); chain.push(p); }
    };
    if (v.entry && (v.entry.path !== ev.path || !place)) add({ path: v.entry.path, span: v.entry.nameSpan ?? v.entry.span, via: `env ${v.name}` });
    for (const l of v.chain) add({ path: l.path, span: l.span, via: l.via });
    const written = place ? this.writtenOf(place, v) : undefined;
    return { value: v.value, provenance, ...(written ? { written } : {}), chain, ...(v.value === undefined ? { unknown: v.unknown ?? via } : {}) };
  }

  private writtenOf(p: WrittenPlace, v: EnvVar): WrittenValue {
    const text = this.read(p.path) ?? '';
    const fileKind = this.fileKindOf(p.path);
    const literal = p.literal && !v.expanded && v.value !== undefined;
    const w: WrittenValue = {
      path: p.path, fileKind, span: p.span, raw: detached(text.slice(p.span.start, p.span.end)), name: v.name, literal,
      quote: p.quote === 'double' ? '"' : p.quote === 'single' ? "'" : null,
    };
    if (p.base64) w.decode = 'base64';
    else if (v.source === 'value' && fileKind === 'k8s') w.decode = 'k8s-env';
    if (p.keySpan) w.keySpan = p.keySpan;
    if (literal && p.offsets && v.value !== undefined && p.offsets.length === v.value.length) {
      const last = p.offsets.length ? p.offsets[p.offsets.length - 1] + 1 : p.innerSpan.start;
      w.offsets = [...p.offsets, last];
    }
    // Removing a setting written as an env `value:` removes its whole env entry.
    if (v.source === 'value' && v.entry && v.entry.path === p.path) {
      const del = wholeLines(text, v.entry.span);
      if (del) w.deleteSpan = del;
    }
    return w;
  }
}

// ---- a properties text mounted from a ConfigMap (or a generator's file) ----

interface MappedConf {
  path: string;
  props: PropertiesFile;
  /** Entries whose value maps character by character into `path`. */
  exact: Set<PropertyEntry>;
  embedded?: MountedConf['embedded'];
}

/** Parses a produced properties text and maps its spans into the file it is written in; undefined when it is not in one. */
export function mapConf(text: ProducedText, readable: (p: string) => boolean, read: (p: string) => string | undefined): MappedConf | undefined {
  const originOf = (s: Span) => {
    try { return text.origin(s); } catch { return undefined; }
  };
  const point = (o: number): { path: string; at: number } | undefined => {
    const g = originOf({ start: o, end: o });
    return g?.kind === 'written' && g.exact ? { path: g.path, at: g.span.start } : undefined;
  };
  let start = point(0);
  // Written, but not character by character (Base64 in a Secret's data): every span is the whole value.
  let whole: Span | undefined;
  if (!start || !readable(start.path)) {
    const g = originOf({ start: 0, end: text.text.length });
    if (g?.kind !== 'written' || !readable(g.path)) return undefined;
    start = { path: g.path, at: g.span.start };
    whole = g.span;
  }
  const path = start.path;
  const pt = (o: number, fallback: number): number => {
    if (whole) return fallback;
    const p = point(o);
    return p && p.path === path ? p.at : fallback;
  };
  const span = (s: Span, fallback: number): Span => {
    if (whole) return whole;
    const a = pt(s.start, fallback);
    return { start: a, end: Math.max(a, pt(s.end, a)) };
  };
  const raw = parseProperties(text.text);
  const exact = new Set<PropertyEntry>();
  const fileText = read(path) ?? '';
  const entries: PropertyEntry[] = raw.entries.map(e => {
    const valueSpan = span(e.valueSpan, start.at);
    const g = whole ? undefined : originOf(e.valueSpan);
    const valueOffsets = e.valueOffsets.map(x => pt(x, valueSpan.start));
    const m: PropertyEntry = {
      key: e.key, value: e.value, keySpan: span(e.keySpan, start.at), valueSpan, lineSpan: span(e.lineSpan, start.at),
      deleteSpan: span(e.deleteSpan, start.at), keyOffsets: e.keyOffsets.map(x => pt(x, start.at)), valueOffsets,
      document: e.document, line: e.line,
    };
    const empty = e.valueSpan.start === e.valueSpan.end;
    if ((empty && !whole) || (g?.kind === 'written' && g.exact && g.path === path && fileText.slice(valueSpan.start, valueSpan.end) === text.text.slice(e.valueSpan.start, e.valueSpan.end))) exact.add(m);
    return m;
  });
  const props: PropertiesFile = { entries, comments: raw.comments.map(c => ({ ...c, span: span(c.span, start.at) })), documentCount: raw.documentCount, problems: raw.problems.map(p => ({ ...p, span: span(p.span, start.at) })) };
  if (/\.properties$/i.test(path) || whole) return { path, props, exact };
  // Inside a YAML block scalar: new lines take the content's indentation and go after its last line.
  const lineStart = fileText.lastIndexOf('\n', start.at - 1) + 1;
  const indent = /^[ \t]*/.exec(fileText.slice(lineStart, start.at))![0];
  let end = pt(text.text.length, -1);
  if (end < 0) {
    const lastChar = point(Math.max(0, text.text.replace(/\n+$/, '').length - 1));
    end = lastChar && lastChar.path === path ? lastChar.at + 1 : start.at;
  }
  const nl = fileText.indexOf('\n', Math.max(end - 1, start.at));
  const eol = /\r\n/.test(fileText) ? '\r\n' : '\n';
  return { path, props, exact, embedded: { indent, end: nl < 0 ? fileText.length : nl + 1, eol } };
}
