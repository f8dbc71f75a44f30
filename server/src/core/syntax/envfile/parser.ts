// Env files (`.env`, `env_file:`) read with Compose v2's dotenv rules (compose-spec/compose-go `dotenv`), keeping the
// exact source span of every key and value. Where compose-go would stop at a syntax error we record a problem and
// carry on with the next line, so the rest of the file can still be checked.

import { interpolate, type InterpolationRef } from '../interpolation';
import type { Span } from '../../types';

export interface EnvEntry {
  key: string;
  keySpan: Span;
  /** Final value after quotes, escapes and interpolation ('' for `noEquals`). */
  value: string;
  /** Source text of the value, quotes included. */
  rawValue: string;
  /** Source span of the value including quotes (an empty span right after `=` when the value is empty). */
  valueSpan: Span;
  /** Span of the text inside the quotes (= valueSpan when unquoted). */
  innerSpan: Span;
  quote: '"' | "'" | null;
  exported: boolean;
  /** `KEY` alone: Compose takes the value from its lookup (shell / project environment); here it is unset. */
  noEquals: boolean;
  /** The statement's lines without the line terminator. */
  lineSpan: Span;
  /** The statement's lines including the final line terminator. */
  deleteSpan: Span;
  /** 0-based line of the key. */
  line: number;
  /** References in file offsets. */
  refs: InterpolationRef[];
}

export interface EnvComment {
  span: Span;
  /** From `#` to the end of the line (without `\r`). */
  text: string;
  line: number;
}

export interface EnvFile {
  entries: EnvEntry[];
  comments: EnvComment[];
  problems: { message: string; span: Span }[];
  hasBom: boolean;
  crCount: number;
}

export interface ParseEnvOptions {
  /** Consulted after the file's own earlier entries (compose: values from earlier env files of the service). */
  fallback?: (name: string) => string | undefined;
}

/**
 * Parses an env file. Interpolation sees, in Compose's order: `lookup` (the project environment — shell, then `.env` —
 * and the service's `environment:`), then earlier entries of this file, then `opts.fallback`.
 * Never throws.
 */
export function parseEnvFile(text: string, lookup?: (name: string) => string | undefined, opts?: ParseEnvOptions): EnvFile {
  const p = new EnvParser(typeof text === 'string' ? text : '', lookup, opts?.fallback);
  try {
    p.parse();
  } catch (err) {
    p.problems.push({ message: `env file could not be read: ${err instanceof Error ? err.message : String(err)}`, span: { start: 0, end: 0 } });
  }
  return { entries: p.entries, comments: p.comments, problems: p.problems, hasBom: p.hasBom, crCount: p.crCount };
}

/** dotenv's `isSpace`: white space that is not a line break. */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 11 || c === 12 || c === 13 || c === 0x85 || c === 0xa0;
}

/** Go's unicode.IsSpace. */
export function isUnicodeSpace(c: number): boolean {
  if (c <= 0xff) return c === 32 || (c >= 9 && c <= 13) || c === 0x85 || c === 0xa0;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

const KEY_RUNE = /[\p{L}\p{N}]/u;

function isKeyChar(c: number, text: string, i: number): boolean {
  if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) return true;
  if (c === 95 || c === 46 || c === 45 || c === 91 || c === 93) return true; // _ . - [ ]
  if (c < 128) return false;
  return KEY_RUNE.test(String.fromCodePoint(text.codePointAt(i) ?? c));
}

function trimRightUnicode(s: string): string {
  let e = s.length;
  while (e > 0 && isUnicodeSpace(s.charCodeAt(e - 1))) e--;
  return e === s.length ? s : s.slice(0, e);
}

const EXPORT = /export[\t\n\f\r ]+/y;

class EnvParser {
  readonly entries: EnvEntry[] = [];
  readonly comments: EnvComment[] = [];
  readonly problems: { message: string; span: Span }[] = [];
  readonly hasBom: boolean;
  crCount = 0;
  private readonly n: number;
  private lineStarts: number[] | undefined;
  /** Values visible to later entries (compose writes every statement into one map as it goes). */
  private readonly seen = new Map<string, string>();

