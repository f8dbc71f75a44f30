// Where each character of a YAML scalar's value was written: quotes, escapes, line folding and block-scalar
// indentation/chomping undone with a map from value characters back to file offsets, so a finding inside a value
// (a properties line inside a `|` block, an identity value in quotes) lands on the characters the user must edit.
// The decoder is checked against the parser's own value: when they differ, only the whole span is claimed.
import type { Scalar } from 'yaml';
import type { Span } from '../../types';
import type { QuoteStyle } from './types';

export interface DecodedScalar {
  value: string;
  quote: QuoteStyle;
  /** The value as written including quotes or the block header. */
  span: Span;
  /** Between the quotes; for a block scalar, the content lines after the header. */
  innerSpan: Span;
  /** The source characters in `innerSpan` are exactly the value. */
  literal: boolean;
  /** `offsets[i]` is the file offset of value character i (a folded or escaped character maps to the first source
   *  character it came from). Undefined when the decoder disagreed with the parser. */
  offsets?: number[];
}

/** Decodes `node` (a scalar parsed from `text`). `text` must be the text the node's range refers to. */
export function decodeScalar(text: string, node: Scalar): DecodedScalar {
  const [start, end] = node.range ?? [0, 0];
  const span = { start, end };
  const libValue = typeof node.value === 'string' ? node.value : node.source ?? String(node.value);
  const type = node.type;
  let r: { value: string; offsets: number[]; inner: Span } | undefined;
  let quote: QuoteStyle = 'plain';
  try {
    switch (type) {
      case 'QUOTE_DOUBLE':
        quote = 'double';
        r = decodeDouble(text, start, end);
        break;
      case 'QUOTE_SINGLE':
        quote = 'single';
        r = decodeSingle(text, start, end);
        break;
      case 'BLOCK_LITERAL':
      case 'BLOCK_FOLDED':
        quote = type === 'BLOCK_LITERAL' ? 'literal' : 'folded';
        r = decodeBlock(text, start, end, type === 'BLOCK_FOLDED', blockParentIndent(node, text, start));
        break;
      default:
        quote = 'plain';
        r = decodePlain(text, start, end);
    }
  } catch {
    r = undefined;
  }
  // Block scalar content ranges: the parser and this decoder agree on the value, else nothing inside is claimed.
  if (!r || r.value !== libValue) {
    const inner = quote === 'double' || quote === 'single' ? { start: Math.min(start + 1, end), end: Math.max(start + 1, end - 1) } : span;
    return { value: libValue, quote, span, innerSpan: inner, literal: false };
  }
  const literal = text.slice(r.inner.start, r.inner.end) === r.value;
  return { value: r.value, quote, span, innerSpan: r.inner, literal, offsets: r.offsets };
}

/** The indentation of the block scalar's parent, for an explicit indentation indicator (`|2`): from the parser's
 *  token when kept, else the header line's indentation (a wrong guess fails the check against the parser's value). */
function blockParentIndent(node: Scalar, text: string, start: number): number {
  const tok = node.srcToken as { indent?: number } | undefined;
  if (typeof tok?.indent === 'number') return tok.indent;
  let ls = start;
  while (ls > 0 && text[ls - 1] !== '\n' && text[ls - 1] !== '\r') ls--;
  let n = 0;
  while (text[ls + n] === ' ') n++;
  return n;
}

const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const isBreak = (c: string | undefined) => c === '\n' || c === '\r';

/** Splits [start, end) into lines: [lineStart, contentEnd (before the break), nextLineStart]. */
function lines(text: string, start: number, end: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  let i = start;
  while (i <= end) {
    let j = i;
    while (j < end && !isBreak(text[j])) j++;
    let next = j;
    if (j < end) next = text[j] === '\r' && text[j + 1] === '\n' ? j + 2 : j + 1;
    out.push([i, j, next]);
    if (j >= end) break;
    i = next;
  }
  return out;
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ',
  '"': '"', '/': '/', '\\': '\\', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
};

/**
 * Flow scalars (plain, single- and double-quoted): a line break between two lines becomes a space, n empty lines
 * become n newlines, blanks around a break are dropped (escaped ones are content), `\` before a break joins lines.
 */
function decodeFlow(text: string, start: number, end: number, style: 'plain' | 'single' | 'double') {
  let value = '';
  const offsets: number[] = [];
  let trail = -1; // value index where the current run of unescaped trailing blanks starts
  const push = (s: string, off: number, raw: boolean) => {
    if (raw && isBlank(s)) {
      if (trail < 0) trail = value.length;
    } else trail = -1;
    value += s;
    for (let k = 0; k < s.length; k++) offsets.push(off);
  };
  const skipBreak = (i: number) => (text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1);
  /** From the start of a continuation line: skips blanks and counts empty lines; returns [next, empties]. */
  const skipEmpty = (i: number): [number, number, number[]] => {
    let empties = 0;
    const at: number[] = [];
    for (;;) {
      let j = i;
      while (j < end && isBlank(text[j])) j++;
      if (j < end && isBreak(text[j])) {
        empties++;
        at.push(j);
        i = skipBreak(j);
        continue;
      }
      return [j, empties, at];
    }
  };
  let i = start;
  while (i < end) {
    const c = text[i];
    if (isBreak(c)) {
      if (trail >= 0) {
        value = value.slice(0, trail);
        offsets.length = trail;
      }
      const [next, empties, at] = skipEmpty(skipBreak(i));
      if (empties === 0) push(' ', i, false);
      else for (const a of at) push('\n', a, false);
      trail = -1;
      i = next;
      continue;
    }
    if (style === 'single' && c === "'" && text[i + 1] === "'") {
      push("'", i, false);
      i += 2;
      continue;
    }
    if (style === 'double' && c === '\\') {
      const e = text[i + 1];
      if (isBreak(e)) {
        trail = -1;
        const [next, , at] = skipEmpty(skipBreak(i + 1));
        for (const a of at) push('\n', a, false);
        i = next;
        continue;
      }
      const hex = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      if (hex) {
        const h = text.slice(i + 2, i + 2 + hex);
        if (h.length !== hex || !/^[0-9a-fA-F]+$/.test(h)) throw new Error('bad escape');
        push(String.fromCodePoint(parseInt(h, 16)), i, false);
        i += 2 + hex;
        continue;
      }
      const s = SIMPLE_ESCAPES[e];
      if (s === undefined) throw new Error('bad escape');
      push(s, i, false);
      i += 2;
      continue;
    }
    push(c, i, true);
    i++;
  }
  return { value, offsets, inner: { start, end } };
}

