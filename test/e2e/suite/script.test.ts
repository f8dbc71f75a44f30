/// <reference types="mocha" />
// A shell script that starts a cluster with `docker run` (issue 17): the diagnostic on the `-e` value in the script,
// "Generate secure identity pair" rewriting both command lines in one edit, and the diagnostics gone after saving.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, open, readDisk, waitForDiagnostics, withCode, withoutCode } from './util';

const SCRIPT = 'script/start-nacos.sh';

suite('docker run in a shell script', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    await activate();
    doc = await open(SCRIPT);
  });

  test('the published pair is flagged on the -e values of both runs', async () => {
    const ds = await waitForDiagnostics(doc.uri, withCode('identity-public-value'), 'identity-public-value in the script');
    const lines = ds.filter(d => codeOf(d) === 'identity-public-value').map(d => d.range.start.line).sort((a, b) => a - b);
    assert.ok(lines.includes(11) && lines.includes(17), `lines ${lines.join(',')}`);
    for (const d of ds) assert.ok(!d.message.includes('security'), 'a secret in a message');
  });

  test('"Generate secure identity pair" rewrites both command lines; saved, the finding is gone', async () => {
    const ds = await waitForDiagnostics(doc.uri, withCode('identity-public-value'), 'identity-public-value in the script');
    const d = ds.find(x => codeOf(x) === 'identity-public-value')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value, 50);
    const gen = actions.find(a => /generate secure identity pair/i.test(a.title));
    assert.ok(gen?.edit, `not offered; got: ${actions.map(a => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(gen.edit));
    assert.ok(await doc.save(), 'save failed');
    const text = await readDisk(SCRIPT);
    const keys = [...text.matchAll(/-e NACOS_AUTH_IDENTITY_KEY=(\S+)/g)].map(m => m[1]);
    const values = [...text.matchAll(/-e NACOS_AUTH_IDENTITY_VALUE=(\S+)/g)].map(m => m[1]);
    assert.equal(keys.length, 2);
    assert.equal(new Set(keys).size, 1, 'both runs get the same key');
    assert.equal(new Set(values).size, 1, 'both runs get the same value');
    assert.notEqual(values[0], 'security');
    await waitForDiagnostics(doc.uri, withoutCode('identity-public-value'), 'no identity-public-value after the fix');
  });
});
