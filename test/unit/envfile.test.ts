import { test } from 'node:test';
import { corpusDir } from '../corpus';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEnvFile, type EnvEntry, type EnvFile } from '../../server/src/core/syntax/envfile/parser';
import type { Span } from '../../server/src/core/types';

/** The shared corpus (NACOS_AUTH_LINT_CORPUS, test/fixtures/corpus or ../shared/corpus, searched upwards). */
function findCorpus(): string | undefined {
  return corpusDir();
}

const at = (text: string, s: Span): string => text.slice(s.start, s.end);
const entry = (f: EnvFile, key: string): EnvEntry => {
  const e = [...f.entries].reverse().find((x) => x.key === key);
  assert.ok(e, `no entry ${key}`);
  return e;
};
const values = (f: EnvFile): Record<string, string> => Object.fromEntries(f.entries.filter((e) => !e.noEquals).map((e) => [e.key, e.value]));

test('KEY=VALUE with exact key, value and line spans', () => {
  const text = 'A=1\n  B = two words  \nexport C=3\nD=\n';
  const f = parseEnvFile(text);
  assert.deepEqual(values(f), { A: '1', B: 'two words', C: '3', D: '' });
  const b = entry(f, 'B');
  assert.equal(at(text, b.keySpan), 'B');
  assert.equal(at(text, b.valueSpan), 'two words');
  assert.equal(b.rawValue, 'two words');
  assert.deepEqual(b.innerSpan, b.valueSpan);
  assert.equal(b.quote, null);
  assert.equal(b.line, 1);
  assert.equal(at(text, b.lineSpan), '  B = two words  ');
  assert.equal(at(text, b.deleteSpan), '  B = two words  \n');
  const c = entry(f, 'C');
  assert.equal(c.exported, true);
  assert.equal(at(text, c.keySpan), 'C');
  const d = entry(f, 'D');
  assert.deepEqual(d.valueSpan, { start: text.indexOf('D=') + 2, end: text.indexOf('D=') + 2 }, 'empty value: empty span right after "="');
  assert.deepEqual(f.problems, []);
});

test('comments: whole lines, " #" after unquoted values, not "#" inside a value', () => {
  const text = '# head\n  # indented\nA=1 # note\nB=x#y\nC=#z\nD="q # kept" # after\nE=\'s # kept\'\n';
  const f = parseEnvFile(text);
  assert.deepEqual(values(f), { A: '1', B: 'x#y', C: '#z', D: 'q # kept', E: 's # kept' });
  assert.deepEqual(f.comments.map((c) => [c.text, c.line]), [['# head', 0], ['# indented', 1], ['# note', 2], ['# after', 5]]);
  assert.equal(at(text, f.comments[0].span), '# head');
  assert.equal(at(text, entry(f, 'A').valueSpan), '1');
});

test('single quotes are literal; double quotes take escapes and interpolation', () => {
  const text = [
    String.raw`S='a $X \n ` + "${X}'",
    String.raw`D="a $X\n\t\"q\" \\ \$X \c \0101 \08"`,
    'U=pre-${X}-$X',
    "M='it\\'s'",
  ].join('\n') + '\n';
  const f = parseEnvFile(text, (n) => (n === 'X' ? 'ex' : undefined));
  assert.equal(entry(f, 'S').value, String.raw`a $X \n ` + '${X}');
  assert.equal(entry(f, 'S').refs.length, 0);
  assert.equal(entry(f, 'D').value, 'a ex\n\t"q" \\ $X \\c A \\08');
  assert.equal(entry(f, 'U').value, 'pre-ex-ex');
  assert.equal(entry(f, 'M').value, "it's", "an escaped quote loses its backslash inside its own quotes");
  const d = entry(f, 'D');
  assert.equal(d.quote, '"');
  assert.equal(at(text, d.valueSpan)[0], '"');
  assert.equal(at(text, d.innerSpan), d.rawValue.slice(1, -1));
});

test('reference spans are file offsets, also through escapes in double quotes', () => {
  const text = 'A=x\nB="\\t${A}\\n$A"\nC=  y${A:-d} # c\n';
  const f = parseEnvFile(text);
  assert.deepEqual(entry(f, 'B').refs.map((r) => at(text, r.span)), ['${A}', '$A']);
  assert.deepEqual(entry(f, 'C').refs.map((r) => [at(text, r.span), r.defined]), [['${A:-d}', true]]);
  assert.equal(entry(f, 'C').value, 'yx');
});

test('multi-line quoted values keep their lines and spans', () => {
  const text = 'A="line1\nline2"\nB=after\n';
  const f = parseEnvFile(text);
  const a = entry(f, 'A');
  assert.equal(a.value, 'line1\nline2');
  assert.equal(at(text, a.valueSpan), '"line1\nline2"');
  assert.equal(at(text, a.deleteSpan), 'A="line1\nline2"\n');
  assert.equal(entry(f, 'B').line, 2);
});

test('KEY alone is noEquals and unset here; yaml-style KEY: value', () => {
  const text = 'ALONE\nY: yaml style\nexport E2\n';
  const f = parseEnvFile(text);
  const a = entry(f, 'ALONE');
  assert.equal(a.noEquals, true);
  assert.equal(a.value, '');
  assert.equal(at(text, a.keySpan), 'ALONE');
  assert.equal(entry(f, 'Y').value, 'yaml style');
  assert.equal(entry(f, 'E2').noEquals, true);
  const last = parseEnvFile('A=1\nTAIL');
  assert.equal(entry(last, 'TAIL').noEquals, true, 'also without a final newline');
});

