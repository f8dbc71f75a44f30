// The Kubernetes reader's semantics, case by case: the kubelet's env rules, references to ConfigMaps/Secrets in
// and out of the workspace, the problems the API server or kubelet would raise, where each value was written
// (quotes, escapes, block scalars, produced text), mounted properties as ProducedText, Templates, Lists, the
// operator CR and Kustomize provenance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKustomization, decodeScalar, expand, readKubernetes, OPERATOR_DEFAULT_TOKEN } from '../../server/src/core/sources/k8s/index';
import type { EnvVar, NacosContainer, ProducedText } from '../../server/src/core/sources/k8s/index';
import { parseDocument, isMap, isScalar } from 'yaml';

function read(files: Record<string, string | ProducedText>, opts = {}) {
  return readKubernetes(Object.keys(files), (p) => files[p], opts);
}
function only(files: Record<string, string | ProducedText>, opts = {}): { c: NacosContainer; r: ReturnType<typeof read> } {
  const r = read(files, opts);
  assert.equal(r.containers.length, 1, `one Nacos container (got ${r.containers.length})`);
  return { c: r.containers[0], r };
}
const env = (c: NacosContainer, n: string): EnvVar | undefined => c.env.find((e) => e.name === n);
const at = (text: string, s: { start: number; end: number }) => text.slice(s.start, s.end);

const sts = (envYaml: string, extra = '') => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: nacos
spec:
  replicas: 3
  serviceName: nacos-headless
  template:
    spec:
      containers:
      - name: nacos
        image: registry.example.com:5000/mirror/nacos-server:v2.4.3-slim
${envYaml}${extra}`;

test('env: envFrom then env, later wins, $(VAR) expands against what is defined so far', () => {
  const y = sts(`        envFrom:
        - configMapRef: {name: a}
        - configMapRef: {name: b}
          prefix: P_
        - configMapRef: {name: c}
        env:
        - {name: X, value: "1"}
        - {name: YY, value: "$(X)-$(Z)-$$(X)-$(LATER)-$"}
        - {name: Y, value: "a YAML 1.1 boolean name"}
        - {name: X, value: "2"}
        - {name: LATER, value: "l"}
        - {name: FROM_CM, value: "$(K)"}
        - {name: K, value: "env-wins"}
        args: ["$(X)", "$(LATER)", "$(NOPE)"]
`);
  const cms = `apiVersion: v1
kind: ConfigMap
metadata: {name: a}
data: {K: from-a, Z: z, 1bad: skipped}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: b}
data: {K: from-b}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c}
data: {K: from-c}
`;
  const { c, r } = only({ '/w/sts.yaml': y, '/w/cm.yaml': cms });
  assert.deepEqual(r.problems.map((p) => [p.ruleId, at(y, p.span)]), [['k8s-invalid-env', 'Y']]);
  assert.equal(env(c, 'YY')?.value, '1-z-$(X)-$(LATER)-$');
  assert.deepEqual(env(c, 'YY')?.refs, [{ name: 'X', defined: true }, { name: 'Z', defined: true }, { name: 'LATER', defined: false }]);
  assert.equal(env(c, 'X')?.value, '2');
  assert.equal(env(c, 'X')?.overrides?.[0].value, '1');
  assert.equal(env(c, 'P_K')?.value, 'from-b');
  assert.equal(env(c, 'FROM_CM')?.value, 'from-c', 'envFrom c overrides a; env K is defined later');
  assert.equal(env(c, 'K')?.value, 'env-wins');
  assert.equal(env(c, '1bad'), undefined, 'invalid names are skipped');
  assert.deepEqual(c.args?.map((a) => a.value), ['2', 'l', '$(NOPE)'], 'args see the final environment');
  assert.deepEqual(env(c, 'K')?.overrides?.map((o) => o.via), ['ConfigMap a key K via envFrom', 'ConfigMap c key K via envFrom'], 'earlier definitions, oldest first');
  assert.equal(c.replicas, 3);
  assert.equal(c.serviceName, 'nacos-headless');
  assert.equal(c.image?.repository, 'registry.example.com:5000/mirror/nacos-server');
  assert.equal(c.image?.tag, 'v2.4.3-slim');
});

test('env: a name with "=" is an invalid entry, reported without what follows the "=", and defines nothing', () => {
  const y = sts(`        env:
        - name: NACOS_AUTH_IDENTITY_KEY=hunter2-identity
        - name: NACOS_AUTH_TOKEN=hunter2-token
          value: "x"
        - {name: NACOS_AUTH_ENABLE, value: "true"}
