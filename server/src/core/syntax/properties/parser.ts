// A .properties parser that reads keys and values the way Nacos does (its copy of Spring Boot's
// OriginTrackedPropertiesLoader, facts §1.10) and keeps exact source spans through escapes and continuations.
// Lines follow java.util.Properties; on top of that Spring trims the decoded key, drops empty keys, and splits
// `#---` / `!---` documents (Spring Boot 2.4+). Works on the decoded editor text; runs in linear time; never throws.

import type { Span } from '../../types';

export interface PropertyEntry {
  /** Decoded key, trimmed like Java's String.trim() (Spring does; java.util.Properties does not). Never empty. */
  key: string;
  /** Decoded value: leading white space skipped, trailing white space kept. */
  value: string;
  /** Source span of the (trimmed) key text. */
  keySpan: Span;
  /** Source span of the raw value text. When the value is empty: the empty span where the value would begin
   *  (after the separator and the white space that follows it), so inserting escaped text there sets exactly that
   *  value; on a line with no separator at all (`key`) it is right after the key, and an insert must add one. */
  valueSpan: Span;
  /** First char of the key .. end of the logical line's last physical line (line terminator excluded). */
  lineSpan: Span;
  /** The whole logical line including leading white space and its line terminator (for "remove this line"). */
  deleteSpan: Span;
  /** keyOffsets[i] = source offset of the first source char that produced key char i; length key.length + 1,
   *  the last element is keySpan.end. Computed on first access (a getter, not an own property). */
  keyOffsets: number[];
  /** Same for the value; the last element is valueSpan.end. Computed on first access. */
  valueOffsets: number[];
  /** 0-based index of the document in Spring Boot's multi-document list (`#---` / `!---`). */
  document: number;
  /** 0-based line of the key's first char. */
  line: number;
}

/** A comment line; `text` is the rest of the line after the leading `#` or `!`. */
export interface PropertyComment {
  span: Span;
  text: string;
  line: number;
}

export interface PropertiesProblem {
  message: string;
  span: Span;
}

export interface PropertiesFile {
  entries: PropertyEntry[];
  comments: PropertyComment[];
  /** Number of documents (at least 1, even for an empty file). */
  documentCount: number;
  problems: PropertiesProblem[];
}

const TAB = 0x09;
const LF = 0x0a;
const FF = 0x0c;
const CR = 0x0d;
const SPACE = 0x20;
const BANG = 0x21;
const HASH = 0x23;
const HYPHEN = 0x2d;
const COLON = 0x3a;
const EQUALS = 0x3d;
const BACKSLASH = 0x5c;

// The decoding of a malformed escape is ours (Java throws): the backslash is dropped, as for any other \x.
const MALFORMED_UNICODE =
  'Malformed \\uxxxx escape (\\u must be followed by four hex digits): Nacos and Spring Boot refuse to load this file.';

const BOM_MESSAGE =
  'The file starts with a byte order mark (BOM): Nacos reads .properties as ISO-8859-1, so the first line\'s key becomes "\u00ef\u00bb\u00bf…" and that setting is ignored. Save the file without BOM.';

function isWhite(c: number): boolean {
  return c === SPACE || c === TAB || c === FF;
}

function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}

/**
 * Map from decoded chars back to the source. A number: the chars were copied from the source starting there.
 * Otherwise flat triples (decoded index, source start, source end) of runs: a copied run maps its char d + k to
 * source start + k; an escape run is one char produced by source [start, end).
 */
type Runs = number | number[];

/** Triple index of the run holding decoded char i. */
function runOf(runs: number[], i: number): number {
  let lo = 0;
  let hi = runs.length / 3 - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (runs[mid * 3] <= i) lo = mid;
    else hi = mid - 1;
  }
  return lo * 3;
}

function startOf(runs: Runs, i: number): number {
  if (typeof runs === 'number') return runs + i;
  const r = runOf(runs, i);
  return runs[r + 1] + (i - runs[r]);
}

