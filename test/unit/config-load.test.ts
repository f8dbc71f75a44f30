// The project configuration file: lookup (walk up, nearest wins, root stops), per-path overrides, glob rebasing,
// the merge with editor settings, and problems with their JSON path — all on an in-memory file system.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ConfigResolver, loadConfigFor, mergeSettings, parseConfigFile, parseJsonc, rebaseGlob, fileSelected, type ConfigOptions } from '../../server/src/core/config';
import { normalizeSettings, RULES } from '../../server/src/core';

function repoRoot(): string {
  for (let d = __dirname; d !== dirname(d); d = dirname(d)) if (existsSync(join(d, 'server/src/core'))) return d;
  return process.cwd(); // scripts/run-test.sh bundles into a temp folder and runs from the repository
}
const FIX = join(repoRoot(), 'test/fixtures/config');
const ruleIds = RULES.map(r => r.id);

function fs(files: Record<string, unknown>) {
  const reads: string[] = [];
  const read = (p: string) => {
    reads.push(p);
    const v = files[p];
    return v === undefined ? undefined : typeof v === 'string' ? v : JSON.stringify(v);
  };
  return { read, reads };
}

const opts = (root: string, extra: Partial<ConfigOptions> = {}): ConfigOptions => ({ root, ruleIds, ...extra });