`);
  const { c, r } = only({ '/w/sts.yaml': y });
  assert.deepEqual(r.problems.map((p) => [p.ruleId, at(y, p.span)]), [
    ['k8s-invalid-env', 'NACOS_AUTH_IDENTITY_KEY=hunter2-identity'], ['k8s-invalid-env', 'NACOS_AUTH_TOKEN=hunter2-token'],
  ]);
  assert.ok(r.problems.every((p) => !p.message.includes('hunter2')), r.problems.map((p) => p.message).join('\n'));
  assert.match(r.problems[0].message, /NACOS_AUTH_IDENTITY_KEY=…/);
  assert.deepEqual(c.env.map((e) => e.name), ['NACOS_AUTH_ENABLE']);
});

test('expand: the kubelet expansion, byte for byte', () => {
  const l = (n: string) => (n === 'A' ? { value: 'a' } : n === 'U' ? { unknown: 'u' } : undefined);
  assert.equal(expand('$(A)$$(A)$$$(A)$(B)$(A', l).value, 'a$(A)$a$(B)$(A');
  assert.equal(expand('x$', l).value, 'x$');
  assert.equal(expand('$x$(', l).value, '$x$(');
  assert.equal(expand('$(U)', l).value, undefined);
  assert.equal(expand('$é', l).value, '$Ã\ufffd', 'a byte read as a rune (Go quirk)');
});

test('secretKeyRef/configMapKeyRef: workspace values, unknown outside, missing keys, optional, Base64', () => {
  const y = sts(`        env:
        - name: TOKEN
          valueFrom: {secretKeyRef: {name: nacos-auth, key: token}}
        - name: ID_VALUE
          valueFrom: {secretKeyRef: {name: nacos-auth, key: identity-value}}
        - name: EXTERNAL
          valueFrom: {secretKeyRef: {name: vault-managed, key: token}}
        - name: MISSING
          valueFrom: {configMapKeyRef: {name: nacos-cm, key: nope}}
        - name: OPT
          valueFrom: {configMapKeyRef: {name: nacos-cm, key: nope, optional: true}}
        - name: BAD
          valueFrom: {secretKeyRef: {name: broken, key: k}}
        - name: BIN
          valueFrom: {configMapKeyRef: {name: nacos-cm, key: blob}}
`);
  const sec = `apiVersion: v1
kind: Secret
metadata: {name: nacos-auth}
data:
  token: VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=
  identity-value: b2xk
stringData:
  identity-value: "from stringData"
---
apiVersion: v1
kind: Secret
metadata: {name: broken}
data:
  k: "not base64!"
---
apiVersion: v1
kind: ConfigMap
metadata: {name: nacos-cm}
data: {a: b}
binaryData: {blob: AAEC}
`;
  const { c, r } = only({ '/w/sts.yaml': y, '/w/secret.yaml': sec });
  assert.equal(env(c, 'TOKEN')?.value, 'ThisIsMyCustomSecretKey012345678');
  assert.equal(env(c, 'TOKEN')?.via, 'Secret nacos-auth key token via secretKeyRef');
  assert.equal(env(c, 'TOKEN')?.place?.literal, false, 'Base64 in the manifest');
  assert.equal(env(c, 'TOKEN')?.place?.path, '/w/secret.yaml');
  assert.equal(env(c, 'ID_VALUE')?.value, 'from stringData');
  assert.equal(env(c, 'ID_VALUE')?.place?.literal, true);
  const ext = env(c, 'EXTERNAL')!;
  assert.equal(ext.value, undefined);
  assert.match(ext.unknown!, /Secret vault-managed key token is not in the workspace/);
  assert.equal(ext.chain[0].path, '/w/sts.yaml');
  assert.equal(env(c, 'OPT'), undefined, 'optional and missing: not set');
  assert.equal(env(c, 'MISSING')?.value, undefined);
  assert.equal(env(c, 'BAD')?.value, undefined);
  assert.match(env(c, 'BAD')!.unknown!, /not valid Base64/);
  const rules = r.problems.map((p) => [p.ruleId, p.path, at(p.path === '/w/sts.yaml' ? y : sec, p.span)]);
  assert.deepEqual(rules.sort(), [
    ['k8s-missing-reference', '/w/sts.yaml', 'blob'],
    ['k8s-missing-reference', '/w/sts.yaml', 'nope'],
    ['k8s-secret-not-base64', '/w/secret.yaml', '"not base64!"'],
  ]);
  assert.ok(r.problems.every((p) => !p.message.includes('ThisIsMy')), 'no value in a message');
  assert.match(r.problems.find((p) => at(y, p.span) === 'blob')!.message, /binaryData/);
});

test('k8s-env-value-not-string: booleans and numbers as kubectl (YAML 1.1) reads them', () => {
  const y = sts(`        env:
        - {name: A, value: true}
        - {name: B, value: 8848}
        - {name: C, value: yes}
        - {name: D, value: "true"}
        - {name: E, value: 0x1F}
        - {name: F, value: ~}
        - {name: G, value: 1.5e3}
