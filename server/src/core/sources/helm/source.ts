// Helm charts as Nacos nodes (issue 16): a chart (Chart.yaml + templates/) is rendered with its values (chart.ts),
// the rendered objects are read as Kubernetes objects whose scalars keep where they came from (a values line, a
// template literal), and each Nacos container becomes a node through the Kubernetes conversion (../k8s/source.ts).
// Findings land where the user writes: the values file line; values produced by constructs not evaluated (lookup,
// random functions) are unknown, never missing.
import type { Span } from '../../types';
import { matchesAny } from '../../util/glob';
import { baseName, dirName, isAbsolutePath } from '../../util/paths';
import type { NodeSource, SourceContext, SourceProblem, SourceResult } from '../types';
import { checkSecret, collectContainers, parseObjects, srcFileOf, WorkspaceIndex } from '../k8s/index';
import type { K8sProblem, KObject, NacosContainer } from '../k8s/index';
import { containerNodes, fileKindOf, reportable } from '../k8s/source';
import { loadChart, renderChart, type Chart, type HelmProblem, type RenderedTemplate, type RenderResult } from './chart';
import type { HelmCache } from './values';
import type { KEntry, KMap, KNode, NodeSrc, SrcFile } from '../k8s/tree';
import { templateMentions, unsupportedProblem, unusedValues, valuesKeys, valuesKeysAfter, type WrittenKey } from './unused';

const EMPTY: SourceResult = { nodes: [], problems: [], absorbed: [] };
const MENTIONS_NACOS = /nacos/i;

export const helmSource: NodeSource = {
  name: 'Helm',
  nodesOf(file, ctx) {
    if (file.kind !== 'helm' || baseName(file.path) !== 'Chart.yaml') return undefined;
    const root = dirName(file.path);
    // A chart vendored under another chart's charts/ is rendered with its parent.
    if (/\/charts\/[^/]+$/.test(root) && ctx.read(`${dirName(dirName(root))}/Chart.yaml`) !== undefined) return EMPTY;
    return renderAsNodes(root, file.path, ctx);
  },
};

