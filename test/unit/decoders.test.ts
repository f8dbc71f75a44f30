import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type DecoderKind, algorithmFor, asciiBytes, canonicalDecode, decodeSecret, decodeSecretAt, decoderFor, utf8Bytes,
} from '../../server/src/core/nacos/decoders';
import { parseVersion } from '../../server/src/core/nacos/versions';

const V = (s: string) => parseVersion(s)!;
const text = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('latin1') : undefined);
const hex = (b: Uint8Array | undefined) => (b ? Buffer.from(b).toString('hex') : undefined);

const VGHP = 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=';
const OLD_DEFAULT = 'SecretKey' + '0123456789'.repeat(6);
const OLD_DEFAULT_B64 = Buffer.from(OLD_DEFAULT).toString('base64');

test('decoderFor follows facts §1.6 eras', () => {
  const cases: [string, DecoderKind][] = [
    ['1.2.0', 'lenient'], ['1.4.8', 'lenient'], ['2.0.3', 'lenient'], ['2.0.4', 'utf8-fallback'], ['2.1.0', 'utf8-fallback'],
    ['2.1.2', 'utf8-fallback'], ['2.2.0', 'lenient'], ['2.2.0.1', 'lenient'], ['2.2.1', 'strict-fallback'],
    ['2.2.3', 'strict-fallback'], ['2.2.4', 'strict-fallback'], ['2.2.4.1', 'strict-fallback'], ['2.3.0', 'lenient'],
    ['2.4.1', 'lenient'], ['2.5.1', 'lenient'], ['3.0.0', 'lenient'], ['3.2.3', 'lenient'],
  ];
  for (const [v, k] of cases) assert.equal(decoderFor(V(v)), k, v);
});

test('algorithmFor: < 32 bytes rejected, then HS256 / HS384 / HS512', () => {
  assert.equal(algorithmFor(0), undefined);
  assert.equal(algorithmFor(31), undefined);
  assert.equal(algorithmFor(32), 'HS256');
  assert.equal(algorithmFor(47), 'HS256');
  assert.equal(algorithmFor(48), 'HS384');
  assert.equal(algorithmFor(63), 'HS384');
  assert.equal(algorithmFor(64), 'HS512');
  assert.equal(algorithmFor(92), 'HS512');
});

// Every row of facts §1.6 "Executed with the real Base64Decode … jshell". `lenient` is the 2.3.0+ column (and jjwt
// eras, same algorithm); `strict` the 2.2.1–2.2.4 column: a number is the byte count, `raw` the ASCII fallback.
interface Row {
  name: string;
  input: string;
  len: number;
  lenient: number | { error: 'illegal-char' | 'out-of-range'; char: string };
  strict: number | 'raw';
  trimmed?: { leading: number; trailing: number };
  interiorPadding?: boolean;
  alg?: { lenient?: string; strict?: string };
}

const ROWS: Row[] = [
  { name: 'canonical', input: VGHP, len: 44, lenient: 32, strict: 32, alg: { lenient: 'HS256', strict: 'HS256' } },
  { name: 'without =', input: VGHP.slice(0, -1), len: 43, lenient: 32, strict: 32 },
  { name: 'double quotes', input: `"${VGHP}"`, len: 46, lenient: 32, strict: 'raw', trimmed: { leading: 1, trailing: 1 } },
  { name: 'single quotes', input: `'${VGHP}'`, len: 46, lenient: 32, strict: 'raw', trimmed: { leading: 1, trailing: 1 } },
  { name: '3 trailing spaces', input: `${VGHP}   `, len: 47, lenient: 32, strict: 'raw', trimmed: { leading: 0, trailing: 3 } },
  { name: 'trailing CR', input: `${VGHP}\r`, len: 45, lenient: 32, strict: 'raw', trimmed: { leading: 0, trailing: 1 } },
  { name: 'space inside', input: `${VGHP.slice(0, 20)} ${VGHP.slice(20)}`, len: 45, lenient: { error: 'illegal-char', char: ' ' }, strict: 'raw' },
  { name: 'old default SecretKey…', input: OLD_DEFAULT, len: 69, lenient: 51, strict: 'raw', alg: { lenient: 'HS384', strict: 'HS512' } },
  { name: 'raw 32-char secret', input: 'ThisIsMyCustomSecretKey012345678', len: 32, lenient: 24, strict: 24, alg: {} },
  {
    name: 'dashes', input: 'this-is-a-very-long-token-at-least-192-bytes-recommend-256-bytes-without-any-special-symbols',
    len: 92, lenient: { error: 'illegal-char', char: '-' }, strict: 'raw',
  },
  { name: 'nil', input: 'nil', len: 3, lenient: 2, strict: 2, alg: {} },
  { name: 'empty', input: '', len: 0, lenient: 0, strict: 0, alg: {} },
  { name: 'trailing 中', input: `${VGHP}中`, len: 45, lenient: { error: 'out-of-range', char: '中' }, strict: 'raw' },
  { name: 'interior =', input: `abc=${VGHP}`, len: 48, lenient: 35, strict: 'raw', interiorPadding: true },
  { name: 'leading -_-_', input: `-_-_${VGHP}`, len: 48, lenient: 32, strict: 'raw', trimmed: { leading: 4, trailing: 0 } },
  { name: 'Base64 of the old default', input: OLD_DEFAULT_B64, len: 92, lenient: 69, strict: 69, alg: { lenient: 'HS512', strict: 'HS512' } },
];

