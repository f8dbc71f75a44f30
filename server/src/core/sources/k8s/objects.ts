// Kubernetes objects in a YAML file: every document with apiVersion + kind, the items of `List` kinds, and the
// objects of an OpenShift `Template` with `${PARAM}` replaced by the parameters' defaults.
import { parseAllDocuments } from 'yaml';
import { isCollection, isPair } from 'yaml';
import type { Document, Node } from 'yaml';
import type { Span } from '../../types';
import { detached } from '../../util/text';
import { fromYaml, get, seq, str, scalarText, LimitError, TreeMover } from './tree';
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
  /** The id of the document part (DocChunk) it was read from, when its file was split: the same id means the same
   *  text (what an analysis read from it can be reused: sources/k8s/reuse.ts). */
  doc?: number;
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
  /** The file split at its document markers, each part with what it holds (see `parseObjectsFrom`); absent when the
   *  file was parsed whole. */
  chunks?: DocChunk[];
}

/** One part of a multi-document file: from a `---` line (or the start) to the next one. */
export interface DocChunk {
  /** Unique per part parsed; a part that kept its text keeps its id when it moves. */
  id: number;
  start: number;
  text: string;
  objects: KObject[];
  problems: K8sProblem[];
  /** The files its objects (`file`) and, when they are moved views, the objects they view (`baseFile`) were read as:
   *  each later parse that keeps the part points them at its own text (`parseObjectsFrom`). */
  file?: SrcFile;
  baseFile?: SrcFile;
}

let chunkIds = 0;

/** Parses every document of `file` into objects. Never throws. */
export function parseObjects(file: SrcFile, mode: TypingMode = 'kubectl', chain: ChainLink[] = [], opts: { templates?: boolean } = {}): ParsedFile {
  const out: ParsedFile = { file, objects: [], problems: [] };
  if (file.text.length > MAX_TEXT) {
    out.problems.push({ severity: 'warning', path: file.path, span: { start: 0, end: 0 }, message: `file is larger than ${MAX_TEXT >> 20} MB; not read as Kubernetes objects` });
    return out;
  }
  const docs = parseDocs(file.text);
  if (!docs.ok) {
    out.problems.push(unparsable(file.path, docs.error));
    return out;
  }
  readDocs(docs.docs, file, mode, chain, opts.templates !== false, out, file.text);
  return out;
}

/**
 * `parseObjects` for the editor's keystrokes (kubectl typing, no chain): documents are independent (a `---` line at
 * column 0 ends any scalar or collection), so the text is split at its document markers and only the parts whose text
 * changed since `previous` are parsed again; the others' objects are moved to their new offsets. Each part is parsed
 * at its own offset in the file (blank padding before it), so its ranges are the whole text's. A file the split is not
 * sure about — directives (`%`), a part holding YAML errors (an error may read across a marker) — is parsed whole.
 * The result equals `parseObjects(file)` (test/unit/k8s-incremental.test.ts compares them after random edits).
 */
