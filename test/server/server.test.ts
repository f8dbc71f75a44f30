import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer, type TestClient } from './lsp';
import { NODE_PROPS as PROPS } from './fixtures';

describe('language server over an in-memory connection', () => {
  let dir: string;
  let t: TestClient;
  let uri: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nal-server-'));
    mkdirSync(join(dir, 'conf'));
    writeFileSync(join(dir, 'conf/application.properties'), PROPS);
    uri = `file://${dir}/conf/application.properties`;
    t = await startTestServer(dir, { config: { serverVersion: '2.4.3' } });
  });
  after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('open → diagnostics with source, code, codeDescription and exact ranges', async () => {
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'properties', version: 1, text: PROPS } });
    const p = await t.waitFor(uri, d => d.version === 1);
    const d = p.diagnostics.find(x => x.code === 'identity-public-value');
    assert.ok(d, 'identity-public-value published');
    assert.equal(d.source, 'nacos-auth-lint');
    assert.match(String(d.codeDescription?.href), /identity-public-value\.md$/);
    assert.deepEqual(d.range, { start: { line: 3, character: 38 }, end: { line: 3, character: 46 } });
    assert.equal(d.severity, 1);
    assert.ok(!String(d.message).includes('security'), 'no value in the message');
  });

  test('edit → re-published for the new version, never a stale one', async () => {
    const versions: number[] = [];
    t.onPublish.push(p => { if (p.uri === uri) versions.push(p.version ?? -1); });
    const seen = t.waitFor(uri, p => p.version === 5);
    // A burst of edits: the value becomes a fresh random one.
    let text = PROPS;
    for (let v = 2; v <= 5; v++) {
      const next = v === 5 ? PROPS.replace('security', 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE').replace('serverIdentity', 'nacos-identity-4f2a9c1e') : text + `#${v}\n`;
      t.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ text: next }] });
      text = next;
    }
    await seen;
    const last = t.diagnostics.get(uri)!;
    assert.equal(last.version, 5);
    assert.ok(!last.diagnostics.some(d => d.code === 'identity-public-value'));
    for (let i = 1; i < versions.length; i++) assert.ok(versions[i] >= versions[i - 1], `versions published in order: ${versions}`);
  });

  test('severity setting changes the published severity; off removes the rule', async () => {
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 6 }, contentChanges: [{ text: PROPS }] });
    await t.waitFor(uri, d => d.version === 6);
    t.config = { serverVersion: '2.4.3', rules: { 'identity-public-value': 'warning', 'auth-disabled': 'off' } };
    t.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const p = await t.waitFor(uri, d => d.diagnostics.some(x => x.code === 'identity-public-value' && x.severity === 2));
    assert.ok(p);
    t.config = { serverVersion: '2.4.3', rules: { 'identity-public-value': 'off' } };
    t.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const q = await t.waitFor(uri, d => !d.diagnostics.some(x => x.code === 'identity-public-value'));
    assert.ok(q);
    t.config = { serverVersion: '2.4.3' };
    t.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await t.waitFor(uri, d => d.diagnostics.some(x => x.code === 'identity-public-value'));
  });

  test('code actions: quick fixes matched by code and range, plus fix-all', async () => {
    const p = await t.waitFor(uri, d => d.diagnostics.some(x => x.code === 'identity-public-value'));
    const d = p.diagnostics.find(x => x.code === 'identity-public-value')!;
    const actions = await t.client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } }) as { title: string; isPreferred?: boolean; edit?: { changes: Record<string, { newText: string }[]> } }[];
    const gen = actions.find(a => a.title === 'Generate secure identity pair');
    assert.ok(gen?.isPreferred);
    // One edit per file (fixes/cluster.ts): the key line through the value, both values replaced.
    const edits = gen!.edit!.changes[uri];
    assert.equal(edits.length, 1);
    assert.match(edits[0].newText, /^nacos-identity-[0-9a-f]{8}\nnacos\.core\.auth\.server\.identity\.value=[A-Za-z0-9_-]{43}$/);
    assert.ok(actions.some(a => a.title === 'Suppress identity-public-value on this line'));
  });

  test('close → the file keeps its workspace diagnostics (it is on disk)', async () => {
    t.client.sendNotification('textDocument/didClose', { textDocument: { uri } });
    const p = await t.waitFor(uri, d => d.version === undefined || d.version === null);
    assert.ok(p.diagnostics.some(x => x.code === 'identity-public-value'));
  });

  test('bad input gives at most a diagnostic: binary, invalid UTF-8 (U+FFFD), unterminated ${, empty', async () => {
    const cases: [string, string][] = [
      ['empty.properties', ''],
      ['binary.properties', 'nacos.core.auth.enabled=true\u0000\u0001\u0002'],
      ['bad-utf8.properties', 'nacos.core.auth.server.identity.value=\ufffd\ufffd\n'],
      ['unterminated.properties', 'nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=${NACOS_KEY\n'],
    ];
    for (const [name, text] of cases) {
      const u = `file://${dir}/${name}`;
      t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'properties', version: 1, text } });
      const p = await t.waitFor(u, d => d.version === 1);
      assert.ok(Array.isArray(p.diagnostics));
      if (name === 'binary.properties') assert.match(String(p.diagnostics[0].message), /binary/);
    }
    // Still answering.
    const r = await t.client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    assert.ok(Array.isArray(r));
  });
});

describe('pull diagnostics (client supports textDocument/diagnostic)', () => {
  let dir: string;
  let t: TestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nal-pull-'));
    t = await startTestServer(dir, { config: { serverVersion: '2.4.3' }, pull: true });
  });
  after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('open documents are pulled, for their current version', async () => {
    const uri = `file://${dir}/application.properties`;
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'properties', version: 1, text: PROPS } });
    const r1 = await t.client.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { kind: string; items: { code: string }[] };
    assert.equal(r1.kind, 'full');
    assert.ok(r1.items.some(d => d.code === 'identity-public-value'));
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: PROPS.replace('security', 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE').replace('serverIdentity', 'nacos-identity-4f2a9c1e') }] });
    const r2 = await t.client.sendRequest('textDocument/diagnostic', { textDocument: { uri } }) as { items: { code: string }[] };
    assert.ok(!r2.items.some(d => d.code === 'identity-public-value'), 'the pull answers for version 2');
    // Open documents are not pushed in pull mode.
    assert.ok(!t.diagnostics.has(uri));
  });
});
