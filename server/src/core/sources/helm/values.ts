// Helm values as Helm builds them: values files read the way sigs.k8s.io/yaml reads them (go-yaml v2's YAML 1.1
// scalars, then a JSON round trip: every number becomes float64, timestamps stay strings, `nil` is the string
// "nil"), `-f` files merged over each other (maps deeply, everything else replaced), `--set` in Helm's strvals
// syntax, then coalesced with the chart's values.yaml (a user `null` deletes a chart key). Every scalar keeps the
// file and span it came from, and every map knows its `.Values` path.
import { isAlias, isMap, isScalar, isSeq, parseAllDocuments, type Document, type Node as YNode } from 'yaml';
import type { Span } from '../../types';
import { resolvePlain } from '../../syntax/gotemplate/goyaml';
import type { Src } from '../../syntax/gotemplate/sstr';
import { type GoMap, type GoValue, int64 } from '../../syntax/gotemplate/value';

/** Origins of container elements (keyed by the container, so parsed values can be shared), and `.Values` paths. */
const ORIGINS = new WeakMap<object, Map<string | number, Src>>();
export class Provenance {
  private readonly origins = ORIGINS;
  readonly paths = new WeakMap<object, string>();
  set(container: object, key: string | number, src: Src | undefined) {
    if (!src) return;
    let m = this.origins.get(container);
    if (!m) this.origins.set(container, (m = new Map()));
    m.set(key, src);
  }
  get(container: GoValue, key: string | number): Src | undefined {
    if (typeof container !== 'object' || container === null) return undefined;
    return this.origins.get(container)?.get(key);
  }
  copy(from: object, to: object, key: string | number, toKey: string | number = key) {
    this.set(to, toKey, this.origins.get(from)?.get(key));
  }
}

export interface ValuesProblem { path: string; span: Span; message: string }

const MAX_ALIAS_EXPANSIONS = 100_000;

/** What is derived from one file's text alone, kept by the caller between renders (the engine's `SourceContext.derived`
 *  in the language server: an edit to a template re-renders without re-reading the values or re-parsing the rest).
 *  `compute` may start from what was derived from the path's previous text (a values file edited on one line). */
export interface HelmCache {
  derived<T>(path: string, text: string, tag: string, compute: (previous?: { text: string; value: T }) => T): T;
}

/** A values file as read: the tree (never changed once read), its problems, and whether a one-line edit of a plain
 *  scalar can be applied to it in place (one document, no errors, no anchors, aliases or merge keys). */
interface ValuesDoc {
  value: GoMap;
  problems: ValuesProblem[];
  editable: boolean;
  /** Read from the tree of text `from` by replacing the scalar at `.Values` path `path` (in the map at `parent`;
   *  whether it went to or from null). */
  edit?: ValuesEdit;
}
export interface ValuesEdit { from: string; path: string; parent: string; nullChanged: boolean }

/** Reads one values file (all its documents merged, as Helm's LoadValues does). Errors become problems. */
export function readValuesFile(path: string, text: string, prov: Provenance, problems: ValuesProblem[], cache?: HelmCache, opts: { copy?: boolean } = {}): GoMap {
  const hit = valuesDoc(path, text, prov, cache);
  problems.push(...hit.problems);
  // callers merge and `--set` into what they get: they get a copy, the cache stays as read (a caller that only
  // copies it, as coalescing does, may take it as is)
  return opts.copy === false ? hit.value : (copyValue(hit.value, prov) as GoMap);
}

function valuesDoc(path: string, text: string, prov: Provenance, cache: HelmCache | undefined): ValuesDoc {
  const make = (previous?: { text: string; value: ValuesDoc }): ValuesDoc =>
    (previous?.value.editable ? editedScalar(path, previous.text, previous.value.value, text) : undefined) ?? readValuesUncached(path, text, prov);
  return cache ? cache.derived(path, text, 'helm:values', make) : make();
}

/** How the reading of a values file's text came from the reading of its previous text, when one scalar was replaced
 *  in place (`editedScalar`); undefined when it was read afresh. */
export function valuesEdit(path: string, text: string, cache: HelmCache | undefined): ValuesEdit | undefined {
  return cache ? valuesDoc(path, text, new Provenance(), cache).edit : undefined;
}

