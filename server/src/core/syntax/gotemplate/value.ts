// Go values as the evaluator sees them, and Go's `fmt` printing of them (%v, %s, %d, %q), so rendered text equals
// what `text/template` prints. Model: string → string, bool → boolean, float64 → number, int/int64/uint64 →
// GoInt (bigint, exact), nil interface → null, "no value" (invalid reflect.Value) → undefined,
// []interface{} → array, map[string]interface{} → Map, Go structs with methods → GoObject.

export class GoInt {
  constructor(readonly v: bigint, readonly type: 'int' | 'int64' | 'uint64' = 'int') {}
}
export const int = (n: number | bigint, type: GoInt['type'] = 'int') => new GoInt(BigInt.asIntN(64, BigInt(n)), type);
export const int64 = (n: number | bigint) => int(n, 'int64');

/** A Go struct or typed value with fields and methods (`.Files`, `.Capabilities`, …). */
export interface GoObject {
  readonly goType: string;
  field?(name: string): { value: GoValue } | undefined;
  method?(name: string): ((args: GoValue[]) => GoValue) | undefined;
  /** Where a method's result came from (`.Files.Get` of a chart file: that file). */
  originOfCall?(name: string, args: GoValue[]): import('./sstr').Src | undefined;
  /** How fmt prints it (`{...}` for structs, a Stringer's String()). */
  format(): string;
}
export const isGoObject = (v: unknown): v is GoObject => typeof v === 'object' && v !== null && 'goType' in v && !(v instanceof Map) && !Array.isArray(v);

export type GoValue = string | number | boolean | GoInt | null | undefined | GoValue[] | GoMap | GoObject | Uint8Array;
export type GoMap = Map<string, GoValue>;

export type Kind = 'invalid' | 'nil' | 'bool' | 'int' | 'uint' | 'float' | 'string' | 'slice' | 'map' | 'struct' | 'bytes';
export function kindOf(v: GoValue): Kind {
  if (v === undefined) return 'invalid';
  if (v === null) return 'nil';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'bool';
  if (typeof v === 'number') return 'float';
  if (v instanceof GoInt) return v.type === 'uint64' ? 'uint' : 'int';
  if (v instanceof Map) return 'map';
  if (Array.isArray(v)) return 'slice';
  if (v instanceof Uint8Array) return 'bytes';
  return 'struct';
}

/** Go type names, as errors and `typeOf` print them. */
export function typeName(v: GoValue): string {
  switch (kindOf(v)) {
    case 'invalid': case 'nil': return '<nil>';
    case 'string': return 'string';
    case 'bool': return 'bool';
    case 'float': return 'float64';
    case 'int': case 'uint': return (v as GoInt).type;
    case 'map': return 'map[string]interface {}';
    case 'slice': return '[]interface {}';
    case 'bytes': return '[]uint8';
    default: return (v as GoObject).goType;
  }
}

/** text/template's truth: non-zero, non-empty. */
export function isTrue(v: GoValue): boolean {
  switch (kindOf(v)) {
    case 'invalid': case 'nil': return false;
    case 'string': return (v as string).length > 0;
    case 'bool': return v as boolean;
    case 'float': return (v as number) !== 0;
    case 'int': case 'uint': return (v as GoInt).v !== 0n;
    case 'map': return (v as GoMap).size > 0;
    case 'slice': return (v as GoValue[]).length > 0;
    case 'bytes': return (v as Uint8Array).length > 0;
    default: return true;
  }
}

