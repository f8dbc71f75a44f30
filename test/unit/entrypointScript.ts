// A small reader of the nacos-docker entrypoint scripts (build/bin/docker-startup.sh) for the entrypoint facts test:
// it lexes bash words (quotes, `${…}`, `$(…)`, operators, comments), groups commands into `if`/`for`/function
// blocks, and follows values through assignments to the `exec` line, so the facts in server/src/core/nacos/
// entrypoint.ts are re-derived from each tag's script rather than matched against one pattern. It covers the
// constructs these scripts use; anything else is reported as unsupported, never guessed.

export interface Part {
  kind: 'lit' | 'param' | 'cmdsub';
  text: string;
  /** Inside double quotes (or single quotes for `lit`). */
  quoted: boolean;
  /** Variable name of a `param`. */
  name?: string;
  /** The words of a `$(…)`. */
  inner?: Word[];
}
export type Word = Part[];

interface Token {
  op?: string;
  word?: Word;
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;

function lexLine(s: string): Token[] {
  const out: Token[] = [];
  let cur: Word | undefined;
  let i = 0;
  const lit = (text: string, quoted: boolean): void => {
    cur ??= [];
    const last = cur[cur.length - 1];
    if (last && last.kind === 'lit' && last.quoted === quoted) last.text += text;
    else cur.push({ kind: 'lit', text, quoted });
  };
  const end = (): void => {
    if (cur) out.push({ word: cur });
    cur = undefined;
  };
  const dollar = (quoted: boolean): void => {
    // at s[i] === '$'
    if (s[i + 1] === '(') {
      let depth = 0;
      let j = i + 1;
      let q = '';
      for (; j < s.length; j++) {
        const c = s[j];
        if (q) {
          if (c === q) q = '';
          else if (c === '\\' && q === '"') j++;
          continue;
        }
        if (c === '"' || c === "'") q = c;
        else if (c === '(') depth++;
        else if (c === ')' && --depth === 0) break;
      }
      const body = s.slice(i + 2, j);
      cur ??= [];
      cur.push({ kind: 'cmdsub', text: s.slice(i, j + 1), quoted, inner: lexLine(body).filter((t) => t.word).map((t) => t.word!) });
      i = j + 1;
      return;
    }
    if (s[i + 1] === '{') {
      const j = s.indexOf('}', i);
      const inside = s.slice(i + 2, j);
      cur ??= [];
      cur.push({ kind: 'param', text: s.slice(i, j + 1), quoted, name: NAME.exec(inside)?.[0] ?? inside });
      i = j + 1;
      return;
    }
    const m = NAME.exec(s.slice(i + 1)) ?? /^[0-9@*#?$!-]/.exec(s.slice(i + 1));
    if (!m) {
      lit('$', quoted);
      i++;
      return;
    }
    cur ??= [];
    cur.push({ kind: 'param', text: '$' + m[0], quoted, name: m[0] });
    i += 1 + m[0].length;
  };
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t') {
      end();
      i++;
    } else if (c === '#' && !cur) {
      break;
    } else if (c === "'") {
      const j = s.indexOf("'", i + 1);
      lit(s.slice(i + 1, j), true);
      if (cur && cur[cur.length - 1].text === '') cur[cur.length - 1].quoted = true;
      i = j + 1;
    } else if (c === '"') {
      i++;
      cur ??= [];
      if (s[i] === '"') cur.push({ kind: 'lit', text: '', quoted: true });
      while (i < s.length && s[i] !== '"') {
        if (s[i] === '\\' && /[$`"\\]/.test(s[i + 1] ?? '')) {
          lit(s[i + 1], true);
          i += 2;
        } else if (s[i] === '$') dollar(true);
        else {
          lit(s[i], true);
          i++;
        }
      }
      i++;
    } else if (c === '$') {
      dollar(false);
    } else if (c === '\\') {
      lit(s[i + 1] ?? '', true);
      i += 2;
    } else {
      const op = /^(?:&&|\|\||;;|[;|&()]|\d*>>|\d*>&\d*|\d*>|<)/.exec(s.slice(i));
      if (op && !(op[0] === '>' && cur)) {
        end();
        out.push({ op: op[0] });
        i += op[0].length;
      } else {
        lit(c, false);
        i++;
      }
    }
  }
  end();
  return out;
}

export const wordText = (w: Word): string => w.map((p) => p.text).join('');
const isLit = (w: Word | undefined, text: string): boolean => !!w && w.length === 1 && w[0].kind === 'lit' && w[0].text === text;

export interface Command {
  line: number;
  words: Word[];
}

/** Simple commands of a script with their 1-based line, redirections dropped. */
export function commands(script: string): Command[] {
  const out: Command[] = [];
  script.split('\n').forEach((text, k) => {
    let words: Word[] = [];
    let skipNext = false;
    for (const t of lexLine(text)) {
      if (t.op !== undefined) {
        if (/[<>]/.test(t.op)) {
          skipNext = !/&\d/.test(t.op);
          continue;
        }
        if (t.op === '(' || t.op === ')') {
          if (words.length) words[words.length - 1] = [...words[words.length - 1], { kind: 'lit', text: t.op, quoted: false }];
          continue;
        }
        if (words.length) out.push({ line: k + 1, words });
        words = [];
        continue;
      }
      if (skipNext) {
        skipNext = false;
        continue;
      }
      words.push(t.word!);
    }
    if (words.length) out.push({ line: k + 1, words });
  });
  return out;
}

export type Effect = 'jvm-args' | 'first-word-only' | 'jvm-command' | 'split-list';

export interface Flow {
  variable: string;
  effect: Effect;
  /** Literal text glued before the value in its final command-line word ('' when the value starts a word). */
  prefix: string;
  /** A non-space character follows the value in its word. */
  gluedAfter: boolean;
  /** Line where `${variable}` is written. */
  line: number;
  /** When the value reaches the command line through another variable: where that one is expanded. */
  via?: { variable: string; line: number };
}

interface Contribution extends Flow {
  /** The value sits at the very start / end of the variable's value (its neighbours come from where it is used). */
  atStart: boolean;
  atEnd: boolean;
}

export interface ScriptFacts {
  flows: Flow[];
  execLine?: number;
  required: { variable: string; message: string; exitCode: number; line: number; messageLine: number }[];
  /** Literal values of assignments (param parts kept as `${NAME}`), last one wins, with their line. */
  assigned: Map<string, { value: string; line: number }>;
  unsupported: string[];
}

const KEYWORDS = new Set(['then', 'do', 'else', '{', '!']);

/** Follows every environment value into the `exec` command line. */
export function analyze(script: string): ScriptFacts {
  const cmds = commands(script);
  const vars = new Map<string, Contribution[]>();
  const assigned = new Map<string, { value: string; line: number }>();
  const functions = new Map<string, { maxPositional: number; all: boolean }>();
  const flows: Flow[] = [];
  const required: ScriptFacts['required'] = [];
  const unsupported: string[] = [];
  let execLine: number | undefined;

  // Function definitions: `function name() {` … `}`; the positional parameters their bodies read.
  const inFunction = new Set<number>();
  for (let k = 0; k < cmds.length; k++) {
    const w = cmds[k].words;
    const def = isLit(w[0], 'function') ? wordText(w[1]).replace(/\(\)$/, '') : /^\w+\(\)$/.test(wordText(w[0])) ? wordText(w[0]).slice(0, -2) : undefined;
    if (def === undefined) continue;
    let depth = w.some((x) => isLit(x, '{')) ? 1 : 0;
    let max = 0;
    let all = false;
    let j = k + 1;
    for (; j < cmds.length && (depth > 0 || j === k + 1); j++) {
      inFunction.add(j);
      for (const x of cmds[j].words) {
        if (isLit(x, '{')) depth++;
        if (isLit(x, '}')) depth--;
        for (const p of x) {
          if (p.kind === 'param' && /^\d+$/.test(p.name!)) max = Math.max(max, Number(p.name));
          if (p.kind === 'param' && (p.name === '@' || p.name === '*')) all = true;
        }
      }
      if (depth === 0) break;
    }
    functions.set(def, { maxPositional: max, all });
    inFunction.add(k);
  }

  /** Contributions of a value (the parts of an assignment's right-hand side). */
  const valueOf = (parts: Part[], line: number, target: string): Contribution[] => {
    const out: Contribution[] = [];
    const flat = parts;
    parts.forEach((p, idx) => {
      const before = flat.slice(0, idx).map((x) => x.text).join('');
      const after = flat.slice(idx + 1).map((x) => x.text).join('');
      const glueBefore = /\S*$/.exec(before)![0];
      const atStart = before === '';
      const atEnd = after === '';
      const gluedAfter = after !== '' && !/^\s/.test(after);
      if (p.kind === 'param') {
        const known = vars.get(p.name!);
        if (known) {
          for (const c of known) {
            out.push({
              ...c,
              ...(c.via === undefined && p.name !== target && p.name !== c.variable ? { via: { variable: p.name!, line } } : {}),
              prefix: c.atStart ? glueBefore + c.prefix : c.prefix,
              gluedAfter: c.atEnd ? gluedAfter : c.gluedAfter,
              atStart: c.atStart && atStart,
              atEnd: c.atEnd && atEnd,
            });
          }
        } else if (!assigned.has(p.name!) && !/^\d+$/.test(p.name!)) {
          out.push({ variable: p.name!, effect: 'jvm-args', prefix: glueBefore, gluedAfter, line, atStart, atEnd });
        }
      } else if (p.kind === 'cmdsub' && p.inner && p.inner.length > 0) {
        const fn = functions.get(wordText(p.inner[0]));
        if (!fn) return; // an external command's output: not an environment value
        p.inner.slice(1).forEach((arg, pos) => {
          for (const q of arg) {
            if (q.kind !== 'param' || q.quoted) continue;
            if (!fn.all && fn.maxPositional === pos + 1) {
              const litBefore = p.inner!.slice(1, pos + 1).map(wordText).join('');
              out.push({ variable: q.name!, effect: 'first-word-only', prefix: glueBefore + litBefore, gluedAfter: false, line, atStart: false, atEnd: false });
            } else unsupported.push(`line ${line}: ${q.text} passed to ${wordText(p.inner![0])}`);
          }
        });
      }
    });
    return out;
  };

  const ifStack: { line: number; variable?: string; body: Command[]; branch: number }[] = [];
  for (let k = 0; k < cmds.length; k++) {
    const cmd = cmds[k];
    let words = cmd.words;
    if (inFunction.has(k) && wordText(words[0]) !== 'for') continue;
    if (wordText(words[0]) === 'else' && ifStack.length) ifStack[ifStack.length - 1].branch++;
    while (words.length && KEYWORDS.has(wordText(words[0])) && words[0].every((p) => p.kind === 'lit' && !p.quoted)) words = words.slice(1);
    if (!words.length) continue;
    const head = wordText(words[0]);
    if (head === 'if' || head === 'elif') {
      // `if [[ -z "${X}" ]]`: the variable whose emptiness the branch tests.
      const t = words.slice(1).map(wordText);
      const z = t[0] === '[[' && t[1] === '-z' && words[3]?.length === 1 && words[3][0].kind === 'param' ? words[3][0].name : undefined;
      if (head === 'if') ifStack.push({ line: cmd.line, variable: z, body: [], branch: 0 });
      else if (ifStack.length) ifStack[ifStack.length - 1].branch++;
      continue;
    }
    if (head === 'fi') {
      const f = ifStack.pop();
      if (f?.variable) {
        const exit = f.body.find((c) => wordText(c.words[0]) === 'exit');
        const echo = f.body.find((c) => wordText(c.words[0]) === 'echo');
        if (exit && Number(wordText(exit.words[1] ?? [])) !== 0) {
          required.push({
            variable: f.variable,
            message: echo ? echo.words.slice(1).map(wordText).join(' ') : '',
            exitCode: Number(wordText(exit.words[1])),
            line: f.line,
            messageLine: echo?.line ?? exit.line,
          });
        }
      }
      continue;
    }
    if (ifStack.length && ifStack[ifStack.length - 1].branch === 0) ifStack[ifStack.length - 1].body.push({ line: cmd.line, words });
    if (head === 'for') {
      const inAt = words.findIndex((w) => isLit(w, 'in'));
      for (const w of words.slice(inAt + 1)) {
        for (const p of w) {
          if (p.kind === 'param' && !p.quoted) flows.push({ variable: p.name!, effect: 'split-list', prefix: '', gluedAfter: false, line: cmd.line });
        }
      }
      continue;
    }
    if (head === 'exec') {
      execLine = cmd.line;
      words.slice(1).forEach((w, pos) => {
        w.forEach((p, idx) => {
          if (p.kind !== 'param' || p.quoted) return;
          const glueBefore = w.slice(0, idx).map((x) => x.text).join('');
          const gluedAfter = idx < w.length - 1;
          const known = vars.get(p.name!);
          if (known) {
            for (const c of known) {
              const f: Flow = {
                variable: c.variable,
                effect: c.effect,
                prefix: c.atStart ? glueBefore + c.prefix : c.prefix,
                gluedAfter: c.atEnd ? gluedAfter : c.gluedAfter,
                line: c.line,
              };
              if (c.via) f.via = c.via;
              flows.push(f);
            }
          } else flows.push({ variable: p.name!, effect: pos === 0 ? 'jvm-command' : 'jvm-args', prefix: glueBefore, gluedAfter, line: cmd.line });
        });
      });
      continue;
    }
    // Assignments: `NAME=value`, `export NAME=value`.
    const aw = head === 'export' || head === 'local' ? words[1] : words[0];
    if (aw && aw[0]?.kind === 'lit' && !aw[0].quoted && /^[A-Za-z_][A-Za-z0-9_]*=/.test(aw[0].text)) {
      const eq = aw[0].text.indexOf('=');
      const name = aw[0].text.slice(0, eq);
      const rest: Part[] = aw[0].text.length > eq + 1 ? [{ ...aw[0], text: aw[0].text.slice(eq + 1) }, ...aw.slice(1)] : aw.slice(1);
      // `export X="$X"` only re-exports what the environment gave: X stays an environment value.
      if (rest.length === 1 && rest[0].kind === 'param' && rest[0].name === name && !vars.has(name)) continue;
      const contributions = valueOf(rest, cmd.line, name);
      // `V="${V} …"` keeps what V had; every other assignment replaces it.
      const merged = new Map<string, Contribution>();
      for (const c of contributions) if (!merged.has(`${c.variable}:${c.line}`)) merged.set(`${c.variable}:${c.line}`, c);
      vars.set(name, [...merged.values()]);
      assigned.set(name, { value: rest.map((p) => p.text).join(''), line: cmd.line });
    }
  }
  // One flow per variable and effect: where its value first enters the command line glued to other text (where a
  // leading space splits it), else where it first enters.
  const unique: Flow[] = [];
  for (const f of flows) {
    const i = unique.findIndex((u) => u.variable === f.variable && u.effect === f.effect);
    if (i < 0) unique.push(f);
    else if (unique[i].prefix === '' && f.prefix !== '') unique[i] = f;
  }
  return { flows: unique, execLine, required, assigned, unsupported };
}
