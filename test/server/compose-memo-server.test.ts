// The language server on a large compose file, edited keystroke by keystroke: it reuses unchanged services from the
// previous analysis (core/model/composeMemo.ts) and re-parses only the edited entry (yamlTree.ts `reparse`). After
// every edit the published diagnostics must equal a fresh analysis of the same text, and the quick fixes it offers
// for findings it reused must edit the current text exactly as a fresh analysis's fixes do.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CodeAction, PublishDiagnosticsParams, TextEdit as LspEdit } from 'vscode-languageserver-protocol';
import { analyze } from '../../server/src/core';
import { LineIndex } from '../../server/src/core';
import { startTestServer, type TestClient } from './lsp';

const GROUPS = 12;
const TOKEN = 'q3Zr8Jd0Lx2Wm9Tb5Yh1Nc7Vf4Ke6Gs3Ap0Ru8Ei2Oz5=';

/** 48 Nacos services in 12 clusters of 4, the auth pair written in each service; group 3 disagrees, group 7 is weak. */
function composeText(): string {
  const out = ['name: memo', 'x-nacos: &nacos', '  image: nacos/nacos-server:v2.4.3', '  restart: always', '', 'services:'];
  for (let g = 0; g < GROUPS; g++) {
    const names = [0, 1, 2, 3].map(k => `nacos-${g}-${k}`);
    for (const [k, name] of names.entries()) {
      out.push(`  ${name}:`, '    <<: *nacos', '    environment:');
      out.push('      MODE: cluster', `      NACOS_SERVERS: "${names.map(n => `${n}:8848`).join(' ')}"`, '      NACOS_AUTH_ENABLE: "true"');
      out.push(`      NACOS_AUTH_IDENTITY_KEY: clusterKey${g}`);
      out.push(`      NACOS_AUTH_IDENTITY_VALUE: ${g === 7 ? 'abc' : g === 3 && k === 2 ? 'OtherValue0123456789abcdefXYZ' : `Value${g}x0123456789abcdefghijKLMN`}`);
      out.push(`      NACOS_AUTH_TOKEN: ${TOKEN}`, '      JVM_XMN: 256m', '');
    }
  }
  out.push('networks:', '  default: {}', '');
  return out.join('\n');
}

let dir: string;
let t: TestClient;
let uri: string;
let path: string;
let text: string;
let version = 1;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'nal-memo-server-'));
  path = join(dir, 'compose.yaml');
  uri = `file://${path}`;
  text = composeText();
  writeFileSync(path, text);
  writeFileSync(join(dir, '.env'), 'UNUSED=1\n');
  t = await startTestServer(dir);
  t.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockercompose', version, text } });
  await t.waitFor(uri, p => p.version === version);
});
after(() => { t.dispose(); rmSync(dir, { recursive: true, force: true }); });

const fresh = () => analyze({
  files: [{ path, text }], readFile: p => { try { return readFileSync(p, 'utf8'); } catch { return undefined; } },
  relPath: p => (p.startsWith(`${dir}/`) ? p.slice(dir.length + 1) : p), rootFor: () => dir,
});

/** A fresh analysis's findings of the compose file as the server would publish them. */
function expected(): unknown[] {
  const idx = new LineIndex(text);
  return (fresh().findings.get(path) ?? []).map(f => ({
    code: f.ruleId, message: f.message,
    range: { start: idx.position(f.span.start), end: idx.position(f.span.end) },
    related: f.related.map(r => ({ uri: `file://${r.path}`, start: r.path === path ? idx.position(r.span.start) : r.span.start, message: r.message })),
  })).sort(order);
}

function published(p: PublishDiagnosticsParams): unknown[] {
  const idx = new LineIndex(text);
  return p.diagnostics.map(d => ({
    code: d.code, message: d.message, range: d.range,
    related: (d.relatedInformation ?? []).map(r => ({ uri: r.location.uri, start: r.location.uri === uri ? r.location.range.start : idx.offset(0, 0) + offsetIn(r.location.uri, r.location.range.start), message: r.message })),
  })).sort(order);
}
function offsetIn(u: string, pos: { line: number; character: number }): number {
  const other = readFileSync(u.slice('file://'.length), 'utf8');
  return new LineIndex(other).offset(pos.line, pos.character);
}
const order = (a: unknown, b: unknown) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1);

async function edit(at: number, del: number, insert: string): Promise<PublishDiagnosticsParams> {
  const idx = new LineIndex(text);
  const range = { start: idx.position(at), end: idx.position(at + del) };
  text = text.slice(0, at) + insert + text.slice(at + del);
  version++;
  const v = version;
  t.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range, text: insert }] });
  return t.waitFor(uri, p => p.version === v);
}

test('after each keystroke the published diagnostics equal a fresh analysis of the same text', async () => {
  let seed = 5;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  for (let step = 0; step < 24; step++) {
    const lines = [...text.matchAll(/^ {6}(JVM_XMN|NACOS_AUTH_IDENTITY_VALUE): .*$/gm)];
    const m = lines[rand(lines.length)];
    const end = m.index! + m[0].length;
    // Typing at the end of a value, and deleting it again; some keystrokes change an identity value.
    const p = step % 2 === 0 ? await edit(end, 0, 'Q') : await edit(end - 1, 1, '');
    assert.deepEqual(published(p), expected(), `step ${step}`);
  }
  const p = await edit(text.indexOf('nacos-11-0:'), 0, 'x');
  assert.deepEqual(published(p), expected(), 'renamed service');
});