export function parseObjectsFrom(file: SrcFile, previous: ParsedFile | undefined): ParsedFile {
  const text = file.text;
  if (text.length > MAX_TEXT || file.produced || text.startsWith('%') || text.includes('\n%')) return parseObjects(file);
  const starts = documentStarts(text);
  const prev = previous?.file.path === file.path ? previous.chunks ?? [] : [];
  // Nothing to reuse (the first parse of the file): one parse of the whole text, split after.
  if (!prev.length) return whole(file, starts);
  const n = starts.length;
  const endOf = (i: number) => (i + 1 < n ? starts[i + 1] : text.length);
  // (A slice compared whole is much faster than startsWith at an offset.)
  const same = (c: DocChunk, i: number) => c.text.length === endOf(i) - starts[i] && text.slice(starts[i], endOf(i)) === c.text;
  // The parts that kept their text: those before the edit, compared in place from the front, those after it from the
  // back (no text hashed), and in between — documents moved, copied or added — by their text.
  const kept: (DocChunk | undefined)[] = new Array(n);
  let front = 0;
  while (front < n && front < prev.length && same(prev[front], front)) kept[front] = prev[front++];
  let back = n - 1;
  let oldBack = prev.length - 1;
  while (back >= front && oldBack >= front && same(prev[oldBack], back)) kept[back--] = prev[oldBack--];
  const reusable = new Map<string, DocChunk[]>();
  for (let k = front; k <= oldBack; k++) {
    const c = prev[k];
    const list = reusable.get(c.text);
    if (list) list.push(c);
    else reusable.set(c.text, [c]);
  }
  const out: ParsedFile = { file, objects: [], problems: [], chunks: [] };
  for (let i = 0; i < n; i++) {
    const start = starts[i];
    let old = kept[i];
    let part: string | undefined;
    if (!old && i >= front && i <= back && reusable.size) old = reusable.get((part = text.slice(start, endOf(i))))?.shift();
    let chunk: DocChunk;
    if (old) {
      // An older text of the file would be kept alive, as long as the part is, by every object read from it. The part's
      // characters are the same in this text, at the same offsets where its objects are read as they are (`file`); the
      // objects a moved view stands for (`baseFile`) are never read for characters again (MovedObject copies their
      // values; their places are the view's): so both now point at this text, and the older texts can go.
      if (old.file && old.file !== file) old.file.text = text;
      if (old.baseFile) old.baseFile.text = text;
      chunk = old.start === start ? old : moveChunk(old, start, file);
    }
    else {
      // A copy of its characters: a slice would keep this whole text alive as long as the part is kept.
      part = detached(part ?? text.slice(start, endOf(i)));
      const docs = parseDocs(part);
      if (!docs.ok || docs.docs.some((d) => d.errors.length)) return whole(file, starts);
      // Parsed alone: its nodes (fresh, nobody else holds them) move to the part's place in the file.
      if (start) for (const d of docs.docs) moveParsed(d, start);
      // Its objects are read as a file of their own (the same path and text): see `file` above.
      const own: SrcFile = { path: file.path, text };
      chunk = { id: ++chunkIds, start, text: part, objects: [], problems: [], file: own };
      readDocs(docs.docs, own, 'kubectl', [], true, chunk, text);
      if (chunk.problems.length) return whole(file, starts);
      for (const o of chunk.objects) o.doc = chunk.id;
    }
    out.chunks!.push(chunk);
    out.objects.push(...chunk.objects);
  }
  return out;
}

/** `parseObjects`, and the objects split into the parts of the text (none when the text holds problems: a part
 *  holding YAML errors is never kept, as the errors may read across a marker). */
function whole(file: SrcFile, starts: number[]): ParsedFile {
  const pf = parseObjects(file);
  if (pf.problems.length) return pf;
  const chunks: DocChunk[] = starts.map((start, i) => ({ id: ++chunkIds, start, text: file.text.slice(start, i + 1 < starts.length ? starts[i + 1] : file.text.length), objects: [], problems: [], file: pf.file }));
  let i = 0;
  for (const o of pf.objects) {
    while (i + 1 < chunks.length && chunks[i + 1].start <= o.span.start) i++;
    chunks[i].objects.push(o);
    o.doc = chunks[i].id;
  }
  return { ...pf, chunks };
}

/** Offsets where the documents of `text` start: 0, then every line that is a `---` marker. */
function documentStarts(text: string): number[] {
  const out = [0];
  for (let i = text.indexOf('\n---'); i >= 0; i = text.indexOf('\n---', i + 4)) {
    const c = text[i + 4];
    if ((c === undefined || c === ' ' || c === '\t' || c === '\n' || c === '\r') && i + 1 > 0) out.push(i + 1);
  }
  return out;
}

function parseDocs(text: string): { ok: true; docs: Document.Parsed[] } | { ok: false; error: unknown } {
  try {
    const docs = parseAllDocuments(text, PARSE_OPTIONS) as Document.Parsed[];
    return { ok: true, docs: Array.isArray(docs) ? docs : [] };
  } catch (e) {
    return { ok: false, error: e };
  }
}

