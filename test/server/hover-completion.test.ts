// Hover and completion over the in-memory connection: content, masking (no secret ever in clear), links to the
// line a value came from, the assumed version, the client's locale, and completion edits per file kind.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hover, CompletionList, CompletionItem, MarkupContent } from 'vscode-languageserver-protocol';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { InitializeResult } from 'vscode-languageserver-protocol';
import { startServer } from '../../server/src/server/server';
import { startTestServer, type TestClient } from './lsp';

const SECRET = 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=';
const IDENTITY_VALUE = 'Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE';
const DOTENV_VALUE = 'Hn3Kd8Wq1Zr6Tb9Lm2Xv5Cy7Ps4Gj0Fa';
const SHORT_TOKEN = 'c2hvcnRTZWNyZXQ=';

const PROPS = [
  'server.port=8848',
  'nacos.core.auth.enabled=true',
  'nacos.core.auth.system.type=nacos',
  'nacos.core.auth.server.identity.key=old-identity-key',
  'nacos.core.auth.server.identity.key=${NACOS_ID_KEY:nacos-identity-4f2a9c1e}',
  `nacos.core.auth.server.identity.value=${IDENTITY_VALUE}`,
  `nacos.core.auth.plugin.nacos.token.secret.key=${SECRET}`,
  '',
].join('\n');

const COMPOSE = [
  'services:',
  '  nacos1:',
  '    image: nacos/nacos-server:v2.3.0',
  '    env_file:',
  '      - ./nacos.env',
  '    environment:',
  '      - NACOS_AUTH_IDENTITY_VALUE=${IDENTITY_VALUE:-fallback}',
  '      - MODE=cluster',
  '  nacos2:',
  '    image: nacos/nacos-server:v2.3.0',
  '    env_file:',
  '      - ./nacos.env',
  '    environment:',
  '      NACOS_AUTH_IDENTITY_VALUE: ${IDENTITY_VALUE}',
  '',
].join('\n');

const ENV = [
  'NACOS_AUTH_ENABLE=true',
  'NACOS_AUTH_IDENTITY_KEY=nacos-identity-7d1e0c2b',
  `NACOS_AUTH_TOKEN=${SHORT_TOKEN}`,
  '',
].join('\n');

const DOTENV = `IDENTITY_VALUE=${DOTENV_VALUE}\n`;

function markdown(h: Hover | null): string {
  assert.ok(h, 'a hover');
  return (h.contents as MarkupContent).value;
}