  constructor(
    private readonly text: string,
    private readonly lookup: ((name: string) => string | undefined) | undefined,
    private readonly fallback: ((name: string) => string | undefined) | undefined,
  ) {
    this.n = text.length;
    this.hasBom = text.charCodeAt(0) === 0xfeff;
    for (let i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', i + 1)) this.crCount++;
  }

  parse(): void {
    const { text, n } = this;
    let pos = this.hasBom ? 1 : 0;
    for (;;) {
      while (pos < n && isUnicodeSpace(text.charCodeAt(pos))) pos++;
      if (pos >= n) return;
      if (text.charCodeAt(pos) === 35 /* # */) {
        pos = this.comment(pos);
        continue;
      }
      pos = this.statement(pos);
    }
  }

  private lineEnd(from: number): number {
    const e = this.text.indexOf('\n', from);
    return e < 0 ? this.n : e;
  }

  private comment(at: number): number {
    const end = this.lineEnd(at);
    const textEnd = end > at && this.text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    this.comments.push({ span: { start: at, end: textEnd }, text: this.text.slice(at, textEnd), line: this.lineOf(at) });
    return end;
  }

  private lineOf(offset: number): number {
    if (!this.lineStarts) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts;
    }
    const s = this.lineStarts;
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private problem(message: string, start: number, end: number): void {
    this.problems.push({ message, span: { start, end } });
  }

  private resolve = (name: string): string | undefined => {
    const v = this.lookup?.(name);
    if (v !== undefined) return v;
    const s = this.seen.get(name);
    if (s !== undefined) return s;
    return this.fallback?.(name);
  };

  /** Parses one statement starting at a non-space character; returns where to continue. */
  private statement(start: number): number {
    const { text, n } = this;
    let k0 = start;
    let exported = false;
    EXPORT.lastIndex = start;
    if (EXPORT.test(text)) {
      exported = true;
      k0 = start + 6;
      while (k0 < n && isSpace(text.charCodeAt(k0))) k0++;
    }
    let term = -1;
    for (let j = k0; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 61 /* = */ || c === 58 /* : */ || c === 10) {
        term = j;
        break;
      }
      if (isSpace(c) || isKeyChar(c, text, j)) continue;
      const ch = String.fromCodePoint(text.codePointAt(j) ?? c);
      this.problem(`unexpected character ${JSON.stringify(ch)} in variable name`, j, j + ch.length);
      return this.lineEnd(j);
    }
    const keyEnd = term < 0 ? n : term;
    const key = trimRightUnicode(text.slice(k0, keyEnd));
    const keySpan = { start: k0, end: k0 + key.length };
    const termChar = term < 0 ? 10 : text.charCodeAt(term);
    if (key === '') {
      // `export` alone, or a line that is only `=value` / `:value`.
      if (termChar !== 10) this.problem('missing variable name before "="', k0, term + 1);
      return termChar === 10 ? (term < 0 ? n : term + 1) : this.lineEnd(term);
    }
    if (key.includes(' ')) {
      this.problem('variable name cannot contain a space', keySpan.start, keySpan.end);
      return this.lineEnd(k0);
    }
    if (termChar === 10) {
      // `KEY` alone: compose sets it only when its lookup knows it.
      const v = this.lookup?.(key);
      if (v !== undefined) this.seen.set(key, v);
      const at = keySpan.end;
      this.push(key, keySpan, '', { start: at, end: at }, { start: at, end: at }, null, exported, true, start, at, []);
      return term < 0 ? n : term + 1;
    }
    let v = term + 1;
    while (v < n && isSpace(text.charCodeAt(v))) v++;
    const q = text.charCodeAt(v);
    if (q === 34 /* " */ || q === 39 /* ' */) return this.quoted(key, keySpan, exported, start, v, q === 34 ? '"' : "'");

    const end = this.lineEnd(v);
    const raw = text.slice(v, end);
    const hash = raw.indexOf(' #');
    const valText = trimRightUnicode(hash >= 0 ? raw.slice(0, hash) : raw);
    if (hash >= 0) this.comment(v + hash + 1);
    const valueSpan = valText ? { start: v, end: v + valText.length } : { start: term + 1, end: term + 1 };
    const r = interpolate(valText, this.resolve);
    for (const ref of r.refs) ref.span = { start: ref.span.start + v, end: ref.span.end + v };
    for (const e of r.errors) this.problem(e.message, e.span.start + v, e.span.end + v);
    this.seen.set(key, r.value);
    this.push(key, keySpan, r.value, valueSpan, valueSpan, null, exported, false, start, valueSpan.end, r.refs);
    return end;
  }

