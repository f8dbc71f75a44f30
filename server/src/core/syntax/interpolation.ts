// Compose v2 variable interpolation (compose-spec/compose-go `template`), with the span of every reference.
// `$$` → `$`; `$NAME`; `${NAME}`; `${NAME<op>operand}` for the ops below, operands interpolated recursively.
// Names are ASCII `[_A-Za-z][_A-Za-z0-9]*`. A `$` followed by none of a name, `{` or `$` is text for Compose v2
// (compose-go keeps it) and an error for Compose v1 ("Invalid interpolation format"): `v1Errors`.

import type { Span } from '../types';

export type InterpolationOp = '' | ':-' | '-' | ':?' | '?' | ':+' | '+';

export interface InterpolationRef {
  name: string;
  /** Offsets in the input string, covering `$NAME` or the whole `${...}`. */
  span: Span;
  op: InterpolationOp;
  /** Raw operand text (before its own interpolation), for ops other than ''. */
  operand?: string;
  /** The variable has a value (possibly empty) in the lookup. */
  defined: boolean;
  /** The operand replaced the variable (`:-`/`-` default taken, `:+`/`+` alternative taken). */
  usedFallback: boolean;
  /** Index in `refs` of the reference whose operand holds this one (nested `${A:-${B}}`). */
  parent?: number;
  /** False when the reference sits in an operand that did not reach the result (compose still evaluates it). */
  contributes: boolean;
}

export interface InterpolationError {
  message: string;
  span: Span;
}

export interface InterpolationResult {
  value: string;
  refs: InterpolationRef[];
  /** What Compose v2 refuses (and v1 too). */
  errors: InterpolationError[];
  /** What only Compose v1 refuses: a `$` that starts no reference (v2 keeps it as text). */
  v1Errors: InterpolationError[];
}

/** Nesting deeper than this is reported instead of followed (compose has no limit; input length bounds it anyway). */
const MAX_DEPTH = 64;

const OPS: readonly InterpolationOp[] = [':-', ':?', ':+', '-', '?', '+'];

function isNameStart(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}
function isNameChar(c: number): boolean {
  return isNameStart(c) || (c >= 48 && c <= 57);
}

const HINT = 'use "$$" for a literal "$"';

export function interpolate(input: string, lookup: (name: string) => string | undefined): InterpolationResult {
  const safeLookup = (name: string): string | undefined => {
    try {
      const v = lookup(name);
      return typeof v === 'string' ? v : undefined;
    } catch {
      return undefined;
    }
  };
  const it = new Interpolation(input, safeLookup);
  const value = it.run(0, input.length, 0, undefined, true);
  return { value, refs: it.refs, errors: it.errors, v1Errors: it.v1Errors };
}

/** One interpolation of `input`: what it found so far. Spans stay in `input` offsets at every depth. */
class Interpolation {
  readonly refs: InterpolationRef[] = [];
  readonly errors: InterpolationError[] = [];
  readonly v1Errors: InterpolationError[] = [];

  constructor(private readonly input: string, private readonly lookup: (name: string) => string | undefined) {}

  /**
   * Interpolates input[from, to). `parent` is the reference whose operand this is; `contributes` is false inside an
   * operand that does not reach the result.
   */
  run(from: number, to: number, depth: number, parent: number | undefined, contributes: boolean): string {
    const input = this.input;
    // Fast path: nothing to do.
    const first = input.indexOf('$', from);
    if (first < 0 || first >= to) return input.slice(from, to);

    let out = '';
    let i = from;
    while (i < to) {
      const d = input.indexOf('$', i);
      if (d < 0 || d >= to) {
        out += input.slice(i, to);
        break;
      }
      out += input.slice(i, d);
      const next = d + 1 < to ? input.charCodeAt(d + 1) : -1;
      if (next === 36 /* $ */) {
        out += '$';
        i = d + 2;
        continue;
      }
      if (next >= 0 && isNameStart(next)) {
        let e = d + 2;
        while (e < to && isNameChar(input.charCodeAt(e))) e++;
        const name = input.slice(d + 1, e);
        const v = this.lookup(name);
        this.refs.push({ name, span: { start: d, end: e }, op: '', defined: v !== undefined, usedFallback: false, parent, contributes });
        out += v ?? '';
        i = e;
        continue;
      }
      if (next === 123 /* { */) {
        const r = this.braced(d, to, depth, parent, contributes);
        out += r.text;
        i = r.end;
        continue;
      }
      this.v1Errors.push({ message: `Compose v1 refuses a "$" not followed by a name, "{" or "$" (invalid interpolation format; Compose v2 keeps it as text); ${HINT}`, span: { start: d, end: Math.min(d + 2, to) } });
      out += '$';
      i = d + 1;
    }
    return out;
  }