function renderAsNodes(root: string, chartYaml: string, ctx: SourceContext): SourceResult {
  const files = new Map<string, string>();
  for (const p of ctx.workspaceFiles()) {
    if (!p.startsWith(`${root}/`)) continue;
    const t = ctx.read(p);
    if (t !== undefined) files.set(p.slice(root.length + 1), t);
  }
  // A chart that never names Nacos is not this linter's business (and costs no render).
  if (![...files.values()].some(t => MENTIONS_NACOS.test(t))) return EMPTY;
  const cache: HelmCache = { derived: (p, t, tag, compute) => ctx.derived(p, t, tag, compute) };
  const settings = ctx.settingsFor(chartYaml);
  const valueFiles = chartValueFiles(settings.helmValueFiles, root, ctx.rootFor(chartYaml), ctx.workspaceFiles())
    .flatMap(p => { const text = ctx.read(p); return text === undefined ? [] : [{ path: p, text }]; });
  const set = settings.helmSet, setString = settings.helmSetString;
  // The render and the objects read from it are pure functions of the chart's texts: kept by the engine, and after an
  // edit of a values file the previous render is the base (templates that read nothing the edit changed are reused).
  const compute = (previous?: Rendered): { value: Rendered; deps: string[] } => {
    const chart = loadChart(files, root, 0, cache);
    const result = renderChart(chart, { valueFiles, set, setString }, previous?.result.state);
    const parsed = new Map<string, ParsedTemplate>();
    for (const t of result.templates) {
      if (!MENTIONS_NACOS.test(t.output.text) && !/kind:\s*(Secret|ConfigMap)\b/.test(t.output.text)) continue;
      const old = previous?.parsed.get(t.name);
      if (old && old.rendered === t) { parsed.set(t.name, old); continue; }
      const file = srcFileOf(t.name, t.output);
      const objects = old && old.file.text === file.text ? rebase(old.objects, old.file, file) : undefined;
      parsed.set(t.name, { rendered: t, file, objects: objects ?? parseObjects(file, 'kubectl').objects });
    }
    return { value: { chart, result, parsed }, deps: [...[...files.keys()].map(rel => `${root}/${rel}`), ...valueFiles.map(f => f.path)] };
  };
  const key = `helm:render\0${root}\0${JSON.stringify([valueFiles.map(f => f.path), set, setString])}\0${[...files.keys()].join('\0')}`;
  const { chart, result: r, parsed } = ctx.memo ? ctx.memo.get(key, ctx.read, compute) : compute().value;

  const problems: K8sProblem[] = [];
  const reported = new Set<string>();
  const objects: KObject[] = [];
  const rendered: { name: string; objects: KObject[] }[] = [];
  for (const t of r.templates) {
    const pt = parsed.get(t.name);
    if (!pt) continue;
    objects.push(...pt.objects);
    rendered.push({ name: t.name, objects: pt.objects });
  }
  const lookup = new WorkspaceIndex([], () => undefined, problems, reported, objects);
  const containers: NacosContainer[] = [];
  for (const { objects: os } of rendered) {
    for (const o of os) {
      if (o.kind === 'Secret') checkSecret(o, { lookup, namespace: undefined, path: o.file.path, problems, reported, mode: 'kubectl' });
      collectContainers(o, { lookup, problems, reported, source: 'helm' }, containers, 'current');
    }
  }
  const own = new Set(valueFiles.map(f => f.path));
  const readable = (p: string) => (p.startsWith(`${root}/`) || own.has(p)) && ctx.read(p) !== undefined;
  const chartFiles = [...[...files.keys()].map(rel => `${root}/${rel}`), ...own];
  const valuesFiles = new Set([...chartFiles.filter(p => /(^|\/)values[^/]*\.ya?ml$/.test(p) && !/\/templates\//.test(p)), ...own]);
  const rootRel = rel(ctx, root);
  const { nodes } = containerNodes(containers, {
    ctx, scope: root, scopeName: `${rootRel || '.'} (helm)`, source: 'helm', root, inputs: chartFiles, readable,
    fileKindOf: p => fileKindOf(p, valuesFiles), fallbackAnchor: { path: chartYaml, span: { start: 0, end: 0 } },
  });
  if (!nodes.length) return EMPTY;
  const out: SourceProblem[] = reportable(problems, new Set(chartFiles), readable, p => ctx.read(p));
  // Rendering failures where the chart is written (a template syntax error, `required`, `fail`): the chart does not
  // install, so what the nodes show may be incomplete.
  for (const p of r.problems) if (readable(p.path)) out.push(renderProblem(p));
  // What the render says about the values the user wrote, and what it could not evaluate.
  const userFiles = [...(files.has('values.yaml') ? [{ path: `${root}/values.yaml`, text: files.get('values.yaml')! }] : []), ...valueFiles]
    .filter(f => readable(f.path))
    .map(f => ({ ...f, keys: ctx.derived<WrittenKey[]>(f.path, f.text, 'helm:keys', previous => (previous && valuesKeysAfter(previous, f.text)) ?? valuesKeys(f.text)) }));
  const metaText = files.get('Chart.yaml') ?? '';
  out.push(...unusedValues({
    chart, result: r, mentions: mentionsOf(ctx, root, files),
    files: userFiles, set, setString, anchor: { path: chartYaml, span: { start: 0, end: Math.max(0, metaText.indexOf('\n')) } },
  }));
  const lineOf = (p: string, o: number) => { const t = ctx.read(p) ?? ''; let n = 1; for (let i = t.indexOf('\n'); i >= 0 && i < o; i = t.indexOf('\n', i + 1)) n++; return n; };
  const unsupported = unsupportedProblem(r, readable, lineOf, p => rel(ctx, p));
  if (unsupported) out.push(unsupported);
  return { nodes, problems: out, absorbed: [] };
}

/**
 * A chart's `-f` files, in order. Absolute entries are paths (the project configuration resolves its own); a relative
 * one can only come from the editor setting `nacosAuthLint.helm.valueFiles` and is a glob over the workspace folder's
 * files (the include/exclude matcher: no '/' matches a file name at any depth), its matches sorted by path so the
 * layering never depends on the listing order; one that matches nothing adds nothing. Kept: files inside this chart,
 * and files outside every chart (another chart's values are that chart's business).
 */
export function chartValueFiles(entries: readonly string[], root: string, folder: string, workspaceFiles: readonly string[]): string[] {
  if (!entries.length) return [];
  const charts = workspaceFiles.filter(p => baseName(p) === 'Chart.yaml').map(dirName);
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  const out = new Set<string>();
  for (const e of entries) {
    if (isAbsolutePath(e)) { out.add(e); continue; }
    const hits: string[] = [];
    for (const p of workspaceFiles) if (p.startsWith(prefix) && matchesAny(p.slice(prefix.length), [e])) hits.push(p);
    for (const p of hits.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) out.add(p);
  }
  return [...out].filter(p => p.startsWith(`${root}/`) || !charts.some(c => p.startsWith(`${c}/`)));
}

/** What every template of the chart names, read once per template text (the engine keeps it between analyses). */
function mentionsOf(ctx: SourceContext, root: string, files: Map<string, string>): { paths: Set<string>; words: Set<string> } {
  const paths = new Set<string>(), words = new Set<string>();
  for (const [p, t] of files) {
    if (!/(^|\/)templates\//.test(p)) continue;
    const m = ctx.derived(`${root}/${p}`, t, 'helm:mentions', () => templateMentions([t]));
    for (const x of m.paths) paths.add(x);
    for (const x of m.words) words.add(x);
  }
  return { paths, words };
}

/** A template's output read as Kubernetes objects. */
interface ParsedTemplate { rendered: RenderedTemplate; file: SrcFile; objects: KObject[] }
interface Rendered { chart: Chart; result: RenderResult; parsed: Map<string, ParsedTemplate> }

/**
 * Objects read from a template's previous output, for its new output of the same text whose origins moved (a values
 * line before it grew): the same tree over the new produced text — what reading the text again gives, without the
 * YAML parse. Undefined for OpenShift Templates (their parameters were substituted into new nodes).
 */
function rebase(objects: KObject[], from: SrcFile, to: SrcFile): KObject[] | undefined {
  if (objects.some(o => o.template !== undefined || o.kind === 'Template')) return undefined;
  // (aliases share nodes: the copy shares them too)
  const memo = new Map<KNode, KNode>();
  const src = (x: NodeSrc | undefined): NodeSrc | undefined => (x && x.file === from ? { ...x, file: to } : x);
  const unknownOf = to.produced?.unknownWithin?.bind(to.produced);
  const node = (n: KNode): KNode => {
    const hit = memo.get(n);
    if (hit) return hit;
    if (n.k === 's') {
      const out = { ...n, src: src(n.src) };
      if (!n.src) delete out.src;
      // what the new output says is unknown (its pieces' origins), as the reader marks it
      const range = n.src?.node?.range;
      const why = range && unknownOf ? unknownOf({ start: range[0], end: range[1] }) : undefined;
      if (why) out.unknown = why;
      else if (out.unknown !== undefined) delete out.unknown;
      memo.set(n, out);
      return out;
    }
    if (n.k === 'q') {
      const items: KNode[] = [];
      const out = { ...n, items, src: src(n.src) };
      if (!n.src) delete out.src;
      memo.set(n, out);
      for (const i of n.items) items.push(node(i));
      return out;
    }
    const e = new Map<string, KEntry>();
    const out: KMap = { ...n, e, src: src(n.src) };
    if (!n.src) delete out.src;
    memo.set(n, out);
    for (const [k, v] of n.e) e.set(k, v.keySrc ? { ...v, value: node(v.value), keySrc: src(v.keySrc) } : { ...v, value: node(v.value) });
    return out;
  };
  return objects.map(o => ({ ...o, root: node(o.root) as KMap, file: o.file === from ? to : o.file }));
}

function renderProblem(p: HelmProblem): SourceProblem {
  const span: Span = p.span;
  return { path: p.path, span, message: `helm template: ${p.message}`, ...(p.kind === 'values' ? { ruleId: 'syntax-error', severity: 'warning' as const } : {}) };
}

function rel(ctx: SourceContext, p: string): string {
  const root = ctx.rootFor(p);
  return root && p.startsWith(`${root}/`) ? p.slice(root.length + 1) : p;
}