  private quoted(key: string, keySpan: Span, exported: boolean, start: number, v: number, quote: '"' | "'"): number {
    const { text, n } = this;
    const qc = quote.charCodeAt(0);
    // Compose unescapes only the quote character here; any other `\x` keeps its backslash.
    const chars: string[] = [];
    const src: number[] = [];
    let close = -1;
    let escape = false;
    for (let j = v + 1; j < n; j++) {
      const c = text.charCodeAt(j);
      if (escape) {
        escape = false;
        if (c !== qc) {
          chars.push('\\');
          src.push(j - 1);
        }
        chars.push(text[j]);
        src.push(c === qc ? j - 1 : j);
        continue;
      }
      if (c === 92 /* \ */) escape = true;
      else if (c === qc) {
        close = j;
        break;
      } else {
        chars.push(text[j]);
        src.push(j);
      }
    }
    if (close < 0) {
      const end = this.lineEnd(v);
      this.problem(`unterminated quoted value`, v, end);
      return end;
    }
    const valueSpan = { start: v, end: close + 1 };
    const innerSpan = { start: v + 1, end: close };
    let value: string;
    let refs: InterpolationRef[] = [];
    if (quote === "'") {
      value = chars.join('');
    } else {
      const ex = expandEscapes(chars, src);
      const s = ex.chars.join('');
      const r = interpolate(s, this.resolve);
      const map = (sp: Span): Span => mapSpan(sp, ex.src, close);
      refs = r.refs.map((ref) => ({ ...ref, span: map(ref.span) }));
      for (const e of r.errors) {
        const m = map(e.span);
        this.problem(e.message, m.start, m.end);
      }
      value = r.value;
    }
    this.seen.set(key, value);
    this.push(key, keySpan, value, valueSpan, innerSpan, quote, exported, false, start, close + 1, refs);
    return close + 1;
  }

  private push(
    key: string, keySpan: Span, value: string, valueSpan: Span, innerSpan: Span, quote: '"' | "'" | null,
    exported: boolean, noEquals: boolean, start: number, end: number, refs: InterpolationRef[],
  ): void {
    const { text, n } = this;
    const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, this.hasBom ? 1 : 0);
    const nl = this.lineEnd(end);
    const lineEnd = nl > lineStart && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    this.entries.push({
      key, keySpan, value,
      rawValue: text.slice(valueSpan.start, valueSpan.end),
      valueSpan, innerSpan, quote, exported, noEquals,
      lineSpan: { start: lineStart, end: Math.max(lineEnd, end) },
      deleteSpan: { start: lineStart, end: nl < n ? nl + 1 : n },
      line: this.lineOf(keySpan.start),
      refs,
    });
  }
}

/** Maps a span of a processed string back to source offsets (src[i] = where processed char i starts). */
function mapSpan(sp: Span, src: number[], endOffset: number): Span {
  const at = (i: number): number => (i < src.length ? src[i] : endOffset);
  const start = at(sp.start);
  return { start, end: sp.end > sp.start ? at(sp.end) : start };
}

const SIMPLE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"' };

/** compose-go `expandEscapes`: `\a \b \f \n \r \t \v \\ \"`, `\$` → `$$` (a literal `$`), `\0ooo` octal; others kept. */
function expandEscapes(chars: string[], src: number[]): { chars: string[]; src: number[] } {
  if (!chars.includes('\\')) return { chars, src };
  const oc: string[] = [];
  const os: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (c !== '\\' || i + 1 >= chars.length) {
      oc.push(c);
      os.push(src[i]);
      continue;
    }
    const d = chars[i + 1];
    const simple = SIMPLE_ESCAPES[d];
    if (simple !== undefined) {
      oc.push(simple);
      os.push(src[i]);
      i++;
    } else if (d === '$') {
      oc.push('$', '$');
      os.push(src[i], src[i]);
      i++;
    } else if (d === '0') {
      let k = 0;
      while (k < 3 && i + 2 + k < chars.length && chars[i + 2 + k] >= '0' && chars[i + 2 + k] <= '9') k++;
      const digits = chars.slice(i + 2, i + 2 + k).join('');
      const code = k === 3 && /^[0-7]{3}$/.test(digits) ? parseInt(digits, 8) : -1;
      if (code >= 0 && code <= 255) {
        oc.push(String.fromCharCode(code));
        os.push(src[i]);
      } else {
        for (let m = 0; m < 2 + k; m++) {
          oc.push(chars[i + m]);
          os.push(src[i + m]);
        }
      }
      i += 1 + k;
    } else {
      oc.push(c);
      os.push(src[i]);
    }
  }
  return { chars: oc, src: os };
}
