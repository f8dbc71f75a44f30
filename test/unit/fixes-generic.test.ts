// The generic fix test (SPEC §8, issue 4): for every fixture and corpus folder, every finding, and every fix the core
// offers for it (plus the "suppress" action), apply the edits and re-lint. Each fix must
//   1. leave every file parseable (no new syntax-error, no new YAML / .properties / env parse problem),
//   2. remove the finding it was offered for (no finding of that rule left on the edited span),
//   3. add no new error-severity finding anywhere in the workspace,
//   4. when it writes an identity pair or a secret: leave every cluster it touched consistent.
// Exact exceptions, each with the reason:
//   - "Suppress <rule> on this line" adds a comment: afterwards the findings are exactly the old ones minus those of
//     that rule on that line (all files parse, nothing else changes).
//   - Fixes that make an ignored setting take effect (auth-disabled turns authentication on;
//     docker-mounted-properties-ignore-env makes a mounted file read NACOS_AUTH_*): the settings that now apply may
//     be reported (REVEALS lists exactly which rules). That is the point of those fixes.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllDocuments, parseDocument } from 'yaml';
import type { AnalysisResult, Finding, Fix, TextEdit } from '../../server/src/core';
import { classify, parseFile } from '../../server/src/core/syntax/files';
import { suppressionEdit } from '../../server/src/core/fixes/suppressionEdit';
import { setting, type NacosNode } from '../../server/src/core/model/node';
import { K, secretKeyFor } from '../../server/src/core/nacos/keys';
import { decodeSecret, decoderFor } from '../../server/src/core/nacos/decoders';
import { authState } from '../../server/src/core/model/authState';
import { corpusDir } from '../corpus';
import { allFindings, analyzeFiles, applyAll, loadDir, mapSpan, repoRoot, touches, type Files } from '../fixesHarness';

const REPO = repoRoot();
/** Rules the server only enforces once authentication is on (facts §1.3, §1.6, §1.8). */
const AUTH_GATED = new Set(['identity-missing', 'identity-blank', 'secret-missing', 'secret-too-short', 'secret-not-base64', 'auth-system-type', 'secret-public-value', 'identity-public-value', 'docker-required-env-missing', 'user-agent-whitelist', 'user-agent-bypass-hardcoded']);
/** Rules about a value that a wiring fix makes take effect. */
const VALUE_RULES = new Set(['identity-public-value', 'identity-blank', 'identity-weak-value', 'identity-invalid-header-name', 'identity-invalid-header-value', 'identity-reserved-header', 'secret-public-value', 'secret-not-base64', 'secret-too-short']);
/** Fixes that make a written but ignored setting take effect: its own value is checked from then on. */
const WIRING = new Set(['docker-mounted-properties-ignore-env', 'docker-shallow-merge']);

interface Workspace { name: string; root: string }

function workspaces(): Workspace[] {
  const out: Workspace[] = [];
  const sub = (dir: string, label: string) => {
    if (!existsSync(dir)) return;
    for (const d of readdirSync(dir, { withFileTypes: true })) if (d.isDirectory()) out.push({ name: `${label}/${d.name}`, root: join(dir, d.name).replace(/\\/g, '/') });
  };
  out.push({ name: 'examples', root: join(REPO, 'examples').replace(/\\/g, '/') });
  out.push({ name: 'test/e2e/workspace', root: join(REPO, 'test/e2e/workspace').replace(/\\/g, '/') });
  sub(join(REPO, 'test/fixtures/fixes'), 'fixtures/fixes');
  sub(join(REPO, 'test/fixtures/compose'), 'fixtures/compose');
  const corpus = corpusDir();
  if (corpus) sub(corpus, 'corpus');
  return out;
}

function parseProblems(path: string, text: string): number {
  const kind = classify(path, text);
  if (kind === 'compose') return parseDocument(text, { uniqueKeys: false }).errors.length;
  // Kubernetes files hold several documents.
  if (/\.ya?ml$/.test(path)) return parseAllDocuments(text, { uniqueKeys: false }).reduce((n, d) => n + d.errors.length, 0);
  const f = parseFile(path, text, kind);
  return f.kind === 'properties' ? f.props.problems.length : f.kind === 'env' ? f.env.problems.length : 0;
}

const isGenerating = (fix: Fix) => /^(Generate|Use )/.test(fix.title);