describe('lookup', () => {
  test('nearest file wins per key, farther files still apply, a root file stops the walk', () => {
    const { read } = fs({
      '/.nacos-auth-lint.json': { serverVersion: '1.4.1', knownValues: ['from-filesystem-root'] },
      '/repo/.nacos-auth-lint.json': { root: true, serverVersion: '2.5.1', rules: { 'auth-disabled': 'off', 'duplicate-key': 'info' }, minSecretBytes: 40, knownValues: ['team-value'] },
      '/repo/svc/a/.nacos-auth-lint.json': { serverVersion: '3.2.3', rules: { 'duplicate-key': 'error' }, knownValues: ['svc-value'] },
    });
    const r = new ConfigResolver(read, opts('/repo'));
    const a = r.loadFor('/repo/svc/a/conf/application.properties');
    assert.deepEqual(a.files, ['/repo/.nacos-auth-lint.json', '/repo/svc/a/.nacos-auth-lint.json']);
    assert.equal(a.patch.serverVersion, '3.2.3');
    assert.deepEqual(a.patch.rules, { 'auth-disabled': 'off', 'duplicate-key': 'error' });
    assert.equal(a.patch.minSecretBytes, 40);
    assert.deepEqual(a.patch.knownValues, ['team-value', 'svc-value'], 'known values accumulate; the root file stopped the walk');
    const b = r.loadFor('/repo/svc/b/compose.yaml');
    assert.deepEqual(b.files, ['/repo/.nacos-auth-lint.json']);
    assert.equal(b.patch.serverVersion, '2.5.1');
    const outside = r.loadFor('/elsewhere/x.env');
    assert.deepEqual(outside.files, ['/.nacos-auth-lint.json'], 'up to the file-system root');
    assert.equal(outside.patch.serverVersion, '1.4.1');
    assert.deepEqual(a.problems, []);
  });

  test('chains are kept per folder: a file edited (forget) changes the answer for its folder and the folders below, not others', () => {
    const files: Record<string, unknown> = { '/w/.nacos-auth-lint.json': { serverVersion: '2.5.1' } };
    const { read } = fs(files);
    const r = new ConfigResolver(read, opts('/w'));
    const deep = '/w/svc/a/deeper/conf/application.properties';
    assert.equal(r.loadFor(deep).patch.serverVersion, '2.5.1');
    assert.equal(r.loadFor('/w/svc/b/compose.yaml').patch.serverVersion, '2.5.1');
    // A file appears in svc/a (the server calls forget() on a config file event): its folder and below see it.
    files['/w/svc/a/.nacos-auth-lint.json'] = { serverVersion: '3.2.3' };
    assert.equal(r.loadFor(deep).patch.serverVersion, '2.5.1', 'kept until told');
    r.forget();
    assert.equal(r.loadFor(deep).patch.serverVersion, '3.2.3');
    assert.equal(r.loadFor('/w/svc/a/compose.yaml').patch.serverVersion, '3.2.3');
    assert.equal(r.loadFor('/w/svc/b/compose.yaml').patch.serverVersion, '2.5.1');
    assert.deepEqual(r.loadFor(deep).files, ['/w/.nacos-auth-lint.json', '/w/svc/a/.nacos-auth-lint.json']);
    // Made a root: the walk stops there, for paths asked before and after.
    files['/w/svc/a/.nacos-auth-lint.json'] = { root: true, serverVersion: '3.2.3' };
    r.forget();
    assert.deepEqual(r.loadFor(deep).files, ['/w/svc/a/.nacos-auth-lint.json']);
    assert.deepEqual(r.loadFor('/w/svc/b/x.env').files, ['/w/.nacos-auth-lint.json']);
    // Edited: the new value for its folder.
    files['/w/.nacos-auth-lint.json'] = { serverVersion: '2.4.3' };
    r.forget();
    assert.equal(r.loadFor('/w/svc/b/x.env').patch.serverVersion, '2.4.3');
    assert.equal(r.loadFor(deep).patch.serverVersion, '3.2.3');
  });

  test('a chain without overrides or clusterVersions is shared by the paths it gives the same settings', () => {
    const files: Record<string, unknown> = { '/w/.nacos-auth-lint.json': { serverVersion: '2.5.1' } };
    const { read } = fs(files);
    const r = new ConfigResolver(read, opts('/w'));
    const a = r.sharedChain('/w/svc/a/application.properties');
    assert.ok(a);
    assert.equal(r.sharedChain('/w/svc/a/deeper/compose.yaml'), a, 'a folder below without a file of its own: the same chain');
    assert.equal(r.sharedChain('/w/other/x.env'), a);
    files['/w/svc/.nacos-auth-lint.json'] = { overrides: [{ files: ['a/**'], serverVersion: '3.2.3' }] };
    r.forget();
    assert.equal(r.sharedChain('/w/svc/a/application.properties'), undefined, 'an override depends on the path');
    assert.equal(r.loadFor('/w/svc/a/application.properties').patch.scopedServerVersion?.version, '3.2.3');
    assert.equal(r.loadFor('/w/svc/b/application.properties').patch.scopedServerVersion, undefined);
    assert.ok(r.sharedChain('/w/other/x.env'));
  });

  test('each folder is read once per resolver; forget() reads again', () => {
    const { read, reads } = fs({ '/w/.nacos-auth-lint.json': { serverVersion: '2.5.1' } });
    const r = new ConfigResolver(read, opts('/w'));
    r.loadFor('/w/a/b/application.properties');
    const n = reads.length;
    r.loadFor('/w/a/b/cluster.conf');
    r.loadFor('/w/a/compose.yaml');
    assert.equal(reads.length, n, 'cached per folder');
    r.forget();
    r.loadFor('/w/a/compose.yaml');
    assert.ok(reads.length > n);
  });

  test('package.json nacosAuthLint key; .nacos-auth-lint.json in the same folder wins; package.json without the key is no config', () => {
    const pkgText = readFileSync(join(FIX, 'good/package.json'), 'utf8');
    const { read } = fs({
      '/p/package.json': pkgText,
      '/p/sub/package.json': { name: 'sub', version: '1.0.0' },
      '/q/package.json': pkgText,
      '/q/.nacos-auth-lint.json': { serverVersion: '3.0.0' },
    });
    const p = loadConfigFor('/p/sub/application.properties', read, opts('/p'));
    assert.deepEqual(p.files, ['/p/package.json']);
    assert.equal(p.patch.serverVersion, '2.2.0.1');
    assert.deepEqual(p.patch.rules, { 'duplicate-key': 'off' });
    const q = loadConfigFor('/q/application.properties', read, opts('/q'));
    assert.deepEqual(q.files, ['/q/.nacos-auth-lint.json']);
    assert.equal(q.patch.serverVersion, '3.0.0');
    const bad = loadConfigFor('/r/a.env', fs({ '/r/package.json': '{ "nacosAuthLint": { "rules": 3 } ' }).read, opts('/r'));
    assert.equal(bad.problems.length, 1);
    assert.match(bad.problems[0].message, /invalid JSON/);
    const broken = loadConfigFor('/s/a.env', fs({ '/s/package.json': '{ broken' }).read, opts('/s'));
    assert.deepEqual(broken, { patch: {}, files: [], problems: [] }, 'a broken package.json that does not mention us is not ours to report');
  });

  test('--config: that file only, globs relative to the root (the working directory)', () => {
    const { read } = fs({
      '/w/.nacos-auth-lint.json': { serverVersion: '1.4.1' },
      '/w/ci/nal.json': { overrides: [{ files: ['deploy/**'], serverVersion: '2.3.0' }], exclude: ['tmp/**'] },
    });
    const r = new ConfigResolver(read, opts('/w', { explicit: '/w/ci/nal.json' }));
    const d = r.loadFor('/w/deploy/application.properties');
    assert.deepEqual(d.files, ['/w/ci/nal.json']);
    assert.deepEqual(d.patch.scopedServerVersion, { version: '2.3.0', scope: 'path', name: 'deploy/**' });
    assert.deepEqual(d.patch.exclude, ['tmp/**']);
    assert.equal(r.loadFor('/w/other/application.properties').patch.serverVersion, undefined, 'no lookup of /w/.nacos-auth-lint.json');
    assert.equal(r.loadFor('/w/other/application.properties').patch.scopedServerVersion, undefined);
    const missing = new ConfigResolver(read, opts('/w', { explicit: '/w/nope.json' })).loadFor('/w/a.env');
    assert.match(missing.problems[0].message, /cannot read/);
  });
});

