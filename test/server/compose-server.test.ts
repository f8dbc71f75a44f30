// The language server on a compose project: a change to `.env` or an env file re-publishes the compose file's
// diagnostics, and a change to the compose file re-publishes the env files' — whether the changed file is open
// (didChange) or closed (a file-watch event). No sleeps: every step waits for the notification it causes.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { startTestServer, type TestClient } from './lsp';

const COMPOSE = `services:
  nacos1:
    image: nacos/nacos-server:\${NACOS_VERSION}
    env_file: ./env/nacos.env
  nacos2:
    image: nacos/nacos-server:\${NACOS_VERSION}
    env_file: ./env/nacos.env
`;
// The token comes from the project .env through ${TOKEN}: the env file and .env both feed the services.
const ENV_FILE = 'NACOS_AUTH_ENABLE=true\nNACOS_SERVERS=nacos1:8848 nacos2:8848\nNACOS_AUTH_IDENTITY_KEY=2222\nNACOS_AUTH_IDENTITY_VALUE=2xxx\nNACOS_AUTH_TOKEN=${TOKEN}\n';
const DOT_ENV = 'NACOS_VERSION=v3.2.3\nTOKEN=3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=\n';

const codes = (p: PublishDiagnosticsParams | undefined) => (p?.diagnostics ?? []).map(d => String(d.code)).sort();
const has = (code: string) => (p: PublishDiagnosticsParams) => codes(p).includes(code);
const lacks = (code: string) => (p: PublishDiagnosticsParams) => !codes(p).includes(code);
/** The services a diagnostic in an env file relates to ("used by …"). */
const usedBy = (p: PublishDiagnosticsParams) => p.diagnostics.flatMap(d => (d.relatedInformation ?? []).filter(r => r.message.startsWith('used by')));

