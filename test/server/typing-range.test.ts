// The word-being-typed tracker finds the changed range of a keystroke by comparing blocks natively; it must give the
// range a plain character-by-character comparison gives, on any pair of texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { changedRange } from '../../server/src/server/typing';

function naive(before: string, text: string) {
  let start = 0;
  const max = Math.min(before.length, text.length);
  while (start < max && before.charCodeAt(start) === text.charCodeAt(start)) start++;
  let endOld = before.length;
  let endNew = text.length;
  while (endOld > start && endNew > start && before.charCodeAt(endOld - 1) === text.charCodeAt(endNew - 1)) { endOld--; endNew--; }
  return { start, endOld, endNew };
}

test('changedRange equals the character-by-character comparison', () => {
  // Long texts of few letters (many blocks, repeats that tempt a wrong suffix) with one edit anywhere.
  const text = fc.array(fc.constantFrom('a', 'b', '\n', 'é', '😀'), { maxLength: 3000 }).map(a => a.join(''));
  fc.assert(fc.property(text, fc.nat(), fc.nat(600), fc.array(fc.constantFrom('a', 'b', '\n'), { maxLength: 600 }), (t, at, del, ins) => {
    const s = Math.min(at, t.length);
    const next = t.slice(0, s) + ins.join('') + t.slice(Math.min(t.length, s + del));
    assert.deepEqual(changedRange(t, next), naive(t, next));
  }), { numRuns: 400, seed: 20261207 });
  assert.deepEqual(changedRange('x'.repeat(1000), 'x'.repeat(1000)), { start: 1000, endOld: 1000, endNew: 1000 });
});
