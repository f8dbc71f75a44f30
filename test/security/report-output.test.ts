// What the reports and fingerprints give away (issue 20, items 14 and 16): Markdown in a workspace's names, paths,
// values and messages is shown as text, never rendered (a link, an image, HTML, a new table row or heading); a
// fingerprint is keyed per run, so two runs print different ones for one value and a dictionary cannot reverse it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyze, escapeMarkdown, explainNodes, normalizeSettings, relativeLink, renderConsistencyReport, renderEffectiveReport } from '../../server/src/core';
import { fingerprint } from '../../server/src/core/util/mask';

const ROOT = [resolve(__dirname, '../..'), process.cwd()].find((d) => existsSync(join(d, 'esbuild.mjs'))) ?? process.cwd();
const CLI = join(ROOT, 'dist/cli.js');

/** Markdown that would do something if rendered. */
const INJECT = 'x](https://evil.example/a) ![i](https://evil.example/i.png) <img src=x onerror=alert(1)> | cell\n# heading `code` *em*';

/** No Markdown construct from `INJECT` survives: every active character is escaped, no line break remains. */
function inert(markdown: string): void {
  for (const line of markdown.split('\n')) {
    assert.doesNotMatch(line, /(?<!\\)\]\(https:\/\/evil/, line);
    assert.doesNotMatch(line, /(?<!\\)<img/, line);
    assert.doesNotMatch(line, /^# heading/, line);
    assert.doesNotMatch(line, /(?<!\\)`code(?<!\\)`/, line);
  }
}

test('item 16: escapeMarkdown makes every construct text, and keeps the text readable', () => {
  const e = escapeMarkdown(INJECT);
  assert.ok(!e.includes('\n'));
  inert(e);
  assert.equal(e.replace(/\\(.)/g, '$1'), INJECT.replace('\n', ' '), 'removing the escapes gives the text back');
  assert.equal(escapeMarkdown('a\u001b]0;title\u0007b'), 'a\ufffd\\]0;title\ufffdb');
});

test('item 16: the two reports show a hostile service name, path, value and message as text', () => {
  const dir = `/w/${INJECT.replace(/\n/g, '_').replace(/\//g, '-')}`;
  const compose = 'services:\n  "nacos](https://evil.example/a) <img src=x> | # x":\n    image: nacos/nacos-server:v2.5.1\n    environment:\n' +
    '      NACOS_AUTH_ENABLE: "true"\n      NACOS_AUTH_SYSTEM_TYPE: "nacos](https://evil.example/b) <img src=y>"\n';
  const path = `${dir}/compose.yaml`;
  const settings = normalizeSettings({});
  const rel = (p: string) => p.slice(3);
  const result = analyze({ files: [{ path, text: compose }], readFile: () => undefined, settingsFor: () => settings, relPath: rel, rootFor: () => '/w' });
  const nodes = explainNodes(result, rel, () => compose);
  assert.equal(nodes.length, 1);
  const findings = [...result.findings].flatMap(([p, list]) => list.map(f => ({ path: rel(p), absPath: p, line: 0, ruleId: f.ruleId, severity: f.severity, message: `${f.message} ${INJECT}` })));
  assert.ok(findings.length > 0);
  const consistency = renderConsistencyReport({
    counts: { nodes: 1, clusters: result.clusters.length, errors: 0, warnings: 0 }, nodes, clusters: result.clusters, findings, locale: 'en', rel: (p: string) => p,
    link: f => relativeLink('/tmp/reports', f.absPath, f.path, f.line),
  });
  inert(consistency);
  inert(renderEffectiveReport(nodes, 'en'));
  assert.match(consistency, /nacos\\\]\(https:\/\/evil\.example\/a\) \\<img src=x\\> \\\| \\# x/, 'the name is shown, escaped');
});

test('item 14: a fingerprint is keyed per run (not an unkeyed hash, stable within one), and none reaches the CLI output', () => {
  const value = 'Autumn2023#';
  let h = 0x811c9dc5;
  for (const b of Buffer.from(value)) h = Math.imul(h ^ b, 0x01000193) >>> 0;
  assert.notEqual(fingerprint(value), h.toString(16).padStart(8, '0'), 'not FNV-1a (recovered by dictionary in 11 ms)');
  assert.equal(fingerprint(value), fingerprint(Buffer.from(value)), 'stable within a run');
  assert.match(fingerprint(value), /^[0-9a-f]{8}$/);
  const dir = mkdtempSync(join(tmpdir(), 'nal-fp-'));
  try {
    for (const [n, v] of [['node1', 'Autumn2023#'], ['node2', 'Winter2024#']]) {
      mkdirSync(join(dir, n, 'conf'), { recursive: true });
      writeFileSync(join(dir, n, 'conf/application.properties'), `nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=${v}\n`);
    }
    writeFileSync(join(dir, 'node1/conf/cluster.conf'), '10.0.0.1:8848\n10.0.0.2:8848\n');
    writeFileSync(join(dir, 'node2/conf/cluster.conf'), '10.0.0.1:8848\n10.0.0.2:8848\n');
    // Messages say what differs instead (issue 19 #3): no fingerprint reaches the CLI's output at all, in any format.
    for (const format of ['stylish', 'json', 'sarif', 'github', 'junit']) {
      const r = spawnSync(process.execPath, [CLI, '--format', format, '--explain', '.'], { cwd: dir, encoding: 'utf8' });
      assert.equal(r.status, 1, `${format}: ${r.stderr}`);
      assert.doesNotMatch(r.stdout, /fingerprint [0-9a-f]{8}|fingerprint undecodable|指纹/i, format);
      if (format === 'json') assert.match(r.stdout, /differs/, 'the mismatch is reported (held by the weak-value finding)');
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
