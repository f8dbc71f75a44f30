import { test } from 'node:test';
import assert from 'node:assert/strict';
import { interpolate, type InterpolationRef } from '../../server/src/core/syntax/interpolation';

const env: Record<string, string> = { SET: 'value', EMPTY: '', OTHER: 'other', B: 'bee' };
const lookup = (n: string): string | undefined => env[n];
const value = (s: string): string => interpolate(s, lookup).value;
const slice = (s: string, r: InterpolationRef): string => s.slice(r.span.start, r.span.end);

test('literal text, $$ and simple references', () => {
  assert.equal(value('plain text'), 'plain text');
  assert.equal(value('a$$b'), 'a$b');
  assert.equal(value('$$SET'), '$SET');
  assert.equal(value('$$$SET'), '$value');
  assert.equal(value('$SET/x'), 'value/x');
  assert.equal(value('${SET}x'), 'valuex');
  assert.equal(value('$SETx'), '', 'a name runs as far as name characters go');
  assert.equal(value('$UNSET-${UNSET}-'), '--');
  assert.equal(value('$set'), '', 'names are case-sensitive');
  assert.equal(value('é$SET€'), 'évalue€');
});

test('every operator, on set, empty and unset variables (compose-spec interpolation table)', () => {
  const table: [string, string][] = [
    ['${SET:-d}', 'value'], ['${EMPTY:-d}', 'd'], ['${UNSET:-d}', 'd'],
    ['${SET-d}', 'value'], ['${EMPTY-d}', ''], ['${UNSET-d}', 'd'],
    ['${SET:+r}', 'r'], ['${EMPTY:+r}', ''], ['${UNSET:+r}', ''],
    ['${SET+r}', 'r'], ['${EMPTY+r}', 'r'], ['${UNSET+r}', ''],
    ['${SET:?e}', 'value'], ['${SET?e}', 'value'], ['${EMPTY?e}', ''],
    ['${UNSET:-}', ''], ['${SET:-a b:c-d}', 'value'], ['${UNSET:-a b:c-d}', 'a b:c-d'],
  ];
  for (const [input, want] of table) {
    const r = interpolate(input, lookup);
    assert.equal(r.value, want, input);
    assert.deepEqual(r.errors, [], input);
  }
});

test('required variables report compose-go messages and the span of the reference', () => {
  const s = 'x ${EMPTY:?must be set} y';
  const r = interpolate(s, lookup);
  assert.equal(r.value, 'x  y');
  assert.equal(r.errors.length, 1);
  assert.equal(r.errors[0].message, 'required variable EMPTY is missing a value: must be set');
  assert.equal(s.slice(r.errors[0].span.start, r.errors[0].span.end), '${EMPTY:?must be set}');
  assert.equal(interpolate('${UNSET?}', lookup).errors[0].message, 'required variable UNSET is missing a value');
  assert.deepEqual(interpolate('${EMPTY?}', lookup).errors, []);
});

test('nested operands are interpolated, and evaluated even when unused (compose-go does)', () => {
  assert.equal(value('${UNSET:-${B}}'), 'bee');
  assert.equal(value('${UNSET:-${ALSO:-${B}-x}}'), 'bee-x');
  assert.equal(value('${SET:+<${B}>}'), '<bee>');
  assert.equal(value('${UNSET:-$$B}'), '$B');
  assert.equal(value('${UNSET:-${B}} and ${SET}'), 'bee and value');
  const r = interpolate('${SET:-${UNSET:?inner}}', lookup);
  assert.equal(r.value, 'value');
  assert.equal(r.errors.length, 1, 'the unused operand still fails');
  const refs = interpolate('${SET:-${B}}', lookup).refs;
  assert.deepEqual(refs.map((x) => [x.name, x.parent, x.contributes]), [['SET', undefined, true], ['B', 0, false]]);
  const used = interpolate('${UNSET:-${B}}', lookup).refs;
  assert.deepEqual(used.map((x) => [x.name, x.usedFallback, x.contributes]), [['UNSET', true, true], ['B', false, true]]);
});

test('references carry name, span, operator, operand and whether they are defined', () => {
  const s = 'a-$SET-${UNSET:-dflt}-${EMPTY}';
  const r = interpolate(s, lookup);
  assert.deepEqual(r.refs.map((x) => [x.name, slice(s, x), x.op, x.operand, x.defined, x.usedFallback]), [
    ['SET', '$SET', '', undefined, true, false],
    ['UNSET', '${UNSET:-dflt}', ':-', 'dflt', false, true],
    ['EMPTY', '${EMPTY}', '', undefined, true, false],
  ]);
});

test('malformed input is an error, never an exception or a loop', () => {
  // A "$" not followed by a name, "{" or "$" is text for Compose v2 (compose-go's pattern does not match it) and an
  // error for Compose v1 only.
  for (const s of ['$', 'a$', '$ x', '$1', 'x}$']) {
    const r = interpolate(s, lookup);
    assert.deepEqual([r.errors.length, r.value], [0, s], `${JSON.stringify(s)}: text for Compose v2`);
    assert.ok(r.v1Errors.length >= 1 && /Compose v1 refuses/.test(r.v1Errors[0].message), `${JSON.stringify(s)}: an error for Compose v1`);
  }
  const bad = ['${', '${SET', 'a ${SET b', '${}', '${1A}', '${A B}', '${A:x}', '${-d}'];
  for (const s of bad) {
    const r = interpolate(s, lookup);
    assert.ok(r.errors.length >= 1, `${JSON.stringify(s)} should be an error`);
    assert.ok(r.errors.every((e) => e.span.start >= 0 && e.span.end <= s.length && e.span.start <= e.span.end), s);
    assert.ok(/invalid interpolation format/.test(r.errors[0].message), r.errors[0].message);
  }
  // unterminated `${` takes the rest of its line only
  const multi = interpolate('${A\n$SET', lookup);
  assert.equal(multi.errors.length, 1);
  assert.equal(multi.value, '${A\nvalue');
  // compose falls back to the last `}` of the line when braces do not balance
  assert.equal(value('${UNSET:-{x}'), '{x');
});

test('a lookup that throws or returns garbage is treated as unset', () => {
  const r = interpolate('${X:-d}$Y', () => {
    throw new Error('boom');
  });
  assert.equal(r.value, 'd');
  assert.equal(interpolate('$X', () => 42 as unknown as string).value, '');
});

test('recursion is bounded and long inputs stay linear', () => {
  const deep = '${A:-'.repeat(200) + 'x' + '}'.repeat(200);
  const r = interpolate(deep, () => undefined);
  assert.ok(r.errors.some((e) => /nested/.test(e.message)));
  const long = '$SET ${SET} '.repeat(50_000) + '${'.repeat(10_000);
  const t0 = Date.now();
  const big = interpolate(long, lookup);
  assert.ok(Date.now() - t0 < 2000, `took ${Date.now() - t0} ms`);
  assert.equal(big.refs.length, 100_000);
});