/** Effective identity pair and secret bytes of every node, by node id. */
function valuesOf(r: AnalysisResult): Map<string, { pair: string; secret: string }> {
  const m = new Map<string, { pair: string; secret: string }>();
  for (const n of r.nodes) {
    const s = setting(n, secretKeyFor(n.version.version)).value;
    const bytes = s ? decodeSecret(s, decoderFor(n.version.version)).bytes : undefined;
    m.set(n.id, { pair: `${setting(n, K.identityKey).value}\u0000${setting(n, K.identityValue).value}`, secret: bytes ? Buffer.from(bytes).toString('hex') : `text:${s}` });
  }
  return m;
}

interface Outcome { checked: number; failures: string[] }

/** Fix titles seen, with names and numbers blanked, to prove every kind of fix went through the loop. */
const seenTitles = new Set<string>();
const titleKind = (t: string) => t.replace(/^Use \S+'s/, "Use <node>'s").replace(/^(Rename|Set|Change|Sanitize|Suppress|Remove|Define|Copy|Read|Add|Quote|Move|Convert)\b.*/, '$1 …');

function checkFix(ws: Workspace, files: Files, before: AnalysisResult, f: Finding, title: string, edits: TextEdit[], kind: 'fix' | 'suppress', fix?: Fix): string[] {
  const fail: string[] = [];
  const rel = (p: string) => (p.startsWith(`${ws.root}/`) ? p.slice(ws.root.length + 1) : p);
  const where = `${ws.name}: ${f.ruleId} at ${rel(f.path)}:${f.span.start} — "${title}"`;
  if (!edits.length) return [`${where}: no edits`];
  const after = applyAll(files, edits);
  const r = analyzeFiles(after, ws.root);
  const editsOf = (p: string) => edits.filter(e => e.path === p);

  // 1. Parseable.
  for (const path of new Set(edits.map(e => e.path))) {
    const old = files.has(path) ? parseProblems(path, files.get(path)!) : 0;
    const now = parseProblems(path, after.get(path)!);
    if (now > old) fail.push(`${where}: ${rel(path)} has ${now - old} new parse problem(s)`);
  }
  const beforeAll = allFindings(before);
  const afterAll = allFindings(r);

  if (kind === 'suppress') {
    // Exactly the old findings minus that rule on that line.
    const line = (p: string, text: string, o: number) => text.slice(0, o).split('\n').length;
    // Messages may name line numbers (duplicate-key), which the comment line shifts: compare rule, file, severity.
    const key = (x: Finding) => `${x.ruleId}\u0000${x.path}\u0000${x.severity}`;
    // A finding that held others (one cause, one finding) releases them when suppressed, and the severity it took
    // from them goes back: then compare without severities, and the released rules may appear.
    const held = new Set(f.folded ?? []);
    const k = held.size ? (x: Finding) => `${x.ruleId}\u0000${x.path}` : key;
    const expected = beforeAll.filter(x => !(x.ruleId === f.ruleId && x.path === f.path && line(x.path, files.get(x.path)!, x.span.start) === line(f.path, files.get(f.path)!, f.span.start))).map(k).sort();
    const room = new Map<string, number>();
    for (const e of expected) room.set(e, (room.get(e) ?? 0) + 1);
    const got = afterAll.filter(x => {
      if (!held.has(x.ruleId)) return true;
      const n = room.get(k(x)) ?? 0;
      room.set(k(x), n - 1);
      return n > 0;
    }).map(k).sort();
    if (JSON.stringify(expected) !== JSON.stringify(got)) fail.push(`${where}: findings after suppressing differ (expected ${expected.length}, got ${got.length}: ${got.filter(g => !expected.includes(g)).map(g => g.split('\u0000')[0]).join(', ')})`);
    return fail;
  }

  // 2. The finding is gone.
  const mapped = mapSpan(f.span, editsOf(f.path));
  const still = afterAll.filter(x => x.ruleId === f.ruleId && x.path === f.path && touches(x.span, mapped));
  if (still.length) fail.push(`${where}: the finding is still there (${still[0].message.slice(0, 100)})`);

  // 3. No new error anywhere. Turning authentication on (ture → true, auth-disabled) makes the server require
  // identity, secret and plugin type: those findings are what enabling reveals, not what the fix broke.
  const wasOn = new Map(before.nodes.map(n => [n.id, authState(n).anyAuth]));
  const authTurnedOn = r.nodes.some(n => authState(n).anyAuth && wasOn.get(n.id) === false);
  for (const g of afterAll) {
    if (g.severity !== 'error') continue;
    const old = beforeAll.some(h => h.ruleId === g.ruleId && h.path === g.path && h.severity === 'error' && touches(mapSpan(h.span, editsOf(h.path)), g.span));
    if (old) continue;
    if (g.ruleId === 'cluster-identity-mismatch' || g.ruleId === 'cluster-secret-mismatch') continue; // checked by meaning below
    if (authTurnedOn && AUTH_GATED.has(g.ruleId)) continue;
    if (WIRING.has(f.ruleId) && VALUE_RULES.has(g.ruleId)) continue;
    fail.push(`${where}: new error ${g.ruleId} at ${rel(g.path)}: ${g.message.slice(0, 120)}`);
  }

  // 4. Clusters: no cluster whose members agreed (identity pair, secret key bytes) disagrees afterwards; and where a
  // generated or copied value changed a member, its whole cluster agrees afterwards.
  const old = valuesOf(before);
  const now = valuesOf(r);
  for (const c of r.clusters) {
    if (c.nodes.length < 2) continue;
    for (const field of ['pair', 'secret'] as const) {
      const ids = c.nodes.map((n: NacosNode) => n.id);
      const agreedBefore = ids.every(id => old.has(id)) && new Set(ids.map(id => old.get(id)![field])).size === 1;
      const agreesNow = new Set(ids.map(id => now.get(id)![field])).size === 1;
      const changed = ids.some(id => old.get(id)?.[field] !== now.get(id)?.[field]);
      if (agreedBefore && !agreesNow) fail.push(`${where}: cluster ${c.name} disagrees afterwards (${field}), it agreed before`);
      else if (fix && isGenerating(fix) && changed && !agreesNow) fail.push(`${where}: cluster ${c.name} is inconsistent after writing its ${field}`);
    }
  }
  return fail;
}

function checkWorkspace(ws: Workspace): Outcome {
  const files = loadDir(ws.root);
  const before = analyzeFiles(files, ws.root);
  const out: Outcome = { checked: 0, failures: [] };
  for (const f of allFindings(before)) {
    for (const fix of f.fixes) {
      out.checked++;
      seenTitles.add(titleKind(fix.title));
      let edits: TextEdit[];
      try { edits = fix.edits(); } catch (e) { out.failures.push(`${ws.name}: ${f.ruleId} "${fix.title}" threw ${e instanceof Error ? e.message : e}`); continue; }
      out.failures.push(...checkFix(ws, files, before, f, fix.title, edits, 'fix', fix));
    }
    const parsed = files.has(f.path) ? parseFile(f.path, files.get(f.path)!) : undefined;
    const s = parsed && suppressionEdit(parsed, f.ruleId, f.span);
    if (s) {
      out.checked++;
      out.failures.push(...checkFix(ws, files, before, f, `Suppress ${f.ruleId} on this line`, [s], 'suppress'));
    }
  }
  return out;
}

describe('every fix on every fixture and corpus file', () => {
  const list = workspaces();
  if (!corpusDir()) test('corpus', t => { t.skip('corpus not found (set NACOS_AUTH_LINT_CORPUS); CI=true makes this a failure'); });
  let total = 0;
  for (const ws of list) {
    test(ws.name, t => {
      const o = checkWorkspace(ws);
      total += o.checked;
      t.diagnostic(`${o.checked} fix applications checked`);
      assert.deepEqual(o.failures, []);
    });
  }
  test('the loop really ran, over every kind of fix', t => {
    t.diagnostic(`${total} fix applications in ${list.length} workspaces; kinds: ${[...seenTitles].sort().join(' | ')}`);
    assert.ok(total > 300, `only ${total} fixes checked`);
    for (const kind of [
      'Generate secure identity pair', 'Generate secure identity pair in the project .env (referenced as ${VAR})', 'Generate secure identity value (keep the key)',
      'Generate token secret (32 bytes, HS256)', 'Generate token secret (48 bytes, HS384)', 'Generate token secret (64 bytes, HS512)',
      "Use <node>'s identity pair everywhere", "Use <node>'s token secret everywhere",
      'Trim white space', 'Remove …', 'Escape the backslash', 'Normalise to canonical Base64 (same key bytes)', 'Rename …', 'Set …', 'Change …', 'Sanitize …',
    ]) assert.ok(seenTitles.has(kind), `no "${kind}" fix was checked`);
  });
});