function readValuesUncached(path: string, text: string, prov: Provenance): ValuesDoc {
  const problems: ValuesProblem[] = [];
  const failed = (): ValuesDoc => ({ value: new Map(), problems, editable: false });
  let out: GoMap = new Map();
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { version: '1.1', schema: 'failsafe', uniqueKeys: false, prettyErrors: false, strict: false }) as Document.Parsed[];
  } catch (e) {
    problems.push({ path, span: { start: 0, end: 0 }, message: `cannot parse values: ${(e as Error).message}` });
    return failed();
  }
  if (!Array.isArray(docs)) docs = [docs];
  let plain = docs.length <= 1;
  for (const doc of docs) {
    if (doc.errors.length) {
      const e = doc.errors[0];
      problems.push({ path, span: { start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) }, message: `cannot parse values: ${e.message.split('\n')[0]}` });
      return failed();
    }
    const conv = new Converter(path, text, doc, prov);
    const top = doc.contents;
    if (!top) continue;
    let v: GoValue;
    try {
      v = conv.node(top);
    } catch (e) {
      problems.push({ path, span: rangeOf(top), message: `cannot unmarshal values: ${(e as Error).message}` });
      return failed();
    }
    if (conv.shares) plain = false;
    if (v === null) continue;
    if (!(v instanceof Map)) {
      problems.push({ path, span: rangeOf(top), message: 'cannot unmarshal values: the document is not a mapping' });
      return failed();
    }
    out = mergeMaps(out, v, prov);
  }
  return { value: out, problems, editable: plain };
}

const KEY_LINE = /^( *)([A-Za-z0-9_][A-Za-z0-9_.-]*): (.*)$/;
/** A plain scalar that reads the same in any context: no indicator, no `: `, no ` #`, no flow punctuation. */
const SAFE_PLAIN = /^[A-Za-z0-9_./][A-Za-z0-9_./+=~-]*(?: [A-Za-z0-9_./+=~-]+)*$/;

/** An edit of `old` into `text` that only changes the plain scalar value of one `key: value` line (same indentation
 *  and key, both values plain scalars that mean the same in any context): where it is. */
export function scalarLineEdit(old: string, text: string): { keyStart: number; valueStart: number; oldEnd: number; newEnd: number; value: string } | undefined {
  const n = Math.min(old.length, text.length);
  let a = 0;
  while (a < n && old.charCodeAt(a) === text.charCodeAt(a)) a++;
  if (a === n && old.length === text.length) return undefined;
  let s = 0;
  while (s < n - a && old.charCodeAt(old.length - 1 - s) === text.charCodeAt(text.length - 1 - s)) s++;
  if (old.slice(a, old.length - s).includes('\n') || text.slice(a, text.length - s).includes('\n')) return undefined;
  const lineStart = old.lastIndexOf('\n', a - 1) + 1;
  let oldEnd = old.indexOf('\n', a);
  if (oldEnd < 0) oldEnd = old.length;
  const newEnd = oldEnd + text.length - old.length;
  const mo = KEY_LINE.exec(old.slice(lineStart, oldEnd)), mn = KEY_LINE.exec(text.slice(lineStart, newEnd));
  if (!mo || !mn || mo[1] !== mn[1] || mo[2] !== mn[2] || !SAFE_PLAIN.test(mo[3]) || !SAFE_PLAIN.test(mn[3])) return undefined;
  const keyStart = lineStart + mo[1].length;
  return { keyStart, valueStart: keyStart + mo[2].length + 2, oldEnd, newEnd, value: mn[3] };
}

/**
 * The values of `text` from those of `old` when the edit only changed one plain scalar value (`scalarLineEdit`): that
 * scalar replaced, every later origin moved; undefined when the scalar is not one of the tree's values (a line inside a
 * block scalar, a key written twice), so the caller reads the file afresh.
 */
