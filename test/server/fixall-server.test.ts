// `source.fixAll` (codeActionsOnSave) over a real LSP connection: the deterministic fixes of a file, round after round
// until nothing changes (as `--fix` does), in one edit the editor applies once.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { startTestServer, type TestClient } from './lsp';

const TEXT = [
  'nacos.core.auth.enabled=true',
  'nacos.core.auth.system.type=nacos',
  // invalid-boolean makes it `true` first; then user-agent-whitelist (an error on 2.2.3) turns it off.
  'nacos.core.auth.enable.userAgentAuthWhite=ture',
  'nacos.core.auth.server.identity.key=k8Rt2WmQ',
  'nacos.core.auth.server.identity.value=Vb9xL1pZ7dQe3sNa',
  'nacos.core.auth.plugin.nacos.token.secret.key=07e35oZIyIRGq2uA3ScdHatn1pRL+wsO0jR5Cm6WZtM=',
  '',
].join('\n');

describe('source.fixAll', () => {
  let t: TestClient;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nal-fixall-'));
    mkdirSync(join(dir, 'conf'));
    writeFileSync(join(dir, 'conf/application.properties'), TEXT);
    t = await startTestServer(dir, { config: { serverVersion: '2.2.3' } });
  });
  after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('repeats until nothing changes: a fix that reveals the next is followed by it, in one edit', async () => {
    const uri = `file://${dir}/conf/application.properties`;
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'properties', version: 1, text: TEXT } });
    await t.waitFor(uri, d => d.version === 1 && d.diagnostics.some(x => x.code === 'invalid-boolean'));
    const actions = (await t.client.sendRequest('textDocument/codeAction', {
      textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll.nacos-auth-lint'] },
    })) as CodeAction[];
    assert.equal(actions.length, 1);
    const edits = actions[0].edit!.changes![uri];
    const after = TextDocument.applyEdits(TextDocument.create(uri, 'properties', 1, TEXT), edits);
    assert.equal(after, TEXT.replace('userAgentAuthWhite=ture', 'userAgentAuthWhite=false'));
    // What the editor then shows: nothing left to fix.
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: after }] });
    const d = await t.waitFor(uri, p => p.version === 2);
    assert.deepEqual(d.diagnostics.map(x => x.code), []);
  });
});
