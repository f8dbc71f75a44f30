// The language server on the files that run or build Nacos: squiggles while typing in a shell script, a Markdown
// code block and a Dockerfile (each keystroke's publication matches the text of that version), hover with
// provenance on a `-e` word, a fix that converges (applied, re-linted: the finding is gone), and files without a
// Nacos image skipped. No sleeps: every step waits for the notification it causes.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublishDiagnosticsParams, CodeAction, Hover, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { startTestServer, type TestClient } from './lsp';

const TOKEN = '3q2+7wQm1Y8rZb5Kc0Lx9Vn4Ts6Pa2Ju8Hd1Fg7Ei3A=';
const SCRIPT = `#!/bin/sh\ndocker run -d --name nacos \\\n  -e MODE=standalone \\\n  -e NACOS_AUTH_ENABLE=true \\\n  nacos/nacos-server:v2.4.3\n`;
const README = `# Nacos\n\nStart it:\n\n\`\`\`bash\ndocker run -d -e MODE=standalone nacos/nacos-server:v2.4.3\n\`\`\`\n`;
const DOCKERFILE = 'FROM nacos/nacos-server:v2.4.3\nENV MODE=standalone\n';

const codes = (p: PublishDiagnosticsParams | undefined) => (p?.diagnostics ?? []).map(d => String(d.code)).sort();

