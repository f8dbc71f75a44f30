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
import type { EffectiveSetting, EnvValue, NacosNode } from '../../server/src/core/model/node';
import type { ClusterContext, Report } from '../../server/src/core/rules/types';
import { clusterMismatch } from '../../server/src/core/rules/util';
import { isPublicIdentity, isPublicSecret } from '../../server/src/core/nacos/knownValues';
import { formatJsonChunks } from '../../server/src/cli/format';
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

function fakeNode(i: number, service: string, place: number): NacosNode {
  return { id: `n${i}`, kind: 'compose-service', path: `/p${place % 3}.yaml`, service, anchor: { start: place, end: place + 1 }, settings: new Map() } as unknown as NacosNode;
}

function settingOf(n: NacosNode): EffectiveSetting {
  return { key: 'k', value: 'x', origin: 'os-env', chain: [], unresolved: [], via: '', written: { path: n.path, span: n.anchor } } as unknown as EffectiveSetting;
}

function plainReport(r: Report) {
  return { args: r.args, path: r.path, span: r.span, related: r.related?.map((x) => ({ path: x.path, span: x.span, args: x.args })) };
}

/**
 * The definition, member by member (quadratic on purpose): the value most members hold is the majority when no other
 * value is held by as many; the members with another value (all of them without a majority) are reported, one finding
 * per value and place, naming the majority's members (or every member that never holds this value) and relating to
 * the first 20 places of the members it is compared with.
 */