for (const row of ROWS) {
  test(`facts §1.6 row: ${row.name}`, () => {
    assert.equal(row.input.length, row.len);
    const len = decodeSecret(row.input, 'lenient');
    const utf = decodeSecret(row.input, 'utf8-fallback');
    const str = decodeSecret(row.input, 'strict-fallback');
    assert.equal(len.lengthNotMultipleOf4, row.len % 4 !== 0);
    if (row.trimmed) assert.deepEqual(len.trimmed, row.trimmed);
    assert.equal(len.interiorPadding, row.interiorPadding ?? false);

    if (typeof row.lenient === 'number') {
      assert.equal(len.error, undefined);
      assert.equal(len.bytes?.length, row.lenient);
      // the 2.0.4–2.1.x decoder is the same when decoding succeeds
      assert.deepEqual(utf.bytes, len.bytes);
      assert.equal(utf.usedRawFallback, false);
    } else {
      assert.equal(len.bytes, undefined, 'server fails');
      assert.equal(len.error?.kind, row.lenient.error);
      assert.equal(len.error?.char, row.lenient.char);
      assert.equal(row.input[len.error!.index], row.lenient.char);
      if (row.lenient.error === 'illegal-char') assert.equal(len.error?.message, `Illegal base64 character: '${row.lenient.char}'`);
      assert.equal(hex(utf.bytes), Buffer.from(row.input, 'utf8').toString('hex'));
      assert.equal(utf.usedRawFallback, true);
      assert.equal(utf.error, undefined, 'the fallback keeps the server running');
      assert.equal(utf.fallbackCause?.char, row.lenient.char);
    }

    if (row.strict === 'raw') {
      assert.equal(str.usedRawFallback, true);
      assert.equal(str.error, undefined, 'the fallback keeps the server running');
      assert.ok(str.fallbackCause, 'strict failure is explained');
      assert.deepEqual(str.bytes, asciiBytes(row.input));
      assert.equal(str.bytes?.length, row.len);
    } else {
      assert.equal(str.usedRawFallback, false);
      assert.equal(str.error, undefined);
      assert.equal(str.fallbackCause, undefined);
      assert.equal(str.bytes?.length, row.strict);
    }
    if (row.alg) {
      assert.equal(algorithmFor(len.bytes?.length ?? 0), row.alg.lenient);
      assert.equal(algorithmFor(str.bytes?.length ?? 0), row.alg.strict);
    }
  });
}

test('the decoders produce the actual key bytes', () => {
  assert.equal(text(decodeSecret(VGHP, 'lenient').bytes), 'ThisIsMyCustomSecretKey012345678');
  assert.equal(text(decodeSecret(`"${VGHP}"`, 'lenient').bytes), 'ThisIsMyCustomSecretKey012345678');
  assert.equal(text(decodeSecret(`-_-_${VGHP}`, 'lenient').bytes), 'ThisIsMyCustomSecretKey012345678');
  assert.equal(text(decodeSecret(OLD_DEFAULT_B64, 'lenient').bytes), OLD_DEFAULT);
  assert.equal(text(decodeSecret(OLD_DEFAULT_B64, 'strict-fallback').bytes), OLD_DEFAULT);
  assert.equal(text(decodeSecret(OLD_DEFAULT, 'strict-fallback').bytes), OLD_DEFAULT);
  assert.equal(hex(decodeSecret(OLD_DEFAULT, 'lenient').bytes), Buffer.from(OLD_DEFAULT.slice(0, 68), 'base64').toString('hex'));
  // interior '=' counts as zero bits: "abc=" then the canonical key
  assert.equal(hex(decodeSecret(`abc=${VGHP}`, 'lenient').bytes), '69b700' + Buffer.from(VGHP, 'base64').toString('hex'));
  // the strict decoder ignores unused low bits like Java ("QR==" is accepted)
  assert.deepEqual(decodeSecret('QR==', 'strict-fallback').bytes, Uint8Array.of(0x41));
});

