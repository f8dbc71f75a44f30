// Helm charts rendered as `helm template` renders them, in TypeScript, with provenance.
//
// API (pure, synchronous, no file system):
//   detectCharts(paths)                      → chart roots among workspace-relative paths (Chart.yaml + templates/)
//   loadChart(files, root)                   → Chart: `files` maps chart-relative paths ('Chart.yaml', 'values.yaml',
//                                              'templates/x.yaml', …) to text; `root` prefixes them in origins
//   renderChart(chart, { valueFiles, set, setString, release, kubeVersion, apiVersions, limits })
//     → { templates: { path, name, output: ProducedText, failed }[], values, valuesRead, valuesReadWhole,
//         unsupported: { construct, path, span }[], problems: { path, span, message, kind }[] }
//   isValueRead(result, 'a.b.c')             → whether any template reads that `.Values` key
//
// Values layering is Helm's: values.yaml < each `-f` file (in order) < `--set` (strvals syntax) < `--set-string`;
// maps merge deeply, lists replace, `null` deletes a key. `.Release` / `.Chart` / `.Capabilities` / `.Template` /
// `.Files` are what `helm template` (helm v4.3) gives. Each rendered template is a ProducedText: `origin(span)` says
// where characters came from — a template literal (exact), a values scalar (exact when printed as written; `chain`
// holds the template action and include calls), a string literal in a template (a default), or `unknown` (random,
// time, `lookup`, a missing `.Files.Get`, …). Errors never throw: template syntax errors, `required`/`fail`,
// execution errors and limits (steps, output size, Helm's include recursion limit) are problems.
// Subcharts unpacked under charts/<name>/ are rendered as helm does (dependencies with aliases, conditions and tags,
// values scoped under the subchart's name, globals passed down, library charts' defines). Not supported: packaged
// subcharts (charts/*.tgz: a problem, the chart is not rendered), `import-values` (reported unsupported),
// values.schema.json checks, and the YAML check helm makes on rendered output (the Kubernetes reader parses it).
import type { Span } from '../../types';
import type { Origin, ProducedText } from '../textOrigin';
import { DEFAULT_LIMITS, ExecError, Executor, FuncError, type GoFunc, type Limits, tv } from '../../syntax/gotemplate/exec';
import { FUNCS, semverCompare, setOriginHook, setTpl, setYamlReader } from '../../syntax/gotemplate/funcs';
import { toYaml } from '../../syntax/gotemplate/goyaml';
import { parseTemplate } from '../../syntax/gotemplate/parse';
import { derive, removeAll, type Seg, type SStr, type Src, wholeSrc } from '../../syntax/gotemplate/sstr';
import { type GoMap, type GoObject, type GoValue, int, quoteGo } from '../../syntax/gotemplate/value';
import { applySets, assignPaths, coalesceValues, mergeMaps, Provenance, readValuesFile, valuesEdit, type HelmCache, type ValuesProblem } from './values';
import {
  changedValues, moveRecord, newRecorded, reaches, readsAny, renderInputs, reusableFrom, sameList, useValue, wholeValue,
  type Recorded, type RenderState as ReuseState, type TemplateRecord as Record_,
} from './reuse';

/** What a render keeps for the next one (`renderChart`'s `previous`). */
export type RenderState = ReuseState<RenderedTemplate, HelmProblem>;
type TemplateRecord = Record_<RenderedTemplate, HelmProblem>;

export interface Chart {
  root: string;
  name: string;
  /** Chart.yaml as `.Chart` sees it (Go field names). */
  metadata: GoMap;
  /** The chart's own files (chart-relative), without its charts/ folder. */
  files: Map<string, string>;
  /** Unpacked subcharts found under charts/<name>/. */
  subcharts: Chart[];
  /** Packaged subcharts (charts/*.tgz): not read (the API is synchronous and text-only). */
  packaged: string[];
  /** `dependencies` of Chart.yaml (or requirements.yaml). */
  requirements: { name: string; alias: string; condition: string; tags: string[] }[];
  library: boolean;
  problems: ValuesProblem[];
  /** Where parsed values files and templates are kept between renders (none: parse every time). */
  cache?: HelmCache;
}

export interface RenderOptions {
  /** `-f` files in order (their path names them in origins). */
  valueFiles?: { path: string; text: string }[];
  /** `--set` arguments in order; origins name them `--set[i]` (span inside the argument). */
  set?: string[];
  /** `--set-string` arguments; origins name them `--set-string[i]`. */
  setString?: string[];
  release?: { name?: string; namespace?: string; revision?: number; isUpgrade?: boolean };
  /** `--kube-version` (default v1.37.0, helm v4.3's) and extra `--api-versions`. */
  kubeVersion?: string;
  apiVersions?: string[];
  limits?: Partial<Limits>;
}

export interface RenderedTemplate {
  /** The template file (root-prefixed). */
  path: string;
  /** Helm's name for it (`<chart>/templates/x.yaml`), as in `# Source:`. */
  name: string;
  output: ProducedText;
  /** Rendering stopped with an error (the output is what was produced before it). */
  failed: boolean;
  /** Why parts of the output are unknown (`lookup: …`, `randAlphaNum: …`): what the constructs not evaluated produced. */
  unknown: string[];
}

export interface HelmProblem { path: string; span: Span; message: string; kind: 'syntax' | 'values' | 'error' | 'fail' | 'required' | 'limit' | 'dependency' }

