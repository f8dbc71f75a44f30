// The leak fuzzer (issue 20, item 12): random secrets planted in well-formed and malformed entries of every file
// kind the product reads, then every output channel searched for them (test/security/leakChannels.ts: the value,
// its Base64 and URL-encoded forms, any 5-character piece). `npm run fuzz` runs the core channels at full strength;
// test/unit/fuzz-smoke.test.ts a seed-fixed slice; test/security/malformed-secrets.test.ts adds the CLI (every
// format) and the LSP trace over a seed-fixed batch. Every source has its kinds in LEAK_KINDS (properties, env files,
// compose, Kubernetes, Helm, docker run scripts, Dockerfiles, GitHub Actions): a new source adds its own.
import fc from 'fast-check';
import { redactTrace } from '../../client/src/policy';
import { coreOutputs, plantedLeaks, type Output } from '../security/leakChannels';
import { fail, type FuzzProperty } from './check';

const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ', LOWER = 'abcdefghijkmnopqrstuvwxyz', DIGIT = '23456789';
/**
 * One planted value, 12 to 40 characters cycling upper case, digit, lower case: every 5-character piece of it mixes
 * all three, so it is never ordinary text, a fingerprint or a word of a message. Some end in Base64 or URL
 * punctuation.
 */
export const secretArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.nat({ max: 1 << 20 }), { minLength: 12, maxLength: 40 }), fc.constantFrom('', '+/', '_-', '.', '=='))
  .map(([n, tail]) => n.map((x, i) => { const a = [UPPER, DIGIT, LOWER][i % 3]; return a[x % a.length]; }).join('') + tail);

/** The names a secret is written under, by source syntax. */
const PROP_KEYS = [
  'nacos.core.auth.server.identity.key', 'nacos.core.auth.server.identity.value', 'nacos.core.auth.plugin.nacos.token.secret.key',
  'nacos.core.auth.default.token.secret.key',
];
const ENV_NAMES = ['NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE', 'NACOS_AUTH_TOKEN', 'NACOS_CORE_AUTH_SERVER_IDENTITY_VALUE', 'NACOS_CORE_AUTH_PLUGIN_NACOS_TOKEN_SECRET_KEY'];

export interface LeakKind {
  name: string;
  /** The workspace (relative paths → text) with `secret` planted in one entry written by `variant`. */
  files(secret: string, variant: number, name: number): Record<string, string>;
  variants: number;
}

const PROPS_BASE = 'nacos.core.auth.enabled=true\nnacos.core.auth.system.type=nacos\nserver.port=8848\n';
const COMPOSE_HEAD = 'services:\n  nacos:\n    image: nacos/nacos-server:v2.5.1\n';

