// The language server on Kubernetes manifests (issue 15): squiggles in an open manifest while typing, with the
// Secret it references closed (read from disk); the quote fix; the missing-identity fix that writes a Secret and
// secretKeyRefs, after which the error is gone; hover with provenance (never the value); YAML without Nacos objects
// gets nothing. No sleeps: every step waits for the notification it causes.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Hover, MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startTestServer, type TestClient } from './lsp';

const TOKEN = 'kR3x9QmZ2vLp8sWt4yBn6cHd1fGj7eKa0uIo5qXw3Ez=';
const STS = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: nacos
spec:
  replicas: 3
  serviceName: nacos-headless
  template:
    spec:
      containers:
        - name: nacos
          image: nacos/nacos-server:v2.4.3
          env:
            - name: NACOS_AUTH_ENABLE
              value: "true"
            - name: NACOS_AUTH_IDENTITY_KEY
              valueFrom:
                secretKeyRef:
                  name: nacos-auth
                  key: identity-key
            - name: NACOS_AUTH_IDENTITY_VALUE
              valueFrom:
                secretKeyRef:
                  name: nacos-auth
                  key: identity-value
            - name: NACOS_AUTH_TOKEN
              valueFrom:
                secretKeyRef:
                  name: nacos-auth
                  key: token
`;
// The published identity value `security` (a Base64 of it: data is decoded).
const SECRET = `apiVersion: v1
kind: Secret
metadata:
  name: nacos-auth
type: Opaque
data:
  identity-key: bXlLZXlGb3JOYWNvcw==
  identity-value: c2VjdXJpdHk=
stringData:
  token: ${TOKEN}
