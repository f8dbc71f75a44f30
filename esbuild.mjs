// Bundles the client, the server and the CLI (CommonJS, Node 20), and the tests (one file per test).
import * as esbuild from 'esbuild';
import { readdirSync, statSync, rmSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const watch = process.argv.includes('--watch');
const prod = process.argv.includes('--production');
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !prod, minify: prod, logLevel: 'warning' };

function walk(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) { if (name !== 'workspace' && name !== 'fixtures') walk(p, out); }
    else if (/\.test\.ts$/.test(name) || (dir.includes(join('e2e', 'suite')) && name.endsWith('.ts'))) out.push(p);
  }
  return out;
}

const builds = [
  { ...common, entryPoints: { extension: 'client/src/extension.ts' }, outdir: 'dist', external: ['vscode'] },
  // dist/server.js and dist/cli.js are small starters that run the bundles through V8's code cache (server/src/boot/).
  { ...common, entryPoints: { serverMain: 'server/src/server/main.ts', cliMain: 'server/src/cli/main.ts' }, outdir: 'dist' },
  { ...common, entryPoints: { server: 'server/src/boot/server.ts' }, outdir: 'dist', sourcemap: false },
  { ...common, entryPoints: { cli: 'server/src/boot/cli.ts' }, outdir: 'dist', sourcemap: false, banner: { js: '#!/usr/bin/env node' } },
];
if (!prod) {
  rmSync('out-test', { recursive: true, force: true });
  const tests = walk('test');
  if (tests.length) builds.push({ ...common, entryPoints: tests, outdir: 'out-test', outbase: 'test', external: ['vscode', 'playwright-core', 'mocha'], sourcemap: 'inline' });
}

for (const b of builds) b.entryPoints = Array.isArray(b.entryPoints) ? b.entryPoints : Object.fromEntries(Object.entries(b.entryPoints).filter(([, f]) => existsSync(f)));

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map(b => esbuild.build(b)));
}
