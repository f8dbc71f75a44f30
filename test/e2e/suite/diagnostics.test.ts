/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, open, waitForDiagnostics, withCode, wsUri } from './util';

const NODE1 = 'bare-metal/node1/conf/application.properties';

suite('diagnostics', () => {
  suiteSetup(async () => {
    await activate();
  });

  test('a published identity value is an error under the value, with rule id, source and rule doc', async () => {
    const doc = await open(NODE1);
    const ds = await waitForDiagnostics(doc.uri, withCode('identity-public-value'), 'identity-public-value');
    const d = ds.find(x => codeOf(x) === 'identity-public-value')!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(d.source, 'nacos-auth-lint');
    const line = doc.lineAt(d.range.start.line).text;
    assert.ok(line.startsWith('nacos.core.auth.server.identity.'), `diagnostic on line "${line}"`);
    assert.ok(doc.getText(d.range).length > 0, 'empty range');
    assert.ok(
      doc.getText(d.range).includes('security') || doc.getText(d.range).includes('serverIdentity'),
      `range covers "${doc.getText(d.range)}", not the published value`,
    );
    assert.ok(typeof d.code === 'object' && d.code.target instanceof vscode.Uri, 'code has no codeDescription.href (rule doc link)');
    assert.ok(!d.message.includes('security') || /published|public|公开/i.test(d.message), 'message prints the value');
  });

  test('every member of the cluster gets it, open or not', async () => {
    for (const n of ['node2', 'node3']) {
      await waitForDiagnostics(wsUri(`bare-metal/${n}/conf/application.properties`), withCode('identity-public-value'), `identity-public-value on ${n}`);
    }
  });

  test('hover shows the masked effective value and where it came from', async () => {
    const doc = await open(NODE1);
    const line = doc.getText().split('\n').findIndex(l => l.startsWith('nacos.core.auth.server.identity.value='));
    const pos = new vscode.Position(line, 'nacos.core.auth.server.identity.value='.length + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos);
    const text = hovers
      .flatMap(h => h.contents)
      .map(c => (typeof c === 'string' ? c : 'value' in c ? c.value : ''))
      .join('\n');
    assert.ok(text.trim(), `no hover at ${line + 1}:${pos.character + 1} of ${NODE1} (a hover provider for auth keys/values is expected)`);
    assert.match(text, /•|…|\(unset\)|\(empty\)/, `no masked value in the hover:\n${text}`);
    assert.match(text, /application\.properties/, `the hover does not say where the value came from:\n${text}`);
    assert.ok(!/=\s*security\b/.test(text), `the hover prints the raw value:\n${text}`);
  });

  test('members with different identity pairs get cluster-identity-mismatch relating to each other', async () => {
    const a = wsUri('mismatch/node1/conf/application.properties');
    const b = wsUri('mismatch/node2/conf/application.properties');
    await vscode.workspace.openTextDocument(a);
    const ds = await waitForDiagnostics(a, withCode('cluster-identity-mismatch'), 'cluster-identity-mismatch');
    const d = ds.find(x => codeOf(x) === 'cluster-identity-mismatch')!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.ok(
      (d.relatedInformation ?? []).some(r => r.location.uri.toString() === b.toString()),
      `relatedInformation does not point at the other member: ${JSON.stringify((d.relatedInformation ?? []).map(r => r.location.uri.path))}`,
    );
    await waitForDiagnostics(b, withCode('cluster-identity-mismatch'), 'cluster-identity-mismatch on the other member');
  });

  test('a file linted while closed, then opened and edited, shows each diagnostic once, at its new place', async () => {
    // Pushed while closed, pulled once open: the pushed copy must be withdrawn, or it shows twice and goes stale.
    const rel = 'bare-metal/node2/conf/application.properties';
    const uri = wsUri(rel);
    const before = await waitForDiagnostics(uri, withCode('identity-public-value'), 'identity-public-value while closed');
    const line = before.find(d => codeOf(d) === 'identity-public-value')!.range.start.line;
    const doc = await open(rel);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), '# moved down by one line\n');
    assert.ok(await vscode.workspace.applyEdit(edit), 'applyEdit returned false');
    try {
      const ds = await waitForDiagnostics(uri, xs => xs.some(d => codeOf(d) === 'identity-public-value' && d.range.start.line === line + 1),
        'identity-public-value one line further down');
      const stale = ds.filter(d => d.range.start.line === line && codeOf(d) === 'identity-public-value');
      assert.equal(stale.length, 0, `a stale copy is still on line ${line + 1}: ${stale.map(d => d.message).join(' | ')}`);
      const keys = ds.map(d => `${codeOf(d)}@${d.range.start.line}:${d.range.start.character} ${d.message}`);
      assert.equal(new Set(keys).size, keys.length, `listed twice: ${keys.filter((k, i) => keys.indexOf(k) !== i).join(' | ')}`);
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });

  test('a compose file fed by .env gets the diagnostic in .env', async () => {
    await open('docker/compose.yaml');
    const env = wsUri('docker/.env');
    const ds = await waitForDiagnostics(env, withCode('identity-public-value'), 'identity-public-value in .env');
    const d = ds.find(x => codeOf(x) === 'identity-public-value')!;
    const envDoc = await vscode.workspace.openTextDocument(env);
    assert.match(envDoc.lineAt(d.range.start.line).text, /^NACOS_AUTH_IDENTITY_(VALUE|KEY)=/);
  });
});
