// A JSON-like tree of a Kubernetes object in which every node remembers where it was written (file, YAML node,
// key, the chain of kustomize links that brought it), so transforms (patches, generators, Template parameters) can
// build new objects and every value still points at the characters the user wrote.
import { isAlias, isMap, isPair, isScalar, isSeq } from 'yaml';
import type { Document, Node, Pair, Scalar } from 'yaml';
import type { Span } from '../../types';
import type { ProducedText } from '../textOrigin';
import type { ChainLink } from './types';

/** How plain scalars are typed: `kubectl` = go-yaml v2 (YAML 1.1: `yes`/`on` are booleans), `kyaml` = yaml.v3. */
export type TypingMode = 'kubectl' | 'kyaml';

export interface SrcFile {
  path: string;
  /** The text the YAML nodes' ranges refer to (lone CRs read as LF, same length). */
  text: string;
  produced?: ProducedText;
}

export interface NodeSrc {
  file: SrcFile;
  /** The YAML node; absent for text that is not YAML (a line of a generator's env file, a whole file). */
  node?: Node;
  /** For non-YAML sources: the characters that are the value, literally. */
  textRange?: Span;
  /** The value is characters [a, b) of the node's decoded value (a generator literal `KEY=value`). */
  slice?: [number, number];
  /** The key scalar of the pair that holds this node. */
  key?: Scalar;
  /** The pair's span (key start to value end). */
  pair?: Span;
  chain: ChainLink[];
}

export type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

export interface KScalar {
  k: 's';
  v: string | number | boolean | null;
  src?: NodeSrc;
  /** Set by a transform that produced this value (the written text is not the value). */
  note?: string;
  /** The value is not known (a Template parameter without a default, a generated value). */
  unknown?: string;
  /** Extra links (a Template parameter's place) for values built from other places. */
  links?: ChainLink[];
  /** How the value reached a container when it was not written in an env entry (e.g. added by an operator). */
  via?: string;
  /** `v` is kustomize's Base64 of the text at `src` (a secretGenerator value): decoded, it is the written text. */
  b64?: boolean;
  /** When `v` is a number/boolean: the text as written (for messages and for kubectl's view of kyaml output). */
  raw?: string;
}
export interface KEntry {
  value: KNode;
  keySrc?: NodeSrc;
}
export interface KMap {
  k: 'm';
  e: Map<string, KEntry>;
  src?: NodeSrc;
}
export interface KSeq {
  k: 'q';
  items: KNode[];
  src?: NodeSrc;
}
export type KNode = KScalar | KMap | KSeq;

export class LimitError extends Error {}

const V2_NULL = new Set(['', '~', 'null', 'Null', 'NULL']);
const V2_BOOL: Record<string, boolean> = Object.fromEntries([
  ...['y', 'Y', 'yes', 'Yes', 'YES', 'on', 'On', 'ON', 'true', 'True', 'TRUE'].map((s) => [s, true]),
  ...['n', 'N', 'no', 'No', 'NO', 'off', 'Off', 'OFF', 'false', 'False', 'FALSE'].map((s) => [s, false]),
]);
const V3_BOOL: Record<string, boolean> = { true: true, True: true, TRUE: true, false: false, False: false, FALSE: false };
const FLOAT_RE = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
const INT_RE = /^[-+]?(0[xX][0-9a-fA-F]+|0[oO]?[0-7]+|0[bB][01]+|[0-9]+)$/;

