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
