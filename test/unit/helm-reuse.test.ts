// Differential test of Helm reuse (issue 16): the language server's host keeps a chart's render and its values files'
// reads between analyses and, after an edit of a values file, runs again only the templates that read a changed value
// (sources/helm/reuse.ts) and reads one edited scalar line in place (values.ts). After every random edit of values.yaml
// (and a few of templates) the host's findings, nodes and hovers must equal a fresh analysis of the same texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze, AnalysisHost, DEFAULT_SETTINGS, hoverAt, type AnalysisResult, type HostWorkspace } from '../../server/src/core';
import { rng, type Rng } from '../composeEdits';
import { asData, RECURSE } from '../nodeData';

const ROOT = '/ws/chart';
const VALUES = `${ROOT}/values.yaml`;

function chartFiles(r: Rng, sub = false): Map<string, string> {
  const f = new Map<string, string>();
  if (sub) {
    // a subchart: its values scoped under its name, globals handed down (reuse then diffs the coalesced trees)
    f.set(`${ROOT}/charts/conf/Chart.yaml`, 'apiVersion: v2\nname: conf\nversion: 0.1.0\n');
    f.set(`${ROOT}/charts/conf/values.yaml`, 'bar: fromsub\nlevel: 1\n');
    f.set(`${ROOT}/charts/conf/templates/cm.yaml`, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: sub-conf\ndata:\n  nacos: {{ .Values.global.region | default "none" | quote }}\n  bar: {{ .Values.bar | quote }}\n  level: {{ .Values.level | quote }}\n');
  }
  f.set(`${ROOT}/Chart.yaml`, 'apiVersion: v2\nname: shop\nversion: 1.0.0\nappVersion: "2.4.3"\n');
  f.set(`${ROOT}/templates/_helpers.tpl`, [
    '{{- define "shop.name" -}}{{ default .Chart.Name .Values.nameOverride | trunc 63 }}{{- end }}',
    '{{- define "shop.env" -}}',
    '{{- range $k, $v := .extraEnv }}',
    '- name: {{ $k }}',
    '  value: {{ $v | quote }}',
    '{{- end }}',
    '{{- end }}',
    '{{- define "shop.auth" -}}',
    '- name: NACOS_AUTH_TOKEN',
    '  value: {{ .auth.token | default "SecretKey012345678901234567890123456789012345678901234567890123456789" | quote }}',
    '- name: NACOS_AUTH_IDENTITY_KEY',
    '  value: {{ .auth.identityKey | quote }}',
    '- name: NACOS_AUTH_IDENTITY_VALUE',
    '  value: {{ required "identityValue" .auth.identityValue | quote }}',
    '{{- end }}', '',
  ].join('\n'));
  for (const n of ['nacos', 'nacos2']) {
    f.set(`${ROOT}/templates/${n}.yaml`, `{{- with .Values.${n} }}
{{- if .enabled }}
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{ include "shop.name" $ }}-${n}
spec:
  replicas: {{ .replicaCount | default 1 }}
  template:
    spec:
      containers:
        - name: nacos
          image: "{{ .image.repository }}:{{ .image.tag | default $.Chart.AppVersion }}"
          env:
            - name: MODE
              value: {{ .mode | quote }}
            - name: APPS_KNOWN
              value: {{ len (keys $.Values.apps) | quote }}
            - name: NACOS_AUTH_ENABLE
              value: {{ .auth.enabled | quote }}
            {{- include "shop.auth" . | nindent 12 }}
            {{- include "shop.env" . | nindent 12 }}
            {{- range .moreEnv }}
            - name: {{ .name }}
              value: {{ tpl (toString .value) $ | quote }}
            {{- end }}
          resources:
            {{- toYaml .resources | nindent 12 }}
          volumeMounts:
            - name: conf
              mountPath: /home/nacos/conf/application.properties
              subPath: application.properties
      volumes:
        - name: conf
          configMap:
            name: ${n}-conf
{{- end }}
{{- end }}
`);
    f.set(`${ROOT}/templates/${n}-conf.yaml`, `apiVersion: v1
kind: ConfigMap
metadata:
  name: ${n}-conf
data:
  application.properties: |
    nacos.core.auth.enabled={{ .Values.${n}.auth.enabled }}
    {{- if hasKey .Values.${n} "conf" }}
    {{- range $k, $v := .Values.${n}.conf }}
    {{ $k }}={{ $v }}
    {{- end }}
    {{- end }}
    server.port={{ .Values.${n}.port | default 8848 }}
`);
  }
  f.set(`${ROOT}/templates/secret.yaml`, `{{- $d := dict "s" .Values.secret }}
{{- $_ := set $d "n" (len (keys .Values.apps)) }}
apiVersion: v1
kind: Secret
metadata:
  name: nacos-secret
  annotations:
    apps: {{ $d.n | quote }}
data:
  token: {{ $d.s.token | default "" | b64enc | quote }}
`);
  for (let i = 0; i < 6; i++) {
    f.set(`${ROOT}/templates/app${i}.yaml`, `{{- with index .Values.apps "app${i}" }}
{{- if .enabled }}
apiVersion: apps/v1
kind: Deployment
metadata:
  name: app${i}
spec:
  template:
    spec:
      containers:
        - name: app${i}
          image: "{{ .image }}"
          env:
            - name: SPRING_CLOUD_NACOS_SERVER_ADDR
              value: {{ printf "%s-nacos:8848" (include "shop.name" $) | quote }}
            {{- range .env }}
            - name: {{ .name }}
              value: {{ .value | quote }}
            {{- end }}
{{- end }}
{{- end }}
`);
  }
  const v: string[] = ['# values', 'nameOverride: ""', 'secret:', '  token: c2VjcmV0', ''];
  for (const n of ['nacos', 'nacos2']) {
    v.push(`${n}:`, '  enabled: true', `  replicaCount: ${1 + r.int(3)}`, '  mode: cluster', '  image:', '    repository: nacos/nacos-server', `    tag: ${r.pick(['v2.4.3', 'v2.2.0', '"v3.0.1"'])}`,
      '  auth:', `    enabled: ${n === 'nacos2' ? 'true' : r.pick(['true', '"true"', 'false', 'yes'])}`, `    token: ${n === 'nacos2' ? 'short' : r.pick(['short', 'SecretKey012345678901234567890123456789012345678901234567890123456789', "'quoted token value 0123456789012345678901234567890123'"])}`,
      `    identityKey: ${n === 'nacos2' ? 'serverIdentity' : r.pick(['serverIdentity', 'X-Nacos-abc', '""'])}`, `    identityValue: ${r.pick(['security', 'v4lue0123', '"q v"'])}`,
      '  extraEnv:', '    JVM_XMS: 1g', `    JVM_XMN: ${r.pick(['256m', '512m'])}`, '  moreEnv:', '    - name: NACOS_SERVER_PORT', '      value: "{{ .Values.nacos.port | default 8848 }}"',
      '  # a comment', `  port: ${r.pick(['8848', '9000'])}`, '  conf: {a.b: c, nacos.core.auth.caching.enabled: "true"}',
      '  resources:', '    requests:', '      cpu: "1"', '      memory: 2Gi', '  note: |', '    some text', '    key: not a key', '');
  }
  v.push('apps:', '  count: 6');
  for (let i = 0; i < 6; i++) {
    v.push(`  app${i}:`, `    enabled: ${i % 3 !== 2}`, `    image: registry/app${i}:1.${i}`, '    env:', '      - name: A', `        value: v${i}`, '    settings:');
    for (let k = 0; k < 4; k++) v.push(`      s${k}: word-${r.int(1000)}`);
  }
  v.push('authHint: true');
  if (sub) v.push('global:', '  region: eu-1', 'conf:', '  bar: fromparent');
  v.push('');
  f.set(VALUES, v.join('\n'));
  return f;
}

/** One random edit of a values file: mostly one character in a value (the typing case), sometimes a structural one. */
function valuesEdit(r: Rng, text: string): string {
  const lines = text.split('\n');
  const i = r.int(lines.length);
  const l = lines[i];
  const roll = r.next();
  if (roll < 0.55) {
    // a character at the end of the value, or inside it
    const colon = l.indexOf(': ');
    const at = colon >= 0 && r.next() < 0.8 ? colon + 2 + r.int(Math.max(1, l.length - colon - 1)) : r.int(l.length + 1);
    lines[i] = l.slice(0, at) + (r.next() < 0.85 ? r.pick(['7', 'x', 'A', '_', '-', '.']) : r.pick([' ', ':', '#', '"', "'", '{', '&', '*'])) + l.slice(at);
  } else if (roll < 0.75) {
    const at = r.int(Math.max(1, l.length));
    lines[i] = l.slice(0, at) + l.slice(at + 1);
  } else if (roll < 0.82) lines.splice(i, 1);
  else if (roll < 0.89) lines.splice(i, 0, l);
  else if (roll < 0.93) lines.splice(i, 0, `${' '.repeat(2 * r.int(3))}${r.pick(['identityKey', 'token', 'extra', 'security'])}: ${r.pick(['x', '1', 'true', ''])}`);
  else if (roll < 0.96) {
    // a value to and from null: coalescing drops the key, so its map's keys change
    const c = lines.findIndex(x => /^ {2}count: /.test(x));
    if (c >= 0) lines[c] = lines[c].endsWith('null') ? '  count: 6' : '  count: null';
  } else lines[i] = l.replace(/(enabled|token|identityKey|identityValue|tag|replicaCount|count): ?\S*/, `$1: ${r.pick(['true', 'false', 'v2.5.1', '3', 'nil', 'null', '"SecretKey0123456789012345678901234567890123456789"', 'ab'])}`);
  return lines.join('\n');
}

function templateEdit(r: Rng, files: Map<string, string>): string {
  const paths = [...files.keys()].filter(p => p.includes('/templates/'));
  const p = r.pick(paths);
  const t = files.get(p)!;
  const roll = r.next();
  if (roll < 0.5) files.set(p, t.replace('value: {{ .value | quote }}', 'value: {{ .value | upper | quote }}'));
  else if (roll < 0.8) files.set(p, t.replace(/\n/, '\n# edited\n'));
  else { const at = r.int(t.length); files.set(p, t.slice(0, at) + '}' + t.slice(at)); }
  return p;
}

function dump(res: AnalysisResult | { findings: Map<string, unknown[]> }, findings: (p: string) => unknown[], paths: string[]): unknown {
  return paths.map(p => [p, findings(p).map(f0 => {
    const f = f0 as AnalysisResult['findings'] extends Map<string, (infer F)[]> ? F : never;
    return {
      rule: f.ruleId, severity: f.severity, message: f.message, span: f.span, related: f.related,
      fixes: f.fixes.map(x => ({ title: x.title, edits: x.deterministic ? safeEdits(x) : '<generated>' })),
    };
  })]);
  void res;
}
function safeEdits(x: { edits(): unknown }): unknown {
  try { return x.edits(); } catch (e) { return `threw: ${(e as Error).message}`; }
}

/** Nodes as data: settings with their values' places (what hovers and fixes are made of). */
function nodes(res: AnalysisResult): unknown {
  return res.nodes.map(n => asData(n, k => (k === 'props' ? '<props>' : RECURSE)));
}

function hovers(files: Map<string, string>, result: AnalysisResult): unknown {
  const text = files.get(VALUES)!;
  const out: unknown[] = [];
  for (const m of text.matchAll(/(token|identityKey|identityValue|enabled|tag): /g)) {
    const h = hoverAt({ path: VALUES, text, offset: m.index! + m[0].length, result, settings: DEFAULT_SETTINGS, rel: p => p.slice(4), uri: p => `file://${p}`, read: p => files.get(p) });
    out.push(h && { md: h.markdown, span: h.span });
  }
  return out;
}

function run(seed: number, steps: number, sub = false) {
  const r = rng(seed);
  const files = chartFiles(r, sub);
  const ws: HostWorkspace = {
    text: p => files.get(p), version: () => undefined, settingsFor: () => DEFAULT_SETTINGS,
    relPath: p => p.slice(4), rootFor: () => '/ws', files: () => files.keys(),
  };
  const original = new Map(files);
  const host = new AnalysisHost(ws);
  host.applyChange({ kind: 'full', roots: [...files.keys()] });
  let sawFindings = 0;
  for (let step = 0; step < steps; step++) {
    let changed = VALUES;
    // edits pile up (a broken line stays broken): now and then the file is back to what it was
    if (step % 6 === 5) { for (const [p, t] of original) if (files.get(p) !== t && p !== VALUES) { files.set(p, t); changed = p; } files.set(VALUES, original.get(VALUES)!); }
    else if (r.next() < 0.06) changed = templateEdit(r, files);
    else files.set(VALUES, valuesEdit(r, files.get(VALUES)!));
    host.applyChange({ kind: 'files', paths: changed === VALUES ? [VALUES] : [changed, VALUES], isRoot: () => true });
    const a = host.analysis();
    const fresh = analyze({ files: [...files].map(([path, text]) => ({ path, text })), readFile: p => files.get(p), relPath: p => p.slice(4), rootFor: () => '/ws', workspaceFiles: () => files.keys() });
    const paths = [...files.keys()].sort();
    const got = dump(a.result(), p => a.findings(p), paths);
    const want = dump(fresh, p => fresh.findings.get(p) ?? [], paths);
    sawFindings += paths.reduce((n, p) => n + (fresh.findings.get(p)?.length ?? 0), 0) ? 1 : 0;
    assert.deepEqual(got, want, `findings after step ${step} (seed ${seed}, edit of ${changed})`);
    assert.deepEqual(nodes(a.result()), nodes(fresh), `nodes after step ${step} (seed ${seed})`);
    if (step % 4 === 0) assert.deepEqual(hovers(files, a.result()), hovers(files, fresh), `hovers after step ${step} (seed ${seed})`);
  }
  // the chart must have had something to say, or the comparison proves little
  assert.ok(sawFindings > steps * 0.4, `findings in ${sawFindings} of ${steps} steps (seed ${seed})`);
}

test('helm reuse: random edits of values.yaml (and a few of templates) analyse as a fresh analysis does', () => {
  for (const seed of [1, 2]) run(seed, 120);
  run(3, 120, true);
});
