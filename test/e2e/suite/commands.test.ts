/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activate, COMMANDS, open, within } from './util';

suite('commands', () => {
  suiteSetup(async () => {
    await activate();
  });

  test('the three commands are registered', async () => {
    const all = new Set(await vscode.commands.getCommands(true));
    for (const c of COMMANDS) assert.ok(all.has(c), `${c} is not registered`);
  });

  test('"Nacos: Check Cluster Consistency" runs and finds the mismatch', async () => {
    const report = await within(vscode.commands.executeCommand<unknown>('nacosAuthLint.checkWorkspace'), 30000, 'nacosAuthLint.checkWorkspace');
    // The client returns the server's report (findings with rule ids); if it ever returns nothing, the UI test
    // (test/e2e/ui.mjs) still checks what the user sees.
    const findings = (report as { findings?: { ruleId: string; path: string }[] } | undefined)?.findings;
    if (findings) {
      assert.ok(
        findings.some(f => f.ruleId === 'cluster-identity-mismatch' && f.path.includes('mismatch/')),
        `no cluster-identity-mismatch for mismatch/ in the report: ${JSON.stringify(findings.map(f => `${f.ruleId} ${f.path}`).slice(0, 10))}`,
      );
    }
  });

  test('"Nacos: Show Effective Auth Configuration" runs on a properties file', async () => {
    await open('bare-metal/node1/conf/application.properties');
    await within(vscode.commands.executeCommand('nacosAuthLint.showEffectiveConfig'), 30000, 'nacosAuthLint.showEffectiveConfig');
  });
});
