// A YAML document seen the way Compose sees it: aliases resolved, `<<` merge keys applied (shallow, own keys win,
// earlier merge sources win), `!reset` / `!override` tags kept — and every node still carrying its source span.
// Conversion is lazy and memoised per YAML node, so aliases are shared, never copied: alias bombs stay linear.

import { isAlias, isMap, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { Alias, Document, Node, Pair, Scalar, Tags } from 'yaml';
import type { Span } from '../types';

export interface YBase {
  span: Span;
  /** Local tag as written (`!reset`, `!override`, …). */
  tag?: string;
  anchor?: string;
}
export interface YScalar extends YBase {
  kind: 'scalar';
  /** Value as the YAML 1.2 core schema gives it (string, number, boolean, null). */
  value: unknown;
  type?: Scalar.Type;
  isNull: boolean;
  node: Scalar;
}
export interface YEntry {
  key: string;
  keySpan: Span;
  /** The value node (undefined for a key without a node, which YAML gives as null). */
  raw: Node | null;
  /** From the key's start to the value's end. */
  pairSpan: Span;
  /** Set when the entry came through a `<<` merge. */
  merged?: YMergeSource;
}
export interface YMergeSource {
  map: YMap;
  /** The alias or inline mapping in the `<<` value. */
  span: Span;
  anchor?: string;
  /** Span of the `<<` key. */
  keySpan: Span;
}
export interface YMap extends YBase {
  kind: 'map';
  /** Own entries, then entries of `<<` sources that the map does not already have. */
  entries: Map<string, YEntry>;
  /** The `<<` sources, in priority order. */
  merges: YMergeSource[];
  node: YAMLMap;
}
export interface YSeq extends YBase {
  kind: 'seq';
  items: (Node | null)[];
  node: YAMLSeq;
}
export type YNode = YScalar | YMap | YSeq;

export interface YProblem {
  span: Span;
  message: string;
  kind: 'syntax' | 'limit' | 'other';
}

// Compose's merge tags; registered so the parser neither warns nor allocates an error per use.
const COMPOSE_TAGS: Tags = ['!reset', '!override'].flatMap((tag) => [
  { tag, resolve: (s: string) => s },
  { tag, collection: 'map' as const, nodeClass: YAMLMap },
  { tag, collection: 'seq' as const, nodeClass: YAMLSeq },
]);

/** Merged entries copied across all `<<` of one file before we give up (a legitimate file needs far fewer). */
const MERGE_BUDGET = 2_000_000;
export const MAX_TEXT_LENGTH = 32 * 1024 * 1024;

/**
 * Parsed YAML by path, reused while the text is identical (YamlFile.parse): the server re-analyses the workspace on
 * every keystroke, and the parser costs ~20 µs per node (a 2 MB file with 100,000 anchors takes seconds — found by
 * the hostile-input tests). Bounded by total text length (a parsed file takes ~50x its text in memory), least
 * recently used out first.
 */
const CACHE_CHARS = 4 * 1024 * 1024;
const cache = new Map<string, YamlFile>();
let cacheChars = 0;

export class YamlFile {
  /**
   * The parsed file, shared with every other caller that parses the same text at the same path. Sharing is safe:
   * the document is never modified, and conversion is memoised and deterministic.
   */
  static parse(path: string, text: string): YamlFile {
    const hit = cache.get(path);
    if (hit) {
      cache.delete(path);
      if (hit.text === text) {
        cache.set(path, hit);
        return hit;
      }
      cacheChars -= hit.text.length;
    }
    const f = new YamlFile(path, text);
    if (text.length <= CACHE_CHARS) {
      cache.set(path, f);
      cacheChars += text.length;
      for (const [k, v] of cache) {
        if (cacheChars <= CACHE_CHARS) break;
        cache.delete(k);
        cacheChars -= v.text.length;
      }
    }
    return f;
  }

  readonly problems: YProblem[] = [];
  readonly doc: Document.Parsed | undefined;
  private readonly memo = new Map<Node, YNode>();
  private readonly aliasTargets = new Map<Alias, Node>();
  private mergeBudget = MERGE_BUDGET;
  /** Every string scalar value (not keys) holding a `$`, in document order: what interpolation can fail on. */
  readonly dollarScalars: Scalar[] = [];

  constructor(readonly path: string, readonly text: string) {
    if (text.length > MAX_TEXT_LENGTH) {
      this.problems.push({ span: { start: 0, end: 0 }, message: `file is larger than ${MAX_TEXT_LENGTH >> 20} MB; not read`, kind: 'limit' });
      return;
    }
    try {
      // uniqueKeys: false — the parser's own check is quadratic in the number of keys (10,000 services take
      // seconds); duplicates are reported by walk() in linear time instead. maxAliasCount is a toJS() option and
      // toJS() is never called: conv() shares aliased nodes instead of expanding them.
      // A lone CR is a line break in YAML (and to go-yaml, hence Compose), not to this parser: read it as LF —
      // same length, so every offset stays valid (found by the hostile-input tests).
      const source = text.includes('\r') ? text.replace(/\r(?!\n)/g, '\n') : text;
      this.doc = parseDocument(source, {
        keepSourceTokens: true, prettyErrors: false, merge: true, uniqueKeys: false, customTags: COMPOSE_TAGS,
      });
    } catch (err) {
      const tooDeep = err instanceof RangeError;
      this.problems.push({
        span: { start: 0, end: 0 },
        message: tooDeep ? 'YAML nested too deeply to be read' : `YAML could not be parsed: ${err instanceof Error ? err.message : String(err)}`,
        kind: tooDeep ? 'limit' : 'syntax',
      });
      return;
    }
    let tooDeepReported = false;
    for (const e of this.doc.errors) {
      // The parser reports an unterminated scalar or flow collection at [length, length + 1]: clamp into the text.
      const [start, end] = (e.pos ?? [0, 0]).map((o) => Math.min(Math.max(o, 0), text.length));
      const tooDeep = /call stack/i.test(e.message);
      // 10,000 nested brackets give one stack overflow per bracket: the user needs one message.
      if (tooDeep && tooDeepReported) continue;
      tooDeepReported ||= tooDeep;
      this.problems.push({
        span: { start, end: Math.max(end, start) },
        message: tooDeep ? 'YAML nested too deeply to be read' : e.message,
        kind: tooDeep ? 'limit' : 'syntax',
      });
    }
    this.walk();
  }

  /** Document-order walk: resolves aliases to the nearest preceding anchor, finds duplicate keys, collects scalars. */
  private walk(): void {
    const root = this.doc?.contents;
    if (!root) return;
    const anchors = new Map<string, Node>();
    const stack: { node: Node | null | undefined; isKey: boolean }[] = [{ node: root, isKey: false }];
    while (stack.length) {
      const { node, isKey } = stack.pop()!;
      if (!node) continue;
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) this.aliasTargets.set(node, target);
        continue;
      }
      if (node.anchor) anchors.set(node.anchor, node);
      if (isScalar(node)) {
        if (!isKey && typeof node.value === 'string' && node.value.includes('$')) this.dollarScalars.push(node);
      } else if (isMap(node)) {
        const seen = new Set<string>();
        for (const pair of node.items as Pair<Node | null, Node | null>[]) {
          const k = pair.key;
          if (isScalar(k) && typeof k.value !== 'symbol') {
            const name = keyString(k.value);
            if (seen.has(name) && k.range) {
              this.problems.push({ span: { start: k.range[0], end: k.range[1] }, message: `duplicate key "${name}" (the later one wins)`, kind: 'syntax' });
            }
            seen.add(name);
          }
        }
        for (let i = node.items.length - 1; i >= 0; i--) {
          const pair = node.items[i] as Pair<Node | null, Node | null>;
          stack.push({ node: pair.value, isKey: false });
          stack.push({ node: pair.key, isKey: true });
        }
      } else if (isSeq(node)) {
        for (let i = node.items.length - 1; i >= 0; i--) stack.push({ node: node.items[i] as Node | null, isKey: false });
      }
    }
  }

  get root(): YNode | undefined {
    return this.conv(this.doc?.contents ?? null);
  }

  /** Converts a node of this file (following aliases). */
  conv(node: Node | null | undefined): YNode | undefined {
    if (!node) return undefined;
    if (isAlias(node)) {
      const t = this.aliasTargets.get(node);
      return t && !isAlias(t) ? this.conv(t) : undefined;
    }
    const hit = this.memo.get(node);
    if (hit) return hit;
    const span = nodeSpan(node);
    const base = { span, tag: node.tag, anchor: node.anchor };
    if (isScalar(node)) {
      const s: YScalar = { kind: 'scalar', ...base, value: node.value, type: node.type, isNull: node.value === null || node.value === undefined, node };
      this.memo.set(node, s);
      return s;
    }
    if (isSeq(node)) {
      const s: YSeq = { kind: 'seq', ...base, items: node.items as (Node | null)[], node };
      this.memo.set(node, s);
      return s;
    }
    if (isMap(node)) {
      const m: YMap = { kind: 'map', ...base, entries: new Map(), merges: [], node };
      this.memo.set(node, m);
      this.fillMap(m, node);
      return m;
    }
    return undefined;
  }

  private fillMap(m: YMap, node: YAMLMap): void {
    const mergeValues: { value: Node | null; keySpan: Span }[] = [];
    for (const pair of node.items as Pair<Node | null, Node | null>[]) {
      const k = pair.key;
      if (!isScalar(k)) continue; // complex keys mean nothing to Compose
      const keySpan = nodeSpan(k);
      if (typeof k.value === 'symbol') {
        mergeValues.push({ value: pair.value, keySpan });
        continue;
      }
      const v = pair.value;
      const end = v?.range ? v.range[1] : keySpan.end;
      m.entries.set(keyString(k.value), { key: keyString(k.value), keySpan, raw: v, pairSpan: { start: keySpan.start, end: Math.max(end, keySpan.end) } });
    }
    for (const { value, keySpan } of mergeValues) {
      const sources: { node: Node | null; }[] = [];
      const target = isAlias(value) ? this.aliasTargets.get(value) : value;
      if (target && isSeq(target)) for (const it of target.items) sources.push({ node: it as Node | null });
      else sources.push({ node: value });
      for (const { node: srcNode } of sources) {
        const src = this.conv(srcNode);
        const srcSpan = srcNode ? nodeSpan(srcNode) : keySpan;
        if (!src || src.kind !== 'map') {
          this.problems.push({ span: srcSpan, message: 'a "<<" merge value must be a mapping, an alias of one, or a list of them', kind: 'other' });
          continue;
        }
        const ms: YMergeSource = { map: src, span: srcSpan, anchor: isAlias(srcNode) ? srcNode.source : src.anchor, keySpan };
        m.merges.push(ms);
        this.mergeBudget -= src.entries.size;
        if (this.mergeBudget < 0) {
          if (this.mergeBudget + src.entries.size >= 0) {
            this.problems.push({ span: keySpan, message: 'too many "<<" merges in this file; the rest are ignored', kind: 'limit' });
          }
          continue;
        }
        for (const [key, e] of src.entries) if (!m.entries.has(key)) m.entries.set(key, { ...e, merged: e.merged ?? ms });
      }
    }
  }

  /** The source text of a node. */
  source(span: Span): string {
    return this.text.slice(span.start, span.end);
  }

  /**
   * Maps a span of a scalar's string value to file offsets. Exact for plain and quoted scalars on one line;
   * otherwise (folded lines, block scalars) any span maps to the whole scalar.
   */
  scalarSpanMapper(s: YScalar): (sp: Span) => Span {
    const whole = (): Span => s.span;
    const value = typeof s.value === 'string' ? s.value : undefined;
    if (value === undefined) return whole;
    const { start, end } = s.span;
    const src = this.text.slice(start, end);
    if (s.type === 'PLAIN' || s.type === undefined) {
      if (src === value) return (sp) => ({ start: start + sp.start, end: start + sp.end });
      return whole;
    }
    if ((s.type === 'QUOTE_SINGLE' || s.type === 'QUOTE_DOUBLE') && !src.includes('\n') && src.length >= 2) {
      const offs = s.type === 'QUOTE_SINGLE' ? singleQuotedOffsets(src, start + 1) : doubleQuotedOffsets(src, start + 1);
      if (!offs || offs.length !== value.length + 1) return whole;
      return (sp) => {
        const a = offs[Math.min(Math.max(sp.start, 0), value.length)];
        return { start: a, end: sp.end > sp.start ? offs[Math.min(sp.end, value.length)] : a };
      };
    }
    return whole;
  }
}

