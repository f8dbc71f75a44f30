// Kubernetes objects in a YAML file: every document with apiVersion + kind, the items of `List` kinds, and the
// objects of an OpenShift `Template` with `${PARAM}` replaced by the parameters' defaults.
import { parseAllDocuments } from 'yaml';
import type { Document } from 'yaml';
import type { Span } from '../../types';
import { fromYaml, get, seq, str, scalarText, LimitError } from './tree';
import type { KEntry, KMap, KNode, KScalar, SrcFile, TypingMode } from './tree';
import type { ChainLink, K8sInput, K8sProblem } from './types';

export interface KObject {
  apiVersion: string;
  kind: string;
  root: KMap;
  file: SrcFile;
  /** The YAML document (or List item) that holds the object. */
  span: Span;
  /** Set for objects of an OpenShift Template (their `${PARAM}`s were replaced). */
  template?: string;
  /** Set for objects a kustomize build rendered (the kustomization directory). */
  kustomization?: string;
}

export const MAX_TEXT = 32 * 1024 * 1024;
const PARSE_OPTIONS = { prettyErrors: false, merge: false, uniqueKeys: false, strict: false } as const;

/** Cheap textual test: can this text hold a Kubernetes object at all (an `apiVersion:` key; a missing `kind` is
 *  reported, so it is not required here)? */
