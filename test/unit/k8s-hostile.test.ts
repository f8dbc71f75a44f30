// Bad input for the Kubernetes reader: a clear problem or nothing, never a crash, bounded time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKustomization, readKubernetes } from '../../server/src/core/sources/k8s/index';
import type { KubernetesResult } from '../../server/src/core/sources/k8s/index';

function timed(files: Record<string, string>, limitMs: number): KubernetesResult & { ms: number } {
  const t0 = performance.now();
  const r = readKubernetes(Object.keys(files), (p) => files[p]);
  const ms = performance.now() - t0;
  assert.ok(ms < limitMs, `took ${ms.toFixed(0)} ms (limit ${limitMs})`);
  return { ...r, ms };
}

const workload = (i: number, env: string) => `---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: nacos-${i}
spec:
  replicas: 3
  template:
    spec:
      containers:
      - name: nacos
        image: nacos/nacos-server:v2.4.3
        env:
${env}`;

test('a 5 MB manifest of Nacos workloads is read in bounded time', (t) => {
  const parts: string[] = [];
  let size = 0;
  let i = 0;
  while (size < 5 * 1024 * 1024) {
    const env = Array.from({ length: 20 }, (_, k) => `        - name: VAR_${k}\n          value: "value-${i}-${k}-$(VAR_0)"\n`).join('') + `        - name: NACOS_AUTH_TOKEN\n          valueFrom: {secretKeyRef: {name: s-${i % 50}, key: token}}\n`;
    const w = workload(i++, env);
    parts.push(w);
    size += w.length;
  }
  const r = timed({ '/w/big.yaml': parts.join('') }, 60_000);
  assert.equal(r.containers.length, i);
  assert.equal(r.containers[7].env.find((e) => e.name === 'VAR_3')?.value, 'value-7-3-value-7-0-$(VAR_0)');
  assert.match(r.containers[7].env.find((e) => e.name === 'NACOS_AUTH_TOKEN')!.unknown!, /not in the workspace/);
  t.diagnostic(`5 MB, ${i} workloads: ${r.ms.toFixed(0)} ms`);
});

test('10,000 documents: ConfigMaps looked up by name among them', (t) => {
  const docs: string[] = [];
  for (let i = 0; i < 10_000; i++) docs.push(`---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-${i}\ndata:\n  k: "v${i}"\n`);
  docs.push(workload(0, `        - name: A\n          valueFrom: {configMapKeyRef: {name: cm-9999, key: k}}\n`));
  const r = timed({ '/w/many.yaml': docs.join('') }, 30_000);
  assert.equal(r.containers.length, 1);
  assert.equal(r.containers[0].env[0].value, 'v9999');
  t.diagnostic(`10,000 documents: ${r.ms.toFixed(0)} ms`);
});

test('a YAML alias bomb is shared, never expanded', () => {
  const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
  for (let l = 1; l < 10; l++) levels.push(`${String.fromCharCode(97 + l)}: &${String.fromCharCode(97 + l)} [${Array(10).fill(`*${String.fromCharCode(96 + l)}`).join(',')}]`);
  const bomb = `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bomb}\n${levels.join('\n')}\ndata:\n  k: *j\n`;
  const w = `apiVersion: apps/v1
kind: Deployment
metadata: {name: nacos}
x: &env
${levels.map((l) => '  ' + l).join('\n')}
spec:
  template:
    spec:
      containers:
      - name: nacos
        image: nacos/nacos-server
        env: *env
        envFrom:
        - configMapRef: {name: bomb}
        args: *env
`;
  const r = timed({ '/w/bomb.yaml': bomb, '/w/w.yaml': w }, 10_000);
  assert.equal(r.containers.length, 1);
  assert.throws(() => r.objects.find((o) => o.kind === 'ConfigMap')!.toJSON(), /too large/);
  // Through kustomize, copying the objects is bounded too: a clear problem.
  const files: Record<string, string> = { '/k/kustomization.yaml': 'resources: [w.yaml, bomb.yaml]\nnamePrefix: p-\n', '/k/w.yaml': w, '/k/bomb.yaml': bomb };
  const t0 = performance.now();
  const b = buildKustomization('/k', (p) => files[p]);
  assert.ok(performance.now() - t0 < 20_000);
  assert.ok(b.problems.some((p) => p.ruleId === 'k8s-kustomize-error' && /too large/.test(p.message)), JSON.stringify(b.problems.map((p) => p.message)));
});

test('invalid Base64, a missing kind, deep nesting, garbage, a kustomization cycle: problems, no crash', () => {
  const files: Record<string, string> = {
    '/w/secret.yaml': 'apiVersion: v1\nkind: Secret\nmetadata: {name: nacos-secret}\ndata:\n  token: "%%%not base64%%%"\n  ok: dG9rZW4=\n',
    '/w/nokind.yaml': 'apiVersion: apps/v1\nmetadata: {name: nacos}\nspec:\n  template:\n    spec:\n      containers:\n      - {name: nacos, image: nacos/nacos-server}\n',
    '/w/deep.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: nacos}\ndata: ' + '['.repeat(20_000) + ']'.repeat(20_000) + '\n',
    '/w/garbage.yaml': 'apiVersion: v1\nkind: nacos\n\u0000\u0001\u0002 : : : {{{ [[[ \'"\n\t\t- - -\n',
    '/w/crlf.yaml': 'apiVersion: v1\r\nkind: Pod\r\nmetadata: {name: p}\r\nspec:\r\n  containers:\r\n  - name: nacos\r\n    image: nacos/nacos-server\r\n    env:\r\n    - {name: A, value: "a\\r"}\r\n',
    '/w/cr.yaml': 'apiVersion: nacos.io/v1alpha1\nkind: Nacos\nmetadata: {name: n}\nspec: "not a map"\n',
    '/a/kustomization.yaml': 'resources: [../b]\n',
    '/b/kustomization.yaml': 'resources: [../a]\n',
  };
  const r = timed(files, 20_000);
  const by = (path: string) => r.problems.filter((p) => p.path === path).map((p) => p.ruleId ?? p.message.slice(0, 40));
  assert.deepEqual(by('/w/secret.yaml'), ['k8s-secret-not-base64']);
  assert.deepEqual(by('/w/nokind.yaml'), ['Kubernetes object without `kind`: kubect']);
  assert.ok(by('/w/deep.yaml').length >= 1);
  assert.ok(by('/w/garbage.yaml').every((x) => x === 'syntax-error'));
  assert.deepEqual(r.containers.map((c) => [c.workload.path, c.env.map((e) => e.value)]), [['/w/crlf.yaml', ['a\r']]]);
  assert.ok(r.problems.some((p) => p.ruleId === 'k8s-kustomize-error' && /cycle/.test(p.message)));
  assert.ok(r.problems.every((p) => p.span.start >= 0 && p.span.end >= p.span.start));
});

test('YAML without Kubernetes objects costs no more than a look at its text', () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 2000; i++) files[`/w/ci-${i}.yaml`] = `name: build ${i}\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - run: npm test\n`.repeat(20);
  const r = timed(files, 5_000);
  assert.equal(r.objects.length, 0);
  assert.equal(r.problems.length, 0);
});
