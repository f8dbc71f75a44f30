// The language server under pressure from its client (issue 20, items 2, 4 and 16): a burst of edits faster than
// analysis over a real stdio connection with a small heap, a client that reads slowly or never answers
// `workspace/configuration`, document versions that go backwards or are not numbers, and requests after `shutdown`.
// Completion and order are asserted, never times (`npm run bench` reports those).
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Transform } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startTestServer, type TestClient } from './lsp';
import { NODE_PROPS } from './fixtures';
import { mismatchedServices } from '../bench/resources.mjs';

const ROOT = [resolve(__dirname, '../..'), process.cwd()].find((d) => existsSync(join(d, 'esbuild.mjs'))) ?? process.cwd();
const SERVER = join(ROOT, 'dist/server.js');
const HEAP_MB = 256;
const EDITS = 300;

interface Spawned { child: ChildProcess; conn: MessageConnection; publishes: PublishDiagnosticsParams[]; exited: () => boolean; stderr: string[] }

/** dist/server.js in its own process with a bounded heap; its output read through `through` (a slow client). */
async function spawnServer(root: string, through?: Transform): Promise<Spawned> {
  assert.ok(existsSync(SERVER), 'dist/server.js is missing: run `node esbuild.mjs` (npm test does)');
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr!.on('data', (d) => { if (stderr.length < 50) stderr.push(String(d)); });
  let gone = false;
  child.on('exit', () => { gone = true; });
  const out = through ? child.stdout!.pipe(through) : child.stdout!;
  const conn = createMessageConnection(new StreamMessageReader(out), new StreamMessageWriter(child.stdin!));
  const publishes: PublishDiagnosticsParams[] = [];
  conn.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { publishes.push(p); });
  conn.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.listen();
  const rootUri = `file://${root}`;
  await conn.sendRequest('initialize', {
    processId: null, rootUri, workspaceFolders: [{ uri: rootUri, name: 'ws' }],
    capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true } } },
  });
  conn.sendNotification('initialized', {});
  return { child, conn, publishes, exited: () => gone, stderr };
}

async function stop(s: Spawned): Promise<void> {
  if (s.exited()) return;
  const gone = new Promise((r) => s.child.once('exit', r));
  await Promise.race([s.conn.sendRequest('shutdown').catch(() => undefined), new Promise((r) => setTimeout(r, 5000))]);
  s.conn.sendNotification('exit');
  const kill = setTimeout(() => s.child.kill('SIGKILL'), 5000);
  await gone;
  clearTimeout(kill);
  s.conn.dispose();
}

/** Resolves when `pred` holds for the publishes so far (checked on each publish); fails after `ms` or on exit. */
function until(s: Spawned, pred: () => boolean, what: string, ms = 240_000): Promise<void> {
  return new Promise((resolveP, reject) => {
    const started = Date.now();
    const tick = () => {
      if (pred()) return resolveP();
      if (s.exited()) return reject(new Error(`${what}: the server exited (${s.child.exitCode ?? s.child.signalCode}); stderr: ${s.stderr.join('').slice(-600)}`));
      if (Date.now() - started > ms) return reject(new Error(`${what}: not within ${ms / 1000} s; versions so far: ${s.publishes.map((p) => p.version).join(',')}`));
      setTimeout(tick, 20);
    };
    tick();
  });
}

/** One character more at the end of the comment on line 0, version by version. */
function edit(conn: MessageConnection, uri: string, version: number, at: number): Promise<void> {
  return conn.sendNotification('textDocument/didChange', {
    textDocument: { uri, version },
    contentChanges: [{ range: { start: { line: 0, character: at }, end: { line: 0, character: at } }, text: 'x' }],
  });
}

