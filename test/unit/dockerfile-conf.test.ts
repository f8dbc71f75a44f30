// A conf that a Dockerfile copies into a Nacos home is the conf of the image that Dockerfile builds, not a bare-metal
// node of its own. When the image chain does not end in a known nacos/nacos-server tag, the image is a Nacos image of
// unknown version (every release, never narrowed by the conf's keys), its entrypoint is not the official one, and what
// the Dockerfile does not write is unknown. Fixtures: test/fixtures/dockerfile-conf/ (see its README).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze, hoverAt, normalizeSettings, type AnalysisResult } from '../../server/src/core';
import { setting, type NacosNode } from '../../server/src/core/model/node';
import { versionText } from '../../server/src/core/nacos/versions';

const ROOT = resolve(__dirname, '../fixtures/dockerfile-conf');
const FIXTURES = statSync(ROOT, { throwIfNoEntry: false }) ? ROOT : resolve('test/fixtures/dockerfile-conf');

function filesOf(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) for (const [k, v] of filesOf(p)) out.set(k, v);
    else out.set(p, readFileSync(p, 'utf8'));
  }
  return out;
}

function run(name: string, settings: Record<string, unknown> = {}): { dir: string; files: Map<string, string>; result: AnalysisResult } {
  const dir = join(FIXTURES, name);
  const files = filesOf(dir);
  const s = normalizeSettings(settings);
  const result = analyze({
    files: [...files].filter(([p]) => !p.endsWith('.md')).map(([path, text]) => ({ path, text })),
    readFile: p => files.get(p), rootFor: () => dir, settingsFor: () => s,
  });
  return { dir, files, result };
}

/** `rule path:line` of each finding, the path relative to the fixture. */
const found = (dir: string, files: Map<string, string>, result: AnalysisResult): string[] =>
  [...result.findings.values()].flat().map(f => `${f.ruleId} ${f.path.slice(dir.length + 1)}:${files.get(f.path)!.slice(0, f.span.start).split('\n').length}`).sort();

const only = (result: AnalysisResult): NacosNode => {
  assert.equal(result.nodes.length, 1, `one node: ${result.nodes.map(n => `${n.kind} ${n.path}`).join(', ')}`);
  return result.nodes[0];
};

