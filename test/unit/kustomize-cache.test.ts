// Differential test of the kustomize build cache (kustomize/build.ts BuildCache): a base that several overlays use is
// accumulated once per analysis and handed to each with its own chain. Every build with the cache must equal the same
// build on its own (objects with every place and chain, problems, files, kustomizations), in any build order, for
// bases, nested bases, components, generators, patches (files and inline), failures and cycles; and the language
// server's analyses (the engine's memo across edits) must equal fresh unshared analyses after the base changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, type AnalysisResult } from '../../server/src/core';
import { Reuse } from '../../server/src/core/engine/reuse';
import { BuildCache, buildKustomizationRaw, buildSharing, isKustomizationPath } from '../../server/src/core/sources/k8s/index';
import type { BuildResult } from '../../server/src/core/sources/k8s/index';
import { asData, RECURSE } from '../nodeData';

const WS = '/ws';

const sts = (name: string, image = 'nacos/nacos-server:v2.4.3') => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ${name}
spec:
  replicas: 1
  serviceName: ${name}-headless
  template:
    spec:
      containers:
        - name: nacos
          image: ${image}
          env:
            - name: MODE
              value: cluster
            - name: NACOS_AUTH_TOKEN
              valueFrom:
                secretKeyRef:
                  name: nacos-auth
                  key: NACOS_AUTH_TOKEN
          envFrom:
            - configMapRef:
                name: nacos-cm
          volumeMounts:
            - name: conf
              mountPath: /home/nacos/conf/application.properties
              subPath: application.properties
      volumes:
        - name: conf
          configMap:
            name: nacos-conf
---
apiVersion: v1
kind: Service
metadata:
  name: ${name}-headless
spec:
  clusterIP: None