test('BOM and CR: reported, and stripped like compose does', () => {
  const text = '\ufeffA=1\r\nB="two"\r\nC\r\n';
  const f = parseEnvFile(text);
  assert.equal(f.hasBom, true);
  assert.equal(f.crCount, 3);
  assert.deepEqual(values(f), { A: '1', B: 'two' });
  assert.equal(at(text, entry(f, 'A').keySpan), 'A');
  assert.equal(at(text, entry(f, 'A').lineSpan), 'A=1');
  assert.equal(at(text, entry(f, 'A').deleteSpan), 'A=1\r\n');
  assert.equal(entry(f, 'C').noEquals, true);
  assert.equal(parseEnvFile('A=1').hasBom, false);
});

test('interpolation order: lookup, then earlier entries of the file, then the fallback (compose-go)', () => {
  const text = 'A=file\nB=${A}\nC=${P}\nD=${Q:-none}\n';
  const f = parseEnvFile(text, (n) => (n === 'A' ? 'looked-up' : undefined), { fallback: (n) => (n === 'P' ? 'from-fallback' : undefined) });
  assert.equal(entry(f, 'A').value, 'file');
  assert.equal(entry(f, 'B').value, 'looked-up');
  assert.equal(entry(f, 'C').value, 'from-fallback');
  assert.equal(entry(f, 'D').value, 'none');
  assert.equal(parseEnvFile('A=file\nB=${A}\n').entries[1].value, 'file');
  // KEY alone takes the lookup's value for later references
  assert.equal(parseEnvFile('K\nR=$K\n', (n) => (n === 'K' ? 'k' : undefined)).entries[1].value, 'k');
});

test('later duplicates win; a quoted value followed by another statement on the same line (compose quirk)', () => {
  const f = parseEnvFile('A=1\nA=2\nQ="x" R=y\n');
  assert.equal(entry(f, 'A').value, '2');
  assert.equal(f.entries.filter((e) => e.key === 'A').length, 2);
  assert.equal(entry(f, 'Q').value, 'x');
  assert.equal(entry(f, 'R').value, 'y');
});

test('syntax errors become problems at their span, and parsing goes on with the next line', () => {
  const text = 'GOOD=1\nBAD!KEY=2\nHAS SPACE=3\n="no key"\nOPEN="never closed\nAFTER=ok\nI=${oops\n';
  const f = parseEnvFile(text);
  assert.deepEqual(values(f), { GOOD: '1', AFTER: 'ok', I: '${oops' });
  const msgs = f.problems.map((p) => [p.message, at(text, p.span)]);
  assert.deepEqual(msgs.slice(0, 4), [
    ['unexpected character "!" in variable name', '!'],
    ['variable name cannot contain a space', 'HAS SPACE'],
    ['missing variable name before "="', '='],
    ['unterminated quoted value', '"never closed'],
  ]);
  assert.match(msgs[4][0], /invalid interpolation format/);
  assert.equal(msgs[4][1], '${oops');
});

test('keys: letters, digits, _ . - [ ] and Unicode letters', () => {
  const f = parseEnvFile('a.b-c[0]=1\nÄPFEL=2\n_X=3\n');
  assert.deepEqual(values(f), { 'a.b-c[0]': '1', ÄPFEL: '2', _X: '3' });
});

test('never throws and stays linear on hostile input', () => {
  const inputs = ['', '\n\n\n', '"', "'", '=', '#', 'A="\\', 'A=\\', '\u0000\u0001\ud800', 'export', 'export ', 'export\nA=1', 'A=${', '\ufeff'];
  for (const s of inputs) assert.doesNotThrow(() => parseEnvFile(s), JSON.stringify(s));
  assert.doesNotThrow(() => parseEnvFile(undefined as unknown as string));
  const big = Array.from({ length: 50_000 }, (_, i) => `K${i}="v${i} \\n \${K${Math.max(0, i - 1)}}"`).join('\n');
  const t0 = Date.now();
  const f = parseEnvFile(big);
  assert.equal(f.entries.length, 50_000);
  assert.ok(Date.now() - t0 < 3000, `took ${Date.now() - t0} ms`);
});

const CORPUS = findCorpus();

(CORPUS ? test : test.skip)('every env file of the corpus parses without problems, with values at their spans', () => {
  const root = CORPUS ?? '';
  let files = 0;
  for (const tag of readdirSync(root).filter((d) => d.startsWith('nacos-docker-'))) {
    const dirs = [join(root, tag, 'env'), join(root, tag, 'example')];
    for (const dir of dirs) {
      let names: string[] = [];
      try {
        names = readdirSync(dir).filter((n) => n.endsWith('.env'));
      } catch {
        continue;
      }
      for (const n of names) {
        const text = readFileSync(join(dir, n), 'utf8');
        const f = parseEnvFile(text);
        files++;
        assert.deepEqual(f.problems, [], `${tag}/${n}`);
        for (const e of f.entries) if (!e.noEquals && e.quote === null) assert.equal(at(text, e.valueSpan), e.value, `${tag}/${n} ${e.key}`);
      }
    }
  }
  assert.ok(files >= 30, `only ${files} env files`);
  const hostname = readFileSync(join(root, 'nacos-docker-v3.2.3/env/nacos-hostname.env'), 'utf8');
  const f = parseEnvFile(hostname);
  assert.equal(entry(f, 'NACOS_AUTH_IDENTITY_KEY').value, '2222');
  assert.equal(at(hostname, entry(f, 'NACOS_AUTH_IDENTITY_VALUE').valueSpan), '2xxx');
});
