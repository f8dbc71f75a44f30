// Shared mechanics of the end-to-end runners: paths, code-server (E2E.md §1), Chromium via playwright-core,
// polling without fixed sleeps, and step bookkeeping with screenshots.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const OUT = join(ROOT, '.test-output', 'e2e');
export const CS_VERSION = '4.100.3';
export const CACHE = process.env.NACOS_AUTH_LINT_E2E_CACHE
  || join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'nacos-auth-lint-e2e');
export const CODE_SERVER = process.env.CODE_SERVER || join(CACHE, `code-server-${CS_VERSION}`, 'node_modules', '.bin', 'code-server');
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const t0 = Date.now();
export const elapsed = () => `${((Date.now() - t0) / 1000).toFixed(1)}s`;
export const log = (...a) => console.log(`[e2e ${elapsed()}]`, ...a);

/** Runs scripts/e2e-setup.sh (a no-op in < 1 s when everything is there). */
export function setup(args = []) {
  if (process.env.E2E_SKIP_SETUP) return;
  const r = spawnSync('bash', [join(ROOT, 'scripts', 'e2e-setup.sh'), ...args], { stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`scripts/e2e-setup.sh failed (exit ${r.status})`);
}

/** A fresh folder for one run under a temp dir (short paths: code-server's IPC sockets live under it). */
export function runDir(name) {
  const dir = join(process.env.E2E_TMP || tmpdir(), `nal-e2e-${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Copies a folder of the repo (examples/, test/e2e/workspace) so the tests may edit it. */
export function copyWorkspace(src, dest) {
  if (!existsSync(src)) throw new Error(`workspace ${src} does not exist`);
  cpSync(src, dest, { recursive: true });
  return dest;
}

export function freePort() {
  return new Promise((res, rej) => {
    const s = createServer();
    s.unref();
    s.on('error', rej);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => res(port)); });
  });
}

/** Polls `fn` until it returns a truthy value; throws `what` (with the last error) after `timeout` ms. */
export async function waitFor(fn, { timeout = 20000, interval = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (e) { last = e; }
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}${last ? ` (last error: ${last.message.split('\n')[0]})` : ''}`);
    await new Promise(r => setTimeout(r, interval));
  }
}

const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.enableExperiments': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
  'security.workspace.trust.enabled': false,
  'chat.commandCenter.enabled': false,
  'workbench.editor.enablePreview': false,
  'editor.hover.delay': 100,
  'editor.minimap.enabled': false,
};

/**
 * Starts an isolated code-server on a free port. `vsix`: one or more packages installed first into this run's extensions dir.
 * Returns { url, folder, dir, stop() }. Everything lives under `dir`; nothing touches the user's config.
 */
