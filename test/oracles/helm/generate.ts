// Seeded generator of Helm charts that exercise the template constructs the renderer supports: values of every YAML
// type (`nil`, `~`, `yes`, 1e3, 1234567, quoted numbers, multi-line strings, empty maps), pipelines through quote /
// squote / default / required / toString / toYaml / nindent / indent / b64enc / b64dec / trim* / upper / lower /
// printf / replace / trunc, eq / ne / and / or / not in if / else if / else, with, range over lists and maps, define
// / include / template from _helpers.tpl, `$` and variables, `{{-` `-}}`, comments, tpl of a static string,
// .Files.Get, .Release / .Chart / .Capabilities. The output is a ConfigMap and a Deployment (container env), so the
// comparison covers what the Kubernetes reader uses. Some charts fail on purpose (required, fail, type errors).
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'str' | 'num' | 'bool' | 'null' | 'list' | 'map';
interface Leaf { path: string; kind: Kind; yaml: string }

const STRINGS = ['nil', 'abc', '"yes"', "'8848'", 'hello world', '"a: b"', "'it''s'", '"tab\\there"', 'x-y_z', '""', 'true-ish', '"1e3"', 'SecretKey012345678901234567890123456789', 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=', '"  padded  "', '"UPPER lower"', 'serverIdentity', '"#hash"', '"multi\\nline\\n"', "'{{ .Release.Name }}-x'", 'ünïcode', '"with \\"quotes\\""'];
const NUMBERS = ['0', '1', '8848', '1e3', '0.5', '1234567', '-3', '3.0', '0x1F', '1_000', '012', '100000000'];
const BOOLS = ['true', 'false', 'yes', 'no', 'on', 'off', 'True'];
const NULLS = ['~', 'null', ''];

export interface GeneratedChart { files: Record<string, string>; set: string[]; valueFiles: Record<string, string> }

export function generateChart(seed: number): GeneratedChart {
  const r = mulberry32(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const chance = (p: number) => r() < p;
  const leaves: Leaf[] = [];
  const lines: string[] = ['# generated values'];
  const keyName = (i: number) => pick(['auth', 'token', 'identityKey', 'identityValue', 'port', 'name', 'mode', 'enabled', 'image', 'a10', 'a2', 'env', 'labels', 'x']) + i;
  let counter = 0;
  const gen = (indent: string, prefix: string, depth: number) => {
    const n = 1 + Math.floor(r() * 4);
    for (let i = 0; i < n; i++) {
      const k = keyName(counter++);
      const path = prefix ? `${prefix}.${k}` : k;
      const t = r();
      if (t < 0.35) { const v = pick(STRINGS); lines.push(`${indent}${k}: ${v}`); leaves.push({ path, kind: 'str', yaml: v }); }
      else if (t < 0.5) { const v = pick(NUMBERS); lines.push(`${indent}${k}: ${v}`); leaves.push({ path, kind: 'num', yaml: v }); }
      else if (t < 0.6) { const v = pick(BOOLS); lines.push(`${indent}${k}: ${v}`); leaves.push({ path, kind: 'bool', yaml: v }); }
      else if (t < 0.65) { const v = pick(NULLS); lines.push(`${indent}${k}: ${v}`.trimEnd()); leaves.push({ path, kind: 'null', yaml: v }); }
      else if (t < 0.75) {
        const items = Array.from({ length: Math.floor(r() * 4) }, () => pick([...STRINGS.slice(0, 8), ...NUMBERS.slice(0, 4)]));
        if (!items.length) lines.push(`${indent}${k}: []`);
        else { lines.push(`${indent}${k}:`); for (const it of items) lines.push(`${indent}- ${it}`); }
        leaves.push({ path, kind: 'list', yaml: '' });
      } else if (t < 0.8) {
        lines.push(`${indent}${k}: {}`); leaves.push({ path, kind: 'map', yaml: '{}' });
      } else if (t < 0.85 && depth < 3) {
        lines.push(`${indent}${k}: |`); lines.push(`${indent}  line one ${k}`); lines.push(`${indent}  line two`);
        leaves.push({ path, kind: 'str', yaml: '|' });
      } else if (depth < 3) {
        lines.push(`${indent}${k}:`);
        leaves.push({ path, kind: 'map', yaml: '' });
        gen(indent + '  ', path, depth + 1);
      } else { lines.push(`${indent}${k}: leaf`); leaves.push({ path, kind: 'str', yaml: 'leaf' }); }
    }
  };
  gen('', '', 0);
  // an env list like charts put in values
  lines.push('env:', '- name: NACOS_AUTH_ENABLE', `  value: ${pick(['"true"', 'true', 'yes'])}`, '- name: NACOS_AUTH_TOKEN', `  value: ${pick(STRINGS)}`);
  leaves.push({ path: 'env', kind: 'list', yaml: '' });
  const values = lines.join('\n') + '\n';

  const of = (k: Kind) => leaves.filter(l => l.kind === k);
  const any = () => pick(leaves).path;
  const strP = () => (of('str').length ? pick(of('str')).path : any());
  const mapP = () => (of('map').length ? pick(of('map')).path : 'env');
  const listP = () => (of('list').length ? pick(of('list')).path : 'env');
  const missing = () => `missing${Math.floor(r() * 3)}.${pick(['a', 'b'])}`;
  const missing1 = () => `missing${Math.floor(r() * 3)}`;
  // a string for string-only functions: as is when it is one, else through toString
  const S = () => (chance(0.8) ? `(toString .Values.${any()})` : `.Values.${strP()}`);
  const V = (p: string) => `.Values.${p}`;
  const maybeBad = chance(0.12);

  // expressions that produce a string-ish value, printed quoted into ConfigMap data
  const expr = (): string => {
    const p = chance(0.85) ? any() : strP();
    switch (Math.floor(r() * 30)) {
      case 0: return `${V(p)}`;
      case 1: return `default "dflt" ${V(p)}`;
      case 2: return `${V(p)} | default "d2"`;
      case 3: return `toString ${V(p)}`;
      case 4: return `${S()} | upper`;
      case 5: return `${S()} | lower`;
      case 6: return `${S()} | b64enc`;
      case 7: return `${S()} | b64enc | b64dec`;
      case 8: return `${S()} | trim`;
      case 9: return `${S()} | trimSuffix "e"`;
      case 10: return `${S()} | trimPrefix "a"`;
      case 11: return `${S()} | trunc ${pick([0, 3, 63, -2])}`;
      case 12: return `printf "%s-%v" (toString ${V(p)}) ${V(any())}`;
      case 13: return `printf "%d" (len (toString ${V(p)}))`;
      case 14: return `printf "%q" (toString ${V(p)})`;
      case 15: return `${S()} | replace " " "_"`;
      case 16: return `include "gen.name" .`;
      case 17: return `include "gen.echo" (dict "v" ${V(p)})`;
      case 18: return `.Release.Name`;
      case 19: return `printf "%s/%s" .Chart.Name .Chart.Version`;
      case 20: return `.Capabilities.KubeVersion.Major`;
      case 21: return `tpl "{{ .Release.Namespace }}-{{ .Chart.Name }}" .`;
      case 22: return `.Files.Get "files/conf.txt"`;
      case 23: return `squote (toString ${V(p)})`;
      case 24: return `${V(p)} | toJson`;
      case 25: return `ternary "yes" "no" (empty ${V(p)})`;
      case 26: return `coalesce ${V(missing1())} ${V(p)} "last"`;
      case 27: return `cat "a" ${V(p)} "b"`;
      case 28: return `(${V(p)} | toString | len) | toString`;
      default: return `$.Values.${p} | toString | lower`;
    }
  };
  const cond = (): string => {
    const p = any();
    switch (Math.floor(r() * 10)) {
      case 0: return `${V(p)}`;
      case 1: return `not ${V(p)}`;
      case 2: return `and ${V(p)} ${V(any())}`;
      case 3: return `or ${V(p)} ${V(any())}`;
      case 4: return `eq (toString ${V(p)}) "true"`;
      case 5: return `ne (toString ${V(p)}) "nil"`;
      case 6: return `eq (typeOf ${V(p)}) "float64"`;
      case 7: return `hasKey .Values "${p.split('.')[0]}"`;
      case 8: return `empty ${V(p)}`;
      default: return `and (not (empty ${V(p)})) (ne (kindOf ${V(p)}) "map")`;
    }
  };

  const data: string[] = [];
  const nData = 3 + Math.floor(r() * 8);
  for (let i = 0; i < nData; i++) {
    const c = Math.floor(r() * 12);
    if (c < 5) data.push(`  k${i}: {{ ${expr()} | quote }}`);
    else if (c === 5) data.push(`  {{- if ${cond()} }}\n  k${i}: "if"\n  {{- else if ${cond()} }}\n  k${i}: "elseif"\n  {{- else }}\n  k${i}: "else"\n  {{- end }}`);
    else if (c === 6) data.push(`  {{- with ${V(any())} }}\n  k${i}: {{ toString . | quote }}\n  {{- else }}\n  k${i}: "none"\n  {{- end }}`);
    else if (c === 7) data.push(`  {{- range $i, $e := ${V(listP())} }}\n  k${i}-{{ $i }}: {{ toString $e | quote }}\n  {{- end }}`);
    else if (c === 8) data.push(`  {{- range $key, $val := ${V(mapP())} }}\n  k${i}-{{ $key }}: {{ $val | toString | quote }}\n  {{- end }}`);
    else if (c === 9) data.push(`  {{- $v := ${V(any())} }}{{/* a comment */}}\n  k${i}: {{ printf "%v" $v | quote }}`);
    else if (c === 10) data.push(`  k${i}: |{{- toYaml ${V(pick([mapP(), listP(), any()]))} | nindent 4 }}`);
    else data.push(`  k${i}: {{ template "gen.echo" (dict "v" ${V(any())}) }}`);
  }
  if (maybeBad) {
    data.push(pick([
      `  bad: {{ required "need a value" ${V(missing())} }}`,
      `  bad: {{ fail "stop here" }}`,
      `  bad: {{ ${V(missing())}.deeper }}`,
      `  bad: {{ ${V(any())} | upper }}`,
      `  bad: {{ eq ${V(any())} 1 }}`,
      `  bad: {{ include "gen.nope" . }}`,
      `  bad: {{ required "present" ${V(any())} | toString | quote }}`,
    ]));
  }
  const configmap = `{{/* ConfigMap with generated data */}}
apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ include "gen.fullname" . }}
  labels:
    {{- include "gen.labels" . | nindent 4 }}
data:
${data.join('\n')}
`;
  const envLines: string[] = [];
  for (let i = 0; i < 1 + Math.floor(r() * 4); i++) envLines.push(`            - name: E${i}\n              value: {{ ${expr()} | quote }}`);
  const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ template "gen.fullname" . }}
spec:
  replicas: {{ .Values.replicas | default 1 }}
  template:
    spec:
      containers:
        - name: nacos
          image: "nacos/nacos-server:{{ .Values.tag | default .Chart.AppVersion }}"
          env:
            {{- toYaml .Values.env | nindent 12 }}
${envLines.join('\n')}
            {{- range $k, $v := .Values.extraEnv }}
            - name: {{ $k | upper }}
              value: {{ $v | toString | quote }}
            {{- end }}
`;
  const helpers = `{{/* helpers */}}
{{- define "gen.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- define "gen.fullname" -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- define "gen.labels" -}}
app.kubernetes.io/name: {{ include "gen.name" . }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" }}
{{- if .Chart.AppVersion }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
{{- end }}
{{- end -}}
{{- define "gen.echo" -}}
{{ toString .v | quote }}
{{- end -}}
`;
  const set: string[] = [];
  const scalars = leaves.filter(l => l.kind !== 'list' && l.kind !== 'map');
  if (chance(0.5) && scalars.length) set.push(`${pick(scalars).path}=${pick(['x', '42', 'true', 'null', '0', '08', 'a b'])}`);
  if (chance(0.3)) set.push(`extraEnv.nacos_auth_token=${pick(['abc', '123', 'a\\,b'])}`);
  if (chance(0.2)) set.push(`tag=v${pick(['2.2.3', '3.0.1'])}`);
  if (chance(0.2)) set.push(`${listP()}={a,b,${pick(['1', 'true', 'c'])}}`);
  const valueFiles: Record<string, string> = {};
  if (chance(0.3)) valueFiles['override.yaml'] = `${pick(leaves.filter(l => !l.path.includes('.') && l.path !== 'env').concat([{ path: 'extra', kind: 'str', yaml: '' }])).path}: ${pick(['null', 'over', '7', '{}'])}\nextraEnv:\n  identity_key: ${pick(STRINGS)}\n`;
  // subcharts: an unpacked one (condition, alias, globals) and a library chart whose define the parent uses
  const files: Record<string, string> = {};
  let deps = '';
  let parentValues = '';
  if (chance(0.4)) {
    const alias = chance(0.3) ? 'aliased' : '';
    const key = alias || 'sub';
    deps += `- name: sub\n  version: 0.1.0\n  repository: file://charts/sub\n${alias ? `  alias: ${alias}\n` : ''}${chance(0.7) ? `  condition: ${key}.enabled\n` : ''}${chance(0.3) ? '  tags: [extras]\n' : ''}`;
    parentValues += `${key}:\n  enabled: ${pick(['true', 'false', 'yes'])}\n  token: ${pick(STRINGS)}\n${chance(0.5) ? `  extra: {a: 1}\n` : ''}`;
    if (chance(0.3)) parentValues += `tags:\n  extras: ${pick(['true', 'false'])}\n`;
    files['charts/sub/Chart.yaml'] = 'apiVersion: v2\nname: sub\nversion: 0.1.0\nappVersion: "9.9"\n';
    files['charts/sub/values.yaml'] = `token: subdefault\nport: ${pick(NUMBERS)}\nglobal:\n  region: ${pick(['eu', 'us'])}\n  shared: sub\nextra: {b: 2}\n`;
    files['charts/sub/templates/cm.yaml'] = `apiVersion: v1
kind: ConfigMap
metadata:
  name: {{ .Chart.Name }}-{{ .Release.Name }}
data:
  token: {{ .Values.token | quote }}
  port: {{ .Values.port | toString | quote }}
  region: {{ .Values.global.region | default "none" | quote }}
  shared: {{ .Values.global.shared | quote }}
  extra: {{ .Values.extra | toJson | quote }}
  name: {{ include "gen.name" . | quote }}
  chart: {{ .Chart.Name }}-{{ .Chart.Version }}-{{ .Chart.IsRoot }}
  tpl: {{ .Template.BasePath | quote }}
`;
  }
  if (chance(0.3)) {
    deps += '- name: lib\n  version: 0.1.0\n  repository: file://charts/lib\n';
    files['charts/lib/Chart.yaml'] = 'apiVersion: v2\nname: lib\ntype: library\nversion: 0.1.0\n';
    files['charts/lib/templates/_lib.tpl'] = '{{- define "lib.labels" -}}\nlib: {{ .Chart.Name }}\nrel: {{ .Release.Name | quote }}\n{{- end -}}\n';
    files['charts/lib/templates/ignored.yaml'] = 'this: {{ is not rendered }}\n';
    files['templates/lib-user.yaml'] = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: lib-user\n  labels:\n    {{- include "lib.labels" . | nindent 4 }}\ndata:\n  global: {{ .Values.global | toJson | quote }}\n  subs: {{ keys .Subcharts | sortAlpha | join "," | quote }}\n';
  }
  if (chance(0.5)) parentValues += `global:\n  shared: parent\n  ${pick(['region: ap', 'other: 1'])}\n`;
  return {
    files: {
      ...files,
      'Chart.yaml': `apiVersion: v2\nname: gen${seed}\nversion: 0.${seed % 10}.${seed % 7}\n${chance(0.7) ? `appVersion: "${pick(['3.0.1', '2.2.3', 'v1'])}"\n` : ''}${deps ? `dependencies:\n${deps}` : ''}`,
      'values.yaml': values + parentValues,
      'templates/_helpers.tpl': helpers,
      'templates/configmap.yaml': configmap,
      'templates/deployment.yaml': deployment,
      'files/conf.txt': `conf line for ${seed}`,
    },
    set,
    valueFiles,
  };
}