function decodePlain(text: string, start: number, end: number) {
  return decodeFlow(text, start, end, 'plain');
}

function decodeSingle(text: string, start: number, end: number) {
  if (text[start] !== "'" || text[end - 1] !== "'" || end - start < 2) throw new Error('not single-quoted');
  return decodeFlow(text, start + 1, end - 1, 'single');
}

function decodeDouble(text: string, start: number, end: number) {
  if (text[start] !== '"' || text[end - 1] !== '"' || end - start < 2) throw new Error('not double-quoted');
  return decodeFlow(text, start + 1, end - 1, 'double');
}

function decodeBlock(text: string, start: number, end: number, folded: boolean, parentIndent: number) {
  // Header: indicator, optional indentation digit and chomping in either order, optional comment.
  let i = start + 1;
  let chomp: 'clip' | 'strip' | 'keep' = 'clip';
  let explicit = 0;
  for (let k = 0; k < 2; k++) {
    const c = text[i];
    if (c === '-' || c === '+') {
      chomp = c === '-' ? 'strip' : 'keep';
      i++;
    } else if (c !== undefined && c >= '1' && c <= '9') {
      explicit = Number(c);
      i++;
    }
  }
  while (i < end && text[i] !== '\n' && text[i] !== '\r') i++;
  const contentStart = i < end ? (text[i] === '\r' && text[i + 1] === '\n' ? i + 2 : i + 1) : end;
  const ls = contentStart < end ? lines(text, contentStart, end) : [];
  // A trailing "line" that starts at `end` is not a line.
  if (ls.length && ls[ls.length - 1][0] >= end) ls.pop();
  let indent: number;
  if (explicit) {
    indent = Math.max(parentIndent, 0) + explicit;
    if (parentIndent < 0) throw new Error('unknown parent indent');
  } else {
    indent = -1;
    for (const [a, b] of ls) {
      let n = 0;
      while (a + n < b && text[a + n] === ' ') n++;
      if (a + n < b) {
        indent = n;
        break;
      }
    }
  }
  type L = { empty: boolean; more: boolean; a: number; b: number; brk: number };
  const L: L[] = ls.map(([a, b]) => {
    let n = 0;
    while (a + n < b && text[a + n] === ' ') n++;
    const empty = indent < 0 || (a + n >= b && n <= Math.max(indent, 0)) || b - a <= indent && a + n >= b;
    const ca = Math.min(a + Math.max(indent, 0), b);
    return { empty, more: !empty && isBlank(text[ca]), a: ca, b, brk: b };
  });
  let value = '';
  const offsets: number[] = [];
  let lastContent = -1;
  for (let k = 0; k < L.length; k++) if (!L[k].empty) lastContent = k;
  const emit = (s: string, off: number) => {
    value += s;
    for (let k = 0; k < s.length; k++) offsets.push(off);
  };
  let prevContent: L | undefined;
  let emptiesSince = 0;
  const emptyBreaks: number[] = [];
  for (let k = 0; k <= lastContent; k++) {
    const l = L[k];
    if (l.empty) {
      emptiesSince++;
      emptyBreaks.push(l.brk);
      continue;
    }
    if (prevContent) {
      const fold = folded && !prevContent.more && !l.more;
      if (fold && emptiesSince === 0) emit(' ', prevContent.brk);
      else {
        if (!fold) emit('\n', prevContent.brk);
        for (const bk of emptyBreaks) emit('\n', bk);
      }
    } else {
      for (const bk of emptyBreaks) emit('\n', bk);
    }
    for (let c = l.a; c < l.b; c++) {
      value += text[c];
      offsets.push(c);
    }
    prevContent = l;
    emptiesSince = 0;
    emptyBreaks.length = 0;
  }
  // Chomping: the final break of the last content line, then the trailing empty lines.
  if (prevContent && chomp !== 'strip' && prevContent.brk < end) emit('\n', prevContent.brk);
  if (chomp === 'keep') {
    for (let k = lastContent + 1; k < L.length; k++) if (L[k].brk < end) emit('\n', L[k].brk);
    if (!prevContent && lastContent < 0) {
      // Only empty lines: each is a break.
    }
  }
  const inner = { start: contentStart, end };
  return { value, offsets, inner };
}
