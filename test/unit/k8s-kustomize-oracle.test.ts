// Differential test of the Kustomize build (server/src/core/sources/k8s/kustomize) against Kustomize itself
// (`kustomize build`, v5.5.0 — kubectl 1.32's; scripts/oracles/kustomize.sh provides it). For seeded generated
// projects (bases, overlays, components, strategic-merge and JSON 6902 patches on env, generators with literals /
// env files / files and behavior merge/replace, images, namePrefix/Suffix, namespace, replicas, secretKeyRef and
// envFrom to generated names):
//   * both succeed or both fail;
//   * the rendered objects are the same set (kind/namespace/name, hash suffixes included) and equal as JSON;
//   * the effective env of every Nacos container from our build equals the env our (same) resolver computes from
//     the objects Kustomize renders;
//   * every env value whose place claims to be literal is the text at that place.
import { findOracle } from '../oracles';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildKustomization, readManifestText } from '../../server/src/core/sources/k8s/index';
import type { NacosContainer } from '../../server/src/core/sources/k8s/index';
import { rng, type Rng } from '../composeEdits';

const PROJECTS = 80;

type Files = Record<string, string>;

interface Gen {
  files: Files;
  /** Directory to build (relative). */
  root: string;
  /** What the generator put in, for the figures. */
  features: Set<string>;
}

const q = (s: string) => JSON.stringify(s);

function randomToken(r: Rng, n: number): string {
  const A = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let s = '';
  for (let i = 0; i < n; i++) s += A[r.int(A.length)];
  return s;
}

