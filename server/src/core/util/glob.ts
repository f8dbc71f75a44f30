/** Minimal glob → RegExp for settings (`**`, `*`, `?`, `{a,b}`), matched against '/'-separated paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') { i++; re += '(?:.*/)?'; } else re += '.*';
      } else re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) { re += '\\{'; continue; }
      re += '(?:' + glob.slice(i + 1, close).split(',').map(s => s.replace(/[.+^$()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')).join('|') + ')';
      i = close;
    } else re += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp('^' + re + '$');
}

export function matchesAny(relPath: string, globs: string[]): boolean {
  const base = relPath.slice(relPath.lastIndexOf('/') + 1);
  return globs.some(g => {
    const m = globMatcher(g.startsWith('./') ? g.slice(2) : g);
    return m(relPath) || (!g.includes('/') && m(base));
  });
}

// The same globs, matched in O(pattern × path) time, braces included. Settings come from the workspace (an untrusted
// repository's `.vscode/settings.json` too): as a backtracking RegExp `**a**a**a**a**a**a**b` takes minutes per path
// (issue 8), and expanding `{a,b}` × 30 into its 2^30 variants never ends (issue 20). A glob compiles once into a
// small program (Thompson's construction: `{…}` is an alternation, `*` a loop) run as a set of states over the path.

/** Longer patterns are rejected (they match nothing): the work per path is bounded by this times the path's length. */
export const MAX_GLOB_LENGTH = 1000;

const enum Op { Char, One, Any, Split, Jmp, Match }
/** [op, a, b]: Char a = char code; Split a, b = both branches; Jmp a. */
type Program = Int32Array;

function compile(glob: string): Program {
  const code: number[] = [];
  const emit = (op: Op, a = 0, b = 0): number => { code.push(op, a, b); return code.length / 3 - 1; };
  const patch = (at: number, a: number, b?: number) => { code[at * 3 + 1] = a; if (b !== undefined) code[at * 3 + 2] = b; };
  const here = () => code.length / 3;
  // `[^/]*` (star) or `.*` (any): L: split L+1, out; L+1: one/any; jmp L.
  const loop = (op: Op.One | Op.Any) => {
    const l = emit(Op.Split);
    emit(op);
    emit(Op.Jmp, l);
    patch(l, l + 1, here());
  };
  const lit = (c: string) => emit(Op.Char, c.charCodeAt(0));
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        i++;
        if (glob[i + 1] === '/') {
          i++;
          // `(?:.*/)?`: skip, or any text then '/'.
          const s = emit(Op.Split);
          loop(Op.Any);
          lit('/');
          patch(s, s + 1, here());
        } else loop(Op.Any);
      } else loop(Op.One);
    } else if (c === '?') emit(Op.One);
    else if (c === '{' && glob.indexOf('}', i) > i) {
      const close = glob.indexOf('}', i);
      const alts = glob.slice(i + 1, close).split(',');
      const jumps: number[] = [];
      for (let k = 0; k < alts.length; k++) {
        const s = k < alts.length - 1 ? emit(Op.Split) : -1;
        // Inside braces only `*` is a wildcard, and always a single one (as in globToRegExp); the rest is literal.
        for (const ch of alts[k]) if (ch === '*') loop(Op.One); else lit(ch);
        jumps.push(emit(Op.Jmp));
        if (s >= 0) patch(s, s + 1, here());
      }
      for (const j of jumps) patch(j, here());
      i = close;
    } else lit(c);
  }
  emit(Op.Match);
  return Int32Array.from(code);
}

/** Runs `prog` over `path`: one pass, each state visited at most once per character. */
function run(prog: Program, path: string): boolean {
  const n = prog.length / 3;
  let cur = new Int32Array(n), next = new Int32Array(n);
  let curLen = 0, nextLen = 0;
  const mark = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n * 2 + 2);
  const add = (list: Int32Array, len: number, pc0: number, step: number): number => {
    let sp = 0;
    stack[sp++] = pc0;
    while (sp) {
      const pc = stack[--sp];
      if (mark[pc] === step) continue;
      mark[pc] = step;
      const op = prog[pc * 3];
      if (op === Op.Jmp) stack[sp++] = prog[pc * 3 + 1];
      else if (op === Op.Split) { stack[sp++] = prog[pc * 3 + 2]; stack[sp++] = prog[pc * 3 + 1]; }
      else list[len++] = pc;
    }
    return len;
  };
  curLen = add(cur, 0, 0, 0);
  for (let p = 0; p < path.length && curLen; p++) {
    const ch = path.charCodeAt(p);
    nextLen = 0;
    for (let k = 0; k < curLen; k++) {
      const pc = cur[k];
      const op = prog[pc * 3];
      const ok = op === Op.Any || (op === Op.One && ch !== 47) || (op === Op.Char && ch === prog[pc * 3 + 1]);
      if (ok) nextLen = add(next, nextLen, pc + 1, p + 1);
    }
    [cur, next] = [next, cur];
    curLen = nextLen;
  }
  for (let k = 0; k < curLen; k++) if (prog[cur[k] * 3] === Op.Match) return true;
  return false;
}

/** Compiled globs by pattern (a pure function of the string; bounded, emptied when full). */
const COMPILED = new Map<string, (path: string) => boolean>();

/** A matcher equivalent to globToRegExp(glob).test, in time linear in the path. */
export function globMatcher(glob: string): (path: string) => boolean {
  let m = COMPILED.get(glob);
  if (m) return m;
  const prog = glob.length > MAX_GLOB_LENGTH ? undefined : compile(glob);
  m = prog ? (path: string) => run(prog, path) : () => false;
  if (COMPILED.size >= 4096) COMPILED.clear();
  COMPILED.set(glob, m);
  return m;
}
