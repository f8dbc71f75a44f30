// Differential test for the Kubernetes keystroke path: a host that re-reads only the documents an edit changed
// (sources/k8s/objects.ts `parseObjectsFrom`, kept through the engine's parse cache) against a fresh host, after each
// of many random edits of a large manifest and of the Secrets file its workloads read — characters typed and deleted,
// lines removed and doubled, `---` markers added and removed, documents moved and copied, YAML broken and mended,
// a Secret's identity value changed. Every finding (message, place, related information, fix edits) must be equal.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisHost, DEFAULT_SETTINGS, type Finding } from '../../server/src/core';
// @ts-expect-error — the benchmark's generator is plain JavaScript
import { k8sManifestWorkload } from '../bench/generate.mjs';
import { rng } from '../composeEdits';
import { k8sEdit as edit } from '../k8sEdits';

const ROOT = '/ws';
const MAIN = `${ROOT}/deploy/nacos-all.yaml`;
const SECRETS = `${ROOT}/deploy/secrets.yaml`;

function manifests(): Map<string, string> {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-inc-'));
  try {
    const w = k8sManifestWorkload(dir, { workloads: 16, seed: 3 }) as { file: string };
    const docs = readFileSync(w.file, 'utf8').split('\n---\n');
    // Half the Secrets go to a file of their own (read through the workspace look-up, not the same file).
    const secrets = docs.filter((d, i) => /^kind: Secret$/m.test(d) && i % 2 === 0);
    return new Map([[MAIN, docs.filter(d => !secrets.includes(d)).join('\n---\n')], [SECRETS, `${secrets.join('\n---\n')}\n`]]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function host(files: Map<string, string>): AnalysisHost {
  return new AnalysisHost({
    text: p => files.get(p), version: () => undefined, settingsFor: () => DEFAULT_SETTINGS,
    relPath: p => p.slice(ROOT.length + 1), rootFor: () => ROOT, files: () => files.keys(),
  });
}

function dump(fs: Finding[]): unknown {
  return fs.map(f => ({
    rule: f.ruleId, severity: f.severity, message: f.message, span: f.span, related: f.related,
    fixes: f.fixes.map(x => {
      let edits: unknown;
      try {
        edits = x.edits().map(e => ({ path: e.path, span: e.span, text: x.deterministic ? e.newText : e.newText.replace(/[A-Za-z0-9+/=_-]{16,}/g, '<generated>') }));
      } catch (e) {
        edits = `threw: ${(e as Error).message}`;
      }
      return { title: x.title, edits };
    }),
  }));
}

test('incremental Kubernetes reads equal fresh analyses after random edits of a manifest and its Secrets', () => {
  const r = rng(1515);
  const files = manifests();
  const clean = new Map(files);
  const inc = host(files);
  inc.applyChange({ kind: 'full', roots: [...files.keys()] });
  let reusedSome = false;
  for (let step = 0; step < 60; step++) {
    const path = r.next() < 0.75 ? MAIN : SECRETS;
    const { text, what } = edit(r, files.get(path)!);
    files.set(path, text);
    // Every few steps go back to a clean text, so later edits also run on valid YAML.
    if (step % 15 === 14) for (const [p, t] of clean) files.set(p, t);
    inc.applyChange({ kind: 'files', paths: [...files.keys()], isRoot: () => true });
    const fresh = host(files);
    fresh.applyChange({ kind: 'full', roots: [...files.keys()] });
    for (const p of files.keys()) {
      assert.deepEqual(dump(inc.analysis().findings(p)), dump(fresh.analysis().findings(p)), `step ${step} (${what} in ${p}), findings of ${p}`);
    }
    if (inc.analysis().findings(MAIN).length) reusedSome = true;
  }
  assert.ok(reusedSome, 'the manifest had findings to compare');
});

// The pre-check before a plain manifest is parsed (sources/k8s/source.ts `mayHoldNacosServer`): YAML that names Nacos
// only as a client is not parsed, yet its ConfigMaps are still found when a Nacos workload references them.
test('YAML naming Nacos only as a client is not parsed, and its ConfigMaps are still looked up', () => {
  const app = [
    'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: shop', 'spec:', '  template:', '    spec:', '      containers:',
    '        - name: shop', '          image: shop:1', '          env:', '            - name: SPRING_CLOUD_NACOS_SERVER_ADDR', '              value: nacos:8848',
    '---', 'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: shared', 'data:', '  OTHER: x', '---', 'broken: [yaml', '',
  ].join('\n');
  const nacos = [
    'apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', '  name: nacos', 'spec:', '  template:', '    spec:', '      containers:',
    '        - name: nacos', '          image: nacos/nacos-server:v2.4.3', '          env:', '            - name: NACOS_AUTH_TOKEN', '              valueFrom:',
    '                configMapKeyRef:', '                  name: shared', '                  key: NACOS_AUTH_TOKEN', '',
  ].join('\n');
  const files = new Map([[`${ROOT}/app.yaml`, app], [`${ROOT}/nacos.yaml`, nacos]]);
  const h = host(files);
  h.applyChange({ kind: 'full', roots: [...files.keys()] });
  // The ConfigMap in the client's file lacks the key: found, so the reference is reported (not an unknown value).
  assert.deepEqual(h.analysis().findings(`${ROOT}/nacos.yaml`).filter(f => f.ruleId === 'k8s-missing-reference').length, 1);
  // The client's file feeds a Nacos node now: its YAML error is reported.
  assert.deepEqual(h.analysis().findings(`${ROOT}/app.yaml`).map(f => f.ruleId), ['syntax-error']);
  // Without a Nacos workload, the client's file is not parsed at all (before, its mention of Nacos had it parsed and
  // its YAML error reported).
  const alone = new Map([[`${ROOT}/app.yaml`, app]]);
  const a = host(alone);
  a.applyChange({ kind: 'full', roots: [...alone.keys()] });
  assert.deepEqual(a.analysis().findings(`${ROOT}/app.yaml`).map(f => f.ruleId), []);
});