export interface RenderResult {
  templates: RenderedTemplate[];
  /** The coalesced `.Values`. */
  values: GoMap;
  /** `.Values` keys read by field access (dotted, `a.b`). */
  valuesRead: Set<string>;
  /** `.Values` subtrees used whole (`toYaml .Values.x`, passed to functions): every key under them is read. */
  valuesReadWhole: Set<string>;
  unsupported: { construct: string; path: string; span: Span }[];
  problems: HelmProblem[];
  /** What the next render after a values edit may reuse (`renderChart`'s `previous`). */
  state?: RenderState;
}

const join = (root: string, rel: string) => (root ? `${root.replace(/\/+$/, '')}/${rel}` : rel);

/** Chart roots among relative paths: a folder with Chart.yaml and at least one file under templates/. */
export function detectCharts(paths: Iterable<string>): string[] {
  const all = new Set(paths);
  const roots: string[] = [];
  for (const p of all) {
    if (!/(^|\/)Chart\.yaml$/.test(p)) continue;
    const root = p.slice(0, -'Chart.yaml'.length).replace(/\/$/, '');
    const prefix = root ? root + '/templates/' : 'templates/';
    // a chart vendored under another chart's charts/ is a subchart, not a chart of its own
    if (/(^|\/)charts\//.test(root)) continue;
    for (const q of all) if (q.startsWith(prefix)) { roots.push(root); break; }
  }
  return roots.sort();
}

export function loadChart(files: Map<string, string>, root: string, depth = 0, cache?: HelmCache): Chart {
  const problems: ValuesProblem[] = [];
  const metaText = files.get('Chart.yaml') ?? '';
  const prov = new Provenance();
  const raw = readValuesFile(join(root, 'Chart.yaml'), metaText, prov, problems, cache);
  if (files.has('requirements.yaml')) {
    const req = readValuesFile(join(root, 'requirements.yaml'), files.get('requirements.yaml')!, prov, problems, cache);
    if (req.has('dependencies')) raw.set('dependencies', req.get('dependencies')!);
  }
  const metadata = chartMetadata(raw);
  const name = (metadata.get('Name') as string) || root.split('/').pop() || 'chart';
  const own = new Map<string, string>();
  const sub = new Map<string, Map<string, string>>();
  const packaged: string[] = [];
  for (const [rel, text] of files) {
    const m = /^charts\/([^/]+)\/(.+)$/.exec(rel);
    if (m) { if (!sub.has(m[1])) sub.set(m[1], new Map()); sub.get(m[1])!.set(m[2], text); continue; }
    if (/^charts\/[^/]+\.tgz$/.test(rel)) { packaged.push(rel); continue; }
    own.set(rel, text);
  }
  const subcharts = depth < 20 ? [...sub].filter(([, f]) => f.has('Chart.yaml')).map(([d, f]) => loadChart(f, join(root, `charts/${d}`), depth + 1, cache)) : [];
  const requirements = ((metadata.get('Dependencies') as GoMap[] | undefined) ?? []).map(d => ({
    name: d.get('Name') as string, alias: d.get('Alias') as string, condition: d.get('Condition') as string, tags: (d.get('Tags') as string[]) ?? [],
  }));
  return { root, name, metadata, files: own, subcharts, packaged, requirements, library: (metadata.get('Type') as string).toLowerCase() === 'library', problems, ...(cache ? { cache } : {}) };
}

/** A chart as rendered: its name (an alias renames it), the subcharts kept after conditions and tags. */
interface Resolved { chart: Chart; name: string; deps: Resolved[]; isRoot: boolean; fullPath: string }

/** Helm's processDependencyEnabled: subcharts by requirement (aliases), then conditions / tags against values. */
function resolveDeps(chart: Chart, name: string, isRoot: boolean, fullPath: string, userVals: GoMap, path: string, prov: Provenance, problems: HelmProblem[], depth = 0): Resolved {
  const deps: { r: Resolved; req?: Chart['requirements'][number] }[] = [];
  const required = new Set(chart.requirements.map(r => r.name));
  for (const sc of chart.subcharts) if (!required.has(sc.name)) deps.push({ r: { chart: sc, name: sc.name, deps: [], isRoot: false, fullPath: `${fullPath}/charts/${sc.name}` } });
  for (const req of chart.requirements) {
    const sc = chart.subcharts.find(c => c.name === req.name);
    const n = req.alias || req.name;
    if (sc) { deps.push({ r: { chart: sc, name: n, deps: [], isRoot: false, fullPath: `${fullPath}/charts/${n}` }, req }); continue; }
    const packagedHit = chart.packaged.find(p => p.startsWith(`charts/${req.name}-`));
    problems.push({
      path: join(chart.root, 'Chart.yaml'), span: { start: 0, end: 0 }, kind: 'dependency',
      message: packagedHit
        ? `subchart ${req.name} is packaged (${packagedHit}): packaged subcharts are not read, so the chart is not rendered`
        : `found in Chart.yaml, but missing in charts/ directory: ${req.name} (helm template fails until \`helm dependency build\`)`,
    });
  }
  const self: Resolved = { chart, name, deps: deps.map(d => d.r), isRoot, fullPath };
  if (!chart.requirements.length || depth > 20) { for (const d of self.deps) d.deps = resolveDeps(d.chart, d.name, false, d.fullPath, new Map(), '', prov, problems, depth + 1).deps; return self; }
  const cvals = coalesceTree(self, userVals, prov, problems);
  const tags = cvals.get('tags');
  const enabled = deps.map(({ req }) => {
    if (!req) return true;
    let on = true;
    if (tags instanceof Map) {
      let t = false, f = false;
      for (const k of req.tags) { const b = tags.get(k); if (b === true) t = true; else if (b === false) f = true; }
      if (!t && f) on = false;
    }
    for (const c of (req.condition ?? '').trim().split(',')) {
      if (!c) continue;
      const v = pathValue(cvals, path + c);
      if (typeof v === 'boolean') { on = v; break; }
    }
    return on;
  });
  self.deps = deps.filter((_, i) => enabled[i]).map(d => d.r);
  for (const d of self.deps) d.deps = resolveDeps(d.chart, d.name, false, d.fullPath, cvals, `${path}${d.name}.`, prov, problems, depth + 1).deps;
  return self;
}

/** common.Values.PathValue: `a.b.c` to a non-map value (undefined when missing). */
function pathValue(v: GoMap, path: string): GoValue {
  const parts = path.split('.');
  let cur: GoValue = v;
  for (let i = 0; i < parts.length; i++) {
    if (!(cur instanceof Map) || !cur.has(parts[i])) return undefined;
    cur = cur.get(parts[i]);
    if (i < parts.length - 1 && !(cur instanceof Map)) return undefined;
  }
  return cur instanceof Map ? undefined : cur;
}

// (not copied: coalesceValues copies the chart's values before changing anything)
const valuesOf = (c: Chart, prov: Provenance, problems: ValuesProblem[]): GoMap =>
  (c.files.has('values.yaml') ? readValuesFile(join(c.root, 'values.yaml'), c.files.get('values.yaml')!, prov, problems, c.cache, { copy: false }) : new Map());

/** Helm's CoalesceValues over a chart and its (enabled) subcharts: each subchart's values under its name, globals passed down. */
function coalesceTree(r: Resolved, user: GoMap, prov: Provenance, problems: HelmProblem[]): GoMap {
  const vp: ValuesProblem[] = [];
  const dest = coalesceValues(valuesOf(r.chart, prov, vp), user, prov);
  for (const p of vp) if (!problems.some(q => q.path === p.path && q.message === p.message)) problems.push({ ...p, kind: 'values' });
  coalesceDeps(r, dest, prov, problems);
  return dest;
}
function coalesceDeps(r: Resolved, dest: GoMap, prov: Provenance, problems: HelmProblem[]) {
  for (const d of r.deps) {
    let dv = dest.get(d.name);
    if (!dest.has(d.name) || dv === null) { dv = new Map(); dest.set(d.name, dv); }
    else if (!(dv instanceof Map)) { problems.push({ path: join(r.chart.root, 'values.yaml'), span: { start: 0, end: 0 }, kind: 'values', message: `type mismatch on ${d.name}: not a table` }); continue; }
    coalesceGlobals(dv, dest, prov);
    const vp: ValuesProblem[] = [];
    const merged = coalesceValues(valuesOf(d.chart, prov, vp), dv, prov);
    coalesceDeps(d, merged, prov, problems);
    dest.set(d.name, merged);
  }
}
function coalesceGlobals(dest: GoMap, src: GoMap, prov: Provenance) {
  const dgv = dest.get('global'), sgv = src.get('global');
  const dg: GoMap = dgv instanceof Map ? dgv : new Map();
  if (dgv !== undefined && !(dgv instanceof Map)) return;
  if (sgv !== undefined && !(sgv instanceof Map)) return;
  const sg: GoMap = sgv instanceof Map ? sgv : new Map();
  for (const [k, v] of sg) {
    if (v instanceof Map) {
      const vv: GoMap = new Map(v);
      for (const kk of v.keys()) prov.copy(v, vv, kk);
      const dv = dg.get(k);
      if (!dg.has(k)) dg.set(k, vv);
      else if (dv instanceof Map) { fillMissing(vv, dv, prov); dg.set(k, vv); }
    } else if (!(dg.get(k) instanceof Map)) { dg.set(k, v); prov.copy(sg, dg, k); }
  }
  dest.set('global', dg);
}
/** coalesceTablesFullKey with merge: keys of src that dst lacks are copied (deeply). */
function fillMissing(dst: GoMap, src: GoMap, prov: Provenance) {
  for (const [k, v] of src) {
    const d = dst.get(k);
    if (!dst.has(k)) { dst.set(k, v); prov.copy(src, dst, k); }
    else if (v instanceof Map && d instanceof Map) fillMissing(d, v, prov);
  }
}

/** Chart.yaml → the map `.Chart` is (helm's structToMap of chart.Metadata: every field, Go names). */
function chartMetadata(y: GoMap): GoMap {
  const s = (v: GoValue): string => {
    if (v === null || v === undefined) return '';
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return Number.isInteger(v) && Math.abs(v) < 2 ** 53 ? String(v) : shortFloat32(v);
    return String(v);
  };
  const list = (v: GoValue): GoValue[] => (Array.isArray(v) ? v.map(x => (typeof x === 'string' ? x : s(x))) : []);
  const m: GoMap = new Map();
  m.set('Name', s(y.get('name')));
  m.set('Home', s(y.get('home')));
  m.set('Sources', list(y.get('sources')));
  m.set('Version', s(y.get('version')));
  m.set('Description', s(y.get('description')));
  m.set('Keywords', list(y.get('keywords')));
  const maint = y.get('maintainers');
  m.set('Maintainers', Array.isArray(maint) ? maint.map(x => {
    const mm = x instanceof Map ? x : new Map();
    return new Map<string, GoValue>([['Name', s(mm.get('name'))], ['Email', s(mm.get('email'))], ['URL', s(mm.get('url'))]]);
  }) : []);
  m.set('Icon', s(y.get('icon')));
  m.set('APIVersion', s(y.get('apiVersion')));
  m.set('Condition', s(y.get('condition')));
  m.set('Tags', s(y.get('tags')));
  m.set('AppVersion', s(y.get('appVersion')));
  m.set('Deprecated', y.get('deprecated') === true);
  const ann = y.get('annotations');
  m.set('Annotations', ann instanceof Map ? new Map([...ann].map(([k, v]) => [k, s(v)])) : new Map());
  m.set('KubeVersion', s(y.get('kubeVersion')));
  const deps = y.get('dependencies');
  m.set('Dependencies', Array.isArray(deps) ? deps.map(d => {
    const dd = d instanceof Map ? d : new Map();
    return new Map<string, GoValue>([['Name', s(dd.get('name'))], ['Version', s(dd.get('version'))], ['Repository', s(dd.get('repository'))],
      ['Condition', s(dd.get('condition'))], ['Tags', list(dd.get('tags'))], ['Enabled', dd.get('enabled') === true], ['ImportValues', list(dd.get('import-values'))], ['Alias', s(dd.get('alias'))]]);
  }) : []);
  m.set('Type', s(y.get('type')));
  m.set('IsRoot', true);
  return m;
}
function shortFloat32(f: number): string {
  const x = Math.fround(f);
  for (let p = 1; p <= 9; p++) { const t = x.toPrecision(p); if (Math.fround(Number(t)) === x) return String(Number(t)); }
  return String(x);
}

// ---- objects helm gives templates ----
const API_VERSIONS = ['v1', 'admissionregistration.k8s.io/v1', 'admissionregistration.k8s.io/v1alpha1', 'admissionregistration.k8s.io/v1beta1', 'internal.apiserver.k8s.io/v1alpha1', 'apps/v1', 'apps/v1beta1', 'apps/v1beta2', 'authentication.k8s.io/v1', 'authentication.k8s.io/v1alpha1', 'authentication.k8s.io/v1beta1', 'authorization.k8s.io/v1', 'authorization.k8s.io/v1beta1', 'autoscaling/v1', 'autoscaling/v2', 'batch/v1', 'batch/v1beta1', 'certificates.k8s.io/v1', 'certificates.k8s.io/v1beta1', 'certificates.k8s.io/v1alpha1', 'coordination.k8s.io/v1alpha2', 'coordination.k8s.io/v1beta1', 'coordination.k8s.io/v1', 'discovery.k8s.io/v1', 'discovery.k8s.io/v1beta1', 'events.k8s.io/v1', 'events.k8s.io/v1beta1', 'extensions/v1beta1', 'flowcontrol.apiserver.k8s.io/v1', 'flowcontrol.apiserver.k8s.io/v1beta1', 'flowcontrol.apiserver.k8s.io/v1beta2', 'flowcontrol.apiserver.k8s.io/v1beta3', 'lifecycle.k8s.io/v1alpha1', 'networking.k8s.io/v1', 'networking.k8s.io/v1beta1', 'node.k8s.io/v1', 'node.k8s.io/v1alpha1', 'node.k8s.io/v1beta1', 'policy/v1', 'policy/v1beta1', 'rbac.authorization.k8s.io/v1', 'rbac.authorization.k8s.io/v1beta1', 'rbac.authorization.k8s.io/v1alpha1', 'resource.k8s.io/v1', 'resource.k8s.io/v1beta2', 'resource.k8s.io/v1beta1', 'resource.k8s.io/v1alpha3', 'scheduling.k8s.io/v1alpha3', 'scheduling.k8s.io/v1beta1', 'scheduling.k8s.io/v1', 'storage.k8s.io/v1beta1', 'storage.k8s.io/v1', 'storage.k8s.io/v1alpha1', 'storagemigration.k8s.io/v1', 'storagemigration.k8s.io/v1beta1', 'apiextensions.k8s.io/v1beta1', 'apiextensions.k8s.io/v1'];

function struct(goType: string, fields: Record<string, GoValue>, methods: Record<string, (a: GoValue[]) => GoValue> = {}, format?: () => string): GoObject {
  return {
    goType,
    field: n => (n in fields ? { value: fields[n] } : undefined),
    method: n => methods[n],
    format: format ?? (() => '{' + Object.values(fields).map(v => (v instanceof Map || Array.isArray(v) ? '' : String(v))).join(' ') + '}'),
  };
}

function capabilities(kubeVersion = 'v1.37.0', extraApis: string[] = []): GoObject {
  const m = /^v?(\d+)\.(\d+)(?:\.(\d+))?/.exec(kubeVersion) ?? ['', '1', '37', '0'];
  const git = kubeVersion.startsWith('v') ? kubeVersion : `v${kubeVersion}`;
  const norm = `v${Number(m[1])}.${Number(m[2])}.${Number(m[3] ?? 0)}`;
  const kv = struct('common.KubeVersion', { Version: git, Major: String(Number(m[1])), Minor: String(Number(m[2])) }, { GitVersion: () => git, String: () => norm }, () => norm);
  const all = [...API_VERSIONS, ...extraApis];
  const apis = struct('common.VersionSet', {}, { Has: a => all.includes(a[0] as string) }, () => '[' + all.join(' ') + ']');
  const hv = struct('version.BuildInfo', { Version: 'v4.3', GitCommit: '', GitTreeState: '', GoVersion: 'go1.26.8', KubeClientVersion: 'v1.37' });
  return struct('*common.Capabilities', { KubeVersion: kv, APIVersions: apis, HelmVersion: hv });
}

function globToRegExp(g: string): RegExp {
  let re = '';
  for (let i = 0; i < g.length; i++) {
    const c = g[i];
    if (c === '*') { if (g[i + 1] === '*') { re += '.*'; i++; } else re += '[^/]*'; }
    else if (c === '?') re += '[^/]';
    else if (c === '{') { const j = g.indexOf('}', i); if (j < 0) { re += '\\{'; continue; } re += '(?:' + g.slice(i + 1, j).split(',').map(x => x.replace(/[.+^$()|\\[\]]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')'; i = j; }
    else if (c === '[') { const j = g.indexOf(']', i); if (j < 0) { re += '\\['; continue; } re += '[' + g.slice(i + 1, j).replace(/^!/, '^') + ']'; i = j; }
    else re += c.replace(/[.+^$()|\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

// Parsed templates by path and text: the syntax tree is never changed by rendering, so it is shared (kept by the
// chart's cache: the engine's `derived` in the language server).
function parseCached(path: string, text: string, cache: HelmCache | undefined) {
  const make = () => parseTemplate(path, text, { isFunction: n => FUNCS.has(n) });
  return cache ? cache.derived(path, text, 'helm:template', make) : make();
}

// ---- rendering ----
/**
 * Renders a chart. With `previous` (the state of a render of the same chart whose inputs differ only in the values
 * files' texts), templates that read none of the values the edit changed are not run again: their output is reused,
 * origins in the edited files moved (`reuse.ts`). The result equals a render from nothing.
 */
export function renderChart(chart: Chart, opts: RenderOptions = {}, previous?: RenderState): RenderResult {
  const limits: Limits = { ...DEFAULT_LIMITS, ...opts.limits };
  const prov = new Provenance();
  const inputs = renderInputs(chart, opts);
  const prior = previous && reusableFrom(previous, inputs);
  const problems: HelmProblem[] = chart.problems.map(p => ({ ...p, kind: 'values' as const }));
  const valuesProblems: ValuesProblem[] = [];
  let user: GoMap = new Map();
  for (const f of opts.valueFiles ?? []) user = mergeMaps(user, readValuesFile(f.path, f.text, prov, valuesProblems, chart.cache), prov);
  applySets(opts.set ?? [], user, prov, valuesProblems);
  applySets(opts.setString ?? [], user, prov, valuesProblems, true);
  for (const p of valuesProblems) problems.push({ ...p, kind: 'values' });
  const tree = resolveDeps(chart, chart.name, true, chart.name, user, '', prov, problems);
  const values = coalesceTree(tree, user, prov, problems);
  // a container reachable twice (globals handed to subcharts) has one path: reads through it are not tracked per place
  const shared = assignPaths(values, '', prov);
  const kubeConstraint = chart.metadata.get('KubeVersion') as string;
  if (kubeConstraint) {
    const kv = (opts.kubeVersion ?? 'v1.37.0').replace(/^v?/, 'v');
    let ok = true;
    try { ok = semverCompare(kubeConstraint, kv.replace(/^v(\d+\.\d+\.\d+).*$/, 'v$1')); } catch { ok = true; }
    if (!ok) problems.push({ path: join(chart.root, 'Chart.yaml'), span: { start: 0, end: 0 }, kind: 'dependency', message: `chart requires kubeVersion: ${kubeConstraint} which is incompatible with Kubernetes ${kv}` });
  }
  if (problems.some(p => p.kind === 'dependency')) {
    return { templates: [], values, valuesRead: new Set(), valuesReadWhole: new Set(), unsupported: [], problems };
  }

  // What the template being run reads (the Helm machinery's own calls, before any template, go to `before`).
  const before: Recorded = newRecorded();
  let cur: Recorded = before;
  const addUnsupported = (construct: string, path: string, span: Span) => { cur.unsupported.push({ construct, path, span }); };
  const originOf = (c: GoValue, k: string | number) => prov.get(c, k);
  // Objects every template sees (the values, each chart's dot, .Chart, .Release, .Subcharts): a template that changes
  // one in place changes what later templates read, so nothing after it is reused.
  const common = new WeakSet<object>();
  const ex = new Executor(FUNCS as Map<string, GoFunc>, {
    originOf,
    onField: (container, key) => {
      if (typeof container !== 'object' || container === null) return;
      const p = prov.paths.get(container);
      if (p !== undefined) { const k = p ? `${p}.${key}` : key; cur.valuesRead.add(k); cur.reads.add(k); }
      if (container instanceof Map) useValue(cur, prov, container.get(key));
    },
    onWhole: v => {
      if (typeof v !== 'object' || v === null) return;
      const p = prov.paths.get(v);
      if (p !== undefined) cur.valuesReadWhole.add(p);
      wholeValue(cur, prov, v);
    },
    onUse: v => useValue(cur, prov, v),
    onMutate: (v, name) => {
      // `set` / `unset` change the map given; `merge` also the maps inside it
      const hit = (x: object) => common.has(x) || prov.paths.has(x);
      if (name === 'set' || name === 'unset' ? typeof v === 'object' && v !== null && hit(v) : reaches(v, hit)) cur.tainted = true;
    },
    unsupported: addUnsupported,
  }, limits);
  setOriginHook(originOf);
  setYamlReader(text => readValuesFile('<fromYaml>', text, new Provenance(), []));

  const release: GoMap = new Map<string, GoValue>([
    ['Name', opts.release?.name ?? 'release-name'], ['Namespace', opts.release?.namespace ?? 'default'],
    ['IsUpgrade', opts.release?.isUpgrade ?? false], ['IsInstall', !(opts.release?.isUpgrade ?? false)],
    ['Revision', int(opts.release?.revision ?? 1)], ['Service', 'Helm'],
  ]);
  const caps = capabilities(opts.kubeVersion, opts.apiVersions);
  // every chart of the tree: its dot (scoped .Values, its .Chart and .Files) and its templates under helm's names
  interface Entry { name: string; path: string; text: string; dot: GoMap; chartName: string }
  const entries = new Map<string, Entry>();
  const walk = (r: Resolved, vals: GoMap, depth: number): GoMap => {
    const meta: GoMap = new Map(r.chart.metadata);
    meta.set('Name', r.name);
    meta.set('IsRoot', r.isRoot);
    common.add(meta);
    const dot: GoMap = new Map<string, GoValue>([
      ['Chart', meta], ['Files', makeFiles(r.chart, [...r.chart.files.keys()].filter(p => !p.startsWith('templates/') && !['Chart.yaml', 'Chart.lock', 'values.yaml', 'values.schema.json', 'requirements.yaml', 'requirements.lock'].includes(p)), addUnsupported, ex)],
      ['Release', release], ['Capabilities', caps], ['Values', vals],
    ]);
    const subs: GoMap = new Map();
    dot.set('Subcharts', subs);
    common.add(dot);
    common.add(subs);
    if (depth < 20) for (const d of r.deps) { const sv = vals.get(d.name); subs.set(d.name, walk(d, sv instanceof Map ? sv : new Map(), depth + 1)); }
    for (const [rel, text] of r.chart.files) {
      if (!rel.startsWith('templates/')) continue;
      if (r.chart.library && !rel.split('/').pop()!.startsWith('_')) continue;
      const name = `${r.fullPath}/${rel}`;
      entries.set(name, { name, path: join(r.chart.root, rel), text, dot, chartName: r.fullPath });
    }
    return dot;
  };
  common.add(release);
  walk(tree, values, 0);
  for (const p of tree.chart.packaged) addUnsupported(`packaged subchart ${p} (not read)`, join(chart.root, p), { start: 0, end: 0 });
  const noteImports = (r: Resolved) => {
    for (const d of (r.chart.metadata.get('Dependencies') as GoMap[] | undefined) ?? []) {
      if ((d.get('ImportValues') as GoValue[]).length) addUnsupported(`import-values of ${d.get('Name') as string} (not applied)`, join(r.chart.root, 'Chart.yaml'), { start: 0, end: 0 });
    }
    r.deps.forEach(noteImports);
  };
  noteImports(tree);

  // Helm's parse order: deeper paths first, then reverse lexicographic (the last define of a name wins)
  const order = [...entries.keys()].sort((a, b) => {
    const ca = a.split('/').length, cb = b.split('/').length;
    if (ca !== cb) return cb - ca;
    return a < b ? 1 : a > b ? -1 : 0;
  });
  const parsedOk = new Map<string, ReturnType<typeof parseTemplate>>();
  for (const name of order) {
    const e = entries.get(name)!;
    const parsed = parseCached(e.path, e.text, chart.cache);
    for (const p of parsed.problems) problems.push({ path: e.path, span: p.span, message: `parse error: ${p.message}`, kind: 'syntax' });
    if (parsed.problems.length) continue;
    parsedOk.set(name, parsed);
    ex.addTemplate(parsed, undefined, name);
  }



  // tpl: the string is parsed as a template at render time
  setTpl((text, data, ctx) => {
    const src = text.src ?? (text.s ? wholeSrc(text.s) : undefined);
    const at = ex.callStack[ex.callStack.length - 1];
    if (src?.kind === 'unknown') {
      addUnsupported('tpl of a string not known before the render', at?.path ?? '', ctx.span);
      return tv('', src);
    }
    const s = text.v as string;
    const vpath = `${at?.path ?? 'tpl'}#tpl@${ctx.span.start}`;
    const parsed = parseTemplate(vpath, s, { isFunction: n => FUNCS.has(n) });
    if (parsed.problems.length) throw new FuncError(`cannot parse template ${quoteGo(s)}: ${parsed.problems[0].message}`);
    const exactWhole = src && src.kind === 'written' && src.exact && src.span.end - src.span.start === s.length && (src.raw === undefined || src.raw === s);
    const mapSpan = (span: Span): Src | undefined => {
      if (!src) return undefined;
      if (exactWhole && src.kind === 'written') return { kind: 'written', path: src.path, span: { start: src.span.start + span.start, end: src.span.start + span.end }, exact: true, val: src.val };
      return derive(src, 'tpl');
    };
    const saved = new Map<string, ReturnType<typeof ex.defines.get>>();
    for (const d of parsed.defines) saved.set(d.name, ex.defines.get(d.name));
    ex.addTemplate(parsed, mapSpan);
    try {
      const out = ex.run(vpath, parsed.root, data);
      const r = removeAll(out, '<no value>');
      return { v: r.text, s: r, src: wholeSrc(r) };
    } catch (e) {
      if (e instanceof ExecError) throw new FuncError(`error during tpl function execution for ${quoteGo(s)}: ${e.message}`, e.kind === 'error' ? 'error' : e.kind);
      throw e;
    } finally {
      for (const [n, d] of saved) { if (d) ex.defines.set(n, d); else ex.defines.delete(n); }
      ex.defines.delete(vpath);
    }
  });

  // Reuse: the templates whose reads miss every value the edit changed, while nothing shared was changed in place.
  const changed = prior && !shared && prior.state.complete ? (editedPaths(chart, inputs, prior) ?? changedValues(prior.state.values, values, prior.moves)) : undefined;
  const entryNames = order.filter(n => !n.split('/').pop()!.startsWith('_'));
  const reuse = changed && sameList(prior!.state.names, entryNames) ? prior! : undefined;
  const records = new Map<string, TemplateRecord>();
  let tainted = false;
  const templates: RenderedTemplate[] = [];
  for (const name of entryNames) {
    const e = entries.get(name)!;
    const path = e.path;
    const parsed = parsedOk.get(name);
    const old = reuse && !tainted ? reuse.state.records.get(name) : undefined;
    const kept = old && !old.limit && !old.tainted && ex.steps + old.steps <= limits.maxSteps && ex.outLen + old.outLen <= limits.maxOutput &&
      !readsAny(old, changed!) ? moveRecord(old, reuse!.moves, produced) : undefined;
    if (kept) {
      ex.steps += kept.steps;
      ex.outLen += kept.outLen;
      records.set(name, kept);
      templates.push(kept.rendered);
      continue;
    }
    const rec: TemplateRecord = { ...newRecorded(), rendered: undefined as unknown as RenderedTemplate, problems: [], steps: 0, outLen: 0, limit: false };
    cur = rec;
    const steps0 = ex.steps, out0 = ex.outLen;
    if (!parsed) {
      rec.rendered = { path, name, output: produced(name, { text: '', segs: [] }), failed: true, unknown: [] };
    } else {
      const dot: GoMap = new Map(e.dot);
      dot.set('Template', new Map<string, GoValue>([['Name', name], ['BasePath', `${e.chartName}/templates`]]));
      let out: SStr = { text: '', segs: [] };
      let failed = false;
      try {
        out = ex.run(path, parsed.root, tv(dot));
      } catch (err) {
        failed = true;
        if (err instanceof ExecError) rec.problems.push({ path: err.path.includes('#tpl@') ? path : err.path, span: err.span, message: err.message, kind: err.kind });
        else if (err instanceof FuncError) rec.problems.push({ path, span: { start: 0, end: 0 }, message: err.message, kind: err.kind });
        else if (err instanceof RangeError) rec.problems.push({ path, span: { start: 0, end: 0 }, message: `rendering stopped: ${err.message} (templates nest too deeply)`, kind: 'limit' });
        else throw err;
      }
      const text = removeAll(out, '<no value>');
      const unknown = [...new Set(text.segs.flatMap(g => (g.src.kind === 'unknown' ? [g.src.reason] : [])))];
      rec.rendered = { path, name, output: produced(name, text), failed, unknown };
      rec.text = text;
    }
    cur = before;
    rec.steps = ex.steps - steps0;
    rec.outLen = ex.outLen - out0;
    rec.limit = rec.problems.some(p => p.kind === 'limit');
    if (rec.tainted) tainted = true;
    records.set(name, rec);
    templates.push(rec.rendered);
  }
  // What the records say, in template order (as one render from nothing would have met it).
  const valuesRead = new Set<string>(before.valuesRead);
  const valuesReadWhole = new Set<string>(before.valuesReadWhole);
  const unsupported: RenderResult['unsupported'] = [];
  const seenUnsupported = new Set<string>();
  const all = [before, ...entryNames.map(n => records.get(n)!)];
  for (const r of all) {
    for (const k of r.valuesRead) valuesRead.add(k);
    for (const k of r.valuesReadWhole) valuesReadWhole.add(k);
    for (const u of r.unsupported) {
      const k = `${u.construct}\0${u.path}\0${u.span.start}`;
      if (seenUnsupported.has(k)) continue;
      seenUnsupported.add(k);
      unsupported.push(u);
    }
    if (r !== before) problems.push(...(r as TemplateRecord).problems);
  }
  const state: RenderState = {
    inputs, values, names: entryNames, records,
    // a render that changed shared objects in place, or whose values share containers, is not a base for reuse
    complete: !shared && !tainted && !before.tainted,
  };
  return { templates, values, valuesRead, valuesReadWhole, unsupported, problems, state };
}

/**
 * The changed `.Values` paths when every edited values file was read by replacing one scalar in place (values.ts): that
 * scalar's path (and its map's, when it went to or from null, which coalescing drops). Only for a chart without
 * subcharts, where a values file's paths are the coalesced paths; undefined otherwise (the trees are diffed).
 */
function editedPaths(chart: Chart, inputs: ReturnType<typeof renderInputs>, prior: { state: RenderState; moves: Map<string, unknown> }): Set<string> | undefined {
  if (chart.subcharts.length || chart.requirements.length || chart.packaged.length) return undefined;
  const out = new Set<string>();
  for (const path of prior.moves.keys()) {
    const was = prior.state.inputs.valueTexts.find(([p]) => p === path)?.[1];
    const now = inputs.valueTexts.find(([p]) => p === path)?.[1];
    const e = was === undefined || now === undefined ? undefined : valuesEdit(path, now, chart.cache);
    if (!e || e.from !== was) return undefined;
    out.add(e.path);
    if (e.nullChanged) out.add(e.parent);
  }
  return out;
}

function makeFiles(chart: Chart, names: string[], unsupported: (c: string, p: string, s: Span) => void, ex: Executor): GoObject {
  const at = () => ex.callStack[ex.callStack.length - 1] ?? { path: chart.root, span: { start: 0, end: 0 } };
  const mk = (subset: string[]): GoObject => {
    const get = (n: string): GoValue => {
      if (subset.includes(n)) return chart.files.get(n)!;
      const a = at();
      unsupported(`.Files.Get of a file not in the chart: ${n}`, a.path, a.span);
      return '';
    };
    return {
      goType: 'engine.files',
      originOfCall: (name, args) => {
        if (name !== 'Get' && name !== 'GetBytes' && name !== 'Lines') return undefined;
        const n = args[0] as string;
        if (!subset.includes(n)) return { kind: 'unknown', reason: `.Files.${name} of ${n}: not a file of the chart here` };
        return name === 'Get' ? { kind: 'written', path: join(chart.root, n), span: { start: 0, end: chart.files.get(n)!.length }, exact: true, val: true } : undefined;
      },
      format: () => 'map[' + subset.map(n => `${n}:[${Array.from(new TextEncoder().encode(chart.files.get(n)!)).join(' ')}]`).join(' ') + ']',
      method: name => {
        switch (name) {
          case 'Get': return a => get(a[0] as string);
          case 'GetBytes': return a => new TextEncoder().encode(get(a[0] as string) as string);
          case 'Glob': return a => { const re = globToRegExp(a[0] as string); return mk(subset.filter(n => re.test(n))); };
          case 'Lines': return a => { const t = get(a[0] as string) as string; return t ? t.split('\n') : []; };
          case 'AsConfig': return () => toYaml(new Map(subset.map(n => [n.split('/').pop()!, chart.files.get(n)!]))).text.replace(/\n$/, '');
          case 'AsSecrets': return () => toYaml(new Map(subset.map(n => [n.split('/').pop()!, btoa(String.fromCharCode(...new TextEncoder().encode(chart.files.get(n)!)))]))).text.replace(/\n$/, '');
          default: return undefined;
        }
      },
    };
  };
  return mk(names);
}

/** A rendered template as ProducedText. */
function produced(name: string, s: SStr): ProducedText {
  const segs = s.segs.slice().sort((a, b) => a.start - b.start);
  return {
    name: `${name} (rendered)`,
    text: s.text,
    origin(span: Span): Origin | undefined {
      const hits: Seg[] = [];
      let lo = 0, hi = segs.length;
      const empty = span.start === span.end;
      while (lo < hi) { const m = (lo + hi) >> 1; if (empty ? segs[m].end < span.start : segs[m].end <= span.start) lo = m + 1; else hi = m; }
      for (let i = lo; i < segs.length && (segs[i].start < span.end || (span.start === span.end && segs[i].start <= span.start)); i++) {
        if (segs[i].end > span.start || (span.start === span.end && segs[i].end >= span.start)) hits.push(segs[i]);
      }
      if (!hits.length) return undefined;
      if (empty) { const z = hits.find(g => g.start === g.end); if (z) return publicOrigin(z.src); }
      if (hits.length === 1) {
        const g = hits[0];
        if (g.start > span.start || g.end < span.end) return undefined;
        return publicOrigin(g.src, g.src.kind === 'written' && g.src.exact ? { start: g.src.span.start + span.start - g.start, end: g.src.span.start + span.end - g.start } : undefined);
      }
      // several pieces: one origin only when they all say the same (and leave no gap)
      const first = hits[0].src;
      for (let i = 0; i < hits.length; i++) {
        const g = hits[i];
        if (i > 0 && hits[i - 1].end !== g.start) return undefined;
        if (!sameOrigin(first, g.src)) return undefined;
      }
      if (hits[0].start > span.start || hits[hits.length - 1].end < span.end) return undefined;
      return publicOrigin(first.kind === 'written' ? { ...first, exact: false } : first);
    },
    unknownWithin(span: Span): string | undefined {
      // an empty span (an empty scalar) touches the pieces that start or end at it: an unknown empty value is unknown
      const empty = span.start === span.end;
      let lo = 0, hi = segs.length;
      while (lo < hi) { const m = (lo + hi) >> 1; if (empty ? segs[m].end < span.start : segs[m].end <= span.start) lo = m + 1; else hi = m; }
      for (let i = lo; i < segs.length && (empty ? segs[i].start <= span.start : segs[i].start < span.end); i++) {
        const src = segs[i].src;
        if (src.kind === 'unknown' && (empty || segs[i].end > span.start)) return src.reason;
      }
      return undefined;
    },
  };
}

function sameOrigin(a: Src, b: Src): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'unknown' && b.kind === 'unknown') return a.reason === b.reason;
  // pieces of one value (e.g. the quotes `quote` adds and the characters between them) count as one origin
  if (a.kind === 'written' && b.kind === 'written') return a.path === b.path && a.span.start === b.span.start && a.span.end === b.span.end;
  return false;
}

function publicOrigin(src: Src, narrowed?: Span): Origin {
  if (src.kind === 'unknown') return { kind: 'unknown', reason: src.reason, ...(src.path ? { path: src.path } : {}), ...(src.span ? { span: src.span } : {}) };
  const o: Origin = { kind: 'written', path: src.path, span: narrowed ?? src.span, exact: src.exact };
  if (src.via) o.via = src.via;
  if (src.chain?.length) o.chain = src.chain;
  return o;
}

/** Whether templates read `.Values.<key>` (directly, or as part of a subtree they use whole). */
export function isValueRead(r: Pick<RenderResult, 'valuesRead' | 'valuesReadWhole'>, key: string): boolean {
  if (r.valuesRead.has(key)) return true;
  for (const w of r.valuesReadWhole) if (key === w || key.startsWith(w + '.') || key.startsWith(w + '[') || w === '') return true;
  // reading a key under it (`.Values.a.b.c` read means `a.b` was read too)
  for (const p of r.valuesRead) if (p.startsWith(key + '.') || p.startsWith(key + '[')) return true;
  return false;
}
