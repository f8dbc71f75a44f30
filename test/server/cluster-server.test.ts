// Issue 5 over the in-memory LSP connection: diagnostics on closed members, and an edit to one member (didChange of
// an open file, or a file-watch event for a closed one) clears or raises them on every member.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startTestServer, type TestClient } from './lsp';

const K = 'nacos-identity-4f2a9c1e';
const V = 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE';
const OTHER = 'Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0CxE2uIo4TqNw';
const props = (value: string) => `nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=${K}\nnacos.core.auth.server.identity.value=${value}\nnacos.core.auth.plugin.nacos.token.secret.key=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\n`;
const compose = (v3: string) => `services:
  n1: { image: "nacos/nacos-server:v2.4.3", env_file: nacos.env }
  n2: { image: "nacos/nacos-server:v2.4.3", env_file: nacos.env }
  n3:
    image: nacos/nacos-server:v2.4.3
    env_file: nacos.env
    environment: { NACOS_AUTH_IDENTITY_VALUE: ${v3} }
`;
const env = `NACOS_AUTH_ENABLE=true\nNACOS_AUTH_IDENTITY_KEY=${K}\nNACOS_AUTH_IDENTITY_VALUE=${V}\nNACOS_AUTH_TOKEN=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\n`;

const mismatch = (code: string) => (p: { diagnostics: { code?: unknown }[] }) => p.diagnostics.some(d => d.code === code);
const clean = (code: string) => (p: { diagnostics: { code?: unknown }[] }) => !p.diagnostics.some(d => d.code === code);

describe('workspace cluster consistency over LSP', () => {
  let dir: string;
  let t: TestClient;
  const uri = (p: string) => `file://${dir}/${p}`;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nal-cluster-'));
    for (const n of ['node1', 'node2', 'node3']) {
      mkdirSync(join(dir, 'bare', n, 'conf'), { recursive: true });
      writeFileSync(join(dir, 'bare', n, 'conf/application.properties'), props(n === 'node3' ? OTHER : V));
      writeFileSync(join(dir, 'bare', n, 'conf/cluster.conf'), '10.0.0.1:8848\n10.0.0.2:8848\n10.0.0.3:8848\n');
    }
    for (const p of ['compose-a', 'compose-b']) {
      mkdirSync(join(dir, p));
      writeFileSync(join(dir, p, 'compose.yaml'), compose(p === 'compose-a' ? OTHER : V));
      writeFileSync(join(dir, p, 'nacos.env'), env);
    }
    t = await startTestServer(dir, { config: { serverVersion: '2.4.3' } });
  });
  after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('a closed member that differs from the majority gets the mismatch, related to the others', async () => {
    const p = await t.waitFor(uri('bare/node3/conf/application.properties'), mismatch('cluster-identity-mismatch'));
    const d = p.diagnostics.find(x => x.code === 'cluster-identity-mismatch')!;
    assert.ok(d.relatedInformation && d.relatedInformation.length >= 1);
    assert.ok(d.relatedInformation.every(r => r.location.uri.includes('/bare/') && !r.location.uri.includes('/node3/')));
    // The majority is not underlined: their definitions are the ones to keep.
    for (const n of ['node1', 'node2']) assert.ok(!t.diagnostics.get(uri(`bare/${n}/conf/application.properties`))?.diagnostics.some(x => x.code === 'cluster-identity-mismatch'), n);
    await t.waitFor(uri('compose-a/compose.yaml'), mismatch('cluster-identity-mismatch'));
    assert.ok(!t.diagnostics.get(uri('compose-a/nacos.env'))?.diagnostics.some(d => d.code === 'cluster-identity-mismatch'));
    assert.ok(!t.diagnostics.get(uri('compose-b/compose.yaml'))?.diagnostics.some(d => d.code === 'cluster-identity-mismatch'));
  });

  test('didChange on the member that differs clears the mismatch; a change back raises it again', async () => {
    const u = uri('bare/node3/conf/application.properties');
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'properties', version: 1, text: props(OTHER) } });
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: props(V) }] });
    await t.waitFor(u, clean('cluster-identity-mismatch'));
    for (const n of ['node1', 'node2']) assert.ok(!t.diagnostics.get(uri(`bare/${n}/conf/application.properties`))?.diagnostics.some(x => x.code === 'cluster-identity-mismatch'), n);
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 3 }, contentChanges: [{ text: props(OTHER) }] });
    await t.waitFor(u, mismatch('cluster-identity-mismatch'));
    t.client.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
  });

  test('a file-watch event for a closed member re-checks the cluster', async () => {
    writeFileSync(join(dir, 'compose-a', 'compose.yaml'), compose(V));
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('compose-a/compose.yaml'), type: 2 }] });
    await t.waitFor(uri('compose-a/compose.yaml'), clean('cluster-identity-mismatch'));
    // Break the shared env file of project b: the secret differs from nothing (all share it), but the identity value
    // now differs from the service override.
    writeFileSync(join(dir, 'compose-b', 'nacos.env'), env.replace(V, OTHER));
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('compose-b/nacos.env'), type: 2 }] });
    await t.waitFor(uri('compose-b/compose.yaml'), mismatch('cluster-identity-mismatch'));
  });

  test('the check command returns every cluster and the status notification summarises', async () => {
    const r = await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.checkWorkspace', arguments: [] }) as { clusters: { members: string[] }[]; findings: { ruleId: string }[]; summary: { nodes: number } };
    assert.equal(r.summary.nodes, 9);
    assert.deepEqual(r.clusters.map(c => c.members.length).sort(), [3, 3, 3]);
    assert.ok(r.findings.some(f => f.ruleId === 'cluster-identity-mismatch'));
    assert.ok(t.statuses.length > 0);
  });
});
