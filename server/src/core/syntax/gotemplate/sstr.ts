// Strings that remember where each part came from: the text a template produces, and strings built by functions
// (`include`, `indent`, `printf`, `trim`, …) that keep their pieces' origins.
import type { Span } from '../../types';

/** Where a piece of produced text came from (the shape of sources/textOrigin.ts's Origin, plus internal fields). */
export type Src =
  | {
    kind: 'written'; path: string; span: Span; exact: boolean; via?: string;
    chain?: { path: string; span: Span; via: string }[];
    /** Internal: the source characters (a values scalar as written), to decide exactness when printed. */
    raw?: string;
    /** Internal: produced from a value (not a template literal), so printing it adds the action to the chain. */
    val?: boolean;
  }
  | { kind: 'unknown'; reason: string; path?: string; span?: Span };

export interface Seg { start: number; end: number; src: Src }
export interface SStr { text: string; segs: Seg[] }

export const sstr = (text: string, src?: Src): SStr => ({ text, segs: src && text.length ? [{ start: 0, end: text.length, src }] : [] });

export class SBuilder {
  private parts: string[] = [];
  private len = 0;
  readonly segs: Seg[] = [];
  get length() { return this.len; }
  push(text: string, src?: Src) {
    // an empty value that is unknown still says so (a zero-length piece)
    if (!text) { if (src?.kind === 'unknown') this.segs.push({ start: this.len, end: this.len, src }); return; }
    if (src) this.segs.push({ start: this.len, end: this.len + text.length, src });
    this.parts.push(text);
    this.len += text.length;
  }
  pushS(s: SStr) {
    for (const g of s.segs) this.segs.push({ start: g.start + this.len, end: g.end + this.len, src: g.src });
    this.parts.push(s.text);
    this.len += s.text.length;
  }
  build(): SStr { return { text: this.parts.join(''), segs: this.segs }; }
}

/** [start, end) of s, origins kept (an exact written origin is narrowed to the characters kept). */
export function sliceS(s: SStr, start: number, end: number): SStr {
  const segs: Seg[] = [];
  for (const g of s.segs) {
    if (g.start === g.end) {
      if ((g.start >= start && g.start < end) || (g.start === end && end === s.text.length)) segs.push({ start: g.start - start, end: g.start - start, src: g.src });
      continue;
    }
    const a = Math.max(g.start, start), b = Math.min(g.end, end);
    if (a >= b) continue;
    segs.push({ start: a - start, end: b - start, src: narrow(g.src, a - g.start, b - g.start, g.end - g.start) });
  }
  return { text: s.text.slice(start, end), segs };
}

function narrow(src: Src, a: number, b: number, len: number): Src {
  if (a === 0 && b === len) return src;
  if (src.kind === 'written' && src.exact) {
    const { raw: _raw, ...rest } = src;
    return { ...rest, span: { start: src.span.start + a, end: src.span.start + b } };
  }
  return src;
}

export function concatS(...xs: SStr[]): SStr {
  const b = new SBuilder();
  for (const x of xs) b.pushS(x);
  return b.build();
}

/** Removes every occurrence of `needle` (Helm drops "<no value>" from rendered text). */
export function removeAll(s: SStr, needle: string): SStr {
  if (!s.text.includes(needle)) return s;
  const b = new SBuilder();
  let i = 0;
  for (;;) {
    const j = s.text.indexOf(needle, i);
    if (j < 0) { b.pushS(sliceS(s, i, s.text.length)); break; }
    b.pushS(sliceS(s, i, j));
    i = j + needle.length;
  }
  return b.build();
}

/** The single origin of all of s (when one segment covers it whole). */
export function wholeSrc(s: SStr): Src | undefined {
  if (s.segs.length === 1 && s.segs[0].start === 0 && s.segs[0].end === s.text.length) return s.segs[0].src;
  if (!s.text.length) return undefined;
  // pieces of one value covering all of it (a quoted value: quotes and content): that value, not exact
  const f = s.segs[0]?.src;
  if (f && f.kind === 'written' && s.segs[0].start === 0 && s.segs[s.segs.length - 1].end === s.text.length &&
    s.segs.every((g, i) => (i === 0 || s.segs[i - 1].end === g.start) && g.src.kind === 'written' && g.src.path === f.path && g.src.span.start === f.span.start && g.src.span.end === f.span.end)) {
    return s.segs.find(g => g.src.kind === 'written' && !g.src.exact)?.src ?? { ...f, exact: false };
  }
  // a piece that is unknown makes the whole unknown
  const unknown = s.segs.find(g => g.src.kind === 'unknown');
  return unknown?.src;
}

/** A derived (not character-for-character) origin: `quote`, `upper`, `b64enc`, … of a value. */
export function derive(src: Src | undefined, via: string): Src | undefined {
  if (!src) return undefined;
  if (src.kind === 'unknown') return src;
  const { raw: _raw, ...rest } = src;
  return { ...rest, exact: false, via: src.via ? `${src.via} | ${via}` : via };
}
