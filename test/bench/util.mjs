// Shared helpers: statistics, bundling the code under test into a private folder, walking workloads, machine info.
import { execFileSync } from 'node:child_process';
import { readdirSync, lstatSync, readFileSync, existsSync } from 'node:fs';
import { cpus, totalmem, release, platform, availableParallelism, loadavg } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(join(REPO, 'package.json'));

/** Nearest-rank percentile of numbers (copy sorted). */
export function percentile(xs, p) {
  if (!xs.length) return undefined;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}
export const median = xs => percentile(xs, 50);
export function summarize(xs) {
  if (!xs.length) return { n: 0 };
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, median: round(median(s)), p95: round(percentile(s, 95)), min: round(s[0]), max: round(s[s.length - 1]), mean: round(s.reduce((a, b) => a + b, 0) / s.length) };
}
export const round = (x, d = 2) => (x === undefined || x === null || Number.isNaN(x) ? x : Math.round(x * 10 ** d) / 10 ** d);

/**
 * Bundles the server, the CLI and the pure core from server/src into `outDir` with the options esbuild.mjs uses
 * (CommonJS, node20), and gives the node options the VS Code client starts the server with on this machine (`execArgv`,
 * server/src/shared/launch.ts; none for an older tree without it). `production` = minified like the .vsix ships; otherwise readable names for profiles.
 * Building privately keeps the benchmark from touching dist/ and out-test/, which others may be using. `src`: another
 * checkout of the project (to measure a proposed change before it lands).
 */
export async function bundle(outDir, { production = true, src = REPO } = {}) {
  const esbuild = require('esbuild');
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning', absWorkingDir: src };
  // Since the starters (server/src/boot/), dist/server.js and dist/cli.js run serverMain.js / cliMain.js through V8's
  // code cache; an older source tree (--src) is bundled as it was shipped.
  const boot = existsSync(join(src, 'server/src/boot/server.ts'));
  // The node options the VS Code client starts the server with (server/src/shared/launch.ts), where the tree has them.
  const launch = existsSync(join(src, 'server/src/shared/launch.ts'));
  await Promise.all([
    esbuild.build({ ...common, entryPoints: { [boot ? 'serverMain' : 'server']: 'server/src/server/main.ts' }, outdir: outDir }),
    esbuild.build({ ...common, entryPoints: { [boot ? 'cliMain' : 'cli']: 'server/src/cli/main.ts' }, outdir: outDir, ...(boot ? {} : { banner: { js: '#!/usr/bin/env node' } }) }),
    esbuild.build({ ...common, entryPoints: { core: 'server/src/core/index.ts' }, outdir: outDir }),
    ...(launch ? [esbuild.build({ ...common, sourcemap: false, entryPoints: { launch: 'server/src/shared/launch.ts' }, outdir: outDir })] : []),
    ...(boot ? [
      esbuild.build({ ...common, sourcemap: false, entryPoints: { server: 'server/src/boot/server.ts' }, outdir: outDir }),
      esbuild.build({ ...common, sourcemap: false, entryPoints: { cli: 'server/src/boot/cli.ts' }, outdir: outDir, banner: { js: '#!/usr/bin/env node' } }),
    ] : []),
  ]);
  const serverMain = join(outDir, boot ? 'serverMain.js' : 'server.js');
  const execArgv = launch ? require(join(outDir, 'launch.js')).serverExecArgv(availableParallelism(), process.allowedNodeEnvironmentFlags) : [];
  return { server: join(outDir, 'server.js'), serverMain, cli: join(outDir, 'cli.js'), core: join(outDir, 'core.js'), execArgv };
}

/** The files the CLI and the server consider (same test as `collectFiles` / `WorkspaceIndex.relevant`). */
export function candidateFiles(root) {
  const out = [];
  const skip = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.vscode-test']);
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop();
    for (const name of readdirSync(dir)) {
      if (skip.has(name)) continue;
      const p = join(dir, name);
      const st = lstatSync(p);
      if (st.isDirectory()) stack.push(p);
      else if (st.isFile() && isCandidate(name)) out.push({ path: p, size: st.size });
    }
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : 1));
}
export function isCandidate(name) {
  const n = name.toLowerCase();
  return n.endsWith('.properties') || n === 'cluster.conf' || n === '.env' || n.endsWith('.env') || n.startsWith('.env.') || n.endsWith('.yml') || n.endsWith('.yaml') || n.endsWith('.tpl');
}

function safe(fn, fallback) {
  try { return fn(); } catch { return fallback; }
}

export function machine() {
  const c = cpus();
  const pkg = name => safe(() => JSON.parse(readFileSync(join(REPO, 'node_modules', name, 'package.json'), 'utf8')).version);
  return {
    cpuModel: c[0]?.model?.trim(),
    cpuMHz: c[0]?.speed,
    cores: availableParallelism?.() ?? c.length,
    memoryBytes: totalmem(),
    memoryGiB: round(totalmem() / 2 ** 30, 1),
    node: process.version,
    os: `${platform()} ${release()}`,
    commit: safe(() => execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: REPO, encoding: 'utf8' }).trim()),
    dirty: safe(() => execFileSync('git', ['status', '--porcelain', '--', 'server', 'package.json'], { cwd: REPO, encoding: 'utf8' }).trim().length > 0),
    peers: { 'yaml-language-server': pkg('yaml-language-server'), '@microsoft/compose-language-service': pkg('@microsoft/compose-language-service'), yaml: pkg('yaml') },
    loadAverageAtStart: loadavg().map(x => round(x)),
    date: new Date().toISOString(),
  };
}