/** Go's strconv.FormatFloat(f, fmt, -1, 64) for 'g' (as %v prints), 'e', 'f'. */
export function formatFloat(f: number, fmt: 'g' | 'e' | 'f' = 'g', bits: 32 | 64 = 64): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (bits === 32) f = Math.fround(f);
  const neg = f < 0 || Object.is(f, -0);
  let digits: string, exp: number;
  if (f === 0) { digits = '0'; exp = 0; }
  else {
    const e = (bits === 32 ? shortest32(Math.abs(f)) : Math.abs(f).toExponential()).split('e');
    digits = e[0].replace('.', '');
    exp = Number(e[1]);
  }
  const sign = neg ? '-' : '';
  const nd = digits.length, dp = exp + 1;
  const fmtE = () => {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const ex = Math.abs(exp);
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${ex < 10 ? '0' : ''}${ex}`;
  };
  const fmtF = () => {
    if (dp <= 0) return `${sign}0.${'0'.repeat(-dp)}${digits}`;
    if (dp >= nd) return sign + digits + '0'.repeat(dp - nd);
    return `${sign}${digits.slice(0, dp)}.${digits.slice(dp)}`;
  };
  if (fmt === 'e') return fmtE();
  if (fmt === 'f') return fmtF();
  // Shortest 'g' (what %v prints) switches to exponent notation below 1e-4 and from 1e+06 on (eprec 6).
  return exp < -4 || exp >= 6 ? fmtE() : fmtF();
}

function shortest32(f: number): string {
  for (let p = 1; p <= 9; p++) {
    const s = f.toExponential(p - 1);
    if (Math.fround(Number(s)) === f) return s;
  }
  return f.toExponential(8);
}

/** fmt's %v. `top` is false inside composites (where nil prints `<nil>`). */
export function formatV(v: GoValue): string {
  switch (kindOf(v)) {
    case 'invalid': case 'nil': return '<nil>';
    case 'string': return v as string;
    case 'bool': return String(v);
    case 'float': return formatFloat(v as number);
    case 'int': case 'uint': return (v as GoInt).v.toString();
    case 'slice': return '[' + (v as GoValue[]).map(formatV).join(' ') + ']';
    case 'bytes': return '[' + Array.from(v as Uint8Array).join(' ') + ']';
    case 'map': {
      const m = v as GoMap;
      return 'map[' + sortedKeys(m).map(k => `${k}:${formatV(m.get(k))}`).join(' ') + ']';
    }
    default: return (v as GoObject).format();
  }
}

export function sortedKeys(m: GoMap): string[] {
  return [...m.keys()].sort(compareGoStrings);
}
/** Go compares strings bytewise (UTF-8); for code points below U+10000 UTF-16 order is the same except surrogates. */
export function compareGoStrings(a: string, b: string): number {
  if (a === b) return 0;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!, y = b.codePointAt(i)!;
    if (x !== y) return x < y ? -1 : 1;
    if (x > 0xffff) i++;
  }
  return a.length < b.length ? -1 : 1;
}

/** strconv.Quote: Go's %q of a string. */
export function quoteGo(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c === 7) out += '\\a';
    else if (c === 8) out += '\\b';
    else if (c === 12) out += '\\f';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c === 9) out += '\\t';
    else if (c === 11) out += '\\v';
    else if (c === 0xfffd && ch !== '\ufffd') out += '\\ufffd';
    else if (c < 0x20 || c === 0x7f) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (!isGoPrint(c)) out += c > 0xffff ? '\\U' + c.toString(16).padStart(8, '0') : '\\u' + c.toString(16).padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}
// Approximation of unicode.IsPrint: letters, marks, numbers, punctuation, symbols and ASCII space.
function isGoPrint(c: number): boolean {
  if (c < 0x7f) return c >= 0x20;
  if (c >= 0x80 && c < 0xa0) return false;
  return /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(String.fromCodePoint(c));
}

/** Sprig's strval / toString: strings as is, others as fmt %v. */
export function strval(v: GoValue): string {
  if (typeof v === 'string') return v;
  if (v instanceof Uint8Array) return new TextDecoder().decode(v);
  return formatV(v);
}

/** Go's fmt.Sprintf for the verbs charts use (%s %d %v %q %t %f %x %c %%), with width/flags for common cases. */
export function sprintf(format: string, args: GoValue[]): string {
  return sprintfParts(format, args).map(p => p.text).join('');
}

/** The pieces of a Sprintf result: format text [start, end) or the formatting of argument `arg`. */
export type FmtPart = { text: string; lit?: [number, number]; arg?: number; verb?: string };
export function sprintfParts(format: string, args: GoValue[]): FmtPart[] {
  const parts: FmtPart[] = [];
  let litStart = 0;
  let out = '';
  const flushLit = (end: number) => { if (end > litStart) parts.push({ text: format.slice(litStart, end), lit: [litStart, end] }); };
  let ai = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== '%') continue;
    flushLit(i);
    let j = i + 1;
    let flags = '';
    while (j < format.length && '+-# 0'.includes(format[j])) flags += format[j++];
    let width = '';
    while (j < format.length && /[0-9]/.test(format[j])) width += format[j++];
    let prec: number | undefined;
    if (format[j] === '.') { j++; let p = ''; while (j < format.length && /[0-9]/.test(format[j])) p += format[j++]; prec = Number(p || '0'); }
    const verb = format[j];
    i = j;
    litStart = j + 1;
    if (verb === undefined) { parts.push({ text: '%!(NOVERB)' }); litStart = format.length; break; }
    if (verb === '%') { parts.push({ text: '%' }); continue; }
    if (ai >= args.length) { parts.push({ text: `%!${verb}(MISSING)` }); continue; }
    const argIndex = ai;
    const a = args[ai++];
    let s = fmtVerb(verb, a, flags, prec);
    if (width) {
      const w = Number(width);
      if (w > 1_000_000) throw new RangeError(`printf width ${w} too large`);
      const len = [...s].length;
      if (len < w) {
        if (flags.includes('-')) s = s + ' '.repeat(w - len);
        else if (flags.includes('0') && /[dfegx]/.test(verb)) s = s.startsWith('-') ? '-' + '0'.repeat(w - len) + s.slice(1) : '0'.repeat(w - len) + s;
        else s = ' '.repeat(w - len) + s;
      }
    }
    parts.push({ text: s, arg: argIndex, verb });
  }
  flushLit(format.length);
  void out;
  if (ai < args.length) parts.push({ text: '%!(EXTRA ' + args.slice(ai).map(a => `${typeName(a)}=${formatV(a)}`).join(', ') + ')' });
  return parts;
}

function fmtVerb(verb: string, a: GoValue, flags: string, prec?: number): string {
  const k = kindOf(a);
  const bad = () => `%!${verb}(${k === 'invalid' || k === 'nil' ? '<nil>' : typeName(a) + '=' + formatV(a)})`;
  switch (verb) {
    case 'v': return k === 'invalid' || k === 'nil' ? '<nil>' : formatV(a);
    case 's':
      if (k === 'invalid' || k === 'nil') return '%!s(<nil>)';
      if (k === 'int' || k === 'uint' || k === 'float' || k === 'bool') return bad();
      return formatV(a);
    case 'q':
      if (k === 'string') return quoteGo(a as string);
      if (k === 'int') return quoteGo(String.fromCodePoint(Number((a as GoInt).v)));
      return bad();
    case 'd':
      if (k === 'int' || k === 'uint') { const s = (a as GoInt).v.toString(); return flags.includes('+') && !s.startsWith('-') ? '+' + s : s; }
      if (k === 'slice') return '[' + (a as GoValue[]).map(x => fmtVerb('d', x, flags)).join(' ') + ']';
      return bad();
    case 't': return k === 'bool' ? String(a) : bad();
    case 'f': case 'F': case 'e': case 'g':
      if (k !== 'float') return bad();
      if (verb === 'g' && prec === undefined) return formatFloat(a as number);
      if (verb === 'e') return goExp((a as number).toExponential(prec ?? 6));
      return (a as number).toFixed(prec ?? 6);
    case 'x': case 'X': {
      let s: string;
      if (k === 'int' || k === 'uint') { const v = (a as GoInt).v; s = (v < 0n ? '-' : '') + (v < 0n ? -v : v).toString(16); }
      else if (k === 'string') s = Array.from(new TextEncoder().encode(a as string)).map(b => b.toString(16).padStart(2, '0')).join('');
      else return bad();
      return verb === 'X' ? s.toUpperCase() : s;
    }
    case 'c': return k === 'int' ? String.fromCodePoint(Number((a as GoInt).v)) : bad();
    case 'T': return typeName(a);
    default: return bad();
  }
}
const goExp = (s: string) => s.replace(/e([+-])(\d)$/, 'e$10$2');