/** Types a plain scalar as the Go decoder of `mode` does (only the JSON type matters to the API server). */
export function typePlain(s: string, mode: TypingMode): string | number | boolean | null {
  if (V2_NULL.has(s)) return null;
  const b = mode === 'kubectl' ? V2_BOOL[s] : V3_BOOL[s];
  if (b !== undefined) return b;
  if (/^[-+]?\.(inf|Inf|INF)$/.test(s)) return s.startsWith('-') ? -Infinity : Infinity;
  if (/^\.(nan|NaN|NAN)$/.test(s)) return NaN;
  const c = s[0];
  if ((c >= '0' && c <= '9') || c === '-' || c === '+' || c === '.') {
    const plain = s.replace(/_/g, '');
    if (INT_RE.test(plain)) {
      const neg = plain.startsWith('-');
      const body = plain.replace(/^[-+]/, '');
      let n: number;
      if (/^0[xX]/.test(body)) n = parseInt(body.slice(2), 16);
      else if (/^0[bB]/.test(body)) n = parseInt(body.slice(2), 2);
      else if (/^0[oO]/.test(body)) n = parseInt(body.slice(2), 8);
      else if (/^0[0-7]+$/.test(body)) n = parseInt(body, 8);
      else n = parseInt(body, 10);
      if (Number.isFinite(n)) return neg ? -n : n;
    }
    if (FLOAT_RE.test(plain)) return Number(plain);
  }
  return s;
}

/** Converts a parsed YAML document to a KNode; aliases share nodes (never copied), `<<` merges as go-yaml does. */
export function fromYaml(doc: Document.Parsed, file: SrcFile, mode: TypingMode, chain: ChainLink[] = []): KNode | undefined {
  const memo = new Map<Node, KNode>();
  const anchors = new Map<string, Node>();
  const conv = (n: Node | null | undefined, key?: Scalar, pair?: Span): KNode => {
    if (!n) return { k: 's', v: null };
    if (isAlias(n)) {
      const target = (n.resolve(doc) as Node | undefined) ?? anchors.get(n.source);
      if (!target) return { k: 's', v: null };
      const hit = memo.get(target);
      return hit ?? conv(target);
    }
    const hit = memo.get(n);
    if (hit) return hit;
    if (n.anchor) anchors.set(n.anchor, n);
    const src: NodeSrc = { file, node: n, key, pair, chain };
    if (isScalar(n)) {
      const out = scalarOf(n, file.text, mode);
      out.src = src;
      // Rendered from something not evaluated (Helm's lookup, a tpl of an unknown string): unknown, not that text.
      if (file.produced?.unknownWithin && n.range) {
        const why = file.produced.unknownWithin({ start: n.range[0], end: n.range[1] });
        if (why) out.unknown = why;
      }
      memo.set(n, out);
      return out;
    }
    if (isMap(n)) {
      const out: KMap = { k: 'm', e: new Map(), src };
      memo.set(n, out);
      const merges: KNode[] = [];
      for (const p of n.items as Pair<Node, Node>[]) {
        if (!isPair(p)) continue;
        const k = p.key as Node | null;
        const keyText = isScalar(k) ? String(k.value ?? '') : isAlias(k) ? k.source : '';
        if (isScalar(k) && k.value === '<<' && (k as Scalar).type === 'PLAIN') {
          const v = conv(p.value as Node);
          if (v.k === 'm') merges.push(v);
          else if (v.k === 'q') merges.push(...v.items.filter((i) => i.k === 'm'));
          continue;
        }
        const kr = (k as Node | null)?.range;
        const vr = (p.value as Node | null)?.range;
        const pairSpan = kr ? { start: kr[0], end: vr ? vr[1] : kr[1] } : undefined;
        // Duplicate keys: the last one wins (go-yaml v2 into a map; the API server's JSON decoder likewise).
        out.e.set(keyText, { value: conv(p.value as Node, isScalar(k) ? k : undefined, pairSpan), keySrc: isScalar(k) ? { file, node: k, chain } : undefined });
      }
      for (const m of merges) {
        if (m.k !== 'm') continue;
        for (const [mk, mv] of m.e) if (!out.e.has(mk)) out.e.set(mk, mv);
      }
      return out;
    }
    if (isSeq(n)) {
      const out: KSeq = { k: 'q', items: [], src };
      memo.set(n, out);
      for (const it of n.items as (Node | null)[]) out.items.push(conv(it));
      return out;
    }
    return { k: 's', v: null, src };
  };
  return doc.contents ? conv(doc.contents as Node) : undefined;
}

