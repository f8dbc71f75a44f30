// What bash passes: variables assigned earlier in the script and the expansion of words into fields, with the written
// characters behind every value character. Anything the script does not decide (the caller's environment, command
// substitution, arithmetic, globs, script arguments, a conditional assignment) is unknown with a reason, never empty.
import type { Span } from '../../types';
import type { Assignment, Node, Part, ScopeNode, ShellScript, SimpleCommand, Word } from './ast';

/** Characters with, for each, the written text (offsets into the text read) that produced it. */
export interface Chars {
  value: string;
  from: number[];
  to: number[];
}

/** Attributes every variable state carries. */
interface VarAttrs {
  exported?: boolean;
  readonly?: boolean;
  /**
   * Exported only if the caller exported it: a variable inherited from the caller's environment stays exported when
   * the script assigns it. False once the script decides (`unset`, `export -n`, `export`).
   */
  callerExport?: boolean;
}

export type VarState =
  | ({ kind: 'set'; chars: Chars; array?: Chars[]; exported: boolean; at: Span } & VarAttrs)
  | ({ kind: 'unset'; exported: boolean; at: Span } & VarAttrs)
  | ({
      kind: 'unknown';
      reason: string;
      at?: Span;
      /** Known to be set (assigned in the script, value unknown): `${V+x}` is x. */
      set?: boolean;
      /** Known to be set and not empty: `${V:+x}` is x. */
      nonEmpty?: boolean;
      /** An array whose elements are known one by one (a string is an unknown element's reason). */
      elems?: Elem[];
      /** Known characters before and after the unknown part (`IMAGE=nacos/nacos-server:$TAG`). */
      head?: Chars;
      tail?: Chars;
    } & VarAttrs);

/** An array element: known characters, or unknown with the known text around the unknown part. */
export type Elem = Chars | { reason: string; head?: Chars; tail?: Chars };

function isSet(st: VarState): boolean {
  return st.kind === 'set' || (st.kind === 'unknown' && st.set === true);
}
function isNonEmpty(st: VarState): boolean {
  return (st.kind === 'set' && st.chars.value.length > 0) || (st.kind === 'unknown' && st.nonEmpty === true);
}

/** One argument as bash passes it: known characters, or unknown with a reason. */
export interface Field {
  word: Word;
  value?: string;
  from?: number[];
  to?: number[];
  reason?: string;
  /** The word may give zero or several arguments (an unquoted unknown expansion, "$@", a brace expansion). */
  countUnknown?: boolean;
  /** Variables read to produce this field. */
  vars: string[];
  /** For an unknown field: the known characters before the first unknown part and after the last one. */
  head?: Chars;
  tail?: Chars;
}

export interface EvalOptions {
  /** A reason when the text at `span` was produced by something outside the shell (a make variable, `${{ }}`). */
  unknownAt?: (span: Span) => string | undefined;
  /** "line 12" for a span, for reasons. */
  where?: (span: Span) => string;
}

type Atom =
  | { k: 'c'; c: string; from: number; to: number; q: 0 | 1 | 2 }
  | { k: 'u'; reason: string; q: 1 | 2; multi: boolean; nonEmpty?: boolean }
  | { k: 'e' } // a quoted empty string: keeps an empty field alive
  | { k: 'b'; from: number; to: number }; // a field break ("${A[@]}"); a space where nothing is split

const IFS_WS = ' \t\n';

/** Variables in force; a nested scope is a child that reads through to its parent (no copying per scope). */
export class ShellEnv {
  private local = new Map<string, VarState>();
  allexport = false;
  /** Set once the script runs `source`/`eval` of unknown effect: unassigned names may come from there. */
  opaque: string | undefined;
  fn: string | undefined;
  cwd: { dir: string } | { reason: string } = { dir: '.' };

  constructor(readonly opts: EvalOptions = {}, private readonly parent?: ShellEnv) {
    if (parent) {
      this.allexport = parent.allexport;
      this.opaque = parent.opaque;
      this.fn = parent.fn;
      this.cwd = parent.cwd;
    }
  }

  clone(): ShellEnv {
    return new ShellEnv(this.opts, this);
  }

  /** The variables set in this scope itself (not its parents). */
  own(): IterableIterator<[string, VarState]> {
    return this.local.entries();
  }

  /** Every variable in force (innermost wins). */
  all(): Map<string, VarState> {
    if (this.track) this.track.all = true;
    const m = this.parent ? this.parent.all() : new Map<string, VarState>();
    for (const [k, v] of this.local) m.set(k, v);
    return m;
  }

  get(name: string): VarState | undefined {
    const t = this.track;
    if (t && !t.writes.has(name) && !t.reads.has(name)) t.reads.set(name, this.local.get(name));
    return this.local.get(name) ?? this.parent?.get(name);
  }

