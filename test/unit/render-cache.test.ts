// Messages are rendered once per arguments object (engine/render.ts) and nodes are collected in FewSets
// (util/fewSet.ts): both are speed-ups only. A cached message must be what rendering it afresh gives — with the
// secrets of *this* analysis masked, in this language, from this template — and a FewSet must behave as a Set.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { renderMessage, secretSetId } from '../../server/src/core/engine/render';
import { FewSet } from '../../server/src/core/util/fewSet';
import { Redactor } from '../../server/src/core/util/mask';
import { format, type MessageArgs } from '../../server/src/core/util/l10n';

const TEMPLATE = { en: 'value {value} of {key}', 'zh-cn': '{key} 的值 {value}' };
const OTHER = { en: '{key} is set to {value}', 'zh-cn': '{key} 设置为 {value}' };
const SECRET = 'Zq01abcdefghijklmnop';

/** What Collector.finish renders without the cache. */
function fresh(template: typeof TEMPLATE, locale: 'en' | 'zh-cn', args: MessageArgs, secrets: Redactor): string {
  const clean: MessageArgs = {};
  for (const [k, v] of Object.entries(args)) clean[k] = typeof v === 'string' ? secrets.redact(v) : v;
  return format(template, locale, clean);
}

function cached(template: typeof TEMPLATE, locale: 'en' | 'zh-cn', args: MessageArgs, secrets: Redactor): string {
  return renderMessage(template, locale, args, secretSetId(secrets), a => {
    const clean: MessageArgs = {};
    for (const [k, v] of Object.entries(a)) clean[k] = typeof v === 'string' ? secrets.redact(v) : v;
    return clean;
  });
}

test('a reused arguments object is rendered again when the secrets, the language or the template change', () => {
  const args = { key: 'NACOS_AUTH_IDENTITY_VALUE', value: SECRET };
  const none = new Redactor([]);
  const some = new Redactor([SECRET, 'another-value-1234']);
  // Another analysis finding the same secrets: another redactor, the same set.
  const same = new Redactor(['another-value-1234', SECRET]);
  const steps: [typeof TEMPLATE, 'en' | 'zh-cn', Redactor][] = [
    [TEMPLATE, 'en', none], [TEMPLATE, 'en', some], [TEMPLATE, 'en', none], [TEMPLATE, 'en', same],
    [TEMPLATE, 'zh-cn', same], [OTHER, 'zh-cn', same], [OTHER, 'en', none], [TEMPLATE, 'en', some],
  ];
  for (const [template, locale, secrets] of steps) {
    const got = cached(template, locale, args, secrets);
    assert.equal(got, fresh(template, locale, args, secrets));
    assert.equal(got.includes(SECRET), secrets.size === 0, `secret shown: ${secrets.size === 0}`);
  }
});

test('secret sets: equal sets share an id whatever the order, different sets never do', () => {
  assert.equal(secretSetId(new Redactor([])), 0);
  assert.equal(secretSetId(new Redactor(['abcdefgh', 'ijklmnop'])), secretSetId(new Redactor(['ijklmnop', 'abcdefgh', 'abcdefgh'])));
  assert.notEqual(secretSetId(new Redactor(['abcdefgh'])), secretSetId(new Redactor(['abcdefgh', 'ijklmnop'])));
  // A separator inside a value does not make two sets look alike.
  assert.notEqual(secretSetId(new Redactor(['abcd\u0000efgh'])), secretSetId(new Redactor(['abcd', 'efgh'])));
  assert.notEqual(secretSetId(new Redactor(['abcd","efgh'])), secretSetId(new Redactor(['abcd', 'efgh'])));
});

test('random messages: the cache renders what a fresh rendering does', () => {
  const word = fc.stringMatching(/^[A-Za-z0-9_.…-]{0,12}$/);
  fc.assert(fc.property(
    fc.array(word, { maxLength: 4 }),
    fc.array(fc.record({ v: word, secrets: fc.integer({ min: 0, max: 3 }), zh: fc.boolean(), other: fc.boolean(), reuse: fc.boolean() }), { minLength: 1, maxLength: 12 }),
    (pool, steps) => {
      let args: MessageArgs = { key: 'k', value: '' };
      for (const s of steps) {
        if (!s.reuse) args = { key: 'k', value: s.v };
        const secrets = new Redactor(pool.slice(0, s.secrets));
        const template = s.other ? OTHER : TEMPLATE;
        const locale = s.zh ? 'zh-cn' : 'en';
        assert.equal(cached(template, locale, args, secrets), fresh(template, locale, args, secrets));
      }
    },
  ), { numRuns: 300 });
});

test('FewSet keeps members once, in the order first added, like a Set', () => {
  fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 6 }), { maxLength: 20 }), fc.integer({ min: 0, max: 8 }), (xs, stopAfter) => {
    const ref = new Set(xs);
    const few = new FewSet<number>(xs[0]);
    for (const x of xs.slice(1)) few.add(x);
    assert.deepEqual(few.toArray(), [...ref]);
    const seen: number[] = [];
    few.each(x => { seen.push(x); return seen.length < stopAfter; });
    assert.deepEqual(seen, [...ref].slice(0, Math.max(1, Math.min(stopAfter, ref.size))).slice(0, ref.size));
  }));
  const empty = new FewSet<number>(undefined);
  assert.deepEqual(empty.toArray(), []);
  empty.add(3);
  empty.add(3);
  assert.deepEqual(empty.toArray(), [3]);
});
