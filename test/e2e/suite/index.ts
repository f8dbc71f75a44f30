// Mocha entry for the `vscode` API tests inside a real extension host. The same file serves both runners:
// code-server's ?payload= route (test/e2e/host.mjs, E2E.md §2) and @vscode/test-electron (test/e2e/test-electron.mjs).
// esbuild bundles each test/e2e/suite/*.ts on its own, so the tests are found next to this file at run time.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60000, slow: 5000 });
  const grep = process.env.NACOS_E2E_GREP;
  if (grep) mocha.grep(grep);
  const files = fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort();
  if (files.length === 0) return Promise.reject(new Error(`no *.test.js next to ${__filename}`));
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  return new Promise((resolve, reject) => {
    try {
      mocha.run(failures => (failures > 0 ? reject(new Error(`${failures} test(s) failed`)) : resolve()));
    } catch (e) {
      reject(e);
    }
  });
}
