// What the engine keeps across keystrokes must not keep the texts it was read from. A slice of a string is a view of
// the whole string in V8 (13 characters or more), so a secret value, a line or a name kept in a cache would keep
// every version of a large file alive: a 300 KB manifest edited a few hundred times held tens of megabytes of old
// texts this way (the per-line secret candidates, the decode memo, the names memo, a written value's raw text). The
// tests read a new version of a large text per step as the language server does — the secret scan only the line the
// edit touched, the Kubernetes source only the document it changed, keeping the other documents' objects and
// workloads — and measure the heap after collecting garbage: one version's worth, not one per step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isSecretName, secretLines, secretLinesAfterEdit, secretValues, type DecodeMemo, type SecretLine } from '../../server/src/core/model/secrets';
import { detached } from '../../server/src/core/util/text';
import { AnalysisHost, DEFAULT_SETTINGS } from '../../server/src/core';
// @ts-expect-error — the benchmark's generator is plain JavaScript
import { composeWorkload, k8sManifestWorkload } from '../bench/generate.mjs';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };

const STEPS = 24;
const FILLER = 'x'.repeat(1 << 20);

/** Version `v` of a text with one secret line per step: line `i` holds value `i:v` once step `i` has edited it. */
function version(v: number): string {
  const lines: string[] = [];
  for (let i = 0; i < STEPS; i++) lines.push(`X${i}_NACOS_AUTH_IDENTITY_VALUE=value-of-line-${i}-version-${i < v ? i + 1 : 0}-padding`);
  // A filler that differs per version: each version is a different megabyte of characters.
  return `${lines.join('\n')}\n# ${v} ${FILLER}\n`;
}

test('detached: the same characters, a string of its own', () => {
  const big = `${'a'.repeat(100)}NACOS_AUTH_TOKEN=abcdefghijklmnopqrstuvwxyz${'b'.repeat(100)}`;
  for (const [a, b] of [[100, 116], [100, 105], [0, big.length], [3, 3]]) assert.equal(detached(big.slice(a, b)), big.slice(a, b));
});

test('the secret scan kept across keystrokes does not keep the texts it read', () => {
  const before = heap();
  const memo: DecodeMemo = new Map();
  let text = version(0);
  let lines = { next: new Map<string, string[]>() } as { previous?: Map<string, string[]>; next: Map<string, string[]> };
  let held: SecretLine[] = secretLines(text, memo, lines);
  for (let v = 1; v <= STEPS; v++) {
    // A new text, as a keystroke gives it (not a slice of the previous one), read from the previous one.
    const next = version(v);
    lines = { previous: lines.next, next: new Map() };
    held = secretLinesAfterEdit(text, held, next, memo, lines);
    for (const name of [...next.matchAll(/^([A-Z_0-9]+)=/gm)].map(m => m[1])) isSecretName(name);
    text = next;
  }
  const kept = secretValues(held);
  assert.ok(kept.some(x => x.includes(`version-${STEPS}`)), 'the last edit was read');
  const grown = heap() - before;
  // One text of ~1 MB (the current one) and small values; with views it was one text per step (~24 MB).
  assert.ok(grown < 6 * FILLER.length, `the heap grew by ${(grown / 2 ** 20).toFixed(1)} MB over ${STEPS} versions of a 1 MB text`);
  assert.ok(text.length > FILLER.length && memo.size > 0 && lines.next.size > 0);
});

test('a large manifest edited document after document keeps one version of its text, not one per keystroke', () => {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-keep-'));
  let text: string;
  try {
    const w = k8sManifestWorkload(dir, { workloads: 60, seed: 5 }) as { file: string };
    // A megabyte of comment at the end: each version of the file is a megabyte of its own.
    text = `${readFileSync(w.file, 'utf8')}# ${'x'.repeat(1 << 20)}\n`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const path = '/ws/deploy/nacos-all.yaml';
  const files = new Map([[path, text]]);
  const host = new AnalysisHost({ text: p => files.get(p), version: () => 1, settingsFor: () => DEFAULT_SETTINGS, relPath: p => p.slice(4), rootFor: () => '/ws', files: () => files.keys() });
  host.applyChange({ kind: 'full', roots: [path] });
  const findings = host.analysis().findings(path).length;
  // A heap size value in every Nacos workload's environment: each edit types into the next document's. Before: the
  // objects of the documents read alone, and the readers of the workloads kept from them, each held the version they
  // were read in (39 and 51 MB grown, either fix alone).
  typeIntoValues(host, files, path, /^ {14}value: \d+m$/, findings);
});

test('a large compose file edited service after service keeps one version of its text, not one per keystroke', () => {
  const dir = mkdtempSync(join(tmpdir(), 'compose-keep-'));
  const files = new Map<string, string>();
  let path = '';
  try {
    const w = composeWorkload(dir, { services: 120, findings: true }) as { file: string };
    const walk = (d: string) => { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else files.set(p, readFileSync(p, 'utf8')); } };
    walk(dir);
    path = w.file;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  // A megabyte of comment at the end: each version of the file is a megabyte of its own.
  files.set(path, `${files.get(path)}# ${'x'.repeat(1 << 20)}\n`);
  const host = new AnalysisHost({ text: p => files.get(p), version: () => 1, settingsFor: () => DEFAULT_SETTINGS, relPath: p => p.slice(dir.length + 1), rootFor: () => dir, files: () => files.keys() });
  host.applyChange({ kind: 'full', roots: [...files.keys()] });
  const findings = host.analysis().findings(path).length;
  assert.ok(findings > 100, `${findings} findings`);
  // A heap size in every Nacos service's environment: each edit types into the next service's. Before: replayed
  // reports kept the fixes of the analysis that recorded them (and with them its texts), the services kept their nodes
  // as computed (their project's nodes and readers), and the memo's tables slices of the text (50.7 MB grown).
  typeIntoValues(host, files, path, /^\s+- JVM_XMN=\w+$/, findings);
});

/**
 * Types a character at the end of 40 values matching `value` in `path`, one value after another (a new version of the
 * text each time, no finding changing), and asserts that the 35 edits after the first 5 grew the heap by less than a
 * few versions of the text: not one per edit.
 */
function typeIntoValues(host: AnalysisHost, files: Map<string, string>, path: string, value: RegExp, findings: number): void {
  const lines = files.get(path)!.split('\n');
  const values = lines.flatMap((l, i) => (value.test(l) ? [i] : []));
  assert.ok(values.length >= 40, `${values.length} values to edit`);
  const edit = (k: number) => {
    lines[values[k]] += '7';
    files.set(path, lines.join('\n'));
    host.applyChange({ kind: 'files', paths: [path], isRoot: () => true });
    assert.equal(host.analysis().findings(path).length, findings, `edit ${k}: a heap size changes no finding`);
  };
  for (let k = 0; k < 5; k++) edit(k);
  const before = heap();
  for (let k = 5; k < 40; k++) edit(k);
  const grown = heap() - before;
  assert.ok(grown < 8 * (1 << 20), `the heap grew by ${(grown / 2 ** 20).toFixed(1)} MB over 35 edits of ${path} (${files.get(path)!.length} characters)`);
}