`;
const OTHER = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  PORT: "8080"\n';

const codes = (p: PublishDiagnosticsParams | undefined) => (p?.diagnostics ?? []).map(d => String(d.code)).sort();
const has = (code: string) => (p: PublishDiagnosticsParams) => codes(p).includes(code);

describe('language server: Kubernetes manifests', () => {
  let dir: string;
  let t: TestClient;
  let stsUri: string;
  let secretUri: string;
  let text = STS;
  let version = 1;
  const change = async (next: string) => {
    text = next;
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: stsUri, version: ++version }, contentChanges: [{ text }] });
    return t.waitFor(stsUri, p => p.version === version);
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nal-k8s-server-'));
    mkdirSync(join(dir, 'deploy'));
    mkdirSync(join(dir, 'web'));
    writeFileSync(join(dir, 'deploy/nacos.yaml'), STS);
    writeFileSync(join(dir, 'deploy/secret.yaml'), SECRET);
    writeFileSync(join(dir, 'web/configmap.yaml'), OTHER);
    stsUri = `file://${dir}/deploy/nacos.yaml`;
    secretUri = `file://${dir}/deploy/secret.yaml`;
    t = await startTestServer(dir);
  });
  after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('closed files: the published identity value is reported in the Secret, at its data line', async () => {
    const p = await t.waitFor(secretUri, has('identity-public-value'));
    const d = p.diagnostics.find(x => x.code === 'identity-public-value')!;
    assert.equal(d.range.start.line, 7);
    const message = String(d.message);
    assert.ok(!message.includes('security') && !message.includes('c2VjdXJpdHk='), message);
  });

  test('typing in the open manifest: an unquoted boolean is an error with a quote fix; quoting it clears it', async () => {
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: stsUri, languageId: 'yaml', version, text } });
    await t.waitFor(stsUri, p => p.version === version);
    const p = await change(STS.replace('value: "true"', 'value: true'));
    const d = p.diagnostics.find(x => x.code === 'k8s-env-value-not-string');
    assert.ok(d, `got ${codes(p).join(', ')}`);
    assert.deepEqual(d.range, { start: { line: 14, character: 21 }, end: { line: 14, character: 25 } });
    const actions = (await t.client.sendRequest('textDocument/codeAction', { textDocument: { uri: stsUri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const quote = actions.find(a => a.title.startsWith('Quote the value'));
    assert.ok(quote, `offered: ${actions.map(a => a.title).join(', ')}`);
    const fixed = TextDocument.applyEdits(TextDocument.create(stsUri, 'yaml', version, text), quote.edit!.changes![stsUri]);
    assert.equal(fixed, STS);
    const back = await change(fixed);
    assert.ok(!codes(back).includes('k8s-env-value-not-string'));
  });

  test('hover on an env name shows where the value comes from, never the value', async () => {
    const i = text.indexOf('NACOS_AUTH_IDENTITY_VALUE');
    const before = text.slice(0, i + 3);
    const position = { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
    const h = (await t.client.sendRequest('textDocument/hover', { textDocument: { uri: stsUri }, position })) as Hover | null;
    assert.ok(h, 'a hover');
    const md = (h.contents as MarkupContent).value;
    assert.match(md, /nacos-auth/);
    assert.ok(!md.includes('security') && !md.includes(TOKEN), md);
  });

  test('a v3 image without the identity: the error at the image; the fix writes a Secret and secretKeyRefs; the error is gone', async () => {
    const bare = STS.replace('nacos/nacos-server:v2.4.3', 'nacos/nacos-server:v3.1.0').replace(/          env:\n[\s\S]*$/, '');
    const p = await change(bare);
    const d = p.diagnostics.find(x => x.code === 'docker-required-env-missing');
    assert.ok(d, `got ${codes(p).join(', ')}`);
    assert.equal(d.range.start.line, 11);
    const actions = (await t.client.sendRequest('textDocument/codeAction', { textDocument: { uri: stsUri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const fix = actions.find(a => a.isPreferred && a.edit?.changes?.[stsUri]);
    assert.ok(fix, `offered: ${actions.map(a => a.title).join(', ')}`);
    const fixed = TextDocument.applyEdits(TextDocument.create(stsUri, 'yaml', version, text), fix.edit!.changes![stsUri]);
    assert.match(fixed, /secretKeyRef:\n\s+name: nacos-auth\n\s+key: NACOS_AUTH_TOKEN\n/);
    assert.match(fixed, /\nkind: Secret\n/);
    const after = await change(fixed);
    assert.deepEqual(after.diagnostics.filter(x => x.severity === 1).map(x => x.code), []);
    // The generated values never reached the log.
    const token = /NACOS_AUTH_TOKEN: (\S+)/.exec(fixed)![1];
    assert.ok(!t.logs.join('\n').includes(token));
  });

  test('YAML without Nacos objects gets no findings', async () => {
    const uri = `file://${dir}/web/configmap.yaml`;
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: OTHER } });
    const p = await t.waitFor(uri, x => x.version === 1);
    assert.deepEqual(p.diagnostics, []);
  });
});

describe('language server: a Helm chart', () => {
  const CHART = 'apiVersion: v2\nname: mini\nversion: 0.1.0\nappVersion: "2.4.3"\n';
  const TPL = `apiVersion: apps/v1
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
              value: {{ .Values.token | quote }}
            - name: NACOS_AUTH_IDENTITY_KEY
              value: {{ .Values.identityKey | quote }}
            - name: NACOS_AUTH_IDENTITY_VALUE
              value: {{ .Values.identityValue | quote }}
`;
  const GOOD = `token: "${TOKEN}"\nidentityKey: nacos-peer-7f3a\nidentityValue: "Vq8-fT2xLm9Rk4Zp0sWc6Ny1Hb3Jd5Ge7Ua_Q"\n`;
  // Applied only when the editor setting `nacosAuthLint.helm.valueFiles` names it (closed: read from disk).
  const PROD = '# production overrides\nidentityValue: security\n';
  let dir: string;
  let t: TestClient;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nal-helm-server-'));
    mkdirSync(join(dir, 'chart/templates'), { recursive: true });
    writeFileSync(join(dir, 'chart/Chart.yaml'), CHART);
    writeFileSync(join(dir, 'chart/values.yaml'), GOOD);
    writeFileSync(join(dir, 'chart/templates/statefulset.yaml'), TPL);
    writeFileSync(join(dir, 'chart/values-prod.yaml'), PROD);
    t = await startTestServer(dir);
  });
  after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('editing values.yaml: the published identity value appears at its line, and goes when changed back', async () => {
    const uri = `file://${dir}/chart/values.yaml`;
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text: GOOD } });
    const first = await t.waitFor(uri, p => p.version === 1);
    assert.deepEqual(first.diagnostics.filter(d => /^(identity|secret)-/.test(String(d.code))), []);
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ text: GOOD.replace(/identityValue: .*/, 'identityValue: security') }] });
    const p = await t.waitFor(uri, x => x.version === 2);
    const d = p.diagnostics.find(x => x.code === 'identity-public-value');
    assert.ok(d, `got ${codes(p).join(', ')}`);
    assert.equal(d.range.start.line, 2);
    assert.ok((d.relatedInformation ?? []).some(r => r.location.uri.endsWith('chart/templates/statefulset.yaml')));
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: GOOD }] });
    const back = await t.waitFor(uri, x => x.version === 3);
    assert.ok(!codes(back).includes('identity-public-value'));
  });

  test('hover on a values line shows the rendered effective setting per Nacos member, never the value', async () => {
    const uri = `file://${dir}/chart/values.yaml`;
    const at = async (needle: string) => {
      const i = GOOD.indexOf(needle) + needle.length + 2;
      const before = GOOD.slice(0, i);
      const position = { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
      const h = (await t.client.sendRequest('textDocument/hover', { textDocument: { uri }, position })) as Hover | null;
      assert.ok(h, `a hover on ${needle}`);
      return (h.contents as MarkupContent).value;
    };
    const iv = await at('identityValue:');
    assert.match(iv, /Helm values: this line reaches 1 Nacos container/);
    assert.match(iv, /\*\*[^*]+\*\* · Nacos 2\.4\.3/);
    assert.match(iv, /3 members \(replicas\)/);
    assert.match(iv, /`nacos\.core\.auth\.server\.identity\.value`/);
    assert.match(iv, /values\.yaml:3/);
    assert.ok(!iv.includes('Vq8-fT2xLm9Rk4Zp0sWc6Ny1Hb3Jd5Ge7Ua_Q') && !iv.includes(TOKEN), iv);
    const token = await at('token:');
    assert.match(token, /`nacos\.core\.auth\.plugin\.nacos\.token\.secret\.key`/);
    assert.match(token, /32 bytes/);
    assert.ok(!token.includes(TOKEN), token);
    assert.ok(!/nacos\.core\.auth\.server\.identity\.value/.test(token), 'only what this line decides');
  });

  test('the setting nacosAuthLint.helm.valueFiles: a values-prod.yaml it names is applied, findings at its line; changing it updates', async () => {
    const prodUri = `file://${dir}/chart/values-prod.yaml`;
    await t.waitFor(`file://${dir}/chart/values.yaml`);
    assert.ok(!codes(t.diagnostics.get(prodUri)).includes('identity-public-value'), 'not applied without the setting');
    const setTo = async (valueFiles: string[] | undefined, want: boolean) => {
      t.config = valueFiles ? { helm: { valueFiles } } : {};
      t.client.sendNotification('workspace/didChangeConfiguration', { settings: null });
      return t.waitFor(prodUri, p => has('identity-public-value')(p) === want);
    };
    const p = await setTo(['chart/values-prod.yaml'], true);
    const d = p.diagnostics.find(x => x.code === 'identity-public-value')!;
    assert.equal(d.range.start.line, 1);
    assert.ok((d.relatedInformation ?? []).some(r => r.location.uri.endsWith('chart/templates/statefulset.yaml')));
    assert.ok(!JSON.stringify(p).includes('security'), 'the value is never printed');
    await setTo(['nothing/*.yaml'], false);
    await setTo(['*/values-prod.yaml'], true);
    const off = await setTo(undefined, false);
    assert.ok(!codes(off).includes('identity-public-value'));
  });
});
