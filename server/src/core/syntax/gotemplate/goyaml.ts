// YAML as Helm reads and writes it: go-yaml v2's resolution of plain scalars (YAML 1.1: `yes`/`on`/`y` are
// booleans, `~` is null, timestamps, `0x`/`0o`/octal ints, base-60 strings) and its emitter as `toYaml` uses it
// (sigs.k8s.io/yaml: value → JSON → go-yaml v2: keys sorted in go-yaml's natural order, quoting rules, literal
// blocks, lines folded past column 80). Scalars copied from values keep their origin in the output.
import { SBuilder, type SStr, type Src } from './sstr';
import { formatFloat, GoInt, type GoMap, type GoValue, isGoObject, kindOf } from './value';

export type Resolved =
  | { tag: 'str'; value: string } | { tag: 'null'; value: null } | { tag: 'bool'; value: boolean }
  | { tag: 'int'; value: bigint } | { tag: 'float'; value: number } | { tag: 'timestamp'; value: string }
  | { tag: 'merge'; value: string };

const BOOLS: Record<string, boolean> = {};
for (const s of ['y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON']) BOOLS[s] = true;
for (const s of ['n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF']) BOOLS[s] = false;
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const SPECIAL_FLOATS: Record<string, number> = {
  '.nan': NaN, '.NaN': NaN, '.NAN': NaN, '.inf': Infinity, '.Inf': Infinity, '.INF': Infinity,
  '+.inf': Infinity, '+.Inf': Infinity, '+.INF': Infinity, '-.inf': -Infinity, '-.Inf': -Infinity, '-.INF': -Infinity,
};
const YAML_FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT64_MIN = -(2n ** 63n), INT64_MAX = 2n ** 63n - 1n, UINT64_MAX = 2n ** 64n - 1n;

/** go-yaml v2's resolve("", s) for a plain scalar. */
export function resolvePlain(s: string): Resolved {
  if (s in BOOLS) return { tag: 'bool', value: BOOLS[s] };
  if (NULLS.has(s)) return { tag: 'null', value: null };
  if (s in SPECIAL_FLOATS) return { tag: 'float', value: SPECIAL_FLOATS[s] };
  if (s === '<<') return { tag: 'merge', value: s };
  const c = s[0];
  if (c === '.') {
    const f = goParseFloat(s);
    if (f !== undefined) return { tag: 'float', value: f };
  } else if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
    if (isTimestamp(s)) return { tag: 'timestamp', value: s };
    const plain = s.replace(/_/g, '');
    const i = goParseInt(plain);
    if (i !== undefined && i >= INT64_MIN && i <= UINT64_MAX && (i <= INT64_MAX || !plain.startsWith('-'))) return { tag: 'int', value: i };
    if (YAML_FLOAT.test(plain)) {
      const f = Number(plain);
      if (Number.isFinite(f) || /^[-+]?\d/.test(plain)) return { tag: 'float', value: f };
    }
    const b = /^(-?)0b([01]+)$/.exec(plain);
    if (b) { const v = BigInt('0b' + b[2]) * (b[1] ? -1n : 1n); if (v >= INT64_MIN && v <= UINT64_MAX) return { tag: 'int', value: v }; }
  }
  return { tag: 'str', value: s };
}

/** strconv.ParseInt/ParseUint with base 0 (sign, 0x, 0o, 0b, leading-0 octal). */
function goParseInt(s: string): bigint | undefined {
  const m = /^([+-]?)(0[xX][0-9a-fA-F]+|0[oO][0-7]+|0[bB][01]+|0[0-7]*|[1-9][0-9]*)$/.exec(s);
  if (!m) return undefined;
  let body = m[2];
  if (/^0[0-7]+$/.test(body)) body = '0o' + body.slice(1);
  if (/^0[oObBxX]/.test(body)) body = '0' + body[1].toLowerCase() + body.slice(2);
  const v = BigInt(body);
  return m[1] === '-' ? -v : v;
}
function goParseFloat(s: string): number | undefined {
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
  if (/^[+-]?(inf|infinity)$/i.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(s)) return NaN;
  return undefined;
}
function isTimestamp(s: string): boolean {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ ]+)(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\.\d{0,9})?(?:[ ]*(?:Z|[+-]\d{1,2}(?::\d{2})?))?)?$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > new Date(Date.UTC(y, mo, 0)).getUTCDate()) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6]) > 59)) return false;
  // Go's layouts: "T"/"t" forms need a zone; the space form has none; date-only has nothing after.
  if (m[4] !== undefined) {
    const hasT = /^\d{4}-\d{1,2}-\d{1,2}[Tt]/.test(s);
    const hasZone = /(Z|[+-]\d{1,2}(:\d{2})?)$/.test(s.slice(10));
    if (hasT !== hasZone) return false;
    if (!hasT && /\s[+-Z]/.test(s.slice(10).replace(/^\s+/, ''))) return false;
  }
  return true;
}
const BASE60 = /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/;

