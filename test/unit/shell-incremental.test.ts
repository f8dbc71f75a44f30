// Differential tests of the incremental shell reading (syntax/shell/parser.ts parseShellIncremental,
// sources/shell/incremental.ts): after random edits of a large deployment script, the reading that reuses the previous
// text's equals a fresh reading of the new text, to every span and offset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseShell, parseShellIncremental, wholeScript, type IncrementalParse } from '../../server/src/core/syntax/shell/parser';
import { readShellState } from '../../server/src/core/sources/shell/index';
import { AnalysisHost, analyze, type HostWorkspace } from '../../server/src/core';
import { DEFAULT_SETTINGS } from '../../server/src/core/settings';
import type { Finding } from '../../server/src/core/types';
import { textSecrets } from '../../server/src/core/model/secrets';
import { rng } from '../composeEdits';
import { benchScript, scriptEdit } from '../shellEdits';

test('parseShellIncremental equals parseShell after random edits (nodes, spans, problems, broken commands)', () => {
  const r = rng(21);
  const base = benchScript(500);
  let text = base;
  let prev: { text: string; parse: IncrementalParse } = { text, parse: parseShellIncremental(text).parse };
  assert.deepEqual(prev.parse.script, parseShell(text));
  let reusedAfter = 0;
  for (let step = 0; step < 300; step++) {
    if (r.next() < 0.15) text = base;
    text = scriptEdit(r, text);
    const inc = parseShellIncremental(text, prev);
    // The command starts recorded are those a fresh reading records.
    assert.deepEqual(inc.parse.syncs, parseShellIncremental(text).parse.syncs, `syncs, step ${step}`);
    reusedAfter += inc.reused.after;
    // Nodes moved by several edits are copied only when asked for: check them every few steps.
    if (step % 3 === 2) assert.deepEqual(wholeScript(inc.parse), parseShell(text), `step ${step}`);
    prev = { text, parse: inc.parse };
  }
  assert.ok(reusedAfter > 300 * 10, `commands after the edit were reused: ${reusedAfter}`);
  // A keystroke in the configuration block re-reads that line only.
  const at = base.indexOf('C00_XMN=512m') + 'C00_XMN=512m'.length;
  const typed = base.slice(0, at) + '7' + base.slice(at);
  const one = parseShellIncremental(typed, { text: base, parse: parseShellIncremental(base).parse });
  assert.equal(one.reused.before + one.reused.after + 1, one.parse.script.nodes.length);
});

test('the incremental reading of a script equals a fresh reading after random edits (every invocation, value, place and offset)', () => {
  const r = rng(22);
  const path = '/ws/deploy/deploy.sh';
  const base = benchScript(450);
  let text = base;
  const stats = { replayed: 0, walked: 0 };
  let state = readShellState({ path, text }, undefined);
  for (let step = 0; step < 160; step++) {
    if (r.next() < 0.2) text = base;
    // Mostly keystrokes in values (what typing does), sometimes anything anywhere.
    const roll = r.next();
    if (roll < 0.5) {
      const m = [...text.matchAll(/^(C\d+_[A-Z_]+|IMAGE|NACOS_VERSION|NET|DATA)=/gm)];
      const hit = m.length ? r.pick(m) : undefined;
      const eol = hit ? text.indexOf('\n', hit.index!) : -1;
      text = hit && eol > 0 ? text.slice(0, eol) + r.pick(['7', '', ' x', '"', '$NET', '${C01_TOKEN}']) + text.slice(eol + (r.next() < 0.3 ? -1 : 0)) : scriptEdit(r, text);
    } else text = scriptEdit(r, text);
    state = readShellState({ path, text }, state, stats);
    const fresh = readShellState({ path, text }, undefined);
    assert.deepEqual(state.reading, fresh.reading, `step ${step}`);
  }
  assert.ok(stats.replayed > stats.walked * 2, JSON.stringify(stats));
  // A keystroke in a cluster's heap size walks that line and the function that reads it, nothing else.
  const at = base.indexOf('C03_XMN=512m') + 'C03_XMN=512m'.length;
  const one = { replayed: 0, walked: 0 };
  const before = readShellState({ path, text: base }, undefined);
  const typed = readShellState({ path, text: base.slice(0, at) + '7' + base.slice(at) }, before, one);
  assert.equal(one.walked, 2, JSON.stringify(one));
  assert.ok(typed.reading!.invocations.some(i => i.env.some(e => e.name === 'JVM_XMN' && e.value === '512m7')));
});

