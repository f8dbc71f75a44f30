// How the VS Code client starts the language server (server/src/shared/launch.ts): V8's worker pool sized to the
// machine, one thread fewer than its cores, at least one, never more than Node's own four, and only where the runtime
// knows the option. The options are real node options: dist/server.js started with them answers `initialize` and lints
// a document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { serverExecArgv } from '../../server/src/shared/launch';

const ROOT = [resolve(__dirname, '../..'), process.cwd()].find(d => existsSync(join(d, 'esbuild.mjs'))) ?? process.cwd();
const SERVER = join(ROOT, 'dist/server.js');

test('the pool leaves a core to the editor: cores - 1 threads, at least 1, Node\'s default (no option) from 5 cores', () => {
  assert.deepEqual(serverExecArgv(1), ['--v8-pool-size=1']);
  assert.deepEqual(serverExecArgv(2), ['--v8-pool-size=1']);
  assert.deepEqual(serverExecArgv(3), ['--v8-pool-size=2']);
  assert.deepEqual(serverExecArgv(4), ['--v8-pool-size=3']);
  for (const cores of [5, 8, 64]) assert.deepEqual(serverExecArgv(cores), [], `${cores} cores: Node's own pool of four`);
  // A count the OS could not tell (0, NaN) still starts the server with one worker.
  assert.deepEqual(serverExecArgv(0), ['--v8-pool-size=1']);
  assert.deepEqual(serverExecArgv(Number.NaN), ['--v8-pool-size=1']);
});

test('an option the runtime does not know is left out (an editor\'s embedded Node): the server still starts', () => {
  assert.deepEqual(serverExecArgv(2, process.allowedNodeEnvironmentFlags), ['--v8-pool-size=1'], 'this Node knows it');
  assert.deepEqual(serverExecArgv(2, new Set(['--max-old-space-size'])), []);
});

test('dist/server.js started with the options of a 2-core machine answers and lints', { timeout: 60_000 }, async () => {
  assert.ok(existsSync(SERVER), 'dist/server.js is missing: run `node esbuild.mjs` (npm test does)');
  const dir = mkdtempSync(join(tmpdir(), 'nal-launch-'));
  const file = join(dir, 'application.properties');
  const text = 'nacos.core.auth.enabled=ture\n';
  writeFileSync(file, text);
  const child = spawn(process.execPath, [...serverExecArgv(2), SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', d => { stderr.push(String(d)); });
  const conn = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const uri = pathToFileURL(file).href;
  // The first publish may come before the workspace scan is done: the one with findings is awaited (the test's timeout
  // ends a server that never sends it).
  const published = new Promise<{ diagnostics: { code?: unknown }[] }>(r => conn.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: { code?: unknown }[] }) => { if (p.uri === uri && p.diagnostics.length) r(p); }));
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  try {
    const rootUri = pathToFileURL(dir).href;
    const init = await conn.sendRequest('initialize', { processId: null, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }], capabilities: {} }) as { capabilities?: object };
    assert.ok(init.capabilities, `initialize answered (stderr: ${stderr.join('').slice(0, 400)})`);
    conn.sendNotification('initialized', {});
    conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'properties', version: 1, text } });
    const got = await published;
    assert.ok(got.diagnostics.some(d => d.code === 'invalid-boolean'), `the misspelt switch is reported: ${JSON.stringify(got.diagnostics.map(d => d.code))}`);
  } finally {
    // Stopped as an editor stops it, and gone before the connection is: nothing is written to a closed pipe.
    const gone = new Promise(r => (child.exitCode === null ? child.once('exit', r) : r(undefined)));
    if (child.exitCode === null) {
      await Promise.race([conn.sendRequest('shutdown').catch(() => undefined), new Promise(r => setTimeout(r, 5000))]);
      conn.sendNotification('exit');
    }
    const kill = setTimeout(() => child.kill('SIGKILL'), 5000);
    await gone;
    clearTimeout(kill);
    conn.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});