/** One seeded project: base (+ optional component) and one or two overlays. */
function generate(seed: number): Gen {
  const r = rng(seed);
  const f: Files = {};
  const features = new Set<string>();
  const kind = r.pick(['StatefulSet', 'Deployment']);
  const sidecar = r.next() < 0.3;
  const sidecarFirst = sidecar && r.next() < 0.5;
  const image = r.pick(['nacos/nacos-server:v2.2.0', 'nacos/nacos-server', 'nacos/nacos-server:v2.3.0-slim', 'registry.example.com/nacos/nacos-server:v2.1.0', `nacos/nacos-server@sha256:${'ab12'.repeat(16)}`]);
  // base generators
  const cmLiterals = [`identity-key=${r.pick(['serverIdentity', 'k-' + randomToken(r, 6), '"quoted key"', "'single'"])}`];
  if (r.next() < 0.5) cmLiterals.push(`auth-enable=${r.pick(['true', 'false'])}`);
  const envLines = ['# comment', '', `  NACOS_AUTH_CACHE_ENABLE=${r.pick(['true', 'false'])}`, `WITH_EQ=a=b=c`, 'EMPTY=', `QUOTED="kept quotes"`];
  f['base/cm.env'] = r.pick(envLines.map((_, i) => envLines.slice(0, i + 1).join('\n') + '\n'));
  f['base/application.properties'] = `nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=${randomToken(r, 8)}\n`;
  const token = randomToken(r, r.pick([12, 44, 60, 120]));
  f['base/secret.env'] = `identity-value=${randomToken(r, 10)}\n`;
  const secretOpts = r.next() < 0.2;
  const gopts = r.next() < 0.25 ? r.pick(['generatorOptions:\n  disableNameSuffixHash: true\n', 'generatorOptions:\n  labels:\n    app: nacos\n', 'generatorOptions:\n  immutable: true\n']) : '';
  if (gopts) features.add('generatorOptions');
  const plainSecret = r.next() < 0.6;
  const plainSecretData = r.next() < 0.5;
  // env of the nacos container
  const env: string[] = [];
  env.push('        - name: MODE\n          value: cluster');
  if (r.next() < 0.7) env.push(`        - name: NACOS_AUTH_ENABLE\n          value: ${r.pick(['"true"', "'false'", '"yes"'])}`);
  if (r.next() < 0.8) env.push('        - name: NACOS_AUTH_TOKEN\n          valueFrom:\n            secretKeyRef:\n              name: nacos-auth\n              key: token');
  if (r.next() < 0.8) env.push('        - name: NACOS_AUTH_IDENTITY_KEY\n          valueFrom:\n            configMapKeyRef:\n              name: nacos-cm\n              key: identity-key');
  if (plainSecret && r.next() < 0.8) env.push('        - name: NACOS_AUTH_IDENTITY_VALUE\n          valueFrom:\n            secretKeyRef:\n              name: plain-secret\n              key: identity-value');
  if (r.next() < 0.5) env.push('        - name: JAVA_OPT\n          value: "-Dnacos.core.auth.server.identity.key=$(NACOS_AUTH_IDENTITY_KEY) $$(ESCAPED) $(UNDEFINED)"');
  if (r.next() < 0.3) env.push('        - name: EXTERNAL\n          valueFrom:\n            secretKeyRef:\n              name: vault-secret\n              key: token');
  if (r.next() < 0.3) env.push('        - name: OPTIONAL\n          valueFrom:\n            secretKeyRef:\n              name: nacos-auth\n              key: nope\n              optional: true');
  if (r.next() < 0.2) env.push('        - name: MODE\n          value: standalone');
  const envFrom: string[] = [];
  if (r.next() < 0.5) {
    envFrom.push('        - configMapRef:\n            name: nacos-env');
    features.add('envFrom');
  }
  if (r.next() < 0.3) {
    envFrom.push('        - secretRef:\n            name: nacos-auth\n          prefix: AUTH_');
    features.add('envFrom-prefix');
  }
  const nacosC = [
    '      - name: nacos',
    `        image: ${image}`,
    ...(envFrom.length ? ['        envFrom:', ...envFrom] : []),
    '        env:',
    ...env,
    ...(r.next() < 0.4 ? ['        args: ["--port=$(NACOS_SERVER_PORT)", "$(MODE)"]'] : []),
  ];
  const sideC = ['      - name: side', '        image: busybox:1.36', '        env:', '        - name: SIDE\n          value: "1"'];
  const containers = sidecar ? (sidecarFirst ? [...sideC, ...nacosC] : [...nacosC, ...sideC]) : nacosC;
  const volumes = r.next() < 0.4;
  if (volumes) features.add('volumes');
  f['base/workload.yaml'] = [
    `apiVersion: apps/v1`,
    `kind: ${kind}`,
    'metadata:',
    '  name: nacos',
    'spec:',
    ...(kind === 'StatefulSet' ? ['  serviceName: nacos-headless'] : []),
    `  replicas: ${r.pick([1, 3])}`,
    '  template:',
    '    spec:',
    '      containers:',
    ...containers,
    ...(volumes ? ['        volumeMounts:\n        - name: conf\n          mountPath: /home/nacos/conf/application.properties\n          subPath: application.properties'] : []),
    ...(volumes ? ['      volumes:\n      - name: conf\n        configMap:\n          name: nacos-cm'] : []),
    '---',
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: nacos-headless',
    'spec:',
    '  clusterIP: None',
    ...(plainSecret
      ? [
          '---',
          'apiVersion: v1',
          'kind: Secret',
          'metadata:',
          '  name: plain-secret',
          ...(plainSecretData ? ['data:', `  identity-value: ${Buffer.from(randomToken(r, 16)).toString('base64')}`] : ['stringData:', `  identity-value: ${q(randomToken(r, 16))}`]),
        ]
      : []),
    '',
  ].join('\n');
  const cmSources: string[] = ['  literals:', ...cmLiterals.map((l) => `  - ${q(l)}`)];
  if (r.next() < 0.6) {
    cmSources.push('  envs:', '  - cm.env');
    features.add('envs');
  }
  if (r.next() < 0.5 || volumes) {
    cmSources.push('  files:', '  - application.properties');
    features.add('files');
  }
  f['base/kustomization.yaml'] = [
    'resources:',
    '- workload.yaml',
    'configMapGenerator:',
    '- name: nacos-cm',
    ...cmSources,
    '- name: nacos-env',
    '  literals:',
    `  - NACOS_AUTH_ENABLE=${r.pick(['true', 'false'])}`,
    `  - NACOS_SERVER_PORT=${r.pick(['8848', '9848'])}`,
    '  - bad-name=skipped by the kubelet',
    'secretGenerator:',
    '- name: nacos-auth',
    '  literals:',
    `  - token=${token}`,
    '  envs:',
    '  - secret.env',
    ...(secretOpts ? ['  options:', '    disableNameSuffixHash: true'] : []),
    gopts,
  ].join('\n');

  // component (occasionally)
  const component = r.next() < 0.15;
  if (component) {
    features.add('components');
    f['components/auth/kustomization.yaml'] = [
      'apiVersion: kustomize.config.k8s.io/v1alpha1',
      'kind: Component',
      'patches:',
      '- patch: |-',
      `    apiVersion: apps/v1`,
      `    kind: ${kind}`,
      '    metadata:',
      '      name: nacos',
      '    spec:',
      '      template:',
      '        spec:',
      '          containers:',
      '          - name: nacos',
      '            env:',
      '            - name: NACOS_AUTH_IDENTITY_VALUE',
      `              value: ${q('from-component-' + randomToken(r, 4))}`,
      '',
    ].join('\n');
  }

  // overlays
  const levels = r.next() < 0.3 ? 2 : 1;
  let prev = 'base';
  // Position of the nacos container as patches reorder it (a strategic-merge patch moves it first).
  let nacosIndex = sidecar && sidecarFirst ? 1 : 0;
  for (let l = 1; l <= levels; l++) {
    const dir = `overlay${l}`;
    const k: string[] = ['resources:', `- ../${prev}`];
    if (component && l === levels) {
      k.push('components:', '- ../components/auth');
      nacosIndex = 0;
    }
    if (r.next() < 0.4) {
      k.push(`namePrefix: ${r.pick(['prod-', 'p' + l + '-'])}`);
      features.add('namePrefix');
    }
    if (r.next() < 0.2) {
      k.push(`nameSuffix: -s${l}`);
      features.add('nameSuffix');
    }
    if (r.next() < 0.4) {
      k.push(`namespace: ${r.pick(['nacos', 'prod'])}`);
      features.add('namespace');
    }
    if (r.next() < 0.5) {
      const which = r.int(3);
      k.push('images:', '- name: nacos/nacos-server', which === 0 ? `  newTag: ${r.pick(['v2.4.3', 'v3.0.1', 'v2.2.3-slim'])}` : which === 1 ? '  newName: registry.example.com/mirror/nacos-server\n  newTag: v2.5.1' : `  digest: sha256:${'cd34'.repeat(16)}`);
      features.add('images');
    }
    if (r.next() < 0.3) {
      k.push('replicas:', '- name: nacos', `  count: ${r.pick([2, 5])}`);
      features.add('replicas');
    }
    if (r.next() < 0.5) {
      const behavior = r.pick(['merge', 'merge', 'replace']);
      k.push('configMapGenerator:', '- name: nacos-cm', `  behavior: ${behavior}`, '  literals:', `  - identity-key=overlay-${l}-${randomToken(r, 4)}`);
      if (behavior === 'replace' && volumes) k.push('  files:', `  - application.properties=app-${l}.properties`);
      f[`${dir}/app-${l}.properties`] = `nacos.core.auth.server.identity.value=${randomToken(r, 8)}\n`;
      features.add(`generator-${behavior}`);
    }
    if (r.next() < 0.3) {
      k.push('secretGenerator:', '- name: nacos-auth', '  behavior: merge', '  literals:', `  - token=${randomToken(r, 64)}`);
      features.add('secret-merge');
    }
    if (r.next() < 0.5) {
      f[`${dir}/patch-env.yaml`] = [
        'apiVersion: apps/v1',
        `kind: ${kind}`,
        'metadata:',
        '  name: nacos',
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        '      - name: nacos',
        '        env:',
        `        - name: ${r.pick(['NACOS_AUTH_IDENTITY_VALUE', 'MODE', 'NACOS_AUTH_ENABLE'])}`,
        `          value: ${q(r.pick(['patched-' + randomToken(r, 5), 'true', 'standalone']))}`,
        ...(r.next() < 0.3 ? ['        - name: JAVA_OPT', '          $patch: delete'] : []),
        '',
      ].join('\n');
      k.push('patchesStrategicMerge:', '- patch-env.yaml');
      nacosIndex = 0;
      features.add('patchesStrategicMerge');
    }
    if (r.next() < 0.4) {
      k.push(
        'patches:',
        '- patch: |-',
        `    apiVersion: apps/v1`,
        `    kind: ${kind}`,
        '    metadata:',
        '      name: nacos',
        '    spec:',
        '      template:',
        '        spec:',
        '          containers:',
        '          - name: nacos',
        '            env:',
        '            - name: NACOS_AUTH_TOKEN',
        '              valueFrom:',
        '                secretKeyRef:',
        '                  name: nacos-auth',
        '                  key: token',
        `            - name: INLINE_${l}`,
        `              value: ${q('inline ' + randomToken(r, 3))}`,
      );
      nacosIndex = 0;
      features.add('patches-inline-sm');
    }
    if (r.next() < 0.4) {
      const op = r.pick(['add', 'replace-replicas', 'add-first']);
      const ops =
        op === 'add'
          ? `- op: add\n  path: /spec/template/spec/containers/${nacosIndex}/env/-\n  value:\n    name: JSON_${l}\n    value: ${q('json ' + randomToken(r, 3))}\n`
          : op === 'add-first'
            ? `- op: add\n  path: /spec/template/spec/containers/${nacosIndex}/env/0\n  value: {name: NACOS_AUTH_IDENTITY_KEY, value: "json-first"}\n`
            : `- op: replace\n  path: /spec/replicas\n  value: 7\n`;
      f[`${dir}/json.yaml`] = ops;
      k.push('patchesJson6902:', '- target:', '    group: apps', '    version: v1', `    kind: ${kind}`, '    name: nacos', '  path: json.yaml');
      features.add('patchesJson6902');
    }
    if (r.next() < 0.2) {
      k.push('patches:', '- target:', `    kind: ${kind}`, '  patch: |-', '    - op: add', `      path: /spec/template/spec/containers/${nacosIndex}/env/-`, '      value: {name: INLINE_JSON, value: "j"}');
      features.add('patches-inline-json');
    }
    // A few broken projects: both must fail.
    if (r.next() < 0.06) {
      const broken = r.int(3);
      if (broken === 0) k.push('configMapGenerator:', '- name: no-such-cm', '  behavior: merge', '  literals:', '  - a=b');
      else if (broken === 1) k.push('patchesJson6902:', '- target: {group: apps, version: v1, kind: ' + kind + ', name: nacos}', '  patch: |-', '    - op: replace', '      path: /spec/template/spec/containers/9/env/0/value', '      value: x');
      else k.push('resources:', '- missing.yaml');
      features.add('broken');
    }
    f[`${dir}/kustomization.yaml`] = mergeDuplicateKeys(k).join('\n') + '\n';
    prev = dir;
  }
  return { files: f, root: prev, features };
}

