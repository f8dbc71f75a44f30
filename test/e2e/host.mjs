#!/usr/bin/env node
// Runs the mocha suite (out-test/e2e/suite/index.js, built by `npm run build`) inside code-server's Node
// extension host through the workbench's ?payload= route (E2E.md §2), on a copy of test/e2e/workspace.
//
//   node test/e2e/host.mjs [--extension DIR] [--tests FILE] [--workspace DIR] [--keep]
//
// --extension  extension under development (default: the repo root, whose package.json main is dist/extension.js)
// --tests      the mocha entry (default: out-test/e2e/suite/index.js)
// --workspace  folder to copy and open (default: test/e2e/workspace)
// --keep       keep the run folder (code-server logs, the workspace copy) and print where it is
// Env: NACOS_E2E_GREP filters tests by name; E2E_SKIP_SETUP skips scripts/e2e-setup.sh.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { format, parseArgs } from 'node:util';
import {
  OUT, ROOT, cleanupOnce, copyWorkspace, launchBrowser, log, remoteUri, runDir, setup, startCodeServer, tail, workbenchUrl,
} from './lib.mjs';

const { values: opt } = parseArgs({
  options: {
    extension: { type: 'string', default: ROOT },
    tests: { type: 'string', default: join(ROOT, 'out-test', 'e2e', 'suite', 'index.js') },
    workspace: { type: 'string', default: join(ROOT, 'test', 'e2e', 'workspace') },
    keep: { type: 'boolean', default: false },
    timeout: { type: 'string', default: '300' },
  },
});

// Workbench chatter that says nothing about the tests (offline gallery lookups, connection set-up).
const NOISE = /^CodeExpectedError\s*\n\s+at |open-vsx\.org|ENOTFOUND|Resolving connection token|Resolved connection token|Creating a socket|Service Worker|additional builtin extensions|ChatSessionStore/;

const extPath = resolve(opt.extension);
const testsPath = resolve(opt.tests);
const outDir = join(OUT, 'extension-host');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

function preflight() {
  const pkg = JSON.parse(readFileSync(join(extPath, 'package.json'), 'utf8'));
  const main = join(extPath, pkg.main ?? 'extension.js');
  const mainJs = main.endsWith('.js') ? main : `${main}.js`;
  if (!existsSync(mainJs)) throw new Error(`${mainJs} does not exist: run \`npm run build\` (is client/src/extension.ts there yet?)`);
  if (!existsSync(testsPath)) throw new Error(`${testsPath} does not exist: run \`npm run build\` (esbuild bundles test/e2e/suite/*.ts into out-test/e2e/suite/)`);
}

async function main() {
  preflight();
  setup(['--no-nvim']);
  const dir = runDir('host');
  const folder = copyWorkspace(resolve(opt.workspace), join(dir, 'workspace'));
  // No vsix here: the extension loads from extensionDevelopmentPath (E2E.md §2: never both).
  const cs = await startCodeServer({ dir, folder, name: 'code-server' });
  let browser;
  const cleanup = cleanupOnce({ cs, dir, keep: opt.keep, browser: () => browser });
  const lines = [];
  try {
    log(`code-server ${cs.url}, workspace ${folder}`);
    browser = await launchBrowser();
    const page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      const text = format(...(Array.isArray(args) ? args : [args]));
      lines.push(text);
      if (!NOISE.test(text)) console.log(text.replace(/^/gm, '  '));
    });
    let exitCode;
    const exited = new Promise(r => page.exposeFunction('codeAutomationExit', (code) => { exitCode = code; r(code); }));
    const payload = [['extensionDevelopmentPath', remoteUri(cs.url, extPath)], ['extensionTestsPath', remoteUri(cs.url, testsPath)]];
    await page.goto(workbenchUrl(cs.url, folder, payload));
    const limit = Number(opt.timeout) * 1000;
    let timer;
    const code = await Promise.race([
      exited,
      new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`the extension host did not finish the tests within ${opt.timeout} s`)), limit); }),
    ]).finally(() => clearTimeout(timer));
    await page.screenshot({ path: join(outDir, 'end.png') }).catch(() => {});
    writeFileSync(join(outDir, 'output.log'), lines.join('\n'));
    const passing = Number(/(\d+) passing/.exec(lines.join('\n'))?.[1] ?? 0);
    const failing = Number(/(\d+) failing/.exec(lines.join('\n'))?.[1] ?? 0);
    if (code !== 0 && failing === 0 && passing === 0) {
      console.error(`extension host: exit ${code} without a mocha summary (the tests did not load or the extension did not start); code-server log: ${tail(cs.logFile, 8)}`);
    }
    console.log(`extension-host: ${passing} passed, ${code === 0 ? failing : Math.max(failing, 1)} failed`);
    log(`exit ${exitCode}`);
    return code;
  } catch (e) {
    console.error(`extension host run failed: ${e.message}`);
    console.error(`code-server log: ${tail(cs.logFile, 8)}`);
    writeFileSync(join(outDir, 'output.log'), lines.join('\n'));
    const pages = browser?.contexts().flatMap(c => c.pages()) ?? [];
    if (pages[0]) await pages[0].screenshot({ path: join(outDir, 'failure.png') }).catch(() => {});
    console.log('extension-host: 0 passed, 1 failed');
    return 1;
  } finally {
    await cleanup();
  }
}

main().then(code => { process.exitCode = code; }, e => { console.error(`extension host: ${e.message}`); console.log('extension-host: 0 passed, 1 failed'); process.exitCode = 1; });
