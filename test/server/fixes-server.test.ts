// Quick fixes over a real in-memory LSP connection: the cluster-wide pair fix on a shared env file, the `.env`
// action (a file created by the edit), suppress indentation for YAML list items and map entries, fix-all, and the
// generateIdentityPair command. No sleeps: every step waits for the notification or the answer it needs.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { createRequire } from 'node:module';
import { startTestServer, type TestClient } from './lsp';

const nodeCrypto = createRequire(__filename)('node:crypto') as { randomBytes: (n: number) => Buffer };

const COMPOSE = [
  'services:',
  '  nacos1:',
  '    image: nacos/nacos-server:v2.5.1',
  '    env_file:',
  '      - ./env/nacos.env',
  '  nacos2:',
  '    image: nacos/nacos-server:v2.5.1',
  '    env_file:',
  '      - ./env/nacos.env',
  '  nacos3:',
  '    image: nacos/nacos-server:v2.5.1',
  '    env_file:',
  '      - ./env/nacos.env',
  '    environment:',
  '      - MODE=cluster',
  '',
].join('\n');
const ENV = [
  'NACOS_SERVERS=nacos1:8848 nacos2:8848 nacos3:8848',
  'NACOS_AUTH_ENABLE=true',
  'NACOS_AUTH_IDENTITY_KEY=2222',
  'NACOS_AUTH_IDENTITY_VALUE=2xxx',
  'NACOS_AUTH_TOKEN=VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=',
  'NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE=true',
  '',
].join('\n');

interface CheckResult { findings: { path: string; ruleId: string; severity: string }[] }

