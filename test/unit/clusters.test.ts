// SPEC §7 grouping and the cluster rules, through the core.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { absorbersOf, analyze, normalizeSettings } from '../../server/src/core';
import { lint } from '../helpers';
import { corpusDir } from '../corpus';

const props = (key: string, value: string, secret = '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=') =>
  `nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nnacos.core.auth.server.identity.key=${key}\nnacos.core.auth.server.identity.value=${value}\nnacos.core.auth.plugin.nacos.token.secret.key=${secret}\n`;
const K = 'nacos-identity-4f2a9c1e';
const V = 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE';
const MEMBERS = '10.0.0.1:8848\n10.0.0.2:8848\n10.0.0.3:8848\n';

describe('cluster grouping (SPEC §7)', () => {
  test('properties nodes with the same cluster.conf member list form one cluster', () => {
    const { result } = lint({
      'a/conf/application.properties': props(K, V), 'a/conf/cluster.conf': MEMBERS,
      'b/conf/application.properties': props(K, V), 'b/conf/cluster.conf': '# same members, other order\n10.0.0.3:8848\n10.0.0.1:8848\n10.0.0.2:8848\n',
      'c/conf/application.properties': props(K, V), 'c/conf/cluster.conf': '10.0.0.9:8848\n',
    }, { serverVersion: '2.4.3' });
    const sizes = result.clusters.map(c => c.nodes.length).sort();
    assert.deepEqual(sizes, [1, 2]);
  });

  test('without evidence (no cluster.conf, no setting), properties nodes are alone: unrelated trees are no cluster (issue 14 #1)', () => {
    const { result, findings } = lint({
      'shop/nacos/conf/application.properties': props(K, V),
      'blog/nacos/conf/application.properties': props(K, 'Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0CxE2uIo4TqNw').replace('enabled=true', 'enabled=false'),
    }, { serverVersion: '2.4.3' });
    assert.deepEqual(result.clusters.map(c => `${c.kind}:${c.nodes.length}`), ['single:1', 'single:1']);
    assert.deepEqual(findings.filter(f => f.ruleId.startsWith('cluster-')), []);
  });

  test('the clusters setting names Kustomize overlays by their folder (the workload itself is written in the base)', () => {
    const sts = `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: nacos\nspec:\n  replicas: 3\n  template:\n    spec:\n      containers:\n        - name: nacos\n          image: nacos/nacos-server:v2.4.3\n          env:\n            - name: NACOS_AUTH_ENABLE\n              value: "true"\n            - name: NACOS_AUTH_IDENTITY_KEY\n              valueFrom: { secretKeyRef: { name: nacos-auth, key: identity-key } }\n            - name: NACOS_AUTH_IDENTITY_VALUE\n              valueFrom: { secretKeyRef: { name: nacos-auth, key: identity-value } }\n            - name: NACOS_AUTH_TOKEN\n              valueFrom: { secretKeyRef: { name: nacos-auth, key: token } }\n`;
    const overlay = (value: string) => `resources:\n  - ../../base\nsecretGenerator:\n  - name: nacos-auth\n    literals:\n      - identity-key=${K}\n      - identity-value=${value}\n      - token=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\n`;
    const files = {
      'kust/base/kustomization.yaml': 'resources:\n  - sts.yaml\n', 'kust/base/sts.yaml': sts,
      'kust/overlays/prod/kustomization.yaml': overlay(V), 'kust/overlays/prod-b/kustomization.yaml': overlay('Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0CxE2uIo4TqNw'),
    };
    // Without the setting the overlays are two environments; naming the overlays' folders makes them one cluster.
    assert.equal(lint(files).result.clusters.filter(c => c.nodes.length > 1).length, 0);
    const { result, findings } = lint(files, { clusters: [{ name: 'prod', include: ['kust/overlays/**'] }] });
    assert.deepEqual(result.clusters.map(c => `${c.name}:${c.nodes.length}`), ['prod:2']);
    assert.ok(findings.some(f => f.ruleId === 'cluster-identity-mismatch'), findings.map(f => f.ruleId).join(' '));
  });

  test('the clusters setting groups what it names; the rest stays alone', () => {
    const { result } = lint({ 'x/application.properties': props(K, V), 'y/application.properties': props(K, V), 'z/application.properties': props(K, V) },
      { serverVersion: '2.4.3', clusters: [{ name: 'xy', include: ['x/**', 'y/**'] }] });
    assert.deepEqual(result.clusters.map(c => `${c.name}:${c.nodes.length}`).sort(), ['xy:2', 'z/application.properties:1']);
  });

  test('members are named by the nearest meaningful folder, never a generic one', () => {
    const other = 'Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0CxE2uIo4TqNw';
    const { findings } = lint({
      'shop/nacos/conf/application.properties': props(K, V), 'shop/nacos/conf/cluster.conf': MEMBERS,
      'node1/conf/application.properties': props(K, V), 'node1/conf/cluster.conf': MEMBERS,
      'gateway/src/main/resources/application.properties': props(K, other),
    }, { serverVersion: '2.4.3', clusters: [{ name: 'all', include: ['**'] }] });
    const mm = findings.filter(f => f.ruleId === 'cluster-identity-mismatch');
    assert.ok(mm.length > 0);
    for (const f of mm) {
      assert.match(f.message, /shop|node1|gateway/);
      assert.doesNotMatch(f.message, /\b(nacos|conf|resources|src)\b(?!\.)/, f.message);
    }
  });

  test('compose services: one cluster per project, standalone services alone, split by NACOS_SERVERS', () => {
    const compose = `services:
  n1:
    image: nacos/nacos-server:v2.4.3
    environment: [NACOS_SERVERS=n1 n2, NACOS_AUTH_IDENTITY_KEY=${K}, NACOS_AUTH_IDENTITY_VALUE=${V}]
  n2:
    image: nacos/nacos-server:v2.4.3
    environment: [NACOS_SERVERS=n2 n1, NACOS_AUTH_IDENTITY_KEY=${K}, NACOS_AUTH_IDENTITY_VALUE=${V}]
  other:
    image: nacos/nacos-server:v2.4.3
    environment: [NACOS_SERVERS=o1 o2]
  solo:
    image: nacos/nacos-server:v2.4.3
    environment: [MODE=standalone]
  mysql:
    image: mysql:8
`;
    const { result } = lint({ 'compose.yaml': compose });
    const groups = result.clusters.map(c => c.nodes.map(n => n.service).sort().join('+')).sort();
    assert.deepEqual(groups, ['n1+n2', 'other', 'solo']);
  });

  test('the corpus cluster-*.yaml examples group into one three-node cluster each', t => {
    const dir = corpusDir();
    if (!dir) return t.skip('corpus not found');
    let checked = 0;
    for (const tag of readdirSync(dir).filter(d => d.startsWith('nacos-docker-'))) {
      const ex = join(dir, tag, 'example');
      // Tags whose folder holds only the image's build/ files have no examples (the corpus grows: discover, never pin).
      if (!existsSync(ex)) continue;
      for (const name of readdirSync(ex).filter(n => /^cluster-.*\.yaml$/.test(n))) {
        const path = join(ex, name);
        const res = analyze({ files: [{ path, text: readFileSync(path, 'utf8') }], readFile: p => (existsSync(p) ? readFileSync(p, 'utf8') : undefined), settingsFor: () => normalizeSettings({}) });
        assert.deepEqual(res.clusters.map(c => c.nodes.length), [3], `${tag}/${name}`);
        checked++;
      }
    }
    assert.ok(checked >= 15, `checked ${checked} cluster files`);
  });
});