/** Two `patches:` blocks in one kustomization would be a duplicate key; fold them into one list. */
function mergeDuplicateKeys(lines: string[]): string[] {
  // Blocks start at a top-level key (column 0); a second `patches:` block's items join the first one.
  const blocks: string[][] = [];
  for (const l of lines) {
    if (!l.startsWith(' ') && !l.startsWith('-') && l.includes(':')) blocks.push([l]);
    else blocks[blocks.length - 1].push(l);
  }
  const merged: string[][] = [];
  for (const b of blocks) {
    const prev = ['patches:', 'patchesJson6902:', 'configMapGenerator:', 'resources:'].includes(b[0]) ? merged.find((m) => m[0] === b[0]) : undefined;
    if (prev) prev.push(...b.slice(1));
    else merged.push(b);
  }
  return merged.flat();
}

function norm(o: unknown): unknown {
  if (Array.isArray(o)) return o.map(norm);
  if (o && typeof o === 'object') return Object.fromEntries(Object.keys(o as object).sort().map((k) => [k, norm((o as Record<string, unknown>)[k])]));
  return o;
}

function idOf(o: { kind?: string; metadata?: { namespace?: string; name?: string } }): string {
  return `${o.kind}/${o.metadata?.namespace ?? ''}/${o.metadata?.name}`;
}