export async function startCodeServer({ dir, folder, vsix, settings = {}, locale, name = 'code-server' }) {
  if (!existsSync(CODE_SERVER)) throw new Error(`code-server not found at ${CODE_SERVER}: run scripts/e2e-setup.sh`);
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: join(dir, 'xdg-config'), XDG_DATA_HOME: join(dir, 'xdg-data'), XDG_CACHE_HOME: join(dir, 'xdg-cache'),
  };
  delete env.VSCODE_IPC_HOOK_CLI; // never talk to an editor this runner may have been started from
  const userData = join(dir, 'user-data');
  mkdirSync(join(userData, 'User'), { recursive: true });
  mkdirSync(join(dir, 'extensions'), { recursive: true });
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...QUIET_SETTINGS, ...settings }, null, 2));
  if (locale) writeFileSync(join(userData, 'User', 'argv.json'), JSON.stringify({ locale }));
  if (locale === 'zh-cn') registerZhCn(userData);
  writeFileSync(join(dir, 'config.yaml'), 'auth: none\ncert: false\n');
  const base = ['--config', join(dir, 'config.yaml'), '--user-data-dir', userData, '--extensions-dir', join(dir, 'extensions')];
  const logFile = join(dir, `${name}.log`);

  for (const pkg of [vsix ?? []].flat()) {
    const r = spawnSync(CODE_SERVER, [...base, '--install-extension', pkg], { env, encoding: 'utf8', timeout: 120000 });
    writeFileSync(join(dir, 'install-extension.log'), `${r.stdout}\n${r.stderr}`, { flag: 'a' });
    if (r.status !== 0 || /Failed|Error/i.test(r.stderr || '')) {
      throw new Error(`code-server --install-extension ${pkg} failed (exit ${r.status}): ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' | ')}`);
    }
  }

  const port = await freePort();
  const out = openSync(logFile, 'a');
  const args = [...base, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check',
    '--disable-workspace-trust', '--disable-getting-started-override', '--disable-proxy', '--ignore-last-opened'];
  if (locale) args.push('--locale', locale);
  // Own process group, so stop() ends code-server and the extension hosts it forked, and nothing else.
  const proc = spawn(CODE_SERVER, [...args, folder], { env, stdio: ['ignore', out, out], detached: true });
  closeSync(out);
  let exited = null;
  proc.on('exit', (code, sig) => { exited = `exit ${code ?? sig}`; });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => {
    if (exited) throw Object.assign(new Error(`code-server ${exited}: ${tail(logFile)}`), { fatal: true });
    const r = await fetch(`${url}/healthz`).catch(() => null);
    return r && r.ok;
  }, { timeout: 30000, what: `code-server /healthz on ${url}` }).catch(e => { stop(); throw e; });
  function stop() {
    if (exited) return;
    try { process.kill(-proc.pid, 'SIGTERM'); } catch { /* already gone */ }
  }
  async function stopAndWait() {
    if (exited) return;
    const done = new Promise(r => proc.once('exit', r));
    stop();
    const t = setTimeout(() => { try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* gone */ } }, 5000);
    await done;
    clearTimeout(t);
  }
  return { url, port, folder, dir, logFile, stop: stopAndWait, stopNow: stop };
}

/**
 * Makes code-server resolve the display language to zh-cn without the marketplace's language pack (unreachable here):
 * an empty translation file registered in the user data dir's languagepacks.json, which the server reads at start
 * (untranslated workbench strings fall back to English). Without it VS Code resolves any --locale to `en`, and
 * `vscode.env.language` (what the client hands the server) stays `en`.
 */
export function registerZhCn(userData) {
  const file = join(userData, 'zh-cn-empty.i18n.json');
  writeFileSync(file, JSON.stringify({ version: '1.0.0', contents: {} }));
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify({
    'zh-cn': {
      hash: 'e2e-empty', label: '中文(简体)', translations: { vscode: file },
      extensions: [{ extensionIdentifier: { id: 'nacos-auth-lint-e2e.language-pack-zh-cn' }, version: '1.0.0' }],
    },
  }));
}

export function tail(file, n = 5) {
  try { return readFileSync(file, 'utf8').trim().split('\n').slice(-n).join(' | '); } catch { return ''; }
}

export async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run scripts/e2e-setup.sh`);
  return chromium.launch({
    executablePath: CHROMIUM, headless: true, chromiumSandbox: false,
    args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
}

/** `vscode-remote://host:port/abs/path` for the ?payload= route (E2E.md §2). */
export const remoteUri = (url, p) => `vscode-remote://${new URL(url).host}${p}`;

export function workbenchUrl(url, folder, payload) {
  let u = `${url}/?folder=${encodeURIComponent(folder)}`;
  if (payload) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return u;
}

/** Kills code-server on SIGINT/SIGTERM of the runner too. */
export function onInterrupt(fn) {
  for (const s of ['SIGINT', 'SIGTERM']) process.once(s, async () => { await fn(); process.exit(130); });
}

/**
 * The end of a run, safe to call twice (normal end and Ctrl+C): closes the browser (`browser()` gives it, once
 * launched), stops code-server, removes the run folder unless `keep`. Also runs on SIGINT / SIGTERM.
 */
export function cleanupOnce({ cs, dir, keep, browser }) {
  let stopping = false;
  const cleanup = async () => {
    if (stopping) return;
    stopping = true;
    await browser()?.close().catch(() => {});
    await cs.stop();
    if (!keep) rmSync(dir, { recursive: true, force: true });
    else log(`kept ${dir}`);
  };
  onInterrupt(cleanup);
  return cleanup;
}