  /** Sets a state; attributes not given are kept from the variable's previous state. */
  put(name: string, st: VarState): void {
    const old = this.get(name);
    const exported = st.exported ?? old?.exported ?? false;
    const readonly = st.readonly ?? old?.readonly;
    const callerExport = exported ? false : (st.callerExport ?? (old ? old.callerExport ?? false : true));
    this.local.set(name, { ...st, exported, readonly, callerExport } as VarState);
    this.track?.writes.add(name);
  }

  /**
   * What the commands walked since `startTracking` read of this scope's variables (their state when first read, not
   * written before) and which they set: a command whose reads are the same elsewhere sets the same (the incremental
   * reading, sources/shell/incremental.ts). `all`: something read every variable.
   */
  track: { reads: Map<string, VarState | undefined>; writes: Set<string>; all: boolean } | undefined;

  /** Sets a variable to a state recorded earlier (a command's effect replayed). */
  restore(name: string, st: VarState): void {
    this.local.set(name, st);
  }

  /** This scope's own state of a variable, untracked. */
  peek(name: string): VarState | undefined {
    return this.local.get(name);
  }

  where(span: Span): string {
    return this.opts.where?.(span) ?? `offset ${span.start}`;
  }

  lookup(name: string): VarState {
    const v = this.get(name);
    if (v) return v;
    if (/^[0-9]+$/.test(name) || name === '@' || name === '*' || name === '#') {
      return { kind: 'unknown', reason: this.fn ? `argument $${name} of function ${this.fn}` : `script argument $${name}` };
    }
    if (name.length === 1 && '?-$!'.includes(name)) return { kind: 'unknown', reason: `special parameter $${name}` };
    const from = this.opaque ? ` or ${this.opaque}` : '';
    return { kind: 'unknown', reason: `$${name} is not assigned in the script: it comes from the caller's environment${from}` };
  }

  set(name: string, chars: Chars, at: Span, exportIt = false, array?: Chars[]): void {
    const old = this.get(name);
    const exported = exportIt || this.allexport || (old?.exported ?? false);
    this.put(name, { kind: 'set', chars, array, exported, at });
  }
}

function charsOf(atoms: Atom[]): Chars {
  const c: Chars = { value: '', from: [], to: [] };
  for (const a of atoms) {
    if (a.k === 'c') {
      c.value += a.c;
      c.from.push(a.from);
      c.to.push(a.to);
    }
  }
  return c;
}

function firstUnknown(atoms: Atom[]): (Atom & { k: 'u' }) | undefined {
  for (const a of atoms) if (a.k === 'u') return a;
  return undefined;
}

/** Expands parts into atoms. `ctxQuoted`: inside "…" or the arg of a quoted ${…}. */
function partsAtoms(parts: Part[], env: ShellEnv, vars: string[], fromExpansion: boolean): Atom[] {
  const out: Atom[] = [];
  for (const p of parts) {
    switch (p.type) {
      case 'lit': {
        const quoted = p.quoting !== 'none' || p.inDouble;
        const q: 0 | 1 | 2 = quoted ? 1 : fromExpansion ? 2 : 0;
        // Text produced by something outside the shell (`${{ secrets.X }}` in a workflow) is unknown even in quotes.
        const outside = p.value.length ? env.opts.unknownAt?.(p.span) : undefined;
        if (outside) {
          out.push({ k: 'u', reason: outside, q: q === 1 ? 1 : 2, multi: false, nonEmpty: true });
          break;
        }
        if (p.value.length === 0 && quoted) out.push({ k: 'e' });
        for (let i = 0; i < p.value.length; i++) out.push({ k: 'c', c: p.value[i]!, from: p.from[i]!, to: p.to[i]!, q });
        break;
      }
      case 'tilde':
        out.push({ k: 'u', reason: p.user ? `~${p.user} is that user's home directory` : '~ is the caller\'s home directory', q: 1, multi: false });
        break;
      case 'cmdsubst':
      case 'backtick':
      case 'procsubst':
      case 'arith': {
        const what = p.type === 'arith' ? 'arithmetic expansion' : p.type === 'procsubst' ? 'process substitution' : 'command substitution';
        const reason = env.opts.unknownAt?.(p.span) ?? `${what} (not run)`;
        if (p.inDouble) out.push({ k: 'e' });
        // An arithmetic result or a /dev/fd path is never empty.
        out.push({ k: 'u', reason, q: p.inDouble ? 1 : 2, multi: false, nonEmpty: p.type === 'arith' || p.type === 'procsubst' });
        break;
      }
      case 'param':
        // "$EMPTY" is still one (empty) argument.
        if (p.inDouble) out.push({ k: 'e' });
        out.push(...paramAtoms(p, env, vars));
        break;
    }
  }
  return out;
}

