// nameEndingAt replaces a regular expression on the keystroke path (sources/shell/source.ts): it must find what the
// expression finds, in any text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nameEndingAt } from '../../server/src/core/sources/shell/source';

function byRegex(text: string, end: number): string | undefined {
  return /([A-Za-z_][A-Za-z0-9_]*)$/.exec(text.slice(Math.max(0, end - 200), end))?.[1];
}

test('nameEndingAt equals /([A-Za-z_][A-Za-z0-9_]*)$/ over the 200 characters before the offset', () => {
  const text = fc.array(fc.constantFrom('a', 'Z', '_', '0', '9', ' ', '=', '-', 'é', '$', '\n'), { maxLength: 500 }).map(a => a.join(''));
  fc.assert(fc.property(text, fc.nat(), (t, at) => {
    const end = t.length ? at % (t.length + 1) : 0;
    assert.equal(nameEndingAt(t, end), byRegex(t, end));
  }), { numRuns: 3000, seed: 20261207 });
  for (const [t, want] of [['export C00_TOKEN', 'C00_TOKEN'], ['x 9abc', 'abc'], ['123', undefined], ['_', '_'], ['a'.repeat(250), 'a'.repeat(200)]] as const) {
    assert.equal(nameEndingAt(t, t.length), want, t);
  }
});