// ---- toYaml ----

/** JSON view of a value (what json.Marshal gives, before go-yaml reads it back). */
type J = { t: 'map'; keys: string[]; vals: J[]; origins: (Src | undefined)[] } | { t: 'seq'; items: J[]; origins: (Src | undefined)[] }
  | { t: 'str'; s: string } | { t: 'num'; text: string } | { t: 'bool'; b: boolean } | { t: 'null' };

export type OriginOf = (container: GoValue, key: string | number) => Src | undefined;

function toJ(v: GoValue, originOf?: OriginOf): J {
  switch (kindOf(v)) {
    case 'invalid': case 'nil': return { t: 'null' };
    case 'string': return { t: 'str', s: v as string };
    case 'bool': return { t: 'bool', b: v as boolean };
    case 'int': case 'uint': return { t: 'num', text: (v as GoInt).v.toString() };
    case 'float': return { t: 'num', text: jsonFloat(v as number) };
    case 'bytes': return { t: 'str', s: btoa(String.fromCharCode(...(v as Uint8Array))) };
    case 'slice': {
      const arr = v as GoValue[];
      return { t: 'seq', items: arr.map(x => toJ(x, originOf)), origins: arr.map((_, i) => originOf?.(v, i)) };
    }
    case 'map': {
      const m = v as GoMap;
      const keys = [...m.keys()].sort((a, b) => (keyLess(a, b) ? -1 : keyLess(b, a) ? 1 : 0));
      return { t: 'map', keys, vals: keys.map(k => toJ(m.get(k), originOf)), origins: keys.map(k => originOf?.(v, k)) };
    }
    default: {
      if (isGoObject(v)) return { t: 'str', s: v.format() };
      return { t: 'null' };
    }
  }
}

/** encoding/json's float64 text. */
export function jsonFloat(f: number): string {
  if (!Number.isFinite(f)) throw new Error(`json: unsupported value: ${formatFloat(f)}`);
  const abs = Math.abs(f);
  if (abs !== 0 && (abs < 1e-6 || abs >= 1e21)) return formatFloat(f, 'e').replace(/e([+-])0(\d)$/, 'e$1$2');
  return formatFloat(f, 'f');
}

/** go-yaml v2's map key order (sorter.go keyList.Less for string keys). */
export function keyLess(a: string, b: string): boolean {
  const ar = [...a], br = [...b];
  const isLetter = (c: string) => /\p{L}/u.test(c);
  const isDigit = (c: string | undefined) => c !== undefined && /\p{Nd}/u.test(c);
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]), bl = isLetter(br[i]);
    if (al && bl) return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
    if (al || bl) return bl;
    let an = 0n, bn = 0n;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) if (ar[j] !== '0') { an = 1n; bn = 1n; break; }
    }
    let ai = i, bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10n + BigInt(ar[ai].charCodeAt(0) - 48);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10n + BigInt(br[bi].charCodeAt(0) - 48);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i].codePointAt(0)! < br[i].codePointAt(0)!;
  }
  return ar.length < br.length;
}

/** The scalar text go-yaml emits for a JSON number read back as YAML. */
function numText(text: string): string {
  const r = resolvePlain(text);
  if (r.tag === 'int') return r.value.toString();
  if (r.tag === 'float') return formatFloat(r.value);
  return text;
}

const BEST_WIDTH = 80;

class Emitter {
  readonly out = new SBuilder();
  column = 0;
  whitespace = true;
  indention = true;
  indent = -1;

