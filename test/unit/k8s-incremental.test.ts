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
import { AnalysisHost, DEFAULT_SETTINGS, hoverAt, type Analysis, type Cluster, type Finding, type Fix, type NacosNode } from '../../server/src/core';
import type { Reuse } from '../../server/src/core/engine/reuse';
// @ts-expect-error — the benchmark's generator is plain JavaScript
import { k8sManifestWorkload } from '../bench/generate.mjs';
import { rng } from '../composeEdits';
import { k8sEdit as edit } from '../k8sEdits';

const ROOT = '/ws';
const MAIN = `${ROOT}/deploy/nacos-all.yaml`;
const SECRETS = `${ROOT}/deploy/secrets.yaml`;
const MAIN2 = `${ROOT}/deploy/nacos-more.yaml`;

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

// ---- per-workload reuse (sources/k8s/reuse.ts, engine/k8sReuse.ts) ----

/** Nodes as plain data (Maps as entries, functions left out): every span and value a reused node carries. */
function dumpNodes(ns: readonly NacosNode[]): string {
  return JSON.stringify([...ns].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.path < b.path ? -1 : 1)).map(n => ({ ...n, compose: undefined })),
    (_k, v: unknown) => (v instanceof Map ? [...v] : v instanceof Set ? [...v] : typeof v === 'function' ? undefined : v));
}

/** Hovers over every auth name, Secret reference and a few random places of a file. */
function hovers(a: Analysis, path: string, text: string, r: ReturnType<typeof rng>): string {
  const offsets = [...text.matchAll(/NACOS_AUTH_\w+|secretKeyRef|nacos\.core\.auth\.\w+|image:/g)].map(m => m.index! + 2);
  for (let i = 0; i < 8; i++) offsets.push(r.int(text.length + 1));
  const result = a.result();
  return JSON.stringify(offsets.map(offset => hoverAt({ path, text, offset, result, settings: DEFAULT_SETTINGS, rel: p => p.slice(ROOT.length + 1), uri: p => `file://${p}`, read: p => result.parsed.get(p)?.text })));
}

/** Edits aimed at what a reused workload depends on (each returns the new texts and what it did). */
function aimedEdit(r: ReturnType<typeof rng>, files: Map<string, string>, main = MAIN): string {
  const lineEdit = (path: string, re: RegExp, f: (line: string) => string, what: string): string => {
    const lines = files.get(path)!.split('\n');
    const at = lines.flatMap((l, i) => (re.test(l) ? [i] : []));
    if (!at.length) return `${what}: nothing`;
    const i = r.pick(at);
    lines[i] = f(lines[i]);
    files.set(path, lines.join('\n'));
    return `${what} at ${path}:${i}`;
  };
  const path = r.next() < 0.6 ? main : SECRETS;
  const names = [...new Set([...files.values()].flatMap(t => [...t.matchAll(/^ {2}name: (nacos-auth-\S+)$/gm)].map(m => m[1])))];
  switch (r.int(11)) {
    // A Secret's value (every workload reading it changes).
    case 0: return lineEdit(path, /^ {2}NACOS_AUTH_\w+: /, l => l.replace(/: .*$/, `: ${r.pick(['', 'v', 'x'.repeat(40), 'SecretKey012345678901234567890123456789012345678901234567890123456789'])}`), 'secret value');
    // Which Secret a workload reads.
    case 1: return lineEdit(main, /^ {18}name: nacos-auth-/, l => l.replace(/name: .*$/, `name: ${r.pick([...names, 'nacos-auth-missing'])}`), 'secret reference');
    // A Secret renamed (the look-ups of its readers find another or none).
    case 2: return lineEdit(path, /^ {2}name: nacos-auth-/, l => l.replace(/name: .*$/, `name: ${r.pick([...names, 'nacos-auth-renamed'])}`), 'secret name');
    // A key of a Secret renamed (a missing key is reported at the reference).
    case 3: return lineEdit(path, /^ {2}NACOS_AUTH_\w+: /, l => l.replace(/NACOS_AUTH_\w+/, r.pick(['NACOS_AUTH_TOKEN', 'NACOS_AUTH_IDENTITY_KEY', 'OTHER'])), 'secret key');
    // The mounted application.properties of a ConfigMap.
    case 4: return lineEdit(main, /^ {4}nacos\.core\.auth\.|^ {4}server\.port/, l => l.replace(/=.*$/, `=${r.pick(['false', 'true', '', '8849'])}`), 'conf line');
    // A document added (a Secret of an existing name: the nearest one wins) or removed.
    case 5: {
      const text = files.get(path)!;
      const docs = text.split('\n---\n');
      const name = r.pick(names.length ? names : ['nacos-auth-g000']);
      docs.splice(r.int(docs.length + 1), 0, ['apiVersion: v1', 'kind: Secret', 'metadata:', `  name: ${name}`, 'type: Opaque', 'stringData:', `  NACOS_AUTH_IDENTITY_VALUE: ${'y'.repeat(r.int(40))}`, '  NACOS_AUTH_TOKEN: VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg5MDEyMzQ1Njc4OQ=='].join('\n'));
      files.set(path, docs.join('\n---\n'));
      return `add a Secret ${name} to ${path}`;
    }
    case 6: {
      const docs = files.get(path)!.split('\n---\n');
      if (docs.length < 3) return 'remove: nothing';
      const k = r.int(docs.length);
      docs.splice(k, 1);
      files.set(path, docs.join('\n---\n'));
      return `remove document ${k} of ${path}`;
    }
    // A workload reads a value from a ConfigMap instead (k8s-secret-in-configmap: its fix looks at every cluster).
    case 8: return lineEdit(main, /^ {16}(secret|configMap)KeyRef:$/, l => (l.includes('secret') ? l.replace('secretKeyRef', 'configMapKeyRef') : l.replace('configMapKeyRef', 'secretKeyRef')), 'reference kind');
    case 9: return lineEdit(main, /^ {18}name: /, l => l.replace(/name: .*$/, `name: ${r.pick(['nacos-cm', ...names])}`), 'reference name');
    // Documents before a workload grow (it moves), then the workload is edited.
    case 7: {
      const text = files.get(main)!;
      files.set(main, `# ${'moved '.repeat(1 + r.int(3))}\n${text}`);
      return `moved, then ${lineEdit(main, /^ {14}value: \d+m$/, l => l.replace(/\d+m$/, `${r.int(999)}m`), 'JVM_XMN')}`;
    }
    default: {
      const e = edit(r, files.get(path)!);
      files.set(path, e.text);
      return `${e.what} in ${path}`;
    }
  }
}

