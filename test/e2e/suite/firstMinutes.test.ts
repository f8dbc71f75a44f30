/// <reference types="mocha" />
// Issue 19 in the real extension host: a compose file typed from empty gets diagnostics before it is saved, an
// untitled Compose document too, "generate 32 random bytes (Base64)" completes a token secret, and the palette's
// "Generate Secure Identity Pair" in a node that has a pair replaces it on every member (no duplicate keys).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, ours, readDisk, waitForDiagnostics, withCode, wsUri } from './util';

async function typeLines(editor: vscode.TextEditor, lines: string[]): Promise<void> {
  for (const l of lines) {
    const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
    assert.ok(await editor.edit(b => b.insert(end, `${l}\n`)), `typing "${l}"`);
  }
}

const COMPOSE = ['services:', '  nacos:', '    image: nacos/nacos-server:v3.0.2', '    environment:',
  '      - NACOS_AUTH_IDENTITY_KEY=serverIdentity', '      - NACOS_AUTH_IDENTITY_VALUE=security'];

suite('first minutes (issue 19)', () => {
  suiteSetup(async () => {
    await activate();
  });

  test('a new docker-compose.yml typed line by line gets diagnostics before it is saved', async () => {
    const uri = wsUri('typed/docker-compose.yml');
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await typeLines(editor, COMPOSE);
    const ds = await waitForDiagnostics(uri, withCode('identity-public-value'), 'identity-public-value while typing');
    assert.ok(editor.document.isDirty, 'still unsaved');
    assert.equal(await readDisk('typed/docker-compose.yml'), '', 'nothing written to disk');
    assert.ok(ds.some(d => d.range.start.line >= 4), "on the identity lines");
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('an untitled Compose document gets diagnostics too', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'dockercompose', content: '' });
    const editor = await vscode.window.showTextDocument(doc);
    await typeLines(editor, COMPOSE);
    await waitForDiagnostics(doc.uri, withCode('identity-public-value'), 'identity-public-value in the untitled document');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('completion after NACOS_AUTH_TOKEN= offers a generated secret, drawn on resolve', async () => {
    const uri = wsUri('typed/nacos.env');
    await vscode.workspace.fs.writeFile(uri, Buffer.from('NACOS_AUTH_ENABLE=true\nNACOS_AUTH_TOKEN=\n'));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    // itemResolveCount: the first items are resolved (completionItem/resolve) as the editor does when one is focused.
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, new vscode.Position(1, 17), undefined, 20);
    const gen = list.items.find(i => (typeof i.label === 'string' ? i.label : i.label.label) === 'generate 32 random bytes (Base64)');
    assert.ok(gen, list.items.map(i => (typeof i.label === 'string' ? i.label : i.label.label)).join(', '));
    const [extra] = gen.additionalTextEdits ?? [];
    assert.ok(extra, 'the value arrives as an additional edit on resolve');
    assert.equal(Buffer.from(extra.newText, 'base64').length, 32);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('"Generate Secure Identity Pair" in a node that has a pair replaces it on every member, without duplicates', async () => {
    const members = ['bare-metal/node1/conf/application.properties', 'bare-metal/node2/conf/application.properties', 'bare-metal/node3/conf/application.properties'];
    const doc = await vscode.workspace.openTextDocument(wsUri(members[0]));
    const editor = await vscode.window.showTextDocument(doc);
    const line = doc.getText().split('\n').findIndex(l => l.startsWith('nacos.core.auth.server.identity.value='));
    editor.selection = new vscode.Selection(line, 0, line, 0);
    // The edit reaches the other members: VS Code's refactor preview opens; Apply it.
    const running = vscode.commands.executeCommand('nacosAuthLint.generateIdentityPair');
    let done = false;
    void Promise.resolve(running).then(() => { done = true; }, () => { done = true; });
    for (let i = 0; i < 100 && !done; i++) {
      await new Promise(r => setTimeout(r, 100));
      if (!done) await Promise.resolve(vscode.commands.executeCommand('refactorPreview.apply')).then(() => undefined, () => undefined);
    }
    await running;
    for (const m of members) {
      const d = vscode.workspace.textDocuments.find(x => x.uri.toString() === wsUri(m).toString());
      const text = d ? d.getText() : await readDisk(m);
      const keys = text.split('\n').filter(l => l.startsWith('nacos.core.auth.server.identity.key='));
      const values = text.split('\n').filter(l => l.startsWith('nacos.core.auth.server.identity.value='));
      assert.equal(keys.length, 1, `${m}: one key line`);
      assert.equal(values.length, 1, `${m}: one value line`);
      assert.ok(!values[0].endsWith('=security'), `${m}: replaced`);
    }
    await waitForDiagnostics(wsUri(members[0]), ds => !ds.some(d => /^identity-|^cluster-identity/.test(String(typeof d.code === 'object' ? d.code.value : d.code))), 'no identity problem left');
    assert.ok(ours(wsUri(members[0])).every(d => !/identity/.test(d.message) || !/published/.test(d.message)));
  });
});
