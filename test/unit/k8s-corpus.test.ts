// The Kubernetes reader on the real nacos-group/nacos-k8s files (../shared/corpus/nacos-k8s/*/): deploy/ manifests,
// the OpenShift Template, the operator samples and charts, Helm templates (not YAML: must be ignored quietly).
// Files are discovered, not pinned: every `image: …nacos/nacos-server…` line must give one Nacos container whose
// image place is on that line, every literal env place must hold its value, and the operator samples must give the
// env Kind.go builds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { corpusDir } from '../corpus';
import { readKubernetes, OPERATOR_DEFAULT_TOKEN } from '../../server/src/core/sources/k8s/index';
import type { NacosContainer } from '../../server/src/core/sources/k8s/index';

function walk(d: string, out: string[] = []): string[] {
  for (const f of readdirSync(d).sort()) {
    const p = join(d, f);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

function snapshots(): string[] {
  const c = corpusDir();
  if (!c) return [];
  const root = join(c, 'nacos-k8s');
  return readdirSync(root).filter((d) => d.startsWith('nacos-k8s-')).map((d) => join(root, d)).sort();
}

test('nacos-k8s corpus: every Nacos image line is one container, env places hold their values', (t) => {
  const snaps = snapshots();
  if (!snaps.length) return t.skip('corpus not found');
  for (const snap of snaps) {
    const files = walk(snap).filter((p) => /\.(ya?ml)$/.test(p));
    const texts = new Map(files.map((p) => [p, readFileSync(p, 'utf8')]));
    const r = readKubernetes(files, (p) => texts.get(p));
    // Expected: each line `image: …nacos-server…` outside Helm templates (the operator chart's CR uses `image:` under
    // spec, Helm templates are not YAML) is a container image.
    const expected: string[] = [];
    for (const [p, text] of texts) {
      if (p.includes('/templates/')) continue;
      text.split('\n').forEach((l, i) => {
        if (/^\s*-?\s*image:\s*['"]?[^'"\s]*nacos-server\b/.test(l)) expected.push(`${p}:${i + 1}`);
      });
    }
    const found = r.containers.map((c) => `${c.image!.place!.path}:${lineOf(texts.get(c.image!.place!.path)!, c.image!.place!.span.start)}`);
    // Operator samples under a kustomization that fails to build are still read as plain manifests.
    assert.deepEqual(found.sort(), expected.sort(), `${snap}: Nacos containers at the image lines`);
    for (const c of r.containers) {
      const text = texts.get(c.workload.path)!;
      assert.match(c.image!.ref, /nacos-server/);
      assert.equal(text.slice(c.image!.place!.innerSpan.start, c.image!.place!.innerSpan.end), c.image!.ref);
      for (const e of c.env) {
        if (e.entry) assert.ok(texts.get(e.entry.path)!.slice(e.entry.span.start, e.entry.span.end).includes(e.name), `${e.name} entry span`);
        if (!e.place?.literal || e.value === undefined) continue;
        assert.equal(texts.get(e.place.path)!.slice(e.place.innerSpan.start, e.place.innerSpan.end), e.value, `${c.workload.path} ${e.name}`);
      }
      // The corpus fact: deploy/ and openshift/ never set NACOS_AUTH_*; the operator samples enable no certification.
      assert.deepEqual(c.env.filter((e) => e.name.startsWith('NACOS_AUTH_')).map((e) => e.name), [], `${c.workload.path}: no NACOS_AUTH_*`);
    }
    // Only the samples kustomization (its resource file is not in the repository) fails; no other error.
    const errors = r.problems.filter((p) => p.severity === 'error');
    assert.deepEqual(errors.map((p) => [p.ruleId, p.path.slice(snap.length)]), [['k8s-kustomize-error', '/operator/config/samples/kustomization.yaml']], snap);
    assert.match(errors[0].message, /nacos\.io_v1alpha1_nacos\.yaml not found/);
    checkDeploy(snap, r.containers, texts);
    checkOperator(snap, r.containers);
  }
});

function checkDeploy(snap: string, cs: NacosContainer[], texts: Map<string, string>): void {
  const deploy = cs.filter((c) => c.workload.path.includes('/deploy/nacos/'));
  assert.ok(deploy.length >= 4, `${snap}: deploy/nacos StatefulSets`);
  for (const c of deploy) {
    assert.equal(c.workload.kind, 'StatefulSet');
    assert.equal(c.image!.ref, 'nacos/nacos-server:latest');
    // spec.replicas as written (the 2022 ceph manifest says NACOS_REPLICAS "2" with replicas 3: the env is kept as is).
    const m = /\n\s+replicas:\s*(\d+)/.exec(texts.get(c.workload.path)!.slice(c.workload.span.start, c.workload.span.end));
    assert.equal(c.replicas, Number(m![1]));
    // configMapKeyRef nacos-cm resolves to the ConfigMap in the same file (every deploy file has its own).
    for (const e of c.env.filter((x) => x.source === 'configMapKeyRef')) {
      assert.equal(e.place?.path, c.workload.path, `${c.workload.path} ${e.name} from its own nacos-cm`);
      assert.match(e.via, /^ConfigMap nacos-cm key mysql\./);
      assert.ok(e.chain[0].via.includes('configMapKeyRef'));
      assert.ok(texts.get(e.chain[0].path)!.slice(e.chain[0].span.start, e.chain[0].span.end).includes(`name: ${e.name}`));
    }
    const ns = c.env.find((e) => e.name === 'POD_NAMESPACE');
    if (ns) assert.equal(ns.value, undefined), assert.match(ns.unknown!, /fieldRef/);
  }
}

function checkOperator(snap: string, cs: NacosContainer[]): void {
  const op = cs.filter((c) => c.workload.source === 'operator');
  const samples = op.filter((c) => c.workload.path.includes('/operator/config/samples/'));
  assert.equal(samples.length, 7, `${snap}: seven Nacos CR samples`);
  for (const c of samples) {
    const mode = c.env.find((e) => e.name === 'MODE');
    const replicas = c.env.find((e) => e.name === 'NACOS_REPLICAS');
    assert.ok(!!mode !== !!replicas, 'standalone gives MODE, cluster NACOS_REPLICAS');
    assert.equal(c.env.find((e) => e.name === 'PREFER_HOST_MODE')?.value, 'hostname');
    assert.match(c.env.find((e) => e.name === 'PREFER_HOST_MODE')!.via, /added by nacos-operator \(Kind\.go\)/);
    if (c.workload.path.endsWith('nacos_cluster_mysql.yaml')) {
      assert.equal(c.nacosServers, [0, 1, 2].map((i) => `nacos-${i}.nacos-headless.nacos-test.svc.cluster.local:8848`).join(' '));
      assert.equal(c.env.find((e) => e.name === 'MYSQL_SERVICE_PASSWORD')?.value, 'eGSZUDBaa3');
      assert.equal(c.mounts[0].mountPath, '/home/nacos/init.d/custom.properties');
      assert.equal(c.mounts[0].text!.text, 'management.endpoints.web.exposure.include=*\n');
    }
    if (c.workload.path.endsWith('nacos_cluster.yaml')) {
      // No namespace in the CR: NACOS_SERVERS depends on where it is applied.
      const s = c.env.find((e) => e.name === 'NACOS_SERVERS')!;
      assert.equal(s.value, undefined);
      assert.match(s.unknown!, /namespace/);
    }
    assert.ok(!c.env.some((e) => e.value === OPERATOR_DEFAULT_TOKEN));
  }
}