describe('scheduling under a burst (real stdio, bounded heap)', () => {
  let dir = '';
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nal-burst-'));
    writeFileSync(join(dir, 'compose.yaml'), `# edit\n${mismatchedServices(200)}`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  for (const slow of [false, true]) {
    test(`item 2: ${EDITS} edits in a burst${slow ? ', read by a slow client' : ''}: only the newest version is published, in a ${HEAP_MB} MB heap`, async (t) => {
      // The slow client takes each 64 KB chunk after 5 ms (about 13 MB/s): a publish of this file (~1 MB) waits.
      const through = slow ? new Transform({ transform(chunk, _e, cb) { setTimeout(() => cb(null, chunk), 5); } }) : undefined;
      const s = await spawnServer(dir, through);
      try {
        const uri = `file://${join(dir, 'compose.yaml')}`;
        const text = `# edit\n${mismatchedServices(200)}`;
        await s.conn.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockercompose', version: 1, text } });
        await until(s, () => s.publishes.some((p) => p.uri === uri && p.version === 1), 'first publish');
        const first = s.publishes.find((p) => p.uri === uri && p.version === 1)!;
        // One finding per service that differs (one cause, one finding), and the published values.
        assert.ok(first.diagnostics.length >= 400, `${first.diagnostics.length} diagnostics`);
        const seen = s.publishes.length;
        const sent: Promise<void>[] = [];
        for (let v = 2; v <= EDITS + 1; v++) sent.push(edit(s.conn, uri, v, 6 + v - 2));
        await Promise.all(sent);
        await until(s, () => s.publishes.some((p) => p.uri === uri && p.version === EDITS + 1), `publish of version ${EDITS + 1}`);
        const after = s.publishes.slice(seen).filter((p) => p.uri === uri).map((p) => p.version as number);
        t.diagnostic(`versions published after the burst: ${after.join(', ')}`);
        assert.deepEqual(after, [...after].sort((a, b) => a - b), 'in order');
        assert.equal(new Set(after).size, after.length, 'each version once');
        // The analysis may start while the burst is still arriving (the first chunk of edits), and one publish may
        // be on its way when the next result is ready: a few, never one per edit.
        assert.ok(after.length <= 5, `${after.length} publishes for ${EDITS} edits`);
        assert.equal(after[after.length - 1], EDITS + 1);
        assert.ok(!s.exited(), 'the server is alive');
      } finally {
        await stop(s);
      }
    });
  }
});

describe('a client that does not answer, versions out of order, requests after shutdown', () => {
  let dir = '';
  let tc: TestClient | undefined;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nal-sched-'));
    writeFileSync(join(dir, 'application.properties'), NODE_PROPS);
  });
  after(() => {
    tc?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  test('item 4: workspace/configuration never answered: defaults after the timeout, said in the log; hover and commands answered', async () => {
    tc = await startTestServer(dir, { configurationDelayMs: 'never', server: { configurationTimeoutMs: 300 } });
    const uri = `file://${join(dir, 'application.properties')}`;
    await tc.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'properties', version: 1, text: NODE_PROPS } });
    const p = await tc.waitFor(uri, (x) => x.version === 1);
    assert.ok(p.diagnostics.some((d) => d.code === 'identity-public-value'), 'analysed with the default settings');
    const hover = await tc.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 5 } });
    assert.ok(hover, 'hover answered');
    const report = await tc.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.checkWorkspace', arguments: [] }) as { markdown?: string };
    assert.ok(report?.markdown, 'command answered');
    assert.ok(tc.logs.some((l) => /workspace\/configuration: no answer within 300 ms; using the default settings/.test(l)), tc.logs.join('\n'));
    tc.dispose();
    tc = undefined;
  });

  test('item 4: a late answer replaces the defaults and the file is analysed again', async () => {
    tc = await startTestServer(dir, { configurationDelayMs: 1500, server: { configurationTimeoutMs: 200 }, config: { rules: { 'identity-public-value': 'off' } } });
    const uri = `file://${join(dir, 'application.properties')}`;
    await tc.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'properties', version: 1, text: NODE_PROPS } });
    await tc.waitFor(uri, (x) => x.diagnostics.some((d) => d.code === 'identity-public-value'));
    await tc.waitFor(uri, (x) => x.version === 1 && !x.diagnostics.some((d) => d.code === 'identity-public-value'));
    tc.dispose();
    tc = undefined;
  });

  test('item 16: a change with a lower, equal or non-numeric version is refused: never applied, never published', async () => {
    tc = await startTestServer(dir);
    const uri = `file://${join(dir, 'application.properties')}`;
    const versions: unknown[] = [];
    tc.onPublish.push((p) => { if (p.uri === uri) versions.push(p.version); });
    await tc.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'properties', version: 5, text: NODE_PROPS } });
    await tc.waitFor(uri, (x) => x.version === 5);
    const broken = NODE_PROPS.replace('nacos.core.auth.enabled=true', 'nacos.core.auth.enabled=maybe');
    for (const version of [3, 5, 'six', 5.5, null]) {
      await tc.client.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: broken }] });
    }
    await tc.client.sendNotification('textDocument/didOpen', { textDocument: { uri: `file://${join(dir, 'other.properties')}`, languageId: 'properties', version: 'one', text: NODE_PROPS } });
    await tc.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 6 }, contentChanges: [{ range: { start: { line: 5, character: 0 }, end: { line: 5, character: 0 } }, text: '# ok\n' }] });
    const last = await tc.waitFor(uri, (x) => x.version === 6);
    assert.deepEqual(versions, [5, 6]);
    // Version 6 is the text of version 5 plus the comment: the refused changes left nothing behind.
    assert.ok(!last.diagnostics.some((d) => d.code === 'invalid-boolean'), JSON.stringify(last.diagnostics.map((d) => d.code)));
    assert.equal(tc.diagnostics.has(`file://${join(dir, 'other.properties')}`), false);
    assert.ok(tc.logs.filter((l) => /^ignored did(Change|Open) for /.test(l)).length >= 6, tc.logs.join('\n'));
    tc.dispose();
    tc = undefined;
  });

  test('item 16: after shutdown, requests fail with InvalidRequest and edits are not analysed', async () => {
    tc = await startTestServer(dir);
    const uri = `file://${join(dir, 'application.properties')}`;
    await tc.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'properties', version: 1, text: NODE_PROPS } });
    await tc.waitFor(uri, (x) => x.version === 1);
    await tc.client.sendRequest('shutdown');
    const seen = new Set<unknown>();
    tc.onPublish.push((p) => { seen.add(p.version); });
    for (const [method, params] of [
      ['textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 5 } }],
      ['textDocument/completion', { textDocument: { uri }, position: { line: 2, character: 5 } }],
      ['textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } }],
      ['workspace/executeCommand', { command: 'nacosAuthLint.server.checkWorkspace', arguments: [] }],
    ] as const) {
      await assert.rejects(tc.client.sendRequest(method, params), (e: { code?: number }) => e.code === -32600, method);
    }
    await tc.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${NODE_PROPS}# x\n` }] });
    // A request after the change comes back (refused) only once the change was handled: then nothing was published.
    await assert.rejects(tc.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 0 } }));
    assert.equal(seen.has(2), false);
    tc.dispose();
    tc = undefined;
  });
});
