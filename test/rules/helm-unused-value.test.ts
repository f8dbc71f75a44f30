// `helm-unused-value`: auth-looking keys in a chart's values (or `--set`) that no template reads.
import { ruleTester } from './ruleTester';

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
          image: "nacos/nacos-server:{{ .Chart.AppVersion }}"
          env:
            - name: NACOS_AUTH_ENABLE
              value: {{ .Values.nacos.authEnabled | quote }}
            - name: NACOS_AUTH_TOKEN
              value: {{ .Values.nacos.token | quote }}
            - name: NACOS_AUTH_IDENTITY_KEY
              value: {{ .Values.nacos.identityKey | quote }}
            - name: NACOS_AUTH_IDENTITY_VALUE
              value: {{ .Values.nacos.identityValue | quote }}
          {{- with .Values.extraEnv }}
            {{- toYaml . | nindent 12 }}
          {{- end }}
          {{- if .Values.debug.enabled }}
          args: [{{ .Values.debug.authTrace | quote }}]
          {{- end }}
`;
const GOOD = `replicas: 3
nacos:
  authEnabled: "true"
  token: "kR3x9QmZ2vLp8sWt4yBn6cHd1fGj7eKa0uIo5qXw3Ez="
  identityKey: nacos-peer-7f3a
  identityValue: "Vq8-fT2xLm9Rk4Zp0sWc6Ny1Hb3Jd5Ge7Ua_Q"
extraEnv:
  - name: NACOS_AUTH_CACHE_ENABLE
    value: "true"
debug:
  enabled: false
  authTrace: "on"
`;
const chart = (values: string, extra: Record<string, string> = {}) => ({ 'chart/Chart.yaml': CHART, 'chart/values.yaml': values, 'chart/templates/statefulset.yaml': STS, ...extra });

ruleTester('helm-unused-value', {
  valid: [
    { name: 'every auth key is read (debug.authTrace only under a condition false today)', files: chart(GOOD) },
    { name: 'an unread key that does not look like auth', files: chart(`${GOOD}podLabels:\n  team: a\n`) },
    { name: 'Kubernetes keys that say secret or security about something else', files: chart(`${GOOD}imagePullSecrets: []\npodSecurityContext:\n  fsGroup: 1000\nautomountServiceAccountToken: false\n`) },
    { name: 'a subtree used whole by toYaml', files: chart(GOOD.replace('extraEnv:\n', 'extraEnv:\n  - name: NACOS_AUTH_SYSTEM_TYPE\n    value: nacos\n')) },
    {
      name: 'a key the templates range over',
      files: chart(`${GOOD}authExtras:\n  NACOS_AUTH_CACHE_ENABLE: "true"\n`, { 'chart/templates/cm.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\ndata:\n{{- range $k, $v := .Values.authExtras }}\n  {{ $k }}: {{ $v | quote }}\n{{- end }}\n' }),
    },
    { name: 'global keys are for subcharts', files: chart(`${GOOD}global:\n  authEnabled: true\n`) },
    {
      name: 'keys handed to a subchart',
      files: chart(`${GOOD}mysql:\n  auth:\n    rootPassword: x\n`, { 'chart/charts/mysql/Chart.yaml': 'apiVersion: v2\nname: mysql\nversion: 1.0.0\n', 'chart/charts/mysql/templates/x.yaml': '# {{ .Values.other }}\n' }),
    },
    { name: 'the chart fails to render: nothing said about reads', files: chart(`${GOOD}security:\n  enabled: true\n`, { 'chart/templates/bad.yaml': '{{ required "need x" .Values.x }}\n' }) },
  ],
  invalid: [
    {
      name: 'server.security=true: the chart has no such key',
      files: chart(`${GOOD}server:\n  security: true\n`),
      errors: ['chart/values.yaml:14 `security`'],
      message: /no template of the chart reads this key, so it has no effect/,
    },
    {
      name: 'identityKey typed as identitykey: the nearest read key is suggested',
      files: chart(GOOD.replace('  identityKey: nacos-peer-7f3a\n', '  identitykey: nacos-peer-7f3a\n')),
      errors: ['chart/values.yaml:5 `identitykey`'],
      message: /the templates read `nacos\.identityKey`/,
    },
    {
      name: 'authEnable for authEnabled',
      files: chart(GOOD.replace('authEnabled', 'authEnable')),
      errors: ['chart/values.yaml:3 `authEnable`'],
      message: /`nacos\.authEnabled`/,
    },
    {
      name: 'a whole unread branch is reported once, at its top',
      files: chart(`${GOOD}auth:\n  enabled: true\n  identity:\n    key: a\n`),
      errors: ['chart/values.yaml:13 `auth`'],
    },
    {
      name: 'in a -f values file from the configuration',
      files: { ...chart(GOOD), 'chart/values-prod.yaml': 'nacos:\n  auth:\n    enabled: true\n' },
      settings: { helm: { valueFiles: ['/ws/chart/values-prod.yaml'] } },
      errors: ['chart/values-prod.yaml:2 `auth`'],
    },
    {
      name: '--set server.security=true lands on Chart.yaml and names the flag',
      files: chart(GOOD),
      settings: { helm: { set: ['replicas=1,server.security=true'] } },
      errors: ['chart/Chart.yaml:1 `apiVersion: v2`'],
      message: /^--set `server\.security`/,
    },
  ],
});