function pairwise(nodes: NacosNode[], value: (n: NacosNode) => string, name: string) {
  const values = [...new Set(nodes.map(value))];
  if (values.length < 2) return [];
  const names = (list: string[], total = list.length) => (total > 5 ? `${list.slice(0, 5).join(', ')} (+${total - 5})` : list.join(', '));
  const labelsOf = (v: string) => [...new Set(nodes.filter(n => value(n) === v).map(n => n.service!))];
  const sizes = values.map(v => labelsOf(v).length);
  const top = Math.max(...sizes);
  const majority = sizes.filter(x => x === top).length === 1 ? values[sizes.indexOf(top)] : undefined;
  const out: unknown[] = [];
  for (const v of values) {
    if (v === majority) continue;
    const mine = new Set(labelsOf(v));
    const againstList = majority !== undefined ? nodes.filter(n => value(n) === majority) : nodes.filter(n => value(n) !== v);
    const othersLabels = majority !== undefined ? labelsOf(majority) : [...new Set(nodes.map(n => n.service!))].filter(l => !mine.has(l));
    const seen = new Set<string>();
    const related = againstList.filter(o => {
      const k = `${o.path}\u0000${o.anchor.start}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    }).slice(0, 20).map(o => ({ path: o.path, span: o.anchor, args: { node: o.service } }));
    const against = value(againstList[0]);
    const places = new Map<string, NacosNode[]>();
    for (const n of nodes.filter(x => value(x) === v)) {
      const k = `${n.path}\u0000${n.anchor.start}`;
      places.set(k, [...(places.get(k) ?? []), n]);
    }
    for (const g of places.values()) {
      out.push({
        args: { node: names([...new Set(g.map(x => x.service!))]), others: names(othersLabels.slice(0, 5), othersLabels.length), difference: { en: `${v} vs ${against}`, 'zh-cn': `${v} vs ${against}` }, cluster: name },
        path: g[0].path, span: g[0].anchor, related,
      });
    }
  }
  return out;
}

describe('resource bounds (bounded heap, completion asserted)', () => {
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nal-bounds-'));
    for (const w of RESOURCE_WORKLOADS) for (const [rel, text] of Object.entries(w.files())) write(join(w.name, rel), text);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const w of RESOURCE_WORKLOADS.filter((x) => x.item === 1 || x.item === 5)) {
    test(`item ${w.item}: ${w.what} — completes in a ${HEAP_MB} MB heap`, () => {
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

  test('item 5: clusterMismatch reports what the member-by-member definition says (random clusters, repeated labels and values, majorities and ties)', () => {
    let seed = 5;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n);
    for (let round = 0; round < 300; round++) {
      const n = 2 + rnd(40);
      const nodes = Array.from({ length: n }, (_, i) => fakeNode(i, `svc${rnd(1 + rnd(12))}`, rnd(3) === 0 ? 0 : i));
      const values = new Map(nodes.map((nd) => [nd, `v${rnd(1 + rnd(6))}`]));
      const cluster = { id: 'c', name: 'c', kind: 'compose' as const, nodes };
      const got: Report[] = [];
      const ctx = { cluster, relPath: (p: string) => p, report: (r: Report) => got.push(r), settings: normalizeSettings({}) } as unknown as ClusterContext;
      clusterMismatch(ctx, (nd) => ({ key: values.get(nd)!, setting: settingOf(nd) }), (a, b) => ({ en: `${values.get(a.node)} vs ${values.get(b.node)}`, 'zh-cn': `${values.get(a.node)} vs ${values.get(b.node)}` }));
      assert.deepEqual(got.map(plainReport), pairwise(nodes, (nd) => values.get(nd)!, 'c'), `round ${round}`);
    }
  });

  test('item 5: known values are looked up in a hashed set with the same answers as a scan', () => {
    const extra = Array.from({ length: 100_000 }, (_, i) => `Known-${i.toString(36)}`);
    extra.push('U2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=', 'plain-secret-text-of-32-bytes!!!');
    // 100,000 entries, 20,000 look-ups: a scan per look-up would be 2·10^9 comparisons.
    for (let i = 0; i < 10_000; i++) {
      assert.equal(isPublicIdentity('k', `known-${(i * 7).toString(36)}`, extra)?.source, 'nacosAuthLint.knownValues');
      assert.equal(isPublicIdentity(`KNOWN-${i.toString(36)}`, 'fresh-value', extra)?.match, 'key');
    }
    assert.equal(isPublicIdentity('k', 'unknown-value', extra), undefined);
    assert.deepEqual(isPublicSecret('U2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDE=', undefined, extra), { source: 'nacosAuthLint.knownValues' });
    // The Base64 form of a known plain text, and the decoded bytes of a known Base64 text, are the same key bytes.
    const b64 = Buffer.from('plain-secret-text-of-32-bytes!!!').toString('base64');
    assert.deepEqual(isPublicSecret(b64, Buffer.from('plain-secret-text-of-32-bytes!!!'), extra), { source: 'nacosAuthLint.knownValues' });
    assert.deepEqual(isPublicSecret('SecretKey01234567890123456789012345678901', Buffer.from('SecretKey01234567890123456789012345678901'), extra), { source: 'nacosAuthLint.knownValues' });
    assert.equal(isPublicSecret('another-secret-entirely-0123456789', undefined, extra), undefined);
  });

  test('item 5: the JSON output streamed in pieces is byte for byte JSON.stringify of the document', () => {
    const files = [
      { path: 'a.yaml', findings: [] },
      { path: 'b "q".yaml', findings: [{ ruleId: 'r', severity: 'error' as const, message: 'm\n“x”', line: 1, column: 2, endLine: 1, endColumn: 3, fixable: false, related: [{ path: 'c', line: 1, column: 1, message: 'n' }] }, { ruleId: 's', severity: 'info' as const, message: '', line: 2, column: 1, endLine: 2, endColumn: 1, fixable: true, related: [] }] },
    ];
    const summary = { errors: 1, warnings: 0, infos: 1, files: 2, nodes: 0 };
    const nodes = [{ id: 'n', kind: 'properties', path: 'p', cluster: '', serverVersion: { value: '3', from: 'default' }, settings: { k: { value: 'v', via: 'x' } } }] as unknown as Parameters<typeof formatJsonChunks>[1];
    for (const [f, nd] of [[files, undefined], [files, nodes], [[], undefined], [[], []]] as const) {
      const doc: Record<string, unknown> = { version: 1, files: f };
      if (nd) doc.nodes = nd;
      doc.summary = summary;
      assert.equal([...formatJsonChunks(f as typeof files, nd as typeof nodes, summary)].join(''), `${JSON.stringify(doc, null, 2)}\n`);
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
