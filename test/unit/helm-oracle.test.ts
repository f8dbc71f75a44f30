// Differential test of the Helm renderer (server/src/core/sources/helm) against `helm template` (helm v4.3.2, built
// by scripts/oracles/helm.sh): the nacos-k8s chart at every snapshot in the corpus × several values (defaults, a
// values file setting the auth values, --set / --set-string), and ≥ 100 generated charts that exercise every
// construct the renderer supports (test/oracles/helm/generate.ts). Every rendered document must equal helm's text
// (after helm's own splitting, trailing whitespace aside), and so must the env of every container and the data of
// every ConfigMap once parsed as YAML. Charts helm refuses must be refused too (with the same `fail`/`required`
// message).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test } from 'node:test';
import { corpusDir } from '../corpus';
import { findOracle } from '../oracles';
import { envAndConfig, runHelm, runOurs, type OracleArgs } from '../oracles/helm/compare';
import { generateChart } from '../oracles/helm/generate';

const GENERATED = 120;
const oracle = findOracle('helm', 'helm');
const fixtures = resolve(__dirname, '../../test/fixtures/helm');
const fixture = (n: string) => (existsSync(join(fixtures, n)) ? join(fixtures, n) : resolve(process.cwd(), 'test/fixtures/helm', n));

function compare(helm: string, dir: string, args: OracleArgs, label: string): 'same' | 'both-failed' {
  const h = runHelm(helm, dir, args);
  const o = runOurs(dir, args);
  assert.equal(o.ok, h.ok, `${label}: helm ${h.ok ? 'rendered' : `failed (${h.error})`}, ours ${o.ok ? 'rendered' : `failed (${o.error})`}`);
  if (!h.ok) {
    const m = /execution error at \([^)]*\): (.*)/.exec(h.error ?? '');
    if (m) assert.ok(o.result.problems.some(p => p.message === m[1].trim()), `${label}: helm says ${JSON.stringify(m[1])}, ours ${o.error}`);
    return 'both-failed';
  }
  assert.deepEqual(o.docs, h.docs, `${label}: rendered documents differ`);
  assert.deepEqual(envAndConfig(o.docs), envAndConfig(h.docs), `${label}: env / ConfigMap data differ`);
  return 'same';
}

test('nacos-k8s chart at every corpus snapshot × values: same output as helm template', t => {
  if ('skip' in oracle) { t.skip(oracle.skip); return; }
  const corpus = corpusDir();
  if (!corpus) { t.skip('corpus not found'); return; }
  const base = join(corpus, 'nacos-k8s');
  const charts = readdirSync(base).filter(d => existsSync(join(base, d, 'helm', 'Chart.yaml'))).map(d => join(base, d, 'helm'));
  assert.ok(charts.length >= 3, `snapshots: ${charts.length}`);
  const variants: [string, OracleArgs][] = [
    ['defaults', {}],
    ['auth values file', { valueFiles: [fixture('nacos-auth-values.yaml')] }],
    ['--set', { set: ['nacos.authToken=U2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5', 'nacos.identityKey=serverIdentity', 'nacos.identityValue=security', 'global.mode=cluster', 'nacos.storage.type=mysql', 'nacos.storage.db.host=db', 'nacos.storage.db.port=3306', 'ingress.enabled=true', 'persistence.enabled=true'] }],
    ['-f and --set-string over it', { valueFiles: [fixture('nacos-auth-values.yaml')], set: ['nacos.replicaCount=5', 'nacos.authToken=null'], setString: ['nacos.identityValue=8848'] }],
  ];
  let n = 0;
  for (const dir of charts) for (const [label, args] of variants) { assert.equal(compare(oracle.path, dir, args, `${dir} ${label}`), 'same'); n++; }
  assert.equal(n, charts.length * variants.length);
});

test('hand-written edge chart (toYaml quoting and folding, fmt printing, Sprig functions): same output as helm template', t => {
  if ('skip' in oracle) { t.skip(oracle.skip); return; }
  // test/fixtures/helm/edge: every line prints a function's result through include | quote
  assert.equal(compare(oracle.path, fixture('edge'), {}, 'edge chart'), 'same');
  assert.equal(compare(oracle.path, fixture('edge'), { set: ['special.uni=x', 'nums={1,2,3}', 'keys.B=null'] }, 'edge chart --set'), 'same');
});

