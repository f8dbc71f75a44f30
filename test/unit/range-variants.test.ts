// A node whose version is a range: the engine runs a node rule once per group of releases the rule cannot tell apart
// (engine/variants.ts, nacos/versions.ts `watchRelease`). These tests count the runs, and check that every release
// gets exactly what its own run gives — for made-up rules and for every rule of the registry over examples/, the
// shared corpus and the real-world set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../server/src/core/engine/analyze';
import { perRelease, variantMemo, variantsOf, type Variants } from '../../server/src/core/engine/variants';
import { atVersion } from '../../server/src/core/model/effective';
import type { NacosNode } from '../../server/src/core/model/node';
import type { AnalysisResult } from '../../server/src/core/model/analysis';
import { RULES } from '../../server/src/core/rules';
import { authState } from '../../server/src/core/model/authState';
import type { Report } from '../../server/src/core/rules/types';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import { answersAlike, candidateVersions, inRange, versionAtLeast, watchRelease, watchedRelease } from '../../server/src/core/nacos/versions';
import { corpusDir } from '../corpus';

const ROOT = existsSync(resolve(__dirname, '../../package.json')) ? resolve(__dirname, '../..') : process.cwd();

// Keys 2.1.0–2.5.x read (the benchmark's bare-metal nodes have these): the version is guessed as a range.
const RANGED = [
  'nacos.core.auth.enabled=true',
  'nacos.core.auth.system.type=nacos',
  'nacos.core.auth.server.identity.key=X-Nacos-Peer',
  'nacos.core.auth.server.identity.value=4f1c9a7e2b5d8c3f6a0e9b1d7c4f2a8e',
  'nacos.core.auth.plugin.nacos.token.secret.key=VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg5MDEyMzQ1Njc4OQ==',
  'nacos.core.auth.plugin.nacos.token.expire.seconds=18000',
  'nacos.core.auth.enable.userAgentAuthWhite=false',
].join('\n');

function analyseTexts(files: Record<string, string>): AnalysisResult {
  return analyze({ files: Object.entries(files).map(([path, text]) => ({ path, text })), readFile: p => files[p] });
}

function rangedNode(text = RANGED): { node: NacosNode; variants: Variants } {
  const r = analyseTexts({ '/w/conf/application.properties': text });
  const node = r.nodes[0];
  const variants = variantsOf(node, variantMemo());
  assert.ok(variants, `no range: ${node.version.from} ${node.version.version.text}`);
  return { node, variants };
}

/** The node at `releases[i]` built as the engine did before grouping: its own release, never a stand-in. */
function plainVariant(node: NacosNode, variants: Variants, i: number): NacosNode {
  if (i === variants.self) return node;
  const v = variants.releases[i];
  return node.atVersion ? node.atVersion(v) : atVersion(node, v);
}

/** The defaults a variant holds (what differs between the `atVersion` copies besides the release). */
const defaults = (n: NacosNode) => JSON.stringify([...n.settings].filter(([, s]) => s.origin === 'jar-default' || s.origin === 'code-default').map(([k, s]) => [k, s.value, s.origin, !!s.unknown]));

test('a rule that asks nothing about the release runs once per set of defaults in the range', () => {
  const { node, variants } = rangedNode();
  assert.ok(variants.count > 10, `${variants.count} releases`);
  const distinct = new Set(variants.releases.map((_, i) => defaults(plainVariant(node, variants, i))));
  assert.ok(distinct.size <= 3, `${distinct.size} sets of defaults`);
  let runs = 0;
  const per = perRelease(variants, () => { runs++; return ['same']; });
  assert.equal(runs, distinct.size);
  assert.equal(per.length, variants.count);
  for (const p of per) assert.deepEqual(p, ['same']);
});

