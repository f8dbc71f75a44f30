// WrittenPlace for a scalar node, mapped through ProducedText origins when the YAML itself was produced (a rendered
// Helm chart), and ProducedText for a value's text (a properties file inside a ConfigMap block scalar).
import { isScalar } from 'yaml';
import type { Scalar } from 'yaml';
import type { Span } from '../../types';
import type { Origin, ProducedText } from '../textOrigin';
import { decodeScalar } from './yamlScalar';
import type { KScalar, NodeSrc, SrcFile } from './tree';
import type { ChainLink, WrittenPlace } from './types';

/** A span of `file` in the coordinates of the file the user edits. */
export function mapSpan(file: SrcFile, span: Span): { path: string; span: Span; exact: boolean } | undefined {
  if (!file.produced) return { path: file.path, span, exact: true };
  let o: Origin | undefined;
  try {
    o = file.produced.origin(span);
  } catch {
    o = undefined;
  }
  if (o && o.kind === 'written') return { path: o.path, span: o.span, exact: o.exact && o.span.end - o.span.start === span.end - span.start };
  return undefined;
}

function originReason(file: SrcFile, span: Span): string {
  try {
    const o = file.produced?.origin(span);
    if (o && o.kind === 'unknown') return o.reason;
  } catch {
    /* a faulty origin() is the producer's problem; report it as unmapped */
  }
  return 'produced text whose origin is not known';
}

/** Where a scalar node was written. */
export function placeOf(src: NodeSrc | undefined): WrittenPlace | undefined {
  if (!src) return undefined;
  const file = src.file;
  let local: WrittenPlace;
  if (src.textRange) {
    const r = src.textRange;
    const offsets: number[] = [];
    for (let i = r.start; i < r.end; i++) offsets.push(i);
    local = { path: file.path, span: r, innerSpan: r, keySpan: src.key?.range ? { start: src.key.range[0], end: src.key.range[1] } : undefined, entrySpan: src.pair, quote: 'plain', literal: true, offsets };
    return file.produced ? mapPlace(file, local) : local;
  }
  if (!isScalar(src.node)) return undefined;
  const d = decodeScalar(file.text, src.node);
  if (src.slice) {
    const [a, b] = src.slice;
    const offs = d.offsets?.slice(a, b);
    let lit = !!offs && offs.length === b - a;
    for (let i = 1; lit && offs && i < offs.length; i++) if (offs[i] !== offs[i - 1] + 1) lit = false;
    const sub = d.value.slice(a, b);
    if (lit && offs && offs.length) lit = file.text.slice(offs[0], offs[offs.length - 1] + 1) === sub;
    const inner = offs && offs.length ? { start: offs[0], end: offs[offs.length - 1] + 1 } : d.innerSpan;
    local = { path: file.path, span: lit ? inner : d.span, innerSpan: inner, entrySpan: d.span, quote: lit ? 'plain' : d.quote, literal: lit, offsets: offs && offs.length === b - a ? offs : undefined };
    return file.produced ? mapPlace(file, local) : local;
  }
  const keyR = src.key?.range;
  local = {
    path: file.path,
    span: d.span,
    innerSpan: d.innerSpan,
    keySpan: keyR ? { start: keyR[0], end: keyR[1] } : undefined,
    entrySpan: src.pair,
    quote: d.quote,
    literal: d.literal,
    offsets: d.offsets,
  };
  if (!file.produced) return local;
  return mapPlace(file, local);
}

