// LineIndex finds line starts two ways (a native search when the text has no CR, a loop over characters otherwise):
// both must give what a line-by-line reading gives, for LF, CRLF, lone CR and mixed texts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex } from '../../server/src/core/util/positions';

/** Line starts the slow, obvious way. */
function reference(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') { starts.push(i + 2); i++; }
    else if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  return starts;
}

test('line starts and positions agree with a line-by-line reading, with and without CR', () => {
  let seed = 3;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const pieces = ['a', 'key=value', '', ' ', '\n', '\n', '\r\n', '\r', '中'];
  const texts = ['', '\n', 'x', 'x\n', '\n\n', 'a\r\nb\rc\n'];
  for (let i = 0; i < 400; i++) texts.push(Array.from({ length: rnd(30) }, () => pieces[rnd(i % 2 ? pieces.length : 6)]).join(''));
  for (const text of texts) {
    const idx = new LineIndex(text);
    const starts = reference(text);
    assert.equal(idx.lineCount, starts.length, JSON.stringify(text));
    for (let line = 0; line < starts.length; line++) assert.equal(idx.lineStart(line), starts[line], JSON.stringify(text));
    for (let o = 0; o <= text.length; o++) {
      let line = 0;
      while (line + 1 < starts.length && starts[line + 1] <= o) line++;
      assert.deepEqual(idx.position(o), { line, character: o - starts[line] }, `${JSON.stringify(text)} @${o}`);
    }
  }
});