test('reused workloads equal fresh analyses: Secret edits, changed references, documents added and removed, moved workloads (findings, fixes, nodes, hovers)', () => {
  const r = rng(1616);
  const files = manifests();
  // A ConfigMap holding auth values, read by a few workloads (edits switch references between it and the Secrets).
  const cm = ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: nacos-cm', 'data:', '  NACOS_AUTH_IDENTITY_KEY: X-Nacos-cm', '  NACOS_AUTH_IDENTITY_VALUE: cmIdentityValue0123456789', '  NACOS_AUTH_TOKEN: Q29uZmlnTWFwU2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODk='].join('\n');
  let n = 0;
  files.set(MAIN, `${cm}\n---\n${files.get(MAIN)!.replace(/secretKeyRef:\n( +)name: \S+/g, (m, sp: string) => (n++ % 5 === 2 ? `configMapKeyRef:\n${sp}name: nacos-cm` : m))}`);
  const clean = new Map(files);
  const inc = host(files);
  inc.applyChange({ kind: 'full', roots: [...files.keys()] });
  // The host's reuse, to see that it reused (only counts are read).
  const reuse = (inc as unknown as { reuse: Reuse }).reuse;
  for (let step = 0; step < 70; step++) {
    const what = aimedEdit(r, files);
    if (step % 20 === 19) for (const [p, t] of clean) files.set(p, t);
    inc.applyChange({ kind: 'files', paths: [...files.keys()], isRoot: () => true });
    const fresh = host(files);
    fresh.applyChange({ kind: 'full', roots: [...files.keys()] });
    const [a, b] = [inc.analysis(), fresh.analysis()];
    for (const p of files.keys()) {
      assert.deepEqual(dump(a.findings(p)), dump(b.findings(p)), `step ${step} (${what}), findings of ${p}`);
      assert.equal(hovers(a, p, files.get(p)!, rng(step)), hovers(b, p, files.get(p)!, rng(step)), `step ${step} (${what}), hovers in ${p}`);
    }
    assert.equal(dumpNodes(a.result().nodes), dumpNodes(b.result().nodes), `step ${step} (${what}), nodes`);
  }
  const { reused, computed } = reuse.k8s.stats;
  assert.ok(reused > computed * 2, `workloads reused: ${JSON.stringify(reuse.k8s.stats)}`);
  assert.ok(reuse.k8sReports.stats.reports > reuse.k8sReports.stats.computed, `reports replayed: ${JSON.stringify(reuse.k8sReports.stats)}`);
});