  /** `${...}` starting at input[d] === '$': its text and the index after it. */
  private braced(d: number, to: number, depth: number, parent: number | undefined, contributes: boolean): { text: string; end: number } {
    const input = this.input;
    const nameStart = d + 2;
    // The closing brace: compose matches `.*}` on one line, then counts braces inside it; when the counting finds
    // no match it falls back to the last `}` on the line.
    let close = -1;
    let depthCount = 1;
    let j = nameStart;
    for (; j < to; j++) {
      const c = input.charCodeAt(j);
      if (c === 10) break;
      if (c === 123) depthCount++;
      else if (c === 125 && --depthCount === 0) {
        close = j;
        break;
      }
    }
    // Only scanned to the end of the line when no brace closed: each line is scanned once per failure.
    const lineEnd = close >= 0 ? -1 : j;
    if (close < 0) close = input.lastIndexOf('}', lineEnd - 1);
    if (close < nameStart) {
      this.errors.push({ message: `invalid interpolation format: "\${" is not closed by "}"; ${HINT}`, span: { start: d, end: lineEnd } });
      return { text: input.slice(d, lineEnd), end: lineEnd };
    }
    const span = { start: d, end: close + 1 };
    const end = close + 1;
    let e = nameStart;
    if (e < close && isNameStart(input.charCodeAt(e))) {
      e++;
      while (e < close && isNameChar(input.charCodeAt(e))) e++;
    }
    const name = input.slice(nameStart, e);
    let op: InterpolationOp | undefined;
    if (name && e === close) op = '';
    else if (name) for (const o of OPS) if (input.startsWith(o, e)) { op = o; break; }
    if (op === undefined) {
      // The reference text stays out of the message: it may sit inside a secret.
      this.errors.push({ message: `invalid interpolation format: "\${" must be followed by a variable name and "}", ":-", "-", ":?", "?", ":+" or "+"; ${HINT}`, span });
      return { text: input.slice(d, end), end };
    }
    const v = this.lookup(name);
    const index = this.refs.length;
    const ref: InterpolationRef = { name, span, op, defined: v !== undefined, usedFallback: false, parent, contributes };
    this.refs.push(ref);
    if (op === '') return { text: v ?? '', end };
    const opStart = e + op.length;
    ref.operand = input.slice(opStart, close);
    const useOperand =
      op === ':-' ? v === undefined || v === '' :
      op === '-' ? v === undefined :
      op === ':+' ? v !== undefined && v !== '' :
      op === '+' ? v !== undefined :
      false;
    // Compose evaluates the operand first, whatever the variable holds: its errors surface even when unused.
    let operand = '';
    if (depth + 1 > MAX_DEPTH) {
      this.errors.push({ message: `interpolation nested more than ${MAX_DEPTH} levels deep`, span });
    } else {
      operand = this.run(opStart, close, depth + 1, index, contributes && useOperand);
    }
    if (op === ':?' || op === '?') {
      const missing = op === ':?' ? v === undefined || v === '' : v === undefined;
      if (missing) {
        this.errors.push({ message: `required variable ${name} is missing a value${operand ? `: ${operand}` : ''}`, span });
        return { text: '', end };
      }
      return { text: v ?? '', end };
    }
    ref.usedFallback = useOperand;
    return { text: useOperand ? operand : (v ?? ''), end };
  }
}
