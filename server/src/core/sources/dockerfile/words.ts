// Docker's word semantics with offsets: the raw word split of ENV/ARG (quotes and escapes kept, split on unquoted
// whitespace) and the shell-like lexer that turns one word into its value (quotes removed, escapes applied,
// `$VAR` `${VAR}` `${VAR:-w}` `${VAR-w}` `${VAR:+w}` `${VAR+w}` `${VAR?w}` `${VAR#p}` `${VAR%p}` `${VAR/p/r}`
// substituted). Behaviour follows BuildKit's frontend/dockerfile/shell lexer; the differential test compares the two.
import type { Span } from '../../types';
import { isSpace } from './lines';

/** A piece of text with the file offset of each UTF-16 unit (`map.length === text.length + 1`: the end too). */
export interface Mapped {
  text: string;
  map: number[];
}

export function slice(m: Mapped, start: number, end: number): Mapped {
  return { text: m.text.slice(start, end), map: m.map.slice(start, end).concat([m.map[end] ?? m.map[m.map.length - 1]]) };
}

/** Raw words of an ENV/ARG line (BuildKit parser `parseWords`): each keeps its quotes and escapes. */
export function rawWords(src: Mapped, esc: string): { word: Mapped; start: number; end: number }[] {
  const s = src.text;
  const out: { word: Mapped; start: number; end: number }[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isSpace(s[i])) i++;
    if (i >= s.length) break;
    const start = i;
    let quote = '';
    let text = '';
    const map: number[] = [];
    const add = (k: number): void => {
      text += s[k];
      map.push(src.map[k]);
    };
    let blankOk = false;
    while (i < s.length) {
      const ch = s[i];
      if (!quote) {
        if (isSpace(ch)) break;
        if (ch === "'" || ch === '"') {
          quote = ch;
          blankOk = true;
        }
        if (ch === esc) {
          if (i + 1 === s.length) {
            i++;
            continue;
          }
          add(i);
          i++;
        }
        add(i);
        i++;
        continue;
      }
      if (ch === quote) quote = '';
      if (ch === esc && quote !== "'") {
        if (i + 1 === s.length) {
          quote = '';
          i++;
          continue;
        }
        add(i);
        i++;
      }
      add(i);
      i++;
    }
    if (blankOk || text.length > 0) out.push({ word: { text, map: map.concat([src.map[i]]) }, start, end: i });
  }
  return out;
}

export interface VarValue {
  value: string;
  /** False when the value is not known here (a pass-through build arg, an automatic platform arg). */
  known: boolean;
  source: import('./types').VariableSource;
}

export type Lookup = (name: string) => VarValue | undefined;

export interface Expanded {
  value: string;
  /** File offset per UTF-16 unit of `value`, -1 for characters that came from a substitution. */
  offsets: number[];
  known: boolean;
  refs: { name: string; span: Span; source: import('./types').VariableSource }[];
  error?: string;
}

class LexError extends Error {}

/** Nesting depth of `${…${…}}` this reader evaluates (a limit of this reader, not of Docker). */
const MAX_DEPTH = 200;
const SPECIAL = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);

