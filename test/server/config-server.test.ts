// One project configuration for editor and CI (issue 18): a `.nacos-auth-lint.json` that turns a rule off and pins a
// version changes the CLI's output and the language server's diagnostics identically, and editing the file re-lints
// the open documents.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startTestServer, type TestClient } from './lsp';

const ROOT = [resolve(__dirname, '../..'), process.cwd()].find(d => existsSync(join(d, 'esbuild.mjs'))) ?? process.cwd();
const CLI = join(ROOT, 'dist/cli.js');

/** "path:line:col rule" for every finding the CLI prints (1-based, paths relative to the folder). */
function cliFindings(dir: string): string[] {
  const r = spawnSync(process.execPath, [CLI, '--format', 'json', '--no-nodes-ok', '.'], { cwd: dir, encoding: 'utf8' });
  assert.ok(r.status === 0 || r.status === 1, `CLI failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { files: { path: string; findings: { ruleId: string; line: number; column: number }[] }[] };
  return out.files.flatMap(f => f.findings.map(x => `${f.path}:${x.line}:${x.column} ${x.ruleId}`)).sort();
}

function serverFindings(t: TestClient, dir: string): string[] {
  const out: string[] = [];
  for (const [uri, p] of t.diagnostics) {
    const path = uri.slice(`file://${dir}/`.length);
    if (path.endsWith('.nacos-auth-lint.json')) continue;
    for (const d of p.diagnostics) out.push(`${path}:${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.code)}`);
  }
  return out.sort();
}

describe('the project configuration file: the same verdicts in the CLI and the language server', () => {
  let dir = '';
  let t: TestClient;
  const CONFIG = { rules: { 'secret-public-value': 'off', 'identity-public-value': 'warning' }, serverVersion: '2.4.3' };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nal-config-'));
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  });
  after(() => { t?.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('without the file the rule fires; with it, the CLI and the server agree finding by finding', async () => {
    const without = cliFindings(dir);
    assert.ok(without.some(f => f.endsWith(' secret-public-value')), 'the examples have a secret-public-value');
    writeFileSync(join(dir, '.nacos-auth-lint.json'), `${JSON.stringify(CONFIG, null, 2)}\n`);
    const cli = cliFindings(dir);
    assert.ok(!cli.some(f => f.endsWith(' secret-public-value')), 'the file turned the rule off in the CLI');
    assert.notDeepEqual(cli, without);

    t = await startTestServer(dir);
    const node1 = `file://${dir}/bare-metal/node1/conf/application.properties`;
    await t.waitFor(node1, p => p.diagnostics.length > 0);
    // The workspace-wide analysis publishes every file with findings; wait until every file the CLI names is there.
    const files = new Set(cli.map(f => f.slice(0, f.indexOf(':'))));
    for (const f of files) await t.waitFor(`file://${dir}/${f}`);
    assert.deepEqual(serverFindings(t, dir), cli);
    const pub = t.diagnostics.get(node1)!.diagnostics.find(d => d.code === 'identity-public-value');
    if (pub) assert.equal(pub.severity, 2, 'identity-public-value is a warning by the file');
  });

  test('editing the file re-lints the open documents', async () => {
    const node1 = `file://${dir}/bare-metal/node1/conf/application.properties`;
    const cfg = `file://${dir}/.nacos-auth-lint.json`;
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: cfg, languageId: 'jsonc', version: 1, text: `${JSON.stringify(CONFIG, null, 2)}\n` } });
    const turnedOn = { ...CONFIG, rules: { 'identity-public-value': 'warning' } };
    const back = (p: PublishDiagnosticsParams) => p.diagnostics.some(d => d.code === 'secret-public-value');
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: cfg, version: 2 }, contentChanges: [{ text: `${JSON.stringify(turnedOn, null, 2)}\n` }] });
    const p = await t.waitFor(node1, back);
    assert.ok(back(p));
  });

  test('a broken file is a diagnostic on the file (where and what), never a crash', async () => {
    const cfg = `file://${dir}/.nacos-auth-lint.json`;
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: cfg, version: 3 }, contentChanges: [{ text: '{ "rules": { "no-such-rule": "off" }, "serverVersion": 5 }\n' }] });
    const p = await t.waitFor(cfg, x => x.diagnostics.length >= 2);
    assert.ok(p.diagnostics.every(d => d.code === 'syntax-error' && d.source === 'nacos-auth-lint'));
    assert.ok(p.diagnostics.some(d => String(d.message).includes('rules.no-such-rule')), JSON.stringify(p.diagnostics.map(d => d.message)));
  });
});

// The server knows which files the start-up scan saw and answers "no such file" for the others without asking the disk
// (server/src/server/workspace.ts): a configuration file that appears later must still be read once a file event says so.
describe('a configuration file created after the scan, and deleted again', () => {
  let dir = '';
  let t: TestClient;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nal-config-late-'));
    cpSync(join(ROOT, 'examples'), dir, { recursive: true });
  });
  after(() => { t?.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('a file event makes it count for its folder, and its deletion stops it counting', async () => {
    const node1 = `file://${dir}/bare-metal/node1/conf/application.properties`;
    const has = (p: PublishDiagnosticsParams) => p.diagnostics.some(d => d.code === 'secret-public-value');
    t = await startTestServer(dir);
    assert.ok(has(await t.waitFor(node1, has)), 'the examples have a secret-public-value');
    const cfg = join(dir, 'bare-metal', '.nacos-auth-lint.json');
    writeFileSync(cfg, `${JSON.stringify({ rules: { 'secret-public-value': 'off' } })}\n`);
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${cfg}`, type: 1 }] });
    assert.ok(!has(await t.waitFor(node1, p => !has(p))), 'the new file turned the rule off for its folder');
    rmSync(cfg);
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: `file://${cfg}`, type: 3 }] });
    assert.ok(has(await t.waitFor(node1, has)), 'deleted: the rule fires again');
  });
});
