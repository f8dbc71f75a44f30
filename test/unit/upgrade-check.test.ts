// The upgrade check (`--target-version`, issue 14 item 11): the same files as if every node ran the target version,
// against today: what breaks (3.x exits without the three variables), what changes, what goes away.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { analyze, normalizeSettings, upgradeCheck } from '../../server/src/core';

const ROOT = existsSync(resolve(__dirname, '../../package.json')) ? resolve(__dirname, '../..') : process.cwd();
const CLI = join(ROOT, 'dist/cli.js');
const KEY = 'nacos-identity-4f2a9c1e';
const VALUE = 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE';
const SECRET = 'wHecDYmeKvP/mBfXTivJNHceCDFNA+OkSjoSg2vf2HM=';

function check(files: Record<string, string>, target: string, settings: Record<string, unknown> = {}) {
  const input = { files: Object.entries(files).map(([path, text]) => ({ path, text })), readFile: (p: string) => files[p], settingsFor: () => normalizeSettings(settings) };
  return upgradeCheck(input, analyze(input), target);
}

test('an image without NACOS_AUTH_TOKEN: 3.x exits at the entrypoint', () => {
  const compose = `services:\n  nacos:\n    image: nacos/nacos-server:v2.2.0\n    environment:\n      MODE: standalone\n      NACOS_AUTH_ENABLE: "true"\n      NACOS_AUTH_IDENTITY_KEY: ${KEY}\n      NACOS_AUTH_IDENTITY_VALUE: ${VALUE}\n`;
  const r = check({ '/w/compose.yaml': compose }, '3.2.3');
  assert.equal(r.targetVersion, '3.2.3');
  assert.ok(r.added.some(f => f.ruleId === 'docker-required-env-missing' && /NACOS_AUTH_TOKEN/.test(f.message)), JSON.stringify(r.added.map(f => f.ruleId)));
  assert.ok(r.resolved.some(f => f.ruleId === 'secret-public-value'), 'the 2.2.0 default secret goes away');
});

test('a 2.0.x conf upgraded to 2.2.1: the secret is read under another name', () => {
  const conf = `nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=${KEY}\nnacos.core.auth.server.identity.value=${VALUE}\nnacos.core.auth.default.token.secret.key=${SECRET}\n`;
  const r = check({ '/w/conf/application.properties': conf }, '2.2.1', { serverVersion: '2.0.4' });
  const ids = [...r.added, ...r.changed.map(c => c.after)].map(f => f.ruleId);
  assert.ok(ids.includes('secret-wrong-property-name') || ids.includes('secret-missing'), ids.join(', '));
});

test('no change: nothing to report', () => {
  const conf = `nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=${KEY}\nnacos.core.auth.server.identity.value=${VALUE}\nnacos.core.auth.plugin.nacos.token.secret.key=${SECRET}\n`;
  const r = check({ '/w/conf/application.properties': conf }, '2.4.3', { serverVersion: '2.4.3' });
  assert.deepEqual([r.added, r.changed, r.resolved], [[], [], []]);
});

test('CLI: --target-version prints the upgrade section (stylish) and an "upgrade" object (json)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nal-upgrade-'));
  try {
    const p = join(dir, 'compose.yaml');
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, `services:\n  nacos:\n    image: nacos/nacos-server:v2.4.3\n    environment:\n      MODE: standalone\n`);
    const run = (args: string[]) => spawnSync(process.execPath, [CLI, ...args, '.'], { cwd: dir, encoding: 'utf8' });
    const text = run(['--target-version', '3.2.3']);
    assert.match(text.stdout, /Upgrade check: the same files on Nacos 3\.2\.3/);
    assert.match(text.stdout, /new on 3\.2\.3/);
    const json = JSON.parse(run(['--format', 'json', '--target-version', 'v3.2.3']).stdout) as { upgrade: { targetVersion: string; added: { ruleId: string }[] } };
    assert.equal(json.upgrade.targetVersion, '3.2.3');
    assert.ok(json.upgrade.added.some(f => f.ruleId === 'docker-required-env-missing'));
    assert.equal(run(['--target-version', 'next']).status, 2);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