function editedScalar(path: string, old: string, oldValue: GoMap, text: string): ValuesDoc | undefined {
  const e = scalarLineEdit(old, text);
  if (!e) return undefined;
  let value: GoValue;
  try { value = plainScalar(e.value); } catch { return undefined; }
  const delta = e.newEnd - e.oldEnd;
  const src: Src = { kind: 'written', path, span: { start: e.valueStart, end: e.newEnd }, exact: true, raw: e.value, val: true };
  let found = 0, bad = false, at = '', parent = '', nullChanged = false;
  const move = (o: Src | undefined): Src | undefined => {
    if (!o || o.kind !== 'written' || o.path !== path) return o;
    if (o.span.start >= e.oldEnd) return { ...o, span: { start: o.span.start + delta, end: o.span.end + delta } };
    if (o.span.end > e.valueStart || (o.span.end === e.valueStart && o.span.start === e.valueStart)) bad = true;
    return o;
  };
  const copy = (v: GoValue, depth: number, where: string): GoValue => {
    if (depth > 10_000) { bad = true; return v; }
    // a map or list written wholly before the edited value is the same in the new text: shared, not copied
    if ((v instanceof Map || Array.isArray(v)) && extent(v, path) < e.valueStart) return v;
    if (v instanceof Map) {
      const m: GoMap = new Map();
      const origins = ORIGINS.get(v);
      for (const [k, x] of v) {
        const o = origins?.get(k);
        if (o && o.kind === 'written' && o.path === path && o.span.start === e.valueStart && o.span.end === e.oldEnd) {
          found++;
          at = where ? `${where}.${k}` : k;
          parent = where;
          nullChanged = (x === null) !== (value === null);
          m.set(k, value);
          setOrigin(m, k, src);
          continue;
        }
        m.set(k, copy(x, depth + 1, where ? `${where}.${k}` : k));
        const mo = move(o);
        if (mo) setOrigin(m, k, mo);
      }
      return m;
    }
    if (Array.isArray(v)) {
      const origins = ORIGINS.get(v);
      const a = v.map((x, i) => copy(x, depth + 1, `${where}[${i}]`));
      v.forEach((_, i) => { const mo = move(origins?.get(i)); if (mo) setOrigin(a, i, mo); });
      return a;
    }
    return v;
  };
  const out = copy(oldValue, 0, '') as GoMap;
  return found === 1 && !bad ? { value: out, problems: [], editable: true, edit: { from: old, path: at, parent, nullChanged } } : undefined;
}

/** Where the last origin in `path` under a map or list of values ends (-1: none). Values are never changed once read,
 *  so it is kept by object (and dies with it). */
const EXTENT = new WeakMap<object, number>();
function extent(v: GoMap | GoValue[], path: string, depth = 0): number {
  const hit = EXTENT.get(v);
  if (hit !== undefined) return hit;
  let end = -1;
  const origins = ORIGINS.get(v);
  if (origins) for (const o of origins.values()) if (o.kind === 'written' && o.path === path && o.span.end > end) end = o.span.end;
  for (const x of v instanceof Map ? v.values() : v) {
    if ((x instanceof Map || Array.isArray(x)) && depth < 1000) end = Math.max(end, extent(x, path, depth + 1));
    else if (x instanceof Map || Array.isArray(x)) end = Infinity;
  }
  EXTENT.set(v, end);
  return end;
}

function setOrigin(container: object, key: string | number, src: Src) {
  let m = ORIGINS.get(container);
  if (!m) ORIGINS.set(container, (m = new Map()));
  m.set(key, src);
}

/** A plain, untagged scalar as sigs.k8s.io/yaml reads it (YAML 1.1 resolution, then JSON: numbers are float64). */
function plainScalar(s: string): GoValue {
  const r = resolvePlain(s);
  switch (r.tag) {
    case 'str': case 'timestamp': case 'merge': return s;
    case 'null': return null;
    case 'bool': return r.value;
    case 'int': return Number(r.value);
    case 'float':
      if (!Number.isFinite(r.value)) throw new Error(`json: unsupported value: ${s}`);
      return r.value;
  }
}

const rangeOf = (n: YNode): Span => ({ start: n.range?.[0] ?? 0, end: n.range?.[1] ?? 0 });

class Converter {
  private expansions = 0;
  private readonly memo = new Map<YNode, GoValue>();
  /** Aliases or merge keys were met: one written scalar may be a value in several places. */
  shares = false;
  constructor(readonly path: string, readonly text: string, readonly doc: Document.Parsed, readonly prov: Provenance) {}