`;

/** Workspaces with kustomizations that share bases (relative paths → text). */
const WORKSPACES: Record<string, Record<string, string>> = {
  // The benchmark's shape: a base and two overlays with generators, images, a patch file.
  overlays: {
    'k/base/kustomization.yaml': 'resources:\n  - sts.yaml\nlabels:\n  - pairs:\n      app: nacos\n',
    'k/base/sts.yaml': sts('nacos'),
    ...Object.fromEntries(['prod', 'staging'].flatMap(env => [
      [`k/overlays/${env}/kustomization.yaml`, `resources:\n  - ../../base\nnamespace: nacos-${env}\nnamePrefix: ${env}-\nimages:\n  - name: nacos/nacos-server\n    newTag: ${env === 'prod' ? 'v3.1.0' : 'v2.5.1'}\nsecretGenerator:\n  - name: nacos-auth\n    literals:\n      - NACOS_AUTH_TOKEN=${env}-token\n    envs:\n      - auth.env\nconfigMapGenerator:\n  - name: nacos-cm\n    literals:\n      - MODE=standalone\npatches:\n  - path: replicas.yaml\n`],
      [`k/overlays/${env}/auth.env`, `NACOS_AUTH_IDENTITY_KEY=key-${env}\nNACOS_AUTH_IDENTITY_VALUE=value-${env}\n`],
      [`k/overlays/${env}/replicas.yaml`, `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: nacos\nspec:\n  replicas: 3\n`],
    ])),
  },
  // A base under a middle layer (generators with files and a hash, a strategic merge patch, replicas), used by
  // overlays with JSON 6902 patches, a suffix, a component, an inline patch, merge generators; one overlay uses
  // two middles over the same base (kustomize refuses the duplicate id).
  nested: {
    'b/base/kustomization.yaml': 'resources:\n  - sts.yaml\nconfigMapGenerator:\n  - name: nacos-cm\n    files:\n      - application.properties\n    literals:\n      - A=1\ncommonLabels:\n  tier: db\n',
    'b/base/sts.yaml': sts('nacos', 'registry.example.com/nacos/nacos-server:v2.3.0'),
    'b/base/application.properties': 'nacos.core.auth.enabled=true\n',
    'b/mid/kustomization.yaml': 'resources:\n  - ../base\nnamePrefix: mid-\npatchesStrategicMerge:\n  - env.yaml\nreplicas:\n  - name: nacos\n    count: 5\nsecretGenerator:\n  - name: nacos-auth\n    literals:\n      - NACOS_AUTH_TOKEN=mid\n',
    'b/mid/env.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: nacos\nspec:\n  template:\n    spec:\n      containers:\n        - name: nacos\n          env:\n            - name: NACOS_AUTH_IDENTITY_KEY\n              value: from-mid\n',
    'b/mid2/kustomization.yaml': 'resources:\n  - ../base\nnamePrefix: two-\npatches:\n  - target:\n      kind: StatefulSet\n    patch: |\n      - op: add\n        path: /spec/template/spec/containers/0/env/-\n        value:\n          name: NACOS_AUTH_IDENTITY_VALUE\n          value: inline\n',
    'b/o1/kustomization.yaml': 'resources:\n  - ../mid\nnameSuffix: -x\npatchesJson6902:\n  - target:\n      group: apps\n      version: v1\n      kind: StatefulSet\n      name: mid-nacos\n    path: ops.yaml\nconfigMapGenerator:\n  - name: nacos-cm\n    behavior: merge\n    literals:\n      - B=2\ncomponents:\n  - ../comp\n',
    'b/o1/ops.yaml': '- op: replace\n  path: /spec/replicas\n  value: 2\n',
    'b/comp/kustomization.yaml': 'apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nimages:\n  - name: registry.example.com/nacos/nacos-server\n    newName: nacos/nacos-server\n    newTag: v3.0.1\n',
    'b/o2/kustomization.yaml': 'resources:\n  - ../mid\n  - ../mid2\n',
    'b/o3/kustomization.yaml': 'resources:\n  - ../mid2\nimages:\n  - name: registry.example.com/nacos/nacos-server\n    newTag: v2.4.3\n',
    'b/o4/kustomization.yaml': 'bases:\n  - ../mid\n  - ../base2\n',
    'b/base2/kustomization.yaml': 'resources:\n  - other.yaml\n  - https://github.com/example/remote//deploy?ref=v1\n',
    'b/base2/other.yaml': sts('other'),
  },
  // Failures: a missing resource below a base, invalid YAML, a cycle, a missing base; the shared ones still build.
  failures: {
    'f/ok/kustomization.yaml': 'resources:\n  - sts.yaml\n',
    'f/ok/sts.yaml': sts('nacos'),
    'f/broken/kustomization.yaml': 'resources:\n  - sts.yaml\n  - missing.yaml\n',
    'f/broken/sts.yaml': sts('broken'),
    'f/bad-yaml/kustomization.yaml': 'resources:\n  - bad.yaml\n',
    'f/bad-yaml/bad.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\n',
    'f/use-broken/kustomization.yaml': 'resources:\n  - ../broken\n  - ../ok\n',
    'f/use-bad/kustomization.yaml': 'resources:\n  - ../ok\n  - ../bad-yaml\n',
    'f/cycle-a/kustomization.yaml': 'resources:\n  - ../cycle-b\n  - ../ok\n',
    'f/cycle-b/kustomization.yaml': 'resources:\n  - ../cycle-a\n',
    'f/no-base/kustomization.yaml': 'resources:\n  - ../ok\n  - ../nowhere\n',
    'f/twice/kustomization.yaml': 'resources:\n  - ../ok\n  - ../ok\n',
  },
  // Chains of 30 bases: one builds, one fails at the bottom (a failure is not tried again at every level above it:
  // that would be 2^30 accumulations).
  deep: Object.fromEntries(['ok', 'bad'].flatMap(c => Array.from({ length: 30 }, (_, i) => [
    `d/${c}/l${i}/kustomization.yaml`,
    i < 29 ? `resources:\n  - ../l${i + 1}\nnamePrefix: p${i}-\n` : `resources:\n  - sts.yaml\n${c === 'bad' ? '  - missing.yaml\n' : ''}`,
  ]).concat([[`d/${c}/l29/sts.yaml`, sts('nacos')]]))),
};

const abs = (files: Record<string, string>) => new Map(Object.entries(files).map(([p, t]) => [`${WS}/${p}`, t]));

/** A build as plain data: every tree node with its place and chain (YAML nodes as their ranges, files as paths). */
function data(r: BuildResult): unknown {
  return asData(r, (k, v) => {
    if (k === 'node' || k === 'key') return (v as { range?: unknown } | undefined)?.range;
    if (k === 'file') return (v as { path: string }).path;
    return RECURSE;
  });
}

function buildAll(files: Map<string, string>, order: 'sorted' | 'reversed', shared: boolean): { results: Map<string, unknown>; cache: BuildCache } {
  const paths = [...files.keys()];
  const dirs = [...new Set(paths.filter(isKustomizationPath).map(p => p.slice(0, p.lastIndexOf('/'))))].sort();
  if (order === 'reversed') dirs.reverse();
  const cache = new BuildCache();
  const results = new Map<string, unknown>();
  buildSharing.enabled = shared;
  try {
    for (const d of dirs) {
      const asked: string[] = [];
      const r = buildKustomizationRaw(d, p => { asked.push(p); return files.get(p); }, { paths, cache });
      // What a build read decides when the engine builds it again: the same files, shared or not.
      results.set(d, { result: data(r), read: [...new Set(asked)].sort() });
    }
  } finally {
    buildSharing.enabled = true;
  }
  return { results, cache };
}

for (const [name, files] of Object.entries(WORKSPACES)) {
  test(`kustomize builds sharing their bases equal unshared builds: ${name}`, () => {
    const ws = abs(files);
    for (const order of ['sorted', 'reversed'] as const) {
      const alone = buildAll(ws, order, false);
      const shared = buildAll(ws, order, true);
      assert.equal(alone.cache.hits, 0);
      // The cache was used: the comparison is not of two unshared runs.
      assert.ok(shared.cache.hits > 0, `${name} ${order}: no accumulation was shared`);
      for (const [dir, r] of alone.results) assert.deepEqual(shared.results.get(dir), r, `${name} ${order}: ${dir}`);
    }
  });
}

test('the cache takes nothing from another text: an edited base is accumulated again', () => {
  const ws = abs(WORKSPACES.overlays);
  const paths = [...ws.keys()];
  const cache = new BuildCache();
  const before = buildKustomizationRaw(`${WS}/k/overlays/prod`, p => ws.get(p), { paths, cache });
  const edited = new Map(ws);
  edited.set(`${WS}/k/base/sts.yaml`, sts('nacos').replace('value: cluster', 'value: standalone'));
  // Same cache, new text (a cache lives for one analysis; this checks its key is the text, not only the path).
  const after = buildKustomizationRaw(`${WS}/k/overlays/staging`, p => edited.get(p), { paths, cache });
  const fresh = buildKustomizationRaw(`${WS}/k/overlays/staging`, p => edited.get(p), { paths });
  assert.deepEqual(data(after), data(fresh));
  assert.notDeepEqual(data(after), data(before));
});

/** What a caller sees of an analysis, as plain data (findings with related information, nodes, clusters). */
function dump(res: AnalysisResult): unknown {
  const findings = [...res.findings].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, list]) => [path, list.map(f => ({
    rule: f.ruleId, severity: f.severity, message: f.message, span: f.span, related: f.related,
    fixes: f.fixes.map(x => ({ title: x.title, edits: x.deterministic ? x.edits() : x.edits().map(e => ({ path: e.path, span: e.span })) })),
  }))]);
  const nodes = res.nodes.map(n => asData(n, (k, v) => (k === 'node' || k === 'key' ? (v as { range?: unknown } | undefined)?.range : k === 'file' && v && typeof v === 'object' && 'path' in v ? (v as { path: string }).path : RECURSE)));
  const clusters = res.clusters.map(c => [c.id, c.nodes.map(n => n.id)]);
  return { findings, nodes, clusters };
}

test('language server: analyses sharing bases (with the memo across edits of the base) equal fresh unshared ones', () => {
  const files = abs({ ...WORKSPACES.overlays, ...WORKSPACES.nested });
  const run = (reuse?: Reuse) => analyze({ files: [...files].map(([path, text]) => ({ path, text })), readFile: p => files.get(p), relPath: p => p.slice(WS.length + 1), rootFor: () => WS, reuse });
  const fresh = () => {
    buildSharing.enabled = false;
    try {
      return run();
    } finally {
      buildSharing.enabled = true;
    }
  };
  const reuse = new Reuse();
  const steps: [string, string, (t: string) => string][] = [
    ['first check', 'k/base/sts.yaml', t => t],
    // (The overlays set the tag: the base's own is not seen.)
    ['the base changes a value', 'k/base/sts.yaml', t => t.replace('value: cluster', 'value: standalone')],
    ['the base gets a value', 'k/base/sts.yaml', t => t.replace('value: standalone', 'value: standalone\n            - name: NACOS_AUTH_IDENTITY_VALUE\n              value: base-value')],
    ['the base kustomization gets a prefix', 'k/base/kustomization.yaml', t => `${t}namePrefix: b-\n`],
    ['one overlay changes', 'k/overlays/prod/kustomization.yaml', t => t.replace('v3.1.0', 'v3.0.0')],
    ['the base breaks', 'k/base/sts.yaml', t => `${t}  bad: [\n`],
    ['the base mends', 'k/base/sts.yaml', t => t.replace('  bad: [\n', '')],
    ['a nested base changes', 'b/base/sts.yaml', t => t.replace('v2.3.0', 'v3.1.0')],
    ['a middle layer changes', 'b/mid/env.yaml', t => t.replace('from-mid', 'changed')],
  ];
  let previous: unknown;
  for (const [what, rel, edit] of steps) {
    const p = `${WS}/${rel}`;
    files.set(p, edit(files.get(p)!));
    const got = dump(run(reuse));
    assert.deepEqual(got, dump(fresh()), what);
    if (previous !== undefined && what !== 'the base mends') assert.notDeepEqual(got, previous, `${what}: the edit shows`);
    previous = got;
  }
});
