// The shell reader's spans and structure on hand-written cases (the generated ones are in shell-oracle.test.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseShell } from '../../server/src/core/syntax/shell/parser';
import { expandArg, walkScript, type CommandVisit } from '../../server/src/core/syntax/shell/expand';
import type { LitPart, SimpleCommand } from '../../server/src/core/syntax/shell/ast';

function commands(text: string): CommandVisit[] {
  const out: CommandVisit[] = [];
  walkScript(parseShell(text), text, (v) => out.push(v));
  return out;
}

/** The argv of every command, expanded with the variables in force where it runs. */
function argv(text: string): (string | undefined)[][] {
  const out: (string | undefined)[][] = [];
  walkScript(parseShell(text), text, (v) => {
    if (v.cmd.words.length) out.push(v.cmd.words.flatMap((w) => expandArg(w, v.env)).map((f) => f.value));
  });
  return out;
}

const slice = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);

test('every word and quote part keeps its exact span', () => {
  const text = `docker run -e "K=a b" -e 'L=c'$'\\n' x\\ y`;
  const cmd = parseShell(text).nodes[0] as SimpleCommand;
  assert.deepEqual(cmd.words.map((w) => slice(text, w.span)), ['docker', 'run', '-e', '"K=a b"', '-e', `'L=c'$'\\n'`, 'x\\ y']);
  const parts = cmd.words[5]!.parts as LitPart[];
  assert.deepEqual(parts.map((p) => [p.quoting, slice(text, p.span), p.value]), [['single', "'L=c'", 'L=c'], ['ansi-c', "$'\\n'", '\n']]);
  // The \n escape: one value character from two written ones.
  assert.deepEqual([parts[1]!.from[0], parts[1]!.to[0]], [text.indexOf('\\n'), text.indexOf('\\n') + 2]);
  const dq = cmd.words[3]!.parts[0] as LitPart;
  assert.equal(dq.quoting, 'double');
  assert.equal(slice(text, { start: dq.from[0]!, end: dq.to[dq.to.length - 1]! }), 'K=a b');
});

test('line continuations join words and are not part of values', () => {
  const text = 'docker run \\\n  -e K=ab\\\ncd \\\n  img';
  assert.deepEqual(argv(text), [['docker', 'run', '-e', 'K=abcd', 'img']]);
  const s = parseShell(text);
  const f = expandArg((s.nodes[0] as SimpleCommand).words[3]!, commands(text)[0]!.env)[0]!;
  // The value characters after the continuation point at the next line.
  assert.equal(f.value![4], 'c');
  assert.equal(text[f.from![4]!], 'c');
});

test('a comment ends the command; a backslash at the end of a comment does not continue it', () => {
  assert.deepEqual(argv('echo a # comment \\\necho b'), [['echo', 'a'], ['echo', 'b']]);
  assert.deepEqual(argv('echo a#b'), [['echo', 'a#b']]);
});

test('heredoc bodies are skipped, whatever they contain', () => {
  const text = [
    'cat <<EOF >/dev/null', 'docker run -e X=1 nacos/nacos-server', 'EOF',
    'cat <<-\'END\'', '\tdocker run nacos', '\tEND',
    'cat <<"A" <<B', 'a', 'A', 'b', 'B',
    'echo after',
  ].join('\n');
  assert.deepEqual(argv(text).map((a) => a[0]), ['cat', 'cat', 'cat', 'echo']);
});

test('assignments, exports and expansion forms', () => {
  const text = [
    'A=x', 'B="$A y"', 'export C=${U:-d}', 'readonly D=${A:+alt}', 'E=${A-no}${U-dflt}', ': "${F:=set}"',
    'echo "$B" $C $D $E $F ${A}', 'unset A', 'echo "${A:-gone}"',
  ].join('\n');
  const lines = argv(text).filter((l) => l[0] === 'echo');
  // $F: the caller's F if it has one, else `set`.
  assert.deepEqual(lines[0], ['echo', 'x y', undefined, 'alt', undefined, undefined, 'x']);
  assert.deepEqual(lines[1], ['echo', 'gone']);
});

test('unknown values say why', () => {
  const text = 'A=$(hostname)\necho "$A" "$HOME" "$1" "$((1+2))" ~/x "$(date)"';
  let v = commands(text).at(-1)!;
  walkScript(parseShell(text), text, (x) => { v = x; });
  const reasons = v.cmd.words.slice(1).flatMap((w) => expandArg(w, v.env)).map((f) => f.reason ?? '');
  assert.match(reasons[0]!, /command substitution/);
  assert.match(reasons[1]!, /caller's environment/);
  assert.match(reasons[2]!, /script argument \$1/);
  assert.match(reasons[3]!, /arithmetic/);
  assert.match(reasons[4]!, /home directory/);
  assert.match(reasons[5]!, /command substitution/);
});

test('conditional assignments are unknown after the branch, known inside it', () => {
  const text = 'A=1\nif [ -n "$X" ]; then\n  A=2\n  echo "$A"\nfi\necho "$A"\nB=1; true && B=2; echo "$B"';
  const lines = argv(text).filter((l) => l[0] === 'echo');
  assert.deepEqual(lines.map((l) => l[1]), ['2', undefined, undefined]);
});

test('subshells, pipelines and $(…) do not leak assignments; docker runs inside $(…) are read', () => {
  const text = 'A=1\n(A=2)\necho "$A" | A=3 cat\nCID=$(docker run -d nacos/nacos-server)\necho "$A"';
  const cmds = commands(text).map((v) => slice(text, v.cmd.span));
  assert.ok(cmds.includes('docker run -d nacos/nacos-server'));
  assert.deepEqual(argv(text).at(-1), ['echo', '1']);
});

test('functions are read where they are defined; their arguments are unknown', () => {
  const text = 'IMG=nacos/nacos-server:v2.4.3\nstart() {\n  docker run --name "$1" "$IMG"\n}\nstart n1';
  const run = argv(text).find((a) => a[0] === 'docker')!;
  assert.deepEqual(run, ['docker', 'run', '--name', undefined, 'nacos/nacos-server:v2.4.3']);
});

test('case, while, for and [[ ]] are structure, not commands', () => {
  const text = 'case "$1" in\n  a|b) docker run x ;;\n  *) echo other ;;\nesac\nwhile false; do :; done\nfor i in 1; do echo $i; done\n[[ $a < $b && -n "$c" ]] && echo ok';
  const names = argv(text).map((a) => a[0]);
  assert.deepEqual(names, ['docker', 'echo', 'false', ':', 'echo', 'echo']);
  assert.deepEqual(argv(text)[4], ['echo', '1']);
});

test('arrays: "${A[@]}" gives one argument per element', () => {
  const text = 'OPTS=(-e "K=a b" --rm)\nOPTS+=(-d)\ndocker run "${OPTS[@]}" img "${OPTS[1]}"';
  assert.deepEqual(argv(text)[0], ['docker', 'run', '-e', 'K=a b', '--rm', '-d', 'img', 'K=a b']);
});

test('syntax problems are reported and bash would not run the broken command', () => {
  const s = parseShell('echo ok\ndocker run -e "K=unterminated nacos');
  assert.equal(s.problems.length, 1);
  assert.match(s.problems[0]!.message, /unterminated double quote/);
  const ran: string[] = [];
  walkScript(s, '', (v) => ran.push(String(v.cmd.words.length)));
  assert.equal(ran.length, 1);
  assert.match(parseShell('if true; then echo').problems[0]!.message, /`fi` expected/);
  assert.match(parseShell('echo )').problems[0]!.message, /unexpected token/);
});
