// A minimal LSP client over a REAL stdio connection to a child process (what an editor does): spawn the
// server, speak JSON-RPC over its stdin/stdout with vscode-jsonrpc, answer the few server→client requests
// every server sends, and expose "wait for the next publishDiagnostics that matches" for timing.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { createMessageConnection, StreamMessageReader, StreamMessageWriter } = require('vscode-jsonrpc/node');

export const fileUri = p => pathToFileURL(p).href;

/** Peak resident set (VmHWM) and current RSS (VmRSS) of a process, in bytes; undefined off Linux. */
export function memoryOf(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = name => { const m = new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(s); return m ? Number(m[1]) * 1024 : undefined; };
    return { hwm: kb('VmHWM'), rss: kb('VmRSS') };
  } catch {
    return {};
  }
}

/** utime + stime of a process in ms, from /proc/<pid>/stat (clock ticks: 100 per second on Linux). */
export function cpuMsOf(pid) {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) * 10;
  } catch {
    return undefined;
  }
}

/**
 * Starts `command args` and connects. `config` answers workspace/configuration per section
 * (a function `(section, scopeUri) => value`). Nothing is awaited here except the spawn itself.
 */
export function startLsp({ command = process.execPath, args, cwd, env, config = () => null, name = 'server', timeoutMs = 120_000 }) {
  const t0 = performance.now();
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr = [];
  child.stderr.on('data', d => { if (stderr.length < 200) stderr.push(String(d)); });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  const notifications = [];
  const logs = [];
  const diagnostics = new Map();
  let exited = false;
  const listeners = [];
  child.on('exit', code => {
    exited = true;
    for (const w of waiters.splice(0)) clearTimeout(w.timer), w.reject(new Error(`${name} exited (code ${code}) while waiting for ${w.what}; stderr: ${stderr.join('').slice(-800)}`));
  });

  const onMessage = (method, params) => {
    const at = performance.now();
    if (method === 'textDocument/publishDiagnostics') diagnostics.set(params.uri, params);
    for (const l of listeners) if (l.method === method) l.fn(params, at);
    for (let i = waiters.length - 1; i >= 0; i--) {
      const w = waiters[i];
      if (w.method === method && w.pred(params)) { waiters.splice(i, 1); clearTimeout(w.timer); w.resolve({ params, at }); }
    }
  };
  conn.onNotification((method, params) => {
    if (method === 'window/logMessage' || method === 'window/showMessage') { if (logs.length < 500) logs.push(params.message); return; }
    if (notifications.length < 100_000) notifications.push({ method, at: performance.now() });
    onMessage(method, params);
  });
  conn.onRequest((method, params) => {
    switch (method) {
      case 'workspace/configuration': return params.items.map(it => config(it.section, it.scopeUri));
      case 'client/registerCapability': case 'client/unregisterCapability': return null;
      case 'window/workDoneProgress/create': return null;
      case 'workspace/diagnostic/refresh': case 'workspace/semanticTokens/refresh': case 'workspace/codeLens/refresh': return null;
      case 'workspace/workspaceFolders': return null;
      default: return null;
    }
  });
  conn.onError(() => undefined);
  conn.listen();

  const api = {
    name, child, conn, logs, stderr, notifications, diagnostics, spawnedAt: t0,
    get pid() { return child.pid; },
    /** Calls `fn(params, at)` for every notification `method`. */
    on(method, fn) { listeners.push({ method, fn }); },
    /**
     * Resolves with `{ params, at }` at the first notification `method` (after this call) whose params match.
     * Register BEFORE sending what triggers it.
     */
    next(method, pred = () => true, what = method) {
      if (exited) return Promise.reject(new Error(`${name} has exited`));
      return new Promise((resolve, reject) => {
        const w = { method, pred, resolve, reject, what };
        w.timer = setTimeout(() => {
          waiters.splice(waiters.indexOf(w), 1);
          reject(new Error(`${name}: no ${what} within ${timeoutMs / 1000} s; stderr: ${stderr.join('').slice(-800)}`));
        }, timeoutMs);
        waiters.push(w);
      });
    },
    nextDiagnostics(uri, pred = () => true) {
      return api.next('textDocument/publishDiagnostics', p => p.uri === uri && pred(p), `publishDiagnostics for ${uri}`);
    },
    async initialize(params) {
      const sent = performance.now();
      const result = await conn.sendRequest('initialize', params);
      const at = performance.now();
      conn.sendNotification('initialized', {});
      return { result, sent, at };
    },
    open(uri, languageId, text, version = 1) {
      conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, contentChanges) {
      conn.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
    },
    memory() { return memoryOf(child.pid); },
    /** CPU time (user + system) the server process has used so far, in ms (Linux /proc). */
    cpuMs() { return cpuMsOf(child.pid); },
    async stop() {
      if (exited) return;
      const gone = new Promise(r => child.once('exit', r));
      try {
        await Promise.race([conn.sendRequest('shutdown'), new Promise(r => setTimeout(r, 2000))]);
        conn.sendNotification('exit');
      } catch { /* already gone */ }
      const t = setTimeout(() => { if (!exited) child.kill('SIGKILL'); }, 3000);
      await gone;
      clearTimeout(t);
      conn.dispose();
    },
  };
  return api;
}

/** Client capabilities an editor like VS Code announces (the parts these servers look at). */
export function clientCapabilities() {
  return {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true, didChangeWatchedFiles: { dynamicRegistration: true } },
    textDocument: {
      synchronization: { dynamicRegistration: true, didSave: true },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] } },
      hover: { contentFormat: ['markdown', 'plaintext'] },
      completion: { completionItem: { snippetSupport: true } },
      codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
    },
    window: { workDoneProgress: true },
  };
}

export function initializeParams(rootPath, extra = {}) {
  const rootUri = rootPath ? fileUri(rootPath) : null;
  return {
    processId: process.pid,
    clientInfo: { name: 'nacos-auth-lint-bench', version: '1' },
    locale: 'en',
    rootUri,
    rootPath: rootPath ?? null,
    workspaceFolders: rootPath ? [{ uri: rootUri, name: 'bench' }] : null,
    capabilities: clientCapabilities(),
    ...extra,
  };
}
