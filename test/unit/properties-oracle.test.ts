// Differential test of the properties parser against java.util.Properties (test/oracle/PropertiesDump.java).
// java.util.Properties reads lines, escapes and continuations as Nacos's loader does, but for two corner cases;
// on top of that Spring trims keys, drops empty ones and knows `#---` documents. Those differences, and reading
// bytes as ISO-8859-1, are asserted explicitly ("documented differences"); everything else must be identical.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { escapePropertyKey, escapePropertyValue, parseProperties, type PropertiesFile } from '../../server/src/core/syntax/properties/parser';
import { javaTrim } from '../helpers';

interface OracleResult {
  file: string;
  puts?: [string, string][];
  map?: [string, string][];
  error?: string;
}

const GENERATED_LATIN1 = 10_000;
const GENERATED_UTF8 = 1_000;

function findUp(relative: string): string | undefined {
  for (let dir = process.cwd(), i = 0; i < 6; dir = path.dirname(dir), i++) {
    const p = path.resolve(dir, relative);
    if (fs.existsSync(p)) return p;
  }
  return undefined;
}

function findCorpus(): string | undefined {
  for (const c of [process.env.NACOS_AUTH_LINT_CORPUS, 'test/fixtures/corpus', '../shared/corpus']) {
    if (!c) continue;
    const p = findUp(path.join(c, 'nacos-distribution-2.2.0', 'conf', 'application.properties'));
    if (p) return path.resolve(p, '../../..');
  }
  return undefined;
}

function corpusFiles(corpus: string): string[] {
  return fs
    .readdirSync(corpus)
    .map((d) => path.join(corpus, d, d.startsWith('nacos-docker-') ? 'build/conf' : 'conf', 'application.properties'))
    .filter((f) => fs.existsSync(f))
    .sort();
}

