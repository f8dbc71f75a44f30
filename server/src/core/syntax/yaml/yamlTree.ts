// A YAML document seen the way Compose sees it: aliases resolved, `<<` merge keys applied (shallow, own keys win,
// earlier merge sources win), `!reset` / `!override` tags kept — and every node still carrying its source span.
// Conversion is lazy and memoised per YAML node, so aliases are shared, never copied: alias bombs stay linear.

import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, YAMLMap, YAMLSeq } from 'yaml';
import type { Alias, Document, Node, Pair, Scalar, Tags } from 'yaml';
import type { Span } from '../../types';

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
 * A YAML file's parse. With the previous parse of the same path (the engine keeps it), an edit inside one service
 * entry re-parses only that entry (`reparse`); anything else is a full parse. Parsing costs ~20 µs per node (a 2 MB
 * file with 100,000 anchors takes seconds), so callers share one parse per text: the engine's parse cache holds it in
 * the file's ParsedFile.
 */
export function parseYaml(path: string, text: string, previous?: YamlFile): YamlFile {
  return (previous && previous.text !== text && reparse(previous, text)) || new YamlFile(path, text);
}

export class YamlFile {
  readonly problems: YProblem[] = [];
  readonly doc: Document.Parsed | undefined;
  /**
   * Where each chunk's nodes are in this text (see `reparse`): a node's `range` is in its chunk's own coordinates,
   * this adds the chunk's offset. Nodes of a full parse (and the containers `reparse` builds) are in no chunk.
   */
  readonly shifts: ReadonlyMap<Chunk, number> = NO_SHIFTS;
  private readonly memo = new Map<Node, YNode>();
  private aliasTargets = new Map<Alias, Node>();
  private mergeBudget = MERGE_BUDGET;
  /** Every string scalar value (not keys) holding a `$`, in document order: what interpolation can fail on. */
  readonly dollarScalars: Scalar[] = [];
  /** Every anchored node, in document order. */
  private anchorNodes: Node[] = [];

  constructor(readonly path: string, readonly text: string, spliced?: Splice) {
    if (spliced) {
      this.doc = spliced.doc;
      this.shifts = spliced.shifts;
      this.walkSplice(spliced);
      return;
    }
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
      this.doc = parseDocument(source, PARSE_OPTIONS);
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
    if (root) this.walkFrom([{ node: root, isKey: false }], new Map(), this.dollarScalars);
  }