describe('quick fixes over the LSP connection', () => {
  let dir: string;
  let t: TestClient;
  let envUri: string;
  let composeUri: string;
  let envText = ENV;
  let version = 1;

  const actionsFor = async (uri: string, d: Diagnostic) =>
    (await t.client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  const check = async () => (await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.explain', arguments: [] })) as CheckResult;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nal-fixes-'));
    mkdirSync(join(dir, 'env'));
    writeFileSync(join(dir, 'compose.yaml'), COMPOSE);
    writeFileSync(join(dir, 'env/nacos.env'), ENV);
    envUri = `file://${dir}/env/nacos.env`;
    composeUri = `file://${dir}/compose.yaml`;
    t = await startTestServer(dir);
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: envUri, languageId: 'dotenv', version, text: envText } });
  });
  after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('three members fed by one env file: the pair fix is ONE edit in that file, and the cluster stays consistent', async () => {
    const p = await t.waitFor(envUri, d => d.version === 1 && d.diagnostics.some(x => x.code === 'identity-public-value'));
    const d = p.diagnostics.find(x => x.code === 'identity-public-value')!;
    const actions = await actionsFor(envUri, d);
    const gen = actions.find(a => a.title === 'Generate secure identity pair for nacos1–nacos3 (1 file)')!;
    assert.ok(gen, `offered: ${actions.map(a => a.title).join(', ')}`);
    assert.equal(gen.isPreferred, true);
    const changes = gen.edit!.changes!;
    assert.deepEqual(Object.keys(changes), [envUri], 'only the shared env file is edited');
    assert.equal(changes[envUri].length, 1, 'one edit, not one per member');
    const { newText } = changes[envUri][0];
    // The edit spans the key's value through the value's line: both values, written once.
    assert.match(newText, /^nacos-identity-[0-9a-f]{8}\nNACOS_AUTH_IDENTITY_VALUE=[A-Za-z0-9_-]{43}$/);
    const key = /^(nacos-identity-[0-9a-f]{8})/.exec(newText)![1];
    const value = /NACOS_AUTH_IDENTITY_VALUE=([A-Za-z0-9_-]{43})/.exec(newText)![1];

    envText = TextDocument.applyEdits(TextDocument.create(envUri, 'dotenv', version, envText), changes[envUri]);
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: envUri, version: ++version }, contentChanges: [{ text: envText }] });
    const after = await t.waitFor(envUri, x => x.version === version);
    assert.ok(!after.diagnostics.some(x => x.code === 'identity-public-value'));
    const r = await check();
    assert.deepEqual(r.findings.filter(f => f.ruleId.startsWith('cluster-')), []);
    assert.deepEqual(r.findings.filter(f => f.ruleId.startsWith('identity-')), []);
    // The generated values were never logged.
    assert.ok(!t.logs.join('\n').includes(value) && !t.logs.join('\n').includes(key));
  });

  test('a member that overrides the shared value: one edit in the env file, one in compose.yaml, consistent after', async () => {
    const composeText = COMPOSE.replace('      - MODE=cluster\n', '      - MODE=cluster\n      - NACOS_AUTH_TOKEN=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\n');
    // A private shared secret (a published one would hold the mismatch: its own fix replaces it on every member).
    envText = envText.replace(/^NACOS_AUTH_TOKEN=.*$/m, 'NACOS_AUTH_TOKEN=07e35oZIyIRGq2uA3ScdHatn1pRL+wsO0jR5Cm6WZtM=');
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: envUri, version: ++version }, contentChanges: [{ text: envText }] });
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: composeUri, languageId: 'dockercompose', version: 1, text: composeText } });
    const p = await t.waitFor(composeUri, d => d.version === 1 && d.diagnostics.some(x => x.code === 'cluster-secret-mismatch'));
    const d = p.diagnostics.find(x => x.code === 'cluster-secret-mismatch')!;
    const actions = await actionsFor(composeUri, d);
    const titles = actions.map(a => a.title);
    // Titles name their scope: the members and the number of files the fix edits.
    for (const expected of [
      'Generate token secret (32 bytes, HS256) for nacos1–nacos3 (2 files)', 'Generate token secret (48 bytes, HS384) for nacos1–nacos3 (2 files)',
      'Generate token secret (64 bytes, HS512) for nacos1–nacos3 (2 files)', "Use nacos3's token secret everywhere for nacos1–nacos3 (1 file)",
    ]) {
      assert.ok(titles.includes(expected), `missing "${expected}" in ${titles.join(', ')}`);
    }
    const copy = actions.find(a => a.title.startsWith("Use nacos3's token secret everywhere"))!;
    assert.deepEqual(Object.keys(copy.edit!.changes!), [envUri]);
    const gen = actions.find(a => a.title.startsWith('Generate token secret (32'))!;
    const changes = gen.edit!.changes!;
    assert.deepEqual(Object.keys(changes).sort(), [composeUri, envUri].sort());
    assert.equal(changes[envUri].length, 1);
    assert.equal(changes[composeUri].length, 1);
    const nextCompose = TextDocument.applyEdits(TextDocument.create(composeUri, 'dockercompose', 1, composeText), changes[composeUri]);
    envText = TextDocument.applyEdits(TextDocument.create(envUri, 'dotenv', version, envText), changes[envUri]);
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: composeUri, version: 2 }, contentChanges: [{ text: nextCompose }] });
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: envUri, version: ++version }, contentChanges: [{ text: envText }] });
    await t.waitFor(envUri, x => x.version === version);
    const r = await check();
    assert.deepEqual(r.findings.filter(f => f.ruleId.startsWith('cluster-') || f.ruleId.startsWith('secret-')), []);
  });

  test('fix-all: the deterministic fixes of this document only, never a generated value', async () => {
    const actions = (await t.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri: envUri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.nacos-auth-lint'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    const edits = actions[0].edit!.changes![envUri];
    assert.deepEqual(Object.keys(actions[0].edit!.changes!), [envUri]);
    assert.deepEqual(edits.map(e => e.newText), ['false'], 'userAgentAuthWhite → false');
  });

  test('suppress: the comment is indented like a list item (at its `-`) and like a map entry (at its key)', async () => {
    const text = [
      'services:',
      '  a:',
      '    image: nacos/nacos-server:v2.5.1',
      '    environment:',
      '      - NACOS_AUTH_ENABLE=true',
      '      - NACOS_AUTH_IDENTITY_KEY=serverIdentity',
      '      - NACOS_AUTH_IDENTITY_VALUE=security',
      '  b:',
      '    image: nacos/nacos-server:v2.5.1',
      '    environment:',
      '      NACOS_AUTH_ENABLE: "true"',
      '      NACOS_AUTH_IDENTITY_KEY: serverIdentity',
      '      NACOS_AUTH_IDENTITY_VALUE:   security',
      '',
    ].join('\n');
    writeFileSync(join(dir, 'other-compose.yaml'), text);
    const uri = `file://${dir}/other-compose.yaml`;
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockercompose', version: 1, text } });
    const p = await t.waitFor(uri, d => d.version === 1 && d.diagnostics.filter(x => x.code === 'identity-public-value').length === 2);
    const results: string[] = [];
    for (const d of p.diagnostics.filter(x => x.code === 'identity-public-value')) {
      const actions = await actionsFor(uri, d);
      const s = actions.find(a => a.title === 'Suppress identity-public-value on this line')!;
      assert.ok(s, actions.map(a => a.title).join(', '));
      const e = s.edit!.changes![uri][0] as TextEdit;
      assert.deepEqual(e.range.start, { line: d.range.start.line, character: 0 });
      results.push(e.newText);
    }
    assert.deepEqual(results, [
      '      # nacos-auth-lint-disable-next-line identity-public-value -- reason\n',
      '      # nacos-auth-lint-disable-next-line identity-public-value -- reason\n',
    ]);
  });

  test('the .env action creates the project .env (CreateFile, then the edit)', async () => {
    const text = 'services:\n  a:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      NACOS_AUTH_ENABLE: "true"\n      NACOS_AUTH_IDENTITY_KEY: serverIdentity\n      NACOS_AUTH_IDENTITY_VALUE: security\n';
    const sub = join(dir, 'sub');
    mkdirSync(sub);
    writeFileSync(join(sub, 'compose.yaml'), text);
    const uri = `file://${sub}/compose.yaml`;
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockercompose', version: 1, text } });
    const p = await t.waitFor(uri, d => d.version === 1 && d.diagnostics.some(x => x.code === 'identity-public-value'));
    const actions = await actionsFor(uri, p.diagnostics.find(x => x.code === 'identity-public-value')!);
    const a = actions.find(x => x.title.includes('project .env'))!;
    const dc = (a.edit as WorkspaceEdit).documentChanges as ({ kind?: string; uri?: string; textDocument?: { uri: string }; edits?: TextEdit[] })[];
    assert.equal(dc[0].kind, 'create');
    assert.equal(dc[0].uri, `file://${sub}/.env`);
    const edited = dc.filter(x => x.textDocument).map(x => x.textDocument!.uri).sort();
    assert.deepEqual(edited, [`file://${sub}/.env`, uri].sort());
  });

  test('generateIdentityPair in a node that has a pair: replaced for the whole cluster (no duplicate keys)', async () => {
    const before = t.applied.length;
    const r = (await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.generateIdentityPair', arguments: [{ uri: composeUri, line: 14 }] })) as { applied?: boolean; message?: string; text?: string };
    assert.equal(r.applied, true);
    assert.equal(r.text, undefined, 'no text to insert: the server wrote the edit');
    assert.equal(r.message, 'Replaced the identity pair of nacos1–nacos3 (1 file).');
    const edit = t.applied[before].edit;
    assert.deepEqual(Object.keys(edit.changes!), [envUri], 'the shared env file only: nothing appended to compose.yaml');
    const next = TextDocument.applyEdits(TextDocument.create(envUri, 'dotenv', version, envText), edit.changes![envUri]);
    assert.equal(next.match(/^NACOS_AUTH_IDENTITY_KEY=/gm)?.length, 1);
    assert.equal(next.match(/^NACOS_AUTH_IDENTITY_VALUE=/gm)?.length, 1);
    const value = /^NACOS_AUTH_IDENTITY_VALUE=(.*)$/m.exec(next)![1];
    assert.match(value, /^[A-Za-z0-9_-]{43}$/);
    assert.ok(!t.logs.join('\n').includes(value));
  });

  test('generateIdentityPair where the node has no pair: inserted at the cursor in the form of the file', async () => {
    const sub = join(dir, 'nopair');
    mkdirSync(sub);
    const text = 'services:\n  solo:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      - MODE=standalone\n';
    writeFileSync(join(sub, 'compose.yaml'), text);
    const uri = `file://${sub}/compose.yaml`;
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockercompose', version: 1, text } });
    await t.waitFor(uri, d => d.version === 1);
    const before = t.applied.length;
    const r = (await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.generateIdentityPair', arguments: [{ uri, line: 4 }] })) as { applied?: boolean; form?: string };
    assert.equal(r.applied, true);
    assert.equal(r.form, 'compose-list');
    const [e] = t.applied[before].edit.changes![uri];
    assert.deepEqual(e.range.start, { line: 4, character: 0 });
    assert.match(e.newText, /^ {6}- NACOS_AUTH_IDENTITY_KEY=nacos-identity-[0-9a-f]{8}\n {6}- NACOS_AUTH_IDENTITY_VALUE=[A-Za-z0-9_-]{43}\n$/);
    // Without a file at the cursor the command says what to do (it never copies a secret to the clipboard).
    const none = (await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.generateIdentityPair', arguments: [{}] })) as { message?: string; text?: string };
    assert.match(none.message ?? '', /Open a Nacos configuration file/);
    assert.equal(none.text, undefined);
  });
});

describe('lazy edits (codeAction/resolve)', () => {
  test('a client that resolves edits gets actions without them: nothing is generated until one is picked', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nal-resolve-'));
    mkdirSync(join(dir, 'env'));
    writeFileSync(join(dir, 'compose.yaml'), COMPOSE);
    writeFileSync(join(dir, 'env/nacos.env'), ENV);
    const t = await startTestServer(dir, { resolveCodeActionEdits: true });
    try {
      const uri = `file://${dir}/env/nacos.env`;
      t.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dotenv', version: 1, text: ENV } });
      const p = await t.waitFor(uri, d => d.version === 1 && d.diagnostics.some(x => x.code === 'identity-public-value'));
      const d = p.diagnostics.find(x => x.code === 'identity-public-value')!;
      const real = nodeCrypto.randomBytes;
      let calls = 0;
      nodeCrypto.randomBytes = (n: number) => { calls++; return real(n); };
      let actions: CodeAction[];
      try {
        actions = (await t.client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
      } finally {
        nodeCrypto.randomBytes = real;
      }
      assert.equal(calls, 0, 'no value generated for merely listing the actions');
      const gen = actions.find(a => a.title.startsWith('Generate secure identity pair for '))!;
      assert.equal(gen.edit, undefined);
      assert.ok(gen.data);
      const resolved = (await t.client.sendRequest('codeAction/resolve', gen)) as CodeAction;
      const edits = resolved.edit!.changes![uri];
      assert.equal(edits.length, 1);
      assert.match(edits[0].newText, /^nacos-identity-[0-9a-f]{8}\nNACOS_AUTH_IDENTITY_VALUE=[A-Za-z0-9_-]{43}$/);
    } finally {
      t.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