test('lenient decoder corner cases follow the Java code paths', () => {
  const e = (s: string) => decodeSecret(s, 'lenient');
  assert.equal(e(' ').bytes?.length, 0, 'single junk char: nothing to decode');
  assert.equal(e('中').bytes?.length, 0, 'a lone char is never looked up');
  assert.equal(e(' 中').error?.kind, 'out-of-range');
  assert.equal(e('中a').error?.kind, 'out-of-range');
  assert.equal(e('a中a').error?.kind, 'illegal-char', 'interior chars go through ctoi, which range-checks');
  assert.equal(e('=').error?.kind, 'out-of-range', 'pad check reads s[-1]');
  assert.equal(e('==').error?.kind, 'out-of-range', 'negative array size');
  assert.equal(e('---').error?.kind, 'out-of-range', 'negative array size');
  assert.equal(e('--').bytes?.length, 0);
  assert.equal(e('QUJD').bytes?.length, 3);
  assert.equal(text(e('QUJDRA').bytes), 'ABCD');
  assert.equal(text(e('QUJDRA=').bytes), 'ABCD', 'floor(7*6/8) - 1');
  assert.equal(text(e('QUJDRA==').bytes), 'ABCD');
  assert.equal(text(e('QUJDRA===').bytes), 'ABCD', 'at most two "=" count as padding');
  const secret = `${VGHP}$${VGHP}`;
  const err = e(secret).error!;
  assert.equal(err.message, "Illegal base64 character: '$'");
  assert.ok(!err.message.includes('VGhp'), 'message never carries the secret');
});

test('MIME line separators are honoured only when s[76] is CR', () => {
  const bytes = Buffer.from(Array.from({ length: 120 }, (_, i) => (i * 37) & 0xff));
  const mime = bytes.toString('base64').replace(/(.{76})/g, '$1\r\n');
  assert.equal(mime[76], '\r');
  assert.equal(hex(decodeSecret(mime, 'lenient').bytes), bytes.toString('hex'));
  const lf = mime.replace(/\r/g, '');
  assert.equal(decodeSecret(lf, 'lenient').error?.char, '\n');
});

test('fallback byte encodings match Java (US-ASCII → "?", UTF-8 lone surrogate → "?")', () => {
  assert.deepEqual(asciiBytes('aé中😀b'), Uint8Array.from([0x61, 0x3f, 0x3f, 0x3f, 0x62]));
  assert.deepEqual(utf8Bytes('aé😀'), Uint8Array.from(Buffer.from('aé😀', 'utf8')));
  assert.deepEqual(utf8Bytes('a\ud800b'), Uint8Array.from([0x61, 0x3f, 0x62]));
});

// ---- differential test against java.util.Base64 -----------------------------------------------------------------

const ORACLE = `
import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
public class StrictOracle {
  static String hex(byte[] b) { StringBuilder s = new StringBuilder(); for (byte x : b) s.append(String.format("%02x", x)); return s.toString(); }
  public static void main(String[] a) throws Exception {
    BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
    PrintStream out = new PrintStream(new BufferedOutputStream(System.out), false, "UTF-8");
    for (String line; (line = in.readLine()) != null;) {
      char[] cs = new char[line.length() / 4];
      for (int i = 0; i < cs.length; i++) cs[i] = (char) Integer.parseInt(line.substring(i * 4, i * 4 + 4), 16);
      String s = new String(cs);
      String r;
      try { r = "OK " + hex(Base64.getDecoder().decode(s)); }
      catch (IllegalArgumentException e) { r = "ERR " + e.getMessage(); }
      out.println(r + "\\t" + hex(s.getBytes(StandardCharsets.US_ASCII)) + "\\t" + hex(s.getBytes(StandardCharsets.UTF_8)));
    }
    out.flush();
  }
}
`;

