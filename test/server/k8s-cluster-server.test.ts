// The workspace consistency check (`nacosAuthLint.server.checkWorkspace`, the cluster report) with Kubernetes nodes
// (issue 15): the report lists Kubernetes workloads as members; workloads that form one cluster (one NACOS_SERVERS
// peer list in a manifest, or the `clusters` setting joining a StatefulSet and a compose service) and disagree get
// the mismatch; two Kustomize overlays of one base are two environments (each overlay's kustomization is its own
// scope, ARCHITECTURE.md: clusters only from evidence), so they are never compared with each other.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startTestServer, type TestClient } from './lsp';

const K = 'nacos-identity-4f2a9c1e';
const V = 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE';
const OTHER = 'Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0CxE2uIo4TqNw';
const TOKEN = '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=';

const secretRef = (name: string, key: string) => `            - name: ${name}\n              valueFrom:\n                secretKeyRef:\n                  name: nacos-auth\n                  key: ${key}\n`;
/** A StatefulSet whose auth comes from the Secret `nacos-auth`; `extra` env entries go first. */
const sts = (name: string, replicas: number, extra = '') => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${name}
spec:
  replicas: ${replicas}
  serviceName: ${name}-headless
  template:
    spec:
      containers:
        - name: nacos
          image: nacos/nacos-server:v2.4.3
          env:
${extra}            - name: NACOS_AUTH_ENABLE
              value: "true"
${secretRef('NACOS_AUTH_IDENTITY_KEY', 'identity-key')}${secretRef('NACOS_AUTH_IDENTITY_VALUE', 'identity-value')}${secretRef('NACOS_AUTH_TOKEN', 'token')}`;
const secret = (value: string) => `apiVersion: v1
kind: Secret
metadata:
  name: nacos-auth
stringData:
  identity-key: ${K}
  identity-value: ${value}
  token: ${TOKEN}
`;
const peers = '            - name: NACOS_SERVERS\n              value: "a-0.a-headless:8848 b-0.b-headless:8848"\n';
/** Two workloads of one peer list; b reads its identity value from another Secret. */
const twoWorkloads = `${sts('a', 3, peers)}---\n${sts('b', 1, peers).replace(/name: nacos-auth\n(\s+)key: identity-value/, 'name: nacos-auth-b\n$1key: identity-value')}---\n${secret(V)}---\n${secret(OTHER).replace('name: nacos-auth', 'name: nacos-auth-b')}`;
const compose = (value: string) => `services:
  nacos:
    image: nacos/nacos-server:v2.4.3
    environment:
      NACOS_AUTH_ENABLE: "true"
      NACOS_AUTH_IDENTITY_KEY: ${K}
      NACOS_AUTH_IDENTITY_VALUE: ${value}
      NACOS_AUTH_TOKEN: ${TOKEN}
