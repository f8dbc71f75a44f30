#!/usr/bin/env node
// Runs test/e2e/nvim.lua in headless Neovim 0.7 against `node dist/server.js --stdio` (E2E.md §3) on a copy of
// test/e2e/workspace, then checks on disk that the preferred quick fix gave every cluster member one new pair.
//
//   node test/e2e/nvim.mjs [--workspace DIR] [--file REL] [--keep]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { OUT, ROOT, copyWorkspace, log, runDir, setup } from './lib.mjs';

const { values: opt } = parseArgs({
  options: {
    workspace: { type: 'string', default: join(ROOT, 'test', 'e2e', 'workspace') },
    file: { type: 'string', default: 'bare-metal/node1/conf/application.properties' },
    code: { type: 'string', default: 'identity-public-value' },
    keep: { type: 'boolean', default: false },
  },
});
const outDir = join(OUT, 'nvim');
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

const ID_KEY = 'nacos.core.auth.server.identity.key';
const ID_VALUE = 'nacos.core.auth.server.identity.value';
const prop = (text, key) => text.split(/\r?\n/).find(l => l.startsWith(`${key}=`))?.slice(key.length + 1);

function nvim(dir, ws, file) {
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(dir, 'config'), XDG_DATA_HOME: join(dir, 'data'), XDG_STATE_HOME: join(dir, 'state'), XDG_CACHE_HOME: join(dir, 'cache'),
    NAL_SERVER: join(ROOT, 'dist', 'server.js'), NAL_ROOT: ws, NAL_CODE: opt.code,
  };
  return new Promise((res) => {
    const p = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${join(ROOT, 'test', 'e2e', 'nvim.lua')}`, file],
      { env, cwd: ws, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    p.stdout.on('data', d => { stdout += d; });
    p.stderr.on('data', d => { stderr += d; });
    const timer = setTimeout(() => { stderr += '\n(killed after 60 s)'; p.kill('SIGKILL'); }, 60000);
    p.on('close', (code, signal) => { clearTimeout(timer); res({ code: code ?? signal, stdout, stderr }); });
  });
}

async function main() {
  const server = join(ROOT, 'dist', 'server.js');
  if (!existsSync(server)) throw new Error(`${server} does not exist: run \`npm run build\``);
  setup(['--no-code-server']);
  const dir = runDir('nvim');
  const ws = copyWorkspace(resolve(opt.workspace), join(dir, 'workspace'));
  const file = join(ws, opt.file);
  if (!existsSync(file)) throw new Error(`${opt.file} is not in ${opt.workspace}`);
  // The file's cluster: the properties files whose cluster.conf lists the same members.
  const conf = f => { try { return readFileSync(join(dirname(f), 'cluster.conf'), 'utf8').trim(); } catch { return null; } };
  const clusterRoot = dirname(dirname(dirname(file)));
  const members = readdirSync(clusterRoot).map(n => join(clusterRoot, n, 'conf', 'application.properties'))
    .filter(f => existsSync(f) && conf(f) !== null && conf(f) === conf(file));
  const before = members.map(f => readFileSync(f, 'utf8'));

  const t = Date.now();
  const r = await nvim(dir, ws, file);
  writeFileSync(join(outDir, 'nvim.log'), `${r.stdout}\n--- stderr\n${r.stderr}`);
  const lines = r.stdout.split('\n').filter(l => /^(ok|FAIL|RESULT)/.test(l));
  for (const l of lines) if (!l.startsWith('RESULT')) console.log(`  ${l}`);
  const result = JSON.parse(lines.find(l => l.startsWith('RESULT'))?.slice(7) || '{"checks":[]}');
  writeFileSync(join(outDir, 'result.json'), JSON.stringify(result, null, 2));
  const checks = [...result.checks];
  if (!lines.length) checks.push({ name: 'nvim ran nvim.lua', ok: false, detail: `exit ${r.code}: ${(r.stderr || r.stdout).trim().slice(-400)}` });
  else if (r.code !== 0 && result.ok) checks.push({ name: 'nvim exit', ok: false, detail: `exit ${r.code}` });

  if (result.ok) {
    const after = members.map(f => readFileSync(f, 'utf8'));
    const changed = after.every((a, i) => a !== before[i]);
    const pairs = new Set(after.map(a => `${prop(a, ID_KEY)}\n${prop(a, ID_VALUE)}`));
    const c1 = { name: 'every member changed on disk', ok: changed, detail: members.map((f, i) => `${f.slice(ws.length + 1)}: ${after[i] !== before[i] ? 'changed' : 'unchanged'}`).join(', ') };
    const c2 = { name: 'one identity pair across the cluster', ok: pairs.size === 1, detail: `${pairs.size} distinct pair(s)` };
    for (const c of [c1, c2]) { checks.push(c); console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}: ${c.detail}`); }
  }
  log(`nvim done in ${Date.now() - t} ms (first diagnostics after ${result.first_diagnostics_ms ?? '?'} ms)`);
  if (!opt.keep) rmSync(dir, { recursive: true, force: true }); else log(`kept ${dir}`);
  return checks;
}

main().then(checks => {
  const failed = checks.filter(c => !c.ok);
  for (const c of failed) console.error(`  ✘ ${c.name}: ${c.detail ?? ''}`);
  // Failing checks stop the Lua script, so count the scenario once: passed when every check passed.
  console.log(`nvim: ${failed.length ? 0 : 1} passed, ${failed.length ? 1 : 0} failed`);
  process.exitCode = failed.length ? 1 : 0;
}, e => {
  console.error(`nvim: ${e.message}`);
  console.log('nvim: 0 passed, 1 failed');
  process.exitCode = 1;
});