/** One word → its value (BuildKit `ProcessWord`). */
export function expandWord(word: Mapped, esc: string, lookup: Lookup): Expanded {
  const s = word.text;
  let pos = 0;
  let known = true;
  const refs: Expanded['refs'] = [];
  const peek = (): string | undefined => {
    if (pos >= s.length) return undefined;
    const cp = s.codePointAt(pos)!;
    return String.fromCodePoint(cp);
  };
  const next = (): string | undefined => {
    const c = peek();
    if (c !== undefined) pos += c.length;
    return c;
  };
  const off = (k: number): number => word.map[k] ?? -1;

  interface Buf {
    v: string;
    o: number[];
  }
  const put = (b: Buf, ch: string, at: number): void => {
    b.v += ch;
    for (let k = 0; k < ch.length; k++) b.o.push(at < 0 ? -1 : off(at + k));
  };
  const putSub = (b: Buf, v: string): void => {
    b.v += v;
    for (let k = 0; k < v.length; k++) b.o.push(-1);
  };
  const append = (b: Buf, x: Buf): void => {
    b.v += x.v;
    for (const o of x.o) b.o.push(o);
  };
  let depth = 0;

  const get = (name: string, start: number): { value: string; set: boolean } => {
    const v = lookup(name);
    refs.push({ name, span: { start: off(start), end: off(pos) }, source: v?.source ?? 'unset' });
    if (!v) return { value: '', set: false };
    if (!v.known) known = false;
    return { value: v.value, set: true };
  };

  const processName = (): string => {
    let name = '';
    for (;;) {
      const ch = peek();
      if (ch === undefined) break;
      if (name === '' && /^\p{Nd}$/u.test(ch)) {
        while (peek() !== undefined && /^\p{Nd}$/u.test(peek()!)) name += next();
        return name;
      }
      if (name === '' && SPECIAL.has(ch)) {
        next();
        return ch;
      }
      if (!/^[\p{L}\p{Nd}_]$/u.test(ch)) break;
      name += next();
    }
    return name;
  };

  const singleQuote = (pattern: boolean): Buf => {
    const b: Buf = { v: '', o: [] };
    next();
    for (;;) {
      const at = pos;
      const ch = next();
      if (ch === undefined) throw new LexError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") return b;
      if (pattern && ch === esc) put(b, ch, at);
      put(b, ch, at);
    }
  };

  const doubleQuote = (rawEscapes: boolean, pattern: boolean): Buf => {
    const b: Buf = { v: '', o: [] };
    next();
    for (;;) {
      const ch = peek();
      if (ch === undefined) throw new LexError('unexpected end of statement while looking for matching double-quote');
      if (ch === '"') {
        next();
        return b;
      }
      if (ch === '$') {
        append(b, dollar());
        continue;
      }
      let at = pos;
      let c = next()!;
      if (c === esc) {
        const p = peek();
        if (p === undefined) continue;
        if (p === '"' || p === '$' || p === esc) {
          if (rawEscapes) put(b, c, at);
          at = pos;
          c = next()!;
        } else if (rawEscapes) {
          put(b, c, at);
        }
      }
      put(b, c, at);
    }
  };

  const stopOn = (stop: string | undefined, rawEscapes: boolean, pattern: boolean): Buf => {
    const b: Buf = { v: '', o: [] };
    while (peek() !== undefined) {
      const ch = peek()!;
      if (stop !== undefined && ch === stop) {
        next();
        return b;
      }
      if (ch === '$') {
        append(b, dollar());
        continue;
      }
      if (ch === "'") {
        append(b, singleQuote(pattern));
        continue;
      }
      if (ch === '"') {
        append(b, doubleQuote(rawEscapes, pattern));
        continue;
      }
      let at = pos;
      let c = next()!;
      if (c === esc) {
        if (rawEscapes) put(b, c, at);
        at = pos;
        const n = next();
        if (n === undefined) break;
        c = n;
      }
      put(b, c, at);
    }
    if (stop !== undefined) throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
    return b;
  };

  const dollar = (): Buf => {
    if (++depth > MAX_DEPTH) throw new LexError(`substitutions nested more than ${MAX_DEPTH} deep: not evaluated`);
    try {
      return dollarAt();
    } finally {
      depth--;
    }
  };

  const dollarAt = (): Buf => {
    const start = pos;
    next();
    if (peek() !== '{') {
      const name = processName();
      const b: Buf = { v: '', o: [] };
      if (name === '') {
        put(b, '$', start);
        return b;
      }
      putSub(b, get(name, start).value);
      return b;
    }
    next();
    const p = peek();
    if (p === undefined) throw new LexError("syntax error: missing '}'");
    if (p === '{' || p === '}' || p === ':') throw new LexError('syntax error: bad substitution');
    const name = processName();
    let ch = next();
    let chs = ch ?? '';
    const out: Buf = { v: '', o: [] };
    if (ch === '}') {
      putSub(out, get(name, start).value);
      return out;
    }
    let nullIsUnset = false;
    if (ch === ':') {
      nullIsUnset = true;
      ch = next();
      chs += ch ?? '';
    }
    if (ch === '+' || ch === '-' || ch === '?' || ch === '#' || ch === '%') {
      const pattern = ch === '#' || ch === '%';
      if (nullIsUnset && pattern) throw new LexError(`unsupported modifier (${chs}) in substitution`);
      let word: Buf;
      try {
        word = stopOn('}', pattern, pattern);
      } catch (e) {
        if (peek() === undefined) throw new LexError("syntax error: missing '}'");
        throw e;
      }
      const { value, set } = get(name, start);
      switch (ch) {
        case '-':
          if (!set || (nullIsUnset && value === '')) return word;
          putSub(out, value);
          return out;
        case '+':
          if (!set || (nullIsUnset && value === '')) return out;
          return word;
        case '?':
          if (!set) throw new LexError(`${name}: ${word.v || 'is not allowed to be unset'}`);
          if (nullIsUnset && value === '') throw new LexError(`${name}: ${word.v || 'is not allowed to be empty'}`);
          putSub(out, value);
          return out;
        default: {
          let w = word.v;
          let greedy = false;
          if (w.length > 0 && w[0] === ch) {
            greedy = true;
            w = w.slice(1);
          }
          putSub(out, ch === '%' ? trimSuffix(w, value, greedy) : trimPrefix(w, value, greedy));
          return out;
        }
      }
    }
    if (ch === '/') {
      const all = peek() === '/';
      if (all) next();
      let pat: Buf;
      try {
        pat = stopOn('/', true, true);
      } catch (e) {
        if (peek() === undefined) throw new LexError("syntax error: missing '/' in ${}");
        throw e;
      }
      let rep: Buf;
      try {
        rep = stopOn('}', true, false);
      } catch (e) {
        if (peek() === undefined) throw new LexError("syntax error: missing '}'");
        throw e;
      }
      const { value } = get(name, start);
      const re = patternRegex(pat.v, true, false, all);
      putSub(out, all ? value.replace(re, () => rep.v) : value.replace(re, () => rep.v));
      return out;
    }
    throw new LexError(`unsupported modifier (${chs}) in substitution`);
  };

  try {
    const b = stopOn(undefined, false, false);
    return { value: b.v, offsets: b.o, known, refs };
  } catch (e) {
    if (!(e instanceof LexError)) throw e;
    return { value: '', offsets: [], known, refs, error: `failed to process "${s}": ${e.message}` };
  }
}