describe('overrides and clusters per path', () => {
  const full = readFileSync(join(FIX, 'good/full.json'), 'utf8');
  const { read } = fs({ '/repo/.nacos-auth-lint.json': full });
  const r = new ConfigResolver(read, opts('/repo'));

  test('the fixture is clean', () => {
    assert.deepEqual(r.loadFor('/repo/a.env').problems, []);
  });
  test('override globs are relative to the file; later overrides win; a glob without / matches a name at any depth', () => {
    const legacy = r.loadFor('/repo/legacy/conf/application.properties').patch;
    assert.equal(legacy.scopedServerVersion?.version, '1.4.1');
    assert.equal(legacy.scopedServerVersion?.scope, 'path');
    assert.deepEqual(legacy.rules, { 'identity-weak-value': 'error', 'secret-low-entropy': 'off', 'user-agent-whitelist': 'warning' });
    const env = r.loadFor('/repo/legacy/env/nacos.env').patch;
    assert.equal(env.minSecretBytes, 64);
    assert.equal(env.scopedServerVersion?.version, '1.4.1');
    assert.deepEqual(env.knownValues, ['our-old-identity-value-from-the-wiki', 'another-published-one']);
    assert.deepEqual(env.helm, { valueFiles: [] });
    const other = r.loadFor('/repo/deploy/staging/compose.yaml').patch;
    assert.equal(other.serverVersion, '2.5.1');
    assert.equal(other.scopedServerVersion, undefined);
    assert.equal(other.minSecretBytes, 48);
    assert.deepEqual(other.helm, { valueFiles: ['/repo/charts/nacos/values-prod.yaml'] }, 'value files are resolved against the config file');
  });
  test("a cluster's serverVersion applies to the files its include globs match", () => {
    const prod = r.loadFor('/repo/deploy/prod/compose.yaml').patch;
    assert.equal(prod.scopedServerVersion?.version, '3.2.3');
    assert.equal(prod.scopedServerVersion?.scope, 'cluster');
    assert.equal(r.loadFor('/repo/deploy/prod/node1/conf/application.properties').patch.scopedServerVersion?.version, '3.2.3');
  });
  test('clusters come out as the core reads them', () => {
    assert.deepEqual(r.loadFor('/repo/x/application.properties').patch.clusters, [
      { name: 'prod', include: ['deploy/prod/**'] },
      { name: 'staging', include: ['deploy/staging/compose.yaml#nacos*'] },
    ]);
  });
});