function valueAtoms(c: Chars, q: 1 | 2): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < c.value.length; i++) out.push({ k: 'c', c: c.value[i]!, from: c.from[i]!, to: c.to[i]!, q });
  if (c.value.length === 0 && q === 1) out.push({ k: 'e' });
  return out;
}

function paramAtoms(p: Part & { type: 'param' }, env: ShellEnv, vars: string[]): Atom[] {
  const q: 1 | 2 = p.inDouble ? 1 : 2;
  const name = p.name;
  const multiName = name === '@' || (name === '*' && !p.inDouble) || p.index === '@' || (p.index === '*' && !p.inDouble);
  const reasonOverride = env.opts.unknownAt?.(p.span);
  if (reasonOverride) return [{ k: 'u', reason: reasonOverride, q, multi: multiName }];
  if (p.unsupported) return [{ k: 'u', reason: `${p.unsupported} is not evaluated`, q, multi: false }];
  vars.push(name);
  let st = env.lookup(name);
  // A variable from the caller's environment is a string: only element 0 can have a value.
  if (!env.get(name) && p.index !== undefined && /^[0-9]+$/.test(p.index) && Number(p.index) > 0 && /^[A-Za-z_]/.test(name)) {
    st = { kind: 'unset', exported: false, at: p.span };
  }
  // Arrays: ${A[@]}, ${A[*]}, ${A[n]}; $A is element 0.
  if (st.kind === 'set' && p.index !== undefined) {
    const elems = st.array ?? [st.chars];
    if (p.index === '@' || p.index === '*') {
      if (p.op) return [{ k: 'u', reason: `\${${name}[${p.index}]${p.op}…} is not evaluated`, q, multi: true }];
      const out: Atom[] = [];
      elems.forEach((el, i) => {
        if (i > 0) {
          if (p.index === '@' && p.inDouble) out.push({ k: 'b', from: p.span.start, to: p.span.end });
          else out.push({ k: 'c', c: ' ', from: p.span.start, to: p.span.end, q });
        }
        out.push(...valueAtoms(el, q));
      });
      if (elems.length === 0 && p.index === '*' && p.inDouble) out.push({ k: 'e' });
      return out;
    }
    if (!/^[0-9]+$/.test(p.index)) return [{ k: 'u', reason: `index [${p.index}] of ${name} is not evaluated`, q, multi: false }];
    const el = elems[Number(p.index)];
    st = el ? { ...st, chars: el } : { kind: 'unset', exported: false, at: st.at };
  } else if (st.kind === 'set' && st.array && (name === '@' || name === '*')) {
    // not reachable: positional parameters are never arrays here
  }
  if (st.kind === 'unknown' && st.elems) {
    const elems = st.elems;
    const atomsOf = (el: Elem): Atom[] =>
      'reason' in el
        ? [...(el.head ? valueAtoms(el.head, q) : []), { k: 'u', reason: el.reason, q, multi: false }, ...(el.tail ? valueAtoms(el.tail, q) : [])]
        : valueAtoms(el, q);
    if (p.index === '@' || p.index === '*') {
      if (p.op) return [{ k: 'u', reason: `\${${name}[${p.index}]${p.op}…} is not evaluated`, q, multi: true }];
      const out: Atom[] = [];
      elems.forEach((el, i) => {
        if (i > 0) {
          if (p.index === '@' && p.inDouble) out.push({ k: 'b', from: p.span.start, to: p.span.end });
          else out.push({ k: 'c', c: ' ', from: p.span.start, to: p.span.end, q });
        }
        out.push(...atomsOf(el));
      });
      return out;
    }
    if (!p.op && (p.index === undefined || /^[0-9]+$/.test(p.index))) {
      const el = elems[Number(p.index ?? 0)];
      return el === undefined ? [] : atomsOf(el);
    }
  }
  if (st.kind === 'unknown') {
    const argAtoms = (): Atom[] => (p.arg ? partsAtoms(p.arg.parts, env, vars, true).map((a) => (p.inDouble && a.k === 'c' ? { ...a, q: 1 as const } : a)) : []);
    // Set-ness (or non-emptiness) can be known when the value is not: ${V+x}, ${V:+x}.
    if (p.op === '+' && isSet(st)) return argAtoms();
    if (p.op === ':+' && isNonEmpty(st)) return argAtoms();
    // ${V:+w} and ${V+w} give nothing whatever V is when w expands to nothing.
    if ((p.op === '+' || p.op === ':+') && argAtoms().length === 0) return [];
    // After ${V:=w} V is set (and not empty when w is not); after ${V=w} it is set.
    if ((p.op === ':=' || p.op === '=') && /^[A-Za-z_]/.test(name)) {
      const w = argAtoms();
      const wNonEmpty = w.some((x) => x.k === 'c' || (x.k === 'u' && x.nonEmpty === true));
      env.put(name, { ...st, set: true, nonEmpty: st.nonEmpty || (p.op === ':=' && wNonEmpty), at: st.at ?? p.span });
    }
    const extra = p.op ? ` (${p.op.includes('+') ? 'alternative' : 'default'} applies only when it is ${p.op.startsWith(':') ? 'unset or empty' : 'unset'})` : '';
    const u: Atom = { k: 'u', reason: st.reason + extra, q, multi: multiName, nonEmpty: st.nonEmpty };
    if (!p.op && (st.head || st.tail)) return [...(st.head ? valueAtoms(st.head, q) : []), u, ...(st.tail ? valueAtoms(st.tail, q) : [])];
    return [u];
  }
  const setNow = st.kind === 'set';
  const value = setNow ? (st as VarState & { kind: 'set' }).chars : undefined;
  const nonEmpty = setNow && value!.value.length > 0;
  const arg = (): Atom[] => (p.arg ? partsAtoms(p.arg.parts, env, vars, true).map((a) => (p.inDouble && a.k === 'c' ? { ...a, q: 1 as const } : a)) : []);
  switch (p.op) {
    case undefined:
      return setNow ? valueAtoms(value!, q) : [];
    case ':-':
      return nonEmpty ? valueAtoms(value!, q) : arg();
    case '-':
      return setNow ? valueAtoms(value!, q) : arg();
    case ':=':
    case '=': {
      if (p.op === ':=' ? nonEmpty : setNow) return valueAtoms(value!, q);
      const atoms = arg();
      const u = firstUnknown(atoms);
      if (u) env.put(name, { kind: 'unknown', reason: u.reason, at: p.span });
      else if (/^[A-Za-z_]/.test(name)) env.set(name, charsOf(atoms), p.span);
      return atoms.map((a) => (a.k === 'c' ? { ...a, q } : a));
    }
    case ':+':
      return nonEmpty ? arg() : [];
    case '+':
      return setNow ? arg() : [];
    case ':?':
    case '?':
      if (p.op === ':?' ? nonEmpty : setNow) return valueAtoms(value!, q);
      return [{ k: 'u', reason: `\${${name}${p.op}…}: ${name} is not set here, so bash stops the script`, q, multi: false }];
  }
}