  /** The origin of a scalar: its characters (inside the quotes for quoted scalars). */
  scalarSrc(n: YNode): Src {
    const [start, end] = n.range!;
    let span = { start, end };
    const type = isScalar(n) ? n.type : undefined;
    if (type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE') span = { start: start + 1, end: Math.max(start + 1, end - 1) };
    const raw = this.text.slice(span.start, span.end);
    return { kind: 'written', path: this.path, span, exact: true, raw, val: true };
  }

  node(n: YNode | null | undefined): GoValue {
    if (!n) return null;
    if (isAlias(n)) {
      this.shares = true;
      if (++this.expansions > MAX_ALIAS_EXPANSIONS) throw new Error('document contains excessive aliasing');
      const target = n.resolve(this.doc);
      if (!target) throw new Error(`unknown anchor '${n.source}' referenced`);
      return this.node(target as YNode);
    }
    if (this.memo.has(n)) return this.memo.get(n)!;
    if (isScalar(n)) return this.scalar(n);
    if (isMap(n)) {
      const m: GoMap = new Map();
      this.memo.set(n, m);
      const merges: YNode[] = [];
      for (const pair of n.items) {
        const k = pair.key as YNode | null;
        if (k && isScalar(k) && k.type === 'PLAIN' && k.value === '<<' && !k.tag) { this.shares = true; merges.push(pair.value as YNode); this.applyMerge(m, pair.value as YNode); continue; }
        const key = this.keyString(k);
        const v = this.node(pair.value as YNode);
        m.set(key, v);
        const vn = pair.value as YNode | null;
        if (vn && isScalar(vn)) this.prov.set(m, key, this.scalarSrc(vn));
        else if (vn && isAlias(vn)) { const t = vn.resolve(this.doc); if (t && isScalar(t)) this.prov.set(m, key, this.scalarSrc(t as YNode)); }
        else if (!vn && k) this.prov.set(m, key, { kind: 'written', path: this.path, span: rangeOf(k), exact: false, val: true });
      }
      void merges;
      return m;
    }
    if (isSeq(n)) {
      const arr: GoValue[] = [];
      this.memo.set(n, arr);
      n.items.forEach((it, i) => {
        arr.push(this.node(it as YNode));
        if (it && isScalar(it)) this.prov.set(arr, i, this.scalarSrc(it as YNode));
      });
      return arr;
    }
    return null;
  }

  private applyMerge(m: GoMap, v: YNode) {
    // go-yaml v2: a `<<` sets the merged keys in place (later keys win); a list of maps is applied last to first
    const one = (x: YNode) => {
      const src = this.node(x);
      if (!(src instanceof Map)) throw new Error('map merge requires map or sequence of maps as the value');
      for (const [k, val] of src) { m.set(k, val); this.prov.copy(src, m, k); }
    };
    const target = isAlias(v) ? (v.resolve(this.doc) as YNode) : v;
    if (target && isSeq(target)) for (let i = target.items.length - 1; i >= 0; i--) one(target.items[i] as YNode);
    else one(v);
  }

  private keyString(k: YNode | null): string {
    const v = k ? this.node(k) : null;
    if (typeof v === 'string') return v;
    if (v === null) throw new Error('unsupported map key of type: <nil>');
    if (typeof v === 'boolean') return String(v);
    if (typeof v === 'number') {
      // sigs.k8s.io/yaml formats float keys with 32-bit precision; integer keys are ints there
      const src = isScalar(k) ? String(k.value) : '';
      const r = resolvePlain(src);
      if (r.tag === 'int') return r.value.toString();
      const f = Math.fround(v);
      return formatKeyFloat(f);
    }
    throw new Error('unsupported map key');
  }

  private scalar(n: YNode & { type?: string; value: unknown; tag?: string }): GoValue {
    const s = String(n.value ?? '');
    const tag = n.tag;
    if (n.type === 'PLAIN' && (!tag || tag === '!')) return tag === '!' ? s : plainScalar(s);
    if (tag === 'tag:yaml.org,2002:str' || tag === 'tag:yaml.org,2002:binary' || !tag) return s;
    const short = tag.replace('tag:yaml.org,2002:', '');
    const r = resolvePlain(s);
    if (short === 'null' && r.tag === 'null') return null;
    if (short === 'bool' && r.tag === 'bool') return r.value;
    if (short === 'int' && r.tag === 'int') return Number(r.value);
    if (short === 'float' && (r.tag === 'float' || r.tag === 'int')) return Number(r.value);
    if (short === 'timestamp' && r.tag === 'timestamp') return s;
    if (tag.startsWith('!') || tag.startsWith('tag:')) {
      if (['null', 'bool', 'int', 'float', 'timestamp'].includes(short)) throw new Error(`cannot decode !!${r.tag} \`${s}\` as a !!${short}`);
      return s;
    }
    return s;
  }
}

function formatKeyFloat(f: number): string {
  if (f === Infinity) return '.inf';
  if (f === -Infinity) return '-.inf';
  if (Number.isNaN(f)) return '.nan';
  for (let p = 1; p <= 9; p++) {
    const s = f.toPrecision(p);
    if (Math.fround(Number(s)) === f) {
      const e = Number(s).toExponential().split('e');
      const exp = Number(e[1]);
      if (exp < -4 || exp >= 21) return `${e[0]}e${exp < 0 ? '-' : '+'}${Math.abs(exp) < 10 ? '0' : ''}${Math.abs(exp)}`;
      return String(Number(s));
    }
  }
  return String(f);
}

/** Helm's loader.MergeMaps: b over a; maps merge deeply, anything else replaces. */
export function mergeMaps(a: GoMap, b: GoMap, prov: Provenance): GoMap {
  const out: GoMap = new Map();
  for (const [k, v] of a) { out.set(k, v); prov.copy(a, out, k); }
  for (const [k, v] of b) {
    const av = out.get(k);
    if (v instanceof Map && av instanceof Map) { out.set(k, mergeMaps(av, v, prov)); continue; }
    out.set(k, v);
    prov.set(out, k, prov.get(b, k));
  }
  return out;
}

/** Deep copy keeping origins (Helm copies values before coalescing). */
export function copyValue(v: GoValue, prov: Provenance): GoValue {
  if (v instanceof Map) {
    const m: GoMap = new Map();
    for (const [k, x] of v) { m.set(k, copyValue(x, prov)); prov.copy(v, m, k); }
    return m;
  }
  if (Array.isArray(v)) {
    const a = v.map(x => copyValue(x, prov));
    v.forEach((_, i) => prov.copy(v, a, i));
    return a;
  }
  return v;
}

/** Helm's CoalesceValues for a chart without subcharts: user values over the chart's, `null` deleting keys. */
export function coalesceValues(chartValues: GoMap, user: GoMap, prov: Provenance): GoMap {
  const dest = copyValue(user, prov) as GoMap;
  const vc = copyValue(chartValues, prov) as GoMap;
  for (const [key, val] of vc) {
    if (dest.has(key)) {
      const value = dest.get(key);
      if (value === null) dest.delete(key);
      else if (value instanceof Map) {
        if (val instanceof Map) {
          cleanNil(val);
          coalesceTables(value, val, prov);
        }
      }
    } else {
      if (val === null) continue;
      if (val instanceof Map) cleanNil(val);
      dest.set(key, val);
      prov.copy(vc, dest, key);
    }
  }
  return dest;
}

function cleanNil(m: GoMap) {
  for (const [k, v] of m) {
    if (v === null) m.delete(k);
    else if (v instanceof Map) cleanNil(v);
  }
}

function coalesceTables(dst: GoMap, src: GoMap, prov: Provenance) {
  const srcNonNil = new Set<string>();
  for (const [k, v] of src) if (v !== null) srcNonNil.add(k);
  for (const [k, v] of dst) if (v === null) src.set(k, null);
  for (const [key, val] of src) {
    const has = dst.has(key);
    const dv = dst.get(key);
    if (has && dv === null && srcNonNil.has(key)) dst.delete(key);
    else if (!has) { dst.set(key, val); prov.copy(src, dst, key); }
    else if (val instanceof Map) { if (dv instanceof Map) coalesceTables(dv, val, prov); }
  }
}

/** Records the `.Values` path of every map and list (for reporting which values templates read). Returns whether a
 *  map or list is reachable at two paths (it keeps the first), or the tree is deeper than the paths go. */
export function assignPaths(v: GoValue, path: string, prov: Provenance, depth = 0): boolean {
  if (depth > 200) return v instanceof Map || Array.isArray(v);
  let shared = false;
  if (v instanceof Map) {
    if (prov.paths.has(v)) return true;
    prov.paths.set(v, path);
    for (const [k, x] of v) if (assignPaths(x, path ? `${path}.${k}` : k, prov, depth + 1)) shared = true;
  } else if (Array.isArray(v)) {
    if (prov.paths.has(v)) return true;
    prov.paths.set(v, path);
    v.forEach((x, i) => { if (assignPaths(x, `${path}[${i}]`, prov, depth + 1)) shared = true; });
  }
  return shared;
}

// ---- --set (helm.sh/helm/pkg/strvals) ----
const MAX_INDEX = 65536;
const MAX_NESTED_NAME_LEVEL = 30;

class StrvalsError extends Error {}

/**
 * Applies one `--set` argument to `dest` as strvals.ParseInto does (`a.b=c`, `a[0]=x`, `a={x,y}`, `\` escapes,
 * `,` between assignments; `true`/`false`/`null`/integers typed). `path` names the flag in origins.
 */
export function parseSet(s: string, dest: GoMap, path: string, prov: Provenance, asString = false) {
  const p = new SetParser(s, path, prov, asString);
  for (;;) {
    const r = p.key(dest, 0);
    if (r === 'eof') return;
  }
}

class SetParser {
  pos = 0;
  constructor(readonly s: string, readonly path: string, readonly prov: Provenance, readonly asString: boolean) {}