/** Messages that name the version a finding assumed ("Nacos 2.0.4 (…)") or a version-specific key fact. */
const VERSION_CLAIM = /Nacos \d+\.\d+[\d.]*(–[\d.]+)? \(|does not read|only read|fails to start/;

test('a distribution downloaded as nacos-server-${VERSION} onto openjdk: the ADDed conf is that image\'s, version unknown', () => {
  const { dir, files, result } = run('download');
  const node = only(result);
  assert.equal(node.kind, 'dockerfile-image');
  assert.equal(node.path, join(dir, 'nacos/Dockerfile'));
  // Absorbed: the conf is the image's, and no node of its own.
  assert.equal(node.container?.mountedConf?.path, join(dir, 'nacos/conf/application.properties'));
  assert.ok(!result.nodes.some(n => n.kind === 'properties'));
  // Unknown: every release, read at the newest, with the reason (not the 1.4.1–2.0.4 the keys would suggest).
  assert.equal(node.version.from, 'unknown');
  assert.equal(versionText(node.version), '1.0.0–3.2.3');
  assert.equal(node.version.detail, 'built by nacos/Dockerfile from a download of Nacos ${VERSION}, a build argument not known here');
  // Not the official image: no image tables, so no entrypoint rule can read them.
  assert.equal(node.imageVersion, undefined);
  assert.match(node.container?.customImage ?? '', /does not build FROM nacos\/nacos-server/);
  // Open environment: the switch the conf does not write is unknown, not the jar default.
  const enabled = setting(node, 'nacos.core.auth.enabled');
  assert.equal(enabled.value, undefined);
  assert.ok(enabled.unknown);
  // The secret under the 1.x/2.0 name is not claimed for a version (2.1.0+ never read it).
  assert.deepEqual(found(dir, files, result), []);
});

test('FROM a local image with an unknown tag, ENV from build args, the template copied from the parent folder', () => {
  const { dir, result } = run('local-image');
  const node = only(result);
  assert.equal(node.path, join(dir, 'nacos/make_app_image/Dockerfile'));
  // `COPY ./templates/…` resolves against nacos/ (run as `docker build -f make_app_image/Dockerfile .`).
  assert.equal(node.container?.mountedConf?.path, join(dir, 'nacos/templates/application.properties'));
  assert.equal(node.version.from, 'unknown');
  assert.equal(versionText(node.version), '1.0.0–3.2.3');
  assert.match(node.version.detail, /^built by make_app_image\/Dockerfile FROM shop-basic-nacos:\$\{IMAGE_BASIC_NACOS_VERSION\}, an image not known here$/);
  // ${NACOS_AUTH_ENABLE:false} reads an ENV set from a build argument: unknown, so no auth-disabled.
  assert.equal(setting(node, 'nacos.core.auth.enabled').value, undefined);
  assert.match(setting(node, 'nacos.core.auth.enabled').unknown ?? '', /build argument|entrypoint/);
  assert.equal(setting(node, 'nacos.core.auth.server.identity.key').value, undefined);
  assert.ok(setting(node, 'nacos.core.auth.server.identity.key').unknown);
  assert.deepEqual([...result.findings.values()].flat().map(f => f.ruleId), []);
});

test('ARG V / FROM nacos/nacos-server:${V}: the COPYed conf is absorbed; the range of every image tag; only range-wide verdicts', () => {
  const { dir, files, result } = run('unknown-tag');
  const node = only(result);
  assert.equal(node.kind, 'dockerfile-image');
  assert.equal(node.container?.mountedConf?.path, join(dir, 'conf/application.properties'));
  assert.equal(node.version.from, 'unknown');
  assert.equal(versionText(node.version), '1.4.3–3.2.3');
  assert.match(node.version.detail, /FROM nacos\/nacos-server:\$\{V\}, whose tag is a build argument not known here/);
  // The official image (some tag): its tables apply, read at each release the engine asks.
  assert.ok(node.imageVersion);
  assert.equal(node.container?.customImage, undefined);
  // The published pair holds on every tag (auth on in the conf); the 1.x/2.0 secret name does not.
  assert.deepEqual(found(dir, files, result), ['identity-public-value conf/application.properties:5']);
  for (const f of [...result.findings.values()].flat()) assert.doesNotMatch(f.message, VERSION_CLAIM, f.message);
});

test('the version explanation names why it is unknown: the node\'s hover in the conf', () => {
  const { dir, files, result } = run('download');
  const path = join(dir, 'nacos/conf/application.properties');
  const text = files.get(path)!;
  const h = hoverAt({
    path, text, offset: text.indexOf('nacos.core.auth.server.identity.key') + 3, result, settings: normalizeSettings({}),
    rel: p => p.slice(dir.length + 1), uri: p => `file://${p}`, read: p => files.get(p),
  });
  assert.ok(h, 'a hover');
  assert.match(h.markdown, /a download of Nacos \$\{VERSION\}, a build argument not known here/);
  assert.doesNotMatch(h.markdown, /guessed from the keys/);
});

test('a version the user set decides over "unknown"; the keys never do', () => {
  const set = only(run('download', { serverVersion: '2.3.2' }).result);
  assert.equal(set.version.from, 'setting');
  assert.equal(set.version.version.text, '2.3.2');
  assert.equal(set.version.range, undefined);
});

test('compose build: of a Dockerfile that copies nacos-server-2.1.0.jar and a conf: the service reads that conf, at 2.1.0', () => {
  const { dir, files, result } = run('jar');
  const node = only(result);
  assert.equal(node.kind, 'compose-service');
  assert.equal(node.container?.mountedConf?.path, join(dir, 'nacos/conf/application.properties'));
  assert.equal(node.version.from, 'build');
  assert.equal(versionText(node.version), '2.1.0');
  assert.equal(node.version.detail, 'built by nacos/Dockerfile from nacos-server-2.1.0.jar');
  assert.equal(node.imageVersion, undefined);
  // 2.1.0 reads the plugin.* names: the default.* lines are the wrong names there; the service's MODE is known.
  const rules = found(dir, files, result);
  assert.ok(rules.includes('secret-wrong-property-name nacos/conf/application.properties:4'), rules.join('\n'));
  assert.ok(rules.includes('setting-for-other-version nacos/conf/application.properties:3'), rules.join('\n'));
  assert.ok(!rules.some(r => r.startsWith('docker-required-env-missing')), 'no entrypoint rule on a custom image');
  assert.equal(node.standalone, true);
});
