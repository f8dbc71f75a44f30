// Work and memory that grow with the input, not with its square (issue 20, items 1, 3 and 5). Each case runs the CLI
// (dist/cli.js) in a child with a bounded heap (`--max-old-space-size=512`) and asserts that it completes with a
// lint status (0 or 1), never the allocator's abort (134) — completion, not time: `npm run bench` reports the
// times (test/bench/resources.mjs). The structural cases check the shape that keeps it linear, in-process.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { analyze, normalizeSettings } from '../../server/src/core';
import type { EnvValue } from '../../server/src/core/model/node';
import { globMatcher, globToRegExp, matchesAny, MAX_GLOB_LENGTH } from '../../server/src/core/util/glob';
import { RESOURCE_WORKLOADS } from '../bench/resources.mjs';

const ROOT = [resolve(__dirname, '../..'), process.cwd()].find((d) => existsSync(join(d, 'esbuild.mjs'))) ?? process.cwd();
const CLI = join(ROOT, 'dist/cli.js');
const HEAP_MB = 512;

let dir = '';

function write(rel: string, data: string): void {
  const p = join(dir, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, data);
}

/** The CLI with a bounded heap; a generous timeout only turns a hang into a failure. */
function cliBounded(args: string[]): { code: number | null; signal: NodeJS.Signals | null; out: string; err: string } {
  assert.ok(existsSync(CLI), 'dist/cli.js is missing: run `node esbuild.mjs` (npm test does)');
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, ...args], { cwd: dir, encoding: 'utf8', timeout: 300_000, maxBuffer: 512 * 1024 * 1024 });
  return { code: r.status, signal: r.signal, out: r.stdout ?? '', err: (r.stderr ?? '').slice(-2000) };
}

function lintCore(files: Record<string, string>, settings: Record<string, unknown> = {}) {
  const s = normalizeSettings(settings);
  return analyze({
    files: Object.entries(files).map(([path, text]) => ({ path, text })),
    readFile: (p) => files[p],
    settingsFor: () => s,
    relPath: (p) => p.replace(/^\/w\//, ''),
    rootFor: () => '/w',
  });
}

/** Every EnvValue reachable from the nodes' environments, through `overridden` too. */
function countHistory(values: Iterable<EnvValue>): number {
  let n = 0;
  const stack = [...values];
  while (stack.length) {
    const v = stack.pop()!;
    n++;
    for (const o of v.overridden) stack.push(o);
  }
  return n;
}

describe('resource bounds (bounded heap, completion asserted)', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nal-bounds-'));
    for (const w of RESOURCE_WORKLOADS) for (const [rel, text] of Object.entries(w.files())) write(join(w.name, rel), text);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const w of RESOURCE_WORKLOADS.filter((x) => x.item === 1)) {
    test(`item 1: ${w.what} — completes in a ${HEAP_MB} MB heap`, () => {
      const r = cliBounded(['--format', 'json', w.name]);
      assert.equal(r.signal, null, `killed by ${r.signal}: ${r.err}`);
      assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.err}`);
      const doc = JSON.parse(r.out) as { summary: unknown };
      assert.ok(doc.summary);
    });
  }

  test('item 3: brace patterns in exclude/include/clusters[].include — completes, and every node is grouped by the setting', () => {
    const r = cliBounded(['--format', 'json', '--explain', 'glob-braces']);
    assert.equal(r.signal, null, `killed by ${r.signal} (the glob never finished): ${r.err}`);
    assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}: ${r.err}`);
    const doc = JSON.parse(r.out) as { nodes?: { cluster?: string }[] };
    // `{n,n,…,n}*/**` (401 alternatives) puts every node folder n0…n199 into the `x` cluster.
    assert.equal(doc.nodes?.length, 200);
    assert.ok(doc.nodes?.every((n) => n.cluster === 'x'), JSON.stringify(doc.nodes?.slice(0, 2)));
  });

  test('item 3: braces compile once into a linear matcher with the RegExp form\'s answers', () => {
    const g = '{a,b}'.repeat(30);
    const m = globMatcher(g);
    assert.equal(m('ab'.repeat(15)), true);
    assert.equal(m('ab'.repeat(15) + 'a'), false);
    assert.equal(m('ab'.repeat(14) + 'ac'), false);
    assert.equal(globMatcher(g), m, 'compiled once');
    assert.equal(matchesAny('deep/x/' + 'ba'.repeat(15), [g]), true, 'a glob without / matches a file name at any depth');
    assert.equal(matchesAny('x.yaml', ['y'.repeat(MAX_GLOB_LENGTH + 1), '*.yml']), false, 'an overlong pattern matches nothing');
    // Same answers as the RegExp form on brace-heavy random globs (the hostile test covers the other tokens).
    const G = ['a', 'b', '/', '*', '**', '**/', '?', '{a,b}', '{,a}', '{a*,b}', '{a,b,}', '{*/a,b}', 'c', '{', '}', ','];
    const P = ['a', 'b', '/', 'c', ','];
    let seed = 11;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let i = 0; i < 20_000; i++) {
      let pat = '';
      for (let k = rnd(8); k > 0; k--) pat += G[rnd(G.length)];
      let path = '';
      for (let k = rnd(10); k > 0; k--) path += P[rnd(P.length)];
      let re: RegExp | undefined;
      try { re = globToRegExp(pat); } catch { re = undefined; }
      if (re) assert.equal(globMatcher(pat)(path), re.test(path), `${JSON.stringify(pat)} on ${JSON.stringify(path)}`);
    }
  });

  test('item 1: a repeated variable keeps one flat history (the winner lists every loser once; losers list none)', () => {
    const n = 2000;
    const r = lintCore({
      '/w/compose.yaml': 'services:\n  nacos:\n    image: nacos/nacos-server:v2.4.3\n    env_file: a.env\n    environment:\n' + '      - NACOS_AUTH_TOKEN=x\n'.repeat(3),
      '/w/a.env': Array.from({ length: n }, (_, i) => `NACOS_AUTH_TOKEN=v${i}\n`).join(''),
    });
    const node = r.nodes.find((x) => x.service === 'nacos')!;
    const token = node.env!.get('NACOS_AUTH_TOKEN')!;
    // 3 list items (the last wins) over 2,000 env-file lines: 2,002 losers, highest first.
    assert.equal(token.overridden.length, n + 2);
    assert.deepEqual(token.overridden.slice(0, 3).map((o) => [o.via, o.value]), [['environment', 'x'], ['environment', 'x'], ['env_file', `v${n - 1}`]]);
    assert.equal(token.overridden[token.overridden.length - 1].value, 'v0');
    assert.ok(token.overridden.every((o) => o.overridden.length === 0));
    assert.equal(countHistory(node.env!.values()), n + 3);
  });
});