  /** Runes until one in `stop`; returns the text, the stop rune (or undefined at EOF) and the text's span. */
  private until(stop: string): { v: string; last?: string; start: number; end: number; escaped: boolean } {
    let v = '';
    const start = this.pos;
    let escaped = false;
    while (this.pos < this.s.length) {
      const c = this.s[this.pos++];
      if (stop.includes(c)) return { v, last: c, start, end: this.pos - 1, escaped };
      if (c === '\\') {
        if (this.pos >= this.s.length) return { v, start, end: this.pos, escaped: true };
        v += this.s[this.pos++];
        escaped = true;
        continue;
      }
      v += c;
    }
    return { v, start, end: this.pos, escaped };
  }

  private src(start: number, end: number, exact: boolean): Src {
    return { kind: 'written', path: this.path, span: { start, end }, exact, raw: this.s.slice(start, end), val: true };
  }

  private typed(v: string): GoValue {
    if (this.asString) return v;
    const l = v.toLowerCase();
    if (l === 'true') return true;
    if (l === 'false') return false;
    if (l === 'null') return null;
    if (v === '0') return int64(0);
    if (v !== '' && v[0] !== '0' && /^[+-]?\d+$/.test(v)) {
      const b = BigInt(v);
      if (b >= -(2n ** 63n) && b < 2n ** 63n) return int64(b);
    }
    return v;
  }

