// The Helm source wired into the analysis (sources/helm/source.ts): a chart is rendered with its values and its Nacos
// containers are nodes; findings land on the values line the user edits, with the template's workload as related
// information; the fixes write a YAML string into that values file and the findings go away; constructs not
// evaluated make values unknown (never missing); a chart that fails to render says so; a chart without Nacos costs
// nothing; a subchart is rendered with its parent only.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { applyFix, lint, summarize } from '../helpers';
import { corpusDir } from '../corpus';
import { chartValueFiles } from '../../server/src/core/sources/helm/source';

function readTree(d: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (x: string) => {
    for (const e of readdirSync(x)) {
      const p = join(x, e);
      if (statSync(p).isDirectory()) walk(p);
      else out[relative(d, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(d);
  return out;
}

function nacosK8sCharts(): string[] {
  const c = corpusDir();
  if (!c) return [];
  const base = join(c, 'nacos-k8s');
  return readdirSync(base).map(d => join(base, d, 'helm')).filter(d => existsSync(join(d, 'Chart.yaml'))).sort();
}

const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length;

const CHART = 'apiVersion: v2\nname: mini\nversion: 0.1.0\nappVersion: "2.4.3"\n';
const STS = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{ .Release.Name }}-nacos
spec:
  replicas: {{ .Values.replicas }}
  template:
    spec:
      containers:
        - name: nacos
          image: "nacos/nacos-server:{{ .Values.tag | default .Chart.AppVersion }}"
          env:
            - name: NACOS_AUTH_ENABLE
              value: "true"
            - name: NACOS_AUTH_TOKEN
              value: {{ .Values.auth.token | quote }}
            - name: NACOS_AUTH_IDENTITY_KEY
              value: {{ .Values.auth.identityKey | quote }}
            - name: NACOS_AUTH_IDENTITY_VALUE
              value: {{ .Values.auth.identityValue | quote }}
`;
const VALUES = 'replicas: 3\nauth:\n  token: SecretKey012345678901234567890123456789012345678901234567890123456789\n  identityKey: serverIdentity\n  identityValue: security\n';
const GOOD = 'replicas: 3\nauth:\n  token: "kR3x9QmZ2vLp8sWt4yBn6cHd1fGj7eKa0uIo5qXw3Ez="\n  identityKey: nacos-peer-7f3a\n  identityValue: "Vq8-fT2xLm9Rk4Zp0sWc6Ny1Hb3Jd5Ge7Ua_Q"\n';
const chart = (values: string, sts = STS, extra: Record<string, string> = {}) => ({
  'chart/Chart.yaml': CHART, 'chart/values.yaml': values, 'chart/templates/statefulset.yaml': sts, ...extra,
});

describe('Helm source', () => {
  test('published values: findings at the values lines, the rendered workload as related information', () => {
    const r = lint(chart(VALUES));
    assert.deepEqual(summarize(r.findings.filter(f => f.ruleId.endsWith('public-value'))), [
      'identity-public-value@chart/values.yaml:5 `security`',
      'secret-public-value@chart/values.yaml:3 `SecretKey012345678901234567890123456789012345678901234567890123456789`',
    ]);
    const f = r.findings.find(x => x.ruleId === 'secret-public-value')!;
    assert.ok(f.related.some(x => x.path.endsWith('chart/templates/statefulset.yaml')), JSON.stringify(f.related));
    const n = r.result.nodes.find(x => x.kind === 'k8s-container')!;
    assert.equal(n.members, 3);
    assert.equal(n.k8s?.workload.source, 'helm');
    assert.equal(n.imageVersion?.text, '2.4.3');
  });

  test('a correct values file: no identity or secret finding', () => {
    const r = lint(chart(GOOD));
    assert.deepEqual(summarize(r.findings.filter(f => /^(identity|secret|cluster)-/.test(f.ruleId))), []);
  });

  test('the fixes write a YAML string into values.yaml that renders to the generated value, and converge', () => {
    let files: Record<string, string> = chart(VALUES);
    for (const id of ['secret-public-value', 'identity-public-value']) {
      const r = lint(files);
      const f = r.findings.find(x => x.ruleId === id);
      assert.ok(f?.fixes.length, id);
      const after = applyFix(r.files, f.fixes[0].edits());
      assert.deepEqual(Object.keys(after).filter(p => after[p] !== files[p]), ['chart/values.yaml'], 'only the values file changes');
      files = after;
    }
    const again = lint(files);
    assert.deepEqual(summarize(again.findings.filter(f => /^(identity|secret)-/.test(f.ruleId))), []);
    assert.equal(files['chart/templates/statefulset.yaml'], STS);
  });

  test('values files from the project configuration are applied after values.yaml, like helm -f; findings land there', () => {
    const files = chart(GOOD, STS, { 'chart/values-prod.yaml': 'auth:\n  identityValue: security\n', 'deploy/values-other.yaml': 'replicas: 5\n' });
    assert.deepEqual(summarize(lint(files).findings.filter(f => f.ruleId === 'identity-public-value')), []);
    const r = lint(files, { helm: { valueFiles: ['/ws/chart/values-prod.yaml', '/ws/deploy/values-other.yaml'] } });
    assert.deepEqual(summarize(r.findings.filter(f => f.ruleId === 'identity-public-value')), ['identity-public-value@chart/values-prod.yaml:2 `security`']);
    assert.equal(r.result.nodes.find(n => n.kind === 'k8s-container')?.members, 5);
    // The pair fix writes the value where the finding points and the key where it is written: values files only.
    const f = r.findings.find(x => x.ruleId === 'identity-public-value')!;
    const after = applyFix(r.files, f.fixes[0].edits());
    assert.deepEqual(Object.keys(after).filter(p => after[p] !== files[p as keyof typeof files]).sort(), ['chart/values-prod.yaml', 'chart/values.yaml']);
    const again = lint(after, { helm: { valueFiles: ['/ws/chart/values-prod.yaml', '/ws/deploy/values-other.yaml'] } });
    assert.deepEqual(summarize(again.findings.filter(x => /^identity-/.test(x.ruleId))), []);
  });

  test('relative value files (the editor setting) are globs over the workspace folder; findings land there', () => {
    const files = chart(GOOD, STS, { 'chart/values-prod.yaml': 'auth:\n  identityValue: security\n', 'deploy/values-other.yaml': 'replicas: 5\n' });
    const r = lint(files, { helm: { valueFiles: ['chart/values-prod.yaml', 'deploy/*.yaml'] } });
    assert.deepEqual(summarize(r.findings.filter(f => f.ruleId === 'identity-public-value')), ['identity-public-value@chart/values-prod.yaml:2 `security`']);
    assert.equal(r.result.nodes.find(n => n.kind === 'k8s-container')?.members, 5);
    const none = lint(files, { helm: { valueFiles: ['nowhere/*.yaml', 'chart/values-staging.yaml'] } });
    assert.deepEqual(summarize(none.findings.filter(f => /^(identity|secret|helm|syntax)-/.test(f.ruleId))), [], 'a glob that matches nothing adds nothing');
  });

  test('chartValueFiles: absolute entries as given, each glob\'s matches sorted by path, only this chart or no chart', () => {
    const ws = [
      '/ws/deploy/values-prod.yaml', '/ws/charts/b/values-prod.yaml', '/ws/charts/a/values-prod.yaml', '/ws/charts/a/Chart.yaml',
      '/ws/charts/b/Chart.yaml', '/ws/deploy/values-dev.yaml', '/ws/charts/a/values.yaml', '/other/deploy/values-prod.yaml',
    ];
    const a = (entries: string[]) => chartValueFiles(entries, '/ws/charts/a', '/ws', ws);
    assert.deepEqual(a(['deploy/*.yaml']), ['/ws/deploy/values-dev.yaml', '/ws/deploy/values-prod.yaml']);
    assert.deepEqual(a(['charts/*/values-prod.yaml']), ['/ws/charts/a/values-prod.yaml'], "chart b's file is b's business");
    assert.deepEqual(chartValueFiles(['charts/*/values-prod.yaml'], '/ws/charts/b', '/ws', ws), ['/ws/charts/b/values-prod.yaml']);
    // No '/': a file name at any depth, as include/exclude; './' is the folder.
    assert.deepEqual(a(['values-prod.yaml']), ['/ws/charts/a/values-prod.yaml', '/ws/deploy/values-prod.yaml']);
    assert.deepEqual(a(['./deploy/values-prod.yaml', '/ws/deploy/values-dev.yaml', 'deploy/values-*.yaml']), ['/ws/deploy/values-prod.yaml', '/ws/deploy/values-dev.yaml']);
    assert.deepEqual(a(['/x/abs.yaml', '/ws/charts/b/values-prod.yaml']), ['/x/abs.yaml'], 'absolute entries: as given, still outside other charts');
    assert.deepEqual(a(['missing/*.yaml']), []);
    assert.deepEqual(a([]), []);
  });

  test('a value from `lookup` (not evaluated) is unknown: no missing or published finding for it', () => {
    const sts = STS.replace('{{ .Values.auth.token | quote }}', '{{ (lookup "v1" "Secret" "ns" "s").data.token | default "x" | quote }}');
    const r = lint(chart(GOOD, sts));
    assert.deepEqual(summarize(r.findings.filter(f => /^secret-/.test(f.ruleId))), []);
  });

  test('a v3 image without the identity: docker-required-env-missing, not a crash', () => {
    const sts = STS.replace(/          env:\n[\s\S]*$/, '');
    const r = lint(chart('replicas: 1\ntag: v3.1.0\n', sts));
    assert.deepEqual(r.findings.filter(f => f.severity === 'error').map(f => f.ruleId), ['docker-required-env-missing']);
  });

  test('bad templates: a syntax error in a Nacos chart is reported where it is; infinite include stays bounded', () => {
    const r = lint(chart(VALUES, STS, { 'chart/templates/broken.yaml': 'a: {{ .Values.replicas \n' }));
    assert.ok(r.findings.some(f => f.ruleId === 'syntax-error' && f.file === 'chart/templates/broken.yaml'), JSON.stringify(summarize(r.findings)));
    const loop = lint(chart(VALUES, STS, { 'chart/templates/_h.tpl': '{{- define "loop" }}{{ include "loop" . }}{{- end }}', 'chart/templates/l.yaml': 'x: {{ include "loop" . }}\n' }));
    assert.ok(loop.findings.some(f => f.ruleId === 'syntax-error' && f.file.startsWith('chart/templates/') && /helm template/.test(f.message)), JSON.stringify(summarize(loop.findings)));
  });

  test('a chart without Nacos: no nodes, no findings; a subchart is rendered with its parent only', () => {
    const web = lint({ 'web/Chart.yaml': 'apiVersion: v2\nname: web\nversion: 1.0.0\n', 'web/values.yaml': 'port: 80\n', 'web/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  port: {{ .Values.port | quote }}\n' });
    assert.deepEqual(web.result.nodes, []);
    assert.deepEqual(web.findings, []);
    const parent = lint({
      'app/Chart.yaml': 'apiVersion: v2\nname: app\nversion: 1.0.0\n', 'app/values.yaml': `nacos:\n${VALUES.replace(/^/gm, '  ').trimEnd()}\n`, 'app/templates/x.yaml': '',
      ...Object.fromEntries(Object.entries(chart(VALUES)).map(([p, t]) => [p.replace(/^chart\//, 'app/charts/nacos/'), t.replace('name: mini', 'name: nacos')])),
    });
    assert.equal(parent.result.nodes.filter(n => n.kind === 'k8s-container').length, 1);
  });

  test('the nacos-k8s chart at every corpus snapshot: `nil` auth values reported at their values lines', t => {
    const dirs = nacosK8sCharts();
    if (!dirs.length) { t.skip('corpus not found'); return; }
    let withAuth = 0;
    for (const dir of dirs) {
      const files = readTree(dir);
      const values = files['values.yaml'];
      const r = lint(files);
      assert.equal(r.result.nodes.filter(n => n.kind === 'k8s-container').length, 1, dir);
      if (!/authToken:/.test(values)) continue;
      withAuth++;
      const got = summarize(r.findings.filter(f => f.ruleId === 'secret-public-value' || f.ruleId === 'identity-public-value'));
      assert.deepEqual(got, [
        `identity-public-value@values.yaml:${lineOf(values, 'identityValue:')} \`nil\``,
        `secret-public-value@values.yaml:${lineOf(values, 'authToken:')} \`nil\``,
      ], dir);
      // A values file with real values: none of them.
      const fixed = values.replace(/authToken: nil/, 'authToken: "kR3x9QmZ2vLp8sWt4yBn6cHd1fGj7eKa0uIo5qXw3Ez="')
        .replace(/identityKey: nil/, 'identityKey: nacos-peer-7f3a').replace(/identityValue: nil/, 'identityValue: "Vq8-fT2xLm9Rk4Zp0sWc6Ny1Hb3Jd5Ge7Ua_Q"');
      const good = lint({ ...files, 'values.yaml': fixed });
      assert.deepEqual(summarize(good.findings.filter(f => /^(identity|secret)-/.test(f.ruleId))), [], dir);
    }
    assert.ok(withAuth >= 1, 'a snapshot with auth values');
  });

  test('nacos-k8s chart (newest snapshot): `--set server.security=true` and a typo\'d `identitykey` are unused values; the defaults have none', t => {
    const dirs = nacosK8sCharts().filter(d => /authToken:/.test(readFileSync(join(d, 'values.yaml'), 'utf8')));
    if (!dirs.length) { t.skip('corpus not found'); return; }
    const files = readTree(dirs[dirs.length - 1]);
    assert.deepEqual(lint(files).findings.filter(f => f.ruleId === 'helm-unused-value').map(f => f.message), []);
    const values = files['values.yaml'];
    const typo = lint({ ...files, 'values.yaml': values.replace('identityKey: nil', 'identitykey: nil') }, { helm: { set: ['server.security=true'] } });
    assert.deepEqual(summarize(typo.findings.filter(f => f.ruleId === 'helm-unused-value')), [
      `helm-unused-value@Chart.yaml:1 \`${files['Chart.yaml'].split('\n')[0]}\``,
      `helm-unused-value@values.yaml:${lineOf(values, 'identityKey:')} \`identitykey\``,
    ].sort());
    assert.ok(typo.findings.some(f => /the templates read `nacos\.identityKey`/.test(f.message)));
  });
});
