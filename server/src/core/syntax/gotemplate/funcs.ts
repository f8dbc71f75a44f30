// The functions Helm templates can call: text/template's builtins, the Sprig functions charts use, and Helm's own
// (include, tpl, required, fail, toYaml, …). Each has Go's parameter types (reflect checks them) and keeps
// provenance: identity-like functions return their argument as is, string slicers keep the pieces' origins,
// others derive a non-exact origin from their data argument. Functions whose result cannot be known here
// (random, time, crypto, cluster lookups) return a stand-in marked unknown — never a guess passed off as real.
import { type CallCtx, FuncError, type GoFunc, type PT, type TV, tv, asSStr } from './exec';
import { toYaml as emitYaml } from './goyaml';
import { concatS, derive, SBuilder, type SStr, sliceS, sstr, type Src, wholeSrc } from './sstr';
import {
  compareGoStrings, formatFloat, formatV, GoInt, type GoMap, type GoValue, int, int64, isGoObject, isTrue, kindOf,
  quoteGo, sortedKeys, sprintfParts, strval, typeName,
} from './value';

type Impl = (args: TV[], ctx: CallCtx) => TV;
const F = new Map<string, GoFunc>();
function def(name: string | string[], params: PT[], call: Impl, variadic?: PT) {
  for (const n of Array.isArray(name) ? name : [name]) F.set(n, { params, variadic, call });
}
/** A function computing a plain value; the origin derives from the last (data) argument. */
function simple(name: string | string[], params: PT[], fn: (...a: GoValue[]) => GoValue, variadic?: PT) {
  def(name, params, (args, ctx) => {
    const v = fn(...args.map(a => a.v));
    return tv(v, derive(dataSrc(args[args.length - 1]), ctx.name));
  }, variadic);
}
function dataSrc(a: TV | undefined): Src | undefined {
  if (!a) return undefined;
  return a.src ?? (a.s ? wholeSrc(a.s) : undefined);
}
const str = (s: SStr): TV => ({ v: s.text, s, src: wholeSrc(s) });
const S = (a: TV): SStr => asSStr(a, a.v as string);

// ---- text/template builtins ----
def('and', ['value'], () => tv(undefined), 'value');
def('or', ['value'], () => tv(undefined), 'value');
F.get('and')!.lazy = true;
F.get('or')!.lazy = true;
def('not', ['value'], ([a]) => tv(!isTrue(a.v)));
def('len', ['value'], ([a]) => {
  const v = a.v;
  switch (kindOf(v)) {
    case 'string': return tv(int(new TextEncoder().encode(v as string).length));
    case 'slice': return tv(int((v as GoValue[]).length));
    case 'map': return tv(int((v as GoMap).size));
    case 'bytes': return tv(int((v as Uint8Array).length));
    default: throw new FuncError(`len of ${v === undefined || v === null ? 'nil pointer' : 'type ' + typeName(v)}`);
  }
});
def('index', ['value'], ([item, ...idx], ctx) => {
  let cur: TV = item;
  for (const i of idx) {
    const v = cur.v;
    if (v === undefined || v === null) throw new FuncError('index of untyped nil');
    if (v instanceof Map) {
      if (typeof i.v !== 'string') throw new FuncError(`value has type ${typeName(i.v)}; should be string`);
      ctx.exec.hooks.onField?.(v, i.v, v.has(i.v));
      const taint = cur.src?.kind === 'unknown' ? cur.src : undefined;
      cur = v.has(i.v) ? { v: v.get(i.v) ?? null, src: originHook(v, i.v) ?? taint } : tv(null, taint);
    } else if (Array.isArray(v) || typeof v === 'string') {
      const n = toIndex(i.v);
      const len = Array.isArray(v) ? v.length : v.length;
      if (n < 0 || n >= len) throw new FuncError(`index out of range: ${n}`);
      cur = Array.isArray(v) ? { v: v[n], src: originHook(v, n) } : tv(int(v.charCodeAt(n)));
    } else throw new FuncError(`can't index item of type ${typeName(v)}`);
  }
  return cur;
}, 'value');
def('slice', ['value'], ([item, ...idx]) => {
  const v = item.v;
  const ns = idx.map(i => toIndex(i.v));
  if (typeof v === 'string') {
    const [a = 0, b = v.length] = ns;
    if (a < 0 || b > v.length || a > b) throw new FuncError(`index out of range`);
    return str(sliceS(S(item), a, b));
  }
  if (Array.isArray(v)) {
    const [a = 0, b = v.length] = ns;
    if (a < 0 || b > v.length || a > b) throw new FuncError(`index out of range`);
    return tv(v.slice(a, b));
  }
  throw new FuncError(`can't slice item of type ${typeName(v)}`);
}, 'value');
function toIndex(v: GoValue): number {
  if (v instanceof GoInt) return Number(v.v);
  throw new FuncError(`cannot index slice/array with type ${typeName(v)}`);
}
let originHook: (c: GoValue, k: string | number) => Src | undefined = () => undefined;
/** The host tells functions like `index` where container elements came from. */
export function setOriginHook(h: typeof originHook) { originHook = h; }

