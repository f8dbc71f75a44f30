// Issue 19 (the first ten minutes) over the in-memory LSP connection: untitled documents and documents typed from
// empty, the status the server words, the word being typed, generated completion values, scoped titles and the
// confirmation of edits in other files, the message after a cluster fix, the token secret's `.env` variant,
// .gitignore, the cluster-wide suppression, faded dead definitions, the documentation action, fix-all, live reports.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, CompletionItem, CompletionList, Diagnostic, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startTestServer, type TestClient } from './lsp';

const nodeCrypto = createRequire(__filename)('node:crypto') as { randomBytes: (n: number) => Buffer };

/** A TextDocumentEdit as this server writes it (plain or annotated text edits). */
interface DocEdit { textDocument: { uri: string }; edits: { range: unknown; newText: string; annotationId?: string }[] }

interface Status { nodes: number; view?: { visible: boolean; text: string; tooltip: string; severity: string } }

const CLUSTER = (token: string) => [
  'services:',
  '  nacos1:',
  '    image: nacos/nacos-server:v2.5.1',
  '    environment:',
  '      NACOS_AUTH_ENABLE: "true"',
  '      NACOS_AUTH_IDENTITY_KEY: nacos-identity-1a2b3c4d',
  '      NACOS_AUTH_IDENTITY_VALUE: Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE',
  `      NACOS_AUTH_TOKEN: ${token}`,
  '  nacos2:',
  '    image: nacos/nacos-server:v2.5.1',
  '    environment:',
  '      NACOS_AUTH_ENABLE: "true"',
  '      NACOS_AUTH_IDENTITY_KEY: nacos-identity-1a2b3c4d',
  '      NACOS_AUTH_IDENTITY_VALUE: Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE',
  `      NACOS_AUTH_TOKEN: ${token}`,
  '',
].join('\n');
const SHORT = 'c2hvcnRTZWNyZXQ=';

