#!/usr/bin/env node
// `npm run test:e2e` after build + package: installs what is missing (scripts/e2e-setup.sh), then runs
//   host  the vscode-API mocha suite in code-server's extension host (test/e2e/host.mjs)
//   ui    the packaged .vsix driven in code-server + Chromium on a copy of examples/ (test/e2e/ui.mjs)
//   nvim  Neovim 0.7 as a second LSP client (test/e2e/nvim.mjs)
// and ends with one "e2e: N passed, N failed" line. Output and screenshots: .test-output/e2e/.
//
//   node test/e2e/run.mjs [host] [ui] [nvim]      (default: all three)
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OUT, ROOT, elapsed, log, setup } from './lib.mjs';

const PARTS = ['host', 'ui', 'nvim'];
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : PARTS;
for (const p of wanted) if (!PARTS.includes(p)) { console.error(`unknown part ${p} (${PARTS.join(', ')})`); process.exit(2); }

function run(part) {
  return new Promise((res) => {
    const t = Date.now();
    let last = '';
    const p = spawn(process.execPath, [join(ROOT, 'test', 'e2e', `${part}.mjs`)], {
      cwd: ROOT, env: { ...process.env, E2E_SKIP_SETUP: '1' }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    p.stdout.on('data', (d) => {
      process.stdout.write(d);
      last += d;
      last = last.slice(-4000);
    });
    p.on('close', (code) => {
      const m = [...last.matchAll(/^[\w-]+: (\d+) passed, (\d+) failed$/gm)].pop();
      const passed = m ? Number(m[1]) : 0;
      const failed = m ? Number(m[2]) : 1;
      res({ part, code, passed, failed: code !== 0 && failed === 0 ? 1 : failed, seconds: (Date.now() - t) / 1000 });
    });
  });
}

mkdirSync(OUT, { recursive: true });
const t0 = Date.now();
try {
  log('setup');
  setup();
} catch (e) {
  console.error(e.message);
  console.log('e2e: 0 passed, 1 failed');
  process.exit(1);
}
const setupSeconds = (Date.now() - t0) / 1000;
const results = [];
for (const part of wanted) {
  log(`--- ${part}`);
  results.push(await run(part));
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
writeFileSync(join(OUT, 'summary.json'), JSON.stringify({ setupSeconds, results, totalSeconds: (Date.now() - t0) / 1000 }, null, 2));
console.log(`\nsetup ${setupSeconds.toFixed(1)}s; ${results.map(r => `${r.part} ${r.passed}/${r.passed + r.failed} in ${r.seconds.toFixed(1)}s`).join('; ')}; total ${elapsed()}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : 0;
