// Bad input for the shell source: huge files, unterminated quotes, heredocs, deep nesting, files that are not shell.
// Each gives a clear problem or nothing, never an exception or a hang; nothing is ever executed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readShellFile } from '../../server/src/core/sources/shell/index';
import { parseShell } from '../../server/src/core/syntax/shell/parser';
// @ts-expect-error — the benchmark's generators are plain JavaScript
import { rng } from '../bench/generate.mjs';

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t = process.hrtime.bigint();
  const value = fn();
  return { value, ms: Number(process.hrtime.bigint() - t) / 1e6 };
}

/** A 1 MB deployment script: runs, variables, quotes, loops, heredocs. */
function bigScript(): { text: string; runs: number } {
  const parts = ['#!/bin/bash\nset -e\nNACOS_SERVERS="10.0.0.1:8848 10.0.0.2:8848"\n'];
  let size = parts[0]!.length;
  let runs = 0;
  for (let i = 0; size < 1_000_000; i++) {
    const block = `IMG${i}=nacos/nacos-server:v2.4.\${PATCH:-3}\ndocker run -d --name nacos${i} \\\n  -e MODE=cluster -e "NACOS_SERVERS=$NACOS_SERVERS" -e 'NACOS_AUTH_IDENTITY_KEY=k${i}' \\\n  -e NACOS_AUTH_TOKEN=$'abc\\x41' -v "$(pwd)/conf/application.properties:/home/nacos/conf/application.properties" \\\n  "$IMG${i}" --spring.x=1 # comment ${i}\nif [ -n "$X" ]; then echo "hi $((i+1))"; fi\ncat <<EOF2\ndocker run fake nacos\nEOF2\n`;
    parts.push(block);
    size += block.length;
    runs++;
  }
  return { text: parts.join(''), runs };
}

test('a 1 MB script is read in bounded time', () => {
  const { text, runs } = bigScript();
  const { value, ms } = timed(() => readShellFile({ path: '/r/big.sh', text }));
  assert.equal(value?.invocations.length, runs);
  assert.equal(value?.problems.length, 0);
  assert.ok(ms < 15_000, `1 MB read in ${ms.toFixed(0)} ms`);
  console.log(`1 MB script (${runs} docker runs): ${ms.toFixed(0)} ms`);
});

test('a 1 MB Markdown file with a thousand shell blocks is read in bounded time', () => {
  const block = '\nSome prose about nacos.\n\n```bash\ndocker run -e NACOS_AUTH_TOKEN="$T" nacos/nacos-server:v2.4.3\nT=x\n```\n';
  const text = block.repeat(Math.ceil(1_000_000 / block.length));
  const { value, ms } = timed(() => readShellFile({ path: '/r/README.md', text }));
  assert.ok(value && value.invocations.length > 1000);
  assert.ok(ms < 15_000, `1 MB Markdown read in ${ms.toFixed(0)} ms`);
});

test('unterminated quotes and expansions: one problem each, the command is not reported', () => {
  const cases = [
    'docker run -e "K=v nacos/nacos-server',
    "docker run -e 'K=v nacos/nacos-server",
    "docker run -e $'K=v nacos/nacos-server",
    'docker run -e K=`date nacos/nacos-server',
    'docker run -e K=$(date nacos/nacos-server',
    'docker run -e K=${X:-v nacos/nacos-server',
    'docker run -e K=$((1 + nacos/nacos-server',
    'if true; then docker run nacos/nacos-server',
    'case x in a) docker run nacos/nacos-server',
  ];
  for (const c of cases) {
    const r = readShellFile({ path: '/r/a.sh', text: `echo ok\n${c}\n` })!;
    assert.equal(r.invocations.length, 0, c);
    assert.ok(r.problems.length >= 1, `a problem for ${c}`);
    for (const p of r.problems) assert.ok(p.span.start >= 0 && p.span.end <= c.length + 9 && p.span.start <= p.span.end, c);
  }
});

test('docker run inside heredocs is text, not a command', () => {
  const text = 'cat > run.sh <<EOF\ndocker run -e A=1 nacos/nacos-server\nEOF\ncat <<-"X"\n\tdocker run nacos\n\tX\nssh host <<<"docker run nacos"\n';
  assert.equal(readShellFile({ path: '/r/a.sh', text })!.invocations.length, 0);
  // An unterminated heredoc takes the rest of the file, as in bash (with a problem).
  const r = readShellFile({ path: '/r/b.sh', text: 'cat <<EOF\ndocker run nacos/nacos-server\n' })!;
  assert.equal(r.invocations.length, 0);
});

test('deep nesting is bounded, not a stack overflow', () => {
  for (const text of [
    '# nacos\n' + '$('.repeat(50_000),
    '# nacos\n' + '${a:-'.repeat(50_000),
    '# nacos\n' + '('.repeat(50_000),
    '# nacos\n' + 'f() '.repeat(50_000),
    '# nacos\n' + 'if x; then '.repeat(20_000),
    '# nacos\n' + '"$('.repeat(30_000),
  ]) {
    const { value, ms } = timed(() => readShellFile({ path: '/r/deep.sh', text }));
    assert.ok(value, 'read');
    assert.ok(value.problems.length >= 0);
    assert.ok(ms < 10_000, `${text.slice(8, 20)}… in ${ms.toFixed(0)} ms`);
  }
});

test('files that are not shell give nothing or problems, never an exception', () => {
  const notShell = [
    'import os\nprint("nacos")\nif x:\n    docker_run = "nacos"\n',
    '{"nacos": [1, 2, {"docker run": "x"}]}',
    '\u0000\u0001\u0002nacos\uFFFD\uD800 docker run \u0000',
    '<?xml version="1.0"?><nacos><docker run="x"/></nacos>',
    'nacos:\n  - docker run: [a, b]\n  - ${{ x }}\n',
  ];
  for (const text of notShell) {
    for (const path of ['/r/x.sh', '/r/README.md', '/r/Makefile', '/r/.github/workflows/x.yml', '/r/.gitlab-ci.yml']) {
      const r = readShellFile({ path, text: path.endsWith('.md') ? '```bash\n' + text + '\n```\n' : text });
      if (r) for (const i of r.invocations) assert.ok(i.span.start <= i.span.end);
    }
  }
});

test('seeded fuzz: random shell-like text never throws and stays fast', () => {
  const r = rng(4242);
  const alphabet = ['docker', ' run', ' -e', ' K=', 'nacos', '"', "'", '$', '{', '}', '(', ')', '`', '\\', '\n', ' ', '#', ';', '&', '|', '<', '<<', 'EOF', '$(', '${', ':-', '[[', ']]', 'if', 'then', 'fi', 'case', 'in', 'esac', ';;', 'do', 'done', 'for', '=', 'x', '\t', '$\'', '\\n', '!', '*', '~'];
  let total = 0;
  for (let n = 0; n < 1500; n++) {
    let text = '# nacos\n';
    const len = 1 + r.int(120);
    for (let i = 0; i < len; i++) text += alphabet[r.int(alphabet.length)];
    const { ms } = timed(() => {
      parseShell(text);
      readShellFile({ path: '/r/f.sh', text });
      readShellFile({ path: '/r/f.md', text: '```sh\n' + text + '\n```' });
      readShellFile({ path: '/r/Makefile', text: 'x:\n\t' + text.replace(/\n/g, '\n\t') });
    });
    total += ms;
  }
  assert.ok(total < 30_000, `fuzz took ${total.toFixed(0)} ms`);
});
