// Reusing a chart's previous render after an edit of its values files (issue 16: a keystroke in a 2,000-line
// values.yaml of a 50-template chart). While a template runs, the renderer records which `.Values` paths it observed:
// a field read (`p.k`: the value there, or that it is missing), the kind and keys of a map it looked at, a subtree it
// used whole (`toYaml`, `range`, a list, anything handed to a function that reads it all). The next render diffs the
// old and new values trees, origins compared after moving the old ones past the edit, and runs again only the
// templates that observed a changed path; the others keep their output with origins in the edited files moved. A
// template that changes shared objects in place (`set`, `merge` on values) ends reuse from there on.
import type { Span } from '../../types';
import type { SStr, Src } from '../../syntax/gotemplate/sstr';
import { GoInt, type GoMap, type GoValue } from '../../syntax/gotemplate/value';
import type { ProducedText } from '../textOrigin';
import { Provenance } from './values';

// (chart.ts's types, structurally: chart.ts imports this module)
interface RenderedLike { name: string; output: ProducedText }
interface ProblemLike { path: string; span: Span; kind: string }
interface ChartLike { root: string; files: Map<string, string>; packaged: string[]; subcharts: ChartLike[] }
interface OptionsLike { valueFiles?: { path: string; text: string }[]; set?: string[]; setString?: string[]; release?: unknown; kubeVersion?: string; apiVersions?: string[]; limits?: unknown }

/** What one template run observed and met. */
export interface Recorded {
  /** As the result reports them (`RenderResult.valuesRead` / `valuesReadWhole`). */
  valuesRead: Set<string>;
  valuesReadWhole: Set<string>;
  /** Paths whose value (or absence, or kind and keys for a map) the output may depend on. */
  reads: Set<string>;
  /** Paths whose whole subtree the output may depend on. */
  whole: Set<string>;
  /** Constructs not evaluated, in the order met (the render keeps the first of each). */
  unsupported: { construct: string; path: string; span: Span }[];
  /** Changed a shared object in place. */
  tainted: boolean;
}

export interface TemplateRecord<R extends RenderedLike = RenderedLike, P extends ProblemLike = ProblemLike> extends Recorded {
  rendered: R;
  text?: SStr;
  problems: P[];
  /** Steps and output the run counted against the render's limits. */
  steps: number;
  outLen: number;
  /** Stopped by a limit (where depends on what ran before: never reused). */
  limit: boolean;
}

export interface RenderInputs {
  /** Every file of the chart and its subcharts but the values files the user edits, by path. */
  fixed: Map<string, string>;
  /** The chart's values.yaml, then each `-f` file: [path, text]. */
  valueTexts: [string, string][];
  options: string;
}

export interface RenderState<R extends RenderedLike = RenderedLike, P extends ProblemLike = ProblemLike> {
  inputs: RenderInputs;
  values: GoMap;
  names: string[];
  records: Map<string, TemplateRecord<R, P>>;
  /** Usable as a base for reuse. */
  complete: boolean;
}

/** An edit of one file: [a, bOld) of the old text became [a, bOld + delta) of the new. */
export interface Move { a: number; bOld: number; delta: number }

export const newRecorded = (): Recorded => ({ valuesRead: new Set(), valuesReadWhole: new Set(), reads: new Set(), whole: new Set(), unsupported: [], tainted: false });

export function renderInputs(chart: ChartLike, opts: OptionsLike): RenderInputs {
  const fixed = new Map<string, string>();
  const join = (root: string, rel: string) => (root ? `${root.replace(/\/+$/, '')}/${rel}` : rel);
  const add = (c: ChartLike, top: boolean) => {
    for (const [rel, text] of c.files) if (!(top && rel === 'values.yaml')) fixed.set(join(c.root, rel), text);
    for (const p of c.packaged) fixed.set(join(c.root, p), '');
    for (const s of c.subcharts) add(s, false);
  };
  add(chart, true);
  const valueTexts: [string, string][] = [];
  if (chart.files.has('values.yaml')) valueTexts.push([join(chart.root, 'values.yaml'), chart.files.get('values.yaml')!]);
  for (const f of opts.valueFiles ?? []) valueTexts.push([f.path, f.text]);
  const options = JSON.stringify([opts.set, opts.setString, opts.release, opts.kubeVersion, opts.apiVersions, opts.limits, chart.files.has('values.yaml'), (opts.valueFiles ?? []).map(f => f.path)]);
  return { fixed, valueTexts, options };
}

