// "Not 2.5.1? Set the Nacos version…" (issue 19 #6) over a real LSP connection: offered where the version was inferred,
// asks with the newest release of each line the evidence allows, writes .nacos-auth-lint.json, and once the answer is
// on disk the node runs that version and the question is no longer offered. Never offered for an image tag.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Range, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startTestServer, type TestClient } from './lsp';

const PROPS = [
  'nacos.core.auth.enabled=true',
  'nacos.core.auth.system.type=nacos',
  'nacos.core.auth.enable.userAgentAuthWhite=true',
  // Published: a finding on every version of the range the keys allow (2.1.0–2.5.x).
  'nacos.core.auth.server.identity.key=serverIdentity',
  'nacos.core.auth.server.identity.value=security',
  'nacos.core.auth.plugin.nacos.token.secret.key=07e35oZIyIRGq2uA3ScdHatn1pRL+wsO0jR5Cm6WZtM=',
  '',
].join('\n');
const COMPOSE = 'services:\n  nacos:\n    image: nacos/nacos-server:v2.2.3\n    environment:\n      NACOS_AUTH_ENABLE: "true"\n      NACOS_AUTH_ENABLE_USERAGENT_AUTH_WHITE: "true"\n';

describe('set the Nacos version', () => {
  let t: TestClient;
  let dir: string;
  const uri = (p: string) => `file://${dir}/${p}`;
  const actionsAt = async (u: string, diagnostics: Diagnostic[]) => (await t.client.sendRequest('textDocument/codeAction', {
    textDocument: { uri: u }, range: diagnostics[0].range, context: { diagnostics },
  })) as CodeAction[];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nal-setversion-'));
    mkdirSync(join(dir, 'shop/conf'), { recursive: true });
    writeFileSync(join(dir, 'shop/conf/application.properties'), PROPS);
    writeFileSync(join(dir, 'compose.yaml'), COMPOSE);
    t = await startTestServer(dir);
  });
  after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('offered for an inferred version, answered, written, and then gone', async () => {
    const u = uri('shop/conf/application.properties');
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'properties', version: 1, text: PROPS } });
    const d = await t.waitFor(u, p => p.version === 1 && p.diagnostics.length > 0);
    const offered = (await actionsAt(u, d.diagnostics)).filter(a => a.command?.command === 'nacosAuthLint.server.setVersion');
    assert.equal(offered.length, 1, 'once per request');
    assert.match(offered[0].title, /^Not .+\? Set the Nacos version of shop…$/);

    let asked: { message: string; actions: { title: string }[] } | undefined;
    t.client.onRequest('window/showMessageRequest', (p: { message: string; actions: { title: string }[] }) => {
      asked = p;
      return p.actions.find(a => a.title.startsWith('2.2.')) ?? null;
    });
    const before = t.applied.length;
    const r = (await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.setVersion', arguments: offered[0].command!.arguments })) as { version?: string };
    assert.ok(asked, 'the user is asked');
    assert.match(asked.message, /Which Nacos version runs shop\?/);
    const titles = asked.actions.map(a => a.title);
    assert.ok(titles.length >= 2 && titles.length <= 5, titles.join(', '));
    assert.deepEqual(new Set(titles.map(v => v.split('.').slice(0, 2).join('.'))).size, titles.length, 'one per release line');
    assert.match(r.version ?? '', /^2\.2\.\d+$/);

    // The edit creates the configuration file; write it as the editor would and tell the server.
    const edit: WorkspaceEdit = t.applied[before].edit;
    const docEdit = (edit.documentChanges ?? []).find((c): c is TextDocumentEdit => 'textDocument' in c && c.textDocument.uri === uri('.nacos-auth-lint.json'));
    assert.ok(docEdit, JSON.stringify(edit));
    assert.ok(!existsSync(join(dir, '.nacos-auth-lint.json')));
    const text = TextDocument.applyEdits(TextDocument.create(uri('.nacos-auth-lint.json'), 'json', 0, ''), docEdit.edits as { range: Range; newText: string }[]);
    assert.deepEqual(JSON.parse(text), { overrides: [{ files: ['shop/conf/application.properties'], serverVersion: r.version }] });
    writeFileSync(join(dir, '.nacos-auth-lint.json'), text);
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('.nacos-auth-lint.json'), type: 1 }] });
    const again = await t.waitFor(u, p => p.diagnostics.some(x => /2\.2\.\d/.test(String(x.message))));
    assert.deepEqual((await actionsAt(u, again.diagnostics)).filter(a => a.command?.command === 'nacosAuthLint.server.setVersion'), []);
    assert.equal(JSON.parse(readFileSync(join(dir, '.nacos-auth-lint.json'), 'utf8')).overrides[0].serverVersion, r.version);
  });

  test('never for a container: its image tag is what runs', async () => {
    const u = uri('compose.yaml');
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'dockercompose', version: 1, text: COMPOSE } });
    const d = await t.waitFor(u, p => p.version === 1 && p.diagnostics.length > 0);
    assert.deepEqual((await actionsAt(u, d.diagnostics)).filter(a => a.command?.command === 'nacosAuthLint.server.setVersion'), []);
  });
});
