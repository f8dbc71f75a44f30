#!/usr/bin/env node
// The extension-host suite (out-test/e2e/suite/index.js, built by `npm run build`) in a downloaded VS Code via
// @vscode/test-electron, for machines that can download it (E2E.md §5): on the minimum `engines.vscode` and on
// stable. Linux without a display: run under `xvfb-run -a`. Here the download fails (offline); CI runs the same
// suite through code-server instead (test/e2e/host.mjs).
//
//   node test/e2e/test-electron.mjs [version ...]     (default: the engines.vscode minimum, then stable)
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const tests = join(ROOT, 'out-test', 'e2e', 'suite', 'index.js');
const engine = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.vscode.replace(/^[^\d]*/, '');
const versions = process.argv.slice(2).length ? process.argv.slice(2) : [engine, 'stable'];

if (!existsSync(tests)) {
  console.error(`${tests} does not exist: run \`npm run build\``);
  process.exit(1);
}

let failed = 0;
for (const version of versions) {
  const dir = mkdtempSync(join(tmpdir(), 'nal-vscode-test-'));
  const workspace = join(dir, 'workspace');
  cpSync(join(ROOT, 'test', 'e2e', 'workspace'), workspace, { recursive: true });
  console.log(`--- VS Code ${version}`);
  try {
    await runTests({
      version,
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: tests,
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes',
        '--user-data-dir', join(dir, 'user-data'), '--extensions-dir', join(dir, 'extensions')],
      extensionTestsEnv: { NACOS_E2E_GREP: process.env.NACOS_E2E_GREP ?? '' },
    });
    console.log(`VS Code ${version}: passed`);
  } catch (e) {
    failed++;
    console.error(`VS Code ${version}: ${e instanceof Error ? e.message : `failed (${e})`}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`test-electron: ${versions.length - failed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