function scalarOf(n: Scalar, text: string, mode: TypingMode): KScalar {
  const tag = n.tag;
  if (n.type === 'PLAIN' && (!tag || tag === '!') ) {
    const [a, b] = n.range ?? [0, 0];
    const s = tag === '!' ? String(n.value ?? '') : text.slice(a, b).includes('\n') ? String(n.value ?? '') : text.slice(a, b);
    const v = tag === '!' ? s : typePlain(s, mode);
    return typeof v === 'string' || v === null ? { k: 's', v } : { k: 's', v, raw: s };
  }
  if (tag === 'tag:yaml.org,2002:str') return { k: 's', v: String(n.value ?? '') };
  if (tag === 'tag:yaml.org,2002:int' || tag === 'tag:yaml.org,2002:float' || tag === 'tag:yaml.org,2002:bool' || tag === 'tag:yaml.org,2002:null') {
    const v = n.value;
    if (typeof v === 'number' || typeof v === 'boolean' || v === null) return { k: 's', v, raw: n.source };
  }
  if (typeof n.value === 'string') return { k: 's', v: n.value };
  return { k: 's', v: n.value === null || n.value === undefined ? null : typeof n.value === 'number' || typeof n.value === 'boolean' ? n.value : String(n.value) };
}

// ---- access helpers ----

export function get(n: KNode | undefined, ...path: string[]): KNode | undefined {
  let cur = n;
  for (const p of path) {
    if (!cur || cur.k !== 'm') return undefined;
    cur = cur.e.get(p)?.value;
  }
  return cur;
}
export function entry(n: KNode | undefined, key: string): KEntry | undefined {
  return n && n.k === 'm' ? n.e.get(key) : undefined;
}
export function str(n: KNode | undefined): string | undefined {
  return n && n.k === 's' && typeof n.v === 'string' ? n.v : undefined;
}
export function scalarText(n: KNode | undefined): string | undefined {
  if (!n || n.k !== 's' || n.v === null) return undefined;
  return typeof n.v === 'string' ? n.v : n.raw ?? String(n.v);
}
export function seq(n: KNode | undefined): KNode[] {
  return n && n.k === 'q' ? n.items : [];
}
export function isNullish(n: KNode | undefined): boolean {
  return !n || (n.k === 's' && n.v === null);
}
export function spanOf(n: KNode | undefined): Span | undefined {
  const r = n?.src?.node?.range;
  return r ? { start: r[0], end: r[1] } : n?.src?.textRange;
}

/** Plain JSON, bounded: throws LimitError past `budget` nodes (alias bombs share nodes; JSON would not). */
export function toJson(n: KNode | undefined, budget = { left: 2_000_000 }): Json {
  if (!n) return null;
  if (--budget.left < 0) throw new LimitError('object too large once aliases are expanded');
  if (n.k === 's') return typeof n.v === 'number' && !Number.isFinite(n.v) ? (n.raw ?? String(n.v)) : n.v;
  if (n.k === 'q') return n.items.map((i) => toJson(i, budget));
  const o: { [k: string]: Json } = {};
  for (const [k, e] of n.e) o[k] = toJson(e.value, budget);
  return o;
}

/** Deep copy (maps and sequences; scalars are immutable and shared). Bounded like toJson. */
export function clone(n: KNode, budget = { left: 2_000_000 }): KNode {
  if (--budget.left < 0) throw new LimitError('object too large once aliases are expanded');
  if (n.k === 's') return n;
  if (n.k === 'q') return { k: 'q', items: n.items.map((i) => clone(i, budget)), src: n.src };
  const e = new Map<string, KEntry>();
  for (const [k, v] of n.e) e.set(k, { value: clone(v.value, budget), keySrc: v.keySrc });
  return { k: 'm', e, src: n.src };
}

