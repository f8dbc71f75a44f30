/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, codeOf, open, waitForDiagnostics, withCode, withoutCode } from './util';

const FILE = 'settings/conf/application.properties';
const RULE = 'identity-public-value';

suite('settings', () => {
  let doc: vscode.TextDocument;
  const config = () => vscode.workspace.getConfiguration('nacosAuthLint', doc.uri);
  const severityOf = (ds: vscode.Diagnostic[]) => ds.find(d => codeOf(d) === RULE)?.severity;

  suiteSetup(async () => {
    const ext = await activate();
    const declared = Object.keys(ext.packageJSON?.contributes?.configuration?.properties ?? {});
    for (const k of ['nacosAuthLint.rules', 'nacosAuthLint.enable']) {
      assert.ok(declared.includes(k), `package.json contributes.configuration does not declare ${k} (declared: ${declared.join(', ') || 'none'})`);
    }
    doc = await open(FILE);
    await waitForDiagnostics(doc.uri, withCode(RULE), RULE);
  });

  suiteTeardown(async () => {
    if (!doc) return;
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('enable', undefined, vscode.ConfigurationTarget.Workspace);
  });

  test('nacosAuthLint.rules changes the severity, turns the rule off, and back', async () => {
    assert.equal(severityOf(await waitForDiagnostics(doc.uri, withCode(RULE), RULE)), vscode.DiagnosticSeverity.Error);
    await config().update('rules', { [RULE]: 'warning' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, ds => severityOf(ds) === vscode.DiagnosticSeverity.Warning, `${RULE} as a warning`);
    await config().update('rules', { [RULE]: 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, withoutCode(RULE), `${RULE} gone when off`);
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, ds => severityOf(ds) === vscode.DiagnosticSeverity.Error, `${RULE} back as an error`);
  });

  test('nacosAuthLint.enable=false clears our diagnostics, true brings them back', async () => {
    await config().update('enable', false, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, ds => ds.length === 0, 'no diagnostics when disabled');
    await config().update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, withCode(RULE), `${RULE} back when enabled`);
  });
});
