// Script text cut out of other files (a Markdown block, a YAML `run:` scalar, a Makefile recipe) as a ProducedText:
// built from segments that each remember the file characters they came from.
import type { Span } from '../../types';
import type { Origin, ProducedText } from '../textOrigin';

interface Segment {
  /** [at, at + len) of the produced text … */
  at: number;
  len: number;
  /** … came from [fileStart, fileEnd) of the file; `exact` when one to one. */
  fileStart: number;
  fileEnd: number;
  exact: boolean;
  /** Produced by something not evaluated (a make function, `${{ }}`): unknown. */
  unknown?: string;
  /** Expanded from elsewhere (a make variable's definition) at this reference: where a span over it lands. */
  site?: Span;
}

/** A ProducedText that also maps single offsets (the shell reader asks for every value character). */
export interface MappedText extends ProducedText {
  path: string;
  /** File offset of produced offset `o` (an end offset maps to the end of the previous character). */
  fileOffset(o: number): number | undefined;
  /** A reason when produced [start, end) overlaps text that was produced by something not evaluated. */
  unknownAt(span: Span): string | undefined;
  /**
   * The file span covering produced [start, end) as written where the text is read (a make `$(VAR)` reference,
   * not the variable's definition); undefined when it cannot be placed.
   */
  spanInFile(span: Span): Span | undefined;
}

export class TextBuilder {
  /** Length of the text built so far (the text itself is joined once, in build()). */
  length = 0;
  private pieces: string[] = [];
  private segs: Segment[] = [];
  private site: Span | undefined;

  constructor(readonly path: string, private readonly file: string) {}

  /** Runs `fn` with every segment it adds placed at `site` (the outermost site wins). */
  at(site: Span, fn: () => void): void {
    if (this.site) { fn(); return; }
    this.site = site;
    try { fn(); } finally { this.site = undefined; }
  }

  private push(seg: Segment): void {
    if (this.site) seg.site = this.site;
    this.segs.push(seg);
  }

  /** Copies file[start, end) one to one. */
  copy(start: number, end: number): this {
    if (end <= start) return this;
    const last = this.segs[this.segs.length - 1];
    if (last && last.exact && !last.unknown && !this.site && !last.site && last.at + last.len === this.length && last.fileEnd === start) {
      last.len += end - start;
      last.fileEnd = end;
    } else {
      this.push({ at: this.length, len: end - start, fileStart: start, fileEnd: end, exact: true });
    }
    this.append(this.file.slice(start, end));
    return this;
  }

  /** Adds `s`, produced from file[start, end) but not one to one (an escape, a folded line break, a make `$$`). */
  produce(s: string, start: number, end: number): this {
    if (s.length === 0) return this;
    this.push({ at: this.length, len: s.length, fileStart: start, fileEnd: end, exact: s.length === end - start && this.file.slice(start, end) === s });
    this.append(s);
    return this;
  }

  /** Adds `s` standing for a value that is not known (its reason), written at file[start, end). */
  unknown(s: string, reason: string, start: number, end: number): this {
    this.push({ at: this.length, len: s.length, fileStart: start, fileEnd: end, exact: false, unknown: reason });
    this.append(s);
    return this;
  }

  private append(s: string): void {
    this.pieces.push(s);
    this.length += s.length;
  }

  /** The text built so far. */
  get text(): string {
    const t = this.pieces.join('');
    this.pieces = [t];
    return t;
  }

  build(name: string): MappedText {
    const segs = this.segs.slice();
    const text = this.text;
    const path = this.path;
    const find = (o: number): number => {
      // Last segment with at <= o.
      let lo = 0;
      let hi = segs.length - 1;
      let ans = -1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        if (segs[mid]!.at <= o) { ans = mid; lo = mid + 1; } else hi = mid - 1;
      }
      return ans;
    };
    const fileOffset = (o: number): number | undefined => {
      const k = find(o);
      const s = segs[k];
      if (!s) return undefined;
      if (o < s.at + s.len) return s.exact ? s.fileStart + (o - s.at) : s.fileStart;
      if (o === s.at + s.len) return s.fileEnd;
      return undefined;
    };
    const overlapping = (span: Span): Segment[] => {
      const out: Segment[] = [];
      let k = Math.max(0, find(span.start));
      for (; k < segs.length; k++) {
        const s = segs[k]!;
        if (s.at >= Math.max(span.end, span.start + 1)) break;
        if (s.at + s.len > span.start) out.push(s);
      }
      return out;
    };
    const unknownAt = (span: Span): string | undefined => {
      for (const s of overlapping(span)) if (s.unknown) return s.unknown;
      return undefined;
    };
    const origin = (span: Span): Origin | undefined => {
      const hit = overlapping(span);
      if (hit.length === 0) return undefined;
      const u = hit.find((s) => s.unknown);
      if (u) return { kind: 'unknown', reason: u.unknown!, path, span: { start: u.fileStart, end: u.fileEnd } };
      if (hit.length === 1 && hit[0]!.exact) {
        const s = hit[0]!;
        return { kind: 'written', path, span: { start: s.fileStart + (span.start - s.at), end: s.fileStart + (span.end - s.at) }, exact: true };
      }
      const start = fileOffset(span.start);
      const end = span.end > span.start ? fileOffset(span.end) : start;
      if (start === undefined || end === undefined || end < start) return undefined;
      return { kind: 'written', path, span: { start, end }, exact: false };
    };
    const spanInFile = (span: Span): Span | undefined => {
      const hit = overlapping(span);
      if (hit.length === 0) {
        const o = fileOffset(span.start);
        return o === undefined ? undefined : { start: o, end: o };
      }
      const first = hit[0]!;
      const last = hit[hit.length - 1]!;
      const start = first.site ? first.site.start : first.exact ? first.fileStart + Math.max(0, span.start - first.at) : first.fileStart;
      const end = last.site ? last.site.end : last.exact ? last.fileStart + Math.min(last.len, span.end - last.at) : last.fileEnd;
      return end >= start ? { start, end } : undefined;
    };
    return { name, text, path, origin, fileOffset, unknownAt, spanInFile };
  }
}

/** The file itself as produced text (a `.sh` file). */
export function identityText(path: string, text: string): MappedText {
  return {
    name: path,
    text,
    path,
    origin: (span) => ({ kind: 'written', path, span, exact: true }),
    fileOffset: (o) => o,
    unknownAt: () => undefined,
    spanInFile: (span) => span,
  };
}

/** Wraps a ProducedText made elsewhere (a rendered template) so single offsets can be mapped. */
export function fromProduced(p: ProducedText, path: string): MappedText {
  const fileOffset = (o: number): number | undefined => {
    const r = p.origin({ start: o, end: Math.min(o + 1, p.text.length) });
    if (r?.kind !== 'written') return undefined;
    if (o >= p.text.length) return r.span.end;
    return r.exact ? r.span.start : r.span.start;
  };
  return {
    ...p,
    path,
    fileOffset,
    unknownAt: (span) => {
      const r = p.origin(span);
      return r?.kind === 'unknown' ? r.reason : undefined;
    },
    spanInFile: (span) => {
      const r = p.origin(span);
      return r?.kind === 'written' ? r.span : undefined;
    },
  };
}