/** Offsets (file) where each value char starts, plus the closing quote, for a single-quoted scalar on one line. */
function singleQuotedOffsets(src: string, base: number): number[] | undefined {
  const offs: number[] = [];
  for (let i = 1; i < src.length - 1; i++) {
    offs.push(base + i - 1);
    if (src[i] === "'" && src[i + 1] === "'") i++;
  }
  offs.push(base + src.length - 2);
  return offs;
}

function doubleQuotedOffsets(src: string, base: number): number[] | undefined {
  const offs: number[] = [];
  const last = src.length - 1;
  for (let i = 1; i < last; i++) {
    const at = base + i - 1;
    if (src[i] !== '\\') {
      // Astral characters are two UTF-16 units in both source and value.
      offs.push(at);
      continue;
    }
    const e = src[i + 1];
    let len = 2;
    let produced = 1;
    if (e === 'x') len = 4;
    else if (e === 'u') len = 6;
    else if (e === 'U') {
      len = 10;
      const cp = parseInt(src.slice(i + 2, i + 10), 16);
      produced = Number.isFinite(cp) && cp > 0xffff ? 2 : 1;
    }
    for (let k = 0; k < produced; k++) offs.push(at);
    i += len - 1;
  }
  offs.push(base + last - 1);
  return offs;
}

