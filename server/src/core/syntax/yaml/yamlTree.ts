// A YAML document seen the way Compose sees it: aliases resolved, `<<` merge keys applied (shallow, own keys win,
// earlier merge sources win), `!reset` / `!override` tags kept — and every node still carrying its source span.
// Conversion is lazy and memoised per YAML node, so aliases are shared, never copied: alias bombs stay linear.

import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, YAMLMap, YAMLParseError, YAMLSeq } from 'yaml';
import type { Alias, Document, Node, Pair, Scalar, Tags } from 'yaml';
import type { Span } from '../../types';
import { diffTexts } from '../../util/text';

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
  /**
   * Set by `reparse` when the entries it re-parsed hold YAML errors: the text they span. Everything else parsed without
   * one, and the parser is at both ends in the state it has there in a file without errors (so the other entries mean
   * what they would mean anyway). A full parse with errors has none: nothing can be said of where they reach.
   */
  readonly dirty?: Span;
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
      this.dirty = spliced.dirty;
      this.parseErrors(spliced.doc);
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
    this.parseErrors(this.doc);
    this.walk();
  }

  private parseErrors(doc: Document.Parsed): void {
    const text = this.text;
    let tooDeepReported = false;
    for (const e of doc.errors) {
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
   * `walk` after `reparse`: what the previous text's walk found, minus the replaced entry, plus the new entries'
   * (walked with the anchors defined before them; none defines one).
   */
  private walkSplice(sp: Splice): void {
    const prev = sp.prev;
    const gone = new Set<Node>();
    const stack: (Node | null | undefined)[] = sp.oldPairs.flatMap((p) => [p.key, p.value]);
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
    this.walkFrom(sp.newPairs.flatMap((p) => [{ node: p.key, isKey: true }, { node: p.value, isKey: false }]), anchors, fresh);
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
   * problem (or with problems only inside `dirty` entries, which are returned), has unique service names, and defines
   * no anchor inside the entries (so each entry means the same wherever the others are).
   */
  serviceChunks(): { chunks: ServiceChunk[]; headerEnd: number; trailerStart: number; dirty?: Span } | undefined {
    const doc = this.doc;
    if (!doc) return undefined;
    const dirty = this.dirty;
    if (doc.errors.length || this.problems.length) {
      if (!dirty || !this.problems.every((p) => p.span.start >= dirty.start && p.span.end <= dirty.end)) return undefined;
    }
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
    return { chunks, headerEnd, trailerStart, dirty };
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
// to a full parse falls back to one: edits outside a single entry or touching the next key's line, anchors in the
// old or new entries, problems of the old text outside the entry, an entry whose text does not parse (under a
// stand-in `services:` line, followed by the file's next line) as keys at the same column with that next line intact,
// deleting the last entry. test/unit/yaml-reparse.test.ts and test/fuzz/reparse.ts compare the two on random edits.

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
  /** The entries re-parsed (the edited one, and the one before it). */
  oldPairs: Pair<Node | null, Node | null>[];
  /** What they became: themselves, more entries (one being typed), or fewer (deleted). */
  newPairs: Pair<Node | null, Node | null>[];
  /** The new `services:` mapping (its keys are checked for duplicates again). */
  services: YAMLMap;
  /** The re-parsed entries' text when they hold YAML errors (YamlFile.dirty). */
  dirty?: Span;
  /** Where the re-parsed entries start (the same in both texts). */
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

/** At most this many entries are parsed again (the edited one, the one before, those holding errors before them). */
const MAX_REPARSED_ENTRIES = 8;

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
 *
 * The entry runs from its key's line to the next key's line (the last one to the next top-level key's line, or the end
 * of the text). It is parsed under a one-line stand-in for `services:` and followed by the line that follows it in the
 * file, so the parser starts and ends it in the state a full parse would: the stand-in opens a block mapping at the
 * same column, and the following line must come out as the next key at the right column (an unterminated quote or
 * bracket would swallow it). The entry may become several entries (one being typed after it) or none (deleted), and
 * may hold YAML errors — the ones a full parse would report there — as long as every problem of `prev` was inside it.
 */
export function reparse(prev: YamlFile, text: string): YamlFile | undefined {
  const old = prev.text;
  const doc = prev.doc;
  if (!doc || doc.warnings.length) return undefined;
  if (text.length < REPARSE_MIN_CHARS || text.length > MAX_TEXT_LENGTH || text.includes('\r') || old.includes('\r')) return undefined;
  const root = doc.contents;
  if (!isMap(root) || root.flow || !root.range || !doc.range || root.tag || root.anchor) return undefined;
  const top = root.items as Pair<Node | null, Node | null>[];
  const topIdx = top.findIndex((p) => isScalar(p.key) && p.key.value === 'services');
  if (topIdx < 0) return undefined;
  const topPair = top[topIdx];
  const services = topPair.value;
  if (!isMap(services) || services.flow || !services.range || services.items.length < 2 || services.tag || services.anchor) return undefined;
  const pairs = services.items as Pair<Node | null, Node | null>[];
  // Every later entry is moved through its key's chunk: keys must be nodes.
  const keyed = (p: Pair<Node | null, Node | null>) => isScalar(p.key) && !!p.key.range;
  if (!pairs.every(keyed) || !top.every(keyed)) return undefined;

  // The changed region: [a, bOld) of the old text became [a, bOld + delta) of the new one.
  const change = diffTexts(old, text);
  let a = change.start;
  if (a === old.length && a === text.length) return undefined;
  let bOld = change.oldEnd;
  const delta = text.length - old.length;

  // A key that starts its line: its line's start, when only spaces come before it.
  const keyLine = (p: Pair<Node | null, Node | null> | undefined): number | undefined => {
    const k = p?.key;
    if (!isScalar(k) || !k.range) return undefined;
    const at = prev.span(k).start;
    const ls = lineStart(old, at);
    return /^ *$/.test(old.slice(ls, at)) ? ls : undefined;
  };
  const columnOf = (p: Pair<Node | null, Node | null>) => prev.span(p.key as Node).start - lineStart(old, prev.span(p.key as Node).start);
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
  const last = i === pairs.length - 1;
  const trailer = top[topIdx + 1];
  const start = keyLine(pairs[i]);
  // Where the entry ends: the next entry's key line, the next top-level key's line, or the end of the text.
  const oldEnd = !last ? keyLine(pairs[i + 1]) : trailer ? keyLine(trailer) : old.length;
  const before = i > 0 ? keyLine(pairs[i - 1]) : undefined;
  if (start === undefined || oldEnd === undefined || a < start || (i > 0 && (before ?? start) >= start)) return undefined;
  // The entry before is parsed again with it: an empty value at its end is placed at the next token (in this entry),
  // and what this entry's text becomes may end it differently (a blank line or comment left by a deleted entry).
  let from = before === undefined ? i : i - 1;
  let regionStart = before ?? start;
  // YAML errors count only inside entries a re-parse kept them in (`dirty`): where an error is reported says nothing
  // of where its cause is (an unclosed `[` is reported at the next key). Those entries are parsed again too.
  if (doc.errors.length) {
    const dirty = prev.dirty;
    if (!dirty || dirty.end > oldEnd) return undefined;
    while (from > 0 && regionStart > dirty.start && i - from < MAX_REPARSED_ENTRIES) {
      const at = keyLine(pairs[--from]);
      if (at === undefined || at >= regionStart) return undefined;
      regionStart = at;
    }
    if (regionStart > dirty.start) return undefined;
  }
  const atEof = last && !trailer;
  // A line inserted or deleted just before the next key reads as a change at that key's line start: the same change,
  // one character earlier, is inside the entry.
  if (!atEof && bOld === oldEnd && a > regionStart) {
    const pureInsert = bOld === a;
    const pureDelete = a === text.length - (old.length - bOld);
    const c = old.charCodeAt(a - 1);
    if ((pureInsert && c === text.charCodeAt(a - 1 + delta)) || (pureDelete && c === old.charCodeAt(bOld - 1))) {
      a--;
      bOld--;
    }
  }
  if (!atEof && (bOld > oldEnd - 1 || old.charCodeAt(oldEnd - 1) !== 10)) return undefined;
  const column = columnOf(pairs[0]);
  const rootColumn = columnOf(top[0]);
  if (keyLine(top[0]) === undefined || (!last && columnOf(pairs[i + 1]) !== column) || (trailer && last && columnOf(trailer) !== rootColumn)) return undefined;
  const oldPairs = pairs.slice(from, i + 1);
  if (oldPairs.some((p) => hasAnchor(p.key) || hasAnchor(p.value))) return undefined;
  // Every problem of the old text was inside these entries (they are re-parsed; no other can change).
  if (!prev.problems.every((p) => p.span.start >= regionStart && p.span.end <= oldEnd)) return undefined;

  const end = atEof ? text.length : oldEnd + delta;
  const body = text.slice(regionStart, end);
  // A document marker would end the document inside the entries.
  if (DOC_MARKER.test(body) || DOC_MARKER.test(old.slice(regionStart, oldEnd))) return undefined;
  const nl = atEof ? -1 : text.indexOf('\n', end);
  const follow = atEof ? '' : text.slice(end, nl < 0 ? text.length : nl + 1);
  // A stand-in for `services:`: the parser reads the entries inside a block mapping, as in the file.
  const standIn = `${' '.repeat(rootColumn)}x:\n`;
  const bodyEnd = standIn.length + body.length;
  const source = standIn + body + follow;
  let part: Document.Parsed;
  try {
    part = parseDocument(source, PARSE_OPTIONS);
  } catch {
    return undefined;
  }
  const proot = part.contents;
  if (part.warnings.length || !isMap(proot) || proot.flow || !proot.range || !part.range || proot.items.length !== (last && trailer ? 2 : 1)) return undefined;
  const pm = (proot.items[0] as Pair<Node | null, Node | null>).value;
  if (!isMap(pm) || pm.flow || pm.tag || pm.anchor || !pm.range) return undefined;
  const items = pm.items as Pair<Node | null, Node | null>[];
  const at = (p: Pair<Node | null, Node | null> | undefined, offset: number, name: unknown) =>
    !!p && isPair(p) && isScalar(p.key) && !!p.key.range && p.key.range[0] === offset && p.key.value === name;
  // The following line is where it was in the file: the next entry's key, or the next top-level key.
  if (!last && !at(items[items.length - 1], bodyEnd + column, (pairs[i + 1].key as Scalar).value)) return undefined;
  if (last && trailer && !at(proot.items[1] as Pair<Node | null, Node | null>, bodyEnd + rootColumn, (trailer.key as Scalar).value)) return undefined;
  const fresh = last ? items : items.slice(0, -1);
  // The entries start where the old ones did: the first line is a key at the services' column (else it would belong to
  // the entry before), or nothing is left at all.
  if (fresh.length ? fresh[0].key === null || !isScalar(fresh[0].key) || fresh[0].key.range?.[0] !== standIn.length + column : body !== '') return undefined;
  const errors = part.errors;
  if (!errors.every((e) => !!e.pos && e.pos[0] >= standIn.length && e.pos[1] <= bodyEnd)) return undefined;
  // The new entries: keys at the services' column, each at the start of its own line, no anchor.
  let line = -1;
  for (const p of fresh) {
    if (!isPair(p) || !isScalar(p.key) || !p.key.range) return undefined;
    const ls = lineStart(source, p.key.range[0]);
    if (ls <= line || p.key.range[0] - ls !== column || !/^ *$/.test(source.slice(ls, p.key.range[0]))) return undefined;
    line = ls;
  }
  const off = regionStart - standIn.length;
  const shifts = new Map(prev.shifts);
  for (const p of fresh) {
    const chunk: Chunk = { id: ++chunkIds };
    if (!assign(p.key, chunk) || !assign(p.value, chunk)) return undefined;
    shifts.set(chunk, off);
  }

  // Every later entry (and top-level entry) moves by delta: give the ones parsed with the whole text a chunk first.
  for (const p of oldPairs) {
    const oldChunk = (p.key as Chunked)[CHUNK];
    if (oldChunk) shifts.delete(oldChunk);
  }
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
  for (let j = topIdx + 1; j < top.length; j++) move(top[j]);

  // New containers on the path to the entry, in this text's coordinates (they belong to no chunk). Before the end of
  // the text the containers end after the edit (moved by delta); at the end, where the re-parsed entry ends.
  const moved = (r: [number, number, number], base: Span): [number, number, number] => [base.start, r[1] + (r[1] >= bOld ? delta : 0), r[2] + (r[2] >= bOld ? delta : 0)];
  const ending = (r: [number, number, number], base: Span): [number, number, number] => [base.start, r[1] + off, r[2] + off];
  const newServices = shallowCopy(services);
  newServices.items = [...pairs.slice(0, from), ...fresh, ...pairs.slice(i + 1)] as typeof newServices.items;
  newServices.range = last ? ending(pm.range, prev.span(services)) : moved(services.range, prev.span(services));
  const newTop = shallowCopy(topPair);
  newTop.value = newServices;
  const newRoot = shallowCopy(root);
  newRoot.items = root.items.slice();
  newRoot.items[topIdx] = newTop as (typeof newRoot.items)[number];
  newRoot.range = atEof ? ending(proot.range, prev.span(root)) : moved(root.range, prev.span(root));
  const newDoc = shallowCopy(doc);
  newDoc.contents = newRoot;
  newDoc.errors = errors.map((e) => new YAMLParseError([e.pos[0] + off, e.pos[1] + off], e.code, e.message));
  newDoc.warnings = [];
  newDoc.range = atEof ? [doc.range[0], part.range[1] + off, part.range[2] + off] : [doc.range[0], doc.range[1] + delta, doc.range[2] + delta];
  const dirty = errors.length ? { start: regionStart, end } : undefined;
  return new YamlFile(prev.path, text, { doc: newDoc, shifts, prev, oldPairs, newPairs: fresh, services: newServices, start: regionStart, dirty });
}

/** A line that starts or ends a YAML document. */
const DOC_MARKER = /^(---|\.\.\.)(\s|$)/m;

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