function endOf(runs: Runs, i: number, length: number): number {
  if (typeof runs === 'number') return runs + i + 1;
  const r = runOf(runs, i);
  const runLength = (r + 3 < runs.length ? runs[r + 3] : length) - runs[r];
  const isEscape = runs[r + 2] - runs[r + 1] !== runLength;
  return isEscape ? runs[r + 2] : runs[r + 1] + (i - runs[r]) + 1;
}

/** Offsets of decoded chars [from, to) followed by `end`. */
function materialize(runs: Runs, from: number, to: number, end: number): number[] {
  const out = new Array<number>(to - from + 1);
  if (typeof runs === 'number') {
    for (let i = from; i < to; i++) out[i - from] = runs + i;
  } else {
    let r = from < to ? runOf(runs, from) : 0;
    for (let i = from; i < to; i++) {
      while (r + 3 < runs.length && runs[r + 3] <= i) r += 3;
      out[i - from] = runs[r + 1] + (i - runs[r]);
    }
  }
  out[to - from] = end;
  return out;
}

/** Builds decoded text from copied source ranges and escaped chars, with its Runs; reused line after line. */
class Builder {
  length = 0;
  private runs: number[] = [];
  private parts: string[] = [];
  private pendingStart = -1;
  private pendingEnd = -1;

  constructor(private readonly text: string) {}

  reset(): void {
    this.length = 0;
    this.runs.length = 0;
    this.parts.length = 0;
    this.pendingStart = this.pendingEnd = -1;
  }

  copy(start: number, end: number): void {
    if (start === end) return;
    if (this.pendingEnd === start) {
      this.pendingEnd = end;
      this.runs[this.runs.length - 1] = end;
    } else {
      this.flush();
      this.runs.push(this.length, start, end);
      this.pendingStart = start;
      this.pendingEnd = end;
    }
    this.length += end - start;
  }

  escaped(ch: number, start: number, end: number): void {
    this.flush();
    this.runs.push(this.length, start, end);
    this.parts.push(String.fromCharCode(ch));
    this.length++;
  }

  decoded(): string {
    if (this.parts.length === 0) return this.pendingStart >= 0 ? this.text.slice(this.pendingStart, this.pendingEnd) : '';
    this.flush();
    return this.parts.join('');
  }

  /** The Runs of what was built (a number for the common single copied run). */
  offsets(): Runs {
    const runs = this.runs;
    if (runs.length === 0) return 0;
    if (runs.length === 3 && runs[2] - runs[1] === this.length) return runs[1];
    return runs.slice();
  }

  private flush(): void {
    if (this.pendingStart >= 0) {
      this.parts.push(this.text.slice(this.pendingStart, this.pendingEnd));
      this.pendingStart = this.pendingEnd = -1;
    }
  }
}

/**
 * A PropertyEntry whose offset arrays are built on first access: eagerly they would take 8 bytes per char.
 * (They are prototype getters, so they are not own properties: `{ ...entry }` drops them.)
 */
class Entry implements PropertyEntry {
  readonly #keyRuns: Runs;
  readonly #keyFrom: number;
  readonly #valueRuns: Runs;
  #keyOffsets: number[] | undefined;
  #valueOffsets: number[] | undefined;

  constructor(
    public key: string,
    public value: string,
    public keySpan: Span,
    public valueSpan: Span,
    public lineSpan: Span,
    public deleteSpan: Span,
    public document: number,
    public line: number,
    keyRuns: Runs,
    keyFrom: number,
    valueRuns: Runs,
  ) {
    this.#keyRuns = keyRuns;
    this.#keyFrom = keyFrom;
    this.#valueRuns = valueRuns;
  }