`);
  const { c, r } = only({ '/w/s.yaml': y });
  assert.deepEqual(
    r.problems.map((p) => [p.ruleId, at(y, p.span)]),
    [['k8s-env-value-not-string', 'true'], ['k8s-env-value-not-string', '8848'], ['k8s-env-value-not-string', 'yes'], ['k8s-env-value-not-string', '0x1F'], ['k8s-env-value-not-string', '1.5e3']],
  );
  assert.equal(env(c, 'A')?.value, 'true', 'what the user meant is kept for the other rules');
  assert.equal(env(c, 'F')?.value, '', 'null is an empty string to the API server');
});

test('places: quotes, escapes, block scalars, per-character offsets', () => {
  const text = `a: "x\\ty\\u0041"\nb: 'it''s'\nc: |\n  line1\n   line2\nd: >-\n  f1\n  f2\n\n  f3\ne: plain\n  two\n`;
  const doc = parseDocument(text, { keepSourceTokens: true });
  const vals = new Map<string, ReturnType<typeof decodeScalar>>();
  if (isMap(doc.contents)) for (const p of doc.contents.items) if (isScalar(p.key) && isScalar(p.value)) vals.set(String(p.key.value), decodeScalar(text, p.value));
  const check = (k: string, value: string) => {
    const d = vals.get(k)!;
    assert.equal(d.value, value);
    assert.equal(d.offsets?.length, value.length);
    // Every character that is written as itself maps onto itself.
    d.offsets!.forEach((o, i) => {
      if (text[o] === value[i]) return;
      assert.ok(text[o] === '\\' || text[o] === '\n' || text[o] === "'", `${k}[${i}] maps to an escape or a break`);
    });
  };
  check('a', 'x\tyA');
  assert.equal(vals.get('a')!.literal, false);
  assert.equal(vals.get('a')!.quote, 'double');
  check('b', "it's");
  check('c', 'line1\n line2\n');
  assert.equal(vals.get('c')!.quote, 'literal');
  check('d', 'f1 f2\nf3');
  check('e', 'plain two');
  assert.equal(vals.get('e')!.literal, false);
});

test('mounted application.properties: ProducedText whose origins land in the block scalar', () => {
  const y = sts(
    `        volumeMounts:
        - {name: conf, mountPath: /home/nacos/conf/application.properties, subPath: application.properties}
`,
    `      volumes:
      - name: conf
        configMap:
          name: nacos-conf
---
apiVersion: v1
kind: ConfigMap
metadata: {name: nacos-conf}
data:
  application.properties: |
    nacos.core.auth.enabled=true
    nacos.core.auth.server.identity.key=serverIdentity
`,
  );
  const { c } = only({ '/w/s.yaml': y });
  assert.equal(c.mounts.length, 1);
  const m = c.mounts[0];
  assert.equal(m.mountPath, '/home/nacos/conf/application.properties');
  const t = m.text!;
  const i = t.text.indexOf('serverIdentity');
  const o = t.origin({ start: i, end: i + 'serverIdentity'.length })!;
  assert.equal(o.kind, 'written');
  if (o.kind !== 'written') return;
  assert.equal(o.exact, true);
  assert.equal(o.path, '/w/s.yaml');
  assert.equal(at(y, o.span), 'serverIdentity');
  const first = t.origin({ start: 0, end: t.text.indexOf('\n') + 1 });
  assert.equal(first?.kind === 'written' && first.exact, true, 'a line with its break is written as is');
  const two = t.origin({ start: 0, end: t.text.indexOf('\n') + 2 });
  assert.equal(two?.kind === 'written' && two.exact, false, 'across the next line\'s indentation it is not one-to-one');
});

test('a manifest given as ProducedText (a rendered chart): places map through origin()', () => {
  const written = sts(`        env:\n        - {name: NACOS_AUTH_TOKEN, value: "abc"}\n`);
  // The produced text is the written file with a 10-character header; origin() shifts back.
  const produced: ProducedText = {
    name: '/w/chart/templates/sts.yaml (rendered)',
    text: '# header\n\n' + written,
    origin: (s) => (s.start >= 10 ? { kind: 'written', path: '/w/chart/templates/sts.yaml', span: { start: s.start - 10, end: s.end - 10 }, exact: true } : undefined),
  };
  const { c } = only({ '/w/chart/templates/sts.yaml': produced });
  const p = env(c, 'NACOS_AUTH_TOKEN')!.place!;
  assert.equal(p.path, '/w/chart/templates/sts.yaml');
  assert.equal(at(written, p.innerSpan), 'abc');
  assert.equal(p.literal, true);
  assert.deepEqual(p.offsets!.map((o) => written[o]).join(''), 'abc');
  assert.equal(c.image?.place?.path, '/w/chart/templates/sts.yaml');
});

test('OpenShift Template parameters, List items, DeploymentConfig, objects without kind', () => {
  const tpl = `apiVersion: template.openshift.io/v1
