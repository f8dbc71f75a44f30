/// <reference types="mocha" />
// A Kubernetes StatefulSet (issue 15): a v3 image with none of the three variables its entrypoint requires is an
// error at `image`; the preferred quick fix writes a Secret with generated values and a secretKeyRef per variable,
// and once saved the error is gone.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, open, readDisk, waitForDiagnostics, withCode, withoutCode } from './util';

const MANIFEST = 'k8s/nacos.yaml';

suite('Kubernetes StatefulSet', () => {
  let doc: vscode.TextDocument;

  suiteSetup(async () => {
    await activate();
    doc = await open(MANIFEST);
  });

  test('a v3 image without the identity: the error at the image line', async () => {
    assert.equal(doc.languageId, 'yaml');
    const ds = await waitForDiagnostics(doc.uri, withCode('docker-required-env-missing'), 'docker-required-env-missing in the manifest');
    const d = ds.find(x => codeOf(x) === 'docker-required-env-missing')!;
    assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(doc.lineAt(d.range.start.line).text.trim(), 'image: nacos/nacos-server:v3.1.0');
    assert.match(d.message, /NACOS_AUTH_TOKEN, NACOS_AUTH_IDENTITY_KEY, NACOS_AUTH_IDENTITY_VALUE/);
  });

  test('the quick fix writes a Secret and secretKeyRefs; saved, the error is gone', async () => {
    const ds = await waitForDiagnostics(doc.uri, withCode('docker-required-env-missing'), 'docker-required-env-missing in the manifest');
    const d = ds.find(x => codeOf(x) === 'docker-required-env-missing')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value, 50);
    const fix = actions.find(a => a.isPreferred && a.edit);
    assert.ok(fix?.edit, `no preferred fix; got: ${actions.map(a => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.ok(await doc.save(), 'save failed');
    const text = await readDisk(MANIFEST);
    for (const name of ['NACOS_AUTH_TOKEN', 'NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE']) {
      assert.match(text, new RegExp(`- name: ${name}\\n\\s+valueFrom:\\n\\s+secretKeyRef:\\n\\s+name: (\\S+)\\n\\s+key: ${name}\\n`), `${name} from a secretKeyRef`);
      assert.match(text, new RegExp(`\\n  ${name}: \\S{16,}\\n`), `${name} in the Secret`);
    }
    assert.match(text, /\n---\napiVersion: v1\nkind: Secret\n/);
    await waitForDiagnostics(doc.uri, withoutCode('docker-required-env-missing'), 'no docker-required-env-missing after the fix');
    const left = await waitForDiagnostics(doc.uri, () => true, 'diagnostics');
    assert.deepEqual(left.filter(x => x.severity === vscode.DiagnosticSeverity.Error).map(codeOf), []);
    // The generated values are not in any message.
    const token = /\n {2}NACOS_AUTH_TOKEN: (\S+)\n/.exec(text)![1];
    for (const x of left) assert.ok(!x.message.includes(token));
  });
});
