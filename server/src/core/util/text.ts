import type { Span } from '../types';

/** Full lines covering `span`, with the line break: what to delete to remove an entry that sits alone on its lines. */
export function wholeLines(text: string, span: Span): Span | undefined {
  const ls = text.lastIndexOf('\n', span.start - 1) + 1;
  const before = text.slice(ls, span.start);
  if (!/^[ \t]*(-[ \t]+)?$/.test(before)) return undefined;
  let le = text.indexOf('\n', span.end);
  const after = text.slice(span.end, le < 0 ? text.length : le);
  if (!/^[ \t\r]*(#.*)?$/.test(after)) return undefined;
  le = le < 0 ? text.length : le + 1;
  return { start: ls, end: le };
}

/**
 * `s` as a string of its own. A slice of a text is a view that keeps the whole text alive (V8 makes a view of any slice
 * of 13 characters or more): a value or a name kept across keystrokes (a cache, a reused node) would keep every
 * version of a 300 KB manifest it was read from. The copy costs its own characters only.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}

/** One edit between two texts: [start, oldEnd) of the old text became [start, newEnd) of the new one. */
export interface TextEdit {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/** The smallest single edit turning `a` into `b` (common prefix, then common suffix): what a keystroke changed. */
export function diffTexts(a: string, b: string): TextEdit {
  const n = Math.min(a.length, b.length);
  // Whole blocks first (the engine compares strings natively: a 600 KB text in well under a millisecond), then
  // character by character.
  const B = 256;
  let p = 0;
  while (p + B <= n && a.slice(p, p + B) === b.slice(p, p + B)) p += B;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  let s = 0;
  while (s + B <= n - p && a.slice(a.length - s - B, a.length - s) === b.slice(b.length - s - B, b.length - s)) s += B;
  while (s < n - p && a.charCodeAt(a.length - 1 - s) === b.charCodeAt(b.length - 1 - s)) s++;
  return { start: p, oldEnd: a.length - s, newEnd: b.length - s };
}