kind: Template
metadata: {name: t}
parameters:
- name: TAG
  value: v2.3.2
- name: TOKEN
  generate: expression
  from: "[a-z]{32}"
objects:
- apiVersion: apps.openshift.io/v1
  kind: DeploymentConfig
  metadata: {name: nacos}
  spec:
    replicas: 2
    template:
      spec:
        containers:
        - name: nacos
          image: nacos/nacos-server:\${TAG}
          env:
          - {name: NACOS_AUTH_TOKEN, value: "\${TOKEN}"}
          - {name: MODE, value: cluster}
`;
  const list = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata: {name: p}
  spec:
    containers:
    - {name: n, image: nacos/nacos-server:2.0.3}
- apiVersion: v1
  metadata: {name: no-kind}
  spec: {}
`;
  const r = read({ '/w/t.yaml': tpl, '/w/l.yaml': list });
  assert.equal(r.containers.length, 2);
  const dc = r.containers.find((c) => c.workload.kind === 'DeploymentConfig')!;
  assert.equal(dc.image?.ref, 'nacos/nacos-server:v2.3.2');
  assert.equal(dc.workload.source, 'template');
  assert.equal(dc.replicas, 2);
  assert.ok(dc.image!.chain.some((l) => l.via === 'Template parameter TAG' && at(tpl, l.span) === 'v2.3.2'));
  assert.equal(env(dc, 'NACOS_AUTH_TOKEN')?.value, undefined);
  assert.match(env(dc, 'NACOS_AUTH_TOKEN')!.unknown!, /generated by `oc process`/);
  const pod = r.containers.find((c) => c.workload.kind === 'Pod')!;
  assert.equal(pod.replicas, 1);
  assert.deepEqual(r.problems.map((p) => [p.path, p.message.slice(0, 35)]), [['/w/l.yaml', 'Kubernetes object without `kind`: k']]);
});

test('nacos-operator CR: certification env with the default token, function_mode quirk, config mount', () => {
  const cr = `apiVersion: nacos.io/v1alpha1
kind: Nacos
metadata: {name: nacos, namespace: prod}
spec:
  type: cluster
  image: nacos/nacos-server:v2.1.0
  replicas: 2
  function_mode: naming
  certification:
    enabled: true
  env:
  - {name: DOMAIN_NAME, value: corp.local}
  - name: NACOS_AUTH_IDENTITY_VALUE
    valueFrom: {secretKeyRef: {name: ident, key: v}}
  config: |
    nacos.core.auth.server.identity.key=k
`;
  const { c } = only({ '/w/cr.yaml': cr });
  assert.equal(env(c, 'NACOS_AUTH_TOKEN')?.value, OPERATOR_DEFAULT_TOKEN);
  assert.match(env(c, 'NACOS_AUTH_TOKEN')!.via, /added by nacos-operator \(Kind\.go\): default certification token/);
  assert.equal(env(c, 'NACOS_AUTH_TOKEN')!.chain[0].path, '/w/cr.yaml');
  assert.equal(env(c, 'NACOS_AUTH_ENABLE')?.value, 'true');
  assert.equal(env(c, 'NACOS_AUTH_TOKEN_EXPIRE_SECONDS')?.value, '18000');
  assert.equal(env(c, 'NACOS_AUTH_CACHE_ENABLE')?.value, 'false');
  assert.equal(env(c, 'FUNCTION_MODE')?.value, 'naming');
  assert.equal(env(c, 'PREFER_HOST_MODE'), undefined, 'append(spec.Env, FUNCTION_MODE) drops PREFER_HOST_MODE');
  assert.match(env(c, 'NACOS_AUTH_IDENTITY_VALUE')!.unknown!, /Secret ident key v is not in the workspace/);
  assert.equal(c.nacosServers, 'nacos-0.nacos-headless.prod.svc.corp.local:8848 nacos-1.nacos-headless.prod.svc.corp.local:8848');
  assert.equal(c.mounts[0].mountPath, '/home/nacos/init.d/custom.properties');
  const o = c.mounts[0].text!.origin({ start: 0, end: 4 });
  assert.ok(o?.kind === 'written' && o.exact && at(cr, o.span) === 'naco');
  const old = only({ '/w/cr.yaml': cr }, { operatorSnapshot: 'pre-certification' }).c;
  assert.equal(env(old, 'NACOS_AUTH_TOKEN'), undefined, 'before "add Certification" the operator sets no auth env');
  assert.equal(env(old, 'PREFER_HOST_MODE')?.value, 'hostname');
  const tok = cr.replace('enabled: true', 'enabled: true\n    token: "my-own-token-value"');
  const mine = only({ '/w/cr.yaml': tok }).c;
  assert.equal(env(mine, 'NACOS_AUTH_TOKEN')?.value, 'my-own-token-value');
  assert.equal(at(tok, env(mine, 'NACOS_AUTH_TOKEN')!.place!.innerSpan), 'my-own-token-value');
});

