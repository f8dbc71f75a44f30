// What the engine keeps across keystrokes must not keep the texts it was read from. A slice of a string is a view of
// the whole string in V8 (13 characters or more), so a secret value, a line or a name kept in a cache would keep
// every version of a large file alive: a 300 KB manifest edited a few hundred times held tens of megabytes of old
// texts this way (the per-line secret candidates, the decode memo, the names memo, a written value's raw text). The
// test reads a new version of a large text per step as the language server does — only the line the edit touched —
// and measures the heap after collecting garbage: one version's worth, not one per step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isSecretName, secretLines, secretLinesAfterEdit, secretValues, type DecodeMemo, type SecretLine } from '../../server/src/core/model/secrets';
import { detached } from '../../server/src/core/util/text';

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