describe('globs are rebased onto the root', () => {
  test('config below the root: its folder is prefixed', () => {
    assert.deepEqual(rebaseGlob('conf/**', '/w/a', '/w'), ['a/conf/**']);
    assert.deepEqual(rebaseGlob('*.env', '/w/a/b', '/w'), ['a/b/**/*.env']);
    assert.deepEqual(rebaseGlob('./x/y', '/w', '/w'), ['x/y']);
  });
  test('config above the root: matching leading folders are dropped, others cannot match', () => {
    assert.deepEqual(rebaseGlob('svc/a/**', '/repo', '/repo/svc'), ['a/**']);
    assert.deepEqual(rebaseGlob('*/a/**', '/repo', '/repo/svc'), ['a/**']);
    assert.deepEqual(rebaseGlob('**/conf/*.properties', '/repo', '/repo/svc'), ['**/conf/*.properties']);
    assert.deepEqual(rebaseGlob('web/**', '/repo', '/repo/svc'), []);
    assert.deepEqual(rebaseGlob('{svc,web}/x/**', '/repo', '/repo/svc'), ['x/**']);
    assert.deepEqual(rebaseGlob('*.env', '/repo', '/repo/svc'), ['*.env']);
    assert.deepEqual(rebaseGlob('a/**', '/x', '/y'), []);
  });
  test('a nested config file with clusters and exclude, seen from the workspace root', () => {
    const { read } = fs({ '/w/deploy/.nacos-auth-lint.json': { clusters: [{ name: 'p', include: ['prod/*/conf/application.properties'] }], exclude: ['old/**'] } });
    const p = loadConfigFor('/w/deploy/prod/n1/conf/application.properties', read, opts('/w')).patch;
    assert.deepEqual(p.clusters, [{ name: 'p', include: ['deploy/prod/*/conf/application.properties'] }]);
    assert.deepEqual(p.exclude, ['deploy/old/**']);
    assert.equal(fileSelected('deploy/old/compose.yaml', normalizeSettings(p)), false);
    assert.equal(fileSelected('deploy/prod/compose.yaml', normalizeSettings(p)), true);
    assert.equal(fileSelected('a.env', { include: ['deploy/**'], exclude: [] }), false);
    assert.equal(fileSelected('a.env', { include: ['deploy/**'], exclude: [] }, true), true, 'a named file skips include');
    assert.equal(fileSelected('deploy/old/a.env', normalizeSettings(p), true), false, 'but not exclude');
  });
});

describe('mergeSettings: file > workspace > user > defaults', () => {
  test('file over editor settings, rules per id, known values and clusters accumulate', () => {
    const editor = { enable: true, serverVersion: '2.3.0', rules: { 'auth-disabled': 'error', 'duplicate-key': 'off' }, knownValues: ['user-secret'], clusters: [{ name: 'mine', include: ['a/**'] }, { name: 'p', include: ['old/**'] }], minSecretBytes: 32 };
    const merged = mergeSettings(editor, { serverVersion: '2.5.1', rules: { 'auth-disabled': 'off' }, knownValues: ['project-secret', 'user-secret'], clusters: [{ name: 'p', include: ['deploy/**'] }] });
    assert.deepEqual(merged, {
      enable: true, serverVersion: '2.5.1', rules: { 'auth-disabled': 'off', 'duplicate-key': 'off' }, knownValues: ['user-secret', 'project-secret'],
      clusters: [{ name: 'p', include: ['deploy/**'] }, { name: 'mine', include: ['a/**'] }], minSecretBytes: 32,
    });
    const s = normalizeSettings(merged);
    assert.equal(s.serverVersion, '2.5.1');
    assert.equal(s.rules['auth-disabled'], 'off');
    assert.deepEqual(editor.rules, { 'auth-disabled': 'error', 'duplicate-key': 'off' }, 'inputs are not modified');
  });
  test('CLI flags over the file; undefined leaves the file alone', () => {
    const file = mergeSettings({}, { serverVersion: '2.5.1', rules: { 'auth-disabled': 'off', 'duplicate-key': 'info' } });
    const withFlags = mergeSettings(file, { serverVersion: undefined, rules: { 'duplicate-key': 'error' } });
    assert.deepEqual(withFlags, { serverVersion: '2.5.1', rules: { 'auth-disabled': 'off', 'duplicate-key': 'error' } });
    assert.deepEqual(mergeSettings(null, {}), {});
  });
});

