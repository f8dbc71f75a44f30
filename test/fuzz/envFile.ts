// Env-file parser (server/src/core/envfile/): never throws, spans inside the text and faithful to it, and every value
// the fixes print (encodeValue for env files) reads back exactly, whatever decorates the line.
import fc from 'fast-check';
import { parseEnvFile } from '../../server/src/core/syntax/envfile/parser';
import { encodeValue } from '../../server/src/core/fixes/encode';
import { applyEdits } from '../../server/src/core/fixes/apply';
import type { WrittenValue } from '../../server/src/core/model/node';
import { eq, fail, spanInside, spanWithin, textOver, type FuzzProperty } from './check';

const PIECES = [
  'A', 'b', '_', '1', 'KEY', 'export ', '=', ':', ' ', '\t', '\n', '\r\n', '\r', '#', ' #', "'", '"', '\\', '\\n', '\\"', "\\'",
  '$', '$$', '${', '}', '${A}', '${A:-d}', '${A:?e}', '$A', '{', 'é', '\u{1F600}', '\ud800', '\u0000', '\ufeff', '\u00a0', '\u2028',
  '-', '.', '[', ']',
];

function checkStructure(text: string, lookup?: (n: string) => string | undefined): void {
  const f = parseEnvFile(text, lookup);
  const n = text.length;
  f.entries.forEach((e, i) => {
    const w = `entry ${i}`;
    spanWithin(e.keySpan, n, `${w} keySpan`);
    spanWithin(e.valueSpan, n, `${w} valueSpan`);
    spanWithin(e.innerSpan, n, `${w} innerSpan`);
    spanWithin(e.lineSpan, n, `${w} lineSpan`);
    spanWithin(e.deleteSpan, n, `${w} deleteSpan`);
    eq(text.slice(e.keySpan.start, e.keySpan.end), e.key, `${w}: key span text`);
    eq(text.slice(e.valueSpan.start, e.valueSpan.end), e.rawValue, `${w}: value span text`);
    spanInside(e.innerSpan, e.valueSpan, `${w} inner in value`);
    spanInside(e.keySpan, e.lineSpan, `${w} key in line`);
    spanInside(e.valueSpan, e.lineSpan, `${w} value in line`);
    spanInside(e.lineSpan, e.deleteSpan, `${w} line in delete`);
    if (e.quote && (text[e.valueSpan.start] !== e.quote || text[e.valueSpan.end - 1] !== e.quote)) fail(`${w}: quoted value span does not hold its quotes`);
    for (const r of e.refs) {
      spanWithin(r.span, n, `${w} ref span`);
      if (text[r.span.start] !== '$') fail(`${w}: ref span does not start at "$"`);
    }
  });
  for (const c of f.comments) {
    spanWithin(c.span, n, 'comment span');
    eq(text[c.span.start], '#', 'comment starts with #');
  }
  for (const p of f.problems) {
    spanWithin(p.span, n, 'problem span');
    if (!p.message) fail('problem without a message');
  }
}

const ENV_W: WrittenValue = { path: '/ws/.env', fileKind: 'env', span: { start: 0, end: 0 }, raw: '', name: 'K', literal: true };
const name = fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,8}$/);
const value = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20 }),
  textOver([' ', '\t', "'", '"', '\\', '$', '${A}', '#', ' #', '=', 'a', '\n', '\r', 'é', '\\n', '\\0123'], 12),
);
const line = fc.record({
  key: name,
  value,
  exported: fc.boolean(),
  spaceBeforeEq: fc.constantFrom('', ' ', '\t'),
  spaceAfterEq: fc.constantFrom('', ' '),
  comment: fc.constantFrom('', ' # trailing comment'),
  before: fc.constantFrom('', '# comment', '   ', '\t'),
});
const fileSpec = fc.record({ lines: fc.array(line, { minLength: 1, maxLength: 6 }), eol: fc.constantFrom('\n', '\r\n'), bom: fc.boolean(), finalEol: fc.boolean() });

type Spec = { lines: { key: string; value: string; exported: boolean; spaceBeforeEq: string; spaceAfterEq: string; comment: string; before: string }[]; eol: string; bom: boolean; finalEol: boolean };

function render(spec: Spec): string {
  const out: string[] = [];
  for (const l of spec.lines) {
    if (l.before) out.push(l.before);
    const enc = encodeValue(ENV_W, l.value);
    // A comment after an unquoted value needs the space before '#'; after a quoted one anything goes.
    const comment = l.comment && (enc.startsWith("'") || enc.startsWith('"') || enc !== '') ? l.comment : '';
    out.push(`${l.exported ? 'export ' : ''}${l.key}${l.spaceBeforeEq}=${l.spaceAfterEq}${enc}${comment}`);
  }
  return (spec.bom ? '\ufeff' : '') + out.join(spec.eol) + (spec.finalEol ? spec.eol : '');
}

/** Compose's dotenv: the last definition of a name wins. */
function expected(spec: Spec): Map<string, string> {
  const m = new Map<string, string>();
  for (const l of spec.lines) m.set(l.key, l.value);
  return m;
}

export const ENV_FILE: FuzzProperty[] = [
  {
    name: 'env file: any text parses without throwing; spans lie within the text and hold what they claim',
    area: 'envfile',
    runs: 15_000,
    property: () => fc.property(textOver(PIECES, 60), fc.boolean(), (text, withLookup) => {
      checkStructure(text, withLookup ? (n) => (n === 'A' ? 'from-lookup' : undefined) : undefined);
    }),
  },
  {
    name: 'env file: values printed by the fixes (encodeValue) read back exactly, with export, comments, CRLF and BOM',
    area: 'envfile',
    runs: 10_000,
    property: () => fc.property(fileSpec, (spec) => {
      const text = render(spec);
      checkStructure(text);
      const f = parseEnvFile(text);
      eq(f.problems.length, 0, `problems: ${f.problems.map((p) => p.message).join('; ')}`);
      const got = new Map<string, string>();
      for (const e of f.entries) got.set(e.key, e.value);
      for (const [k, v] of expected(spec)) eq(got.get(k), v, `value of ${k}`);
      eq(got.size, expected(spec).size, 'number of names');
    }),
  },
  {
    name: 'env file: replacing a value span with encodeValue (what fixes do) sets exactly that value and nothing else',
    area: 'envfile',
    runs: 5_000,
    property: () => fc.property(fileSpec, fc.nat(), value, (spec, pick, next) => {
      const text = render(spec);
      const before = parseEnvFile(text).entries;
      const i = pick % before.length;
      const after = parseEnvFile(applyEdits(text, [{ path: '', span: before[i].valueSpan, newText: encodeValue(ENV_W, next) }]));
      eq(after.problems.length, 0, 'problems after the edit');
      eq(after.entries.length, before.length, 'entry count after the edit');
      after.entries.forEach((a, j) => {
        eq(a.key, before[j].key, `key ${j}`);
        eq(a.value, j === i ? next : before[j].value, `value ${j}`);
      });
    }),
  },
];