function pos(text: string, needle: string, delta = 1): { line: number; character: number } {
  const i = text.indexOf(needle);
  assert.ok(i >= 0, `"${needle}" in the text`);
  const before = text.slice(0, i + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

function lineOf(text: string, needle: string): number {
  return pos(text, needle).line + 1;
}

describe('hover and completion over LSP', () => {
  let dir: string;
  let t: TestClient;
  const uri = (rel: string) => `file://${dir}/${rel}`;
  const open = (rel: string, languageId: string, text: string) =>
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(rel), languageId, version: 1, text } });
  const hover = (rel: string, text: string, needle: string, delta = 1) =>
    t.client.sendRequest('textDocument/hover', { textDocument: { uri: uri(rel) }, position: pos(text, needle, delta) }) as Promise<Hover | null>;
  const complete = (rel: string, position: { line: number; character: number }) =>
    t.client.sendRequest('textDocument/completion', { textDocument: { uri: uri(rel) }, position }) as Promise<CompletionList | null>;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nal-hover-'));
    mkdirSync(join(dir, 'bare/conf'), { recursive: true });
    mkdirSync(join(dir, 'docker'));
    writeFileSync(join(dir, 'bare/conf/application.properties'), PROPS);
    writeFileSync(join(dir, 'docker/compose.yaml'), COMPOSE);
    writeFileSync(join(dir, 'docker/nacos.env'), ENV);
    writeFileSync(join(dir, 'docker/.env'), DOTENV);
    t = await startTestServer(dir);
    open('bare/conf/application.properties', 'properties', PROPS);
    open('docker/compose.yaml', 'dockercompose', COMPOSE);
    open('docker/nacos.env', 'properties', ENV);
    await t.waitFor(uri('bare/conf/application.properties'), p => p.version === 1);
  });
  after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('capabilities: hoverProvider and completionProvider with trigger characters', async () => {
    const up = new PassThrough();
    const down = new PassThrough();
    const conn = createConnection(new StreamMessageReader(up), new StreamMessageWriter(down));
    startServer(conn);
    conn.listen();
    const client = createMessageConnection(new StreamMessageReader(down), new StreamMessageWriter(up));
    client.listen();
    try {
      const init = await client.sendRequest('initialize', { processId: null, rootUri: null, capabilities: {} }) as InitializeResult;
      assert.equal(init.capabilities.hoverProvider, true);
      assert.deepEqual(init.capabilities.completionProvider?.triggerCharacters, ['.', '_', '=', ':']);
    } finally {
      client.dispose(); conn.dispose(); up.destroy(); down.destroy();
    }
  });

  test('no hover on keys that are not about auth', async () => {
    assert.equal(await hover('bare/conf/application.properties', PROPS, 'server.port', 2), null);
    assert.equal(await hover('docker/compose.yaml', COMPOSE, '- MODE', 3), null);
  });

  test('token secret key: description, masked value, decoded bytes and algorithm, link to the line, version', async () => {
    const h = await hover('bare/conf/application.properties', PROPS, 'nacos.core.auth.plugin.nacos.token.secret.key', 5);
    const md = markdown(h);
    assert.match(md, /### `nacos\.core\.auth\.plugin\.nacos\.token\.secret\.key`/);
    assert.ok(md.includes('`VGhp…Nzg=` (44 chars)'), md);
    assert.ok(md.includes('32 bytes, HS256'), md);
    const line = lineOf(PROPS, 'nacos.core.auth.plugin.nacos.token.secret.key');
    assert.ok(md.includes(`[bare/conf/application.properties:${line}](file://${dir}/bare/conf/application.properties#L${line})`), md);
    assert.match(md, /Nacos 2\.1\.0–2\.5\.3 — assumed from the keys in the file/);
    assert.ok(!md.includes(SECRET), 'the secret never appears');
    assert.deepEqual(h!.range, { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: 'nacos.core.auth.plugin.nacos.token.secret.key'.length } });
  });

  test('the hover answers first: this node (value, version, source) in two lines, then actions, then the docs of this version', async () => {
    const md = markdown(await hover('bare/conf/application.properties', PROPS, IDENTITY_VALUE, 3));
    const paras = md.split('\n\n');
    const [first, second] = paras[0].split('  \n');
    assert.match(first, /^\*\*bare\*\* · Effective value: `Qx8Z…6PzE` \(43 chars\)$/, paras[0]);
    assert.match(second, /^Nacos 2\.5\.1 \(the keys in the file\) · From: \[bare\/conf\/application\.properties:6\]\(file:\/\/.*#L6\)/, paras[0]);
    assert.match(paras[1], /^\[Set Nacos version…\]\(command:nacosAuthLint\.server\.setVersion\?.*\) · \[Show cluster report\]\(command:nacosAuthLint\.checkWorkspace\) · \[Generate pair\]\(command:nacosAuthLint\.generateIdentityPair\?/, paras[1]);
    const args = JSON.parse(decodeURIComponent(/generateIdentityPair\?([^)]*)\)/.exec(paras[1])![1])) as { uri: string; line: number }[];
    assert.deepEqual(args, [{ uri: uri('bare/conf/application.properties'), line: 5 }]);
    assert.equal(paras[2], '---');
    assert.match(paras[3], /^### `nacos\.core\.auth\.server\.identity\.value`$/);
    // The image history stays in the rule docs: a compose service's variable reads for its own image only.
    const env = markdown(await hover('docker/compose.yaml', COMPOSE, '- NACOS_AUTH_IDENTITY_VALUE', 4));
    assert.match(env, /\(images v2\.3\.0\)|\(images 2\.3\.0\)/, env);
    assert.doesNotMatch(env, /images [0-9.]+–/, 'no version ranges');
  });

  test('identity value: hover on the value shows it masked only', async () => {
    const md = markdown(await hover('bare/conf/application.properties', PROPS, IDENTITY_VALUE, 3));
    assert.match(md, /nacos\.core\.auth\.server\.identity\.value/);
    assert.ok(md.includes('`Qx8Z…6PzE` (43 chars)'), md);
    assert.ok(!md.includes(IDENTITY_VALUE));
  });

  test('an earlier duplicate line says it is not the effective one and links the line that is', async () => {
    const md = markdown(await hover('bare/conf/application.properties', PROPS, 'old-identity-key', 2));
    const line = lineOf(PROPS, '${NACOS_ID_KEY');
    assert.ok(md.includes('This line is not what the node uses'), md);
    assert.ok(md.includes(`#L${line})`), md);
    assert.ok(!md.includes('old-identity-key'));
  });

  test('placeholder in a properties file: name, masked default, bare-metal resolution', async () => {
    const md = markdown(await hover('bare/conf/application.properties', PROPS, '${NACOS_ID_KEY', 4));
    assert.match(md, /Spring placeholder in `nacos\.core\.auth\.server\.identity\.key`/);
    assert.match(md, /Reads `NACOS_ID_KEY` from the environment/);
    assert.ok(md.includes('Default: `na…1e` (23 chars)'), md);
    assert.ok(!md.includes('nacos-identity-4f2a9c1e'));
  });

  test('compose environment item: image mapping, per-node value masked, link through ${VAR} to .env', async () => {
    const md = markdown(await hover('docker/compose.yaml', COMPOSE, '- NACOS_AUTH_IDENTITY_VALUE', 4));
    assert.match(md, /### `NACOS_AUTH_IDENTITY_VALUE`/);
    assert.match(md, /Sets `nacos\.core\.auth\.server\.identity\.value` through/);
    assert.match(md, /\*\*nacos1\*\* · Nacos 2\.2\.3 or 2\.3\.0 — assumed from the image tag/);
    assert.ok(!md.includes('**nacos2**'), 'only the service whose item is hovered');
    assert.ok(md.includes(`[docker/.env:1](file://${dir}/docker/.env#L1)`), md);
    assert.ok(md.includes('Container value: `Hn3K…j0Fa` (32 chars)'), md);
    assert.ok(!md.includes(DOTENV_VALUE), 'the .env value never appears');
  });

  test('compose interpolation ${VAR:-default}: where VAR is defined and what it feeds', async () => {
    const md = markdown(await hover('docker/compose.yaml', COMPOSE, '${IDENTITY_VALUE:-fallback}', 3));
    assert.match(md, /Compose interpolation of `IDENTITY_VALUE`/);
    assert.match(md, /or the default when it is unset or empty/);
    assert.ok(md.includes(`\`IDENTITY_VALUE\` is defined in [docker/.env:1](file://${dir}/docker/.env#L1)`), md);
    assert.match(md, /Feeds `NACOS_AUTH_IDENTITY_VALUE` of \*\*nacos1\*\*/);
    assert.ok(!md.includes(DOTENV_VALUE));
  });

  test('env file: the token secret shows decoded length and that it is too short, for every node using it', async () => {
    const md = markdown(await hover('docker/nacos.env', ENV, 'NACOS_AUTH_TOKEN', 2));
    assert.match(md, /### `NACOS_AUTH_TOKEN`/);
    assert.match(md, /\*\*nacos1\*\*, \*\*nacos2\*\* · Nacos 2\.2\.3 or 2\.3\.0/, 'nodes that get the same value from the same line share one section');
    assert.ok(md.includes('11 bytes: shorter than 32, rejected'), md);
    assert.ok(md.includes(`[docker/nacos.env:3](file://${dir}/docker/nacos.env#L3)`), md);
    assert.ok(!md.includes(SHORT_TOKEN));
  });

  test('switches are shown as written', async () => {
    const md = markdown(await hover('docker/nacos.env', ENV, 'NACOS_AUTH_ENABLE', 2));
    assert.match(md, /Sets `nacos\.core\.auth\.enabled` as `-Dnacos\.core\.auth\.enabled=…`/);
    assert.match(md, /Effective value: `true`/);
  });

  test('the client locale picks the language (zh-cn)', async () => {
    const zh = await startTestServer(dir, { locale: 'zh-CN' });
    try {
      const props = uri('bare/conf/application.properties');
      zh.client.sendNotification('textDocument/didOpen', { textDocument: { uri: props, languageId: 'properties', version: 1, text: PROPS } });
      await zh.waitFor(props, p => p.version === 1);
      const h = await zh.client.sendRequest('textDocument/hover', { textDocument: { uri: uri('bare/conf/application.properties') }, position: pos(PROPS, 'nacos.core.auth.plugin.nacos.token.secret.key', 3) }) as Hover;
      const md = markdown(h);
      assert.match(md, /实际生效值：`VGhp…Nzg=` \(44 chars\) → 32 字节，HS256/);
      assert.match(md, /来源：\[bare\/conf\/application\.properties:7\]/);
    } finally {
      zh.dispose();
    }
  });

  test('completion of property names: edit, documentation, versions, present keys left out', async () => {
    const text = `${PROPS}nacos.core.auth.c`;
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('bare/conf/application.properties'), version: 2 }, contentChanges: [{ text }] });
    const lines = text.split('\n');
    const res = await complete('bare/conf/application.properties', { line: lines.length - 1, character: lines[lines.length - 1].length });
    assert.ok(res && res.items.length > 5);
    const byLabel = new Map(res.items.map(i => [i.label, i] as [string, CompletionItem]));
    const caching = byLabel.get('nacos.core.auth.caching.enabled');
    assert.ok(caching, 'caching.enabled offered');
    assert.deepEqual(caching.textEdit, { range: { start: { line: lines.length - 1, character: 0 }, end: { line: lines.length - 1, character: 17 } }, newText: 'nacos.core.auth.caching.enabled=' });
    assert.match(String(caching.detail), /boolean · Nacos 1\.\d\.\d\+/);
    assert.match((caching.documentation as MarkupContent).value, /Assumed Nacos 2\.5\.1/);
    assert.ok(!byLabel.has('nacos.core.auth.enabled'), 'a key already in the file is not offered again');
    const admin = byLabel.get('nacos.core.auth.admin.enabled');
    assert.ok(admin?.tags?.includes(1), 'a 3.x-only key is marked deprecated for 2.5.1');
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('bare/conf/application.properties'), version: 3 }, contentChanges: [{ text: PROPS }] });
    await t.waitFor(uri('bare/conf/application.properties'), p => p.version === 3);
  });

  test('completion of switch values in properties', async () => {
    const text = `${PROPS}nacos.core.auth.caching.enabled=`;
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('bare/conf/application.properties'), version: 4 }, contentChanges: [{ text }] });
    const lines = text.split('\n');
    const res = await complete('bare/conf/application.properties', { line: lines.length - 1, character: lines[lines.length - 1].length });
    assert.deepEqual(res?.items.map(i => i.label), ['true', 'false']);
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('bare/conf/application.properties'), version: 5 }, contentChanges: [{ text: PROPS }] });
    await t.waitFor(uri('bare/conf/application.properties'), p => p.version === 5);
  });

  test('completion in a compose environment list, in a map, and nowhere else', async () => {
    const list = COMPOSE.replace('      - MODE=cluster', '      - MODE=cluster\n      - NACOS_AUTH_');
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('docker/compose.yaml'), version: 2 }, contentChanges: [{ text: list }] });
    let res = await complete('docker/compose.yaml', pos(list, '- NACOS_AUTH_\n', '- NACOS_AUTH_'.length));
    const token = res?.items.find(i => i.label === 'NACOS_AUTH_TOKEN');
    assert.ok(token, 'NACOS_AUTH_TOKEN offered');
    assert.equal((token.textEdit as { newText: string }).newText, 'NACOS_AUTH_TOKEN=');
    assert.match((token.documentation as MarkupContent).value, /Sets `nacos\.core\.auth\.plugin\.nacos\.token\.secret\.key`/);
    assert.match(String(token.detail), /images /);
    assert.ok(!res!.items.some(i => i.label === 'NACOS_AUTH_IDENTITY_VALUE'), 'already in this block');

    const map = COMPOSE.replace('      NACOS_AUTH_IDENTITY_VALUE: ${IDENTITY_VALUE}', '      NACOS_AUTH_IDENTITY_VALUE: ${IDENTITY_VALUE}\n      NACOS_AUTH_EN');
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('docker/compose.yaml'), version: 3 }, contentChanges: [{ text: map }] });
    res = await complete('docker/compose.yaml', pos(map, '      NACOS_AUTH_EN', '      NACOS_AUTH_EN'.length));
    const enable = res?.items.find(i => i.label === 'NACOS_AUTH_ENABLE');
    assert.equal((enable?.textEdit as { newText: string }).newText, 'NACOS_AUTH_ENABLE: ');

    const valueText = map.replace('      NACOS_AUTH_EN', '      NACOS_AUTH_ENABLE: ');
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('docker/compose.yaml'), version: 4 }, contentChanges: [{ text: valueText }] });
    res = await complete('docker/compose.yaml', pos(valueText, 'NACOS_AUTH_ENABLE: ', 'NACOS_AUTH_ENABLE: '.length));
    assert.deepEqual(res?.items.map(i => (i.textEdit as { newText: string }).newText), ['"true"', '"false"'], 'quoted: YAML would make an unquoted true a boolean');

    res = await complete('docker/compose.yaml', pos(COMPOSE, '    image', 4));
    assert.equal(res, null, 'no variables outside environment:');
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('docker/compose.yaml'), version: 5 }, contentChanges: [{ text: COMPOSE }] });
    await t.waitFor(uri('docker/compose.yaml'), p => p.version === 5);
  });

  test('completion in an env file', async () => {
    const text = `${ENV}NACOS_AUTH_ID`;
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('docker/nacos.env'), version: 2 }, contentChanges: [{ text }] });
    const res = await complete('docker/nacos.env', { line: 3, character: 'NACOS_AUTH_ID'.length });
    const labels = res?.items.map(i => i.label) ?? [];
    assert.ok(labels.includes('NACOS_AUTH_IDENTITY_VALUE'));
    assert.ok(!labels.includes('NACOS_AUTH_IDENTITY_KEY'), 'already defined in the file');
    const v = res!.items.find(i => i.label === 'NACOS_AUTH_IDENTITY_VALUE')!;
    assert.deepEqual(v.textEdit, { range: { start: { line: 3, character: 0 }, end: { line: 3, character: 13 } }, newText: 'NACOS_AUTH_IDENTITY_VALUE=' });
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('docker/nacos.env'), version: 3 }, contentChanges: [{ text: ENV }] });
    await t.waitFor(uri('docker/nacos.env'), p => p.version === 3);
  });
});