describe('issue 19 over LSP', () => {
  let dir: string;
  let t: TestClient;
  const uri = (rel: string) => `file://${dir}/${rel}`;
  const open = (u: string, languageId: string, text: string, version = 1) =>
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId, version, text } });
  const change = (u: string, version: number, text: string) =>
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: u, version }, contentChanges: [{ text }] });
  const actionsFor = async (u: string, d: Diagnostic) =>
    (await t.client.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
  const lastStatus = () => t.statuses[t.statuses.length - 1] as Status;
  const statusWhere = async (pred: (s: Status) => boolean) => {
    for (let i = 0; i < 200; i++) { if (t.statuses.length && pred(lastStatus())) return lastStatus(); await new Promise(r => setTimeout(r, 20)); }
    assert.fail(`no status matched; last: ${JSON.stringify(lastStatus())}`);
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nal-ux-'));
    t = await startTestServer(dir, { annotations: true, clientCommands: true });
  });
  after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

  test('a compose file typed line by line from empty gets its findings before it is saved; the status never says "no nodes"', async () => {
    // A document that mentions Nacos but defines no server: the status says so (and is shown), never "no nodes".
    open('untitled:Untitled-0', 'yaml', 'x: nacos/nacos-server\n');
    await t.waitFor('untitled:Untitled-0', d => d.version === 1);
    const none = await statusWhere(x => x.nodes === 0 && !!x.view?.visible);
    assert.equal(none.view?.text, 'Nacos: no node yet');
    t.client.sendNotification('textDocument/didClose', { textDocument: { uri: 'untitled:Untitled-0' } });
    const u = uri('typed/docker-compose.yml');
    mkdirSync(join(dir, 'typed'));
    writeFileSync(join(dir, 'typed/docker-compose.yml'), '');
    open(u, 'dockercompose', '');
    await t.waitFor(u, d => d.version === 1);
    const lines = ['services:', '  nacos:', '    image: nacos/nacos-server:v3.0.2', '    environment:', '      - NACOS_AUTH_IDENTITY_KEY=serverIdentity', '      - NACOS_AUTH_IDENTITY_VALUE=security', ''];
    let text = '';
    let version = 1;
    for (const line of lines) {
      text += `${line}\n`;
      change(u, ++version, text);
      const v = version;
      await t.waitFor(u, d => d.version === v);
    }
    const p = await t.waitFor(u, d => d.version === version && d.diagnostics.some(x => x.code === 'identity-public-value'));
    assert.ok(p.diagnostics.length > 0);
    assert.equal(readFileSync(join(dir, 'typed/docker-compose.yml'), 'utf8'), '', 'never saved');
    const s = await statusWhere(x => x.nodes >= 1);
    assert.match(s.view!.text, /^Nacos: 1 node, \d+ problems?$/);
    assert.match(s.view!.tooltip, /1 cluster · 0 inconsistent · \d+ errors? · \d+ warnings?/);
    t.client.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
  });

  test('an untitled document in Compose gets diagnostics as a compose file (and its language decides the kind)', async () => {
    const u = 'untitled:Untitled-1';
    const text = 'services:\n  n:\n    image: nacos/nacos-server:v2.5.1\n    environment:\n      NACOS_AUTH_IDENTITY_KEY: serverIdentity\n      NACOS_AUTH_IDENTITY_VALUE: security\n';
    open(u, 'dockercompose', text);
    const p = await t.waitFor(u, d => d.version === 1 && d.diagnostics.some(x => x.code === 'identity-public-value'));
    assert.ok(p.diagnostics.every(d => d.range.start.line < 6));
    const props = 'untitled:Untitled-2';
    open(props, 'properties', 'nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=security\n');
    await t.waitFor(props, d => d.version === 1 && d.diagnostics.some(x => x.code === 'identity-public-value'));
    for (const x of [u, props]) t.client.sendNotification('textDocument/didClose', { textDocument: { uri: x } });
  });

  test('unknown-auth-setting waits while its word is typed, and appears when the cursor leaves it', async () => {
    mkdirSync(join(dir, 'typing'));
    const u = uri('typing/application.properties');
    const base = 'nacos.core.auth.enabled=true\n';
    writeFileSync(join(dir, 'typing/application.properties'), base);
    open(u, 'properties', base);
    await t.waitFor(u, d => d.version === 1);
    let text = base;
    let version = 1;
    for (const c of 'nacos.core.auth.fo') {
      text += c;
      change(u, ++version, text);
    }
    const v = version;
    const p = await t.waitFor(u, d => d.version === v);
    assert.ok(!p.diagnostics.some(d => d.code === 'unknown-auth-setting'), 'held back while typed');
    // The cursor moves to the next line: the word is complete.
    t.client.sendNotification('nacosAuthLint/cursor', { uri: u, line: 0, character: 3 });
    const q = await t.waitFor(u, d => d.diagnostics.some(x => x.code === 'unknown-auth-setting'));
    assert.equal(q.version, v);
    // A paste is not typing: the finding shows at once.
    text += '\nnacos.core.auth.bar=1\n';
    change(u, ++version, text);
    const w = version;
    const r = await t.waitFor(u, d => d.version === w);
    assert.equal(r.diagnostics.filter(d => d.code === 'unknown-auth-setting').length, 2);
  });

  test('completion: "generate 32 random bytes (Base64)" after the token secret key, drawn only on resolve', async () => {
    const u = uri('typing/application.properties');
    const text = 'nacos.core.auth.enabled=true\nnacos.core.auth.plugin.nacos.token.secret.key=\n';
    change(u, 100, text);
    await t.waitFor(u, d => d.version === 100);
    const real = nodeCrypto.randomBytes;
    let calls = 0;
    nodeCrypto.randomBytes = (n: number) => { calls++; return real(n); };
    let list: CompletionList;
    try {
      list = (await t.client.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line: 1, character: 46 } })) as CompletionList;
    } finally { nodeCrypto.randomBytes = real; }
    assert.equal(calls, 0, 'nothing drawn for listing');
    const gen = list.items.find(i => i.label === 'generate 32 random bytes (Base64)');
    assert.ok(gen, list.items.map(i => i.label).join(', '));
    assert.equal((gen.textEdit as { newText: string }).newText, '');
    const resolved = (await t.client.sendRequest('completionItem/resolve', gen)) as CompletionItem;
    const [e] = resolved.additionalTextEdits!;
    assert.deepEqual(e.range, { start: { line: 1, character: 46 }, end: { line: 1, character: 46 } });
    assert.equal(Buffer.from(e.newText, 'base64').length, 32);
    assert.ok(!t.logs.join('\n').includes(e.newText));
    const again = (await t.client.sendRequest('completionItem/resolve', gen)) as CompletionItem;
    assert.notEqual(again.additionalTextEdits![0].newText, e.newText, 'a fresh value each time');
    // The identity value and an env file's NACOS_AUTH_TOKEN=.
    change(u, 101, 'nacos.core.auth.server.identity.value=\n');
    await t.waitFor(u, d => d.version === 101);
    const idList = (await t.client.sendRequest('textDocument/completion', { textDocument: { uri: u }, position: { line: 0, character: 38 } })) as CompletionList;
    const idGen = idList.items.find(i => i.label === 'generate identity value')!;
    const idVal = ((await t.client.sendRequest('completionItem/resolve', idGen)) as CompletionItem).additionalTextEdits![0].newText;
    assert.match(idVal, /^[A-Za-z][A-Za-z0-9_-]{42}$/);
    const envU = uri('typing/nacos.env');
    open(envU, 'dotenv', 'NACOS_AUTH_TOKEN=\n');
    await t.waitFor(envU, d => d.version === 1);
    const envList = (await t.client.sendRequest('textDocument/completion', { textDocument: { uri: envU }, position: { line: 0, character: 17 } })) as CompletionList;
    assert.ok(envList.items.some(i => i.label === 'generate 32 random bytes (Base64)'));
  });

  test('cluster fixes: titles name the scope, edits in other files ask for confirmation, then "restart all members together"', async () => {
    mkdirSync(join(dir, 'bare/node1/conf'), { recursive: true });
    mkdirSync(join(dir, 'bare/node2/conf'), { recursive: true });
    const props = 'nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=security\n';
    for (const n of ['node1', 'node2']) {
      writeFileSync(join(dir, `bare/${n}/conf/application.properties`), props);
      writeFileSync(join(dir, `bare/${n}/conf/cluster.conf`), '10.0.0.1:8848\n10.0.0.2:8848\n');
    }
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: ['node1', 'node2'].map(n => ({ uri: uri(`bare/${n}/conf/application.properties`), type: 1 })) });
    const u = uri('bare/node1/conf/application.properties');
    open(u, 'properties', props);
    const p = await t.waitFor(u, d => d.version === 1 && d.diagnostics.some(x => x.code === 'identity-public-value'));
    const actions = await actionsFor(u, p.diagnostics.find(x => x.code === 'identity-public-value')!);
    const gen = actions.find(a => a.title === 'Generate secure identity pair for node1, node2 (2 files)');
    assert.ok(gen, actions.map(a => a.title).join(' | '));
    const edit = gen.edit as WorkspaceEdit;
    const docs = edit.documentChanges as unknown as DocEdit[];
    const here = docs.find(d => d.textDocument.uri === u)!;
    const other = docs.find(d => d.textDocument.uri !== u)!;
    // One annotation asks for the refactor preview; it sits on an empty edit, so every member's edit stays ticked there.
    const annotated = docs.flatMap(d => d.edits).filter(e => 'annotationId' in e);
    assert.equal(annotated.length, 1);
    assert.deepEqual([annotated[0].range, annotated[0].newText], [{ start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, '']);
    assert.ok(here.edits.some(e => !('annotationId' in e) && e.newText.includes('nacos-identity-')));
    assert.ok(other.edits.every(e => !('annotationId' in e)) && other.edits.some(e => e.newText.includes('nacos-identity-')));
    const note = edit.changeAnnotations![(annotated[0] as { annotationId: string }).annotationId];
    assert.equal(note.needsConfirmation, true);
    assert.equal(note.label, 'Nacos: this fix edits 2 files (every member of the cluster)');
    assert.equal(gen.command?.command, 'nacosAuthLint.afterFix');
    const msg = gen.command!.arguments![0] as { text: string; actions: { title: string; command: string }[] };
    assert.match(msg.text, /Restart all members together/);
    assert.match(msg.text, /node1, node2/);
    assert.deepEqual(msg.actions.map(a => a.command), ['nacosAuthLint.checkWorkspace']);
    assert.ok(actions.some(a => a.title === 'Show documentation for identity-public-value' && a.command?.command === 'nacosAuthLint.showRuleDoc'));
  });

  test('cluster findings are suppressed for the cluster, the comment carries -- reason', async () => {
    const u = uri('bare/node1/conf/application.properties');
    const other = 'nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=nacos-identity-1a2b3c4d\nnacos.core.auth.server.identity.value=Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE\n';
    const mine = other.replace('Qx8Z', 'Zx8Q');
    change(u, 2, mine);
    const u2 = uri('bare/node2/conf/application.properties');
    open(u2, 'properties', other);
    const p = await t.waitFor(u, d => d.version === 2 && d.diagnostics.some(x => x.code === 'cluster-identity-mismatch'));
    const actions = await actionsFor(u, p.diagnostics.find(x => x.code === 'cluster-identity-mismatch')!);
    const s = actions.find(a => a.title.startsWith('Suppress cluster-identity-mismatch for cluster'));
    assert.ok(s, actions.map(a => a.title).join(' | '));
    assert.match(s.title, /\(2 places\)$/);
    const docs = (s.edit as WorkspaceEdit).documentChanges as unknown as DocEdit[];
    assert.deepEqual(docs.map(d => d.textDocument.uri).sort(), [u, u2].sort());
    for (const d of docs) assert.match(d.edits.filter(e => !e.annotationId)[0].newText, /^# nacos-auth-lint-disable-next-line cluster-identity-mismatch -- reason\n$/);
    for (const x of [u, u2]) t.client.sendNotification('textDocument/didClose', { textDocument: { uri: x } });
  });

  test('token secret: the .env variant exists for compose literals and is preferred when the project has a .env; creating .env offers .gitignore', async () => {
    mkdirSync(join(dir, 'c1'));
    const text = CLUSTER(SHORT);
    writeFileSync(join(dir, 'c1/compose.yaml'), text);
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\n');
    const u = uri('c1/compose.yaml');
    open(u, 'dockercompose', text);
    const p = await t.waitFor(u, d => d.version === 1 && d.diagnostics.some(x => x.code === 'secret-too-short'));
    let actions = await actionsFor(u, p.diagnostics.find(x => x.code === 'secret-too-short')!);
    const lit = actions.find(a => a.title.startsWith('Generate token secret (32 bytes, HS256) for'))!;
    const env = actions.find(a => a.title.startsWith('Generate token secret (32 bytes, HS256) in the project .env'))!;
    assert.ok(lit && env, actions.map(a => a.title).join(' | '));
    assert.equal(lit.isPreferred, true, 'no .env yet: the literal is preferred');
    assert.equal(env.isPreferred, false);
    const msg = env.command!.arguments![0] as { text: string; actions: { title: string; command: string; arguments?: unknown[] }[] };
    assert.match(msg.text, /created c1\/\.env/);
    const ignore = msg.actions.find(a => a.command === 'nacosAuthLint.server.ignoreFile')!;
    assert.equal(ignore.title, 'Add .env to .gitignore');
    const before = t.applied.length;
    assert.equal(await t.client.sendRequest('workspace/executeCommand', { command: ignore.command, arguments: ignore.arguments }), true);
    const gi = t.applied[before].edit.changes![uri('.gitignore')];
    assert.equal(gi[0].newText, '/c1/.env\n');
    // With a project .env the .env variant comes first and is preferred.
    writeFileSync(join(dir, 'c1/.env'), 'OTHER=1\n');
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('c1/.env'), type: 1 }] });
    change(u, 2, text + '\n');
    const q = await t.waitFor(u, d => d.version === 2 && d.diagnostics.some(x => x.code === 'secret-too-short'));
    actions = await actionsFor(u, q.diagnostics.find(x => x.code === 'secret-too-short')!);
    const env2 = actions.find(a => a.title.startsWith('Generate token secret (32 bytes, HS256) in the project .env'))!;
    assert.equal(env2.isPreferred, true);
    assert.ok(actions.findIndex(a => a === env2) < actions.findIndex(a => a.title.startsWith('Generate token secret (32 bytes, HS256) for')));
    t.client.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
  });

  test('a member overriding the shared env file: "Remove this override (use the shared file)", preferred, deletes the line', async () => {
    mkdirSync(join(dir, 'ov/env'), { recursive: true });
    writeFileSync(join(dir, 'ov/env/nacos.env'), 'NACOS_AUTH_ENABLE=true\nNACOS_AUTH_IDENTITY_KEY=nacos-identity-1a2b3c4d\nNACOS_AUTH_IDENTITY_VALUE=Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE\n');
    const svc = (n: string, extra = '') => `  ${n}:\n    image: nacos/nacos-server:v2.5.1\n    env_file:\n      - ./env/nacos.env\n${extra}`;
    const text = `services:\n${svc('nacos1')}${svc('nacos2')}${svc('nacos3', '    environment:\n      - NACOS_AUTH_IDENTITY_VALUE=my-own-value-for-node3\n')}`;
    writeFileSync(join(dir, 'ov/compose.yaml'), text);
    const u = uri('ov/compose.yaml');
    open(u, 'dockercompose', text);
    const p = await t.waitFor(u, d => d.version === 1 && d.diagnostics.some(x => x.code === 'cluster-identity-mismatch'));
    const d = p.diagnostics.find(x => x.code === 'cluster-identity-mismatch')!;
    const actions = await actionsFor(u, d);
    const rm = actions.find(a => a.title === 'Remove this override (use the shared file)');
    assert.ok(rm, actions.map(a => a.title).join(' | '));
    assert.equal(rm.isPreferred, true);
    assert.ok(actions.filter(a => a !== rm).every(a => !a.isPreferred), 'the generated pair is not preferred over it');
    const next = TextDocument.applyEdits(TextDocument.create(u, 'dockercompose', 1, text), rm.edit!.changes![u]);
    assert.ok(!next.includes('my-own-value-for-node3'));
    assert.ok(!/- \n|-\s*$/.test(next.split('environment:')[1] ?? ''), 'no empty list item left');
    change(u, 2, next);
    const q = await t.waitFor(u, x => x.version === 2);
    assert.ok(!q.diagnostics.some(x => x.code === 'cluster-identity-mismatch'));
    t.client.sendNotification('textDocument/didClose', { textDocument: { uri: u } });
  });

  test('the walkthrough\'s button fixes the first published pair of the workspace for its cluster', async () => {
    const before = t.applied.length;
    const r = (await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.generateIdentityPair', arguments: [{ firstPublished: true }] })) as { applied?: boolean; uri?: string; line?: number; text?: string };
    assert.equal(r.applied, true);
    assert.equal(r.text, undefined, 'nothing for the clipboard');
    assert.ok(r.uri?.startsWith('file://') && typeof r.line === 'number');
    const edit = t.applied[before].edit;
    const touched = Object.keys(edit.changes ?? {}).concat(((edit.documentChanges ?? []) as { textDocument?: { uri: string } }[]).flatMap(d => (d.textDocument ? [d.textDocument.uri] : [])));
    assert.ok(touched.includes(r.uri!), 'the file of the published pair is fixed');
  });

  test('dead definitions are faded (DiagnosticTag.Unnecessary)', async () => {
    mkdirSync(join(dir, 'dup'));
    const text = 'nacos.core.auth.enabled=false\nnacos.core.auth.enabled=true\n';
    writeFileSync(join(dir, 'dup/application.properties'), text);
    const u = uri('dup/application.properties');
    open(u, 'properties', text);
    const p = await t.waitFor(u, d => d.version === 1 && d.diagnostics.some(x => x.code === 'duplicate-key'));
    const d = p.diagnostics.find(x => x.code === 'duplicate-key')!;
    assert.deepEqual(d.tags, [1]);
    assert.equal(d.range.start.line, 0, 'the earlier, dead line');
    assert.ok(p.diagnostics.filter(x => x.code !== 'duplicate-key').every(x => !x.tags));
  });

  test('"Fix All Auto-fixable Problems": applies the deterministic fixes of the file through workspace/applyEdit', async () => {
    const u = uri('dup/application.properties');
    const before = t.applied.length;
    const r = (await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.fixAll', arguments: [{ uri: u }] })) as { rounds: number };
    assert.ok(t.applied.length > before, 'an edit was applied');
    assert.ok(r.rounds >= 1);
    const changes = t.applied[before].edit.changes![u];
    const next = TextDocument.applyEdits(TextDocument.create(u, 'properties', 1, 'nacos.core.auth.enabled=false\nnacos.core.auth.enabled=true\n'), changes);
    assert.equal(next, 'nacos.core.auth.enabled=true\n');
  });

  test('reports: a settings × members matrix with ✔/✘, command links, "Fix this cluster", sent again when the workspace is re-linted', async () => {
    const sent: { command?: string; markdown: string }[] = [];
    t.client.onNotification('nacosAuthLint/report', (r: { command?: string; markdown: string }) => { sent.push(r); });
    const r = (await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.checkWorkspace', arguments: [{ live: true }] })) as { title: string; markdown: string };
    assert.equal(r.title, 'Nacos Cluster Consistency');
    // The override cluster (ov/) was fixed; bare/ has node1 and node2 with different values.
    const section = r.markdown.split('\n## ').find(x => x.includes('node1 | node2'))!;
    assert.ok(section, r.markdown);
    assert.match(section, /^bare\/node[12]\/conf\/cluster\.conf|— same cluster\.conf, 2 members/m);
    assert.match(section, /\| identity pair \| [✔✘] \| [✔✘] \|/);
    assert.match(section, /\| auth enabled \| ✔ true \| ✔ true \|/);
    // A version guessed from the keys is a range, shown as the findings name it (not one release of it).
    assert.match(section, /\| Nacos version \| (\d+\.\d+\.\d+–\d+\.\d+\.\d+) \| \1 \|/);
    assert.doesNotMatch(r.markdown, /cluster-conf|compose-service|\(properties\)/, 'no internal kind names');
    assert.doesNotMatch(r.markdown, /1 nodes|1 members|1 clusters/, 'plurals');
    // Links are commands: file:line opens the file, "Fix this cluster" runs the cluster's fixes.
    assert.match(r.markdown, /\[[^\]]+:\d+\]\(command:nacosAuthLint\.server\.showLocation\?/);
    assert.ok(!r.markdown.includes('Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE'), 'no secret in the report');
    const eff = (await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.explain', arguments: [{ live: true }] })) as { markdown: string };
    assert.match(eff.markdown, /## Cluster .* — /);
    assert.match(eff.markdown, /\| setting \| /);
    assert.match(eff.markdown, /command:nacosAuthLint\.server\.showLocation/);
    assert.doesNotMatch(eff.markdown, /Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE/);
    const u = uri('dup/application.properties');
    change(u, 9, 'nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=serverIdentity\nnacos.core.auth.server.identity.value=security\n');
    for (let i = 0; i < 200 && !sent.some(x => x.command === 'nacosAuthLint.server.checkWorkspace'); i++) await new Promise(res => setTimeout(res, 25));
    const again = sent.find(x => x.command === 'nacosAuthLint.server.checkWorkspace');
    assert.ok(again, 'the report was sent again');
    assert.notEqual(again.markdown, r.markdown);
  });

  test('"Fix this cluster" applies the preferred fix of each kind of mismatch as one edit', async () => {
    // The bare cluster disagrees on disk: node2 has its own private pair, node1 the published one.
    writeFileSync(join(dir, 'bare/node2/conf/application.properties'), 'nacos.core.auth.enabled=true\nnacos.core.auth.server.identity.key=nacos-identity-1a2b3c4d\nnacos.core.auth.server.identity.value=Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE\n');
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('bare/node2/conf/application.properties'), type: 2 }] });
    // node1's published pair holds the mismatch (its fix writes one pair to both members).
    await t.waitFor(uri('bare/node1/conf/application.properties'), d => d.diagnostics.some(x => x.relatedInformation?.some(r => /^Also fixed by this: .*cluster-identity-mismatch/.test(r.message))));
    const r = (await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.checkWorkspace', arguments: [{ live: true }] })) as { markdown: string; clusters: { id: string; members: string[] }[] };
    const link = /\[Fix this cluster\]\(command:nacosAuthLint\.server\.fixCluster\?([^)]*)\)/.exec(r.markdown);
    assert.ok(link, r.markdown);
    const args = JSON.parse(decodeURIComponent(link[1])) as string[];
    const before = t.applied.length;
    const res = (await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.fixCluster', arguments: args })) as { fixed: number };
    assert.ok(res.fixed >= 1);
    assert.equal(t.applied.length, before + 1, 'one edit');
    // Settle: the check answers once the analysis is up to date, so nothing is still being published when the test ends.
    await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.checkWorkspace', arguments: [] });
  });
});

