// Properties parser (server/src/core/properties/): never throws, spans inside the text and faithful to it, and what
// escapePropertyKey / escapePropertyValue print reads back exactly — also through continuations, CRLF and lone CR,
// and when a value is replaced in place the way every fix does it.
import fc from 'fast-check';
import { escapePropertyKey, escapePropertyValue, parseProperties } from '../../server/src/core/syntax/properties/parser';
import { findPlaceholders, resolvePlaceholders, type Placeholder } from '../../server/src/core/syntax/properties/placeholders';
import { applyEdits } from '../../server/src/core/fixes/apply';
import { eq, fail, spanInside, spanWithin, textOver, type FuzzProperty } from './check';
import { javaTrim } from '../helpers';

/** Pieces that matter to the loader: separators, escapes, line ends, comments, documents, placeholders. */
const PIECES = [
  'a', 'b', 'K', '.', '=', ':', ' ', '  ', '\t', '\f', '\\', '\\\n', '\\\r\n', '\n', '\r\n', '\r', '#', '!', '#---', '!---',
  '\\u', '\\u0041', '\\u00e9', '\\uZZ', '0', 'F', '-', 'é', '中', '\u{1F600}', '\ud800', '\u0000', '\u0001', '\ufeff',
  '${', '}', '${A:', '${A}', 'nacos.core.auth.server.identity.value', 'true', '"', "'",
];

export const anyPropertiesText = textOver(PIECES, 80);

function checkStructure(text: string): void {
  const f = parseProperties(text);
  const n = text.length;
  if (f.documentCount < 1) fail('documentCount < 1');
  let lastDelete = 0;
  f.entries.forEach((e, i) => {
    const w = `entry ${i}`;
    if (e.key === '' || javaTrim(e.key) !== e.key) fail(`${w}: key not trimmed or empty`);
    spanWithin(e.keySpan, n, `${w} keySpan`);
    spanWithin(e.valueSpan, n, `${w} valueSpan`);
    spanWithin(e.lineSpan, n, `${w} lineSpan`);
    spanWithin(e.deleteSpan, n, `${w} deleteSpan`);
    if (e.keySpan.end <= e.keySpan.start) fail(`${w}: empty key span`);
    spanInside(e.keySpan, e.lineSpan, `${w} key in line`);
    spanInside(e.valueSpan, e.lineSpan, `${w} value in line`);
    spanInside(e.lineSpan, e.deleteSpan, `${w} line in delete`);
    if (e.valueSpan.start < e.keySpan.end) fail(`${w}: value starts before the key ends`);
    if (e.deleteSpan.start < lastDelete) fail(`${w}: delete spans overlap`);
    lastDelete = e.deleteSpan.end;
    if (e.document < 0 || e.document >= f.documentCount) fail(`${w}: document ${e.document} of ${f.documentCount}`);
    for (const [offs, len, span, what] of [[e.keyOffsets, e.key.length, e.keySpan, 'key'], [e.valueOffsets, e.value.length, e.valueSpan, 'value']] as const) {
      if (offs.length !== len + 1) fail(`${w}: ${what}Offsets length ${offs.length} for ${len} chars`);
      for (let k = 0; k < offs.length; k++) {
        if (offs[k] < span.start || offs[k] > span.end) fail(`${w}: ${what}Offsets[${k}] outside its span`);
        if (k > 0 && offs[k] < offs[k - 1]) fail(`${w}: ${what}Offsets decrease at ${k}`);
      }
      if (offs[len] !== span.end) fail(`${w}: last ${what} offset is not the span end`);
    }
    // The value span holds exactly the value: the same raw text after a plain key reads back the same value.
    const raw = text.slice(e.valueSpan.start, e.valueSpan.end);
    const again = parseProperties(`k=${raw}`).entries;
    eq(again.length, 1, `${w}: re-reading its value span gives one entry`);
    eq(again[0].value, e.value, `${w}: value re-read from its span`);
    // Likewise the key span (unless it starts where a bare line would be a comment).
    const rawKey = text.slice(e.keySpan.start, e.keySpan.end);
    if (!/^[#!]/.test(rawKey)) {
      const k2 = parseProperties(`${rawKey}=v`).entries;
      if (k2.length !== 1 || k2[0].key !== e.key) fail(`${w}: key re-read from its span differs`);
    }
  });
  for (const c of f.comments) spanWithin(c.span, n, 'comment span');
  for (const p of f.problems) {
    spanWithin(p.span, n, 'problem span');
    if (!p.message) fail('problem without a message');
  }
}

/** A key Spring can hold: non-empty, no leading or trailing char <= U+0020 (Spring trims keys). */
const writableKey = fc.string({ unit: 'binary', minLength: 1, maxLength: 12 }).filter((k) => k.length > 0 && javaTrim(k) === k);
const anyValue = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 16 }),
  textOver([' ', '\t', '\\', '=', ':', '#', '!', '\n', '\r', 'a', 'é', '\u0000', '$', '{', '}', '"'], 12),
);
const separator = fc.constantFrom('=', ':', ' = ', ' ', '\t:', ' :  ', '\f=');
const eol = fc.constantFrom('\n', '\r\n', '\r');

/** Positions in an escaped text where a `\`+newline continuation may go: not inside an escape, not before a space
 *  (the continuation drops the next line's leading white space). */
function continuationPoints(escaped: string): number[] {
  const points: number[] = [];
  for (let i = 0; i < escaped.length; ) {
    if (i > 0 && escaped[i] !== ' ') points.push(i);
    if (escaped[i] === '\\') i += escaped[i + 1] === 'u' ? 6 : 2;
    else i += 1;
  }
  return points;
}