test('fixes offered for findings it reused edit the current text like a fresh analysis', async () => {
  // An edit near the top moves every later service: their findings (and fixes) are reused, moved.
  const first = text.indexOf('JVM_XMN: 256m') + 'JVM_XMN: 256m'.length;
  const p = await edit(first, 0, '0');
  const idx = new LineIndex(text);
  const freshFindings = fresh().findings.get(path) ?? [];
  let checked = 0;
  for (const d of p.diagnostics.filter(x => x.code === 'identity-weak-value' || x.code === 'cluster-identity-mismatch')) {
    const actions = (await t.client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const f = freshFindings.find(x => x.ruleId === d.code && idx.offset(d.range.start.line, d.range.start.character) === x.span.start);
    assert.ok(f, `fresh analysis has ${String(d.code)} at line ${d.range.start.line}`);
    for (const fix of f.fixes) {
      // The editor's title adds the scope: "<title> for a–c (N files)" or "<title> (N files)".
      const a = actions.find(x => x.title === fix.title || new RegExp(`^${fix.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( for .+)? \\(\\d+ files?\\)$`).test(x.title));
      assert.ok(a?.edit?.changes, `the server offers "${fix.title}"`);
      const got = (a.edit.changes[uri] ?? []).map((e: LspEdit) => ({ start: idx.offset(e.range.start.line, e.range.start.character), end: idx.offset(e.range.end.line, e.range.end.character), text: fix.deterministic ? e.newText : '' }));
      const want = fix.edits().filter(e => e.path === path).map(e => ({ start: e.span.start, end: e.span.end, text: fix.deterministic ? e.newText : '' }));
      assert.deepEqual(got.sort(order), want.sort(order), `${fix.title} on line ${d.range.start.line}`);
      checked++;
    }
  }
  assert.ok(checked >= 4, `checked ${checked} fixes`);
});

test('hover on a service that moved names the line it is on now', async () => {
  // New lines in the first service: every later service moves ten lines down.
  await edit(text.indexOf('JVM_XMN: 256m') + 'JVM_XMN: 256m'.length, 0, Array.from({ length: 10 }, (_, i) => `\n      LABEL_${i}: x`).join(''));
  const at = text.lastIndexOf('NACOS_AUTH_IDENTITY_VALUE');
  const idx = new LineIndex(text);
  const pos = idx.position(at + 3);
  const h = (await t.client.sendRequest('textDocument/hover', { textDocument: { uri }, position: pos })) as { contents: { value: string } } | null;
  assert.ok(h, "a hover");
  assert.match(h.contents.value, /\*\*nacos-11-3\*\*/);
  assert.match(h.contents.value, new RegExp(`#L${pos.line + 1}\\)`));
  assert.doesNotMatch(h.contents.value, /not what the node uses/);
});

test('a reused fix picked through codeAction/resolve is computed from the current texts', async () => {
  const t2 = await startTestServer(dir, { resolveCodeActionEdits: true });
  try {
    let v = 1;
    let txt = text;
    t2.client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockercompose', version: v, text: txt } });
    await t2.waitFor(uri, p => p.version === v);
    // Move every later service, so the weak group's findings are reused and moved.
    const at = txt.indexOf('JVM_XMN:') + 'JVM_XMN:'.length;
    const idx0 = new LineIndex(txt);
    txt = txt.slice(0, at) + '  ' + txt.slice(at);
    v++;
    t2.client.sendNotification('textDocument/didChange', { textDocument: { uri, version: v }, contentChanges: [{ range: { start: idx0.position(at), end: idx0.position(at) }, text: '  ' }] });
    const p = await t2.waitFor(uri, q => q.version === v);
    const d = p.diagnostics.find(x => x.code === 'identity-weak-value')!;
    assert.ok(d, 'the weak group is reported');
    const actions = (await t2.client.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    const gen = actions.find(a => a.isPreferred && a.data)!;
    assert.ok(gen, 'the preferred fix is resolved lazily');
    const resolved = (await t2.client.sendRequest('codeAction/resolve', gen)) as CodeAction;
    const edits = resolved.edit?.changes?.[uri] ?? [];
    assert.ok(edits.length, 'an edit');
    // Applied to the current text, the weak value is gone from every member of that cluster (the server sends a
    // file's edits as one minimal change).
    const idx = new LineIndex(txt);
    let fixed = txt;
    for (const e of [...edits].sort((a, b) => idx.offset(b.range.start.line, b.range.start.character) - idx.offset(a.range.start.line, a.range.start.character))) {
      fixed = fixed.slice(0, idx.offset(e.range.start.line, e.range.start.character)) + e.newText + fixed.slice(idx.offset(e.range.end.line, e.range.end.character));
    }
    const after = analyze({ files: [{ path, text: fixed }], readFile: q => { try { return readFileSync(q, 'utf8'); } catch { return undefined; } } });
    assert.equal((after.findings.get(path) ?? []).filter(f => f.ruleId === 'identity-weak-value').length, 0);
    assert.equal((after.findings.get(path) ?? []).filter(f => f.ruleId === 'syntax-error').length, 0);
  } finally {
    t2.dispose();
  }
});