/** An unquoted `{a,b}` / `{1..3}` in the written word: brace expansion makes several words. */
function hasBraceExpansion(word: Word): boolean {
  let depth = 0;
  let armed = false;
  for (const p of word.parts) {
    if (p.type !== 'lit' || p.quoting !== 'none' || p.inDouble) continue;
    const v = p.value;
    for (let i = 0; i < v.length; i++) {
      if (v[i] === '{') depth++;
      else if (v[i] === '}' && depth > 0) {
        if (armed) return true;
        depth--;
      } else if (depth > 0 && (v[i] === ',' || (v[i] === '.' && v[i + 1] === '.'))) armed = true;
    }
  }
  return false;
}

/** Expands a command word into the fields bash passes (word splitting on the default IFS, globs unknown). */
export function expandArg(word: Word, env: ShellEnv): Field[] {
  const vars: string[] = [];
  if (word.assign) {
    const v = expandAssignValue(word.assign, env);
    const prefix = word.assign.name + (word.assign.append ? '+=' : '=');
    if (v.reason !== undefined) return [{ word, reason: v.reason, vars: v.vars }];
    const start = word.span.start;
    const from = [...prefix].map((_, i) => start + i);
    return [{ word, value: prefix + v.chars!.value, from: [...from, ...v.chars!.from], to: [...from.map((x) => x + 1), ...v.chars!.to], vars: v.vars }];
  }
  if (hasBraceExpansion(word)) return [{ word, reason: 'brace expansion {…} (several words)', countUnknown: true, vars }];
  const atoms = partsAtoms(word.parts, env, vars, false);
  const ifs = env.get('IFS');
  const splitUnknown = ifs !== undefined && !(ifs.kind === 'set' && ifs.chars.value === ' \t\n');
  for (const a of atoms) {
    if (a.k === 'u' && (a.q === 2 || a.multi)) return [{ word, reason: a.reason, countUnknown: true, vars, ...headTail(atoms) }];
    if (splitUnknown && a.k === 'c' && a.q === 2) return [{ word, reason: 'IFS is changed in the script (word splitting not evaluated)', countUnknown: true, vars }];
  }
  const fields: Atom[][] = [];
  let cur: Atom[] | undefined;
  for (const a of atoms) {
    if (a.k === 'c' && a.q === 2 && IFS_WS.includes(a.c)) {
      if (cur) fields.push(cur);
      cur = undefined;
    } else if (a.k === 'b') {
      fields.push(cur ?? [{ k: 'e' }]);
      cur = [];
    } else {
      (cur ??= []).push(a);
    }
  }
  if (cur) fields.push(cur);
  return fields.map((f) => {
    const u = firstUnknown(f);
    if (u) return { word, reason: u.reason, vars, ...headTail(f) };
    if (isGlob(f)) return { word, reason: 'pathname expansion (a glob: depends on the files present)', countUnknown: true, vars, ...headTail(f) };
    const c = charsOf(f);
    return { word, value: c.value, from: c.from, to: c.to, vars };
  });
}