/** fmt.Sprint: spaces between operands when neither is a string. */
function sprint(args: GoValue[]): string {
  let out = '';
  args.forEach((a, i) => {
    if (i > 0 && typeof a !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += a === undefined || a === null ? '<nil>' : formatV(a);
  });
  return out;
}
def('print', [], args => {
  if (args.length === 1 && typeof args[0].v === 'string') return args[0];
  return tv(sprint(args.map(a => a.v)), derive(args.length === 1 ? dataSrc(args[0]) : undefined, 'print'));
}, 'any');
def('println', [], args => tv(args.map(a => (a.v === undefined || a.v === null ? '<nil>' : formatV(a.v))).join(' ') + '\n'), 'any');
def('printf', ['string'], ([fmt, ...args]) => {
  let parts: ReturnType<typeof sprintfParts>;
  try { parts = sprintfParts(fmt.v as string, args.map(a => a.v)); } catch (e) { throw new FuncError((e as Error).message, 'limit'); }
  const b = new SBuilder();
  const fs = S(fmt);
  for (const p of parts) {
    if (p.lit) b.pushS(sliceS(fs, p.lit[0], p.lit[1]));
    else if (p.arg !== undefined && (p.verb === 's' || p.verb === 'v') && typeof args[p.arg].v === 'string' && p.text === args[p.arg].v) b.pushS(S(args[p.arg]));
    else if (p.arg !== undefined) b.push(p.text, derive(dataSrc(args[p.arg]), `printf %${p.verb}`));
    else b.push(p.text);
  }
  return str(b.build());
}, 'any');

function basicKind(v: GoValue): string {
  const k = kindOf(v);
  return k === 'nil' ? 'invalid' : k;
}
function eq1(a: GoValue, b: GoValue): boolean {
  const ka = basicKind(a), kb = basicKind(b);
  if (ka !== kb) {
    if (ka === 'int' && kb === 'uint') return (a as GoInt).v >= 0n && (a as GoInt).v === (b as GoInt).v;
    if (ka === 'uint' && kb === 'int') return (b as GoInt).v >= 0n && (a as GoInt).v === (b as GoInt).v;
    if (ka !== 'invalid' && kb !== 'invalid') throw new FuncError('incompatible types for comparison');
    return false;
  }
  switch (ka) {
    case 'invalid': return true;
    case 'bool': case 'string': case 'float': return a === b;
    case 'int': case 'uint': return (a as GoInt).v === (b as GoInt).v;
    case 'map': case 'slice':
      // Go: maps and slices are only comparable with nil
      throw new FuncError(`non-comparable type ${formatV(a)}: ${typeName(a)}`);
    default: return a === b;
  }
}
def('eq', ['value'], ([a, ...rest]) => {
  if (!rest.length) throw new FuncError('missing argument for comparison');
  return tv(rest.some(b => eq1(a.v, b.v)));
}, 'value');
def('ne', ['value', 'value'], ([a, b]) => tv(!eq1(a.v, b.v)));
function lt1(a: GoValue, b: GoValue): boolean {
  const ka = basicKind(a), kb = basicKind(b);
  if (ka !== kb) {
    if (ka === 'int' && kb === 'uint') return (a as GoInt).v < 0n || (a as GoInt).v < (b as GoInt).v;
    if (ka === 'uint' && kb === 'int') return (b as GoInt).v >= 0n && (a as GoInt).v < (b as GoInt).v;
    throw new FuncError('incompatible types for comparison');
  }
  switch (ka) {
    case 'float': return (a as number) < (b as number);
    case 'int': case 'uint': return (a as GoInt).v < (b as GoInt).v;
    case 'string': return compareGoStrings(a as string, b as string) < 0;
    default: throw new FuncError('invalid type for comparison');
  }
}
def('lt', ['value', 'value'], ([a, b]) => tv(lt1(a.v, b.v)));
def('le', ['value', 'value'], ([a, b]) => tv(lt1(a.v, b.v) || eq1(a.v, b.v)));
def('gt', ['value', 'value'], ([a, b]) => tv(!lt1(a.v, b.v) && !eq1(a.v, b.v)));
def('ge', ['value', 'value'], ([a, b]) => tv(!lt1(a.v, b.v)));
simple('html', [], (...a) => sprint(a).replace(/[<>&'"\0]/g, c => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&#34;', '\0': '\uFFFD' })[c]!), 'any');
simple('js', [], (...a) => sprint(a).replace(/[\\'"<>&=\n\r\t]/g, c => ({ '\\': '\\\\', "'": "\\'", '"': '\\"', '<': '\\u003C', '>': '\\u003E', '&': '\\u0026', '=': '\\u003D', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]!), 'any');
simple('urlquery', [], (...a) => encodeURIComponent(sprint(a)).replace(/%20/g, '+').replace(/[!'()*]/g, c => '%' + c.charCodeAt(0).toString(16).toUpperCase()), 'any');

// ---- Sprig: defaults, flow ----
export function empty(v: GoValue): boolean {
  return !isTrue(v);
}
def('default', ['any'], ([d, ...given]) => {
  const r = given.length === 0 || empty(given[0].v) ? d : given[0];
  // whether the default applies depends on a value not known before the install (`lookup`): so does the result
  return given[0]?.src?.kind === 'unknown' && r !== given[0] ? { ...r, src: given[0].src } : r;
}, 'any');
simple('empty', ['any'], v => empty(v));
def('coalesce', [], args => args.find(a => !empty(a.v)) ?? tv(null), 'any');
simple('all', [], (...a) => a.every(x => !empty(x)), 'any');
simple('any', [], (...a) => a.some(x => !empty(x)), 'any');
def('ternary', ['any', 'any', 'bool'], ([a, b, c]) => (c.v ? a : b));
def('fail', ['string'], ([m]) => { throw new FuncError(m.v as string, 'fail'); });
def('required', ['string', 'any'], ([msg, v]) => {
  if (v.v === null || v.v === undefined || v.v === '') throw new FuncError(msg.v as string, 'required');
  return v;
});

// ---- strings ----
def('toString', ['any'], ([a]) => (typeof a.v === 'string' ? a : tv(strval(a.v), derive(dataSrc(a), 'toString'))));
/** quote/squote of one value keep its origin on the characters between the quotes (exact when unescaped). */
function quoted(arg: TV, open: string, inner: string, close: string, via: string): TV {
  const d = derive(dataSrc(arg), via);
  const b = new SBuilder();
  b.push(open, d);
  const text = typeof arg.v === 'string' ? arg.v : strval(arg.v);
  const src = dataSrc(arg);
  if (inner === text && typeof arg.v === 'string') b.pushS(S(arg));
  else if (inner === text && src?.kind === 'written' && src.exact && src.raw === text) b.push(inner, src);
  else b.push(inner, d);
  b.push(close, d);
  return str(b.build());
}
def('quote', [], args => {
  const out = args.filter(a => a.v !== null && a.v !== undefined);
  if (out.length === 1) { const q = quoteGo(strval(out[0].v)); return quoted(out[0], '"', q.slice(1, -1), '"', 'quote'); }
  return tv(out.map(a => quoteGo(strval(a.v))).join(' '));
}, 'any');
def('squote', [], args => {
  const out = args.filter(a => a.v !== null && a.v !== undefined);
  if (out.length === 1) return quoted(out[0], "'", formatV(out[0].v), "'", 'squote');
  return tv(out.map(a => `'${formatV(a.v)}'`).join(' '));
}, 'any');
const perRune = (s: string, f: (c: string) => string) => Array.from(s, c => { const m = f(c); return [...m].length === 1 ? m : c; }).join('');
simple('upper', ['string'], s => perRune(s as string, c => c.toUpperCase()));
simple('lower', ['string'], s => perRune(s as string, c => c.toLowerCase()));
simple('title', ['string'], s => (s as string).replace(/(^|[^\p{L}\p{N}_'])(\p{L})/gu, (_m, p, c) => p + c.toUpperCase()));
simple('untitle', ['string'], s => (s as string).replace(/(^|\s)(\S)/g, (_m, p, c) => p + c.toLowerCase()));
simple('swapcase', ['string'], s => [...(s as string)].map(c => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''));
const GO_SPACE = ' \t\n\v\f\r\u0085\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';
function trimIdx(s: string, cut: string, left: boolean, right: boolean): [number, number] {
  let a = 0, b = s.length;
  if (left) while (a < b && cut.includes(s[a])) a++;
  if (right) while (b > a && cut.includes(s[b - 1])) b--;
  return [a, b];
}
def('trim', ['string'], ([s]) => str(sliceS(S(s), ...trimIdx(s.v as string, GO_SPACE, true, true))));
def(['trimAll', 'trimall'], ['string', 'string'], ([c, s]) => str(sliceS(S(s), ...trimIdx(s.v as string, c.v as string, true, true))));
def('trimSuffix', ['string', 'string'], ([suf, s]) => {
  const t = s.v as string, x = suf.v as string;
  return x && t.endsWith(x) ? str(sliceS(S(s), 0, t.length - x.length)) : s;
});
def('trimPrefix', ['string', 'string'], ([pre, s]) => {
  const t = s.v as string, x = pre.v as string;
  return x && t.startsWith(x) ? str(sliceS(S(s), x.length, t.length)) : s;
});
/** UTF-16 offset of UTF-8 byte offset `b` in t (Go slices strings by bytes; a cut inside a character keeps it whole). */
function byteToIndex(t: string, b: number): number {
  let bytes = 0, i = 0;
  while (i < t.length && bytes < b) {
    const cp = t.codePointAt(i)!;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}
const byteLen = (t: string) => new TextEncoder().encode(t).length;
def('trunc', ['int', 'string'], ([c, s]) => {
  const n = Number((c.v as GoInt).v), t = s.v as string, len = byteLen(t);
  if (n < 0 && len + n > 0) return str(sliceS(S(s), byteToIndex(t, len + n), t.length));
  if (n >= 0 && len > n) return str(sliceS(S(s), 0, byteToIndex(t, n)));
  return s;
});
def('substr', ['int', 'int', 'string'], ([a, b, s]) => {
  const t = s.v as string; let start = Number((a.v as GoInt).v), end = Number((b.v as GoInt).v);
  if (start < 0) return str(sliceS(S(s), 0, Math.min(Math.max(end, 0), t.length)));
  if (end < 0 || end > t.length) end = t.length;
  if (start > end) start = end;
  return str(sliceS(S(s), start, end));
});
function indentS(n: number, s: SStr): SStr {
  if (n > 10_000) throw new FuncError(`indent of ${n} spaces is beyond what a chart needs`, 'limit');
  const pad = ' '.repeat(Math.max(n, 0));
  const b = new SBuilder();
  b.push(pad);
  let i = 0;
  for (;;) {
    const j = s.text.indexOf('\n', i);
    if (j < 0) { b.pushS(sliceS(s, i, s.text.length)); break; }
    b.pushS(sliceS(s, i, j + 1));
    b.push(pad);
    i = j + 1;
  }
  return b.build();
}
def('indent', ['int', 'string'], ([n, s]) => str(indentS(Number((n.v as GoInt).v), S(s))));
def('nindent', ['int', 'string'], ([n, s]) => str(concatS(sstr('\n'), indentS(Number((n.v as GoInt).v), S(s)))));
simple('replace', ['string', 'string', 'string'], (o, n, s) => (o === '' ? goReplaceEmpty(s as string, n as string) : (s as string).split(o as string).join(n as string)));
function goReplaceEmpty(s: string, n: string) { return n + [...s].join(n) + (s.length ? n : ''); }
simple('contains', ['string', 'string'], (sub, s) => (s as string).includes(sub as string));
simple('hasPrefix', ['string', 'string'], (p, s) => (s as string).startsWith(p as string));
simple('hasSuffix', ['string', 'string'], (p, s) => (s as string).endsWith(p as string));
simple('repeat', ['int', 'string'], (n, s) => { const c = Number((n as GoInt).v); if (c < 0) throw new FuncError('strings: negative Repeat count'); if (c * (s as string).length > 1e7) throw new FuncError('repeat result too large', 'limit'); return (s as string).repeat(c); });
simple('nospace', ['string'], s => (s as string).replace(/\s/gu, ''));
simple('initials', ['string'], s => (s as string).split(/\s+/).filter(Boolean).map(w => [...w][0]).join(''));
simple('plural', ['string', 'string', 'int'], (one, many, n) => ((n as GoInt).v === 1n ? one : many));
simple('abbrev', ['int', 'string'], (w, s) => { const n = Number((w as GoInt).v), t = s as string; if (n < 4 || t.length <= n) return t; return t.slice(0, n - 3) + '...'; });
simple('cat', [], (...a) => a.filter(x => x !== null && x !== undefined).map(x => formatV(x)).join(' '), 'any');
simple('snakecase', ['string'], s => toWords(s as string).map(w => w.toLowerCase()).join('_'));
simple('kebabcase', ['string'], s => toWords(s as string).map(w => w.toLowerCase()).join('-'));
simple('camelcase', ['string'], s => (s as string).split(/[_\s-]+/).filter(Boolean).map(w => w[0].toUpperCase() + w.slice(1)).join(''));
function toWords(s: string): string[] { return s.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(/[\s_-]+/).filter(Boolean); }
simple('wrap', ['int', 'string'], (n, s) => wrapText(s as string, Number((n as GoInt).v), '\n'));
simple('wrapWith', ['int', 'string', 'string'], (n, sep, s) => wrapText(s as string, Number((n as GoInt).v), sep as string));
function wrapText(s: string, n: number, sep: string): string {
  const words = s.split(' ');
  const lines: string[] = [];
  let cur = '';
  for (const w of words) {
    if (cur && (cur + ' ' + w).length > n) { lines.push(cur); cur = w; } else cur = cur ? cur + ' ' + w : w;
  }
  lines.push(cur);
  return lines.join(sep);
}
simple('toStrings', ['any'], v => toStrList(v));
function toStrList(v: GoValue): string[] {
  if (Array.isArray(v)) return v.filter(x => x !== null && x !== undefined).map(strval);
  if (v === null || v === undefined) return [];
  return [strval(v)];
}
simple('join', ['string', 'any'], (sep, v) => toStrList(v).join(sep as string));
simple('splitList', ['string', 'string'], (sep, s) => goSplit(s as string, sep as string, -1));
simple('split', ['string', 'string'], (sep, s) => new Map(goSplit(s as string, sep as string, -1).map((p, i) => [`_${i}`, p])));
simple('splitn', ['string', 'int', 'string'], (sep, n, s) => new Map(goSplit(s as string, sep as string, Number((n as GoInt).v)).map((p, i) => [`_${i}`, p])));
function goSplit(s: string, sep: string, n: number): string[] {
  if (n === 0) return [];
  if (sep === '') { const cs = [...s]; return n > 0 && cs.length > n ? [...cs.slice(0, n - 1), cs.slice(n - 1).join('')] : cs; }
  const parts = s.split(sep);
  if (n > 0 && parts.length > n) return [...parts.slice(0, n - 1), parts.slice(n - 1).join(sep)];
  return parts;
}
simple('sortAlpha', ['any'], v => toStrList(v).sort(compareGoStrings));
simple('b64enc', ['string'], s => bytesToB64(new TextEncoder().encode(s as string)));
simple('b64dec', ['string'], s => { try { return new TextDecoder().decode(b64ToBytes(s as string)); } catch (e) { return (e as Error).message; } });
simple('b32enc', ['string'], s => b32(new TextEncoder().encode(s as string)));
function bytesToB64(b: Uint8Array): string { let s = ''; for (const x of b) s += String.fromCharCode(x); return btoa(s); }
function b64ToBytes(s: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(s) || s.length % 4 !== 0) throw new Error(`illegal base64 data at input byte ${badB64Index(s)}`);
  const bin = atob(s);
  return Uint8Array.from(bin, c => c.charCodeAt(0));
}
function badB64Index(s: string): number {
  const i = s.search(/[^A-Za-z0-9+/=]/);
  if (i >= 0) return i;
  const eq = s.indexOf('=');
  if (eq >= 0 && eq < s.length - 2) return eq;
  return Math.floor(s.length / 4) * 4;
}
function b32(b: Uint8Array): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0, val = 0, out = '';
  for (const x of b) { val = (val << 8) | x; bits += 8; while (bits >= 5) { out += A[(val >>> (bits - 5)) & 31]; bits -= 5; } }
  if (bits > 0) out += A[(val << (5 - bits)) & 31];
  while (out.length % 8) out += '=';
  return out;
}

// ---- numbers (cast.ToInt64 & co.) ----
function toInt64(v: GoValue): bigint {
  switch (kindOf(v)) {
    case 'int': case 'uint': return BigInt.asIntN(64, (v as GoInt).v);
    case 'float': { const f = v as number; return Number.isFinite(f) ? BigInt.asIntN(64, BigInt(Math.trunc(f))) : 0n; }
    case 'bool': return v ? 1n : 0n;
    case 'string': {
      // cast.ToInt64: strconv.ParseInt(s, 0, 0) after dropping a ".0…" tail; anything else is 0
      const s = (v as string).replace(/^(-?\d+)\.0*$/, '$1');
      const m = /^([+-]?)(0[xX][0-9a-fA-F]+(?:_[0-9a-fA-F]+)*|0[bB][01]+(?:_[01]+)*|0[oO]?[0-7]*(?:_[0-7]+)*|[1-9][0-9]*(?:_[0-9]+)*)$/.exec(s);
      if (!m) return 0n;
      let body = m[2].replace(/_/g, '');
      if (/^0[0-7]+$/.test(body)) body = '0o' + body.slice(1);
      if (/^0[oObBxX]/.test(body)) body = '0' + body[1].toLowerCase() + body.slice(2);
      const b = BigInt(body || '0') * (m[1] === '-' ? -1n : 1n);
      return b >= -(2n ** 63n) && b < 2n ** 63n ? b : 0n;
    }
    default: return 0n;
  }
}
function toFloat64(v: GoValue): number {
  switch (kindOf(v)) {
    case 'int': case 'uint': return Number((v as GoInt).v);
    case 'float': return v as number;
    case 'bool': return v ? 1 : 0;
    case 'string': { const s = (v as string).trim(); const f = Number(s); return s !== '' && Number.isFinite(f) ? f : 0; }
    default: return 0;
  }
}
simple('int64', ['any'], v => int64(toInt64(v)));
simple('int', ['any'], v => int(toInt64(v)));
simple('float64', ['any'], v => toFloat64(v));
simple('atoi', ['string'], s => { const t = s as string; return /^[+-]?\d+$/.test(t) ? int(BigInt(t)) : int(0); });
simple('add1', ['any'], v => int64(toInt64(v) + 1n));
simple('add', [], (...a) => int64(a.reduce((x: bigint, y) => x + toInt64(y), 0n)), 'any');
simple('sub', ['any', 'any'], (a, b) => int64(toInt64(a) - toInt64(b)));
simple('mul', ['any'], (a, ...r) => int64(r.reduce((x: bigint, y) => x * toInt64(y), toInt64(a))), 'any');
simple('div', ['any', 'any'], (a, b) => { const d = toInt64(b); if (d === 0n) throw new FuncError('runtime error: integer divide by zero'); return int64(toInt64(a) / d); });
simple('mod', ['any', 'any'], (a, b) => { const d = toInt64(b); if (d === 0n) throw new FuncError('runtime error: integer divide by zero'); return int64(toInt64(a) % d); });
simple(['max', 'biggest'], ['any'], (a, ...r) => int64(r.reduce((x: bigint, y) => (toInt64(y) > x ? toInt64(y) : x), toInt64(a))), 'any');
simple('min', ['any'], (a, ...r) => int64(r.reduce((x: bigint, y) => (toInt64(y) < x ? toInt64(y) : x), toInt64(a))), 'any');
simple('maxf', ['any'], (a, ...r) => r.reduce((x: number, y) => Math.max(x, toFloat64(y)), toFloat64(a)), 'any');
simple('minf', ['any'], (a, ...r) => r.reduce((x: number, y) => Math.min(x, toFloat64(y)), toFloat64(a)), 'any');
simple('addf', [], (...a) => a.reduce((x: number, y) => x + toFloat64(y), 0), 'any');
simple('add1f', ['any'], a => toFloat64(a) + 1);
simple('subf', ['any'], (a, ...r) => r.reduce((x: number, y) => x - toFloat64(y), toFloat64(a)), 'any');
simple('mulf', ['any'], (a, ...r) => r.reduce((x: number, y) => x * toFloat64(y), toFloat64(a)), 'any');
simple('divf', ['any'], (a, ...r) => r.reduce((x: number, y) => x / toFloat64(y), toFloat64(a)), 'any');
simple('floor', ['any'], a => Math.floor(toFloat64(a)));
simple('ceil', ['any'], a => Math.ceil(toFloat64(a)));
simple('round', ['any', 'int'], (a, p, ...r) => { const f = 10 ** Number((p as GoInt).v); const x = toFloat64(a) * f; const rf = r.length ? toFloat64(r[0]) : 0.5; const d = x - Math.trunc(x); return (Math.abs(d) >= rf ? Math.trunc(x) + Math.sign(x) : Math.trunc(x)) / f; }, 'float64');
simple('until', ['int'], n => untilStep(0, Number((n as GoInt).v), Number((n as GoInt).v) >= 0 ? 1 : -1));
simple('untilStep', ['int', 'int', 'int'], (a, b, s) => untilStep(Number((a as GoInt).v), Number((b as GoInt).v), Number((s as GoInt).v)));
function untilStep(start: number, stop: number, step: number): GoValue[] {
  const out: GoValue[] = [];
  if (step === 0 || (step > 0 && start >= stop) || (step < 0 && start <= stop)) return out;
  if (Math.abs((stop - start) / step) > 1e6) throw new FuncError('until: range too large', 'limit');
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(int(i));
  return out;
}
simple('seq', [], (...a) => {
  const n = a.map(x => Number(toInt64(x)));
  const [s, e, st] = n.length === 1 ? [1, n[0], n[0] >= 1 ? 1 : -1] : n.length === 2 ? [n[0], n[1], n[1] >= n[0] ? 1 : -1] : [n[0], n[2], n[1]];
  const out: number[] = [];
  if (st === 0 || Math.abs((e - s) / st) > 1e6) return '';
  for (let i = s; st > 0 ? i <= e : i >= e; i += st) out.push(i);
  return out.join(' ');
}, 'any');

// ---- lists and dicts ----
def(['list', 'tuple'], [], args => tv(args.map(a => (a.v === undefined ? null : a.v))), 'any');
def('dict', [], args => {
  const m: GoMap = new Map();
  for (let i = 0; i < args.length; i += 2) m.set(strval(args[i].v), i + 1 < args.length ? (args[i + 1].v ?? null) : '');
  return tv(m);
}, 'any');
const asList = (v: GoValue, fn: string): GoValue[] => {
  if (Array.isArray(v)) return v;
  if (v === null || v === undefined) return [];
  throw new FuncError(`Cannot find ${fn} on type ${typeName(v)}`);
};
def('get', ['map', 'string'], ([m, k], ctx) => {
  const mm = m.v as GoMap | null;
  if (mm) ctx.exec.hooks.onField?.(mm, k.v as string, mm.has(k.v as string));
  const taint = m.src?.kind === 'unknown' ? m.src : undefined;
  return mm && mm.has(k.v as string) ? { v: mm.get(k.v as string) ?? null, src: originHook(mm, k.v as string) ?? taint } : tv('', taint);
});
def('set', ['map', 'string', 'any'], ([m, k, v]) => { (m.v as GoMap).set(k.v as string, v.v ?? null); return m; });
def('unset', ['map', 'string'], ([m, k]) => { (m.v as GoMap).delete(k.v as string); return m; });
def('hasKey', ['map', 'string'], ([m, k], ctx) => {
  const mm = m.v as GoMap | null;
  if (mm) ctx.exec.hooks.onField?.(mm, k.v as string, mm.has(k.v as string));
  return tv(!!mm?.has(k.v as string));
});
simple('keys', [], (...ms) => ms.flatMap(m => [...((m as GoMap | null)?.keys() ?? [])]), 'map');
simple('values', ['map'], m => [...((m as GoMap | null)?.values() ?? [])]);
simple('pluck', ['string'], (k, ...ms) => ms.filter(m => (m as GoMap | null)?.has(k as string)).map(m => (m as GoMap).get(k as string)!), 'map');
simple('pick', ['map'], (m, ...ks) => new Map([...((m as GoMap | null) ?? new Map())].filter(([k]) => ks.includes(k))), 'string');
simple('omit', ['map'], (m, ...ks) => new Map([...((m as GoMap | null) ?? new Map())].filter(([k]) => !ks.includes(k))), 'string');
function deepCopy(v: GoValue): GoValue {
  if (v instanceof Map) return new Map([...v].map(([k, x]) => [k, deepCopy(x)]));
  if (Array.isArray(v)) return v.map(deepCopy);
  return v;
}
simple(['deepCopy', 'mustDeepCopy'], ['any'], v => deepCopy(v));
function mergeInto(dst: GoMap, src: GoMap, overwrite: boolean) {
  // mergo.Merge: fill what dst lacks or has empty; WithOverride: non-empty src values win
  for (const [k, v] of src) {
    const d = dst.get(k);
    if (d instanceof Map && v instanceof Map) { mergeInto(d, v, overwrite); continue; }
    if (!dst.has(k) || (overwrite ? !empty(v) : empty(d))) dst.set(k, deepCopy(v));
  }
}
def(['merge', 'mustMerge'], ['map'], ([d, ...s]) => { for (const x of s) if (x.v) mergeInto(d.v as GoMap, x.v as GoMap, false); return d; }, 'map');
def(['mergeOverwrite', 'mustMergeOverwrite'], ['map'], ([d, ...s]) => { for (const x of s) if (x.v) mergeInto(d.v as GoMap, x.v as GoMap, true); return d; }, 'map');
simple(['append', 'push', 'mustAppend', 'mustPush'], ['any', 'any'], (l, v) => [...asList(l, 'push'), v ?? null]);
simple(['prepend', 'mustPrepend'], ['any', 'any'], (l, v) => [v ?? null, ...asList(l, 'prepend')]);
def(['first', 'mustFirst'], ['any'], ([l]) => { const a = asList(l.v, 'first'); return a.length ? { v: a[0], src: originHook(l.v, 0) } : tv(null); });
def(['last', 'mustLast'], ['any'], ([l]) => { const a = asList(l.v, 'last'); return a.length ? { v: a[a.length - 1], src: originHook(l.v, a.length - 1) } : tv(null); });
simple(['rest', 'mustRest'], ['any'], l => asList(l, 'rest').slice(1));
simple(['initial', 'mustInitial'], ['any'], l => asList(l, 'initial').slice(0, -1));
simple(['reverse', 'mustReverse'], ['any'], l => [...asList(l, 'reverse')].reverse());
simple(['compact', 'mustCompact'], ['any'], l => asList(l, 'compact').filter(x => !empty(x)));
simple(['uniq', 'mustUniq'], ['any'], l => { const out: GoValue[] = []; for (const x of asList(l, 'uniq')) if (!out.some(y => deepEqual(x, y))) out.push(x); return out; });
simple(['without', 'mustWithout'], ['any'], (l, ...o) => asList(l, 'without').filter(x => !o.some(y => deepEqual(x, y))), 'any');
simple(['has', 'mustHas'], ['any', 'any'], (n, l) => asList(l, 'has').some(x => deepEqual(x, n)));
simple('concat', [], (...ls) => ls.flatMap(l => asList(l, 'concat')), 'any');
simple(['chunk', 'mustChunk'], ['int', 'any'], (n, l) => { const a = asList(l, 'chunk'), s = Number((n as GoInt).v), out: GoValue[] = []; for (let i = 0; i < a.length; i += s) out.push(a.slice(i, i + s)); return out; });
def('dig', ['any'], (args, ctx) => {
  const m = args[args.length - 1], d = args[args.length - 2], ks = args.slice(0, -2).map(a => a.v as string);
  let cur: GoValue = m.v; let src: Src | undefined;
  // what comes out of something unknown (a `lookup` result) stays unknown, the default included
  const taint = m.src?.kind === 'unknown' ? m.src : undefined;
  for (const k of ks) {
    if (cur instanceof Map) ctx.exec.hooks.onField?.(cur, k, cur.has(k));
    if (!(cur instanceof Map) || !cur.has(k)) return taint ? { ...d, src: taint } : d;
    src = originHook(cur, k);
    cur = cur.get(k)!;
  }
  return { v: cur, src: src ?? taint };
}, 'any');
export function deepEqual(a: GoValue, b: GoValue): boolean {
  if (a instanceof GoInt && b instanceof GoInt) return a.v === b.v && a.type === b.type;
  if (a instanceof Map && b instanceof Map) return a.size === b.size && [...a].every(([k, v]) => b.has(k) && deepEqual(v, b.get(k)));
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  return a === b || ((a === null || a === undefined) && (b === null || b === undefined));
}
simple('deepEqual', ['any', 'any'], (a, b) => deepEqual(a, b));

// ---- types ----
simple('typeOf', ['any'], v => (v === null || v === undefined ? '<nil>' : typeName(v)));
simple('typeIs', ['string', 'any'], (t, v) => t === (v === null || v === undefined ? '<nil>' : typeName(v)));
simple('typeIsLike', ['string', 'any'], (t, v) => { const n = v === null || v === undefined ? '<nil>' : typeName(v); return t === n || t === '*' + n; });
function goKind(v: GoValue): string {
  switch (kindOf(v)) {
    case 'invalid': case 'nil': return 'invalid';
    case 'float': return 'float64';
    case 'int': case 'uint': return (v as GoInt).type;
    case 'bytes': return 'slice';
    default: return kindOf(v);
  }
}
simple('kindOf', ['any'], v => goKind(v));
simple('kindIs', ['string', 'any'], (t, v) => t === goKind(v));

// ---- regex, paths, hashes, semver ----
function re(p: string): RegExp {
  try { return new RegExp(p.replace(/\(\?P</g, '(?<'), 'gu'); } catch (e) { throw new FuncError(`error parsing regexp: ${(e as Error).message}`); }
}
simple(['regexMatch', 'mustRegexMatch'], ['string', 'string'], (p, s) => re(p as string).test(s as string));
simple(['regexFind', 'mustRegexFind'], ['string', 'string'], (p, s) => (s as string).match(re(p as string))?.[0] ?? '');
simple(['regexFindAll', 'mustRegexFindAll'], ['string', 'string', 'int'], (p, s, n) => { const all = (s as string).match(re(p as string)) ?? []; const k = Number((n as GoInt).v); return k < 0 ? all : all.slice(0, k); });
function goExpand(tmpl: string, m: RegExpExecArray): string {
  return tmpl.replace(/\$\$|\$\{(\w+)\}|\$(\w+)/g, (all, a, b) => {
    if (all === '$$') return '$';
    const name = a ?? b;
    if (/^\d+$/.test(name)) return m[Number(name)] ?? '';
    return m.groups?.[name] ?? '';
  });
}
simple(['regexReplaceAll', 'mustRegexReplaceAll'], ['string', 'string', 'string'], (p, s, r) => (s as string).replace(re(p as string), (...args) => {
  const groups = typeof args[args.length - 1] === 'object' ? args[args.length - 1] : undefined;
  const m = args.slice(0, groups ? -3 : -2) as unknown as RegExpExecArray;
  (m as { groups?: Record<string, string> }).groups = groups;
  return goExpand(r as string, m);
}));
simple(['regexReplaceAllLiteral', 'mustRegexReplaceAllLiteral'], ['string', 'string', 'string'], (p, s, r) => (s as string).replace(re(p as string), () => r as string));
simple(['regexSplit', 'mustRegexSplit'], ['string', 'string', 'int'], (p, s, n) => { const parts = (s as string).split(re(p as string)); const k = Number((n as GoInt).v); return k < 0 ? parts : parts.slice(0, k); });
simple('regexQuoteMeta', ['string'], s => (s as string).replace(/[\\.+*?()|[\]{}^$]/g, '\\$&'));
simple('base', ['string'], p => pathBase(p as string));
simple('dir', ['string'], p => pathDir(p as string));
simple('ext', ['string'], p => { const b = (p as string).split('/').pop()!; const i = b.lastIndexOf('.'); return i >= 0 ? b.slice(i) : ''; });
simple('clean', ['string'], p => pathClean(p as string));
simple('isAbs', ['string'], p => (p as string).startsWith('/'));
function pathClean(p: string): string {
  if (!p) return '.';
  const abs = p.startsWith('/');
  const out: string[] = [];
  for (const s of p.split('/')) {
    if (!s || s === '.') continue;
    if (s === '..') { if (out.length && out[out.length - 1] !== '..') out.pop(); else if (!abs) out.push('..'); } else out.push(s);
  }
  return (abs ? '/' : '') + out.join('/') || (abs ? '/' : '.');
}
function pathBase(p: string): string { if (!p) return '.'; p = p.replace(/\/+$/, ''); if (!p) return '/'; return p.slice(p.lastIndexOf('/') + 1); }
function pathDir(p: string): string { const i = p.lastIndexOf('/'); return pathClean(p.slice(0, i + 1)); }
def('semverCompare', ['string', 'string'], ([c, v]) => tv(semverCompare(c.v as string, v.v as string)));
def('semver', ['string'], () => { throw new FuncError('semver objects are not supported', 'error'); });

interface SV { major: number; minor: number; patch: number; pre: string }
function parseSemver(s: string): SV | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/.exec(s.trim());
  if (!m) return undefined;
  return { major: +m[1], minor: +(m[2] ?? 0), patch: +(m[3] ?? 0), pre: m[4] ?? '' };
}
function cmpPre(a: string, b: string): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  const pa = a.split('.'), pb = b.split('.');
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if (pa[i] === undefined) return -1;
    if (pb[i] === undefined) return 1;
    const na = /^\d+$/.test(pa[i]), nb = /^\d+$/.test(pb[i]);
    if (na && nb) { const d = Number(pa[i]) - Number(pb[i]); if (d) return Math.sign(d); continue; }
    if (na !== nb) return na ? -1 : 1;
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1;
  }
  return 0;
}
function cmpSV(a: SV, b: SV): number {
  return Math.sign(a.major - b.major) || Math.sign(a.minor - b.minor) || Math.sign(a.patch - b.patch) || cmpPre(a.pre, b.pre);
}
/** Masterminds/semver constraints: `>= <= > < = != ~ ^`, x-ranges, hyphen ranges, `,`/space AND, `||` OR. */
export function semverCompare(constraint: string, version: string): boolean {
  const v = parseSemver(version);
  if (!v) throw new FuncError(`Invalid Semantic Version`);
  return constraint.split('||').some(alt => {
    const parts = alt.trim().replace(/\s*-\s+/g, ' - ').replace(/([<>=!~^]+)\s+/g, '$1').split(/[\s,]+/).filter(Boolean);
    const conds: string[] = [];
    for (let i = 0; i < parts.length; i++) {
      if (parts[i + 1] === '-' && parts[i + 2]) { conds.push('>=' + parts[i], '<=' + parts[i + 2]); i += 2; } else conds.push(parts[i]);
    }
    return conds.every(c => check1(c, v));
  });
}
function check1(c: string, v: SV): boolean {
  const m = /^(>=|<=|=>|=<|!=|>|<|=|~>|~|\^)?\s*v?([0-9xX*]+(?:\.[0-9xX*]+){0,2}(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?)$/.exec(c);
  if (!m) throw new FuncError(`improper constraint: ${c}`);
  const op = m[1] ?? '';
  const body = m[2];
  const segs = body.split(/[-+]/)[0].split('.');
  const wild = (s: string | undefined) => s === undefined || /^[xX*]$/.test(s);
  const base = parseSemver(body.replace(/[xX*]/g, '0'))!;
  // a version with a prerelease only satisfies constraints that carry a prerelease (Masterminds' rule)
  if (v.pre && !base.pre) return false;
  const cmp = cmpSV(v, base);
  const nextUp = (lvl: number): SV => (lvl === 0 ? { major: base.major + 1, minor: 0, patch: 0, pre: '' } : { major: base.major, minor: base.minor + 1, patch: 0, pre: '' });
  const wildLvl = wild(segs[0]) ? -1 : wild(segs[1]) ? 0 : wild(segs[2]) ? 1 : 2;
  switch (op) {
    case '': case '=':
      if (wildLvl === -1) return true;
      if (wildLvl < 2) return cmp >= 0 && cmpSV(v, nextUp(wildLvl)) < 0;
      return cmp === 0;
    case '!=':
      if (wildLvl < 2 && wildLvl >= 0) return !(cmp >= 0 && cmpSV(v, nextUp(wildLvl)) < 0);
      return cmp !== 0;
    case '>': if (wildLvl < 2 && wildLvl >= 0) return cmpSV(v, nextUp(wildLvl)) >= 0; return cmp > 0;
    case '>=': case '=>': return cmp >= 0;
    case '<': return cmp < 0;
    case '<=': case '=<': if (wildLvl < 2 && wildLvl >= 0) return cmpSV(v, nextUp(wildLvl)) < 0; return cmp <= 0;
    case '~': case '~>': return cmp >= 0 && cmpSV(v, nextUp(segs.length === 1 ? 0 : 1)) < 0;
    case '^': {
      if (cmp < 0) return false;
      if (base.major > 0 || segs.length === 1) return v.major === base.major;
      if (base.minor > 0 || segs.length === 2) return v.major === 0 && v.minor === base.minor;
      return v.major === 0 && v.minor === 0 && v.patch === base.patch;
    }
    default: return false;
  }
}


// ---- hashes ----
simple('sha256sum', ['string'], s => sha256Hex(new TextEncoder().encode(s as string)));
simple('adler32sum', ['string'], s => { let a = 1, b = 0; for (const x of new TextEncoder().encode(s as string)) { a = (a + x) % 65521; b = (b + a) % 65521; } return String((b * 65536 + a) >>> 0); });
function sha256Hex(data: Uint8Array): string {
  const K = new Uint32Array([0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]);
  const H = new Uint32Array([0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]);
  const l = data.length, n = Math.ceil((l + 9) / 64) * 64;
  const buf = new Uint8Array(n); buf.set(data); buf[l] = 0x80;
  const dv = new DataView(buf.buffer); dv.setUint32(n - 4, (l * 8) >>> 0); dv.setUint32(n - 8, Math.floor(l / 0x20000000));
  const W = new Uint32Array(64);
  const r = (x: number, k: number) => (x >>> k) | (x << (32 - k));
  for (let o = 0; o < n; o += 64) {
    for (let i = 0; i < 16; i++) W[i] = dv.getUint32(o + i * 4);
    for (let i = 16; i < 64; i++) W[i] = (W[i - 16] + (r(W[i - 15], 7) ^ r(W[i - 15], 18) ^ (W[i - 15] >>> 3)) + W[i - 7] + (r(W[i - 2], 17) ^ r(W[i - 2], 19) ^ (W[i - 2] >>> 10))) >>> 0;
    let [a, b, c, d, e, f, g, h] = H;
    for (let i = 0; i < 64; i++) {
      const t1 = (h + (r(e, 6) ^ r(e, 11) ^ r(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + W[i]) >>> 0;
      const t2 = ((r(a, 2) ^ r(a, 13) ^ r(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      h = g; g = f; f = e; e = (d + t1) >>> 0; d = c; c = b; b = a; a = (t1 + t2) >>> 0;
    }
    H[0] += a; H[1] += b; H[2] += c; H[3] += d; H[4] += e; H[5] += f; H[6] += g; H[7] += h;
  }
  return Array.from(H, x => x.toString(16).padStart(8, '0')).join('');
}

// ---- Helm: YAML/JSON ----
def(['toYaml', 'mustToYaml'], ['any'], ([v]) => {
  let s: SStr;
  try { s = emitYaml(v.v, originHook, dataSrc(v)); } catch { return tv(''); }
  if (s.text.endsWith('\n')) s = sliceS(s, 0, s.text.length - 1);
  return str(s);
});
def(['toJson', 'mustToJson', 'toRawJson', 'mustToRawJson'], ['any'], ([v], ctx) => {
  try { return tv(toJson(v.v, ctx.name.includes('Raw')), derive(dataSrc(v), ctx.name)); } catch { return tv(''); }
});
def(['toPrettyJson', 'mustToPrettyJson'], ['any'], ([v], ctx) => {
  try { return tv(JSON.stringify(JSON.parse(toJson(v.v, true)), null, 2), derive(dataSrc(v), ctx.name)); } catch { return tv(''); }
});
export function toJson(v: GoValue, raw = false): string {
  const esc = (s: string) => {
    let j = JSON.stringify(s);
    if (!raw) j = j.replace(/[<>&\u2028\u2029]/g, c => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
    return j;
  };
  switch (kindOf(v)) {
    case 'invalid': case 'nil': return 'null';
    case 'string': return esc(v as string);
    case 'bool': return String(v);
    case 'int': case 'uint': return (v as GoInt).v.toString();
    case 'float': { const f = v as number; if (!Number.isFinite(f)) throw new Error('unsupported value'); const abs = Math.abs(f); return abs !== 0 && (abs < 1e-6 || abs >= 1e21) ? formatFloat(f, 'e').replace(/e([+-])0(\d)$/, 'e$1$2') : formatFloat(f, 'f'); }
    case 'slice': return '[' + (v as GoValue[]).map(x => toJson(x, raw)).join(',') + ']';
    case 'map': { const m = v as GoMap; return '{' + sortedKeys(m).map(k => esc(k) + ':' + toJson(m.get(k), raw)).join(',') + '}'; }
    case 'bytes': return JSON.stringify(bytesToB64(v as Uint8Array));
    default: return isGoObject(v) ? esc(v.format()) : 'null';
  }
}
/** Parses JSON into Go values (numbers are float64, as encoding/json gives them). */
export function fromJsonText(s: string): GoValue {
  const conv = (x: unknown): GoValue => {
    if (x === null) return null;
    if (Array.isArray(x)) return x.map(conv);
    if (typeof x === 'object') return new Map(Object.entries(x as object).map(([k, y]) => [k, conv(y)]));
    return x as GoValue;
  };
  return conv(JSON.parse(s));
}
def(['fromJson', 'mustFromJson'], ['string'], ([s], ctx) => {
  try { const v = fromJsonText(s.v as string); return tv(v instanceof Map ? v : new Map()); } catch (e) {
    if (ctx.name === 'mustFromJson') throw new FuncError((e as Error).message);
    return tv(new Map([['Error', (e as Error).message]]));
  }
});
def('fromJsonArray', ['string'], ([s]) => {
  try { const v = fromJsonText(s.v as string); return tv(Array.isArray(v) ? v : [(`json: cannot unmarshal into []interface {}`)]); } catch (e) { return tv([(e as Error).message]); }
});

/** The parsed-YAML reader the host supplies (values loading lives in the Helm module). */
let yamlReader: ((text: string) => GoValue) | undefined;
export function setYamlReader(r: typeof yamlReader) { yamlReader = r; }
def('fromYaml', ['string'], ([s]) => {
  try { const v = yamlReader ? yamlReader(s.v as string) : new Map(); return tv(v instanceof Map ? v : new Map()); } catch (e) { return tv(new Map([['Error', (e as Error).message]])); }
});
def('fromYamlArray', ['string'], ([s]) => {
  try { const v = yamlReader ? yamlReader(s.v as string) : []; return tv(Array.isArray(v) ? v : []); } catch (e) { return tv([(e as Error).message]); }
});

// ---- Helm: templates ----
def('include', ['string', 'any'], ([name, data], ctx) => {
  const at = ctx.exec.callStack[ctx.exec.callStack.length - 1];
  return str(ctx.exec.callTemplate(name.v as string, data, at, 'include'));
});
// tpl is supplied by the host (it needs the parser); see setTpl.
let tplImpl: ((text: TV, data: TV, ctx: CallCtx) => TV) | undefined;
export function setTpl(f: typeof tplImpl) { tplImpl = f; }
def('tpl', ['string', 'any'], ([t, d], ctx) => {
  if (!tplImpl) throw new FuncError('tpl is not available');
  return tplImpl(t, d, ctx);
});

// ---- constructs evaluated by Helm at render time that this renderer does not reproduce ----
/** Functions whose result is not knowable here: `helm template` gives random/time/cluster-dependent values. */
export const UNKNOWN_FUNCS: Record<string, { params: PT[]; variadic?: PT; stand: (args: GoValue[]) => GoValue; reason: string }> = {
  randAlphaNum: { params: ['int'], stand: a => 'x'.repeat(Math.min(Number((a[0] as GoInt).v), 1e6)), reason: 'randAlphaNum: a random string chosen at each render' },
  randAlpha: { params: ['int'], stand: a => 'x'.repeat(Math.min(Number((a[0] as GoInt).v), 1e6)), reason: 'randAlpha: a random string chosen at each render' },
  randNumeric: { params: ['int'], stand: a => '0'.repeat(Math.min(Number((a[0] as GoInt).v), 1e6)), reason: 'randNumeric: a random string chosen at each render' },
  randAscii: { params: ['int'], stand: a => 'x'.repeat(Math.min(Number((a[0] as GoInt).v), 1e6)), reason: 'randAscii: a random string chosen at each render' },
  randBytes: { params: ['int'], stand: () => '', reason: 'randBytes: random bytes chosen at each render' },
  randInt: { params: ['int', 'int'], stand: a => int((a[0] as GoInt).v), reason: 'randInt: a random number chosen at each render' },
  shuffle: { params: ['string'], stand: a => a[0], reason: 'shuffle: a random order chosen at each render' },
  uuidv4: { params: [], stand: () => '00000000-0000-4000-8000-000000000000', reason: 'uuidv4: a random UUID chosen at each render' },
  now: { params: [], stand: () => '1970-01-01 00:00:00 +0000 UTC', reason: 'now: the time of the render' },
  date: { params: ['string', 'any'], stand: () => '', reason: 'date: depends on the time of the render' },
  dateInZone: { params: ['string', 'any', 'string'], stand: () => '', reason: 'dateInZone: depends on the time of the render' },
  date_in_zone: { params: ['string', 'any', 'string'], stand: () => '', reason: 'date_in_zone: depends on the time of the render' },
  htmlDate: { params: ['any'], stand: () => '', reason: 'htmlDate: depends on the time of the render' },
  htmlDateInZone: { params: ['any', 'string'], stand: () => '', reason: 'htmlDateInZone: depends on the time of the render' },
  dateModify: { params: ['string', 'any'], stand: () => '', reason: 'dateModify: depends on the time of the render' },
  date_modify: { params: ['string', 'any'], stand: () => '', reason: 'date_modify: depends on the time of the render' },
  mustDateModify: { params: ['string', 'any'], stand: () => '', reason: 'mustDateModify: depends on the time of the render' },
  must_date_modify: { params: ['string', 'any'], stand: () => '', reason: 'must_date_modify: depends on the time of the render' },
  toDate: { params: ['string', 'string'], stand: () => '', reason: 'toDate: time values are not evaluated' },
  mustToDate: { params: ['string', 'string'], stand: () => '', reason: 'mustToDate: time values are not evaluated' },
  unixEpoch: { params: ['any'], stand: () => '0', reason: 'unixEpoch: time values are not evaluated' },
  ago: { params: ['any'], stand: () => '', reason: 'ago: depends on the time of the render' },
  duration: { params: ['any'], stand: () => '', reason: 'duration: not evaluated' },
  durationRound: { params: ['any'], stand: () => '', reason: 'durationRound: not evaluated' },
  genPrivateKey: { params: ['string'], stand: () => '', reason: 'genPrivateKey: a key generated at each render' },
  genCA: { params: ['string', 'int'], stand: () => new Map([['Cert', ''], ['Key', '']]), reason: 'genCA: a certificate generated at each render' },
  genCAWithKey: { params: ['string', 'int', 'string'], stand: () => new Map([['Cert', ''], ['Key', '']]), reason: 'genCAWithKey: a certificate generated at each render' },
  genSelfSignedCert: { params: ['string', 'any', 'any', 'int'], stand: () => new Map([['Cert', ''], ['Key', '']]), reason: 'genSelfSignedCert: a certificate generated at each render' },
  genSelfSignedCertWithKey: { params: ['string', 'any', 'any', 'int', 'string'], stand: () => new Map([['Cert', ''], ['Key', '']]), reason: 'genSelfSignedCertWithKey: a certificate generated at each render' },
  genSignedCert: { params: ['string', 'any', 'any', 'int', 'any'], stand: () => new Map([['Cert', ''], ['Key', '']]), reason: 'genSignedCert: a certificate generated at each render' },
  genSignedCertWithKey: { params: ['string', 'any', 'any', 'int', 'any', 'string'], stand: () => new Map([['Cert', ''], ['Key', '']]), reason: 'genSignedCertWithKey: a certificate generated at each render' },
  buildCustomCert: { params: ['string', 'string'], stand: () => new Map([['Cert', ''], ['Key', '']]), reason: 'buildCustomCert: not evaluated' },
  derivePassword: { params: ['any', 'string', 'string', 'string', 'string'], stand: () => '', reason: 'derivePassword: not evaluated' },
  bcrypt: { params: ['string'], stand: () => '', reason: 'bcrypt: a salted hash that differs at each render' },
  htpasswd: { params: ['string', 'string'], stand: () => '', reason: 'htpasswd: a salted hash that differs at each render' },
  encryptAES: { params: ['string', 'string'], stand: () => '', reason: 'encryptAES: random IV at each render' },
  decryptAES: { params: ['string', 'string'], stand: () => '', reason: 'decryptAES: not evaluated' },
  sha1sum: { params: ['string'], stand: () => '', reason: 'sha1sum: not evaluated' },
  sha512sum: { params: ['string'], stand: () => '', reason: 'sha512sum: not evaluated' },
  b32dec: { params: ['string'], stand: () => '', reason: 'b32dec: not evaluated' },
  getHostByName: { params: ['string'], stand: () => '', reason: 'getHostByName: DNS at render time' },
  lookup: { params: ['string', 'string', 'string', 'string'], stand: () => new Map(), reason: 'lookup: objects in the live cluster' },
  toToml: { params: ['any'], stand: () => '', reason: 'toToml: not evaluated' },
  mustToToml: { params: ['any'], stand: () => '', reason: 'mustToToml: not evaluated' },
  fromToml: { params: ['string'], stand: () => new Map(), reason: 'fromToml: not evaluated' },
  toYamlPretty: { params: ['any'], stand: () => '', reason: 'toYamlPretty: not evaluated' },
  toDecimal: { params: ['any'], stand: () => int(0, 'int64'), reason: 'toDecimal: not evaluated' },
  urlParse: { params: ['string'], stand: () => new Map(), reason: 'urlParse: not evaluated' },
  urlJoin: { params: ['map'], stand: () => '', reason: 'urlJoin: not evaluated' },
  mustToDuration: { params: ['any'], stand: () => '', reason: 'mustToDuration: not evaluated' },
  hello: { params: [], stand: () => 'Hello!', reason: 'hello' },
};
for (const d of ['durationSeconds', 'durationMilliseconds', 'durationMicroseconds', 'durationNanoseconds', 'durationMinutes', 'durationHours', 'durationDays', 'durationWeeks']) {
  UNKNOWN_FUNCS[d] = { params: ['any'], stand: () => 0, reason: `${d}: not evaluated` };
}
for (const d of ['durationRoundTo', 'durationTruncateTo']) UNKNOWN_FUNCS[d] = { params: ['any', 'any'], stand: () => '', reason: `${d}: not evaluated` };
for (const [name, u] of Object.entries(UNKNOWN_FUNCS)) {
  if (name === 'hello') { simple('hello', [], () => 'Hello!'); continue; }
  def(name, u.params, (args, ctx) => {
    ctx.exec.hooks.unsupported?.(name, ctx.exec.callStack[ctx.exec.callStack.length - 1]?.path ?? '', ctx.span);
    return tv(u.stand(args.map(a => a.v)), { kind: 'unknown', reason: u.reason });
  }, u.variadic);
}

/** Every function Helm gives templates (Sprig without env/expandenv, plus Helm's own). */
export const FUNCS: ReadonlyMap<string, GoFunc> = F;