test('real-world charts (ingress-nginx with its 14 CI values files, r-nacos, a chart with an unpacked subchart): same output as helm template', t => {
  if ('skip' in oracle) { t.skip(oracle.skip); return; }
  const rw = fixture('realworld');
  const ing = join(rw, 'ingress-nginx');
  const cases: [string, OracleArgs][] = [
    [ing, {}],
    ...readdirSync(join(ing, 'ci')).filter(f => f.endsWith('.yaml')).map((f): [string, OracleArgs] => [ing, { valueFiles: [join(ing, 'ci', f)] }]),
    [ing, { kubeVersion: '1.25.3', apiVersions: ['monitoring.coreos.com/v1'], valueFiles: [join(ing, 'ci', readdirSync(join(ing, 'ci')).filter(f => f.endsWith('.yaml'))[0])] }],
    [join(rw, 'r-nacos'), {}],
    [join(rw, 'r-nacos'), { set: ['autoscaling.enabled=true', 'ingress.enabled=true', 'serviceAccount.create=true'] }],
    [join(rw, 'cloudnativeapp-nacos'), {}],
    [join(rw, 'cloudnativeapp-nacos'), { set: ['global.mode=cluster'] }],
    [join(rw, 'cloudnativeapp-nacos'), { set: ['global.mode=standalone', 'mysql.master.password=x'] }],
  ];
  assert.ok(cases.length >= 20);
  for (const [dir, args] of cases) assert.equal(compare(oracle.path, dir, args, `${dir} ${JSON.stringify(args)}`), 'same');
  // Chart.yaml's kubeVersion constraint: helm refuses an older --kube-version, and so do we
  assert.equal(compare(oracle.path, ing, { kubeVersion: '1.19.4' }, 'ingress-nginx on 1.19'), 'both-failed');
});

test('--set forms the CLI passes on (a.b=c, lists a[0]=x, null deletes, typed true/1 vs --set-string): same output as helm template', t => {
  if ('skip' in oracle) { t.skip(oracle.skip); return; }
  const dir = fixture('set-forms');
  const cases: [string, OracleArgs][] = [
    ['typed', { set: ['nacos.auth.enabled=true', 'nacos.auth.identityKey=1'] }],
    ['--set-string', { setString: ['nacos.auth.enabled=true', 'nacos.auth.identityKey=1'] }],
    ['--set over --set-string order', { set: ['nacos.auth.identityKey=2'], setString: ['nacos.auth.identityKey=1'] }],
    ['list index', { set: ['nacos.list[0]=x'] }],
    ['list index past the end', { set: ['nacos.list[3]=y'] }],
    ['null deletes', { set: ['nacos.drop=null'] }],
    ['several in one, nested new keys, a list literal', { set: ['replicas=3,extra.a.b=c', 'extra.list={1,true,z}'] }],
    ['escaped comma and a later flag winning', { set: ['nacos.auth.identityKey=a\\,b', 'replicas=0', 'replicas=05'] }],
  ];
  for (const [label, args] of cases) assert.equal(compare(oracle.path, dir, args, `set-forms ${label}`), 'same');
  // the comparison sees the typing: helm prints bool / int64 / string kinds
  const typed = runHelm(oracle.path, dir, cases[0][1]).docs.join('\n');
  assert.match(typed, /enabledKind: "bool"/);
  assert.match(typed, /identityKeyKind: "int64"/);
  assert.match(runHelm(oracle.path, dir, cases[1][1]).docs.join('\n'), /identityKeyKind: "string"/);
});

test(`${GENERATED} generated charts: same output as helm template (or both refuse)`, t => {
  if ('skip' in oracle) { t.skip(oracle.skip); return; }
  const root = mkdtempSync(join(tmpdir(), 'nal-helm-gen-'));
  let same = 0, failed = 0;
  try {
    for (let seed = 1; seed <= GENERATED; seed++) {
      const g = generateChart(seed);
      const dir = join(root, `c${seed}`);
      for (const [p, text] of Object.entries(g.files)) { mkdirSync(dirname(join(dir, p)), { recursive: true }); writeFileSync(join(dir, p), text); }
      const valueFiles = Object.entries(g.valueFiles).map(([p, text]) => { const f = join(root, `c${seed}-${p}`); writeFileSync(f, text); return f; });
      if (compare(oracle.path, dir, { set: g.set, valueFiles }, `seed ${seed}`) === 'same') same++; else failed++;
    }
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
  t.diagnostic(`${same} rendered identically, ${failed} refused by both`);
  // most generated charts must render (a generator that only produced failures would compare nothing)
  assert.ok(same >= GENERATED * 0.7, `${same} of ${GENERATED} rendered`);
});