/** A shell pattern (`*`, `?`, `\` escapes; no brackets) as a regular expression. */
function patternRegex(pattern: string, greedy: boolean, anchored: boolean, global = false): RegExp {
  let out = anchored ? '^' : '';
  const cps = Array.from(pattern);
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    if (c === '*') out += greedy ? '[^\\n]*' : '[^\\n]*?';
    else if (c === '?') out += '[^\\n]';
    else if (c === '\\') {
      if (cps[i + 1] === '}' || cps[i + 1] === '/') continue;
      const n = cps[++i];
      if (n !== '*' && n !== '?' && n !== '\\') throw new LexError(`invalid pattern (${pattern}) in substitution: invalid escape '\\${n ?? ''}'`);
      out += '\\' + n;
    } else out += c.replace(/[.+^${}()|[\]/]/g, '\\$&');
  }
  return new RegExp(out, global ? 'gu' : 'u');
}

function trimPrefix(pattern: string, value: string, greedy: boolean): string {
  const m = patternRegex(pattern, greedy, true).exec(value);
  return m ? value.slice(m.index + m[0].length) : value;
}

function reversePattern(pattern: string): string {
  const cps = Array.from(pattern);
  const out: string[] = new Array(cps.length);
  const last = cps.length - 1;
  for (let i = 0; i <= last; ) {
    if (cps[i] === '\\' && i !== last) {
      out[last - i - 1] = cps[i];
      out[last - i] = cps[i + 1];
      i += 2;
    } else {
      out[last - i] = cps[i];
      i++;
    }
  }
  return out.join('');
}

function trimSuffix(pattern: string, value: string, greedy: boolean): string {
  const rev = (x: string): string => Array.from(x).reverse().join('');
  return rev(trimPrefix(reversePattern(pattern), rev(value), greedy));
}