// Folding asks whether a fix writes to every member of a cluster; the engine keeps the answer of a replayed fix
// (engine/k8sReuse.ts `covers`). With each cluster's workloads in two manifests a fix may leave a member's file
// untouched, so the answer depends on which clusters share places and which files the edits reach.
test('folding over clusters that span two manifests equals fresh analyses (the answers k8sReuse.ts covers keeps)', () => {
  const r = rng(1717);
  const base = manifests();
  const docs = base.get(MAIN)!.split('\n---\n');
  const files = new Map([
    [MAIN, docs.filter((_, i) => i % 2 === 0).join('\n---\n')], [MAIN2, docs.filter((_, i) => i % 2 === 1).join('\n---\n')], [SECRETS, base.get(SECRETS)!],
  ]);
  const clean = new Map(files);
  const inc = host(files);
  inc.applyChange({ kind: 'full', roots: [...files.keys()] });
  const reuse = (inc as unknown as { reuse: Reuse }).reuse;
  let folded = 0;
  for (let step = 0; step < 60; step++) {
    const what = aimedEdit(r, files, r.next() < 0.5 ? MAIN : MAIN2);
    if (step % 20 === 19) for (const [p, t] of clean) files.set(p, t);
    inc.applyChange({ kind: 'files', paths: [...files.keys()], isRoot: () => true });
    const fresh = host(files);
    fresh.applyChange({ kind: 'full', roots: [...files.keys()] });
    for (const p of files.keys()) {
      const got = dump(inc.analysis().findings(p));
      assert.deepEqual(got, dump(fresh.analysis().findings(p)), `step ${step} (${what}), findings of ${p}`);
      folded += fresh.analysis().findings(p).filter(f => f.folded?.length).length;
    }
  }
  assert.ok(folded > 0, 'findings were folded');
  assert.ok(reuse.k8sReports.stats.folds > 0, `folding answers kept: ${JSON.stringify(reuse.k8sReports.stats)}`);
});

// The key of a kept folding answer, piece by piece: a fix of a replayed report, asked about a cluster it does not
// concern (folding never asked that, so the answer is the test's own), is answered again when the cluster asked
// changes or when another cluster comes to share the fix's cluster's places; an unrelated keystroke keeps it.
test('a kept folding answer is asked again when the cluster asked or the clusters sharing its places change', () => {
  const files = manifests();
  const inc = host(files);
  inc.applyChange({ kind: 'full', roots: [...files.keys()] });
  const k8s = (inc as unknown as { reuse: Reuse }).reuse.k8sReports;
  const slots = (k8s as unknown as { fixSlots: WeakMap<Fix, { rec: { key: string; global?: string }; key: string }> }).fixSlots;
  const secretOf = (c: Cluster) => [...c.nodes[0].k8s?.env.values() ?? []].find(e => e.object?.kind === 'Secret')?.object?.name;
  // A keystroke inside one of `c`'s workloads (its JVM_XMN value), then the analysis.
  const keystroke = (c: Cluster) => {
    const text = files.get(MAIN)!;
    const w = c.nodes[0].k8s!.workload.span;
    const m = /^ {14}value: \d+m$/m.exec(text.slice(w.start, w.end))!;
    const at = w.start + m.index + m[0].length;
    files.set(MAIN, `${text.slice(0, at)}7${text.slice(at)}`);
    inc.applyChange({ kind: 'files', paths: [MAIN], isRoot: () => true });
  };
  const fixes = () => [...files.keys()].flatMap(p => inc.analysis().findings(p)).flatMap(f => f.fixes).filter(x => x.scope && slots.has(x));
  const clustersNow = () => inc.analysis().result().clusters.filter(c => secretOf(c));
  let clusters = clustersNow();
  keystroke(clusters[clusters.length - 1]);
  clusters = clustersNow();
  const fix = fixes().find(x => !slots.get(x)!.rec.global && clusters.some(c => slots.get(x)!.rec.key.startsWith(`${c.id}\u0000`)))!;
  assert.ok(fix, 'a replayed fix with a scope');
  const { rec, key } = slots.get(fix)!;
  const own = clusters.find(c => rec.key.startsWith(`${c.id}\u0000`))!;
  const [other, third] = clusters.filter(c => c.id !== own.id);
  assert.ok(other && third, 'three clusters reading Secrets');
  const same = () => fixes().find(x => slots.get(x)!.rec === rec && slots.get(x)!.key === key)!;
  const byId = (c: Cluster) => clustersNow().find(x => x.id === c.id)!;
  assert.equal(k8s.covers(fix, other, () => false), false);
  assert.equal(k8s.covers(fix, other, () => true), false, 'kept in the analysis');
  // An unrelated keystroke (in the third cluster): kept.
  keystroke(third);
  assert.ok(same(), 'the record is replayed');
  assert.equal(k8s.covers(same(), byId(other), () => true), false, 'kept after a keystroke elsewhere');
  // The third cluster's workloads read the fix's cluster's Secret: they share its places now.
  const [from, to] = [secretOf(byId(third))!, secretOf(own)!];
  files.set(MAIN, files.get(MAIN)!.replace(new RegExp(`^( {18}name: )${from}$`, 'gm'), `$1${to}`));
  inc.applyChange({ kind: 'files', paths: [MAIN], isRoot: () => true });
  assert.ok(same(), 'the record is still replayed');
  assert.equal(k8s.covers(same(), byId(other), () => true), true, 'asked again when the clusters sharing places change');
  // A keystroke in the cluster asked.
  keystroke(byId(other));
  assert.equal(k8s.covers(same(), byId(other), () => false), false, 'asked again when the cluster asked changes');
  assert.equal(k8s.covers(same(), byId(other), () => true), false, 'then kept');
});