function envView(cs: NacosContainer[]): unknown {
  return cs
    .map((c) => ({
      workload: `${c.workload.kind}/${c.workload.namespace ?? ''}/${c.workload.name}`,
      container: c.container.name,
      image: c.image?.ref,
      replicas: c.replicas,
      env: c.env.map((e) => [e.name, e.value ?? null, e.value === undefined ? 'unknown' : 'known']),
      opaque: c.opaqueEnvFrom.map((o) => o.via),
      args: c.args?.map((a) => a.value ?? null),
      mounts: c.mounts.map((m) => [m.mountPath, m.text?.text ?? null]),
    }))
    .sort((a, b) => (a.workload < b.workload ? -1 : 1));
}

test('kustomize build: generated projects equal `kustomize build` (objects, names, Nacos env)', (t) => {
  const oracle = findOracle('kustomize', 'kustomize');
  if ('skip' in oracle) {
    t.skip(oracle.skip);
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'nal-kustomize-'));
  const figures = { projects: 0, ok: 0, bothFailed: 0, objects: 0, containers: 0, envVars: 0, literalPlaces: 0 };
  const features = new Map<string, number>();
  try {
    for (let seed = 1; seed <= PROJECTS; seed++) {
      const g = generate(seed * 7919);
      const dir = join(tmp, `p${seed}`);
      for (const [rel, text] of Object.entries(g.files)) {
        mkdirSync(dirname(join(dir, rel)), { recursive: true });
        writeFileSync(join(dir, rel), text);
      }
      for (const f of g.features) features.set(f, (features.get(f) ?? 0) + 1);
      figures.projects++;
      const root = join(dir, g.root);
      const res = spawnSync(oracle.path, ['build', root], { encoding: 'utf8' });
      const read = (p: string) => {
        try {
          return readFileSync(p, 'utf8');
        } catch {
          return undefined;
        }
      };
      const mine = buildKustomization(root, read);
      const myErrors = mine.problems.filter((p) => p.ruleId === 'k8s-kustomize-error' && p.severity === 'error');
      const ctx = `seed ${seed * 7919} (${[...g.features].join(', ')})`;
      if (res.status !== 0) {
        assert.ok(myErrors.length > 0, `${ctx}: kustomize failed (${res.stderr.trim()}) but our build did not`);
        figures.bothFailed++;
        continue;
      }
      assert.deepEqual(myErrors.map((p) => p.message), [], `${ctx}: our build failed where kustomize succeeded`);
      const theirs = readManifestText(join(root, '(kustomize build)'), res.stdout);
      const A = new Map(mine.objectInfos.map((o) => [idOf(o.toJSON() as never), norm(o.toJSON())]));
      const B = new Map(theirs.objects.map((o) => [idOf(o.toJSON() as never), norm(o.toJSON())]));
      assert.deepEqual([...A.keys()].sort(), [...B.keys()].sort(), `${ctx}: rendered object names`);
      for (const [id, o] of B) assert.deepEqual(A.get(id), o, `${ctx}: object ${id}`);
      figures.objects += B.size;
      assert.deepEqual(envView(mine.containers), envView(theirs.containers), `${ctx}: Nacos env`);
      figures.containers += mine.containers.length;
      for (const c of mine.containers) {
        for (const e of c.env) {
          figures.envVars++;
          const p = e.place;
          if (!p || !p.literal || e.value === undefined) continue;
          const text = read(p.path);
          assert.equal(text?.slice(p.innerSpan.start, p.innerSpan.end), e.value, `${ctx}: ${e.name} literal place ${p.path}@${p.innerSpan.start}`);
          if (p.offsets) for (let i = 0; i < e.value.length; i++) assert.equal(text?.[p.offsets[i]], e.value[i], `${ctx}: ${e.name} offset ${i}`);
          figures.literalPlaces++;
        }
      }
      figures.ok++;
    }
  } finally {
    // NAL_KEEP_KUSTOMIZE=1 keeps the generated projects for a look at a failing seed.
    if (process.env.NAL_KEEP_KUSTOMIZE) t.diagnostic(`projects kept in ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  t.diagnostic(`figures: ${JSON.stringify(figures)}; features: ${JSON.stringify(Object.fromEntries([...features].sort()))}`);
  assert.ok(figures.ok >= 50, `at least 50 projects built by both (got ${figures.ok})`);
});