describe('cluster rules', () => {
  test('identity mismatch: reported on the member that differs from the majority, related to the others', () => {
    const { findings } = lint({
      'a/conf/application.properties': props(K, V), 'a/conf/cluster.conf': MEMBERS,
      'b/conf/application.properties': props(K, V), 'b/conf/cluster.conf': MEMBERS,
      'c/conf/application.properties': props(K, 'Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0CxE2uIo4TqNw'), 'c/conf/cluster.conf': MEMBERS,
    }, { serverVersion: '2.4.3' });
    const mm = findings.filter(f => f.ruleId === 'cluster-identity-mismatch');
    assert.deepEqual(mm.map(f => f.file).sort(), ['c/conf/application.properties']);
    const onC = mm.find(f => f.file.startsWith('c/'))!;
    assert.deepEqual(onC.related.map(r => r.path).sort(), ['/ws/a/conf/application.properties', '/ws/b/conf/application.properties']);
    for (const f of mm) assert.ok(!f.message.includes(V) && !f.message.includes('Zk3pQ9'), 'masked');
  });

  test('secret mismatch is by decoded bytes: quoted vs plain on 2.3+ is the same key', () => {
    const s = '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=';
    const same = lint({ 'a/application.properties': props(K, V, s), 'b/application.properties': props(K, V, `"${s}"`) }, { serverVersion: '2.4.3', clusters: [{ name: 'ab', include: ['**'] }] });
    assert.equal(same.findings.filter(f => f.ruleId === 'cluster-secret-mismatch').length, 0);
    // The same string on 2.2.3 (strict, raw fallback for the quotes) decodes differently from 2.4.3.
    const a = 'a/application.properties';
    const mixed = analyze({
      files: [{ path: `/ws/${a}`, text: props(K, V, `"${s}"`) }, { path: '/ws/b/application.properties', text: props(K, V, `"${s}"`) }],
      readFile: () => undefined,
      // The mismatch itself: the quotes' own finding (on 2.2.3) would otherwise hold it (one cause, one finding).
      settingsFor: p => normalizeSettings({ serverVersion: p.includes('/a/') ? '2.2.3' : '2.4.3', clusters: [{ name: 'ab', include: ['**'] }], rules: Object.fromEntries(absorbersOf('cluster-secret-mismatch').map(r => [r, 'off'])) }),
      rootFor: () => '/ws',
    });
    // Two members, two values: no majority, both reported.
    assert.equal([...mixed.findings.values()].flat().filter(f => f.ruleId === 'cluster-secret-mismatch').length, 2);
  });

  test('auth mismatch is a warning on every member when there is no majority', () => {
    const { findings } = lint({ 'a/application.properties': props(K, V), 'b/application.properties': props(K, V).replace('enabled=true', 'enabled=false') }, { serverVersion: '2.4.3', clusters: [{ name: 'ab', include: ['**'] }] });
    const mm = findings.filter(f => f.ruleId === 'cluster-auth-mismatch');
    assert.equal(mm.length, 2);
    assert.ok(mm.every(f => f.severity === 'warning'));
  });

  test('the member that overrides the shared env file is the one reported; the shared line is the majority\'s', () => {
    const compose = `services:
  n1: { image: "nacos/nacos-server:v2.4.3", env_file: nacos.env }
  n2: { image: "nacos/nacos-server:v2.4.3", env_file: nacos.env }
  n3:
    image: nacos/nacos-server:v2.4.3
    env_file: nacos.env
    environment: { NACOS_AUTH_IDENTITY_VALUE: Zk3pQ9vL2mX8tR5wB7nYq4Jd6Hs1Fa0CxE2uIo4TqNw }
`;
    const { findings } = lint({ 'compose.yaml': compose, 'nacos.env': `NACOS_AUTH_ENABLE=true\nNACOS_AUTH_IDENTITY_KEY=${K}\nNACOS_AUTH_IDENTITY_VALUE=${V}\n` });
    const mm = findings.filter(f => f.ruleId === 'cluster-identity-mismatch');
    assert.deepEqual(mm.map(f => `${f.file}:${f.line}`).sort(), ['compose.yaml:7']);
    assert.match(mm[0].message, /^Requests between n3 and n1, n2 fail with 403/);
    assert.ok(mm[0].related.some(r => r.path.endsWith('nacos.env')), 'related to the shared line');
  });

  test('2,000 nodes in 200 clusters: grouping and checks are not quadratic', () => {
    const files: Record<string, string> = {};
    for (let c = 0; c < 200; c++) for (let n = 0; n < 10; n++) {
      files[`c${c}/n${n}/conf/application.properties`] = props(K, n === 0 ? `${V.slice(0, -3)}${String(c).padStart(3, '0')}` : V);
      files[`c${c}/n${n}/conf/cluster.conf`] = `10.${c}.0.1:8848\n10.${c}.0.2:8848\n`;
    }
    const t0 = process.hrtime.bigint();
    const { result, findings } = lint(files, { serverVersion: '2.4.3' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    assert.equal(result.clusters.length, 200);
    // One member of ten differs in each cluster: 200 findings, on those members.
    assert.equal(findings.filter(f => f.ruleId === 'cluster-identity-mismatch').length, 200);
    // Not a timing test: only a guard against something grossly quadratic (the benchmark measures properly).
    assert.ok(ms < 60_000, `${ms} ms`);
  });
});