  put(s: string, src?: Src) {
    this.out.push(s, src);
    this.column += [...s].length;
  }
  brk() { this.out.push('\n'); this.column = 0; }
  writeIndent() {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.brk();
    if (this.column < indent) this.put(' '.repeat(indent - this.column));
    this.whitespace = true;
    this.indention = true;
  }
  indicator(s: string, needWhitespace: boolean, isWhitespace: boolean, isIndention: boolean) {
    if (needWhitespace && !this.whitespace) this.put(' ');
    this.put(s);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  node(j: J, ctx: 'root' | 'map' | 'seq', src?: Src) {
    switch (j.t) {
      case 'map':
        if (!j.keys.length) { this.flowEmpty('{}'); return; }
        return this.mapping(j, ctx);
      case 'seq':
        if (!j.items.length) { this.flowEmpty('[]'); return; }
        return this.sequence(j, ctx);
      case 'null': return this.scalar('null', 'plain', false);
      case 'bool': return this.scalar(String(j.b), 'plain', false);
      case 'num': return this.scalar(numText(j.text), 'plain', false);
      case 'str': return this.stringScalar(j.s, false, src);
    }
  }

  private flowEmpty(s: string) {
    this.indicator(s, true, false, false);
  }

  private mapping(j: Extract<J, { t: 'map' }>, ctx: string) {
    const saved = this.indent;
    this.indent = this.indent < 0 ? 0 : this.indent + 2;
    void ctx;
    j.keys.forEach((k, i) => {
      this.writeIndent();
      this.stringScalar(k, true);
      this.indicator(':', false, false, false);
      const v = j.vals[i];
      if ((v.t === 'map' && v.keys.length) || (v.t === 'seq' && v.items.length)) {
        this.node(v, 'map', j.origins[i]);
      } else {
        this.node(v, 'map', j.origins[i]);
      }
    });
    this.indent = saved;
  }

  private sequence(j: Extract<J, { t: 'seq' }>, ctx: string) {
    const saved = this.indent;
    // a sequence that is a mapping value is not indented (go-yaml's "indentless" sequences)
    const indentless = ctx === 'map' && !this.indention;
    this.indent = this.indent < 0 ? 0 : indentless ? this.indent : this.indent + 2;
    j.items.forEach((item, i) => {
      this.writeIndent();
      this.indicator('-', true, false, true);
      this.node(item, 'seq', j.origins[i]);
    });
    this.indent = saved;
  }

  private scalar(text: string, style: 'plain' | 'single' | 'double' | 'literal', simpleKey: boolean, src?: Src) {
    const saved = this.indent;
    this.indent = this.indent < 0 ? 2 : this.indent + 2;
    if (style === 'plain') this.plain(text, !simpleKey, src);
    else if (style === 'single') this.single(text, !simpleKey, src);
    else if (style === 'double') this.double(text, !simpleKey, src);
    else this.literal(text, src);
    this.indent = saved;
  }

  stringScalar(s: string, simpleKey: boolean, src?: Src) {
    let style: 'plain' | 'single' | 'double' | 'literal';
    const r = resolvePlain(s);
    const canUsePlain = r.tag === 'str' && !BASE60.test(s);
    if (s.includes('\n')) style = 'literal';
    else if (canUsePlain) style = 'plain';
    else style = 'double';
    const a = analyze(s);
    if (simpleKey && a.multiline) style = 'double';
    if (style === 'plain') {
      if (!a.blockPlainAllowed) style = 'single';
      if (!s.length && simpleKey) style = 'single';
    }
    if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
    if (style === 'literal' && (!a.blockAllowed || simpleKey)) style = 'double';
    this.scalar(s, style, simpleKey, src);
  }

  private plain(s: string, allowBreaks: boolean, src?: Src) {
    if (!this.whitespace) this.put(' ');
    const start = this.out.length;
    let spaces = false;
    const chars = [...s];
    let exactRun = true;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && chars[i + 1] !== ' ') { this.writeIndent(); exactRun = false; }
        else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        this.indention = false;
        spaces = false;
      }
    }
    this.whitespace = false;
    this.indention = false;
    this.mark(start, src, exactRun);
  }

  private single(s: string, allowBreaks: boolean, src?: Src) {
    this.indicator("'", true, false, false);
    const start = this.out.length;
    let spaces = false;
    const chars = [...s];
    let exact = true;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1 && chars[i + 1] !== ' ') { this.writeIndent(); exact = false; }
        else this.put(c);
        spaces = true;
      } else {
        if (c === "'") { this.put("'"); exact = false; }
        this.put(c);
        this.indention = false;
        spaces = false;
      }
    }
    this.mark(start, src, exact);
    this.indicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private double(s: string, allowBreaks: boolean, src?: Src) {
    this.indicator('"', true, false, false);
    const start = this.out.length;
    let spaces = false;
    const chars = [...s];
    let exact = true;
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i];
      const cp = c.codePointAt(0)!;
      if (!isPrintable(cp) || cp === 0xfeff || isBreak(cp) || c === '"' || c === '\\') {
        exact = false;
        const esc: Record<number, string> = { 0: '0', 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r', 0x1b: 'e', 0x22: '"', 0x5c: '\\', 0x85: 'N', 0xa0: '_', 0x2028: 'L', 0x2029: 'P' };
        if (cp in esc) this.put('\\' + esc[cp]);
        else if (cp <= 0xff) this.put('\\x' + cp.toString(16).toUpperCase().padStart(2, '0'));
        else if (cp <= 0xffff) this.put('\\u' + cp.toString(16).toUpperCase().padStart(4, '0'));
        else this.put('\\U' + cp.toString(16).toUpperCase().padStart(8, '0'));
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
          exact = false;
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    }
    this.mark(start, src, exact);
    this.indicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private literal(s: string, src?: Src) {
    this.indicator('|', true, false, false);
    const chars = [...s];
    if (chars[0] === ' ' || isBreak(chars[0].codePointAt(0)!)) this.indicator(String(2), false, false, false);
    // chomping: '-' without a final break, '+' with more than one (or only one)
    const last = chars[chars.length - 1];
    if (!isBreak(last.codePointAt(0)!)) this.indicator('-', false, false, false);
    else if (chars.length === 1 || isBreak(chars[chars.length - 2].codePointAt(0)!)) this.indicator('+', false, false, false);
    this.brk();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    const start = this.out.length;
    for (const c of chars) {
      if (isBreak(c.codePointAt(0)!)) {
        this.brk();
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c);
        this.indention = false;
        breaks = false;
      }
    }
    this.mark(start, src, false);
  }

  /** Gives the characters just written for a scalar the value's origin. */
  private mark(start: number, src: Src | undefined, exact: boolean) {
    if (!src || this.out.length === start) return;
    if (src.kind === 'unknown') { this.out.segs.push({ start, end: this.out.length, src }); return; }
    const len = this.out.length - start;
    const isExact = exact && src.exact && src.span.end - src.span.start === len && (src.raw === undefined || src.raw.length === len);
    const { raw: _raw, ...rest } = src;
    this.out.segs.push({ start, end: this.out.length, src: { ...rest, exact: isExact, via: src.via ?? 'toYaml' } });
  }
}