describe('language server: compose files and the env files they read', () => {
  let dir: string;
  let t: TestClient;
  let composeUri: string;
  let dotEnvUri: string;
  let envUri: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nal-compose-server-'));
    mkdirSync(join(dir, 'env'));
    writeFileSync(join(dir, 'compose.yaml'), COMPOSE);
    writeFileSync(join(dir, '.env'), DOT_ENV);
    writeFileSync(join(dir, 'env/nacos.env'), ENV_FILE);
    composeUri = `file://${dir}/compose.yaml`;
    dotEnvUri = `file://${dir}/.env`;
    envUri = `file://${dir}/env/nacos.env`;
    t = await startTestServer(dir);
  });
  after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('closed files: the published pair is reported in the env file, related to both services', async () => {
    const p = await t.waitFor(envUri, has('identity-public-value'));
    const d = p.diagnostics.find(x => x.code === 'identity-public-value')!;
    assert.deepEqual(d.range, { start: { line: 3, character: 26 }, end: { line: 3, character: 30 } });
    const used = (d.relatedInformation ?? []).filter(r => r.message.startsWith('used by'));
    assert.deepEqual(used.map(r => `${r.location.uri}:${r.location.range.start.line}`).sort(), [`${composeUri}:1`, `${composeUri}:4`]);
    assert.ok(!String(d.message).includes('2xxx'));
  });

  test('didChange of an open .env re-publishes the compose file and the env file that read it', async () => {
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: dotEnvUri, languageId: 'dotenv', version: 1, text: DOT_ENV } });
    await t.waitFor(dotEnvUri, p => p.version === 1);
    assert.ok(!codes(t.diagnostics.get(composeUri)).includes('docker-required-env-missing'));
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: dotEnvUri, version: 2 }, contentChanges: [{ text: 'NACOS_VERSION=v3.2.3\n' }] });
    // No TOKEN: the env file's ${TOKEN} is empty, so the v3 entrypoint exits 255 on both services.
    const p = await t.waitFor(composeUri, has('docker-required-env-missing'));
    assert.deepEqual(p.diagnostics.filter(d => d.code === 'docker-required-env-missing').map(d => d.range.start.line).sort(), [1, 4]);
    const e = await t.waitFor(envUri, has('docker-undefined-variable'));
    assert.deepEqual(e.diagnostics.find(d => d.code === 'docker-undefined-variable')!.range, { start: { line: 4, character: 17 }, end: { line: 4, character: 25 } });
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: dotEnvUri, version: 3 }, contentChanges: [{ text: DOT_ENV }] });
    await t.waitFor(composeUri, lacks('docker-required-env-missing'));
    await t.waitFor(envUri, lacks('docker-undefined-variable'));
  });

  test('didChange of an open env file re-publishes the compose file', async () => {
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: envUri, languageId: 'dotenv', version: 1, text: ENV_FILE } });
    await t.waitFor(envUri, p => p.version === 1 && has('identity-public-value')(p));
    // Removing the token from the env file: the v3 entrypoint now exits 255 — reported on the services in compose.yaml.
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: envUri, version: 2 }, contentChanges: [{ text: ENV_FILE.replace(/NACOS_AUTH_TOKEN=.*\n/, '') }] });
    const p = await t.waitFor(composeUri, has('docker-required-env-missing'));
    const lines = p.diagnostics.filter(d => d.code === 'docker-required-env-missing').map(d => d.range.start.line).sort();
    assert.deepEqual(lines, [1, 4]);
    // And back.
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: envUri, version: 3 }, contentChanges: [{ text: ENV_FILE }] });
    await t.waitFor(composeUri, lacks('docker-required-env-missing'));
  });

  test('didChange of the open compose file re-publishes the env file it stops (or starts) reading', async () => {
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: composeUri, languageId: 'dockercompose', version: 1, text: COMPOSE } });
    await t.waitFor(composeUri, p => p.version === 1);
    const noEnvFile = COMPOSE.replace(/    env_file: \.\/env\/nacos\.env\n/g, '');
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: composeUri, version: 2 }, contentChanges: [{ text: noEnvFile }] });
    // The env file feeds no Nacos service any more: it is linted on its own (an orphan env file, issue 14 item 6), so
    // the published pair stays, no longer related to the services.
    await t.waitFor(envUri, p => p.version === 3 && has('identity-public-value')(p) && usedBy(p).length === 0);
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: composeUri, version: 3 }, contentChanges: [{ text: COMPOSE }] });
    await t.waitFor(envUri, p => p.version === 3 && has('identity-public-value')(p) && usedBy(p).length === 2);
    t.client.sendNotification('textDocument/didClose', { textDocument: { uri: composeUri } });
    t.client.sendNotification('textDocument/didClose', { textDocument: { uri: envUri } });
    t.client.sendNotification('textDocument/didClose', { textDocument: { uri: dotEnvUri } });
    await t.waitFor(composeUri, p => p.version === undefined || p.version === null);
  });

  test('a closed .env changed on disk (file-watch event) re-publishes the compose file', async () => {
    writeFileSync(join(dir, '.env'), 'NACOS_VERSION=v3.2.3\n');
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: dotEnvUri, type: 2 }] });
    const p = await t.waitFor(composeUri, has('docker-required-env-missing'));
    assert.equal(p.diagnostics.filter(d => d.code === 'docker-required-env-missing').length, 2);
    writeFileSync(join(dir, '.env'), DOT_ENV);
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: dotEnvUri, type: 2 }] });
    await t.waitFor(composeUri, lacks('docker-required-env-missing'));
  });

  test('a closed compose file changed on disk re-publishes its env file', async () => {
    // Read by services that are clearly not Nacos (image and name): nothing is reported in it.
    writeFileSync(join(dir, 'compose.yaml'), COMPOSE.replace(/nacos\/nacos-server/g, 'mysql').replace(/nacos([12]):/g, 'db$1:'));
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: composeUri, type: 2 }] });
    await t.waitFor(envUri, p => p.diagnostics.length === 0);
    writeFileSync(join(dir, 'compose.yaml'), COMPOSE);
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: composeUri, type: 2 }] });
    await t.waitFor(envUri, p => has('identity-public-value')(p) && usedBy(p).length === 2);
    assert.equal(readFileSync(join(dir, 'compose.yaml'), 'utf8'), COMPOSE);
  });

  test('code action on the compose file: add the missing variables to the shared env file, once', async () => {
    writeFileSync(join(dir, 'env/nacos.env'), 'NACOS_AUTH_ENABLE=true\nNACOS_SERVERS=nacos1:8848 nacos2:8848\n');
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: envUri, type: 2 }] });
    const p = await t.waitFor(composeUri, has('docker-required-env-missing'));
    const d = p.diagnostics.find(x => x.code === 'docker-required-env-missing')!;
    const actions = await t.client.sendRequest('textDocument/codeAction', { textDocument: { uri: composeUri }, range: d.range, context: { diagnostics: [d] } }) as { title: string; isPreferred?: boolean; edit?: { changes: Record<string, { newText: string }[]> } }[];
    const add = actions.find(a => a.title === 'Add the missing variables with generated values');
    assert.ok(add?.isPreferred);
    assert.deepEqual(Object.keys(add!.edit!.changes), [envUri]);
    const [edit] = add!.edit!.changes[envUri];
    assert.match(edit.newText, /^NACOS_AUTH_TOKEN=[A-Za-z0-9+/]{43}=\nNACOS_AUTH_IDENTITY_KEY=nacos-identity-[0-9a-f]{8}\nNACOS_AUTH_IDENTITY_VALUE=[A-Za-z0-9_-]{43}\n$/);
  });
});