describe('language server: scripts, Markdown and Dockerfiles', () => {
  let dir: string;
  let t: TestClient;
  const uri = (rel: string) => `file://${dir}/${rel}`;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nal-script-server-'));
    mkdirSync(join(dir, 'docs'));
    writeFileSync(join(dir, 'deploy.sh'), SCRIPT);
    writeFileSync(join(dir, 'docs/README.md'), README);
    writeFileSync(join(dir, 'Dockerfile'), DOCKERFILE);
    writeFileSync(join(dir, 'other.sh'), '#!/bin/sh\ndocker run -d redis:7\n');
    t = await startTestServer(dir);
  });
  after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

  /** Opens a document and types `steps` (whole texts, one version each); each publication belongs to its version. */
  async function typing(rel: string, languageId: string, first: string, steps: string[]): Promise<PublishDiagnosticsParams[]> {
    const seen: PublishDiagnosticsParams[] = [];
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri(rel), languageId, version: 1, text: first } });
    seen.push(await t.waitFor(uri(rel), p => p.version === 1));
    for (let i = 0; i < steps.length; i++) {
      t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri(rel), version: i + 2 }, contentChanges: [{ text: steps[i] }] });
      seen.push(await t.waitFor(uri(rel), p => p.version === i + 2));
    }
    return seen;
  }

  test('a .sh: squiggles while typing a token on the docker run line, and gone again', async () => {
    const withToken = SCRIPT.replace('  -e NACOS_AUTH_ENABLE=true', `  -e NACOS_AUTH_ENABLE=true \\\n  -e NACOS_AUTH_TOKEN=${TOKEN}`);
    const withPublic = SCRIPT.replace('  -e NACOS_AUTH_ENABLE=true', '  -e NACOS_AUTH_ENABLE=true \\\n  -e NACOS_AUTH_TOKEN=SecretKey012345678901234567890123456789012345678901234567890123456789');
    const [first, second, third, fourth] = await typing('deploy.sh', 'shellscript', SCRIPT, [withToken, withPublic, SCRIPT]);
    assert.ok(codes(first).includes('identity-missing'), codes(first).join());
    assert.ok(codes(second).includes('secret-in-command-line'), codes(second).join());
    const d = second.diagnostics.find(x => x.code === 'secret-in-command-line')!;
    assert.deepEqual(d.range.start, { line: 4, character: 2 });
    assert.ok(!String(d.message).includes(TOKEN));
    assert.ok(codes(third).includes('secret-public-value'));
    assert.ok(!codes(fourth).includes('secret-in-command-line'));
  });

  test('hover on the -e word: the variable, the masked value, where it was written', async () => {
    const text = SCRIPT.replace('  -e NACOS_AUTH_ENABLE=true', `  -e NACOS_AUTH_ENABLE=true \\\n  -e NACOS_AUTH_TOKEN=${TOKEN}`);
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('deploy.sh'), version: 20 }, contentChanges: [{ text }] });
    await t.waitFor(uri('deploy.sh'), p => p.version === 20);
    const h = await t.client.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: uri('deploy.sh') }, position: { line: 4, character: 8 } });
    const md = h && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '';
    assert.match(md, /### `NACOS_AUTH_TOKEN`/);
    assert.ok(md.includes(`(file://${dir}/deploy.sh#L5)`), md);
    assert.ok(md.includes('`3q2+…i3A=` (44 chars) → 32 bytes, HS256'), md);
    assert.match(md, /-e NACOS\\_AUTH\\_TOKEN in deploy\.sh/);
    assert.ok(!md.includes(TOKEN));
  });

  test('the preferred fix moves the token into a git-ignored env file, and the finding is gone after it', async () => {
    const text = SCRIPT.replace('  -e NACOS_AUTH_ENABLE=true', `  -e NACOS_AUTH_ENABLE=true \\\n  -e NACOS_AUTH_TOKEN=${TOKEN}`);
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('deploy.sh'), version: 30 }, contentChanges: [{ text }] });
    const p = await t.waitFor(uri('deploy.sh'), x => x.version === 30);
    const d = p.diagnostics.find(x => x.code === 'secret-in-command-line')!;
    const actions = await t.client.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: uri('deploy.sh') }, range: d.range, context: { diagnostics: [d] } });
    const move = actions.find(a => a.isPreferred && a.diagnostics?.some(x => x.code === 'secret-in-command-line'))!;
    assert.ok(move, actions.map(a => a.title).join(' | '));
    const edit = move.edit as WorkspaceEdit;
    const edits = new Map<string, TextEdit[]>();
    for (const c of edit.documentChanges ?? []) if ('textDocument' in c) edits.set(c.textDocument.uri, c.edits as TextEdit[]);
    assert.deepEqual([...edits.keys()].sort(), [uri('.gitignore'), uri('deploy.sh'), uri('nacos-auth.env')].sort());
    const script = applyText(text, edits.get(uri('deploy.sh'))!);
    assert.ok(!script.includes(TOKEN) && script.includes('--env-file ./nacos-auth.env nacos/nacos-server:v2.4.3'), script);
    writeFileSync(join(dir, 'nacos-auth.env'), applyText('', edits.get(uri('nacos-auth.env'))!));
    t.client.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uri('nacos-auth.env'), type: 1 }] });
    t.client.sendNotification('textDocument/didChange', { textDocument: { uri: uri('deploy.sh'), version: 31 }, contentChanges: [{ text: script }] });
    const after = await t.waitFor(uri('deploy.sh'), x => x.version === 31);
    assert.ok(!codes(after).includes('secret-in-command-line'), codes(after).join());
  });

  test('a Markdown code block: squiggles while typing inside the block', async () => {
    const typed = README.replace('-e MODE=standalone', '-e MODE=standalone -e NACOS_AUTH_TOKEN=SecretKey012345678901234567890123456789012345678901234567890123456789');
    const [first, second] = await typing('docs/README.md', 'markdown', README, [typed]);
    assert.ok(!codes(first).includes('secret-public-value'));
    assert.ok(codes(second).includes('secret-public-value'), codes(second).join());
    const d = second.diagnostics.find(x => x.code === 'secret-public-value')!;
    assert.equal(d.range.start.line, 5);
    assert.ok(!codes(second).includes('secret-in-command-line'), 'a Markdown example is not a committed command line');
  });

  test('a Dockerfile: squiggles while typing an ENV line, at the value', async () => {
    const typed = `${DOCKERFILE}ENV NACOS_AUTH_IDENTITY_KEY=serverIdentity NACOS_AUTH_IDENTITY_VALUE=security\n`;
    const [first, second] = await typing('Dockerfile', 'dockerfile', DOCKERFILE, [typed]);
    assert.deepEqual(codes(first).filter(c => c !== 'auth-disabled'), []);
    assert.ok(codes(second).includes('identity-public-value'), codes(second).join());
    const d = second.diagnostics.find(x => x.code === 'identity-public-value')!;
    assert.equal(d.range.start.line, 2);
  });

  test('a script without a Nacos image gets nothing', async () => {
    t.client.sendNotification('textDocument/didOpen', { textDocument: { uri: uri('other.sh'), languageId: 'shellscript', version: 1, text: '#!/bin/sh\ndocker run -d redis:7\n' } });
    const p = await t.waitFor(uri('other.sh'), x => x.version === 1);
    assert.deepEqual(codes(p), []);
  });
});

function applyText(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (l: number, c: number) => lines.slice(0, l).reduce((n, s) => n + s.length + 1, 0) + c;
  const sorted = [...edits].sort((a, b) => offset(b.range.start.line, b.range.start.character) - offset(a.range.start.line, a.range.start.character));
  let out = text;
  for (const e of sorted) out = out.slice(0, offset(e.range.start.line, e.range.start.character)) + e.newText + out.slice(offset(e.range.end.line, e.range.end.character));
  return out;
}
