// Maps the value of a YAML scalar (a `run: |` block, a quoted string) back to the file, character by character, so a
// script inside a workflow reports positions in the workflow. The mapping is built from the source text and checked
// against the value the `yaml` package computed; when they differ, the whole scalar is the origin (never wrong).
import type { Scalar } from 'yaml';

/** A run of produced text: copied from file[start, end) or produced (`s`) from it. */
export type Piece = { copy: true; start: number; end: number } | { copy: false; s: string; start: number; end: number };

function pieceText(p: Piece, file: string): string {
  return p.copy ? file.slice(p.start, p.end) : p.s;
}

/** Pieces whose text equals the scalar's value. */
export function scalarPieces(node: Scalar, file: string): Piece[] {
  const value = typeof node.value === 'string' ? node.value : String(node.value ?? '');
  const range = node.range;
  if (!range) return [];
  let pieces: Piece[] | undefined;
  try {
    switch (node.type) {
      case 'BLOCK_LITERAL':
      case 'BLOCK_FOLDED':
        pieces = block(file, range[0], range[1], node.type === 'BLOCK_FOLDED');
        break;
      case 'PLAIN':
        pieces = flow(file, range[0], range[1], 'plain');
        break;
      case 'QUOTE_SINGLE':
        pieces = flow(file, range[0] + 1, range[1] - 1, 'single');
        break;
      case 'QUOTE_DOUBLE':
        pieces = flow(file, range[0] + 1, range[1] - 1, 'double');
        break;
    }
  } catch {
    pieces = undefined;
  }
  if (pieces) {
    const t = pieces.map((p) => pieceText(p, file)).join('');
    if (t === value) return pieces;
    if (t.startsWith(value)) return truncate(pieces, value.length, file);
  }
  return [{ copy: false, s: value, start: range[0], end: range[1] }];
}

function truncate(pieces: Piece[], n: number, file: string): Piece[] {
  const out: Piece[] = [];
  let left = n;
  for (const p of pieces) {
    if (left <= 0) break;
    const len = pieceText(p, file).length;
    if (len <= left) { out.push(p); left -= len; continue; }
    if (p.copy) out.push({ copy: true, start: p.start, end: p.start + left });
    else out.push({ copy: false, s: p.s.slice(0, left), start: p.start, end: p.end });
    left = 0;
  }
  return out;
}

function lines(file: string, start: number, end: number): { start: number; end: number; nl: boolean }[] {
  const out: { start: number; end: number; nl: boolean }[] = [];
  let i = start;
  while (i < end) {
    const nl = file.indexOf('\n', i);
    const e = nl < 0 || nl >= end ? end : nl;
    let contentEnd = e;
    if (file[contentEnd - 1] === '\r') contentEnd--;
    out.push({ start: i, end: contentEnd, nl: e < end || (nl >= 0 && nl === end) });
    i = e + 1;
  }
  return out;
}

function block(file: string, start: number, end: number, folded: boolean): Piece[] | undefined {
  const headerEnd = file.indexOf('\n', start);
  if (headerEnd < 0) return [];
  const header = file.slice(start, headerEnd).replace(/\s+#.*$/, '');
  const explicit = /[1-9]/.exec(header);
  // Content runs to the scalar's end; include the newline ending the last line.
  const bodyEnd = file[end] === '\n' ? end + 1 : end;
  const ls = lines(file, headerEnd + 1, Math.min(bodyEnd, file.length));
  let indent = -1;
  if (!explicit) {
    for (const l of ls) {
      const t = file.slice(l.start, l.end);
      if (t.trim() !== '') { indent = t.length - t.trimStart().length; break; }
    }
    if (indent < 0) return [];
  } else return undefined;
  const out: Piece[] = [];
  let prevNormal = false;
  let pendingBreak: { start: number; end: number } | undefined;
  let emptyRun = 0;
  for (const l of ls) {
    const t = file.slice(l.start, l.end);
    const empty = t.trim() === '' && t.length <= indent;
    const nlAt = { start: l.end, end: l.end + 1 };
    if (!folded) {
      if (!empty) out.push({ copy: true, start: l.start + indent, end: l.end });
      out.push({ copy: false, s: '\n', start: nlAt.start, end: nlAt.end });
      continue;
    }
    if (empty) {
      emptyRun++;
      continue;
    }
    const more = t[indent] === ' ' || t[indent] === '\t';
    if (pendingBreak) {
      if (emptyRun > 0) {
        const brk = prevNormal && !more ? emptyRun : emptyRun + 1;
        out.push({ copy: false, s: '\n'.repeat(brk), start: pendingBreak.start, end: pendingBreak.end });
      } else {
        out.push({ copy: false, s: prevNormal && !more ? ' ' : '\n', start: pendingBreak.start, end: pendingBreak.end });
      }
    }
    emptyRun = 0;
    out.push({ copy: true, start: l.start + indent, end: l.end });
    pendingBreak = nlAt;
    prevNormal = !more;
  }
  if (folded && pendingBreak) out.push({ copy: false, s: '\n'.repeat(emptyRun + 1), start: pendingBreak.start, end: pendingBreak.end });
  return out;
}

function flow(file: string, start: number, end: number, kind: 'plain' | 'single' | 'double'): Piece[] | undefined {
  const ls = lines(file, start, end);
  const out: Piece[] = [];
  let emptyRun = 0;
  let first = true;
  for (let k = 0; k < ls.length; k++) {
    const l = ls[k]!;
    let a = l.start;
    let b = l.end;
    if (!first) while (a < b && (file[a] === ' ' || file[a] === '\t')) a++;
    if (k < ls.length - 1) while (b > a && (file[b - 1] === ' ' || file[b - 1] === '\t')) b--;
    if (a === b && !first && k < ls.length - 1) { emptyRun++; continue; }
    if (!first) out.push({ copy: false, s: emptyRun ? '\n'.repeat(emptyRun) : ' ', start: l.start - 1, end: l.start });
    emptyRun = 0;
    first = false;
    if (kind === 'plain') { out.push({ copy: true, start: a, end: b }); continue; }
    let i = a;
    let runStart = a;
    const flush = (to: number): void => { if (to > runStart) out.push({ copy: true, start: runStart, end: to }); };
    while (i < b) {
      if (kind === 'single' && file[i] === "'" && file[i + 1] === "'") {
        flush(i);
        out.push({ copy: false, s: "'", start: i, end: i + 2 });
        i += 2;
        runStart = i;
        continue;
      }
      if (kind === 'double' && file[i] === '\\') {
        const e = file[i + 1];
        const simple: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029' };
        flush(i);
        if (e !== undefined && simple[e] !== undefined) {
          out.push({ copy: false, s: simple[e]!, start: i, end: i + 2 });
          i += 2;
        } else if (e === 'x' || e === 'u' || e === 'U') {
          const n = e === 'x' ? 2 : e === 'u' ? 4 : 8;
          out.push({ copy: false, s: String.fromCodePoint(parseInt(file.slice(i + 2, i + 2 + n), 16)), start: i, end: i + 2 + n });
          i += 2 + n;
        } else return undefined; // escaped line break and the rest: let the fallback handle it
        runStart = i;
        continue;
      }
      i++;
    }
    flush(b);
  }
  return out;
}