  key(data: GoMap, level: number): 'ok' | 'eof' {
    const k = this.until('=[,.');
    if (k.last === undefined) {
      if (k.v.length === 0) return 'eof';
      throw new StrvalsError(`key "${k.v}" has no value`);
    }
    const setK = (val: GoValue, src?: Src) => { if (k.v !== '') { data.set(k.v, val); this.prov.set(data, k.v, src); } };
    switch (k.last) {
      case '[': {
        const i = this.keyIndex();
        const existing = data.get(k.v);
        if (data.has(k.v) && !Array.isArray(existing)) throw new StrvalsError(`unable to parse key: interface conversion: interface {} is ${existing === null ? 'nil' : typeof existing}, not []interface {}`);
        const list = this.listItem(Array.isArray(existing) ? existing : [], i, level);
        setK(list);
        return 'ok';
      }
      case '=': {
        const vl = this.valList();
        if (vl === 'eof') { setK('', this.src(this.pos, this.pos, false)); return 'eof'; }
        if (vl !== 'notlist') { setK(vl); return 'ok'; }
        const r = this.until(',');
        setK(this.typed(r.v), this.src(r.start, r.end, !r.escaped));
        return r.last === undefined ? 'eof' : 'ok';
      }
      case ',':
        setK('');
        throw new StrvalsError(`key "${k.v}" has no value (cannot end with ,)`);
      case '.': {
        if (++level > MAX_NESTED_NAME_LEVEL) throw new StrvalsError(`value name nested level is greater than maximum supported nested level of ${MAX_NESTED_NAME_LEVEL}`);
        const ex = data.get(k.v);
        if (data.has(k.v) && !(ex instanceof Map)) throw new StrvalsError(`unable to parse key: interface conversion: interface {} is not map[string]interface {}`);
        const inner: GoMap = ex instanceof Map ? ex : new Map();
        const r = this.key(inner, level);
        if (r === 'ok' && inner.size === 0) throw new StrvalsError(`key map "${k.v}" has no value`);
        if (inner.size) setK(inner);
        return r;
      }
    }
    return 'ok';
  }