/** A node from plain JSON, with no source (values made by a transform). */
export function fromJson(j: Json, note?: string): KNode {
  if (Array.isArray(j)) return { k: 'q', items: j.map((x) => fromJson(x, note)) };
  if (j !== null && typeof j === 'object') {
    const e = new Map<string, KEntry>();
    for (const [k, v] of Object.entries(j)) e.set(k, { value: fromJson(v, note) });
    return { k: 'm', e };
  }
  return { k: 's', v: j, note };
}

export function setKey(m: KMap, key: string, value: KNode): void {
  const old = m.e.get(key);
  m.e.set(key, { value, keySrc: old?.keySrc });
}

export function mkMap(): KMap {
  return { k: 'm', e: new Map() };
}

// ---- moving a tree to other offsets ----

/**
 * Copies trees read from one text of a file to where the same characters sit in a newer text of it, `d` further on:
 * every range, span and link of that file moves, the file becomes `file`. The YAML nodes are not copied: each moved
 * one is a view (its prototype the parser's node) with its own `range`, so what an earlier analysis holds is untouched.
 * Shared nodes (aliases) stay shared. Runs for every document after an edit on a keystroke: plain object literals.
 */
export class TreeMover {
  private readonly nodes = new Map<KNode, KNode>();
  private readonly srcs = new Map<NodeSrc, NodeSrc>();
  private readonly yamls = new Map<Node, Node>();
  constructor(private readonly d: number, private readonly file: SrcFile) {}

  span(s: Span): Span {
    return { start: s.start + this.d, end: s.end + this.d };
  }

  node(n: KNode): KNode {
    const hit = this.nodes.get(n);
    if (hit) return hit;
    if (n.k === 's') {
      const out: KScalar = { ...n };
      if (n.src) out.src = this.src(n.src);
      if (n.links) out.links = n.links.map((l) => this.link(l));
      this.nodes.set(n, out);
      return out;
    }
    if (n.k === 'q') {
      const items: KNode[] = [];
      const out: KSeq = n.src ? { k: 'q', items, src: this.src(n.src) } : { k: 'q', items };
      this.nodes.set(n, out);
      for (const i of n.items) items.push(this.node(i));
      return out;
    }
    const e = new Map<string, KEntry>();
    const out: KMap = n.src ? { k: 'm', e, src: this.src(n.src) } : { k: 'm', e };
    this.nodes.set(n, out);
    for (const [k, v] of n.e) e.set(k, v.keySrc ? { value: this.node(v.value), keySrc: this.src(v.keySrc) } : { value: this.node(v.value) });
    return out;
  }

  private link(l: ChainLink): ChainLink {
    return l.path === this.file.path ? { path: l.path, span: this.span(l.span), via: l.via } : l;
  }

  private src(s: NodeSrc): NodeSrc {
    // Only what was read from this file moves (a node made elsewhere keeps its places).
    if (s.file.path !== this.file.path || s.file.produced) return s;
    const hit = this.srcs.get(s);
    if (hit) return hit;
    const out: NodeSrc = {
      file: this.file, node: s.node && this.yaml(s.node), textRange: s.textRange && this.span(s.textRange), slice: s.slice,
      key: s.key && (this.yaml(s.key) as Scalar), pair: s.pair && this.span(s.pair),
      chain: s.chain.length ? s.chain.map((l) => this.link(l)) : s.chain,
    };
    this.srcs.set(s, out);
    return out;
  }

  private yaml(n: Node): Node {
    const hit = this.yamls.get(n);
    if (hit) return hit;
    // A view's prototype is the parser's node (it has its own range); the parser's node's is its class's.
    const proto = Object.getPrototypeOf(n) as object;
    const original = Object.prototype.hasOwnProperty.call(proto, 'range') ? (proto as Node) : n;
    const out = Object.create(original) as Node;
    const r = n.range;
    if (r) out.range = [r[0] + this.d, r[1] + this.d, r[2] + this.d];
    this.yamls.set(n, out);
    return out;
  }
}