function unparsable(path: string, e: unknown): K8sProblem {
  return { ruleId: 'syntax-error', severity: 'error', path, span: { start: 0, end: 0 }, message: e instanceof RangeError ? 'YAML nested too deeply to be read' : 'YAML could not be parsed' };
}

function readDocs(docs: Document.Parsed[], file: SrcFile, mode: TypingMode, chain: ChainLink[], templates: boolean, out: { objects: KObject[]; problems: K8sProblem[] }, text: string): void {
  const path = file.path;
  for (const doc of docs) {
    const range = doc.contents?.range;
    const span = range ? { start: range[0], end: range[2] ?? range[1] } : { start: 0, end: 0 };
    if (doc.errors.length) {
      // A template language (Helm, Jinja) is not YAML: not ours to report.
      if (/\{\{|\{%/.test(text.slice(span.start, span.end))) continue;
      const e = doc.errors[0];
      const [a, b] = (e.pos ?? [0, 0]).map((o) => Math.min(Math.max(o, 0), text.length));
      if (mayHoldObjects(text.slice(span.start, span.end)) || mayHoldObjects(text)) {
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
    collect(root, span, { file, objects: out.objects, problems: out.problems }, undefined, templates);
  }
}

/** Adds `d` to every range of a freshly parsed document (the part was parsed alone). */
function moveParsed(doc: Document.Parsed, d: number): void {
  const seen = new Set<unknown>();
  const walk = (n: unknown): void => {
    if (!n || typeof n !== 'object' || seen.has(n)) return;
    seen.add(n);
    if (isPair(n)) {
      walk(n.key);
      walk(n.value);
      return;
    }
    const node = n as Node;
    if (node.range) node.range = [node.range[0] + d, node.range[1] + d, node.range[2] + d];
    if (isCollection(node)) for (const i of node.items) walk(i);
  };
  walk(doc.contents);
  if (doc.range) doc.range = [doc.range[0] + d, doc.range[1] + d, doc.range[2] + d];
}

/** A part that kept its text, moved to `start` in `file`: its objects moved lazily (MovedObject), the previous
 *  analysis's untouched. */
function moveChunk(c: DocChunk, start: number, file: SrcFile): DocChunk {
  const d = start - c.start;
  // Every object of a part has moved as the part did since it was parsed: one mover (aliases stay shared).
  let mover: TreeMover | undefined;
  const objects = c.objects.map((o) => {
    const base = o instanceof MovedObject ? o.base : o;
    const total = (o instanceof MovedObject ? o.delta : 0) + d;
    mover ??= new TreeMover(total, file);
    return new MovedObject(base, total, mover, file, { start: o.span.start + d, end: o.span.end + d });
  });
  return { id: c.id, start, text: c.text, objects, problems: [], file, baseFile: c.baseFile ?? c.file };
}

/**
 * An object of a part that moved: the same as the object parsed (`base`), `delta` further on in `file`. Its tree is
 * copied to the new offsets on first use (most objects of a large manifest — Services, apps' Deployments, Secrets no
 * workload asked for — are never looked into on a keystroke); what does not depend on offsets reads `plainRoot`.
 */
export class MovedObject implements KObject {
  readonly apiVersion: string;
  readonly kind: string;
  readonly template?: string;
  readonly kustomization?: string;
  readonly doc?: number;
  private moved?: KMap;
  constructor(readonly base: KObject, readonly delta: number, private readonly mover: TreeMover, readonly file: SrcFile, readonly span: Span) {
    this.apiVersion = base.apiVersion;
    this.kind = base.kind;
    if (base.template !== undefined) this.template = base.template;
    if (base.kustomization !== undefined) this.kustomization = base.kustomization;
    if (base.doc !== undefined) this.doc = base.doc;
  }

  get root(): KMap {
    return (this.moved ??= this.mover.node(this.base.root) as KMap);
  }
}

/** An object's tree for reads that need no offsets (names, images): not moved for them. */
export function plainRoot(o: KObject): KMap {
  return o instanceof MovedObject ? o.base.root : o.root;
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