test('a rule runs once per group of releases that answer its questions alike, and each gets its own answer', () => {
  const { node, variants } = rangedNode();
  let runs = 0;
  const rule = (n: NacosNode): string[] => {
    const v = n.version.version;
    runs++;
    return [versionAtLeast(v, '2.3.0') ? 'new' : 'old', inRange(v, '2.2.1', '2.2.4') ? 'bad-decoder' : 'ok'];
  };
  const per = perRelease(variants, rule);
  // At most three groups per set of defaults: < 2.2.1, 2.2.1–2.2.4, ≥ 2.3.0 (the range starts at 2.1.0).
  const sets = new Set(variants.releases.map((_, i) => defaults(plainVariant(node, variants, i)))).size;
  assert.ok(runs >= 3 && runs <= 3 * sets, `${runs} runs, ${sets} sets of defaults`);
  variants.releases.forEach((v, i) => assert.deepEqual(per[i], rule(plainVariant(node, variants, i)), v.text));
});

test('a rule that reads the release directly (a table keyed by it, its text) runs on every release', () => {
  const { variants } = rangedNode();
  let runs = 0;
  const per = perRelease(variants, n => { runs++; return [n.version.version.text]; });
  assert.equal(runs, variants.count);
  assert.deepEqual(per.map(p => p[0]), variants.releases.map(v => v.text));
});

test('releases whose defaults differ are never grouped, whatever the rule asks', () => {
  // No auth lines at all: the keys say nothing, the defaults (jar lines, code defaults) differ across the range.
  const r = analyseTexts({ '/w/conf/application.properties': 'nacos.core.auth.plugin.nacos.token.expire.seconds=18000\nnacos.core.auth.enable.userAgentAuthWhite=false\n' });
  const node = r.nodes[0];
  const variants = variantsOf(node, variantMemo());
  if (!variants) return assert.fail(`no range: ${node.version.version.text}`);
  const distinct = new Set(variants.releases.map((_, i) => defaults(plainVariant(node, variants, i))));
  assert.ok(distinct.size > 1, 'the defaults should differ somewhere in the range');
  let runs = 0;
  const per = perRelease(variants, n => { runs++; return [defaults(n)]; });
  assert.equal(runs, distinct.size);
  variants.releases.forEach((v, i) => assert.deepEqual(per[i], [defaults(plainVariant(node, variants, i))], v.text));
});

test('watching a release: the questions asked and whether another release answers them alike', () => {
  const [a, b, c] = candidateVersions({ version: { major: 2, minor: 2, patch: 0, hotfix: 0, text: '2.2.0' }, range: { from: { major: 2, minor: 2, patch: 0, hotfix: 0, text: '2.2.0' }, to: { major: 2, minor: 2, patch: 2, hotfix: 0, text: '2.2.2' } }, from: 'content', detail: '' });
  assert.deepEqual([a, b, c].map(v => v.text), ['2.2.0', '2.2.0.1', '2.2.1']);
  const stand = watchedRelease(a);
  assert.equal(stand.text, '2.2.0');
  const trace = watchRelease(stand, () => { assert.equal(versionAtLeast(stand, '2.2.1'), false); });
  assert.equal(answersAlike(trace, b), true);
  assert.equal(answersAlike(trace, c), false);
  const read = watchRelease(stand, () => { void stand.hotfix; });
  assert.equal(answersAlike(read, b), false, '2.2.0.1 has another hotfix number');
  assert.equal(answersAlike(read, a), true);
  assert.throws(() => watchRelease(a, () => undefined), /not a watched release/);
});

test('authState computes a field when it is read: reading the switches asks nothing about the identity or secret eras', () => {
  const { node, variants } = rangedNode();
  const i = variants.groups[0][0];
  const stand = variants.standIns[i];
  const at = { ...node, version: { ...node.version, version: stand } };
  const few = watchRelease(stand, () => { void authState(at).enabled; });
  const all = watchRelease(stand, () => { void authState(at).identityRequired; void authState(at).secretRequired; });
  assert.ok(few.compared.length + few.bounds.length < all.compared.length + all.bounds.length,
    `enabled: ${few.compared.length + few.bounds.length} questions, the requirements: ${all.compared.length + all.bounds.length}`);
  // Every field the same whatever was read before it (each read memoised within the object, never across objects).
  for (let k = 0; k < variants.count; k++) {
    const n = plainVariant(node, variants, k);
    const fields = ['enabled', 'adminEnabled', 'consoleEnabled', 'identityRequired', 'identityReason', 'secretRequired', 'secretReason', 'anyAuth', 'identityLive', 'identityChecked', 'secretLive'] as const;
    const forward = authState(n);
    const backward = authState(n);
    const a = fields.map(f => forward[f]);
    const b = [...fields].reverse().map(f => backward[f]).reverse();
    assert.deepEqual(a, b, variants.releases[k].text);
    assert.deepEqual(forward.identity, backward.identity);
    assert.deepEqual(forward.secret, backward.secret);
  }
});