/** Every file kind, each with its malformed spellings of an entry (the ones the parsers do not read as a value). */
export const LEAK_KINDS: LeakKind[] = [
  {
    name: 'properties', variants: 9,
    files: (s, v, k) => {
      const key = PROP_KEYS[k % PROP_KEYS.length];
      const line = [
        `${key}=${s}`, `${key}:${s}`, `${key} ${s}`, `${key}\\=${s}`, `${key} = "${s}"`, `${key}=  ${s}  `,
        `nacos.core.auth.enabled=\${NACOS_AUTH_TOKEN:${s}}`, `${key}=\${SOME_SECRET:${s}}`, `${key.toUpperCase()}=${s}`,
      ][v];
      return { 'conf/application.properties': `${PROPS_BASE}${line}\n` };
    },
  },
  {
    name: 'env file', variants: 7,
    files: (s, v, k) => {
      const n = ENV_NAMES[k % ENV_NAMES.length];
      const line = [`${n}=${s}`, `${n}: ${s}`, `${n} ${s}`, `export ${n}='${s}'`, `${n}="${s}" # note`, `${n}=\${OTHER:-${s}}`, ` ${n} = ${s}`][v];
      return {
        'compose.yaml': `${COMPOSE_HEAD}    env_file: nacos.env\n`,
        'nacos.env': `MODE=standalone\nNACOS_AUTH_ENABLE=true\n${line}\n`,
      };
    },
  },
  {
    name: 'compose', variants: 10,
    files: (s, v, k) => {
      const n = ENV_NAMES[k % ENV_NAMES.length];
      const body = [
        `    environment:\n      - ${n}=${s}\n`,
        `    environment:\n      - ${n}:${s}\n`,
        `    environment:\n      - ${n} ${s}\n`,
        `    environment: { ${n}=${s} }\n`,
        `    environment:\n      ${n}: "${s}"\n`,
        `    environment:\n      ${n}: \${${n}:-${s}}\n`,
        `    environment:\n      NACOS_AUTH_ENABLE: \${TOKEN}\n`,
        `    environment:\n      - "${n}=${s}"\n`,
        `    environment:\n      ${n}: ${s}\n      JAVA_OPT: -Dnacos.core.auth.server.identity.value=${s}\n`,
        `    environment:\n      ${n}=${s}\n`,
      ][v];
      const files: Record<string, string> = { 'compose.yaml': `${COMPOSE_HEAD}${body}` };
      if (v === 6) files['.env'] = `TOKEN=${s}\n`;
      return files;
    },
  },
  {
    name: 'kubernetes', variants: 12,
    files: (s, v, k) => {
      const n = ENV_NAMES[k % ENV_NAMES.length];
      const b64 = Buffer.from(s).toString('base64');
      const env = [
        `        - name: ${n}\n          value: ${s}\n`,
        `        - name: ${n}\n          value: "${s}"\n`,
        `        - name: ${n}=${s}\n`,
        `        - {name: ${n}, value: ${s}}\n`,
        `        - name: ${n}\n          valueFrom: {secretKeyRef: {name: nacos-auth, key: token}}\n`,
        `        - name: ${n}\n          valueFrom: {secretKeyRef: {name: nacos-auth, key: token}}\n`,
        `        - name: ${n}\n          valueFrom: {configMapKeyRef: {name: nacos-cm, key: token}}\n`,
        `        - name: JAVA_OPT\n          value: -Dnacos.core.auth.server.identity.value=${s}\n`,
        `        - name: ${n}=${s}\n          value: "x"\n`,
        `        - {name: "${n}=${s}"}\n`,
        `        - name: ${n} ${s}\n`,
        `        - name: "${n}:${s}"\n`,
      ][v];
      const extra = [
        '', '', '', '',
        `---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: nacos-auth\nstringData:\n  token: ${s}\n`,
        `---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: nacos-auth\ndata:\n  token: ${b64}\n`,
        `---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: nacos-cm\ndata:\n  token: "${s}"\n`,
        '', '', '', '', '',
      ][v];
      return { 'k8s/nacos.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: nacos\nspec:\n  replicas: 3\n  template:\n    spec:\n' +
        `      containers:\n      - name: nacos\n        image: nacos/nacos-server:v2.4.3\n        env:\n        - name: NACOS_AUTH_ENABLE\n          value: "true"\n${env}${extra}` };
    },
  },
  {
    name: 'helm', variants: 4,
    files: (s, v, k) => {
      const n = ENV_NAMES[k % ENV_NAMES.length];
      const values = [`nacos:\n  token: ${s}\n`, `nacos:\n  token: "${s}"\n`, `nacos:\n  token: ${s}\n`, `nacos:\n  token:${s}\n`][v];
      const use = v === 2 ? '{{ default "x" .Values.nacos.token }}' : '{{ .Values.nacos.token | quote }}';
      return {
        'chart/Chart.yaml': 'apiVersion: v2\nname: nacos\nversion: 0.1.0\n',
        'chart/values.yaml': values,
        'chart/templates/statefulset.yaml': 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: nacos\nspec:\n  template:\n    spec:\n      containers:\n' +
          `      - name: nacos\n        image: nacos/nacos-server:v2.4.3\n        env:\n        - name: NACOS_AUTH_ENABLE\n          value: "true"\n        - name: ${n}\n          value: ${use}\n`,
      };
    },
  },
  {
    name: 'docker run', variants: 7,
    files: (s, v, k) => {
      const n = ENV_NAMES[k % ENV_NAMES.length];
      const cmd = [
        `docker run -d -e NACOS_AUTH_ENABLE=true -e ${n}=${s} nacos/nacos-server:v2.4.3`,
        `docker run -d -e NACOS_AUTH_ENABLE=true --env=${n}=${s} nacos/nacos-server:v2.4.3`,
        `docker run -d -e NACOS_AUTH_ENABLE=true -e "${n}=${s}" nacos/nacos-server:v2.4.3`,
        `docker run -d -e NACOS_AUTH_ENABLE=true -e ${n}:${s} nacos/nacos-server:v2.4.3`,
        `export ${n}=${s}\ndocker run -d -e NACOS_AUTH_ENABLE=true -e ${n} nacos/nacos-server:v2.4.3`,
        `docker run -d -e NACOS_AUTH_ENABLE=true \\\n  -e ${n}='${s}' \\\n  nacos/nacos-server:v2.4.3`,
        `docker run -d -e NACOS_AUTH_ENABLE=\${TOKEN:-${s}} nacos/nacos-server:v2.4.3`,
      ][v];
      return { 'start.sh': `#!/usr/bin/env bash\nset -e\n${cmd}\n` };
    },
  },
  {
    name: 'dockerfile', variants: 5,
    files: (s, v, k) => {
      const n = ENV_NAMES[k % ENV_NAMES.length];
      const line = [`ENV ${n}=${s}`, `ENV ${n} ${s}`, `ENV ${n}="${s}"`, `ARG ${n}=${s}\nENV ${n}=\${${n}}`, `ENV NACOS_AUTH_ENABLE=true ${n}=${s}`][v];
      return { 'Dockerfile': `FROM nacos/nacos-server:v2.4.3\nENV NACOS_AUTH_ENABLE=true\n${line}\n` };
    },
  },
  {
    name: 'github actions', variants: 3,
    files: (s, v, k) => {
      const n = ENV_NAMES[k % ENV_NAMES.length];
      const env = [`          ${n}: ${s}\n`, `          ${n}: "${s}"\n`, `          ${n}=${s}\n`][v];
      return { '.github/workflows/ci.yml': 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      nacos:\n        image: nacos/nacos-server:v2.4.3\n' +
        `        env:\n          NACOS_AUTH_ENABLE: "true"\n${env}    steps:\n      - run: echo ok\n` };
    },
  },
];