function withContinuations(escaped: string, picks: number[], nl: string, indent: string): string {
  const points = continuationPoints(escaped);
  if (!points.length || !picks.length) return escaped;
  const at = [...new Set(picks.map((p) => points[p % points.length]))].sort((a, b) => b - a);
  let out = escaped;
  for (const p of at) out = `${out.slice(0, p)}\\${nl}${indent}${out.slice(p)}`;
  return out;
}

const entryArb = fc.record({
  key: writableKey,
  value: anyValue,
  sep: separator,
  keyCont: fc.array(fc.nat(), { maxLength: 2 }),
  valueCont: fc.array(fc.nat(), { maxLength: 2 }),
  indent: fc.constantFrom('', ' ', '\t \f'),
  lead: fc.constantFrom('', '  ', '\t'),
  before: fc.constantFrom('', '# comment', '! comment', '   ', '#---x'),
});

const fileArb = fc.record({ entries: fc.array(entryArb, { minLength: 1, maxLength: 6 }), eol, finalEol: fc.boolean() });

type FileSpec = { entries: { key: string; value: string; sep: string; keyCont: number[]; valueCont: number[]; indent: string; lead: string; before: string }[]; eol: string; finalEol: boolean };

function render(spec: FileSpec): string {
  const lines: string[] = [];
  for (const e of spec.entries) {
    if (e.before) lines.push(e.before);
    const key = withContinuations(escapePropertyKey(e.key), e.keyCont, spec.eol, e.indent);
    const value = withContinuations(escapePropertyValue(e.value), e.valueCont, spec.eol, e.indent);
    lines.push(`${e.lead}${key}${e.sep}${value}`);
  }
  return lines.join(spec.eol) + (spec.finalEol ? spec.eol : '');
}

function checkPlaceholders(value: string): void {
  const walk = (list: Placeholder[], from: number, to: number): void => {
    let last = from;
    for (const p of list) {
      if (p.start < last || p.end > to || p.start > p.end) fail(`placeholder ${p.start}..${p.end} outside ${last}..${to}`);
      if (value.slice(p.start, p.start + 2) !== '${') fail('placeholder does not start at "${"');
      if (p.nameStart !== p.start + 2 || p.nameEnd < p.nameStart || p.nameEnd > p.end) fail('placeholder name span');
      if (!p.unterminated && value[p.end - 1] !== '}') fail('terminated placeholder does not end at "}"');
      walk(p.nested, p.start + 2, p.end);
      last = p.end;
    }
  };
  walk(findPlaceholders(value), 0, value.length);
}

export const PROPERTIES_PARSER: FuzzProperty[] = [
  {
    name: 'properties: any text parses without throwing; spans and offsets lie within the text and re-read the same',
    area: 'properties',
    runs: 20_000,
    property: () => fc.property(anyPropertiesText, (text) => checkStructure(text)),
  },
  {
    name: 'properties: printed keys and values (escapePropertyKey/Value) read back exactly, through continuations, CRLF and lone CR',
    area: 'properties',
    runs: 15_000,
    property: () => fc.property(fileArb, (spec) => {
      const text = render(spec);
      checkStructure(text);
      const got = parseProperties(text).entries;
      eq(got.length, spec.entries.length, 'entry count');
      spec.entries.forEach((e, i) => {
        eq(got[i].key, e.key, `key ${i}`);
        eq(got[i].value, e.value, `value ${i}`);
      });
    }),
  },
  {
    name: 'properties: replacing a value span with an escaped value (what fixes do) sets exactly that value and nothing else',
    area: 'properties',
    runs: 10_000,
    property: () => fc.property(fileArb, fc.nat(), anyValue, (spec, pick, next) => {
      const text = render(spec);
      const before = parseProperties(text).entries;
      const i = pick % before.length;
      const e = before[i];
      // A line with a key and no separator (`key`) needs one added: the fixes write into valueSpan only when a
      // separator exists, which this generator always writes.
      const after = parseProperties(applyEdits(text, [{ path: '', span: e.valueSpan, newText: escapePropertyValue(next) }])).entries;
      eq(after.length, before.length, 'entry count after the edit');
      after.forEach((a, j) => {
        eq(a.key, before[j].key, `key ${j} after the edit`);
        eq(a.value, j === i ? next : before[j].value, `value ${j} after the edit`);
      });
    }),
  },
  {
    name: 'properties: placeholders in any value are found within it and resolve without throwing (cycles reported)',
    area: 'properties',
    runs: 5_000,
    property: () => fc.property(
      textOver(['${', '}', '{', ':', 'A', 'B', 'x', '$', '${A}', '${B:d}', '${A:${B}}'], 30),
      fc.dictionary(fc.constantFrom('A', 'B', 'x', 'A:', ''), textOver(['${', '}', 'A', 'B', ':', 'x', '${A}', '${B}'], 8), { maxKeys: 4 }),
      (value, env) => {
        checkPlaceholders(value);
        const r = resolvePlaceholders(value, (n) => (Object.prototype.hasOwnProperty.call(env, n) ? env[n] : undefined));
        if (r.cycle && (r.cycle.length < 2 || r.cycle[0] !== r.cycle[r.cycle.length - 1])) fail('cycle is not closed');
        if (r.value === undefined && !r.unresolved.length && !r.cycle) fail('unresolved without a reason');
      },
    ),
  },
];