test('kustomize: values point at the generator literal, env file line and patch the user wrote', () => {
  const files: Record<string, string> = {
    '/k/base/kustomization.yaml': 'resources: [sts.yaml]\nsecretGenerator:\n- name: auth\n  envs: [auth.env]\n  literals: ["identity-key=\'kq\'"]\n',
    '/k/base/auth.env': '# token\nNACOS_AUTH_TOKEN=tok-from-env-file\n',
    '/k/base/sts.yaml': sts(`        envFrom:\n        - secretRef: {name: auth}\n        env:\n        - name: NACOS_AUTH_IDENTITY_KEY\n          valueFrom: {secretKeyRef: {name: auth, key: identity-key}}\n`),
    '/k/prod/kustomization.yaml': 'resources: [../base]\nnamePrefix: prod-\nimages:\n- name: registry.example.com:5000/mirror/nacos-server\n  newTag: v3.0.1\npatches:\n- path: patch.yaml\n',
    '/k/prod/patch.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata: {name: nacos}\nspec:\n  template:\n    spec:\n      containers:\n      - name: nacos\n        env:\n        - {name: NACOS_AUTH_IDENTITY_VALUE, value: "patched-value"}\n',
  };
  const r = readKubernetes(Object.keys(files), (p) => files[p]);
  assert.deepEqual(r.kustomizations, ['/k/prod'], 'the base is used by prod: only prod is a root');
  assert.equal(r.containers.length, 1, 'base files are not read again as plain manifests');
  const c = r.containers[0];
  assert.equal(c.workload.source, 'kustomize');
  assert.equal(c.workload.kustomization, '/k/prod');
  assert.equal(c.image?.ref, 'registry.example.com:5000/mirror/nacos-server:v3.0.1');
  assert.equal(c.image?.place?.path, '/k/prod/kustomization.yaml');
  const tok = env(c, 'NACOS_AUTH_TOKEN')!;
  assert.equal(tok.value, 'tok-from-env-file');
  assert.equal(tok.place?.path, '/k/base/auth.env');
  assert.equal(at(files['/k/base/auth.env'], tok.place!.innerSpan), 'tok-from-env-file');
  assert.equal(tok.place?.literal, true, 'a generated Secret holds the Base64 of the written text');
  assert.match(tok.via, /^Secret prod-auth-[a-z0-9]{10} key NACOS_AUTH_TOKEN via envFrom$/);
  const key = env(c, 'NACOS_AUTH_IDENTITY_KEY')!;
  assert.equal(key.value, 'kq');
  assert.equal(at(files['/k/base/kustomization.yaml'], key.place!.innerSpan), 'kq');
  const val = env(c, 'NACOS_AUTH_IDENTITY_VALUE')!;
  assert.equal(val.place?.path, '/k/prod/patch.yaml');
  assert.equal(at(files['/k/prod/patch.yaml'], val.place!.innerSpan), 'patched-value');
  assert.ok(val.chain.some((l) => l.path === '/k/prod/kustomization.yaml'), 'the patches entry is in the chain');
  const b = buildKustomization('/k/base', (p) => files[p]);
  assert.equal(b.containers[0].image?.ref, 'registry.example.com:5000/mirror/nacos-server:v2.4.3-slim');
});