/** The LSP trace of opening each file, in the text and the JSON format as vscode-jsonrpc writes them, as shown. */
export function traceOutputs(files: Record<string, string>): Output[] {
  const out: Output[] = [];
  for (const [path, text] of Object.entries(files)) {
    const params = { textDocument: { uri: `file:///w/${path}`, languageId: 'plaintext', version: 1, text } };
    const asText = `Sending notification 'textDocument/didOpen'.\nParams: ${JSON.stringify(params, null, 4)}`;
    const asJson = JSON.stringify({ isLSPMessage: true, type: 'send-notification', message: { jsonrpc: '2.0', method: 'textDocument/didOpen', params }, timestamp: 0 });
    out.push({ where: `trace text ${path}`, text: redactTrace(asText) }, { where: `trace json ${path}`, text: redactTrace(asJson) });
  }
  return out;
}

export const caseArb = fc.record({
  kind: fc.nat({ max: LEAK_KINDS.length - 1 }), variant: fc.nat({ max: 99 }), name: fc.nat({ max: 99 }), secret: secretArb,
}).map(c => {
  const kind = LEAK_KINDS[c.kind];
  return { kind: kind.name, variant: c.variant % kind.variants, secret: c.secret, files: kind.files(c.secret, c.variant % kind.variants, c.name) };
});

export const LEAKS: FuzzProperty[] = [
  {
    name: 'leaks: a planted secret shows in no core output (messages, related, fix titles, explain, reports, hovers, completions) nor the trace',
    area: 'leaks',
    runs: 1500,
    property: () => fc.property(caseArb, c => {
      const { outputs } = coreOutputs(c.files, { hoverEvery: 2 });
      const leaks = plantedLeaks([c.secret], [...outputs, ...traceOutputs(c.files)]);
      if (leaks.length) fail(`${c.kind} variant ${c.variant}: ${leaks.slice(0, 3).join('; ')}`);
    }),
  },
];
