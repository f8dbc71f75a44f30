// `helm-template-unsupported`: a construct the renderer does not evaluate is said once per chart, at its first
// place, and the values it produces stay unknown: no "missing" finding arises from them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../helpers';
import { ruleTester } from './ruleTester';

const CHART = 'apiVersion: v2\nname: mini\nversion: 0.1.0\nappVersion: "2.4.3"\n';
const sts = (token: string, identity = '{{ .Values.identityValue | quote }}') => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: {{ .Release.Name }}-nacos
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: nacos
          image: "nacos/nacos-server:{{ .Chart.AppVersion }}"
          env:
            - name: NACOS_AUTH_ENABLE
              value: "true"
            - name: NACOS_AUTH_TOKEN
              value: ${token}
            - name: NACOS_AUTH_IDENTITY_KEY
              value: {{ .Values.identityKey | quote }}
            - name: NACOS_AUTH_IDENTITY_VALUE
              value: ${identity}
`;
const VALUES = 'token: "kR3x9QmZ2vLp8sWt4yBn6cHd1fGj7eKa0uIo5qXw3Ez="\nidentityKey: nacos-peer-7f3a\nidentityValue: "Vq8-fT2xLm9Rk4Zp0sWc6Ny1Hb3Jd5Ge7Ua_Q"\ntokenTemplate: "{{ .Values.token }}"\n';
const LOOKUP = '{{ lookup "v1" "Secret" .Release.Namespace "nacos-auth" | dig "data" "token" "" | quote }}';
const chart = (tpl: string, extra: Record<string, string> = {}) => ({ 'chart/Chart.yaml': CHART, 'chart/values.yaml': VALUES, 'chart/templates/statefulset.yaml': tpl, ...extra });

ruleTester('helm-template-unsupported', {
  valid: [
    { name: 'only what the renderer evaluates', files: chart(sts('{{ .Values.token | quote }}')) },
    { name: '`tpl` of a values string is evaluated', files: chart(sts('{{ tpl .Values.tokenTemplate . | quote }}')) },
    { name: '`.Files.Get` of a file in the chart', files: chart(sts('{{ .Files.Get "files/token.txt" | quote }}'), { 'chart/files/token.txt': 'kR3x9QmZ2vLp8sWt4yBn6cHd1fGj7eKa0uIo5qXw3Ez=' }) },
    { name: 'a random default that a set value overrides produces nothing unknown', files: chart(sts('{{ .Values.token | default (randAlphaNum 32) | quote }}')) },
  ],
  invalid: [
    {
      name: 'a random default that applies: the token is unknown',
      files: chart(sts('{{ .Values.unsetToken | default (randAlphaNum 32) | quote }}')),
      errors: ['chart/templates/statefulset.yaml:16 `randAlphaNum`'],
      message: /`randAlphaNum`/,
    },
    {
      name: '`lookup`: at its line, naming it',
      files: chart(sts(LOOKUP)),
      errors: ['chart/templates/statefulset.yaml:16 `lookup`'],
      message: /`lookup` \(chart\/templates\/statefulset\.yaml:16\)/,
    },
    {
      name: 'once per chart: two constructs, one finding naming both',
      files: chart(sts(LOOKUP, '{{ .Files.Get "secrets/identity" | quote }}')),
      errors: ['chart/templates/statefulset.yaml:16 `lookup`'],
      message: /`lookup` .*:16\), `\.Files\.Get` of a file not in the chart \(secrets\/identity\) \(chart\/templates\/statefulset\.yaml:20\)/,
    },
    {
      name: '`tpl` of a string known only at install time',
      files: chart(sts('{{ tpl (lookup "v1" "ConfigMap" "ns" "t" | dig "data" "tpl" "") . | quote }}')),
      errors: ['chart/templates/statefulset.yaml:16 `tpl`'],
      message: /`tpl` of a string not known before the render \(chart\/templates\/statefulset\.yaml:16\), `lookup`/,
    },
  ],
});

test('values from constructs not evaluated are unknown: no missing, blank or published finding for them', () => {
  const r = lint(chart(sts(LOOKUP, '{{ .Files.Get "secrets/identity" | quote }}')));
  const ids = r.findings.map(f => f.ruleId);
  for (const id of ['secret-missing', 'identity-missing', 'identity-blank', 'secret-too-short', 'secret-not-base64', 'secret-low-entropy']) {
    assert.ok(!ids.includes(id), `${id} reported: ${r.findings.map(f => `${f.ruleId}: ${f.message}`).join('\n')}`);
  }
  // the node is there, and its token and identity value are unknown (not unset)
  const n = r.result.nodes.find(x => x.kind === 'k8s-container');
  assert.ok(n, 'a node');
  const token = n.settings.get('nacos.core.auth.plugin.nacos.token.secret.key');
  assert.ok(token && token.value === undefined && token.unknown, JSON.stringify(token && { origin: token.origin, unknown: token.unknown }));
  const iv = n.settings.get('nacos.core.auth.server.identity.value');
  assert.ok(iv && iv.value === undefined && iv.unknown);
  // a control: the same chart with an empty token in values is reported as such
  const blank = lint(chart(sts('{{ .Values.none | quote }}')));
  assert.ok(blank.findings.some(f => /^secret-/.test(f.ruleId)), blank.findings.map(f => f.ruleId).join(', '));
});
