// The client's decisions, run as the extension runs them (client/src/policy.ts): restarting a crashed or hung server
// (issue 20, item 6) and keeping documents out of the LSP trace in both formats (item 13). The trace entries are
// made by vscode-jsonrpc's own tracer, the one vscode-languageclient uses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, Trace, TraceFormat } from 'vscode-jsonrpc/node';
import { RestartPolicy, redactTrace, watchdog } from '../../client/src/policy';
import { PING_REQUEST } from '../../server/src/shared/protocol';
import { createConnection } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/server/server';

const SECRET = 'Zq7opSecretValueNeverInTheTrace0123456789';
const DOC = `nacos.core.auth.server.identity.value=${SECRET}\n`;

test('item 6: the crash count forgets crashes older than the window (before: never reset, the 6th crash in a session stopped the server)', () => {
  const p = new RestartPolicy(5, 180_000);
  const t0 = 1_000_000;
  for (let i = 0; i < 5; i++) assert.equal(p.failed(t0 + i * 1000), true, `crash ${i + 1}`);
  assert.equal(p.failed(t0 + 6000), false, 'six crashes within three minutes: left stopped');
  // An hour later, one crash is one crash.
  const later = t0 + 3_600_000;
  for (let i = 0; i < 5; i++) assert.equal(p.failed(later + i * 60_000), true, `later crash ${i + 1}`);
});

test('item 6: a server that does not answer the ping is reported hung, once; one that answers is not', async () => {
  let hung = 0;
  const never = watchdog(() => new Promise(() => undefined), () => { hung++; }, 10, 40);
  let answered = 0;
  const fine = watchdog(async () => { answered++; }, () => assert.fail('an answering server is not hung'), 10, 40);
  await new Promise((r) => setTimeout(r, 300));
  never.dispose();
  fine.dispose();
  assert.equal(hung, 1);
  assert.ok(answered >= 3, `${answered} pings answered`);
});

test('item 6: the server answers the watchdog\'s ping', async () => {
  const up = new PassThrough();
  const down = new PassThrough();
  const serverConn = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
  startServer(serverConn);
  serverConn.listen();
  const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
  client.listen();
  try {
    await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} });
    assert.equal(await client.sendRequest(PING_REQUEST), true);
  } finally {
    client.dispose();
    serverConn.dispose();
  }
});

for (const format of [TraceFormat.Text, TraceFormat.JSON]) {
  test(`item 13: the ${format} trace keeps each message's method, never its documents`, async () => {
    const a = new PassThrough();
    const b = new PassThrough();
    const conn = createMessageConnection(new StreamMessageReader(a), new StreamMessageWriter(b));
    const entries: string[] = [];
    // vscode-languageclient prints `message` + `data` (text) or JSON.stringify(data) (json) to the trace channel.
    await conn.trace(Trace.Verbose, { log: (m: unknown, data?: string) => entries.push(typeof m === 'string' ? (data ? `${m}\n${data}` : m) : JSON.stringify(m)) }, { sendNotification: false, traceFormat: format });
    conn.listen();
    await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: 'file:///w/application.properties', languageId: 'properties', version: 1, text: DOC } });
    conn.dispose();
    assert.ok(entries.length >= 1 && entries.some((e) => e.includes(SECRET)), 'the raw trace carries the document');
    const shown = entries.map(redactTrace);
    for (const e of shown) {
      assert.ok(!e.includes(SECRET.slice(0, 12)) && !e.includes(SECRET.slice(-12)), e.slice(0, 200));
      assert.match(e, /textDocument\/didOpen/);
      assert.match(e, /payload hidden/);
    }
  });
}

test('item 13: a JSON trace entry that cannot be read is hidden whole', () => {
  assert.doesNotMatch(redactTrace(`{"message": {"params": "${SECRET}"`), new RegExp(SECRET.slice(0, 8)));
});