/** Known characters before the first unknown atom and after the last (field breaks end them). */
function headTail(atoms: Atom[]): { head: Chars; tail: Chars } {
  let first = atoms.findIndex((a) => a.k === 'u' || a.k === 'b');
  if (first < 0) first = atoms.length;
  let last = -1;
  for (let i = atoms.length - 1; i >= 0; i--) if (atoms[i]!.k === 'u' || atoms[i]!.k === 'b') { last = i; break; }
  return { head: charsOf(atoms.slice(0, first)), tail: charsOf(atoms.slice(last + 1)) };
}

function isGlob(f: Atom[]): boolean {
  for (let i = 0; i < f.length; i++) {
    const a = f[i]!;
    if (a.k !== 'c' || a.q === 1) continue;
    if (a.c === '*' || a.c === '?') return true;
    if (a.c === '[') {
      for (let j = i + 1; j < f.length; j++) {
        const b = f[j]!;
        if (b.k === 'c' && b.c === ']' && j > i + 1) return true;
      }
    }
  }
  return false;
}

/** The value an assignment gives (no splitting, no globbing; ~ after = and : is the caller's home). */
export function expandAssignValue(a: Assignment, env: ShellEnv): { chars?: Chars; reason?: string; vars: string[]; nonEmpty?: boolean; head?: Chars; tail?: Chars } {
  const vars: string[] = [];
  if (!a.value) return { chars: { value: '', from: [], to: [] }, vars };
  // "${A[@]}" in an assignment joins the elements with spaces.
  const atoms = partsAtoms(a.value.parts, env, vars, false).map((x): Atom => (x.k === 'b' ? { k: 'c', c: ' ', from: x.from, to: x.to, q: 1 } : x));
  const u = firstUnknown(atoms);
  if (u) return { reason: u.reason, vars, nonEmpty: atoms.some((x) => x.k === 'c' || (x.k === 'u' && x.nonEmpty === true)), ...headTail(atoms) };
  return { chars: charsOf(atoms), vars };
}

// ---- the script, statement by statement ---------------------------------------------------------------------------

export interface CommandVisit {
  cmd: SimpleCommand;
  /** The shell's variables before the command's own assignments. */
  env: ShellEnv;
  /** Variables the command itself receives (`A=1 cmd`), exported for it. */
  prefix: Map<string, VarState>;
  /** Inside a conditional, a subshell or a function (what opened it). */
  scopes: ScopeNode[];
}

const CD_SCRIPT_DIR = /^"?\$\(\s*dirname\s+"?(\$0|\$\{0\}|\$\{BASH_SOURCE(\[0\])?\}|\$BASH_SOURCE)"?\s*\)"?$/;

/** Walks the script in order, calling `visit` for every simple command with the variables in force there. */
export function walkScript(script: ShellScript, text: string, visit: (v: CommandVisit) => void, env = new ShellEnv()): ShellEnv {
  walkNodes(script.nodes, text, env, [], visit, script.broken);
  return env;
}

/** bash runs neither a command with an unterminated quote nor a compound command it could not finish reading. */
function inBroken(span: Span, broken: Span[]): boolean {
  for (const b of broken) if (b.start <= span.end && span.start <= b.end) return true;
  return false;
}

/** Walks one top-level node of a script (the incremental reading walks them one by one). */
export function walkTopNode(node: Node, script: ShellScript, text: string, visit: (v: CommandVisit) => void, env: ShellEnv): void {
  walkNodes([node], text, env, [], visit, script.broken);
}

function walkNodes(nodes: Node[], text: string, env: ShellEnv, scopes: ScopeNode[], visit: (v: CommandVisit) => void, broken: Span[]): void {
  for (const n of nodes) {
    if (n.type === 'scope') {
      walkScope(n, text, env, scopes, visit, broken);
      continue;
    }
    // Commands inside $(…) run first, in a subshell.
    for (const w of [...n.assigns.map((a) => a.value), ...n.assigns.flatMap((a) => a.array ?? []), ...n.words]) {
      if (!w) continue;
      for (const p of w.parts) {
        if ((p.type === 'cmdsubst' || p.type === 'procsubst') && p.inner?.length) {
          const sub: ScopeNode = { type: 'scope', kind: 'subshell', label: p.type === 'cmdsubst' ? '$( )' : '<( )', span: p.span, body: p.inner };
          walkScope(sub, text, env, scopes, visit, broken);
        }
      }
    }
    if (inBroken(n.span, broken)) continue;
    applyCommand(n, text, env, scopes, visit);
  }
}

