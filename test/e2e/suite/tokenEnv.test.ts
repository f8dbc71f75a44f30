/// <reference types="mocha" />
// Issue 19 item 2 in the real extension host: on a compose cluster that writes the token secret as a literal, the
// "Generate token secret" fix has a project .env variant: the secret goes to .env, the compose file says ${VAR}.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, readDisk, waitForDiagnostics, withCode, wsUri } from './util';

const SHORT = 'c2hvcnRTZWNyZXQ=';
const svc = (n: string) => `  ${n}:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      NACOS_AUTH_ENABLE: "true"\n      NACOS_AUTH_TOKEN: ${SHORT}\n`;

suite('token secret in the project .env (issue 19)', () => {
  suiteSetup(async () => {
    await activate();
  });

  test('the .env variant writes the secret to .env and ${NACOS_AUTH_TOKEN} into the compose file', async () => {
    const uri = wsUri('tokenenv/compose.yaml');
    await vscode.workspace.fs.writeFile(uri, Buffer.from(`services:\n${svc('nacos1')}${svc('nacos2')}`));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    const ds = await waitForDiagnostics(uri, withCode('secret-too-short'), 'secret-too-short');
    const d = ds.find(x => codeOf(x) === 'secret-too-short')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value, 50);
    const env = actions.find(a => a.title.startsWith('Generate token secret (32 bytes, HS256) in the project .env (referenced as ${VAR})'));
    assert.ok(env?.edit, actions.map(a => a.title).join(' | '));
    const applying = vscode.workspace.applyEdit(env.edit);
    let done = false;
    void applying.then(() => { done = true; });
    for (let i = 0; i < 100 && !done; i++) {
      await new Promise(r => setTimeout(r, 100));
      if (!done) await Promise.resolve(vscode.commands.executeCommand('refactorPreview.apply')).then(() => undefined, () => undefined);
    }
    assert.equal(await applying, true);
    const dotenv = vscode.workspace.textDocuments.find(x => x.uri.toString() === wsUri('tokenenv/.env').toString());
    const envText = dotenv ? dotenv.getText() : await readDisk('tokenenv/.env');
    const m = /^NACOS_AUTH_TOKEN=(\S+)$/m.exec(envText);
    assert.ok(m, envText.replace(/=.*/g, '=…'));
    assert.equal(Buffer.from(m[1], 'base64').length, 32);
    assert.equal(doc.getText().match(/NACOS_AUTH_TOKEN: "\$\{NACOS_AUTH_TOKEN\}"/g)?.length, 2, 'both services reference it');
    assert.ok(!doc.getText().includes(m[1]), 'the secret is not in the compose file');
  });
});