`;
const overlay = (value: string) => `resources:\n  - ../../base\nsecretGenerator:\n  - name: nacos-auth\n    literals:\n      - identity-key=${K}\n      - identity-value=${value}\n      - token=${TOKEN}\n`;

interface Report {
  markdown: string;
  summary: { nodes: number };
  clusters: { id: string; name: string; kind: string; members: string[]; servers: number }[];
  findings: { path: string; line: number; ruleId: string; message: string }[];
}

describe('cluster report over LSP with Kubernetes nodes', () => {
  let dir: string;
  let t: TestClient;
  let r: Report;
  const uri = (p: string) => `file://${dir}/${p}`;
  const files: Record<string, string> = {
    'peers/nacos.yaml': twoWorkloads,
    'hybrid/k8s/nacos.yaml': `${sts('nacos', 3)}---\n${secret(V)}`,
    'hybrid/compose/compose.yaml': compose(OTHER),
    'kust/base/kustomization.yaml': 'resources:\n  - sts.yaml\n',
    'kust/base/sts.yaml': sts('nacos', 3),
    'kust/overlays/prod/kustomization.yaml': overlay(V),
    'kust/overlays/staging/kustomization.yaml': overlay(OTHER),
  };
  const check = async () => (await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.checkWorkspace', arguments: [] })) as Report;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nal-k8s-cluster-'));
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(join(dir, dirname(p)), { recursive: true });
      writeFileSync(join(dir, p), text);
    }
    // The StatefulSet and the compose service run one cluster only because the user says so: nothing in the files
    // links a compose project to a Kubernetes workload.
    t = await startTestServer(dir, { config: { clusters: [{ name: 'hybrid', include: ['hybrid/**'] }] } });
    r = await check();
  });
  after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('the report lists the Kubernetes workloads as members, one node per workload', () => {
    const members = r.clusters.flatMap(c => c.members).sort();
    assert.deepEqual(members, [
      'hybrid/compose/compose.yaml#nacos',
      'hybrid/k8s/nacos.yaml#StatefulSet/nacos',
      'kust/base/sts.yaml#StatefulSet/nacos @kust/overlays/prod',
      'kust/base/sts.yaml#StatefulSet/nacos @kust/overlays/staging',
      'peers/nacos.yaml#StatefulSet/a',
      'peers/nacos.yaml#StatefulSet/b',
    ]);
    assert.equal(r.summary.nodes, 6);
    for (const m of ['StatefulSet/a', 'StatefulSet/b', 'StatefulSet/nacos']) assert.ok(r.markdown.includes(m), m);
    // Values are masked in the report.
    for (const secretValue of [V, OTHER, TOKEN]) assert.ok(!r.markdown.includes(secretValue) && !JSON.stringify(r).includes(secretValue));
  });

  test('workloads of one NACOS_SERVERS list are one cluster; their differing identity is reported in the Secrets', async () => {
    const c = r.clusters.find(x => x.members.includes('peers/nacos.yaml#StatefulSet/a'))!;
    assert.equal(c.kind, 'k8s');
    assert.deepEqual(c.members, ['peers/nacos.yaml#StatefulSet/a', 'peers/nacos.yaml#StatefulSet/b']);
    const f = r.findings.filter(x => x.path === 'peers/nacos.yaml' && x.ruleId === 'cluster-identity-mismatch');
    assert.ok(f.length >= 1, JSON.stringify(r.findings.map(x => `${x.ruleId}@${x.path}:${x.line}`)));
    // The squiggle lands on the Secret lines the user must edit (identity-value of each Secret).
    const lines = twoWorkloads.split('\n');
    for (const x of f) assert.match(lines[x.line], /identity-value: /);
    const p = await t.waitFor(uri('peers/nacos.yaml'), d => d.diagnostics.some(x => x.code === 'cluster-identity-mismatch'));
    assert.ok(p.diagnostics.every(d => !String(d.message).includes(V) && !String(d.message).includes(OTHER)));
  });

  test('the clusters setting joins a StatefulSet (3 replicas) and a compose service; the mismatch is reported', () => {
    const c = r.clusters.find(x => x.name === 'hybrid')!;
    assert.ok(c, r.clusters.map(x => x.name).join(', '));
    assert.equal(c.kind, 'setting');
    assert.deepEqual([...c.members].sort(), ['hybrid/compose/compose.yaml#nacos', 'hybrid/k8s/nacos.yaml#StatefulSet/nacos']);
    const f = r.findings.filter(x => x.path.startsWith('hybrid/') && x.ruleId === 'cluster-identity-mismatch');
    // Each side at the line that holds its identity value: the Secret's key and the compose variable.
    assert.deepEqual(f.map(x => `${x.path}: ${files[x.path].split('\n')[x.line].trim().split(':')[0]}`).sort(), [
      'hybrid/compose/compose.yaml: NACOS_AUTH_IDENTITY_VALUE', 'hybrid/k8s/nacos.yaml: identity-value',
    ]);
    // The StatefulSet is one member that stands for its 3 replicas: its column and the heading say so.
    assert.equal(c.servers, 4);
    assert.match(r.markdown, /## hybrid .*2 members \(4 servers\) ✘/);
    assert.match(r.markdown, /\| StatefulSet\/nacos ×3 \|/);
  });

  test('two overlays of one base are two environments: not one cluster, no mismatch between them', () => {
    const overlays = r.clusters.filter(x => x.members.some(m => m.startsWith('kust/')));
    assert.equal(overlays.length, 2);
    for (const c of overlays) assert.equal(c.members.length, 1);
    assert.deepEqual(overlays.map(c => c.name.split(' ')[0]).sort(), ['kust/overlays/prod', 'kust/overlays/staging']);
    assert.deepEqual(r.findings.filter(x => x.path.startsWith('kust/') && x.ruleId.startsWith('cluster-')), []);
  });

  test('an edit that makes the peer workloads agree clears the mismatch, in the diagnostics and the report', async () => {
    const u = uri('peers/nacos.yaml');
    const agreed = twoWorkloads.replace(`identity-value: ${OTHER}`, `identity-value: ${V}`);
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'yaml', version: 1, text: twoWorkloads } });
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: u, version: 2 }, contentChanges: [{ text: agreed }] });
    await t.waitFor(u, p => p.version === 2 && !p.diagnostics.some(d => d.code === 'cluster-identity-mismatch'));
    const again = await check();
    assert.deepEqual(again.findings.filter(x => x.path === 'peers/nacos.yaml' && x.ruleId.startsWith('cluster-')), []);
    // The hybrid cluster still disagrees.
    assert.ok(again.findings.some(x => x.path.startsWith('hybrid/') && x.ruleId === 'cluster-identity-mismatch'));
    // Closed, the file is its disk text again: the workloads disagree.
    t.client.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
    await t.waitFor(u, p => p.diagnostics.some(d => d.code === 'cluster-identity-mismatch'));
  });
});