/** The previous state and how the values files moved, when only their texts changed. */
export function reusableFrom<S extends RenderState>(prev: S, now: RenderInputs): { state: S; moves: Map<string, Move> } | undefined {
  const was = prev.inputs;
  if (was.options !== now.options || was.fixed.size !== now.fixed.size || was.valueTexts.length !== now.valueTexts.length) return undefined;
  for (const [p, t] of now.fixed) if (was.fixed.get(p) !== t) return undefined;
  const moves = new Map<string, Move>();
  for (let i = 0; i < now.valueTexts.length; i++) {
    const [p, t] = now.valueTexts[i];
    const [q, o] = was.valueTexts[i];
    if (p !== q) return undefined;
    if (o === t) continue;
    const m = editOf(o, t);
    const seen = moves.get(p);
    if (seen && (seen.a !== m.a || seen.bOld !== m.bOld || seen.delta !== m.delta)) return undefined;
    moves.set(p, m);
  }
  return { state: prev, moves };
}

function editOf(old: string, text: string): Move {
  const n = Math.min(old.length, text.length);
  let a = 0;
  while (a < n && old.charCodeAt(a) === text.charCodeAt(a)) a++;
  let s = 0;
  while (s < n - a && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  return { a, bOld: old.length - s, delta: text.length - old.length };
}

/** A span of the old text in the new one; undefined when it touches the edit (its characters may have changed). */
export function moveSpan(m: Move, span: Span): Span | undefined {
  if (span.start === span.end) {
    if (span.start < m.a) return span;
    if (span.start > m.bOld) return { start: span.start + m.delta, end: span.end + m.delta };
    return undefined;
  }
  if (span.end <= m.a) return span;
  if (span.start >= m.bOld) return { start: span.start + m.delta, end: span.end + m.delta };
  return undefined;
}

const UNSAFE = Symbol('unsafe');
/** An origin moved through the edits (the same object when nothing moved); UNSAFE when it touches an edit. */
function moveSrc(src: Src, moves: Map<string, Move>): Src | typeof UNSAFE {
  if (src.kind === 'unknown') {
    const m = src.path !== undefined && src.span ? moves.get(src.path) : undefined;
    if (!m) return src;
    const span = moveSpan(m, src.span!);
    return !span ? UNSAFE : span === src.span ? src : { ...src, span };
  }
  let out: Src = src;
  const m = moves.get(src.path);
  if (m) {
    const span = moveSpan(m, src.span);
    if (!span) return UNSAFE;
    if (span !== src.span) out = { ...src, span };
  }
  if (src.chain?.some(c => moves.has(c.path))) {
    const chain: NonNullable<typeof src.chain> = [];
    for (const c of src.chain) {
      const cm = moves.get(c.path);
      const span = cm ? moveSpan(cm, c.span) : c.span;
      if (!span) return UNSAFE;
      chain.push(span === c.span ? c : { ...c, span });
    }
    out = { ...(out as Extract<Src, { kind: 'written' }>), chain };
  }
  return out;
}

/** Whether span `a` of the old text, moved through `m`, is span `b` (false when it touches the edit). */
function movedTo(m: Move | undefined, a: Span, b: Span): boolean {
  if (!m) return a.start === b.start && a.end === b.end;
  let d: number;
  if (a.start === a.end) {
    if (a.start < m.a) d = 0;
    else if (a.start > m.bOld) d = m.delta;
    else return false;
  } else if (a.end <= m.a) d = 0;
  else if (a.start >= m.bOld) d = m.delta;
  else return false;
  return a.start + d === b.start && a.end + d === b.end;
}

/** Whether old origin `a`, moved through the edits, is `b` (what `moveSrc` then compares, without building it). */
function sameMoved(a: Src | undefined, b: Src | undefined, moves: Map<string, Move>): boolean {
  if (!a || !b) return !a && !b;
  if (a.kind === 'unknown' || b.kind === 'unknown') {
    if (a.kind !== b.kind) return false;
    const x = a as Extract<Src, { kind: 'unknown' }>, y = b as Extract<Src, { kind: 'unknown' }>;
    if (x.reason !== y.reason || x.path !== y.path || !x.span !== !y.span) return false;
    return !x.span || movedTo(x.path !== undefined ? moves.get(x.path) : undefined, x.span, y.span!);
  }
  if (a.path !== b.path || a.exact !== b.exact || a.via !== b.via || a.raw !== b.raw || a.val !== b.val || !movedTo(moves.get(a.path), a.span, b.span)) return false;
  const ca = a.chain ?? [], cb = b.chain ?? [];
  return ca.length === cb.length && ca.every((c, i) => c.path === cb[i].path && c.via === cb[i].via && movedTo(moves.get(c.path), c.span, cb[i].span));
}

function sameScalar(a: GoValue, b: GoValue): boolean {
  if (a === b) return true;
  if (a instanceof GoInt && b instanceof GoInt) return a.v === b.v && a.type === b.type;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  return false;
}

/**
 * The `.Values` paths whose observable content differs between two coalesced trees, old origins moved through the
 * edits: a key added or removed (and its map's keys), a scalar or its origin changed, a kind changed; a list that
 * differs anywhere is changed as a whole.
 */
export function changedValues(old: GoMap, now: GoMap, moves: Map<string, Move>): Set<string> {
  const prov = new Provenance();
  const out = new Set<string>();
  const srcSame = (oc: object, nc: object, k: string | number) => sameMoved(prov.get(oc as GoValue, k), prov.get(nc as GoValue, k), moves);
  // deep equality (lists): values, kinds, keys and origins
  const same = (o: GoValue, n: GoValue, depth: number): boolean => {
    if (depth > 200) return false;
    if (o instanceof Map && n instanceof Map) {
      if (o.size !== n.size) return false;
      const ok = [...o.keys()], nk = [...n.keys()];
      for (let i = 0; i < ok.length; i++) {
        if (ok[i] !== nk[i] || !srcSame(o, n, ok[i]) || !same(o.get(ok[i]), n.get(ok[i]), depth + 1)) return false;
      }
      return true;
    }
    if (Array.isArray(o) && Array.isArray(n)) {
      if (o.length !== n.length) return false;
      for (let i = 0; i < o.length; i++) if (!srcSame(o, n, i) || !same(o[i], n[i], depth + 1)) return false;
      return true;
    }
    if (o instanceof Map || n instanceof Map || Array.isArray(o) || Array.isArray(n)) return false;
    return sameScalar(o, n);
  };
  const walk = (o: GoValue, n: GoValue, path: string, depth: number) => {
    if (o instanceof Map && n instanceof Map) {
      if (depth > 200) { out.add(path); return; }
      let sameKeys = o.size === n.size;
      if (sameKeys) {
        const it = n.keys();
        for (const k of o.keys()) if (it.next().value !== k) { sameKeys = false; break; }
      }
      if (sameKeys) {
        // the common case: compare in place, a path is built only where something differs or a map goes deeper
        for (const [k, ov] of o) {
          const nv = n.get(k);
          const deeper = ov instanceof Map && nv instanceof Map;
          const srcOk = srcSame(o, n, k);
          if (!deeper && srcOk && same(ov, nv, depth + 1)) continue;
          const p = path ? `${path}.${k}` : k;
          if (!srcOk) out.add(p);
          if (deeper) walk(ov, nv, p, depth + 1);
          else out.add(p);
        }
        return;
      }
      out.add(path);
      for (const k of new Set([...o.keys(), ...n.keys()])) {
        const p = path ? `${path}.${k}` : k;
        if (!o.has(k) || !n.has(k)) { out.add(p); continue; }
        if (!srcSame(o, n, k)) out.add(p);
        walk(o.get(k), n.get(k), p, depth + 1);
      }
      return;
    }
    if (!same(o, n, depth)) out.add(path);
  };
  walk(old, now, '', 0);
  return out;
}

/** Whether a template observed any of the changed paths. */
export function readsAny(r: Recorded, changed: Set<string>): boolean {
  for (const c of changed) {
    if (r.reads.has(c)) return true;
    for (const w of r.whole) if (w === '' || c === w || c.startsWith(`${w}.`) || c.startsWith(`${w}[`)) return true;
  }
  return false;
}

/** A value a template looked at: a values map's kind and keys, a values list whole. */
export function useValue(r: Recorded, prov: Provenance, v: GoValue) {
  if (typeof v !== 'object' || v === null) return;
  const p = prov.paths.get(v);
  if (p === undefined) return;
  if (Array.isArray(v)) r.whole.add(p);
  else if (v instanceof Map) r.reads.add(p);
}

/** A value used whole: every values subtree in it (a local `dict` holding values maps included). */
export function wholeValue(r: Recorded, prov: Provenance, v: GoValue) {
  const seen = new Set<object>();
  const walk = (x: GoValue) => {
    if (typeof x !== 'object' || x === null || seen.has(x) || seen.size > 10_000) return;
    seen.add(x);
    const p = prov.paths.get(x);
    if (p !== undefined) { r.whole.add(p); return; }
    if (x instanceof Map) for (const y of x.values()) walk(y);
    else if (Array.isArray(x)) for (const y of x) walk(y);
  };
  walk(v);
}

/** Whether `v` or a map or list inside it satisfies `hit`. */
export function reaches(v: GoValue, hit: (x: object) => boolean): boolean {
  const seen = new Set<object>();
  const walk = (x: GoValue): boolean => {
    if (typeof x !== 'object' || x === null || seen.has(x)) return false;
    if (seen.size > 10_000) return true;
    seen.add(x);
    if (hit(x)) return true;
    if (x instanceof Map) { for (const y of x.values()) if (walk(y)) return true; }
    else if (Array.isArray(x)) { for (const y of x) if (walk(y)) return true; }
    return false;
  };
  return walk(v);
}

export const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * A template's record with origins in the edited files moved (the same record when nothing moved); undefined when an
 * origin touches an edit (the template runs again).
 */
export function moveRecord<T extends TemplateRecord>(r: T, moves: Map<string, Move>, produce: (name: string, s: SStr) => ProducedText): T | undefined {
  if (!moves.size) return r;
  let text = r.text;
  if (text) {
    let segs: typeof text.segs | undefined;
    for (let i = 0; i < text.segs.length; i++) {
      const g = text.segs[i];
      const m = moveSrc(g.src, moves);
      if (m === UNSAFE) return undefined;
      if (m !== g.src) { segs ??= text.segs.slice(0, i); segs.push({ ...g, src: m }); } else if (segs) segs.push(g);
    }
    if (segs) text = { text: text.text, segs };
  }
  const span = (path: string, s: Span): Span | undefined | typeof UNSAFE => {
    const m = moves.get(path);
    if (!m) return s;
    return moveSpan(m, s) ?? UNSAFE;
  };
  let problems = r.problems, unsupported = r.unsupported;
  if (problems.some(p => moves.has(p.path))) {
    problems = [];
    for (const p of r.problems) { const s = span(p.path, p.span); if (s === UNSAFE || !s) return undefined; problems.push(s === p.span ? p : { ...p, span: s }); }
  }
  if (unsupported.some(u => moves.has(u.path))) {
    unsupported = [];
    for (const u of r.unsupported) { const s = span(u.path, u.span); if (s === UNSAFE || !s) return undefined; unsupported.push(s === u.span ? u : { ...u, span: s }); }
  }
  if (text === r.text && problems === r.problems && unsupported === r.unsupported) return r;
  const rendered = text === r.text ? r.rendered : { ...r.rendered, output: produce(r.rendered.name, text!) };
  return { ...r, text, rendered, problems, unsupported };
}