describe('issue 19 in Chinese', () => {
  test('quick-fix titles and the status follow the display language', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nal-ux-zh-'));
    const t = await startTestServer(dir, { locale: 'zh-cn', clientCommands: true });
    try {
      mkdirSync(join(dir, 'c'));
      const text = CLUSTER(SHORT).replace(/Qx8Zt2mL0pVb7sRkWc3nYh5dFj9aGe1uIo4TqNw6PzE/g, 'security');
      writeFileSync(join(dir, 'c/compose.yaml'), text);
      const u = `file://${dir}/c/compose.yaml`;
      t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: u, languageId: 'dockercompose', version: 1, text } });
      const p = await t.waitFor(u, d => d.version === 1 && d.diagnostics.some(x => x.code === 'identity-public-value'));
      const actions = (await t.client.sendRequest('textDocument/codeAction', { textDocument: { uri: u }, range: p.diagnostics[0].range, context: { diagnostics: p.diagnostics } })) as CodeAction[];
      const titles = actions.map(a => a.title);
      assert.ok(titles.includes('生成安全的身份标识对：nacos1, nacos2（1 个文件）'), titles.join(' | '));
      assert.ok(titles.some(x => x.startsWith('生成令牌密钥（32 字节，HS256）')), titles.join(' | '));
      assert.ok(titles.some(x => x.startsWith('在此行禁用 ')), titles.join(' | '));
      // Version explanations follow the language too: "Nacos 2.5.1 (image tag)" in a message reads （镜像标签）.
      const versioned = p.diagnostics.map(d => String(d.message)).find(m => /Nacos 2\.5\.1/.test(m));
      assert.ok(versioned, "a message names the version");
      assert.match(versioned, /Nacos 2\.5\.1（来自镜像标签）/, versioned);
      const report = (await t.client.sendRequest('workspace/executeCommand', { command: 'nacosAuthLint.server.checkWorkspace', arguments: [{ live: true }] })) as { title: string; markdown: string };
      assert.equal(report.title, 'Nacos 集群一致性');
      assert.match(report.markdown, /\| 设置 \| nacos1 \| nacos2 \|/);
      assert.match(report.markdown, /compose 项目，2 个成员/);
      const s = t.statuses[t.statuses.length - 1] as Status;
      assert.match(s.view!.text, /^Nacos：2 个节点，\d+ 个问题$/);
    } finally {
      t.dispose();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
