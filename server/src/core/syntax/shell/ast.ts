// The shell syntax the reader keeps: words as parts with exact spans, simple commands, and the scopes (conditional,
// subshell, function) that decide whether an assignment is still in force later. Offsets are into the text read
// (for produced text, into the produced text; the caller maps them back through its ProducedText).
import type { Span } from '../../types';

/** How the characters of a literal part were written. */
export type Quoting = 'none' | 'escaped' | 'single' | 'double' | 'ansi-c' | 'locale';

/**
 * Literal characters: unquoted text, an escaped character, the inside of '…', $'…' or the literal runs inside "…".
 * `from[i]`/`to[i]` is the written text that produced `value[i]` (one character, or `\x`, `\n`, `\101` …).
 */
export interface LitPart {
  type: 'lit';
  span: Span;
  value: string;
  from: number[];
  to: number[];
  quoting: Quoting;
  /** Inside "…" (so the parameter expansions around it are not split either). */
  inDouble: boolean;
}

export type ParamOp = ':-' | '-' | ':=' | '=' | ':+' | '+' | ':?' | '?';

export interface ParamPart {
  type: 'param';
  span: Span;
  /** Variable name, or a special parameter: a digit string, `@`, `*`, `#`, `?`, `-`, `$`, `!`, `0`. */
  name: string;
  braced: boolean;
  op?: ParamOp;
  arg?: Word;
  /** `${A[@]}`, `${A[*]}`, `${A[2]}` */
  index?: string;
  /** A form the reader does not evaluate (`${#A}`, `${!A}`, `${A%pat}`, `${A/x/y}`, `${A:1:2}`, `${A^^}` …). */
  unsupported?: string;
  inDouble: boolean;
}

/** `$(…)`, `` `…` ``, `<(…)`, `>(…)`, `$((…))`, `$[…]`: never evaluated. */
export interface OpaquePart {
  type: 'cmdsubst' | 'backtick' | 'procsubst' | 'arith';
  span: Span;
  inDouble: boolean;
  /** The commands inside `$(…)` / `<(…)` (read for `docker run`s, run in a subshell). */
  inner?: Node[];
}

/** `~` or `~user` at the start of a word (or after `=` / `:` in an assignment). */
export interface TildePart {
  type: 'tilde';
  span: Span;
  user: string;
}

export type Part = LitPart | ParamPart | OpaquePart | TildePart;

export interface Word {
  span: Span;
  parts: Part[];
  /** An argument of `export`/`readonly`/`declare`/`local`/`typeset` written as an assignment (read as one by bash). */
  assign?: Assignment;
}

export interface Assignment {
  span: Span;
  name: string;
  nameSpan: Span;
  append: boolean;
  index?: string;
  /** `NAME=word`; an empty value is an empty word. */
  value?: Word;
  /** `NAME=(a b c)` */
  array?: Word[];
}

export interface Redirect {
  span: Span;
  op: string;
  target?: Word;
}

export interface SimpleCommand {
  type: 'cmd';
  span: Span;
  assigns: Assignment[];
  words: Word[];
  redirects: Redirect[];
  /** Runs in the background (`cmd &`): its assignments do not reach the script. */
  background?: boolean;
}

/**
 * A scope the evaluator must respect:
 * - `cond`: runs or not (if/while/for/case bodies, the right side of && ||): assignments inside are uncertain after;
 * - `subshell`: ( … ), a pipeline element, $(…): assignments inside are lost after;
 * - `function`: a body read where it is defined; positional parameters are the caller's.
 */
export interface ScopeNode {
  type: 'scope';
  kind: 'cond' | 'subshell' | 'function';
  /** What opened it, for reasons (`if`, `for`, `case`, `&&`, `|`, `( )`, `$( )`, `function start`). */
  label: string;
  span: Span;
  body: Node[];
  /** `for NAME in …`: NAME is set per iteration. */
  loopVar?: { name: string; words: Word[] | undefined; span: Span };
}

export type Node = SimpleCommand | ScopeNode;

export interface ShellProblem {
  span: Span;
  message: string;
}

export interface ShellScript {
  nodes: Node[];
  problems: ShellProblem[];
  /** Spans of commands the reader could not finish (an unterminated quote, a missing `fi`); bash does not run them. */
  broken: Span[];
}