function walkScope(n: ScopeNode, text: string, env: ShellEnv, scopes: ScopeNode[], visit: (v: CommandVisit) => void, broken: Span[]): void {
  const child = env.clone();
  if (n.kind === 'function') child.fn = n.label.replace(/^function /, '');
  if (n.loopVar && n.loopVar.name) {
    let st: VarState = { kind: 'unknown', reason: `loop variable of \`${n.label}\` at ${env.where(n.span)}` };
    if (n.loopVar.words) {
      const fields = n.loopVar.words.flatMap((w) => expandArg(w, child));
      const only = fields[0];
      if (fields.length === 1 && only?.value !== undefined && !only.countUnknown) {
        st = { kind: 'set', chars: { value: only.value, from: only.from!, to: only.to! }, exported: child.get(n.loopVar.name)?.exported ?? false, at: n.loopVar.span };
      }
    }
    child.put(n.loopVar.name, st);
  }
  walkNodes(n.body, text, child, [...scopes, n], visit, broken);
  if (n.kind !== 'cond') return;
  // Assignments made in a branch that may not run: the value after it is not known.
  const reason = (name: string): string => `${name} is assigned inside \`${n.label}\` at ${env.where(n.span)} (may or may not run)`;
  for (const [name, st] of child.own()) {
    const before = env.get(name);
    if (before === st) continue;
    if (before && sameState(before, st)) continue;
    const both = (f: (x: VarState) => boolean): boolean => before !== undefined && f(before) && f(st);
    const exportedBoth = both((x) => x.exported === true);
    const exportedNeither = before !== undefined && !before.exported && !before.callerExport && !st.exported && !st.callerExport;
    env.put(name, {
      kind: 'unknown', reason: reason(name), set: both(isSet), nonEmpty: both(isNonEmpty),
      exported: exportedBoth, callerExport: !exportedBoth && !exportedNeither, readonly: both((x) => x.readonly === true),
    });
  }
  if (child.allexport !== env.allexport) env.allexport = child.allexport || env.allexport;
  if (child.opaque && !env.opaque) env.opaque = child.opaque;
  if (child.cwd !== env.cwd) env.cwd = { reason: `the working directory changes inside \`${n.label}\` at ${env.where(n.span)}` };
}

function sameState(a: VarState, b: VarState): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'set' && b.kind === 'set') return a.chars.value === b.chars.value && a.exported === b.exported && !a.array && !b.array;
  return a.kind === 'unset' && a.exported === b.exported;
}

function wordText(w: Word, text: string): string {
  return text.slice(w.span.start, w.span.end);
}