/** Compiles the oracle; undefined when no JDK is on PATH. */
function compileOracle(tmp: string): ((args: string[]) => OracleResult[]) | undefined {
  const source = findUp('test/oracle/PropertiesDump.java');
  assert.ok(source, 'test/oracle/PropertiesDump.java not found from the working directory');
  if (spawnSync('java', ['-version']).status !== 0) return undefined;
  const classes = path.join(tmp, 'classes');
  let command: string[];
  const javac = spawnSync('javac', ['-encoding', 'UTF-8', '-d', classes, source], { encoding: 'utf8' });
  if (javac.status === 0) command = ['-cp', classes, 'PropertiesDump'];
  else if (javac.error) command = [source]; // a JDK without javac on PATH: single-file source mode
  else throw new Error(`javac failed: ${javac.stderr}`);
  return (args) => {
    const run = spawnSync('java', [...command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
    if (run.status !== 0) throw new Error(`oracle failed (${run.status}): ${run.stderr}`);
    return run.stdout
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as OracleResult);
  };
}

const latin1View = (s: string) => Buffer.from(s, 'utf8').toString('latin1');
const identity = (s: string) => s;

/**
 * Our entries must be java's put() calls with keys trimmed and empty keys dropped (Spring), and the last value per
 * key must be Java's map. `view` maps our strings before comparing (identity, or the UTF-8-read-as-Latin-1 view).
 */
function assertSameAsJava(where: string, ours: PropertiesFile, java: OracleResult, view: (s: string) => string = identity): { ambiguous: number } {
  assert.equal(java.error, undefined, `${where}: java.util.Properties failed: ${java.error}`);
  const expected = java.puts!.map(([k, v]) => [javaTrim(k), v]).filter(([k]) => k !== '');
  const actual = ours.entries.map((e) => [view(e.key), view(e.value)]);
  assert.deepEqual(actual, expected, where);

  const javaMap = new Map<string, string>();
  const ambiguous = new Set<string>(); // distinct Java keys that trim to the same Spring key: no order in the map
  for (const [k, v] of java.map!) {
    const key = javaTrim(k);
    if (key === '') continue;
    if (javaMap.has(key)) ambiguous.add(key);
    javaMap.set(key, v);
  }
  const ourMap = new Map<string, string>();
  for (const e of ours.entries) ourMap.set(view(e.key), view(e.value));
  assert.deepEqual([...ourMap.keys()].sort(), [...javaMap.keys()].sort(), `${where}: key sets`);
  for (const [k, v] of ourMap) if (!ambiguous.has(k)) assert.equal(v, javaMap.get(k), `${where}: last value of ${JSON.stringify(k)}`);
  return { ambiguous: ambiguous.size };
}

class Random {
  private s: number;
  constructor(seed: number) {
    this.s = seed;
  }
  next(): number {
    // mulberry32
    this.s = (this.s + 0x6d2b79f5) | 0;
    let t = Math.imul(this.s ^ (this.s >>> 15), 1 | this.s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }
}

interface Alphabet {
  plain: readonly string[];
  escapes: readonly string[];
  /** Only \uXXXX escapes of ASCII chars (the UTF-8 comparison maps our strings through UTF-8 bytes). */
  asciiUnicodeEscapes: boolean;
}

const COMMON_ESCAPES = ['\\=', '\\:', '\\ ', '\\t', '\\n', '\\r', '\\f', '\\\\', '\\#', '\\!', '\\q', '\\"', '\\\t', '\\\f', '\\$'];
const LATIN1: Alphabet = {
  plain: [...'abcxyzABXZ0189._-/$"\'{}[]()@%&*+,;?<>|~`^#!', '\u00e9', '\u00ff', '\u00a0', '\u0085', '\u00c3', '\u007f', '\u0001', '\u000b', '\u0000', '\u001b'],
  escapes: [...COMMON_ESCAPES, '\\\u00e9', '\\\u00a0'],
  asciiUnicodeEscapes: false,
};
const UTF8: Alphabet = {
  plain: [...'abcxyz019._-#!"{}$', 'é', 'ü', '中', '文', '😀', 'Ω', '\u00a0', '\u2028', '\ufeff', '\u0085'],
  escapes: [...COMMON_ESCAPES, '\\é', '\\中'],
  asciiUnicodeEscapes: true,
};
const EOLS = ['\n', '\n', '\n', '\r\n', '\r\n', '\r'];
const WHITE = [' ', '\t', '\f'];
const INTERESTING_UNICODE = ['0020', '000a', '000D', '003d', '003A', '005c', '0023', '0021', '0000', '0009', '000c', '0041', '00a0', '00E9', 'd83d', 'DE00', 'ffff', '4e2D'];
const SEPARATORS = ['=', '=', ':', ' ', '\t', '\f', ' = ', ' : ', '\t=\t', '  ', '==', ' =:', '::', '= ', ':=', '', ' \\\n = ', '=\\\r\n  ', ' \\\r', '\\\n='];
const STEMS = ['a', 'k', 'nacos.core.auth.enabled', 'nacos.core.auth.server.identity.key', 'x.y', 'key'];

function white(r: Random, max: number): string {
  let s = '';
  for (let i = r.int(max + 1); i > 0; i--) s += r.pick(WHITE);
  return s;
}

function continuation(r: Random): string {
  return '\\' + r.pick(EOLS) + white(r, 3);
}

function unicodeEscape(r: Random, asciiOnly: boolean): string {
  let hex: string;
  if (asciiOnly) hex = r.int(0x80).toString(16).padStart(4, '0');
  else if (r.chance(0.5)) hex = r.pick(INTERESTING_UNICODE);
  else hex = r.int(0x10000).toString(16).padStart(4, '0');
  return '\\u' + [...hex].map((c) => (r.chance(0.5) ? c.toUpperCase() : c)).join('');
}

function escapeToken(r: Random, alpha: Alphabet): string {
  return r.chance(0.3) ? unicodeEscape(r, alpha.asciiUnicodeEscapes) : r.pick(alpha.escapes);
}

function genKey(r: Random, alpha: Alphabet): string {
  if (r.chance(0.05)) return '';
  if (r.chance(0.04)) return r.pick(['\\ ', '\\t', '\\u0020', '\\ \\ ', '\\u0000']); // empty once Spring trims it
  let key = r.chance(0.5) ? r.pick(STEMS) : '';
  for (let i = r.int(6); i > 0; i--) {
    const x = r.next();
    // Never a continuation or a comment char first: a line that starts with a continuation makes
    // java.util.Properties take a following '#' line for a comment, Nacos's loader does not (asserted in the
    // differences below); and a key starting with '#' would make a comment line hiding that continuation.
    if (key === '') key += r.pick(alpha.plain.filter((c) => c !== '#' && c !== '!'));
    else if (x < 0.55) key += r.pick(alpha.plain);
    else if (x < 0.85) key += escapeToken(r, alpha);
    else key += continuation(r);
  }
  return key;
}

function genValue(r: Random, alpha: Alphabet): string {
  let value = '';
  for (let i = r.int(9); i > 0; i--) {
    const x = r.next();
    if (x < 0.45) value += r.pick(alpha.plain);
    else if (x < 0.55) value += r.pick([...WHITE, '=', ':', '#', '!']);
    else if (x < 0.85) value += escapeToken(r, alpha);
    else value += continuation(r);
  }
  if (r.chance(0.25)) value += white(r, 3); // trailing white space, kept
  return value;
}

function genComment(r: Random): string {
  let body = r.pick([...'abc =:', '\u00e9']); // never '---': java.util.Properties knows no documents
  for (let i = r.int(10); i > 0; i--) body += r.pick([...'abc =:#!-', '\\', '\t', '\u00e9']);
  return white(r, 2) + r.pick(['#', '!']) + body;
}

function genFile(r: Random, alpha: Alphabet): string {
  const lines: string[] = [];
  const keys: string[] = [];
  for (let i = 1 + r.int(14); i > 0; i--) {
    const x = r.next();
    if (x < 0.1) lines.push(white(r, 3));
    else if (x < 0.25) lines.push(genComment(r));
    else {
      const key = keys.length > 0 && r.chance(0.2) ? r.pick(keys) : genKey(r, alpha);
      keys.push(key);
      let separator = r.pick(SEPARATORS);
      if (key === '' && !/^[=:]/.test(separator)) separator = '=';
      lines.push(white(r, 2) + key + separator + genValue(r, alpha));
    }
  }
  let text = '';
  lines.forEach((line, i) => {
    text += line;
    if (i < lines.length - 1 || r.chance(0.5)) text += r.pick(EOLS);
  });
  if (r.chance(0.05)) text += '\\'; // a backslash at the very end
  return text;
}

interface Case {
  name: string;
  bytes: Buffer;
  /** A real file the oracle reads; otherwise `bytes` go into the oracle's batch file. */
  file?: string;
  result?: OracleResult;
}

test('java.util.Properties oracle', async (t) => {
  const started = performance.now();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'properties-oracle-'));
  try {
    const oracle = compileOracle(tmp);
    const compiledMs = performance.now() - started;
    if (!oracle) {
      if (process.env.CI === 'true') assert.fail('java oracle missing: no java on PATH');
      t.skip('java not found');
      return;
    }

    const cases: Case[] = [];
    const add = (name: string, bytes: Buffer, file?: string): Case => {
      const c: Case = { name, bytes, file };
      cases.push(c);
      return c;
    };
    const corpus = findCorpus();
    const corpusCases = corpus ? corpusFiles(corpus).map((f) => add(path.relative(corpus, f), fs.readFileSync(f), f)) : [];
    const random = new Random(20240601);
    const latin1Cases = Array.from({ length: GENERATED_LATIN1 }, (_, i) => {
      const text = genFile(random, LATIN1);
      return { text, c: add(`latin1 #${i}`, Buffer.from(text, 'latin1')) };
    });
    const utf8Cases = Array.from({ length: GENERATED_UTF8 }, (_, i) => {
      const text = genFile(random, UTF8);
      return { text, c: add(`utf8 #${i}`, Buffer.from(text, 'utf8')) };
    });

    const roundTripPool = [' ', '\t', '\n', '\r', '\f', '\\', '=', ':', '#', '!', 'a', 'u', '0', '\0', '\x7f', '\u00e9', '\u00a0', '\u4e2d', '\ud83d', '\ude00', '\ufeff', '$', '{'];
    const roundTrips: string[] = [];
    for (let i = 0; i < 2000; i++) {
      let s = '';
      for (let j = random.int(12); j > 0; j--) s += random.pick(roundTripPool);
      roundTrips.push(s);
    }
    const roundTripValues = add(
      'escapePropertyValue round trip',
      Buffer.from(roundTrips.map((s, i) => `v${i}=${escapePropertyValue(s)}\n`).join(''), 'latin1'),
    );
    const roundTripKeys = add(
      'escapePropertyKey round trip',
      Buffer.from(roundTrips.map((s, i) => `${escapePropertyKey('k' + s + 'k')}=${i}\n`).join(''), 'latin1'),
    );

    const differences = {
      malformed: add('malformed \\u', Buffer.from('a=\\u00zz\n', 'latin1')),
      splitUnicode: add('\\u split by a continuation', Buffer.from('a=\\u00\\\n  41\n', 'latin1')),
      emptyKey: add('empty key', Buffer.from('=x\n', 'latin1')),
      trimmedKey: add('key trimmed', Buffer.from('\\ key\\t=v\n', 'latin1')),
      wrappedComment: add('continued empty line before #', Buffer.from('\\\n#a=b\n', 'latin1')),
      documents: add('#--- documents', Buffer.from('a=1\n#---\na=2\n', 'latin1')),
      utf8: add('UTF-8 bytes', Buffer.from('k=\u00e9\n', 'utf8')),
      // Added with the hostile-input work (issue 8): a UTF-8 BOM before the first key.
      bom: add('UTF-8 BOM', Buffer.from('\ufeffnacos.core.auth.enabled=true\nb=2\n', 'utf8')),
    };

    const generatedMs = performance.now() - started - compiledMs;
    const files = cases.filter((c) => c.file !== undefined);
    const batched = cases.filter((c) => c.file === undefined);
    const batch = path.join(tmp, 'batch');
    fs.writeFileSync(
      batch,
      Buffer.concat(batched.flatMap((c) => [Buffer.from([c.bytes.length >>> 24, c.bytes.length >>> 16, c.bytes.length >>> 8, c.bytes.length].map((b) => b & 0xff)), c.bytes])),
    );
    const javaStarted = performance.now();
    const results = oracle([...files.map((c) => c.file!), `--batch=${batch}`]);
    const javaMs = performance.now() - javaStarted;
    const names = [...files.map((c) => c.file!), ...batched.map((_, i) => `${batch}#${i}`)];
    assert.equal(results.length, names.length);
    [...files, ...batched].forEach((c, i) => {
      assert.equal(results[i].file, names[i]);
      c.result = results[i];
    });
    t.diagnostic(
      `${cases.length} files; javac ${Math.round(compiledMs)} ms, generate ${Math.round(generatedMs)} ms, ` +
        `java ${Math.round(javaMs)} ms`,
    );

    await t.test('every corpus file: same entries as java.util.Properties on its bytes', (t) => {
      if (!corpus) {
        if (process.env.CI === 'true') assert.fail('corpus missing: set NACOS_AUTH_LINT_CORPUS or copy it to test/fixtures/corpus');
        t.skip('corpus not found');
        return;
      }
      assert.ok(corpusCases.length >= 19, `${corpusCases.length} corpus files`);
      for (const c of corpusCases) {
        // Java reads ISO-8859-1: ours on the same chars must match exactly.
        assertSameAsJava(c.name, parseProperties(c.bytes.toString('latin1')), c.result!);
        // As an editor shows it (UTF-8), only non-ASCII chars differ, by exactly the Latin-1 reading of their bytes.
        assertSameAsJava(`${c.name} (UTF-8)`, parseProperties(c.bytes.toString('utf8')), c.result!, latin1View);
      }
    });

    await t.test(`${GENERATED_LATIN1} generated ISO-8859-1 files`, (t) => {
      let ambiguous = 0;
      let entries = 0;
      for (const { text, c } of latin1Cases) {
        const ours = parseProperties(text);
        const where = `${c.name}: ${JSON.stringify(text)}`;
        assert.deepEqual(ours.problems.filter((p) => p.message.startsWith('Malformed')), [], where);
        ambiguous += assertSameAsJava(where, ours, c.result!).ambiguous;
        entries += ours.entries.length;
      }
      t.diagnostic(`${entries} entries; ${ambiguous} keys compared by order only (distinct Java keys, same trimmed key)`);
      assert.ok(entries > GENERATED_LATIN1 * 3);
    });

    await t.test(`${GENERATED_UTF8} generated UTF-8 files: Java reads bytes, the editor reads UTF-8`, () => {
      let differing = 0;
      for (const { text, c } of utf8Cases) {
        const where = `${c.name}: ${JSON.stringify(text)}`;
        // Java's view: the UTF-8 bytes read as ISO-8859-1. Ours on that same string matches exactly…
        assertSameAsJava(`${where} (latin1)`, parseProperties(c.bytes.toString('latin1')), c.result!);
        // …and ours on the editor's string differs by exactly that re-reading of non-ASCII chars.
        const ours = parseProperties(text);
        assertSameAsJava(where, ours, c.result!, latin1View);
        if (ours.entries.some((e) => latin1View(e.key + e.value) !== e.key + e.value)) differing++;
      }
      assert.ok(differing > GENERATED_UTF8 / 4, `only ${differing} files have non-ASCII keys or values`);
    });

    await t.test('escapePropertyValue and escapePropertyKey: java.util.Properties reads back the same strings', () => {
      const values = new Map(roundTripValues.result!.map as [string, string][]);
      roundTrips.forEach((s, i) => assert.equal(values.get(`v${i}`), s, JSON.stringify(s)));
      const keys = roundTripKeys.result!.puts!;
      assert.equal(keys.length, roundTrips.length);
      roundTrips.forEach((s, i) => assert.deepEqual(keys[i], ['k' + s + 'k', String(i)], JSON.stringify(s)));
    });

    await t.test('documented differences', () => {
      const java = (c: Case) => c.result!;
      const ours = (c: Case, encoding: BufferEncoding = 'latin1') => {
        const file = parseProperties(c.bytes.toString(encoding));
        return {
          entries: file.entries.map((e) => [e.key, e.value, e.document]),
          problems: file.problems.map((p) => p.span),
        };
      };
      // A malformed \u: Java throws (so do Nacos and Spring: the server does not start); we report it.
      assert.equal(java(differences.malformed).error, 'IllegalArgumentException: Malformed \\uxxxx encoding.');
      assert.deepEqual(ours(differences.malformed), { entries: [['a', 'u00zz', 0]], problems: [{ start: 2, end: 6 }] });
      // Java joins continuation lines before decoding \u; Nacos and Spring read the digits from the file.
      assert.deepEqual(java(differences.splitUnicode).puts, [['a', 'A']]);
      assert.deepEqual(ours(differences.splitUnicode), { entries: [['a', 'u0041', 0]], problems: [{ start: 2, end: 6 }] });
      // Java keeps an empty key; Spring drops it.
      assert.deepEqual(java(differences.emptyKey).puts, [['', 'x']]);
      assert.deepEqual(ours(differences.emptyKey), { entries: [], problems: [] });
      // Java keeps escaped white space around a key; Spring trims the key.
      assert.deepEqual(java(differences.trimmedKey).puts, [[' key\t', 'v']]);
      assert.deepEqual(ours(differences.trimmedKey).entries, [['key', 'v', 0]]);
      // A line continued from an empty logical line: Java checks the next line for a comment, Nacos's loader
      // (`read(true)` on a wrapped line) does not. (Spring Boot 3's own loader sides with Java here.)
      assert.deepEqual(java(differences.wrappedComment).puts, []);
      assert.deepEqual(ours(differences.wrappedComment).entries, [['#a', 'b', 0]]);
      // #--- is a comment for Java: one map, last wins; Spring Boot splits documents.
      assert.deepEqual(java(differences.documents).map, [['a', '2']]);
      assert.deepEqual(ours(differences.documents).entries, [['a', '1', 0], ['a', '2', 1]]);
      // UTF-8 bytes are read as ISO-8859-1 ('é' is two chars); the editor's text has one.
      assert.deepEqual(java(differences.utf8).puts, [['k', '\u00c3\u00a9']]);
      assert.deepEqual(ours(differences.utf8, 'utf8').entries, [['k', '\u00e9', 0]]);
      assert.deepEqual(ours(differences.utf8, 'latin1').entries, [['k', '\u00c3\u00a9', 0]]);
      // A BOM is three ISO-8859-1 chars in front of the first key: Java (and so Nacos) never sees the key that was
      // written. Ours keeps it too (one U+FEFF in the editor's text, three chars on the bytes) and reports it.
      assert.deepEqual(java(differences.bom).puts, [['\u00ef\u00bb\u00bfnacos.core.auth.enabled', 'true'], ['b', '2']]);
      assert.deepEqual(ours(differences.bom), { entries: [['\u00ef\u00bb\u00bfnacos.core.auth.enabled', 'true', 0], ['b', '2', 0]], problems: [{ start: 0, end: 3 }] });
      assert.deepEqual(ours(differences.bom, 'utf8'), { entries: [['\ufeffnacos.core.auth.enabled', 'true', 0], ['b', '2', 0]], problems: [{ start: 0, end: 1 }] });
    });

    t.diagnostic(`oracle test: ${Math.round(performance.now() - started)} ms`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});