export function nodeSpan(node: Node): Span {
  const r = node.range;
  return r ? { start: r[0], end: Math.max(r[1], r[0]) } : { start: 0, end: 0 };
}

function keyString(v: unknown): string {
  if (v === null || v === undefined) return '';
  return typeof v === 'string' ? v : String(v);
}

/**
 * The string Compose puts in the environment for a scalar: strings as they are, YAML numbers and booleans formatted
 * the way Go prints the decoded value (`010` is octal 8 to go-yaml and PyYAML alike), null → undefined.
 */
export function composeScalarString(s: YScalar, source: string): string | undefined {
  const v = s.value;
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') {
    const t = source.trim();
    try {
      if (/^[-+]?[0-9]+$/.test(t)) {
        const neg = t.startsWith('-');
        const digits = t.replace(/^[-+]/, '');
        const n = digits.length > 1 && digits.startsWith('0') && /^[0-7]+$/.test(digits) ? BigInt('0o' + digits) : BigInt(digits);
        return (neg && n !== 0n ? '-' : '') + n.toString();
      }
      if (/^[-+]?0[xo][0-9a-f]+$/i.test(t)) {
        const neg = t.startsWith('-');
        return (neg ? '-' : '') + BigInt(t.replace(/^[-+]/, '')).toString();
      }
    } catch {
      // fall through to the number
    }
    return goFloat(v);
  }
  return String(v);
}

/** Go's `fmt.Sprint(float64)` (strconv 'g', shortest): exponent form when the exponent is < -4 or >= 6. */
function goFloat(f: number): string {
  if (Number.isNaN(f)) return 'NaN';
  if (f === Infinity) return '+Inf';
  if (f === -Infinity) return '-Inf';
  if (f === 0) return Object.is(f, -0) ? '-0' : '0';
  const [mant, expStr] = f.toExponential().split('e');
  const exp = Number(expStr);
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+';
    const abs = Math.abs(exp);
    return `${mant}e${sign}${abs < 10 ? '0' : ''}${abs}`;
  }
  return String(f);
}
