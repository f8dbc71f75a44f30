// LineIndex finds line starts two ways (a native search for files without CR, a character loop otherwise): both give
// what splitting the text at \r\n, \r and \n gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/core/util/positions';

function startsBySplit(text: string): number[] {
  const starts = [0];
  let at = 0;
  for (const m of text.matchAll(/\r\n|\r|\n/g)) { at = m.index! + m[0].length; starts.push(at); }
  return starts;
}

test('LineIndex: every offset maps to the line and character that splitting the text gives, with and without CR', () => {
  const text = fc.array(fc.constantFrom('a', 'b', '\n', '\r', '\r\n', 'é', '😀'), { maxLength: 400 }).map(a => a.join(''));
  fc.assert(fc.property(text, fc.boolean(), (raw, dropCr) => {
    const t = dropCr ? raw.replace(/\r/g, '') : raw;
    const index = new LineIndex(t);
    const starts = startsBySplit(t);
    assert.equal(index.lineCount, starts.length);
    for (let line = 0; line < starts.length; line++) assert.equal(index.lineStart(line), starts[line]);
    for (let o = 0; o <= t.length; o++) {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1] <= o) line++;
      assert.deepEqual(index.position(o), { line, character: o - starts[line] });
    }
  }), { numRuns: 500, seed: 20261207 });
});