  private keyIndex(): number {
    const r = this.until(']');
    if (r.last === undefined) throw new StrvalsError('error parsing index: EOF');
    if (!/^[+-]?\d+$/.test(r.v)) throw new StrvalsError(`error parsing index: strconv.Atoi: parsing "${r.v}": invalid syntax`);
    return Number(r.v);
  }

  private setIndex(list: GoValue[], i: number, v: GoValue, src?: Src): GoValue[] {
    if (i < 0) throw new StrvalsError(`negative ${i} index not allowed`);
    if (i > MAX_INDEX) throw new StrvalsError(`index of ${i} is greater than maximum supported index of ${MAX_INDEX}`);
    if (list.length <= i) {
      const n = list.slice();
      list.forEach((_, j) => this.prov.copy(list, n, j));
      while (n.length <= i) n.push(null);
      list = n;
    }
    list[i] = v;
    this.prov.set(list, i, src);
    return list;
  }

  private listItem(list: GoValue[], i: number, level: number): GoValue[] {
    if (i < 0) throw new StrvalsError(`negative ${i} index not allowed`);
    const k = this.until('[.=');
    if (k.v.length > 0) throw new StrvalsError(`unexpected data at end of array index: "${k.v}"`);
    if (k.last === undefined) throw new StrvalsError('EOF');
    switch (k.last) {
      case '=': {
        const vl = this.valList();
        if (vl === 'eof') return this.setIndex(list, i, '');
        if (vl !== 'notlist') return this.setIndex(list, i, vl);
        const r = this.until(',');
        return this.setIndex(list, i, this.typed(r.v), this.src(r.start, r.end, !r.escaped));
      }
      case '[': {
        const next = this.keyIndex();
        const ex = list.length > i ? list[i] : null;
        if (ex !== null && !Array.isArray(ex)) throw new StrvalsError('interface conversion: not []interface {}');
        const l2 = this.listItem(Array.isArray(ex) ? ex : [], next, level);
        return this.setIndex(list, i, l2);
      }
      case '.': {
        let inner: GoMap = new Map();
        if (list.length > i) {
          const ex = list[i];
          if (ex instanceof Map) inner = ex; else list[i] = inner;
        }
        this.key(inner, level);
        return this.setIndex(list, i, inner);
      }
    }
    throw new StrvalsError(`parse error: unexpected token ${k.last}`);
  }

  private valList(): GoValue[] | 'eof' | 'notlist' {
    if (this.pos >= this.s.length) return 'eof';
    if (this.s[this.pos] !== '{') return 'notlist';
    this.pos++;
    const list: GoValue[] = [];
    for (;;) {
      const r = this.until(',}');
      if (r.last === undefined) throw new StrvalsError("list must terminate with '}'");
      list.push(this.typed(r.v));
      this.prov.set(list, list.length - 1, this.src(r.start, r.end, !r.escaped));
      if (r.last === '}') {
        if (this.s[this.pos] === ',') this.pos++;
        return list;
      }
    }
  }
}

/** Parses `--set` arguments in order into `base`, reporting parse errors (Helm stops at the first). */
export function applySets(sets: string[], base: GoMap, prov: Provenance, problems: ValuesProblem[], asString = false): void {
  const flag = asString ? '--set-string' : '--set';
  sets.forEach((s, i) => {
    try {
      parseSet(s, base, `${flag}[${i}]`, prov, asString);
    } catch (e) {
      if (!(e instanceof StrvalsError)) throw e;
      problems.push({ path: `${flag}[${i}]`, span: { start: 0, end: s.length }, message: `failed parsing ${flag} data: ${e.message}` });
    }
  });
}