function isBreak(cp: number) { return cp === 10 || cp === 13 || cp === 0x85 || cp === 0x2028 || cp === 0x2029; }
function isPrintable(cp: number) {
  return cp === 10 || (cp >= 0x20 && cp <= 0x7e) || (cp >= 0xa0 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff);
}

function analyze(s: string) {
  const res = { multiline: false, blockPlainAllowed: true, singleQuotedAllowed: true, blockAllowed: true };
  if (!s.length) { res.blockAllowed = false; return res; }
  const chars = [...s];
  let blockIndicators = false, lineBreaks = false, special = false;
  let leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false, breakSpace = false, spaceBreak = false;
  let precededByWs = true, prevSpace = false, prevBreak = false;
  if (s.startsWith('---') || s.startsWith('...')) blockIndicators = true;
  const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    const cp = c.codePointAt(0)!;
    const next = chars[i + 1];
    const followedByWs = next === undefined || isBlank(next) || isBreak(next.codePointAt(0)!);
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) blockIndicators = true;
      else if ((c === '?' || c === ':' || c === '-') && followedByWs) blockIndicators = true;
    } else if (c === ':' && followedByWs) blockIndicators = true;
    else if (c === '#' && precededByWs) blockIndicators = true;
    if (!isPrintable(cp)) special = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === chars.length - 1) trailingSpace = true;
      if (prevBreak) breakSpace = true;
      prevSpace = true; prevBreak = false;
    } else if (isBreak(cp)) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === chars.length - 1) trailingBreak = true;
      if (prevSpace) spaceBreak = true;
      prevSpace = false; prevBreak = true;
    } else { prevSpace = false; prevBreak = false; }
    precededByWs = isBlank(c) || isBreak(cp);
  }
  res.multiline = lineBreaks;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) res.blockPlainAllowed = false;
  if (trailingSpace) res.blockAllowed = false;
  if (breakSpace) { res.blockPlainAllowed = false; res.singleQuotedAllowed = false; }
  if (spaceBreak || special) { res.blockPlainAllowed = false; res.singleQuotedAllowed = false; res.blockAllowed = false; }
  if (lineBreaks) res.blockPlainAllowed = false;
  if (blockIndicators) res.blockPlainAllowed = false;
  return res;
}

/** Helm's `toYaml`: sigs.k8s.io/yaml.Marshal without the final newline; values' scalars keep their origin. */
export function toYaml(v: GoValue, originOf?: OriginOf, src?: Src): SStr {
  const j = toJ(v, originOf);
  const e = new Emitter();
  e.node(j, 'root', src);
  const res = e.out.build();
  // go-yaml ends the document with a newline, which toYaml trims
  return res;
}