function mapPlace(file: SrcFile, p: WrittenPlace): WrittenPlace {
  const whole = mapSpan(file, p.span);
  if (!whole) {
    // The template wrote the quotes around a value from elsewhere (`value: "{{ .Values.x }}"`): the value is where its
    // characters are, not editable in place (the quoting is the template's).
    const inside = p.innerSpan.end > p.innerSpan.start && (p.innerSpan.start !== p.span.start || p.innerSpan.end !== p.span.end) ? mapSpan(file, p.innerSpan) : undefined;
    if (inside) return { path: inside.path, span: inside.span, innerSpan: inside.span, quote: p.quote, literal: false };
    return { ...p, offsets: undefined, literal: false, unmapped: originReason(file, p.span) };
  }
  const inner = mapSpan(file, p.innerSpan);
  const key = p.keySpan && mapSpan(file, p.keySpan);
  const entry = p.entrySpan && mapSpan(file, p.entrySpan);
  const exact = !!inner && inner.exact && inner.path === whole.path;
  let offsets: number[] | undefined;
  if (exact && p.offsets && inner) {
    const delta = inner.span.start - p.innerSpan.start;
    offsets = p.offsets.map((o) => o + delta);
  }
  return {
    path: whole.path,
    span: whole.span,
    innerSpan: inner && inner.path === whole.path ? inner.span : whole.span,
    keySpan: key && key.path === whole.path ? key.span : undefined,
    entrySpan: entry && entry.path === whole.path ? entry.span : undefined,
    quote: p.quote,
    literal: exact && p.literal,
    offsets,
  };
}

/** The span of any node (map, sequence, scalar) in user coordinates. */
export function nodeSpan(src: NodeSrc | undefined): { path: string; span: Span } | undefined {
  const rr = src?.node?.range;
  const r = rr ? { start: rr[0], end: rr[1] } : src?.textRange;
  if (!src || !r) return undefined;
  const m = mapSpan(src.file, r);
  return m ? { path: m.path, span: m.span } : { path: src.file.path, span: r };
}

export function pairSpan(src: NodeSrc | undefined): { path: string; span: Span } | undefined {
  if (!src?.pair) return nodeSpan(src);
  const m = mapSpan(src.file, src.pair);
  return m ? { path: m.path, span: m.span } : { path: src.file.path, span: src.pair };
}

export function link(src: NodeSrc | undefined, via: string): ChainLink | undefined {
  const s = nodeSpan(src);
  return s ? { ...s, via } : undefined;
}

/**
 * The value of a scalar as produced text: `origin()` maps every character back to where it was written (through
 * block-scalar indentation, folding and escapes), so a properties parser's spans land in the manifest.
 */
export function producedFromScalar(name: string, value: string, s: KScalar | undefined, extraChain: ChainLink[] = []): ProducedText {
  const place = s && !s.note ? placeOf(s.src) : undefined;
  const offsets = place && place.offsets && place.offsets.length === value.length ? place.offsets : undefined;
  // same[i]: value character i is the very character written at its offset (not an escape or a folded break).
  let same: Uint8Array | undefined;
  if (offsets && s?.src && (isScalar(s.src.node) || s.src.textRange)) {
    const d = s.src.textRange ? undefined : decodeScalar(s.src.file.text, s.src.node as Scalar);
    const local = s.src.textRange ? Array.from({ length: s.src.textRange.end - s.src.textRange.start }, (_, i) => s.src!.textRange!.start + i) : s.src.slice ? d?.offsets?.slice(...s.src.slice) : d?.offsets;
    if (local && local.length === value.length) {
      same = new Uint8Array(value.length);
      for (let i = 0; i < value.length; i++) same[i] = s.src.file.text[local[i]] === value[i] ? 1 : 0;
    }
  }
  const chain = [...extraChain, ...(s?.src?.chain ?? [])];
  return {
    name,
    text: value,
    origin(span: Span): Origin | undefined {
      if (!place) return s?.unknown ? { kind: 'unknown', reason: s.unknown } : undefined;
      const a = Math.max(0, Math.min(span.start, value.length));
      const b = Math.max(a, Math.min(span.end, value.length));
      if (!offsets) return { kind: 'written', path: place.path, span: place.span, exact: false, chain };
      if (a === b) {
        const at = a < value.length ? offsets[a] : a > 0 ? offsets[a - 1] + 1 : place.innerSpan.start;
        return { kind: 'written', path: place.path, span: { start: at, end: at }, exact: true, chain };
      }
      const start = offsets[a];
      const end = offsets[b - 1] + 1;
      // Exact when the characters are consecutive in the file and are the same characters (no escape, no fold).
      let exact = !!same && end - start === b - a;
      for (let i = a; exact && i < b; i++) if (!same![i] || (i > a && offsets[i] !== offsets[i - 1] + 1)) exact = false;
      return { kind: 'written', path: place.path, span: { start, end: Math.max(end, start) }, exact, chain };
    },
  };
}
