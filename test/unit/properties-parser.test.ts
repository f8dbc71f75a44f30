import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  escapePropertyKey,
  escapePropertyValue,
  parseProperties,
  type PropertiesFile,
  type PropertyEntry,
} from '../../server/src/core/syntax/properties/parser';
import { findPlaceholders, resolvePlaceholders } from '../../server/src/core/syntax/properties/placeholders';

function entries(text: string): PropertyEntry[] {
  const file = parseProperties(text);
  assert.deepEqual(file.problems, [], `unexpected problems in ${JSON.stringify(text)}`);
  return file.entries;
}

function only(text: string): PropertyEntry {
  const list = entries(text);
  assert.equal(list.length, 1, `expected one entry in ${JSON.stringify(text)}`);
  return list[0];
}

function pairs(file: PropertiesFile): [string, string, number][] {
  return file.entries.map((e) => [e.key, e.value, e.document]);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

/** Deterministic PRNG (mulberry32). */
function rng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('parseProperties: lines', () => {
  test('separators: =, : or white space, with white space around them skipped', () => {
    const cases: [string, string, string][] = [
      ['a=b', 'a', 'b'],
      ['a:b', 'a', 'b'],
      ['a b', 'a', 'b'],
      ['a = b', 'a', 'b'],
      ['a\t:\tb', 'a', 'b'],
      ['a\f=b', 'a', 'b'],
      ['a  =  = b', 'a', '= b'],
      ['a:=b', 'a', '=b'],
      ['a b=c', 'a', 'b=c'],
      ['a', 'a', ''],
      ['a=', 'a', ''],
      ['   a   ', 'a', ''],
      ['a="quoted" ', 'a', '"quoted" '],
      ["a='x'", 'a', "'x'"],
      ['a=b #not a comment', 'a', 'b #not a comment'],
      ['a=b ! nor this', 'a', 'b ! nor this'],
    ];
    for (const [text, key, value] of cases) {
      const e = only(text);
      assert.deepEqual([e.key, e.value], [key, value], JSON.stringify(text));
    }
  });

  test('all spans of a plain line; trailing white space is kept', () => {
    const text = '  key = value \t\nnext=1';
    const [e, next] = entries(text);
    assert.equal(e.key, 'key');
    assert.equal(e.value, 'value \t');
    assert.deepEqual(e.keySpan, { start: 2, end: 5 });
    assert.deepEqual(e.valueSpan, { start: 8, end: 15 });
    assert.deepEqual(e.lineSpan, { start: 2, end: 15 });
    assert.deepEqual(e.deleteSpan, { start: 0, end: 16 });
    assert.deepEqual(e.keyOffsets, [2, 3, 4, 5]);
    assert.deepEqual(e.valueOffsets, range(8, 16));
    assert.equal(e.line, 0);
    assert.equal(e.document, 0);
    assert.equal(next.line, 1);
    assert.deepEqual(next.deleteSpan, { start: 16, end: 22 });
    assert.equal(text.slice(e.valueSpan.start, e.valueSpan.end), e.value);
  });

  test('escapes: \\uXXXX, \\t \\n \\r \\f, any other \\x is x; offsets point at the backslash', () => {
    const text = String.raw`k\=e\:y\ x=a\tb\nc\rd\fe\\f\qg\u0041\u00e9h`;
    const e = only(text);
    assert.equal(e.key, 'k=e:y x');
    assert.equal(e.value, 'a\tb\nc\rd\fe\\fqgA\u00e9h');
    assert.deepEqual(e.keySpan, { start: 0, end: 10 });
    assert.deepEqual(e.keyOffsets, [0, 1, 3, 4, 6, 7, 9, 10]);
    assert.deepEqual(e.valueSpan, { start: 11, end: text.length });
    assert.deepEqual(e.valueOffsets, [11, 12, 14, 15, 17, 18, 20, 21, 23, 24, 26, 27, 29, 30, 36, 42, 43]);
  });

  test('escaped separators, white space and comment chars are key text', () => {
    assert.equal(only(String.raw`a\ b\:c\=d = v`).key, 'a b:c=d');
    assert.equal(only(String.raw`\#not-a-comment=v`).key, '#not-a-comment');
    assert.equal(only(String.raw`\u0023also-not=v`).key, '#also-not');
    assert.equal(only(String.raw`k=\ \ two leading spaces`).value, '  two leading spaces');
  });

  test('continuations: backslash-newline joins lines, dropping the next line\'s leading white space', () => {
    const text = 'key = first \\\n    second\\\r\n\tthird\\\rfourth\nafter=1';
    const [e, after] = entries(text);
    assert.equal(e.value, 'first secondthirdfourth');
    const second = text.indexOf('second');
    const third = text.indexOf('third');
    const fourth = text.indexOf('fourth');
    assert.deepEqual(e.valueSpan, { start: 6, end: fourth + 6 });
    assert.deepEqual(e.valueOffsets, [
      ...range(6, 12),
      ...range(second, second + 6),
      ...range(third, third + 5),
      ...range(fourth, fourth + 6),
      fourth + 6,
    ]);
    assert.deepEqual(e.lineSpan, { start: 0, end: fourth + 6 });
    assert.deepEqual(e.deleteSpan, { start: 0, end: fourth + 7 });
    assert.equal(e.line, 0);
    assert.equal(after.line, 4);
  });

  test('an even number of trailing backslashes does not continue, an odd number does', () => {
    assert.deepEqual(
      entries('a=x\\\\\nb=y').map((e) => [e.key, e.value]),
      [['a', 'x\\'], ['b', 'y']],
    );
    assert.deepEqual(
      entries('a=x\\\\\\\nb=y').map((e) => [e.key, e.value]),
      [['a', 'x\\b=y']],
    );
  });

  test('continuations inside the key and the separator', () => {
    const text = 'ke\\\n  y \\\n  = v';
    const e = only(text);
    assert.equal(e.key, 'key');
    assert.equal(e.value, 'v');
    assert.deepEqual(e.keySpan, { start: 0, end: 7 });
    assert.deepEqual(e.keyOffsets, [0, 1, 6, 7]);
    assert.deepEqual(e.valueSpan, { start: 14, end: 15 });
    assert.equal(e.line, 0);
  });

  test('a key that starts on a continuation line gets that line', () => {
    const e = only('\\\n  \\ \\\n key=v');
    assert.equal(e.key, 'key');
    assert.equal(e.line, 2);
    assert.deepEqual(e.lineSpan, { start: 0, end: 14 });
  });

  test('line terminators: LF, CRLF and lone CR', () => {
    const text = 'a=1\r\nb=2\rc=3\nd=4';
    const list = entries(text);
    assert.deepEqual(list.map((e) => [e.key, e.value, e.line]), [['a', '1', 0], ['b', '2', 1], ['c', '3', 2], ['d', '4', 3]]);
    assert.deepEqual(list.map((e) => e.deleteSpan), [
      { start: 0, end: 5 },
      { start: 5, end: 9 },
      { start: 9, end: 13 },
      { start: 13, end: 16 },
    ]);
    assert.deepEqual(list[0].lineSpan, { start: 0, end: 3 });
  });

  test('blank and white-space-only lines', () => {
    const file = parseProperties(' \t\f\n\n  \r\n\r   ');
    assert.deepEqual(file.entries, []);
    assert.deepEqual(file.comments, []);
    assert.equal(file.documentCount, 1);
  });

  test('comments: # or ! at line start only, never continued', () => {
    const text = '# one\n  ! two \\\nkey=v # three\n\t#four\r\n';
    const file = parseProperties(text);
    assert.deepEqual(file.comments, [
      { span: { start: 0, end: 5 }, text: ' one', line: 0 },
      { span: { start: 8, end: 15 }, text: ' two \\', line: 1 },
      { span: { start: 31, end: 36 }, text: 'four', line: 3 },
    ]);
    assert.deepEqual(file.entries.map((e) => [e.key, e.value, e.line]), [['key', 'v # three', 2]]);
  });

  test('a continuation line that starts with # is value text', () => {
    const file = parseProperties('a=b\\\n  #c\n!d');
    assert.deepEqual(file.entries.map((e) => e.value), ['b#c']);
    assert.deepEqual(file.comments.map((c) => c.text), ['d']);
  });

  test('empty keys are dropped, as Spring does', () => {
    assert.deepEqual(
      entries('=x\n:y\n\\ =z\n \\t=w\nk=1').map((e) => e.key),
      ['k'],
    );
  });

  test('keys are trimmed like Java String.trim() (chars <= U+0020), not like JavaScript trim()', () => {
    const e = only(String.raw`\ \tkey\u0000\ = v`);
    assert.equal(e.key, 'key');
    assert.deepEqual(e.keySpan, { start: 4, end: 7 });
    assert.deepEqual(e.keyOffsets, [4, 5, 6, 7]);
    assert.equal(e.lineSpan.start, 0);
    assert.equal(only(String.raw`\u00a0key\u00a0=v`).key, '\u00a0key\u00a0');
  });

  test('an empty value has an empty span where the value would begin', () => {
    const cases: [string, number, number][] = [
      ['k=', 2, 2],
      ['k = ', 4, 4],
      ['k', 1, 1],
      ['k   ', 4, 4],
      ['k=\\\n  ', 6, 6],
      ['k=\n', 2, 2],
    ];
    for (const [text, at, lineEnd] of cases) {
      const e = only(text);
      assert.equal(e.value, '');
      assert.deepEqual(e.valueSpan, { start: at, end: at }, JSON.stringify(text));
      assert.deepEqual(e.valueOffsets, [at]);
      assert.equal(e.lineSpan.end, lineEnd, JSON.stringify(text));
    }
    // Inserting at the span sets exactly that value (a line without any separator also needs one).
    for (const [text] of cases.filter(([text]) => text !== 'k')) {
      const e = only(text);
      const edited = text.slice(0, e.valueSpan.start) + 'x y' + text.slice(e.valueSpan.end);
      assert.equal(only(edited).value, 'x y', JSON.stringify(edited));
    }
  });

  test('a backslash at the end of the file is dropped', () => {
    const e = only('k=v\\');
    assert.equal(e.value, 'v');
    assert.deepEqual(e.valueSpan, { start: 2, end: 3 });
    assert.deepEqual(e.lineSpan, { start: 0, end: 4 });
    const empty = only('k=\\');
    assert.equal(empty.value, '');
    assert.deepEqual(empty.valueSpan, { start: 2, end: 2 });
    assert.equal(only('key\\').key, 'key');
  });
});

describe('parseProperties: documents (Spring Boot 2.4+)', () => {
  const docs = (text: string) => {
    const file = parseProperties(text);
    return { entries: pairs(file), count: file.documentCount };
  };

  test('#--- and !--- on a line of their own start a new document', () => {
    assert.deepEqual(docs('a=1\n#---\nb=2\n!---\nc=3'), {
      entries: [['a', '1', 0], ['b', '2', 1], ['c', '3', 2]],
      count: 3,
    });
    assert.deepEqual(docs('a=1\r\n#--- \t\r\nb=2').entries, [['a', '1', 0], ['b', '2', 1]]);
  });

  test('separator lines are not comments', () => {
    assert.deepEqual(parseProperties('a=1\n#---\nb=2').comments, []);
  });

  test('not separators: leading white space, four hyphens, trailing text', () => {
    for (const line of [' #---', '#----', '#--- x', '#--', '#-- -']) {
      const file = parseProperties(`a=1\n${line}\nb=2`);
      assert.deepEqual(pairs(file), [['a', '1', 0], ['b', '2', 0]], line);
      assert.equal(file.comments.length, 1, line);
    }
  });

  test('#--- right after a # comment is a comment; after a ! comment it is a separator', () => {
    assert.deepEqual(docs('a=1\n# c\n#---\nb=2'), { entries: [['a', '1', 0], ['b', '2', 0]], count: 1 });
    assert.deepEqual(docs('a=1\n! c\n#---\nb=2'), { entries: [['a', '1', 0], ['b', '2', 1]], count: 2 });
    assert.deepEqual(docs('a=1\n# c\n\n#---\nb=2'), { entries: [['a', '1', 0], ['b', '2', 1]], count: 2 });
  });

  test('a comment before the first entry of a new document merges it back into the previous one (Spring quirk)', () => {
    assert.deepEqual(docs('a=1\n#---\n# about b\nb=2'), { entries: [['a', '1', 0], ['b', '2', 0]], count: 1 });
    assert.deepEqual(docs('a=1\n#---\n\n! about b\nb=2'), { entries: [['a', '1', 0], ['b', '2', 0]], count: 1 });
    assert.deepEqual(docs('a=1\n#---\nb=2\n#---\n#c\n'), { entries: [['a', '1', 0], ['b', '2', 1]], count: 2 });
  });

  test('empty documents are not counted', () => {
    assert.deepEqual(docs('#---\na=1'), { entries: [['a', '1', 0]], count: 1 });
    assert.deepEqual(docs('a=1\n#---\n\n#---\nb=2'), { entries: [['a', '1', 0], ['b', '2', 1]], count: 2 });
    assert.deepEqual(docs('a=1\n#---\n'), { entries: [['a', '1', 0]], count: 1 });
    assert.deepEqual(docs(''), { entries: [], count: 1 });
  });
});

describe('parseProperties: problems, never exceptions', () => {
  test('a malformed \\u escape is reported at its span and read as the letter u', () => {
    const text = 'a=\\u00zz\nb=\\u12\nk\\u1=v\nc=\\u004\\\n  1\nd=\\u';
    const file = parseProperties(text);
    assert.deepEqual(file.entries.map((e) => [e.key, e.value]), [
      ['a', 'u00zz'],
      ['b', 'u12'],
      ['ku1', 'v'],
      // Nacos and Spring read the four digits straight from the file: a continuation inside them is malformed too.
      ['c', 'u0041'],
      ['d', 'u'],
    ]);
    const spans = file.problems.map((p) => text.slice(p.span.start, p.span.end));
    assert.deepEqual(spans, ['\\u00', '\\u12', '\\u1', '\\u004', '\\u']);
    assert.ok(file.problems.every((p) => p.message.includes('Malformed \\uxxxx')));
    assert.deepEqual(file.entries[0].valueOffsets, [2, 4, 5, 6, 7, 8]);
  });

  test('NUL and other binary content is reported once', () => {
    const nul = parseProperties('a=\0\0\nb=\x01');
    assert.equal(nul.problems.length, 1);
    assert.deepEqual(nul.problems[0].span, { start: 2, end: 3 });
    assert.match(nul.problems[0].message, /NUL/);
    assert.deepEqual(nul.entries.map((e) => e.value), ['\0\0', '\x01']);
    const ctl = parseProperties('a=\x01\x02\nb=\x03');
    assert.equal(ctl.problems.length, 1);
    assert.deepEqual(ctl.problems[0].span, { start: 2, end: 3 });
    assert.deepEqual(parseProperties('a=\t\x0b\x1b\x1a\f').problems, []);
  });

  test('random input: never throws, spans and offsets stay consistent', () => {
    const alphabet = ['a', 'b', '=', ':', ' ', '\t', '\f', '\\', '\\', 'u', '0', 'F', '\n', '\r', '\r\n', '#', '!', '-', '\0', '\u00e9', '\ud83d', 'x'];
    const random = rng(7);
    for (let round = 0; round < 3000; round++) {
      let text = '';
      const len = Math.floor(random() * 40);
      for (let i = 0; i < len; i++) text += alphabet[Math.floor(random() * alphabet.length)];
      const file = parseProperties(text);
      let previousEnd = 0;
      for (const e of file.entries) {
        const where = JSON.stringify(text);
        assert.ok(e.key.length > 0, where);
        assert.ok(previousEnd <= e.deleteSpan.start, where);
        previousEnd = e.deleteSpan.end;
        assert.ok(e.deleteSpan.start <= e.lineSpan.start && e.lineSpan.end <= e.deleteSpan.end && e.deleteSpan.end <= text.length, where);
        assert.ok(e.lineSpan.start <= e.keySpan.start && e.keySpan.end <= e.valueSpan.start && e.valueSpan.end <= e.lineSpan.end, where);
        assert.ok(e.document >= 0 && e.document < file.documentCount, where);
        for (const [decoded, offsets, span] of [
          [e.key, e.keyOffsets, e.keySpan],
          [e.value, e.valueOffsets, e.valueSpan],
        ] as const) {
          assert.equal(offsets.length, decoded.length + 1, where);
          assert.equal(offsets[0], span.start, where);
          assert.equal(offsets[decoded.length], span.end, where);
          for (let i = 0; i < decoded.length; i++) {
            assert.ok(offsets[i] < offsets[i + 1], where);
            // A char that is not an escape is copied from the source.
            if (text[offsets[i]] !== '\\') assert.equal(text[offsets[i]], decoded[i], where);
          }
        }
      }
      for (const p of file.problems) assert.ok(p.span.start <= p.span.end && p.span.end <= text.length);
    }
  });

  test('linear time: 50 MB on one line, long runs of escapes, many lone-CR lines', (t) => {
    const big = 'k=' + 'x'.repeat(50_000_000);
    let t0 = performance.now();
    let file = parseProperties(big);
    const valueMs = performance.now() - t0;
    assert.equal(file.entries[0].value.length, 50_000_000);
    assert.deepEqual(file.entries[0].valueSpan, { start: 2, end: big.length });

    t0 = performance.now();
    file = parseProperties('y'.repeat(50_000_000));
    const keyMs = performance.now() - t0;
    assert.equal(file.entries[0].key.length, 50_000_000);

    t0 = performance.now();
    file = parseProperties('k=' + '\\\\\\u0041\\t'.repeat(1_000_000));
    const escapeMs = performance.now() - t0;
    assert.equal(file.entries[0].value.length, 3_000_000);

    t0 = performance.now();
    file = parseProperties('a=1\r'.repeat(500_000) + '#c\r'.repeat(500_000) + '\\\r'.repeat(500_000));
    const linesMs = performance.now() - t0;
    assert.equal(file.entries.length, 500_000);
    assert.equal(file.comments.length, 500_000);

    for (const [what, ms] of [['50 MB value', valueMs], ['50 MB key', keyMs], ['3M escapes', escapeMs], ['1.5M lines', linesMs]] as const) {
      t.diagnostic(`${what}: ${Math.round(ms)} ms`);
      // A guard against quadratic behaviour (hours at this size), not a timing test: CI machines are shared.
      assert.ok(ms < 30_000, `${what} took ${Math.round(ms)} ms`);
    }
  });
});

describe('escapePropertyValue / escapePropertyKey', () => {
  test('examples', () => {
    assert.equal(escapePropertyValue('plain value'), 'plain value');
    assert.equal(escapePropertyValue('VGhpc0lzTXk=:#!'), 'VGhpc0lzTXk=:#!');
    assert.equal(escapePropertyValue(' a\\b\t\n\r\f=\u00e9\u4e2d '), '\\ a\\\\b\\t\\n\\r\\f=\\u00E9\\u4E2D ');
    assert.equal(escapePropertyValue('=x'), '\\=x');
    assert.equal(escapePropertyValue(':x'), '\\:x');
    assert.equal(escapePropertyValue(''), '');
    assert.equal(escapePropertyKey('a b=c:d#e!f'), 'a\\ b\\=c\\:d\\#e\\!f');
    assert.equal(escapePropertyKey('#k'), '\\#k');
  });

  test('round trip through parseProperties for random strings', () => {
    const random = rng(11);
    const pool = [' ', '\t', '\n', '\r', '\f', '\\', '=', ':', '#', '!', 'a', 'Z', '0', '\0', '\x7f', '\u00e9', '\u00a0', '\u4e2d', '\ud83d', '\ude00', '$', '{', '}', 'u'];
    for (let round = 0; round < 3000; round++) {
      let s = '';
      const len = Math.floor(random() * 12);
      for (let i = 0; i < len; i++) s += pool[Math.floor(random() * pool.length)];
      const line = 'k=' + escapePropertyValue(s);
      assert.equal(only(line).value, s, JSON.stringify(line));
      assert.equal(only('k ' + escapePropertyValue(s)).value, s);
      // Keys cannot start or end with chars <= U+0020: Spring trims them.
      const key = 'k' + s + 'k';
      assert.equal(only(escapePropertyKey(key) + '=v').key, key);
      assert.match(escapePropertyValue(s), /^[\x20-\x7e]*$/);
    }
  });
});

function findCorpus(): string | undefined {
  const candidates = [process.env.NACOS_AUTH_LINT_CORPUS, 'test/fixtures/corpus', '../shared/corpus'];
  for (let dir = process.cwd(), i = 0; i < 5; dir = path.dirname(dir), i++) {
    for (const c of candidates) {
      if (!c) continue;
      const p = path.resolve(dir, c);
      if (fs.existsSync(path.join(p, 'nacos-distribution-2.2.0', 'conf', 'application.properties'))) return p;
    }
  }
  return undefined;
}

/** 1-based line and value of nacos.core.auth.server.identity.key in each corpus file (from the files, by eye). */
const IDENTITY_KEY: Record<string, [number, string]> = {
  'nacos-distribution-1.4.1/conf/application.properties': [139, ''],
  'nacos-distribution-1.4.5/conf/application.properties': [139, ''],
  'nacos-distribution-2.0.3/conf/application.properties': [167, 'serverIdentity'],
  'nacos-distribution-2.1.0/conf/application.properties': [157, 'serverIdentity'],
  'nacos-distribution-2.2.0/conf/application.properties': [146, 'serverIdentity'],
  'nacos-distribution-2.2.0.1/conf/application.properties': [146, 'serverIdentity'],
  'nacos-distribution-2.2.1/conf/application.properties': [148, ''],
  'nacos-distribution-2.3.0/conf/application.properties': [155, ''],
  'nacos-distribution-2.4.3/conf/application.properties': [155, ''],
  'nacos-distribution-2.5.1/conf/application.properties': [155, ''],
  'nacos-distribution-3.0.0/conf/application.properties': [236, ''],
  'nacos-distribution-3.0.3/conf/application.properties': [249, ''],
  'nacos-docker-v2.0.3/build/conf/application.properties': [28, '${NACOS_AUTH_IDENTITY_KEY:serverIdentity}'],
  'nacos-docker-v2.2.0/build/conf/application.properties': [32, '${NACOS_AUTH_IDENTITY_KEY:serverIdentity}'],
  'nacos-docker-v2.2.1/build/conf/application.properties': [32, '${NACOS_AUTH_IDENTITY_KEY}'],
  'nacos-docker-v2.3.0/build/conf/application.properties': [38, '${NACOS_AUTH_IDENTITY_KEY:}'],
  'nacos-docker-v2.5.1/build/conf/application.properties': [38, '${NACOS_AUTH_IDENTITY_KEY:}'],
  'nacos-docker-v3.0.0/build/conf/application.properties': [242, '${NACOS_AUTH_IDENTITY_KEY:}'],
  'nacos-docker-v3.2.3/build/conf/application.properties': [249, '${NACOS_AUTH_IDENTITY_KEY:}'],
};

test('corpus: every real application.properties parses with no problems', (t) => {
  const corpus = findCorpus();
  if (!corpus) {
    if (process.env.CI === 'true') assert.fail('corpus missing: set NACOS_AUTH_LINT_CORPUS or copy it to test/fixtures/corpus');
    t.skip('corpus not found');
    return;
  }
  const files = fs
    .readdirSync(corpus)
    .map((d) => path.posix.join(d, d.startsWith('nacos-docker-') ? 'build/conf' : 'conf', 'application.properties'))
    .filter((f) => fs.existsSync(path.join(corpus, f)));
  // The corpus grows: every file found is checked; the ones in IDENTITY_KEY also at their known line and value.
  for (const pinned of Object.keys(IDENTITY_KEY)) assert.ok(files.includes(pinned), `${pinned} is gone from the corpus`);
  assert.ok(files.length >= Object.keys(IDENTITY_KEY).length);
  for (const f of files) {
    const text: string = fs.readFileSync(path.join(corpus, f), 'utf8');
    const file = parseProperties(text);
    assert.deepEqual(file.problems, [], f);
    assert.equal(file.documentCount, 1, f);
    // These files have no continuations: every non-blank line is one entry or one comment.
    const lines = text.split(/\r\n|\r|\n/);
    assert.equal(file.entries.length, lines.filter((l) => /^[ \t\f]*[^#! \t\f]/.test(l)).length, f);
    assert.equal(file.comments.length, lines.filter((l) => /^[ \t\f]*[#!]/.test(l)).length, f);
    const found = file.entries.filter((e) => e.key === 'nacos.core.auth.server.identity.key');
    assert.ok(found.length <= 1, f);
    // Every key in these files is plain: its span is its text.
    for (const entry of file.entries) assert.equal(text.slice(entry.keySpan.start, entry.keySpan.end), entry.key, f);
    if (!found.length) continue;
    const e = found[0];
    if (IDENTITY_KEY[f]) assert.deepEqual([e.line + 1, e.value], IDENTITY_KEY[f], f);
    assert.equal(text.slice(e.keySpan.start, e.keySpan.end), e.key);
    assert.equal(text.slice(e.valueSpan.start, e.valueSpan.end), e.value);
    assert.equal(text.slice(e.deleteSpan.start, e.deleteSpan.end), `${e.key}=${e.value}\n`);
  }
});

describe('findPlaceholders', () => {
  test('none', () => {
    assert.deepEqual(findPlaceholders('plain $ { } $A {B}'), []);
  });

  test('simple, with and without a default', () => {
    assert.deepEqual(findPlaceholders('${A}'), [{ name: 'A', start: 0, end: 4, nameStart: 2, nameEnd: 3, nested: [] }]);
    assert.deepEqual(findPlaceholders('x${NACOS_AUTH_TOKEN:}'), [
      { name: 'NACOS_AUTH_TOKEN', defaultValue: '', start: 1, end: 21, nameStart: 3, nameEnd: 19, nested: [] },
    ]);
    assert.deepEqual(findPlaceholders('${A:a:b}y$${B}'), [
      { name: 'A', defaultValue: 'a:b', start: 0, end: 8, nameStart: 2, nameEnd: 3, nested: [] },
      { name: 'B', start: 10, end: 14, nameStart: 12, nameEnd: 13, nested: [] },
    ]);
  });

  test('nested in the default and in the name', () => {
    assert.deepEqual(findPlaceholders('${A:${B:c}}'), [
      {
        name: 'A', defaultValue: '${B:c}', start: 0, end: 11, nameStart: 2, nameEnd: 3,
        nested: [{ name: 'B', defaultValue: 'c', start: 4, end: 10, nameStart: 6, nameEnd: 7, nested: [] }],
      },
    ]);
    const [outer] = findPlaceholders('${${X}}');
    assert.equal(outer.name, '${X}');
    assert.equal(outer.end, 7);
    assert.deepEqual(outer.nested.map((p) => p.name), ['X']);
  });

  test('every { inside a placeholder must be closed before } ends it (Spring)', () => {
    assert.deepEqual(findPlaceholders('${a{b}c}d}').map((p) => [p.name, p.end]), [['a{b}c', 8]]);
    // The separator is the first ':' outside nested placeholders, even inside plain braces.
    assert.deepEqual(findPlaceholders('${a{b:c}}').map((p) => [p.name, p.defaultValue]), [['a{b', 'c}']]);
  });

  test('unterminated', () => {
    assert.deepEqual(findPlaceholders('x${A'), [
      { name: 'A', start: 1, end: 4, nameStart: 3, nameEnd: 4, unterminated: true, nested: [] },
    ]);
    const [outer] = findPlaceholders('a ${b ${c}');
    assert.equal(outer.unterminated, true);
    assert.equal(outer.end, 10);
    assert.deepEqual(outer.nested.map((p) => [p.name, p.unterminated]), [['c', undefined]]);
  });
});

describe('resolvePlaceholders', () => {
  const env = (vars: Record<string, string>) => (name: string) => (Object.hasOwn(vars, name) ? vars[name] : undefined);

  test('no placeholders', () => {
    assert.deepEqual(resolvePlaceholders('a:b}', env({})), { value: 'a:b}', unresolved: [], usedDefault: [] });
  });

  test('the default is used only when NAME is absent: an empty string is a value', () => {
    assert.deepEqual(resolvePlaceholders('${A:d}', env({})), { value: 'd', unresolved: [], usedDefault: ['A'] });
    assert.deepEqual(resolvePlaceholders('${A:d}', env({ A: '' })), { value: '', unresolved: [], usedDefault: [] });
    assert.deepEqual(resolvePlaceholders('${NACOS_AUTH_IDENTITY_KEY:}', env({})), {
      value: '', unresolved: [], usedDefault: ['NACOS_AUTH_IDENTITY_KEY'],
    });
  });

  test('absent without a default: unresolved (Spring: Could not resolve placeholder)', () => {
    assert.deepEqual(resolvePlaceholders('${A}-${B}-${A}', env({})), { value: undefined, unresolved: ['A', 'B'], usedDefault: [] });
    assert.deepEqual(resolvePlaceholders('${}', env({})), { value: undefined, unresolved: [''], usedDefault: [] });
  });

  test('nested placeholders in defaults, in names and in resolved values', () => {
    assert.deepEqual(resolvePlaceholders('${A:${B:x}}', env({})), { value: 'x', unresolved: [], usedDefault: ['A', 'B'] });
    assert.deepEqual(resolvePlaceholders('<${A}>', env({ A: '${B}-x', B: 'b' })), { value: '<b-x>', unresolved: [], usedDefault: [] });
    assert.deepEqual(resolvePlaceholders('${${K}}', env({ K: 'A', A: 'v' })).value, 'v');
    assert.deepEqual(resolvePlaceholders('${A}${A}', env({ A: '${B}', B: '1' })).value, '11');
    assert.deepEqual(resolvePlaceholders('${a{b}c}', env({ 'a{b}c': 'braces' })).value, 'braces');
  });

  test('a default is only resolved when it is used', () => {
    assert.deepEqual(resolvePlaceholders('${A:${B}}', env({ A: 'a' })), { value: 'a', unresolved: [], usedDefault: [] });
  });

  test('cycles are reported, not followed', () => {
    assert.deepEqual(resolvePlaceholders('${A}', env({ A: '${B}', B: '${A}' })), {
      value: undefined, unresolved: [], usedDefault: [], cycle: ['A', 'B', 'A'],
    });
    assert.deepEqual(resolvePlaceholders('x${A:1}', env({ A: 'y${A}' })).cycle, ['A', 'A']);
    // An absent name never cycles.
    assert.deepEqual(resolvePlaceholders('${A:${A:z}}', env({})).value, 'z');
  });

  test('an unterminated ${ is kept literally', () => {
    assert.deepEqual(resolvePlaceholders('${A', env({ A: 'no' })), { value: '${A', unresolved: [], usedDefault: [] });
    assert.equal(resolvePlaceholders('x ${A ${B}', env({ B: 'b' })).value, 'x ${A b');
  });

  test('deep nesting does not overflow the stack', () => {
    const deep = '${'.repeat(100_000) + 'A' + '}'.repeat(100_000);
    assert.equal(findPlaceholders(deep).length, 1);
    const result = resolvePlaceholders(deep, env({ A: 'A' }));
    assert.equal(result.value, undefined);
  });
});

// Found by the hostile-input tests (issue 8): a 1 MB line of `${${${…` used to build 500,000 placeholder frames
// (0.8 s, 250 MB) on every analysis; nesting deeper than resolution goes is now text, with the same result.
test('placeholders: pathological nesting stays cheap and unresolvable', () => {
  const value = '${'.repeat(1 << 19);
  const t0 = performance.now();
  const top = findPlaceholders(value);
  let depth = 0;
  for (let p = top[0]; p; p = p.nested[0]) depth++;
  assert.ok(depth <= 65, `nesting depth ${depth}`);
  const r = resolvePlaceholders(value, () => undefined);
  assert.equal(r.value, undefined);
  assert.ok(performance.now() - t0 < 2000, `took ${Math.round(performance.now() - t0)} ms`);
  // Up to the limit nothing changed: 64 levels resolve, 65 do not.
  const nest = (n: number) => '${'.repeat(n) + 'a' + '}'.repeat(n);
  assert.equal(resolvePlaceholders(nest(3), (k) => (k === 'a' ? 'a' : undefined)).value, 'a');
  assert.equal(resolvePlaceholders(nest(70), (k) => (k === 'a' ? 'a' : undefined)).value, undefined);
});