  private walkFrom(roots: { node: Node | null | undefined; isKey: boolean }[], anchors: Map<string, Node>, dollars: Scalar[]): void {
    const stack = roots.slice().reverse();
    while (stack.length) {
      const { node, isKey } = stack.pop()!;
      if (!node) continue;
      if (isAlias(node)) {
        const target = anchors.get(node.source);
        if (target) this.aliasTargets.set(node, target);
        continue;
      }
      if (node.anchor) {
        anchors.set(node.anchor, node);
        this.anchorNodes.push(node);
      }
      if (isScalar(node)) {
        if (!isKey && typeof node.value === 'string' && node.value.includes('$')) dollars.push(node);
      } else if (isMap(node)) {
        this.duplicates(node);
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

  private duplicates(node: YAMLMap): void {
    const seen = new Set<string>();
    for (const pair of node.items as Pair<Node | null, Node | null>[]) {
      const k = pair.key;
      if (isScalar(k) && typeof k.value !== 'symbol') {
        const name = keyString(k.value);
        if (seen.has(name) && k.range) {
          this.problems.push({ span: this.span(k), message: `duplicate key "${name}" (the later one wins)`, kind: 'syntax' });
        }
        seen.add(name);
      }
    }
  }

  /**
   * `walk` after `reparse`: what the previous text's walk found, minus the replaced entry, plus the new entry's
   * (walked with the anchors defined before it; neither entry defines one).
   */
  private walkSplice(sp: Splice): void {
    const prev = sp.prev;
    const gone = new Set<Node>();
    const stack: (Node | null | undefined)[] = [sp.oldPair.key, sp.oldPair.value];
    while (stack.length) {
      const n = stack.pop();
      if (!n) continue;
      gone.add(n);
      if (isMap(n)) for (const p of n.items as Pair<Node | null, Node | null>[]) stack.push(p.key, p.value);
      else if (isSeq(n)) for (const it of n.items) stack.push(it as Node | null);
    }
    this.aliasTargets = new Map(prev.aliasTargets);
    for (const n of gone) if (isAlias(n)) this.aliasTargets.delete(n);
    this.anchorNodes = prev.anchorNodes.slice();
    const anchors = new Map<string, Node>();
    for (const n of prev.anchorNodes) if (prev.span(n).start < sp.start && n.anchor) anchors.set(n.anchor, n);
    const fresh: Scalar[] = [];
    this.walkFrom([{ node: sp.newPair.key, isKey: true }, { node: sp.newPair.value, isKey: false }], anchors, fresh);
    let at = 0;
    const before = prev.dollarScalars;
    while (at < before.length && prev.span(before[at]).start < sp.start) at++;
    this.dollarScalars.push(...before.slice(0, at), ...fresh, ...before.slice(at).filter((s) => !gone.has(s)));
    this.duplicates(sp.services);
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
    const span = this.span(node);
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
      const keySpan = this.span(k);
      if (typeof k.value === 'symbol') {
        mergeValues.push({ value: pair.value, keySpan });
        continue;
      }
      const v = pair.value;
      const end = v?.range ? this.span(v).end : keySpan.end;
      m.entries.set(keyString(k.value), { key: keyString(k.value), keySpan, raw: v, pairSpan: { start: keySpan.start, end: Math.max(end, keySpan.end) } });
    }
    for (const { value, keySpan } of mergeValues) {
      const sources: { node: Node | null; }[] = [];
      const target = isAlias(value) ? this.aliasTargets.get(value) : value;
      if (target && isSeq(target)) for (const it of target.items) sources.push({ node: it as Node | null });
      else sources.push({ node: value });
      for (const { node: srcNode } of sources) {
        const src = this.conv(srcNode);
        const srcSpan = srcNode ? this.span(srcNode) : keySpan;
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

  /** A node's span in this text (its `range` plus the offset of the chunk it was parsed in). */
  span(node: Node): Span {
    const r = node.range;
    if (!r) return { start: 0, end: 0 };
    const chunk = (node as Chunked)[CHUNK];
    const sh = chunk ? this.shifts.get(chunk) ?? 0 : 0;
    return { start: r[0] + sh, end: Math.max(r[1], r[0]) + sh };
  }

  /**
   * The entries of a block `services:` mapping as line ranges: an entry runs from its key's line to the next key's
   * line (the last one to the next top-level key's line, or the end). Undefined unless the file parsed without a
   * problem, has unique service names, and defines no anchor inside the entries (so each entry means the same
   * wherever the others are).
   */
  serviceChunks(): { chunks: ServiceChunk[]; headerEnd: number; trailerStart: number } | undefined {
    const doc = this.doc;
    if (!doc || doc.errors.length || this.problems.length) return undefined;
    const root = doc.contents;
    if (!isMap(root) || root.flow) return undefined;
    const top = root.items as Pair<Node | null, Node | null>[];
    const at = top.findIndex((p) => isScalar(p.key) && p.key.value === 'services');
    const services = at >= 0 ? top[at].value : undefined;
    if (!isMap(services) || services.flow || !services.items.length) return undefined;
    const text = this.text;
    const starts: { name: string; start: number }[] = [];
    const names = new Set<string>();
    for (const p of services.items as Pair<Node | null, Node | null>[]) {
      if (!isScalar(p.key) || typeof p.key.value !== 'string' || !p.key.range || names.has(p.key.value)) return undefined;
      names.add(p.key.value);
      const start = lineStart(text, this.span(p.key).start);
      if (starts.length && start <= starts[starts.length - 1].start) return undefined;
      starts.push({ name: p.key.value, start });
    }
    const next = top[at + 1]?.key;
    const trailerStart = next ? (next.range ? lineStart(text, this.span(next).start) : -1) : text.length;
    const headerEnd = starts[0].start;
    if (trailerStart <= starts[starts.length - 1].start) return undefined;
    if (this.anchorNodes.some((n) => { const o = this.span(n).start; return o >= headerEnd && o < trailerStart; })) return undefined;
    const chunks = starts.map((s, i) => {
      const end = i + 1 < starts.length ? starts[i + 1].start : trailerStart;
      return { name: s.name, start: s.start, end, text: text.slice(s.start, end) };
    });
    return { chunks, headerEnd, trailerStart };
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

// ---------------------------------------------------------------------------------------------------------------
// Re-parsing one service.
//
// A keystroke inside one entry of a large `services:` mapping changes that entry only: `reparse` parses the entry's
// lines alone and splices the result into the previous document, sharing every other node (the `yaml` parse of a
// 200-service file takes 25–45 ms; one entry well under 1 ms). A shared node keeps the `range` of the text it was
// parsed in; it belongs to a chunk (one per service entry and per top-level entry after `services:`), and each
// YamlFile knows how far each chunk has moved (`shifts`; `span()` adds it). Whatever the splice cannot prove equal
// to a full parse falls back to one: edits outside a single entry or touching its boundary lines, the last entry,
// anchors in the old or new entry, any parse error or warning before or after, an entry that does not parse alone as
// exactly one key at the same column. test/unit/yaml-reparse.test.ts compares the two on random edits.

/** One entry of `services:` as text (YamlFile.serviceChunks). */
export interface ServiceChunk {
  name: string;
  start: number;
  end: number;
  text: string;
}

/** What `reparse` hands to the new YamlFile. */
interface Splice {
  doc: Document.Parsed;
  shifts: Map<Chunk, number>;
  prev: YamlFile;
  oldPair: Pair<Node | null, Node | null>;
  newPair: Pair<Node | null, Node | null>;
  /** The new `services:` mapping (its keys are checked for duplicates again). */
  services: YAMLMap;
  /** Where the entry starts (the same in both texts). */
  start: number;
}

/** The coordinates a node's `range` is in. */
export interface Chunk {
  readonly id: number;
}
const CHUNK = Symbol('nacosAuthLint.chunk');
type Chunked = { [CHUNK]?: Chunk };
const NO_SHIFTS: ReadonlyMap<Chunk, number> = new Map();
let chunkIds = 0;

const PARSE_OPTIONS = { prettyErrors: false, merge: true, uniqueKeys: false, customTags: COMPOSE_TAGS } as const;

/** Below this, a full parse is cheap enough and the splice is not worth its bookkeeping. */
const REPARSE_MIN_CHARS = 8 * 1024;

/** Marks every node under `node` (not through aliases) as parsed in `chunk`; false when one carries an anchor. */
function assign(node: Node | null | undefined, chunk: Chunk): boolean {
  let clean = true;
  const stack: (Node | null | undefined)[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n) continue;
    (n as Chunked)[CHUNK] = chunk;
    if (isAlias(n)) continue;
    if (n.anchor) clean = false;
    if (isMap(n)) for (const p of n.items as Pair<Node | null, Node | null>[]) stack.push(p.key, p.value);
    else if (isSeq(n)) for (const it of n.items) stack.push(it as Node | null);
  }
  return clean;
}

function hasAnchor(node: Node | null | undefined): boolean {
  const stack: (Node | null | undefined)[] = [node];
  while (stack.length) {
    const n = stack.pop();
    if (!n || isAlias(n)) continue;
    if (n.anchor) return true;
    if (isMap(n)) for (const p of n.items as Pair<Node | null, Node | null>[]) stack.push(p.key, p.value);
    else if (isSeq(n)) for (const it of n.items) stack.push(it as Node | null);
  }
  return false;
}

/** Whether the last thing in `node` (in document order) is an empty value: `key:` or `-` with nothing after it. */
function endsOpen(node: Node | null | undefined): boolean {
  let n: Node | null | undefined = node;
  for (;;) {
    if (!n) return true;
    if (isMap(n)) {
      if (!n.items.length) return false;
      n = (n.items[n.items.length - 1] as Pair<Node | null, Node | null>).value;
    } else if (isSeq(n)) {
      if (!n.items.length) return false;
      n = n.items[n.items.length - 1] as Node | null;
    } else if (isScalar(n)) {
      return !n.range || n.range[0] === n.range[1];
    } else return false;
  }
}

/** A copy of a yaml node or pair that is still one to `isMap` / `isPair` (their type tag is a non-enumerable own property). */
function shallowCopy<T extends object>(x: T): T {
  return Object.create(Object.getPrototypeOf(x), Object.getOwnPropertyDescriptors(x)) as T;
}

function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/**
 * `prev` with its text replaced by `text`, re-parsing only the service entry the change falls in; undefined when that
 * cannot be done exactly (then the caller parses the whole text).
 */
export function reparse(prev: YamlFile, text: string): YamlFile | undefined {
  const old = prev.text;
  const doc = prev.doc;
  if (!doc || prev.problems.length || doc.errors.length || doc.warnings.length) return undefined;
  if (text.length < REPARSE_MIN_CHARS || text.length > MAX_TEXT_LENGTH || text.includes('\r') || old.includes('\r')) return undefined;
  const root = doc.contents;
  if (!isMap(root) || root.flow || !root.range || !doc.range) return undefined;
  const topIdx = (root.items as Pair<Node | null, Node | null>[]).findIndex((p) => isScalar(p.key) && p.key.value === 'services');
  if (topIdx < 0) return undefined;
  const topPair = root.items[topIdx] as Pair<Node | null, Node | null>;
  const services = topPair.value;
  if (!isMap(services) || services.flow || !services.range || services.items.length < 2) return undefined;
  const pairs = services.items as Pair<Node | null, Node | null>[];
  // Every later entry is moved through its key's chunk: keys must be nodes.
  const keyed = (p: Pair<Node | null, Node | null>) => isScalar(p.key) && !!p.key.range;
  if (!pairs.every(keyed) || !(root.items as Pair<Node | null, Node | null>[]).every(keyed)) return undefined;

  // The changed region: [a, bOld) of the old text became [a, bOld + delta) of the new one.
  const max = Math.min(old.length, text.length);
  let a = 0;
  while (a < max && old.charCodeAt(a) === text.charCodeAt(a)) a++;
  if (a === old.length && a === text.length) return undefined;
  let sfx = 0;
  while (sfx < max - a && old.charCodeAt(old.length - 1 - sfx) === text.charCodeAt(text.length - 1 - sfx)) sfx++;
  const bOld = old.length - sfx;
  const delta = text.length - old.length;

  // The entry: from its key's line to the next key's line; the last entry is never re-parsed alone.
  const keyLine = (p: Pair<Node | null, Node | null>): number | undefined => {
    const k = p.key;
    return isScalar(k) && k.range ? lineStart(old, prev.span(k).start) : undefined;
  };
  let lo = 0;
  let hi = pairs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    const at = keyLine(pairs[mid]);
    if (at === undefined) return undefined;
    if (at <= a) lo = mid;
    else hi = mid - 1;
  }
  const i = lo;
  if (i >= pairs.length - 1) return undefined;
  const start = keyLine(pairs[i]);
  const next = keyLine(pairs[i + 1]);
  if (start === undefined || next === undefined || a < start || bOld > next - 1 || old.charCodeAt(next - 1) !== 10) return undefined;
  const column = prev.span(pairs[0].key as Node).start - lineStart(old, prev.span(pairs[0].key as Node).start);
  if (hasAnchor(pairs[i].key) || hasAnchor(pairs[i].value)) return undefined;

  // The entry alone: one key at the services' column, nothing else, no error, no anchor.
  const end = next + delta;
  let part: Document.Parsed;
  try {
    part = parseDocument(text.slice(start, end), PARSE_OPTIONS);
  } catch {
    return undefined;
  }
  const pm = part.contents;
  if (part.errors.length || part.warnings.length || !isMap(pm) || pm.flow || pm.items.length !== 1 || pm.tag || pm.anchor) return undefined;
  const pair = pm.items[0] as Pair<Node | null, Node | null>;
  if (!isPair(pair) || !isScalar(pair.key) || !pair.key.range) return undefined;
  if (pair.key.range[0] - lineStart(text.slice(start, end), pair.key.range[0]) !== column) return undefined;
  // An entry that ends in an empty value: the parser places that value (and the ranges around it) at the next token,
  // which lies in the following entry — parsed alone it would end elsewhere (found by the fuzzer).
  if (endsOpen(pair.value) || (i > 0 && endsOpen(pairs[i - 1].value))) return undefined;
  const chunk: Chunk = { id: ++chunkIds };
  if (!assign(pair.key, chunk) || !assign(pair.value, chunk)) return undefined;

  // Every later entry (and top-level entry) moves by delta: give the ones parsed with the whole text a chunk first.
  const shifts = new Map(prev.shifts);
  shifts.set(chunk, start);
  const oldChunk = (pairs[i].key as Chunked)[CHUNK];
  if (oldChunk) shifts.delete(oldChunk);
  const move = (p: Pair<Node | null, Node | null>) => {
    let c = (p.key as Chunked | null)?.[CHUNK];
    if (!c) {
      c = { id: ++chunkIds };
      assign(p.key, c);
      assign(p.value, c);
    }
    shifts.set(c, (shifts.get(c) ?? 0) + delta);
  };
  for (let j = i + 1; j < pairs.length; j++) move(pairs[j]);
  for (let j = topIdx + 1; j < root.items.length; j++) move(root.items[j] as Pair<Node | null, Node | null>);

  // New containers on the path to the entry, in this text's coordinates (they belong to no chunk).
  const moved = (r: [number, number, number], base: Span): [number, number, number] => [base.start, r[1] + (r[1] >= bOld ? delta : 0), r[2] + (r[2] >= bOld ? delta : 0)];
  const newServices = shallowCopy(services);
  newServices.items = pairs.slice();
  newServices.items[i] = pair as (typeof newServices.items)[number];
  newServices.range = moved(services.range, prev.span(services));
  const newTop = shallowCopy(topPair);
  newTop.value = newServices;
  const newRoot = shallowCopy(root);
  newRoot.items = root.items.slice();
  newRoot.items[topIdx] = newTop as (typeof newRoot.items)[number];
  newRoot.range = moved(root.range, prev.span(root));
  const newDoc = shallowCopy(doc);
  newDoc.contents = newRoot;
  newDoc.errors = [];
  newDoc.warnings = [];
  newDoc.range = [doc.range[0], doc.range[1] + delta, doc.range[2] + delta];
  return new YamlFile(prev.path, text, { doc: newDoc, shifts, prev, oldPair: pairs[i], newPair: pair, services: newServices, start });
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