export function mayHoldObjects(text: string): boolean {
  return /(^|\n)[ \t-]*["']?apiVersion["']?[ \t]*:/.test(text);
}

/** Can this text matter to a Nacos container: it names Nacos, or holds a ConfigMap/Secret/List/Template. */
export function mayMatterForNacos(text: string): boolean {
  return /nacos/i.test(text) || /(^|\n)[ \t-]*kind[ \t]*:[ \t]*["']?(ConfigMap|Secret|List|Template)\b/.test(text);
}

export function srcFileOf(path: string, input: K8sInput): SrcFile {
  const text = typeof input === 'string' ? input : input.text;
  // A lone CR is a line break to go-yaml; same length, so every offset stays valid.
  const t = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
  return typeof input === 'string' ? { path, text: t } : { path: input.name, text: t, produced: input };
}

export interface ParsedFile {
  file: SrcFile;
  objects: KObject[];
  problems: K8sProblem[];
  docs: Document.Parsed[];
}

/** Parses every document of `file` into objects. Never throws. */
export function parseObjects(file: SrcFile, mode: TypingMode = 'kubectl', chain: ChainLink[] = [], opts: { templates?: boolean } = {}): ParsedFile {
  const out: ParsedFile = { file, objects: [], problems: [], docs: [] };
  const path = file.path;
  if (file.text.length > MAX_TEXT) {
    out.problems.push({ severity: 'warning', path, span: { start: 0, end: 0 }, message: `file is larger than ${MAX_TEXT >> 20} MB; not read as Kubernetes objects` });
    return out;
  }
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(file.text, PARSE_OPTIONS) as Document.Parsed[];
  } catch (e) {
    out.problems.push({ ruleId: 'syntax-error', severity: 'error', path, span: { start: 0, end: 0 }, message: e instanceof RangeError ? 'YAML nested too deeply to be read' : 'YAML could not be parsed' });
    return out;
  }
  if (!Array.isArray(docs)) docs = [];
  out.docs = docs;
  for (const doc of docs) {
    const range = doc.contents?.range;
    const span = range ? { start: range[0], end: range[2] ?? range[1] } : { start: 0, end: 0 };
    if (doc.errors.length) {
      // A template language (Helm, Jinja) is not YAML: not ours to report.
      if (/\{\{|\{%/.test(file.text.slice(span.start, span.end))) continue;
      const e = doc.errors[0];
      const [a, b] = (e.pos ?? [0, 0]).map((o) => Math.min(Math.max(o, 0), file.text.length));
      if (mayHoldObjects(file.text.slice(span.start, span.end)) || mayHoldObjects(file.text)) {
        out.problems.push({ ruleId: 'syntax-error', severity: 'error', path, span: { start: a, end: Math.max(a, b) }, message: `YAML: ${firstLine(e.message)}; kubectl rejects the file` });
      }
      continue;
    }
    let root: KNode | undefined;
    try {
      root = fromYaml(doc, file, mode, chain);
    } catch (e) {
      out.problems.push({ severity: 'warning', path, span, message: e instanceof RangeError ? 'YAML nested too deeply to be read' : e instanceof LimitError ? e.message : 'YAML document could not be read' });
      continue;
    }
    if (!root || root.k !== 'm') continue;
    collect(root, span, out, undefined, opts.templates !== false);
  }
  return out;
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

function collect(root: KMap, span: Span, out: ParsedFile, template: string | undefined, templates: boolean): void {
  const apiVersion = str(get(root, 'apiVersion'));
  const kind = str(get(root, 'kind'));
  if (!kind) {
    // An object that says what it is but not which kind: kubectl refuses it ("kind not set").
    if (apiVersion && (get(root, 'metadata') || get(root, 'spec') || get(root, 'data'))) {
      out.problems.push({ severity: 'warning', path: out.file.path, span: spanOrDoc(root, span), message: 'Kubernetes object without `kind`: kubectl rejects it ("kind not set"), so it is not read' });
    }
    return;
  }
  if (!apiVersion) return;
  if (templates && kind === 'Template' && /^(v1|template\.openshift\.io\/v1)$/.test(apiVersion)) {
    out.objects.push({ apiVersion, kind, root, file: out.file, span, template });
    for (const o of expandTemplate(root, out)) collect(o, spanOrDoc(o, span), out, str(get(root, 'metadata', 'name')) ?? 'Template', templates);
    return;
  }
  if (kind === 'List' || (kind.endsWith('List') && get(root, 'items')?.k === 'q')) {
    for (const item of seq(get(root, 'items'))) if (item.k === 'm') collect(item, spanOrDoc(item, span), out, template, templates);
    return;
  }
  out.objects.push({ apiVersion, kind, root, file: out.file, span, template });
}

function spanOrDoc(n: KNode, fallback: Span): Span {
  const r = n.src?.node?.range;
  return r ? { start: r[0], end: r[1] } : fallback;
}

// ---- OpenShift Template ----

interface Param {
  name: string;
  value?: KScalar;
  unknown?: string;
  link?: ChainLink;
}

/** The Template's objects with `${NAME}` / `${{NAME}}` replaced by parameter defaults (oc process without -p). */
function expandTemplate(root: KMap, out: ParsedFile): KMap[] {
  const params = new Map<string, Param>();
  for (const p of seq(get(root, 'parameters'))) {
    const name = str(get(p, 'name'));
    if (!name) continue;
    const v = get(p, 'value');
    const at = v?.src?.node?.range ?? p.src?.node?.range;
    const link = at ? { path: out.file.path, span: { start: at[0], end: at[1] }, via: `Template parameter ${name}` } : undefined;
    if (v && v.k === 's' && v.v !== null) params.set(name, { name, value: v, link });
    else if (str(get(p, 'generate'))) params.set(name, { name, unknown: `Template parameter ${name} is generated by \`oc process\` (${str(get(p, 'from')) ?? 'expression'})`, link });
    else params.set(name, { name, unknown: `Template parameter ${name} has no default; it is given to \`oc process -p\``, link });
  }
  const objs: KMap[] = [];
  for (const o of seq(get(root, 'objects'))) {
    if (o.k !== 'm') continue;
    const budget = { left: 1_000_000 };
    try {
      const r = substitute(o, params, budget);
      if (r.k === 'm') objs.push(r);
    } catch (e) {
      if (!(e instanceof LimitError)) throw e;
      out.problems.push({ severity: 'warning', path: out.file.path, span: spanOrDoc(o, { start: 0, end: 0 }), message: e.message });
    }
  }
  return objs;
}

const PARAM_RE = /\$\{\{?([A-Za-z0-9_]+)\}?\}/g;

function substitute(n: KNode, params: Map<string, Param>, budget: { left: number }): KNode {
  if (--budget.left < 0) throw new LimitError('Template too large once aliases are expanded');
  if (n.k === 'q') return { ...n, items: n.items.map((i) => substitute(i, params, budget)) };
  if (n.k === 'm') {
    const e = new Map<string, KEntry>();
    for (const [k, v] of n.e) e.set(k, { value: substitute(v.value, params, budget), keySrc: v.keySrc });
    return { k: 'm', e, src: n.src };
  }
  if (typeof n.v !== 'string' || !n.v.includes('${')) return n;
  let unknown: string | undefined;
  const links: ChainLink[] = [];
  const whole = /^\$\{\{?([A-Za-z0-9_]+)\}?\}$/.exec(n.v);
  const value = n.v.replace(PARAM_RE, (m, name: string) => {
    const p = params.get(name);
    if (!p) return m; // oc leaves an unknown ${X} as written
    if (p.link) links.push(p.link);
    if (p.unknown) {
      unknown ??= p.unknown;
      return m;
    }
    return scalarText(p.value) ?? '';
  });
  if (value === n.v && !unknown) return n;
  const out: KScalar = { k: 's', v: value, src: n.src, note: 'Template parameters replaced', links };
  // `${{X}}` as the whole value takes the parameter's type (oc process: non-string substitution).
  if (whole && n.v.startsWith('${{')) {
    const p = params.get(whole[1]);
    if (p?.value && typeof p.value.v !== 'string') out.v = p.value.v;
  }
  if (unknown) out.unknown = unknown;
  return out;
}