/** A file's findings as plain data (fix edits evaluated; generated secrets masked). */
function findingsOf(list: Finding[]): unknown {
  return list.map(f => ({
    rule: f.ruleId, severity: f.severity, message: f.message, span: f.span, related: f.related,
    fixes: f.fixes.map(x => {
      try {
        return [x.title, x.edits().map(e => [e.path, e.span, x.deterministic ? e.newText : e.newText.replace(/[A-Za-z0-9+/=_-]{16,}/g, '<generated>')])];
      } catch (e) {
        return [x.title, `threw: ${(e as Error).message}`];
      }
    }),
  }));
}

test('AnalysisHost.applyChange after random edits of a deployment script gives the diagnostics of a fresh analysis', () => {
  const r = rng(23);
  const root = '/ws/deploy';
  const path = `${root}/deploy.sh`;
  const base = benchScript(450);
  const files = new Map<string, string>([[path, base], [`${root}/nacos.env`, 'NACOS_AUTH_TOKEN=SecretKey012345678901234567890123456789012345678901234567890123456789\n']]);
  const ws: HostWorkspace = {
    text: p => files.get(p), version: () => 1, settingsFor: () => DEFAULT_SETTINGS, relPath: p => p.slice(root.length + 1), rootFor: () => root,
    files: () => files.keys(),
  };
  const host = new AnalysisHost(ws);
  host.applyChange({ kind: 'full', roots: [path] });
  let text = base;
  for (let step = 0; step < 60; step++) {
    if (r.next() < 0.2) text = base;
    const roll = r.next();
    if (roll < 0.6) {
      // A keystroke at the end of an assignment the docker lines read (the benchmark's edits), or a new `docker run`.
      const m = [...text.matchAll(/^(C\d+_[A-Z_]+|IMAGE|NACOS_VERSION|NET)=.*$/gm)];
      const hit = m.length ? r.pick(m) : undefined;
      const end = hit ? hit.index! + hit[0].length : 0;
      const piece = r.pick(['7', ' ', '"', 'x', '${C01_TOKEN}', '\nexport NACOS_SERVERS="a b"', '\ndocker run -e NACOS_AUTH_TOKEN="$C02_TOKEN" --env-file nacos.env nacos/nacos-server:v2.4.3']);
      text = hit ? (r.next() < 0.3 && hit[0].length > 1 ? text.slice(0, end - 1) + text.slice(end) : text.slice(0, end) + piece + text.slice(end)) : scriptEdit(r, text);
    } else text = scriptEdit(r, text);
    files.set(path, text);
    host.applyChange({ kind: 'files', paths: [path], isRoot: () => true });
    const got = findingsOf(host.analysis().findings(path));
    const fresh = analyze({ files: [{ path, text }], readFile: p => files.get(p), relPath: ws.relPath, rootFor: ws.rootFor, workspaceFiles: () => files.keys() });
    assert.deepEqual(got, findingsOf(fresh.findings.get(path) ?? []), `step ${step}`);
  }
});

test('textSecrets with the previous text\'s lines gives what it gives alone (the engine keeps each line\'s between keystrokes)', () => {
  const r = rng(24);
  let text = benchScript(300);
  let lines: Map<string, string[]> | undefined;
  for (let step = 0; step < 40; step++) {
    text = scriptEdit(r, text);
    const next = new Map<string, string[]>();
    assert.deepEqual(textSecrets(text, new Map(), { previous: lines, next }), textSecrets(text), `step ${step}`);
    // Only this text's lines are kept.
    assert.ok(next.size <= text.split('\n').length);
    lines = next;
  }
});