describe('problems: file, JSON path and span, never a crash, never a value', () => {
  const cases = JSON.parse(readFileSync(join(FIX, 'bad/cases.json'), 'utf8')) as { name: string; config: unknown; jsonPath: string }[];
  for (const c of cases) {
    test(c.name, () => {
      const text = JSON.stringify(c.config, null, 2);
      const f = parseConfigFile('/w/.nacos-auth-lint.json', text, { ruleIds })!;
      assert.ok(f.problems.length >= 1, 'a problem');
      const p = f.problems.find(x => x.jsonPath === c.jsonPath);
      assert.ok(p, `problem at ${c.jsonPath}: ${JSON.stringify(f.problems)}`);
      assert.equal(p.path, '/w/.nacos-auth-lint.json');
      assert.ok(p.span.start >= 0 && p.span.end <= text.length && p.span.start <= p.span.end);
      for (const v of JSON.stringify(c.config).match(/"[^"]{6,}"/g) ?? []) {
        if (/secret|12345/.test(v)) assert.ok(!p.message.includes(JSON.parse(v)), 'value not echoed');
      }
    });
  }
  test('syntax errors: offset of the fault', () => {
    const text = '{\n  "serverVersion": "2.5.1"\n  "rules": {}\n}';
    const f = parseConfigFile('/w/.nacos-auth-lint.json', text)!;
    assert.equal(f.problems.length, 1);
    assert.match(f.problems[0].message, /invalid JSON: expected ',' or '}'/);
    assert.equal(f.problems[0].span.start, text.indexOf('"rules"'));
    for (const bad of ['', '{', '[1,,2]', '{"a":1}}', '{"a": tru}', '"\\x"', '/* open', '{"a":"\n"}', '['.repeat(100)]) {
      const r = parseConfigFile('/w/.nacos-auth-lint.json', bad)!;
      assert.equal(r.problems.length, 1, bad);
      assert.match(r.problems[0].message, /^invalid JSON/);
    }
  });
  test('valid parts still apply next to invalid ones; a duplicate key is reported', () => {
    const { read } = fs({ '/w/.nacos-auth-lint.json': '{ "serverVersion": "2.5.1", "rules": { "auth-disabled": "off", "nope": "off" }, "minSecretBytes": -1, "serverVersion": "2.4.0" }' });
    const l = loadConfigFor('/w/a.env', read, opts('/w'));
    assert.equal(l.patch.serverVersion, '2.4.0');
    assert.deepEqual(l.patch.rules, { 'auth-disabled': 'off' });
    assert.equal(l.patch.minSecretBytes, undefined);
    assert.deepEqual(l.problems.map(p => p.jsonPath).sort(), ['minSecretBytes', 'rules.nope', 'serverVersion']);
  });
  test('suggestions for typos', () => {
    const f = parseConfigFile('/w/.nacos-auth-lint.json', '{"serverVerison":"1","rules":{"identity-missng":"off"}}', { ruleIds })!;
    assert.match(f.problems[0].message, /did you mean 'serverVersion'/);
    assert.match(f.problems[1].message, /did you mean 'identity-missing'/);
  });
  test('__proto__ is data', () => {
    const n = parseJsonc('{"__proto__": {"polluted": true}}');
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.deepEqual(Object.keys(n.value as object), ['__proto__']);
    const f = parseConfigFile('/w/.nacos-auth-lint.json', '{"rules": {"__proto__": "off"}}', { ruleIds })!;
    assert.equal(f.problems[0].jsonPath, 'rules.__proto__');
  });
  test('JSONC: comments and trailing commas, same values as JSON.parse otherwise', () => {
    const text = readFileSync(join(FIX, 'good/comments.json'), 'utf8');
    assert.deepEqual(parseJsonc(text).value, { serverVersion: 'auto', rules: { 'auth-disabled': 'info' } });
    for (const s of ['{"a":[1,2.5e3,-0.5,true,false,null,"\\u00e9\\n\\"x"]}', '"x"', '0', '[]', '{"a":{"b":{"c":[{}]}}}']) assert.deepEqual(parseJsonc(s).value, JSON.parse(s));
  });
});