  get keyOffsets(): number[] {
    return (this.#keyOffsets ??= materialize(this.#keyRuns, this.#keyFrom, this.#keyFrom + this.key.length, this.keySpan.end));
  }

  set keyOffsets(offsets: number[]) {
    this.#keyOffsets = offsets;
  }

  get valueOffsets(): number[] {
    return (this.#valueOffsets ??= materialize(this.#valueRuns, 0, this.value.length, this.valueSpan.end));
  }

  set valueOffsets(offsets: number[]) {
    this.#valueOffsets = offsets;
  }
}

/** Java's String.trim(): strips chars <= U+0020 (JavaScript's trim() strips a different set). */
function javaTrimBounds(s: string): [number, number] {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= SPACE) a++;
  while (b > a && s.charCodeAt(b - 1) <= SPACE) b--;
  return [a, b];
}

const ESC_CHAR = 0;
const ESC_CONTINUATION = 1;
const ESC_AT_EOF = 2;

export function parseProperties(text: string): PropertiesFile {
  const n = text.length;
  const entries: PropertyEntry[] = [];
  const comments: PropertyComment[] = [];
  const problems: PropertiesProblem[] = [];
  reportBinary(text, problems);
  // Spring reads the bytes as ISO-8859-1: a UTF-8 BOM becomes "ï»¿" in front of the first key, which is then not the
  // key the user wrote (a known Spring Boot pitfall). The key keeps the BOM here too, so it matches nothing.
  if (text.charCodeAt(0) === 0xfeff) problems.push({ message: BOM_MESSAGE, span: { start: 0, end: 1 } });
  else if (text.startsWith('\u00ef\u00bb\u00bf')) problems.push({ message: BOM_MESSAGE, span: { start: 0, end: 3 } }); // read as ISO-8859-1

  let pos = 0;
  let line = 0;
  // Spring Boot's document list: `finished` documents are closed; `current` is the index of the open one.
  let finished = 0;
  let current = 0;
  let currentEmpty = true;
  let lastCommentPrefix = -1;
  // Set by readEscape.
  let escChar = 0;
  let escEnd = 0;
  const key = new Builder(text);
  const value = new Builder(text);

  const skipTerminator = (p: number): number => {
    if (p >= n) return n;
    line++;
    return text.charCodeAt(p) === CR && p + 1 < n && text.charCodeAt(p + 1) === LF ? p + 2 : p + 1;
  };

  const endOfLine = (p: number): number => {
    while (p < n) {
      const c = text.charCodeAt(p);
      if (c === LF || c === CR) break;
      p++;
    }
    return p;
  };

  const countLines = (from: number, to: number): number => {
    let count = 0;
    for (let p = from; p < to; p++) {
      const c = text.charCodeAt(p);
      if (c === LF) count++;
      else if (c === CR && !(p + 1 < to && text.charCodeAt(p + 1) === LF)) count++;
    }
    return count;
  };

  /** Reads the escape whose backslash is at p. */
  const readEscape = (p: number): number => {
    if (p + 1 >= n) return ESC_AT_EOF; // Java drops a backslash at the end of the file
    const d = text.charCodeAt(p + 1);
    if (d === LF || d === CR) {
      // Continuation: the next line's leading white space is dropped.
      let q = p + 2;
      if (d === CR && q < n && text.charCodeAt(q) === LF) q++;
      line++;
      while (q < n && isWhite(text.charCodeAt(q))) q++;
      escEnd = q;
      return ESC_CONTINUATION;
    }
    if (d === 0x75 /* u */) {
      // Spring reads the four digits straight from the file, so a continuation inside them is malformed too.
      let code = 0;
      let q = p + 2;
      while (q < p + 6 && q < n) {
        const h = hexValue(text.charCodeAt(q));
        if (h < 0) break;
        code = code * 16 + h;
        q++;
      }
      if (q === p + 6) {
        escChar = code;
        escEnd = q;
        return ESC_CHAR;
      }
      problems.push({ message: MALFORMED_UNICODE, span: { start: p, end: q } });
      escChar = d;
      escEnd = p + 2;
      return ESC_CHAR;
    }
    // \t \n \r \f; any other escaped char stands for itself.
    escChar = d === 0x74 ? TAB : d === 0x6e ? LF : d === 0x72 ? CR : d === 0x66 ? FF : d;
    escEnd = p + 2;
    return ESC_CHAR;
  };

  /** Parses the logical line whose first non-white char is at `first`; returns the position after it. */
  const parseLogicalLine = (lineStart: number, first: number): number => {
    const firstLine = line;
    key.reset();
    value.reset();
    let p = first;
    let c = 0;
    let separator = false;
    let atEof = false;

    // Key: up to the first unescaped white space, '=' or ':'.
    for (;;) {
      const s = p;
      while (p < n) {
        c = text.charCodeAt(p);
        if (c === BACKSLASH || c === LF || c === CR || c === EQUALS || c === COLON || isWhite(c)) break;
        p++;
      }
      key.copy(s, p);
      if (p >= n || c === LF || c === CR || isWhite(c)) break;
      if (c === EQUALS || c === COLON) {
        separator = true;
        p++;
        break;
      }
      const kind = readEscape(p);
      if (kind === ESC_AT_EOF) {
        atEof = true;
        break;
      }
      if (kind === ESC_CHAR) key.escaped(escChar, p, escEnd);
      p = escEnd;
    }

    // Separator: white space, at most one '=' or ':', white space.
    while (!atEof && p < n) {
      c = text.charCodeAt(p);
      if (isWhite(c)) p++;
      else if (!separator && (c === EQUALS || c === COLON)) {
        separator = true;
        p++;
      } else if (c === BACKSLASH && p + 1 < n && (text.charCodeAt(p + 1) === LF || text.charCodeAt(p + 1) === CR)) {
        readEscape(p);
        p = escEnd;
      } else break;
    }

    // Value: everything up to the end of the logical line.
    const valueAt = p;
    while (!atEof) {
      const s = p;
      while (p < n) {
        c = text.charCodeAt(p);
        if (c === BACKSLASH || c === LF || c === CR) break;
        p++;
      }
      value.copy(s, p);
      if (p >= n || c === LF || c === CR) break;
      const kind = readEscape(p);
      if (kind === ESC_AT_EOF) {
        atEof = true;
        break;
      }
      if (kind === ESC_CHAR) value.escaped(escChar, p, escEnd);
      p = escEnd;
    }
    const lineEnd = atEof ? n : p;
    const next = skipTerminator(lineEnd);

    const rawKey = key.decoded();
    const [a, b] = javaTrimBounds(rawKey);
    if (a === b) return next; // Spring ignores empty keys

    const keyRuns = key.offsets();
    const keySpan = { start: startOf(keyRuns, a), end: endOf(keyRuns, b - 1, key.length) };
    const valueRuns = value.offsets();
    const valueLength = value.length;
    const valueSpan =
      valueLength > 0
        ? { start: startOf(valueRuns, 0), end: endOf(valueRuns, valueLength - 1, valueLength) }
        : { start: valueAt, end: valueAt };
    entries.push(
      new Entry(
        a === 0 && b === rawKey.length ? rawKey : rawKey.slice(a, b),
        value.decoded(),
        keySpan,
        valueSpan,
        { start: first, end: lineEnd },
        { start: lineStart, end: next },
        current,
        firstLine + (keySpan.start === first ? 0 : countLines(first, keySpan.start)),
        keyRuns,
        a,
        valueRuns,
      ),
    );
    currentEmpty = false;
    return next;
  };

  while (pos < n) {
    const lineStart = pos;
    let p = pos;
    while (p < n && isWhite(text.charCodeAt(p))) p++;
    if (p >= n) break;
    const c = text.charCodeAt(p);
    if (c === LF || c === CR) {
      lastCommentPrefix = -1;
      pos = skipTerminator(p);
      continue;
    }
    if (c === HASH || c === BANG) {
      const eol = endOfLine(p);
      // Spring Boot: a separator has no leading white space, exactly three hyphens, and does not follow a comment
      // with the same prefix. A comment while the new document is still empty merges it back into the previous one.
      if (p === lineStart && c !== lastCommentPrefix && isSeparator(text, p, eol)) {
        if (!currentEmpty) finished++;
        current = finished;
        currentEmpty = true;
      } else {
        comments.push({ span: { start: p, end: eol }, text: text.slice(p + 1, eol), line });
        if (currentEmpty && finished > 0) {
          finished--;
          current = finished;
          currentEmpty = false;
        }
        lastCommentPrefix = c;
      }
      pos = skipTerminator(eol);
      continue;
    }
    lastCommentPrefix = -1;
    pos = parseLogicalLine(lineStart, p);
  }

  return { entries, comments, documentCount: Math.max(1, finished + (currentEmpty ? 0 : 1)), problems };
}

function isSeparator(text: string, p: number, eol: number): boolean {
  if (eol - p < 4) return false;
  for (let i = 1; i <= 3; i++) if (text.charCodeAt(p + i) !== HYPHEN) return false;
  for (let q = p + 4; q < eol; q++) if (!isWhite(text.charCodeAt(q))) return false;
  return true;
}

// Control chars that do not occur in text files (TAB, LF, VT, FF, CR, SUB and ESC excepted).
const BINARY = /[\x00-\x08\x0e-\x19\x1c-\x1f]/;

function reportBinary(text: string, problems: PropertiesProblem[]): void {
  const nul = text.indexOf('\0');
  const match = nul >= 0 ? undefined : BINARY.exec(text);
  const at = nul >= 0 ? nul : match ? match.index : -1;
  if (at < 0) return;
  problems.push({
    message:
      nul >= 0
        ? 'The file contains a NUL character: it looks binary, not like a properties file.'
        : 'The file contains control characters: it looks binary, not like a properties file.',
    span: { start: at, end: at + 1 },
  });
}

function unicodeEscape(c: number): string {
  return '\\u' + c.toString(16).toUpperCase().padStart(4, '0');
}

function escapeText(s: string, isKey: boolean): string {
  const out: string[] = [];
  let plainFrom = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c === BACKSLASH) rep = '\\\\';
    else if (c === TAB) rep = '\\t';
    else if (c === LF) rep = '\\n';
    else if (c === CR) rep = '\\r';
    else if (c === FF) rep = '\\f';
    else if (c < SPACE || c > 0x7e) rep = unicodeEscape(c);
    else if (c === SPACE) rep = isKey || i === 0 ? '\\ ' : undefined;
    // In a key these would end it or start a comment; at the start of a value, '=' or ':' after a white-space
    // separator would be read as the separator.
    else if (c === EQUALS || c === COLON) rep = isKey || i === 0 ? '\\' + s[i] : undefined;
    else if (c === HASH || c === BANG) rep = isKey ? '\\' + s[i] : undefined;
    if (rep !== undefined) {
      if (i > plainFrom) out.push(s.slice(plainFrom, i));
      out.push(rep);
      plainFrom = i + 1;
    }
  }
  if (plainFrom === 0) return s;
  out.push(s.slice(plainFrom));
  return out.join('');
}

/**
 * Encodes a value so that parseProperties (and Nacos) read it back exactly: backslashes, a leading space, '=' or
 * ':', and \t \n \r \f are escaped; every char outside printable ASCII becomes \uXXXX, so the line means the same
 * whether the file is saved as UTF-8 or ISO-8859-1 (Nacos reads ISO-8859-1).
 */
export function escapePropertyValue(value: string): string {
  return escapeText(value, false);
}

/**
 * Encodes a key like escapePropertyValue, also escaping every space, '=', ':', '#' and '!'. A key that starts or
 * ends with a char <= U+0020 cannot be written at all: Spring trims keys.
 */
export function escapePropertyKey(key: string): string {
  return escapeText(key, true);
}