function applyCommand(cmd: SimpleCommand, text: string, env: ShellEnv, scopes: ScopeNode[], visit: (v: CommandVisit) => void): void {
  // Prefix assignments: for a command they are its own environment; alone they set shell variables.
  const prefix = new Map<string, VarState>();
  const target = cmd.words.length === 0 && !cmd.background ? env : undefined;
  const scratch = env.clone();
  for (const a of cmd.assigns) {
    assign(a, scratch, false);
    const st = scratch.get(a.name)!;
    if (target) target.put(a.name, target.allexport ? { ...st, exported: true } : st);
    else prefix.set(a.name, st.kind === 'set' || st.kind === 'unset' ? { ...st, exported: true } : { ...st, exported: true });
  }
  if (cmd.words.length === 0) {
    visit({ cmd, env, prefix, scopes });
    return;
  }
  visit({ cmd, env, prefix, scopes });
  // `: "${V:=default}"` assigns V while the words are expanded (after the visit, which reads them in order;
  // a second expansion changes nothing).
  if (cmd.words.some(assignsInWord)) for (const w of cmd.words) expandArg(w, env);
  if (cmd.background) return;
  const name = wordText(cmd.words[0]!, text);
  const args = cmd.words.slice(1);
  switch (name) {
    case 'export':
    case 'readonly':
    case 'declare':
    case 'typeset':
    case 'local': {
      let exportIt = name === 'export';
      let readonly = name === 'readonly';
      let unexport = false;
      let isArrayDecl = false;
      for (const w of args) {
        if (w.assign) {
          assign(w.assign, env, exportIt, readonly);
          if (unexport) { const st = env.get(w.assign.name); if (st) env.put(w.assign.name, { ...st, exported: false, callerExport: false } as VarState); }
          continue;
        }
        const t = wordText(w, text);
        if (/^[-+][a-zA-Z]+$/.test(t)) {
          if (t.includes('x')) { if (t[0] === '-') exportIt = true; else unexport = true; }
          if (t.includes('r') && t[0] === '-') readonly = true;
          if (name === 'export' && t === '-n') unexport = true;
          if (/[aA]/.test(t)) isArrayDecl = true;
          if (/[fFp]/.test(t)) return;
          continue;
        }
        if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(t)) {
          const st = env.get(t);
          if (unexport) { env.put(t, { ...(st ?? { kind: 'unset', at: w.span }), exported: false, callerExport: false } as VarState); continue; }
          if (st) env.put(t, { ...st, exported: st.exported || exportIt, ...(readonly ? { readonly: true } : {}) } as VarState);
          else if (readonly) env.put(t, { ...env.lookup(t), exported: exportIt, readonly: true } as VarState);
          else if (name === 'local' || (name === 'declare' && env.fn)) env.put(t, { kind: 'unset', exported: exportIt, at: w.span });
          else if (exportIt) env.put(t, { kind: 'unknown', reason: (env.lookup(t) as { reason: string }).reason, exported: true, at: w.span });
          continue;
        }
        void isArrayDecl;
        // export "$X"=… or a computed name: any variable may change.
        env.opaque ??= `\`${name}\` of a computed name at ${env.where(w.span)}`;
      }
      return;
    }
    case 'unset': {
      let fns = false;
      for (const w of args) {
        const t = wordText(w, text);
        if (t === '-f') { fns = true; continue; }
        if (t === '-v') continue;
        if (env.get(t)?.readonly) continue;
        if (!fns && /^[A-Za-z_][A-Za-z0-9_]*$/.test(t)) env.put(t, { kind: 'unset', exported: false, callerExport: false, readonly: false, at: w.span });
      }
      return;
    }
    case 'set':
      for (const w of args) {
        const t = wordText(w, text);
        if (/^-[a-zA-Z]*a/.test(t)) env.allexport = true;
        else if (/^\+[a-zA-Z]*a/.test(t)) env.allexport = false;
      }
      for (let i = 0; i + 1 < args.length; i++) {
        const t = wordText(args[i]!, text);
        if ((t === '-o' || t === '+o') && wordText(args[i + 1]!, text) === 'allexport') env.allexport = t === '-o';
      }
      return;
    case 'source':
    case '.':
    case 'eval':
      env.opaque ??= `\`${name}\` at ${env.where(cmd.span)}`;
      for (const [k, v] of env.all()) if (v.kind !== 'unknown') env.put(k, { kind: 'unknown', reason: `${k} may be changed by \`${name}\` at ${env.where(cmd.span)}`, exported: v.exported });
      return;
    case 'read':
    case 'mapfile':
    case 'readarray':
    case 'getopts':
    case 'printf': {
      // Names they assign: the non-option words (printf only with -v NAME).
      for (let i = 0; i < args.length; i++) {
        const t = wordText(args[i]!, text);
        if (name === 'printf') {
          if (t === '-v' && args[i + 1]) {
            const n2 = wordText(args[i + 1]!, text);
            env.put(n2, { kind: 'unknown', reason: `${n2} is set by \`printf -v\` at ${env.where(cmd.span)}` });
          }
          break;
        }
        if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(t)) env.put(t, { kind: 'unknown', reason: `${t} is set by \`${name}\` at ${env.where(cmd.span)}` });
      }
      return;
    }
    case 'cd':
    case 'pushd': {
      const w = args.find((x) => !wordText(x, text).startsWith('-'));
      if (!w) { env.cwd = { reason: `\`cd\` to the home directory at ${env.where(cmd.span)}` }; return; }
      const t = wordText(w, text);
      if (CD_SCRIPT_DIR.test(t)) { env.cwd = { dir: '.' }; return; }
      const f = expandArg(w, env);
      const only = f[0];
      if (f.length === 1 && only?.value !== undefined) {
        const cur = env.cwd;
        if ('dir' in cur) env.cwd = { dir: only.value.startsWith('/') ? only.value : joinDir(cur.dir, only.value) };
      } else env.cwd = { reason: `the working directory is changed by \`cd ${t}\` at ${env.where(cmd.span)}` };
      return;
    }
    default:
      return;
  }
}

function assignsInWord(w: Word): boolean {
  return w.parts.some((p) => p.type === 'param' && ((p.op === ':=' || p.op === '=') || (p.arg !== undefined && assignsInWord(p.arg))));
}

function joinDir(a: string, b: string): string {
  if (a === '.' || a === '') return b;
  return `${a.replace(/\/+$/, '')}/${b}`;
}

