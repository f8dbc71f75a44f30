// The Kubernetes source wired into the analysis (sources/k8s/source.ts): nodes from manifests, kustomize overlays and
// the nacos-operator CR with their provenance; values from objects outside the workspace are unknown, never missing;
// replicas are members; NACOS_SERVERS / the peer-finder service group workloads; a ConfigMap-mounted conf is linted
// inside its block scalar; the quick fixes write where the value lives (Secret stringData, Base64 data, a generator's
// literal or env file) or add a Secret key and a secretKeyRef, and the findings go away.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { applyFix, lint, summarize } from '../helpers';
import { corpusDir } from '../corpus';
import { decodeBase64Std } from '../../server/src/core/sources/k8s/index';
import { setting, type NacosNode } from '../../server/src/core/model/node';
import { K } from '../../server/src/core/nacos/keys';

const sts = (opts: { name?: string; image?: string; env?: string; replicas?: number; more?: string; volumes?: string } = {}) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${opts.name ?? 'nacos'}
spec:
  replicas: ${opts.replicas ?? 3}
  serviceName: nacos-headless
  template:
    spec:
      containers:
        - name: nacos
          image: ${opts.image ?? 'nacos/nacos-server:v3.1.0'}
${opts.env ? `          env:\n${opts.env}` : ''}${opts.volumes ?? ''}${opts.more ? `---\n${opts.more}` : ''}`;

const ref = (name: string, kind: string, object: string, key: string) =>
  `            - name: ${name}\n              valueFrom:\n                ${kind}:\n                  name: ${object}\n                  key: ${key}\n`;
const val = (name: string, value: string) => `            - name: ${name}\n              value: ${value}\n`;
const TOKEN = 'kR3x9QmZ2vLp8sWt4yBn6cHd1fGj7eKa0uIo5qXw3Ez=';

const nodeOf = (r: ReturnType<typeof lint>, pred: (n: NacosNode) => boolean = () => true): NacosNode => {
  const n = r.result.nodes.find(pred);
  assert.ok(n, 'node');
  return n;
};

describe('Kubernetes source', () => {
  test('a StatefulSet with a v3 image and no identity: docker-required-env-missing at its image; the fix adds a Secret and secretKeyRefs', () => {
    const files = { 'deploy/nacos.yaml': sts({ env: val('MODE', 'cluster') }) };
    const r = lint(files);
    assert.deepEqual(summarize(r.findings.filter(f => f.severity === 'error')), ['docker-required-env-missing@deploy/nacos.yaml:12 `image`']);
    const n = nodeOf(r);
    assert.equal(n.kind, 'k8s-container');
    assert.equal(n.members, 3);
    assert.equal(n.service, 'StatefulSet/nacos');
    const f = r.findings.find(x => x.ruleId === 'docker-required-env-missing')!;
    const after = applyFix(r.files, f.fixes[0].edits());
    const text = after['deploy/nacos.yaml'];
    assert.match(text, /- name: NACOS_AUTH_TOKEN\n {14}valueFrom:\n {16}secretKeyRef:\n {18}name: nacos-auth\n {18}key: NACOS_AUTH_TOKEN\n/);
    assert.match(text, /\n---\napiVersion: v1\nkind: Secret\nmetadata:\n {2}name: nacos-auth\ntype: Opaque\nstringData:\n {2}NACOS_AUTH_TOKEN: [A-Za-z0-9+/]{43}=\n {2}NACOS_AUTH_IDENTITY_KEY: nacos-identity-[0-9a-f]{8}\n {2}NACOS_AUTH_IDENTITY_VALUE: [\w-]{43}\n$/);
    const again = lint(after);
    assert.deepEqual(summarize(again.findings.filter(x => x.severity === 'error' || x.ruleId === 'k8s-secret-in-configmap')), []);
    // The values reach the container from the new Secret.
    const m = nodeOf(again);
    assert.match(setting(m, K.identityKey).value ?? '', /^nacos-identity-/);
    assert.match(setting(m, K.identityKey).via, /Secret nacos-auth key NACOS_AUTH_IDENTITY_KEY via secretKeyRef/);
  });

  test('a Secret (or an envFrom source) outside the workspace is unknown, never missing', () => {
    const r = lint({
      'deploy/nacos.yaml': sts({ env: ref('NACOS_AUTH_TOKEN', 'secretKeyRef', 'made-by-kubectl', 'token') + ref('NACOS_AUTH_IDENTITY_KEY', 'secretKeyRef', 'made-by-kubectl', 'k') + ref('NACOS_AUTH_IDENTITY_VALUE', 'secretKeyRef', 'made-by-kubectl', 'v') }),
    });
    assert.deepEqual(r.findings.filter(f => /missing|mismatch/.test(f.ruleId)).map(f => f.ruleId), []);
    const s = setting(nodeOf(r), K.identityValue);
    assert.equal(s.value, undefined);
    assert.match(s.unknown ?? '', /Secret made-by-kubectl key v is not in the workspace/);
    const viaEnvFrom = lint({ 'deploy/nacos.yaml': sts().replace('          image: nacos/nacos-server:v3.1.0\n', '          image: nacos/nacos-server:v3.1.0\n          envFrom:\n            - secretRef:\n                name: vault-made\n') });
    assert.deepEqual(viaEnvFrom.findings.filter(f => /missing/.test(f.ruleId)).map(f => f.ruleId), []);
  });

  test('values from a Secret in another file: the finding lands on the Secret, provenance names it', () => {
    const r = lint({
      'deploy/nacos.yaml': sts({ image: 'nacos/nacos-server:v2.4.3', env: val('NACOS_AUTH_ENABLE', '"true"') + ref('NACOS_AUTH_IDENTITY_KEY', 'secretKeyRef', 'nacos-auth', 'identity-key') + ref('NACOS_AUTH_IDENTITY_VALUE', 'secretKeyRef', 'nacos-auth', 'identity-value') + ref('NACOS_AUTH_TOKEN', 'secretKeyRef', 'nacos-auth', 'token') }),
      'deploy/secret.yaml': `apiVersion: v1\nkind: Secret\nmetadata:\n  name: nacos-auth\ndata:\n  identity-key: c2VydmVySWRlbnRpdHk=\n  identity-value: c2VjdXJpdHk=\nstringData:\n  token: ${TOKEN}\n`,
    });
    assert.deepEqual(summarize(r.findings.filter(f => f.ruleId === 'identity-public-value')), ['identity-public-value@deploy/secret.yaml:7 `c2VjdXJpdHk=`']);
    const s = setting(nodeOf(r), K.identityValue);
    assert.equal(s.value, 'security');
    assert.equal(s.via, 'Secret nacos-auth key identity-value via secretKeyRef');
    assert.equal(s.written?.decode, 'base64');
    // The pair fix writes Base64 into `data` (where the value lives), and the value is the one generated.
    const f = r.findings.find(x => x.ruleId === 'identity-public-value')!;
    const after = applyFix(r.files, f.fixes[0].edits());
    const m = /identity-value: (\S+)/.exec(after['deploy/secret.yaml'])!;
    const decoded = Buffer.from(decodeBase64Std(m[1])!).toString();
    assert.match(decoded, /^[\w-]{43}$/);
    assert.equal(setting(nodeOf(lint(after)), K.identityValue).value, decoded);
    assert.deepEqual(lint(after).findings.filter(x => x.ruleId.startsWith('identity-')).map(x => x.ruleId), []);
  });

  test('a ConfigMap mounted over conf/application.properties: findings inside the block scalar, fixes write there', () => {
    const more = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nacos-conf\ndata:\n  application.properties: |\n    nacos.core.auth.enabled=true\n    nacos.core.auth.system.type=nacos\n    nacos.core.auth.server.identity.key=serverIdentity\n    nacos.core.auth.server.identity.value=security\n    nacos.core.auth.plugin.nacos.token.secret.key=${TOKEN}\n`;
    const volumes = '          volumeMounts:\n            - name: conf\n              mountPath: /home/nacos/conf\n      volumes:\n        - name: conf\n          configMap:\n            name: nacos-conf\n';
    const files = { 'deploy/nacos.yaml': sts({ image: 'nacos/nacos-server:v2.4.3', volumes, more }) };
    const r = lint(files);
    assert.deepEqual(summarize(r.findings.filter(f => f.ruleId === 'identity-public-value')), ['identity-public-value@deploy/nacos.yaml:30 `security`']);
    assert.deepEqual(summarize(r.findings.filter(f => f.ruleId === 'k8s-secret-in-configmap')), [
      `k8s-secret-in-configmap@deploy/nacos.yaml:31 \`${TOKEN}\``,
      'k8s-secret-in-configmap@deploy/nacos.yaml:30 `security`',
    ].sort());
    const f = r.findings.find(x => x.ruleId === 'identity-public-value')!;
    const after = applyFix(r.files, f.fixes[0].edits())['deploy/nacos.yaml'];
    assert.match(after, /\n {4}nacos\.core\.auth\.server\.identity\.key=nacos-identity-[0-9a-f]{8}\n {4}nacos\.core\.auth\.server\.identity\.value=[\w-]{43}\n {4}nacos\.core\.auth\.plugin/);
  });

  test('a missing setting goes into the mounted ConfigMap conf, indented as the block', () => {
    const more = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nacos-conf\ndata:\n  application.properties: |\n    nacos.core.auth.enabled=true\n    nacos.core.auth.system.type=nacos\n`;
    const volumes = '          volumeMounts:\n            - name: conf\n              mountPath: /home/nacos/conf/application.properties\n              subPath: application.properties\n      volumes:\n        - name: conf\n          configMap:\n            name: nacos-conf\n';
    const r = lint({ 'deploy/nacos.yaml': sts({ image: 'nacos/nacos-server:v2.4.3', volumes, more }) });
    const f = r.findings.find(x => x.ruleId === 'identity-missing')!;
    assert.ok(f, 'identity-missing');
    const after = applyFix(r.files, f.fixes[0].edits())['deploy/nacos.yaml'];
    assert.match(after, /nacos\.core\.auth\.system\.type=nacos\n {4}nacos\.core\.auth\.server\.identity\.key=nacos-identity-[0-9a-f]{8}\n {4}nacos\.core\.auth\.server\.identity\.value=[\w-]{43}\n$/);
    assert.deepEqual(lint({ 'deploy/nacos.yaml': after }).findings.filter(x => x.ruleId === 'identity-missing'), []);
  });

  test('replicas are members of one node; NACOS_SERVERS groups the workloads of a file into one cluster', () => {
    const servers = val('NACOS_SERVERS', '"a-0.a:8848 b-0.b:8848"');
    const r = lint({
      'deploy/two.yaml': `${sts({ name: 'a', replicas: 1, env: servers + val('NACOS_AUTH_IDENTITY_KEY', 'k1') })}---\n${sts({ name: 'b', replicas: 1, env: servers + val('NACOS_AUTH_IDENTITY_KEY', 'k2') })}`,
    });
    assert.equal(r.result.nodes.length, 2);
    assert.equal(r.result.clusters.length, 1);
    assert.equal(r.result.clusters[0].kind, 'k8s');
    assert.deepEqual(summarize(r.findings.filter(f => f.ruleId === 'cluster-identity-mismatch')), [
      'cluster-identity-mismatch@deploy/two.yaml:17 `k1`', 'cluster-identity-mismatch@deploy/two.yaml:35 `k2`',
    ]);
    // One workload alone is one cluster of one node, whatever its replicas.
    const one = lint({ 'deploy/one.yaml': sts({ env: val('NACOS_AUTH_IDENTITY_KEY', 'k1') }) });
    assert.equal(one.result.clusters.length, 1);
    assert.equal(one.result.nodes[0].members, 3);
  });

  test('kustomize: each overlay is a node of its own, values land on the generator literal and env file; fixes converge', () => {
    const files: Record<string, string> = {
      'k/base/kustomization.yaml': 'resources:\n  - sts.yaml\n',
      'k/base/sts.yaml': sts({ image: 'nacos/nacos-server:v2.4.3', env: val('NACOS_AUTH_ENABLE', '"true"') }).replace('          image: nacos/nacos-server:v2.4.3\n', '          image: nacos/nacos-server:v2.4.3\n          envFrom:\n            - secretRef:\n                name: nacos-auth\n'),
      'k/overlays/prod/kustomization.yaml': 'resources:\n  - ../../base\nnamePrefix: prod-\nimages:\n  - name: nacos/nacos-server\n    newTag: v3.1.0\nsecretGenerator:\n  - name: nacos-auth\n    literals:\n      - NACOS_AUTH_TOKEN=short\n    envs:\n      - auth.env\n',
      'k/overlays/prod/auth.env': 'NACOS_AUTH_IDENTITY_KEY=serverIdentity\nNACOS_AUTH_IDENTITY_VALUE=security\n',
      'k/overlays/dev/kustomization.yaml': 'resources:\n  - ../../base\nsecretGenerator:\n  - name: nacos-auth\n    literals:\n      - NACOS_AUTH_IDENTITY_KEY=devkey\n',
    };
    const r = lint(files);
    assert.deepEqual(r.result.nodes.map(n => `${n.service} ${n.version.version.text}`).sort(), ['StatefulSet/nacos @k/overlays/dev 2.4.3', 'StatefulSet/prod-nacos @k/overlays/prod 3.1.0']);
    assert.deepEqual(summarize(r.findings.filter(f => f.severity === 'error')), [
      'identity-missing@k/base/sts.yaml:12 `image`',
      'identity-public-value@k/overlays/prod/auth.env:2 `security`',
      'secret-missing@k/base/sts.yaml:12 `image`',
      'secret-too-short@k/overlays/prod/kustomization.yaml:10 `short`',
    ]);
    // The base's plain file is not a node of its own (kubectl applies the overlays).
    assert.ok(r.result.nodes.every(n => n.k8s?.workload.root));
    let cur: Record<string, string> = files;
    for (let round = 0; round < 6; round++) {
      const rr = lint(cur);
      const f = rr.findings.find(x => x.severity === 'error' && x.fixes.length);
      if (!f) break;
      cur = applyFix(rr.files, f.fixes[0].edits());
    }
    assert.deepEqual(summarize(lint(cur).findings.filter(f => f.severity === 'error')), []);
    assert.match(cur['k/overlays/prod/auth.env'], /^NACOS_AUTH_IDENTITY_KEY=nacos-identity-[0-9a-f]{8}\nNACOS_AUTH_IDENTITY_VALUE=[\w-]{43}\n$/);
    assert.match(cur['k/overlays/prod/kustomization.yaml'], /- NACOS_AUTH_TOKEN=[A-Za-z0-9+/]{43}=\n/);
    // dev lacked the identity value and the secret: added as literals next to the one it has.
    assert.match(cur['k/overlays/dev/kustomization.yaml'], /- NACOS_AUTH_IDENTITY_KEY=nacos-identity-[0-9a-f]{8}\n/);
    assert.match(cur['k/overlays/dev/kustomization.yaml'], /\n {6}- NACOS_AUTH_IDENTITY_VALUE=[\w-]{43}\n/);
    assert.match(cur['k/overlays/dev/kustomization.yaml'], /\n {6}- NACOS_AUTH_TOKEN=[A-Za-z0-9+/]{43}=\n/);
  });

  test('k8s-env-value-not-string from a kustomize patch lands in the patch', () => {
    const r = lint({
      'k/base/kustomization.yaml': 'resources:\n  - sts.yaml\n',
      'k/base/sts.yaml': sts({ image: 'nacos/nacos-server:v2.4.3', env: val('MODE', 'standalone') }),
      'k/prod/kustomization.yaml': 'resources:\n  - ../base\npatches:\n  - path: auth.yaml\n',
      'k/prod/auth.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: nacos\nspec:\n  template:\n    spec:\n      containers:\n        - name: nacos\n          env:\n            - name: NACOS_AUTH_ENABLE\n              value: true\n',
    });
    assert.deepEqual(summarize(r.findings.filter(f => f.ruleId === 'k8s-env-value-not-string')), ['k8s-env-value-not-string@k/prod/auth.yaml:12 `true`']);
  });

  test('the nacos-operator CR: image, certification token and the operator\'s default token', () => {
    const cr = (cert: string) => `apiVersion: nacos.io/v1alpha1\nkind: Nacos\nmetadata:\n  name: nacos\nspec:\n  type: cluster\n  image: nacos/nacos-server:v2.2.3\n  replicas: 3\n${cert}`;
    const r = lint({ 'op/nacos.yaml': cr('  certification:\n    enabled: true\n') });
    const n = nodeOf(r);
    assert.equal(n.members, 3);
    assert.match(setting(n, K.secret).via, /nacos-operator/);
    // The operator's default token (setDefaultCertification) has no place to edit: reported at the CR's image.
    assert.deepEqual(summarize(r.findings.filter(f => f.ruleId === 'secret-public-value')), ['secret-public-value@op/nacos.yaml:7 `image`']);
  });
});

describe('Kubernetes source on the nacos-group/nacos-k8s corpus', () => {
  const root = corpusDir();
  const files = (dir: string): Record<string, string> => {
    const out: Record<string, string> = {};
    const walk = (d: string) => {
      for (const f of readdirSync(d).sort()) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.ya?ml$/.test(f)) out[p.slice(dir.length + 1)] = readFileSync(p, 'utf8');
      }
    };
    walk(dir);
    return out;
  };
  const snaps = root ? readdirSync(join(root, 'nacos-k8s')).filter(d => d.startsWith('nacos-k8s-')).sort() : [];
  for (const snap of snaps) {
    test(`${snap}: deploy/ and openshift/ run latest (3.x) without the three variables; the error at each image line`, () => {
      const all = files(join(root!, 'nacos-k8s', snap));
      const manifests = Object.fromEntries(Object.entries(all).filter(([p]) => p.startsWith('deploy/') || p.startsWith('openshift/')));
      const r = lint(manifests);
      const expected: string[] = [];
      for (const [p, text] of Object.entries(manifests)) {
        text.split('\n').forEach((l, i) => { if (/^\s*image:\s*['"]?nacos\/nacos-server:latest/.test(l)) expected.push(`docker-required-env-missing@${p}:${i + 1} \`image\``); });
      }
      assert.ok(expected.length >= 4, 'the corpus has these manifests');
      assert.deepEqual(summarize(r.findings.filter(f => f.severity === 'error')), expected.sort());
      for (const f of r.findings.filter(x => x.ruleId === 'docker-required-env-missing')) assert.match(f.message, /NACOS_AUTH_TOKEN, NACOS_AUTH_IDENTITY_KEY, NACOS_AUTH_IDENTITY_VALUE/);
      // Alternatives of one StatefulSet in one folder are not one cluster.
      assert.equal(r.result.clusters.length, r.result.nodes.length);
      // The quick fix makes every manifest start: no error after it, in each file.
      for (const f of r.findings.filter(x => x.ruleId === 'docker-required-env-missing')) {
        const after = applyFix(r.files, f.fixes[0].edits());
        const again = lint({ [f.path.slice(4)]: after[f.path.slice(4)] });
        assert.deepEqual(summarize(again.findings.filter(x => x.severity === 'error')), [], f.path);
      }
    });
  }
});