function rng(seed: number): () => number {
  let x = seed >>> 0;
  return () => {
    x = (x + 0x6d2b79f5) >>> 0;
    let t = x;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(n: number): string[] {
  const r = rng(20240611);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const junk = ['=', '-', '_', ' ', '\t', '\r', '\n', '"', "'", '$', '.', 'é', 'ÿ', '\u0080', '中', '😀', '\ud800'];
  const out: string[] = ['', '=', '==', 'Q', 'QQ', 'QQ=', 'QQ==', 'QQ===', 'QQQ=', 'QR==', 'QUJD', 'QUJD=', 'QQ==QQ==', VGHP, OLD_DEFAULT, OLD_DEFAULT_B64];
  while (out.length < n) {
    const bytes = Buffer.from(Array.from({ length: Math.floor(r() * 70) }, () => Math.floor(r() * 256)));
    let s = bytes.toString('base64');
    const mutations = Math.floor(r() * 3);
    for (let m = 0; m < mutations; m++) {
      const at = Math.floor(r() * (s.length + 1));
      switch (Math.floor(r() * 5)) {
        case 0: s = s.replace(/=+$/, ''); break;
        case 1: s = s.slice(0, at) + pick(junk) + s.slice(at); break;
        case 2: s = s.slice(0, Math.max(0, s.length - 1 - Math.floor(r() * 3))); break;
        case 3: s = s.slice(0, at) + s.slice(at + 1); break;
        default: s += pick(['=', '==', 'A', 'AB=']);
      }
    }
    out.push(s);
  }
  return out;
}

const hexOf = (b: Uint8Array) => Buffer.from(b).toString('hex');

test('strict decoder and fallback bytes agree with java.util.Base64 on generated strings', t => {
  const probe = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    if (process.env.CI === 'true') assert.fail('java is required in CI for the differential test');
    t.skip('java not available');
    return;
  }
  const inputs = generate(4000);
  const dir = mkdtempSync(join(tmpdir(), 'nacos-b64-'));
  try {
    const src = join(dir, 'StrictOracle.java');
    writeFileSync(src, ORACLE);
    // UTF-16 units as hex, so CR/LF, lone surrogates and non-ASCII reach Java unchanged
    const units = (s: string) => [...Array(s.length).keys()].map(i => s.charCodeAt(i).toString(16).padStart(4, '0')).join('');
    const stdin = inputs.map(units).join('\n') + '\n';
    const res = spawnSync('java', [src], { input: stdin, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    assert.equal(res.status, 0, res.stderr);
    // every input yields one line, an empty one included ("OK \t\t")
    const lines = res.stdout.split('\n').filter(l => l.length > 0);
    assert.equal(lines.length, inputs.length);
    let ok = 0;
    for (let i = 0; i < inputs.length; i++) {
      const [result, ascii, utf8] = lines[i].split('\t');
      const s = inputs[i];
      const mine = decodeSecret(s, 'strict-fallback');
      const label = JSON.stringify(s);
      if (result.startsWith('OK ')) {
        ok++;
        assert.equal(mine.fallbackCause, undefined, `${label}: Java accepts`);
        assert.equal(hexOf(mine.bytes!), result.slice(3), label);
      } else {
        assert.ok(mine.fallbackCause, `${label}: Java rejects with ${result}`);
        assert.equal(mine.fallbackCause.message, result.slice(4), label);
        assert.equal(hexOf(mine.bytes!), ascii, `${label}: ASCII fallback`);
      }
      assert.equal(hexOf(asciiBytes(s)), ascii, `${label}: US_ASCII`);
      assert.equal(hexOf(utf8Bytes(s)), utf8, `${label}: UTF_8`);
    }
    assert.ok(ok > inputs.length / 4, `enough accepted inputs (${ok})`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// decodeSecretAt asks nothing about the release for canonical Base64: exact only if every decoder reads it alike.
test('canonical Base64 decodes alike with every decoder; anything else is decoded by the release\'s decoder', () => {
  const kinds = ['lenient', 'strict-fallback', 'utf8-fallback'] as const;
  let seed = 7;
  const rnd = (n: number) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_ .';
  let canonical = 0;
  for (let i = 0; i < 3000; i++) {
    // Half: the encoding of random bytes (canonical); half: random text over an alphabet with the usual mistakes.
    const text = i % 2 === 0
      ? Buffer.from(Array.from({ length: rnd(70) }, () => rnd(256))).toString('base64')
      : Array.from({ length: 1 + rnd(60) }, () => alphabet[rnd(alphabet.length)]).join('');
    const c = canonicalDecode(text);
    if (i % 2 === 0 && text.length) assert.ok(c, `the encoding of bytes is canonical: ${text}`);
    if (!c) continue;
    canonical++;
    for (const k of kinds) assert.deepEqual(decodeSecret(text, k), c, `${k}: ${text}`);
  }
  assert.ok(canonical > 1400, `${canonical} canonical texts`);
  for (const text of ['QUJD', 'QUI=', 'QQ==']) assert.ok(canonicalDecode(text), text);
  for (const text of ['QUJ', 'QUI', 'QR==', 'QUJD=', 'QU=D', ' QUJD', 'QUJD\n', 'Q-_D', '']) assert.equal(canonicalDecode(text), undefined, JSON.stringify(text));
  const v = parseVersion('2.2.1')!;
  assert.deepEqual(decodeSecretAt('QUJD', v), decodeSecret('QUJD', decoderFor(v)));
  assert.deepEqual(decodeSecretAt('not base64!', v), decodeSecret('not base64!', decoderFor(v)));
});
