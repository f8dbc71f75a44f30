// The Redactor's index (heads of four characters, first pairs as numbers) is a speed-up only: what it masks must be
// what a plain scan of every value at every position masks. Differential against that scan, on texts built from the
// values themselves (whole, cut, inside words, shortened with an ellipsis) and random characters around them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { mask, MIN_REDACTED_LENGTH, Redactor } from '../../server/src/core/util/mask';

const WORD = /[A-Za-z0-9_]/;

/** The same contract, without an index: longest value first at each position, whole words, ellipsis prefixes. */
function plainRedact(values: string[], text: string): string {
  const all = [...new Set(values.filter(v => v.length >= MIN_REDACTED_LENGTH && v.trim() === v))];
  const byHead = (h: string) => all.filter(v => v.startsWith(h)).sort((a, b) => b.length - a.length);
  let out = '';
  let from = 0;
  for (let i = 0; i + MIN_REDACTED_LENGTH <= text.length;) {
    let hit: string | undefined;
    let end = i;
    for (const v of byHead(text.slice(i, i + MIN_REDACTED_LENGTH))) {
      const e = i + v.length;
      const bounded = !(i > 0 && WORD.test(v[0]) && WORD.test(text[i - 1])) && !(e < text.length && WORD.test(v[v.length - 1]) && WORD.test(text[e]));
      if (text.startsWith(v, i) && bounded) { hit = v; end = e; break; }
      const cut = text.slice(i, i + v.length).indexOf('…');
      if (cut >= 5 && v.startsWith(text.slice(i, i + cut))) { hit = v; end = i + cut + 1; break; }
    }
    if (!hit) { i++; continue; }
    out += text.slice(from, i) + mask(hit);
    i = end;
    from = i;
  }
  return from === 0 ? text : out + text.slice(from);
}

const alphabet = fc.constantFrom(...'abAB01_-=: .…"\n\u4e2d'.split(''));
const value = fc.string({ unit: fc.constantFrom(...'abAB01_-=.'.split('')), minLength: 1, maxLength: 12 });

test('Redactor.redact equals a plain scan of every value at every position', () => {
  fc.assert(fc.property(fc.array(value, { maxLength: 6 }), fc.array(fc.oneof(fc.nat(5), fc.string({ unit: alphabet, maxLength: 4 })), { maxLength: 12 }), (values, parts) => {
    // Texts made of the values (whole, or cut and shortened with an ellipsis) and random glue.
    const text = parts.map((p, i) => {
      if (typeof p === 'string') return p;
      const v = values[p % Math.max(1, values.length)] ?? '';
      return i % 3 === 2 ? `${v.slice(0, Math.max(5, v.length - 2))}…` : v;
    }).join('');
    assert.equal(new Redactor(values).redact(text), plainRedact(values, text));
  }), { numRuns: 3000, seed: 20_261_206 });
});

test('Redactor: values that share a first pair but not a head are told apart', () => {
  const r = new Redactor(['abXYsecret', 'abZZother']);
  assert.equal(r.redact('x abZZother y abXYsecret z abQQ'), `x ${mask('abZZother')} y ${mask('abXYsecret')} z abQQ`);
});