/** Every file under `dir` (no dot folders, no node_modules), with its text. */
function filesUnder(dir: string, out: Record<string, string> = {}): Record<string, string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') && e.name !== '.env' || e.name === 'node_modules') continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) filesUnder(p, out);
    else if (e.isFile() && statSync(p).size < 1 << 20) out[p] = readFileSync(p, 'utf8');
  }
  return out;
}

/** What a release contributes to the verdict (engine `commonReports`): which message at which place, how severe. */
const shape = (rs: readonly Report[], sev: string) => rs.map(r => `${r.messageId}@${r.path}:${r.span.start}-${r.span.end}:${r.severity ?? sev}`);

test('every rule: each release of every ranged node gets the reports of its own run (examples, corpus, real-world set)', t => {
  const roots = [join(ROOT, 'examples'), join(ROOT, 'test/fixtures/realworld')];
  const corpus = corpusDir();
  if (corpus) {
    for (const d of readdirSync(corpus, { withFileTypes: true })) if (d.isDirectory()) roots.push(join(corpus, d.name));
  } else t.diagnostic('corpus not found: examples/ and the real-world set only');
  let ranged = 0;
  let pairs = 0;
  let runs = 0;
  let plain = 0;
  for (const root of roots) {
    if (!existsSync(root)) continue;
    const files = filesUnder(root);
    const r = analyseTexts(files);
    const clusterOf = new Map(r.clusters.flatMap(c => c.nodes.map(n => [n, c] as const)));
    const fixEnv = { file: (p: string) => r.parsed.get(p), read: (p: string) => files[p], clusters: r.clusters, clusterOf: (n: NacosNode) => clusterOf.get(n) };
    for (const node of r.nodes) {
      const variants = variantsOf(node, variantMemo());
      if (!variants) continue;
      ranged++;
      // The copies are what `atVersion` gives, the release aside (a stand-in).
      const settingsOf = (n: NacosNode) => [...n.settings].map(([k, s]) => [k, s.value, s.origin, !!s.unknown, s.via, s.written?.span]);
      for (let i = 0; i < variants.count; i++) {
        assert.deepEqual(settingsOf(variants.at(i)), settingsOf(plainVariant(node, variants, i)), `${node.id} at ${variants.releases[i].text}`);
        assert.equal(variants.at(i).version.version.text, variants.releases[i].text);
      }
      const cluster = clusterOf.get(node)!;
      for (const rule of RULES) {
        if (!rule.checkNode || rule.rangeAware) continue;
        const run = (n: NacosNode) => {
          const out: Report[] = [];
          rule.checkNode!({ node: n, cluster, settings: DEFAULT_SETTINGS, file: p => r.parsed.get(p), fixEnv, report: x => { out.push(x); } });
          return out;
        };
        let count = 0;
        const grouped = perRelease(variants, n => { count++; return run(n); });
        runs += count;
        plain += variants.count;
        pairs++;
        variants.releases.forEach((v, i) => {
          const own = run(plainVariant(node, variants, i));
          assert.deepEqual(shape(grouped[i], rule.defaultSeverity), shape(own, rule.defaultSeverity), `${rule.id} on ${node.id} at ${v.text}`);
          // The node's own reports are emitted as they are: their arguments too.
          if (i === variants.self) assert.deepEqual(grouped[i].map(x => JSON.stringify(x.args ?? {})), own.map(x => JSON.stringify(x.args ?? {})), `${rule.id} on ${node.id}: arguments`);
        });
      }
    }
  }
  t.diagnostic(`${ranged} ranged nodes, ${pairs} rule × node pairs: ${runs} runs instead of ${plain}`);
  assert.ok(ranged >= 5, `only ${ranged} nodes with a range`);
  assert.ok(runs < plain, 'grouping saved nothing');
});