function assign(a: Assignment, env: ShellEnv, exportIt: boolean, readonly = false): void {
  const prev = env.get(a.name);
  // bash refuses to change a readonly variable (an error; the script goes on).
  if (prev?.readonly) return;
  if (readonly) {
    assign(a, env, exportIt);
    const st = env.get(a.name);
    if (st) env.put(a.name, { ...st, readonly: true });
    return;
  }
  if (a.array) {
    const elems: Chars[] = [];
    const mixed: Elem[] = [];
    let someUnknown = false;
    for (const w of a.array) {
      for (const f of expandArg(w, env)) {
        if (f.countUnknown) {
          env.put(a.name, { kind: 'unknown', reason: `the elements of ${a.name}: ${f.reason}`, exported: exportIt, at: a.span, set: true });
          return;
        }
        if (f.value === undefined) {
          someUnknown = true;
          mixed.push({ reason: `an element of ${a.name}: ${f.reason}`, head: f.head, tail: f.tail });
          continue;
        }
        const c = { value: f.value, from: f.from!, to: f.to! };
        elems.push(c);
        mixed.push(c);
      }
    }
    const old = env.get(a.name);
    if (someUnknown) {
      if (a.append) {
        env.put(a.name, { kind: 'unknown', reason: `${a.name}+=(…) appends to an array that is not known`, exported: old?.exported, at: a.span, set: true });
        return;
      }
      const first = mixed[0];
      env.put(a.name, { kind: 'unknown', reason: first && 'reason' in first ? first.reason : `an element of ${a.name} is not known`, exported: exportIt || env.allexport || old?.exported, at: a.span, set: true, nonEmpty: first !== undefined && !('reason' in first) && first.value.length > 0, elems: mixed });
      return;
    }
    if (a.append) {
      if (old === undefined || old.kind === 'unknown') {
        env.put(a.name, { kind: 'unknown', reason: `${a.name}+=(…) appends to an array that is not known`, exported: old?.exported, at: a.span });
        return;
      }
      const prev = old?.kind === 'set' ? (old.array ?? [old.chars]) : [];
      elems.unshift(...prev);
    }
    env.set(a.name, elems[0] ?? { value: '', from: [], to: [] }, a.span, exportIt, elems);
    return;
  }
  const v = expandAssignValue(a, env);
  if (v.reason !== undefined) {
    const old0 = env.get(a.name);
    const nonEmpty = v.nonEmpty || (a.append && old0 !== undefined && isNonEmpty(old0));
    const plain = a.index === undefined && !a.append;
    env.put(a.name, {
      kind: 'unknown', reason: `${a.name} = ${v.reason}`, exported: exportIt || env.allexport || old0?.exported, at: a.span,
      set: a.index === undefined, nonEmpty: a.index === undefined && nonEmpty,
      head: plain && v.head?.value ? v.head : undefined, tail: plain && v.tail?.value ? v.tail : undefined,
    });
    return;
  }
  let chars = v.chars!;
  const old = env.get(a.name);
  if (a.index !== undefined) {
    // A[i]=x: an array element; only element 0 is visible as $A.
    if (!/^[0-9]+$/.test(a.index)) {
      env.put(a.name, { kind: 'unknown', reason: `${a.name}[${a.index}] is assigned with an index that is not evaluated`, at: a.span });
      return;
    }
    const idx = Number(a.index);
    if (old?.kind === 'unknown') {
      env.put(a.name, { kind: 'unknown', reason: `${a.name}[${a.index}] is assigned in an array that is not known`, exported: old.exported, at: a.span });
      return;
    }
    const arr = old?.kind === 'set' ? [...(old.array ?? [old.chars])] : [];
    while (arr.length < idx) arr.push({ value: '', from: [], to: [] });
    arr[idx] = chars;
    env.set(a.name, arr[0]!, a.span, exportIt, arr);
    return;
  }
  if (a.append) {
    if (old === undefined || old.kind === 'unknown') {
      // Appending to the caller's value (or an unknown one) gives an unknown value.
      const why = old?.kind === 'unknown' ? old.reason : env.lookup(a.name).kind === 'unknown' ? (env.lookup(a.name) as { reason: string }).reason : '';
      env.put(a.name, { kind: 'unknown', reason: `${a.name}+= appends to a value that is not known: ${why}`, exported: old?.exported, at: a.span, set: true, nonEmpty: chars.value.length > 0 || (old !== undefined && isNonEmpty(old)) });
      return;
    }
    if (old?.kind === 'set') chars = { value: old.chars.value + chars.value, from: [...old.chars.from, ...chars.from], to: [...old.chars.to, ...chars.to] };
  }
  env.set(a.name, chars, a.span, exportIt);
}
