// The real CLI (dist/cli.js) on a chart on disk: --values files layered after values.yaml (like helm -f), --set and
// --set-string over them, findings on the lines of the file that set the value, helm-unused-value for a --set key
// no template reads, --print-config showing the Helm inputs without their values, and bad flags refused (exit 2)
// without echoing the value.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const CLI = join(ROOT, 'dist/cli.js');

function cli(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

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
`;
const TOKEN = 'kR3x9QmZ2vLp8sWt4yBn6cHd1fGj7eKa0uIo5qXw3Ez=';
const IDV = 'Vq8-fT2xLm9Rk4Zp0sWc6Ny1Hb3Jd5Ge7Ua_Q';
// the chart's defaults publish the identity value "security"
const VALUES = `replicas: 3\nnacos:\n  authEnabled: "true"\n  token: "${TOKEN}"\n  identityKey: serverIdentity\n  identityValue: security\n`;
const PROD = `nacos:\n  identityKey: nacos-peer-7f3a\n  identityValue: "${IDV}"\n`;

type Json = { files: { path: string; findings: { ruleId: string; line: number; message: string }[] }[]; summary: { nodes: number } };
const findings = (out: string) => (JSON.parse(out) as Json).files.flatMap(f => f.findings.map(x => `${x.ruleId}@${f.path}:${x.line}`)).sort();

describe('CLI: Helm --values, --set, --set-string', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'nal-cli-helm-'));
    mkdirSync(join(dir, 'chart/templates'), { recursive: true });
    writeFileSync(join(dir, 'chart/Chart.yaml'), CHART);
    writeFileSync(join(dir, 'chart/values.yaml'), VALUES);
    writeFileSync(join(dir, 'chart/templates/statefulset.yaml'), STS);
    mkdirSync(join(dir, 'deploy'));
    writeFileSync(join(dir, 'deploy/prod.yaml'), PROD);
    writeFileSync(join(dir, 'deploy/typo.yaml'), `nacos:\n  identitykey: nacos-peer-7f3a\n`);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('defaults: the published identity value at its values.yaml line', () => {
    const r = cli(['chart', '--format', 'json'], dir);
    assert.equal(r.code, 1, r.err);
    assert.ok(findings(r.out).includes('identity-public-value@chart/values.yaml:6'), r.out);
  });

  test('--values FILE: applied after values.yaml, so its identity wins; findings move to what it sets', () => {
    const r = cli(['chart', '--values', 'deploy/prod.yaml', '--format', 'json'], dir);
    assert.equal(r.code, 0, r.out + r.err);
    assert.deepEqual(findings(r.out).filter(f => /^identity-|^secret-/.test(f)), []);
    // in order: a later file wins over an earlier one (here the typo file adds a key no template reads)
    const two = cli(['chart', '--values', 'deploy/prod.yaml', '--values=deploy/typo.yaml', '--format', 'json'], dir);
    assert.deepEqual(findings(two.out).filter(f => f.startsWith('helm-unused-value')), ['helm-unused-value@deploy/typo.yaml:2']);
    assert.match(two.out, /the templates read `nacos\.identityKey`/);
  });

  test('--set over --values; a secret given with --set never appears in the output', () => {
    const secret = 'my-set-identity-value-0123456789';
    const r = cli(['chart', '--values', 'deploy/prod.yaml', '--set', `nacos.identityValue=${secret}`, '--set', 'nacos.identityKey=k1', '--format', 'json', '--explain'], dir);
    assert.ok(!r.out.includes(secret) && !r.err.includes(secret), 'the --set value is masked');
    type Explained = { nodes: { settings: Record<string, { value: string; path?: string; line?: number }> }[] };
    const keyOf = (out: string) => (JSON.parse(out) as Explained).nodes[0].settings['nacos.core.auth.server.identity.key'];
    // -f only: the identity key comes from deploy/prod.yaml line 2; with --set it comes from the flag (2 characters)
    const fromFile = keyOf(cli(['chart', '--values', 'deploy/prod.yaml', '--format', 'json', '--explain'], dir).out);
    assert.deepEqual([fromFile.path, fromFile.line], ['deploy/prod.yaml', 2]);
    const fromSet = keyOf(r.out);
    assert.notEqual(fromSet.path, 'deploy/prod.yaml');
    assert.match(fromSet.value, /\(2 chars\)/);
    // a typed --set: `true` is a bool, which the template quotes to "true"; --set-string of a number stays a string
    const typed = cli(['chart', '--values', 'deploy/prod.yaml', '--set', 'nacos.authEnabled=false', '--format', 'json'], dir);
    assert.ok(findings(typed.out).some(f => f.startsWith('auth-disabled')), typed.out);
  });

  test('--set key no template reads: helm-unused-value on Chart.yaml naming the flag, never the value', () => {
    const r = cli(['chart', '--values', 'deploy/prod.yaml', '--set', 'server.security=true', '--set-string', 'nacos.Token=abcdefgh12345678', '--format', 'json'], dir);
    const doc = JSON.parse(r.out) as Json;
    const chartFile = doc.files.find(f => f.path === 'chart/Chart.yaml');
    const msgs = (chartFile?.findings ?? []).filter(f => f.ruleId === 'helm-unused-value').map(f => f.message).sort();
    assert.equal(msgs.length, 2, r.out);
    assert.match(msgs[0], /^--set `server\.security`: no template of the chart reads this key/);
    assert.match(msgs[1], /^--set-string `nacos\.Token`: .*the templates read `nacos\.token`/);
    assert.ok(!r.out.includes('abcdefgh12345678'));
  });

  test('--print-config shows the values files and the keys --set sets, not their values', () => {
    const r = cli(['--print-config', 'chart/values.yaml', '--values', 'deploy/prod.yaml', '--set', 'nacos.identityValue=hidden-value-1,replicas=2', '--set-string', 'nacos.token=hidden-value-2'], dir);
    assert.equal(r.code, 0, r.err);
    const doc = JSON.parse(r.out) as { settings: { helm?: { valueFiles: string[]; set?: string[]; setString?: string[] } } };
    assert.deepEqual(doc.settings.helm, { valueFiles: ['deploy/prod.yaml'], set: ['nacos.identityValue=…,replicas=…'], setString: ['nacos.token=…'] });
    assert.ok(!r.out.includes('hidden-value'));
  });

  test('bad flags: exit 2, the value not echoed', () => {
    const missing = cli(['chart', '--values', 'deploy/none.yaml'], dir);
    assert.equal(missing.code, 2);
    assert.match(missing.err, /--values deploy\/none\.yaml: no such file/);
    const bad = cli(['chart', '--set', 'nacos.identityValue'], dir);
    assert.equal(bad.code, 2);
    assert.match(bad.err, /--set: key "identityValue" has no value/);
    const badIndex = cli(['chart', '--set', 'a[x]=secret-in-bad-flag'], dir);
    assert.equal(badIndex.code, 2);
    assert.ok(!badIndex.err.includes('secret-in-bad-flag'), badIndex.err);
  });
});
