// How each Nacos version turns `token.secret.key` into HMAC key bytes (facts §1.6). Emulated exactly, including the
// quirks, because the same string yields different keys on different versions.
import { type NacosVersion, type VersionRange, inVersionRange } from './versions';
import { CORPUS as C, cite, type Sourced } from './citations';

/**
 * lenient: jjwt `Decoders.BASE64` (≤ 2.0.3, 2.2.0, 2.2.0.1) and Nacos `Base64Decode` (2.3.0+), the same MiG-style
 * algorithm; an error fails login (≤ 2.0.3) or startup (2.2.0+).
 * strict-fallback: `java.util.Base64.getDecoder()`, on error the US-ASCII bytes of the raw string (2.2.1–2.2.4).
 * utf8-fallback: lenient, on error the UTF-8 bytes of the raw string (2.0.4–2.1.x, PR #7209).
 */
export type DecoderKind = 'lenient' | 'strict-fallback' | 'utf8-fallback';

export interface DecoderEra extends Sourced {
  range: VersionRange;
  kind: DecoderKind;
  /** Property read in this era and when the key is checked (facts §1.6 columns). */
  note: string;
}

const parser = (tag: string, line: number, quote?: string) => cite(C.plugin(tag, 'jwt/NacosJwtParser'), line, quote);
const b64 = (tag: string, line: number, quote?: string) => cite(C.plugin(tag, 'utils/Base64Decode'), line, quote);

export const DECODER_ERAS: readonly DecoderEra[] = [
  {
    range: { to: '2.0.3' }, kind: 'lenient', note: 'default.token.secret.key; jjwt; checked at first login',
    cite: [cite(C.consoleSecurity('1.2.0', 'JwtTokenManager'), 70, 'signWith(SignatureAlgorithm.HS256, authConfigs.getSecretKey())'),
      cite(C.authConfigs('1.4.0'), 67, 'Decoders.BASE64.decode(secretKey)'), cite(C.authConfigs('1.4.1'), 76, 'Decoders.BASE64.decode(secretKey)'),
      cite(C.authConfigs('2.0.3'), 93, 'Decoders.BASE64.decode(secretKey)')],
    unverified: 'jjwt (Decoders.BASE64 and, on 1.2.0–1.3.x, signWith(alg, String)) is library code, not in the corpus: the MiG algorithm is taken from the Nacos copy (Base64Decode, 2.3.0+)',
  },
  {
    range: { from: '2.0.4', to: '2.1' }, kind: 'utf8-fallback', note: 'jjwt, UTF-8 bytes on DecodingException; checked at first login',
    cite: [cite(C.authConfigs('2.0.4'), 97, 'catch (DecodingException e)'), cite(C.authConfigs('2.0.4'), 98, 'getBytes(StandardCharsets.UTF_8)'),
      cite(C.plugin('2.1.0', 'NacosAuthConfig'), 186, 'getBytes(StandardCharsets.UTF_8)'), cite(C.plugin('2.1.2', 'JwtTokenManager'), 152, 'getBytes(StandardCharsets.UTF_8)')],
  },
  {
    range: { from: '2.2.0', to: '2.2.0' }, kind: 'lenient', note: 'jjwt; checked at startup even with auth off', // 2.2.0 and 2.2.0.1
    cite: [cite(C.plugin('2.2.0', 'JwtTokenManager'), 75, 'Keys.hmacShaKeyFor(Decoders.BASE64.decode(encodedSecretKey))'),
      cite(C.plugin('2.2.0.1', 'JwtTokenManager'), 75, 'Keys.hmacShaKeyFor(Decoders.BASE64.decode(encodedSecretKey))')],
  },
  {
    range: { from: '2.2.1', to: '2.2.4' }, kind: 'strict-fallback', note: 'java.util.Base64, US-ASCII bytes on error',
    cite: [parser('2.2.1', 44, 'Base64.getDecoder().decode(base64edKey)'), parser('2.2.1', 46, 'getBytes(StandardCharsets.US_ASCII)'),
      parser('2.2.3', 44, 'Base64.getDecoder().decode(base64edKey)'), parser('2.2.3', 46, 'getBytes(StandardCharsets.US_ASCII)')],
  },
  {
    range: { from: '2.3.0' }, kind: 'lenient', note: 'Nacos Base64Decode (jjwt copy, #10931)',
    cite: [parser('2.3.0', 41, 'Base64Decode.decode(base64edKey)'), parser('2.4.1', 46, 'Base64Decode.decode(base64edKey)'),
      parser('HEAD-486e198', 46, 'Base64Decode.decode(base64edKey)')],
  },
];

/** Citations of the decoder facts that are functions rather than table rows. */
export const DECODER_SOURCES: Readonly<Record<string, Sourced>> = {
  // MIN_SECRET_BYTES and algorithmFor
  minimumAndAlgorithm: {
    cite: [parser('2.2.1', 50, 'bitLength < 256'), parser('2.2.1', 59, 'bitLength < 384'), parser('2.2.1', 61, 'bitLength < 512'),
      parser('2.3.0', 43, 'bitLength < 256'), parser('HEAD-486e198', 48, 'bitLength < 256'), parser('HEAD-486e198', 57, 'bitLength < 384')],
  },
  // ≤ 2.2.0.1: jjwt Keys.hmacShaKeyFor also rejects < 256 bits (library code).
  minimumBefore221: { unverified: 'jjwt Keys.hmacShaKeyFor / signWith key-size checks are library code, not in the corpus' },
  // lengthNotMultipleOf4 (2.4.1+ WARN)
  lengthWarning: { cite: [parser('2.4.1', 69, 'length % 4 != 0'), parser('HEAD-486e198', 69, 'length % 4 != 0')], absentIn: [`${C.plugin('2.4.0', 'jwt/NacosJwtParser')} length % 4`] },
  // lenientDecode: trims non-alphabet characters at both ends, '=' is 0 bits, the message of an illegal character inside.
  lenientTrim: { cite: [b64('2.3.0', 67, 'IALPHABET[sArr[sIx]] < 0'), b64('2.3.0', 72, 'IALPHABET[sArr[eIx]] < 0'), b64('HEAD-486e198', 67, 'IALPHABET[sArr[sIx]] < 0')] },
  lenientPadding: { cite: [b64('2.3.0', 41, "BASE64_IALPHABET['='] = 0"), b64('2.3.0', 78, "sArr[eIx] == '='")] },
  lenientMessage: { cite: [b64('2.3.0', 126, `"Illegal base64 character: '" + c + "'"`), b64('HEAD-486e198', 126, `"Illegal base64 character: '" + c + "'"`)] },
  // strictDecode: JDK 17 java.util.Base64 (messages and padding rules); asciiBytes / utf8Bytes: String.getBytes.
  strictDecoder: { unverified: 'java.util.Base64 and String.getBytes are JDK code, not in the corpus (the audit ran them: 36/36 inputs agree)' },
};

export function decoderFor(v: NacosVersion): DecoderKind {
  return DECODER_ERAS.find(e => inVersionRange(v, e.range))?.kind ?? 'lenient';
}

export interface DecodeError {
  /**
   * illegal-char: `Illegal base64 character` inside the trimmed value.
   * out-of-range: the lenient decoder crashes with a Java runtime exception instead: a char > U+00FF among the
   *   characters it trims (ArrayIndexOutOfBoundsException), or a degenerate `=`-only value
   *   (ArrayIndexOutOfBounds / NegativeArraySizeException). The server fails all the same.
   */
  kind: 'illegal-char' | 'out-of-range';
  /** The offending character (a whole code point for a surrogate pair). Never more of the secret. */
  char: string;
  /** UTF-16 index of `char` in the secret. */
  index: number;
  /** Java's message, e.g. `Illegal base64 character: '-'`. */
  message: string;
}

/** Why a fallback decoder gave up on Base64 (same shape; `bad-ending` only from the strict decoder). */
export interface FallbackCause {
  /** bad-ending: wrong padding, a dangling last character, data after `=`, a 1-character value. */
  kind: 'illegal-char' | 'out-of-range' | 'bad-ending';
  char: string;
  index: number;
  /** Java's message, e.g. `Illegal base64 character 2d` (java.util.Base64) or `Illegal base64 character: '-'`. */
  message: string;
}

export interface DecodeResult {
  /** Key bytes the server uses; undefined when the server fails (login or startup, per version). */
  bytes: Uint8Array | undefined;
  /** Set exactly when `bytes` is undefined: why the server fails. */
  error?: DecodeError;
  /** strict-fallback / utf8-fallback took the raw string's bytes. */
  usedRawFallback: boolean;
  /** Set exactly when `usedRawFallback`: why Base64 decoding failed. */
  fallbackCause?: FallbackCause;
  /** Characters outside the alphabet at either end that the lenient decoder silently drops. */
  trimmed: { leading: number; trailing: number };
  /** `=` before a later alphabet character (decoded as zero bits by the lenient decoder). */
  interiorPadding: boolean;
  /** Raw length % 4 != 0 (2.4.1+ logs W-B64). */
  lengthNotMultipleOf4: boolean;
}

export type JwtAlgorithm = 'HS256' | 'HS384' | 'HS512';

export const MIN_SECRET_BYTES = 32;

/** 2.2.1+ pick the HMAC by key size; < 256 bits is rejected (facts §1.6). */
export function algorithmFor(byteLength: number): JwtAlgorithm | undefined {
  if (byteLength < 32) return undefined;
  if (byteLength < 48) return 'HS256';
  if (byteLength < 64) return 'HS384';
  return 'HS512';
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
// Decoder table of both Java decoders: 256 entries, -1 = not in the alphabet; the lenient one maps '=' to 0.
const LENIENT_TABLE = new Int8Array(256).fill(-1);
const STRICT_TABLE = new Int8Array(256).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) {
  LENIENT_TABLE[ALPHABET.charCodeAt(i)] = i;
  STRICT_TABLE[ALPHABET.charCodeAt(i)] = i;
}
LENIENT_TABLE[0x3d] = 0;
const STRICT_PAD = -2;
STRICT_TABLE[0x3d] = STRICT_PAD;

/** The code point at UTF-16 index i (a lone surrogate stays itself). */
function charAt(s: string, i: number): string {
  const c = s.codePointAt(i);
  return c === undefined ? '' : String.fromCodePoint(c);
}

function isLegalLenient(code: number): boolean {
  return code <= 0xff && LENIENT_TABLE[code] >= 0;
}

function shape(s: string): Pick<DecodeResult, 'trimmed' | 'interiorPadding' | 'lengthNotMultipleOf4'> {
  let first = -1;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    if (isLegalLenient(s.charCodeAt(i))) {
      if (first < 0) first = i;
      last = i;
    }
  }
  let interiorPadding = false;
  if (first >= 0) {
    let seenPad = false;
    for (let i = first; i <= last; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x3d) seenPad = true;
      else if (seenPad && isLegalLenient(c)) { interiorPadding = true; break; }
    }
  }
  return {
    trimmed: first < 0 ? { leading: s.length, trailing: 0 } : { leading: first, trailing: s.length - 1 - last },
    interiorPadding,
    lengthNotMultipleOf4: s.length % 4 !== 0,
  };
}

/**
 * What the Java decoder throws, carried to `attempt` (never out of this module). Not an `Error`: capturing a stack for
 * each undecodable secret was a quarter of a keystroke in a 200-service compose file.
 */
class JavaError {
  constructor(readonly detail: FallbackCause) {}
}

function outOfRange(s: string, index: number, message: string, at = index): JavaError {
  return new JavaError({ kind: 'out-of-range', char: charAt(s, Math.max(0, Math.min(at, s.length - 1))), index: Math.max(0, at), message });
}

/**
 * The MiG Base64 `decodeFast` of jjwt / Nacos `Base64Decode` (facts §1.6), step for step: trim non-alphabet chars at
 * both ends (looking a char > U+00FF up in the 256-entry table throws), count up to two trailing `=`, allocate
 * floor(6n/8) − pad bytes, then decode 4 chars at a time; `=` anywhere is 0 bits.
 */
function lenientDecode(s: string): Uint8Array {
  const sLen = s.length;
  if (sLen === 0) return new Uint8Array(0);
  const table = (i: number): number => {
    const c = s.charCodeAt(i);
    if (c > 0xff) throw outOfRange(s, i, `ArrayIndexOutOfBoundsException: Index ${c} out of bounds for length 256`);
    return LENIENT_TABLE[c];
  };
  let sIx = 0;
  let eIx = sLen - 1;
  while (sIx < eIx && table(sIx) < 0) sIx++;
  while (eIx > 0 && table(eIx) < 0) eIx--;

  let pad = 0;
  if (s.charCodeAt(eIx) === 0x3d) {
    if (eIx === 0) throw outOfRange(s, -1, `ArrayIndexOutOfBoundsException: Index -1 out of bounds for length ${sLen}`, 0);
    pad = s.charCodeAt(eIx - 1) === 0x3d ? 2 : 1;
  }
  const cCnt = eIx - sIx + 1;
  const sepCnt = sLen > 76 ? (s.charCodeAt(76) === 0x0d ? Math.trunc(cCnt / 78) : 0) << 1 : 0;
  const len = (((cCnt - sepCnt) * 6) >> 3) - pad;
  if (len < 0) throw outOfRange(s, eIx, `NegativeArraySizeException: ${len}`);
  const out = new Uint8Array(len);

  const ctoi = (i: number): number => {
    if (i >= sLen) throw outOfRange(s, i, `ArrayIndexOutOfBoundsException: Index ${i} out of bounds for length ${sLen}`, sLen - 1);
    const c = s.charCodeAt(i);
    const v = c > 0xff ? -1 : LENIENT_TABLE[c];
    if (v < 0) {
      // Java prints the single UTF-16 unit; `char` carries the whole code point for display.
      throw new JavaError({ kind: 'illegal-char', char: charAt(s, i), index: i, message: `Illegal base64 character: '${s[i]}'` });
    }
    return v;
  };

  let d = 0;
  const eLen = Math.trunc(len / 3) * 3;
  for (let cc = 0; d < eLen;) {
    const i = (ctoi(sIx++) << 18) | (ctoi(sIx++) << 12) | (ctoi(sIx++) << 6) | ctoi(sIx++);
    out[d++] = (i >> 16) & 0xff;
    out[d++] = (i >> 8) & 0xff;
    out[d++] = i & 0xff;
    // MIME line separator: skipped blindly every 76 chars when s[76] is '\r' (JS and Java shifts agree on count & 31).
    if (sepCnt > 0 && ++cc === 19) {
      sIx += 2;
      cc = 0;
    }
  }
  if (d < len) {
    let i = 0;
    for (let j = 0; sIx <= eIx - pad; j++) i |= ctoi(sIx++) << (18 - j * 6);
    for (let r = 16; d < len; r -= 8) out[d++] = (i >> r) & 0xff;
  }
  return out;
}

/** `String.getBytes(ISO_8859_1)` with the source index of every byte (a surrogate pair becomes one '?'). */
function latin1WithIndex(s: string): { bytes: number[]; index: number[] } {
  const bytes: number[] = [];
  const index: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    index.push(i);
    if (c <= 0xff) { bytes.push(c); continue; }
    if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
    bytes.push(0x3f);
  }
  return { bytes, index };
}

function isHigh(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** `java.util.Base64.getDecoder().decode(String)` (RFC 4648 basic, JDK 17 `decode0`): padding optional but exact. */
function strictDecode(s: string): Uint8Array {
  const { bytes: src, index } = latin1WithIndex(s);
  const sl = src.length;
  const fail = (kind: FallbackCause['kind'], at: number, message: string): JavaError => {
    const i = index[Math.min(Math.max(at, 0), sl - 1)] ?? 0;
    return new JavaError({ kind, char: charAt(s, i), index: i, message });
  };
  if (sl === 0) return new Uint8Array(0);
  if (sl < 2) throw fail('bad-ending', 0, 'Input byte[] should at least have 2 bytes for base64 bytes');
  const out: number[] = [];
  let sp = 0;
  let bits = 0;
  let shiftto = 18;
  while (sp < sl) {
    const raw = src[sp++];
    const b = STRICT_TABLE[raw];
    if (b < 0) {
      if (b === STRICT_PAD) {
        // '=' at a unit start, or "xx=" not followed by a second '='.
        if ((shiftto === 6 && (sp === sl || src[sp++] !== 0x3d)) || shiftto === 18) {
          throw fail('bad-ending', sp - 1, 'Input byte array has wrong 4-byte ending unit');
        }
        break;
      }
      const signed = raw > 127 ? raw - 256 : raw;
      throw fail('illegal-char', sp - 1, `Illegal base64 character ${signed.toString(16)}`);
    }
    bits |= b << shiftto;
    shiftto -= 6;
    if (shiftto < 0) {
      out.push((bits >> 16) & 0xff, (bits >> 8) & 0xff, bits & 0xff);
      shiftto = 18;
      bits = 0;
    }
  }
  if (shiftto === 6) out.push((bits >> 16) & 0xff);
  else if (shiftto === 0) out.push((bits >> 16) & 0xff, (bits >> 8) & 0xff);
  else if (shiftto === 12) throw fail('bad-ending', sp - 1, 'Last unit does not have enough valid bits');
  if (sp < sl) throw fail('bad-ending', sp, `Input byte array has incorrect ending byte at ${sp}`);
  return Uint8Array.from(out);
}

/** `String.getBytes(US_ASCII)`: non-ASCII → '?' (0x3F), a surrogate pair → one '?'. */
export function asciiBytes(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) { out.push(c); continue; }
    if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) i++;
    out.push(0x3f);
  }
  return Uint8Array.from(out);
}

/** `String.getBytes(UTF_8)`: like TextEncoder except that a lone surrogate becomes '?' (0x3F), not U+FFFD. */
export function utf8Bytes(s: string): Uint8Array {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (isHigh(c) && i + 1 < s.length && isLow(s.charCodeAt(i + 1))) {
      c = 0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(++i) - 0xdc00);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out.push(0x3f);
      continue;
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
  }
  return Uint8Array.from(out);
}

function attempt(decode: (s: string) => Uint8Array, s: string): { bytes?: Uint8Array; error?: FallbackCause } {
  try {
    return { bytes: decode(s) };
  } catch (e) {
    if (e instanceof JavaError) return { error: e.detail };
    throw e;
  }
}

/**
 * `decodeSecret(secret, decoderFor(v))`, without asking about the release when every decoder reads the secret alike:
 * canonical Base64 (what encoding its bytes gives back) decodes to the same bytes, nothing trimmed, no fallback, on
 * every release. A node rule run on a version range (engine/variants.ts) then asks nothing here, and runs once for
 * releases that only the decoder told apart.
 */
export function decodeSecretAt(secret: string, v: NacosVersion): DecodeResult {
  return canonicalDecode(secret) ?? decodeSecret(secret, decoderFor(v));
}

/** The decoding of a canonical Base64 secret (the same with every decoder), else undefined. */
export function canonicalDecode(secret: string): DecodeResult | undefined {
  if (secret.length === 0 || secret.length % 4 !== 0 || !CANONICAL_SHAPE.test(secret)) return undefined;
  const r = decodeSecret(secret, 'lenient');
  const plain = r.bytes && !r.usedRawFallback && !r.interiorPadding && !r.trimmed.leading && !r.trimmed.trailing && !r.lengthNotMultipleOf4;
  return plain && Buffer.from(r.bytes!).toString('base64') === secret ? r : undefined;
}
const CANONICAL_SHAPE = /^[A-Za-z0-9+/]+={0,2}$/;

// The same secret is decoded by several rules and on each release of a range, one after the other: the last result
// per decoder (a pure function of the text; callers only read it).
const LAST = new Map<DecoderKind, { secret: string; result: DecodeResult }>();

/** Decode a secret exactly as the given decoder does. Never throws. */
export function decodeSecret(secret: string, kind: DecoderKind): DecodeResult {
  const last = LAST.get(kind);
  if (last && last.secret === secret) return last.result;
  const result = decodeUncached(secret, kind);
  LAST.set(kind, { secret, result });
  return result;
}

function decodeUncached(secret: string, kind: DecoderKind): DecodeResult {
  const base = shape(secret);
  if (kind === 'strict-fallback') {
    const r = attempt(strictDecode, secret);
    return r.error
      ? { ...base, bytes: asciiBytes(secret), usedRawFallback: true, fallbackCause: r.error }
      : { ...base, bytes: r.bytes, usedRawFallback: false };
  }
  const r = attempt(lenientDecode, secret);
  if (!r.error) return { ...base, bytes: r.bytes, usedRawFallback: false };
  // jjwt wraps every exception into DecodingException, so the 2.0.4–2.1.x fallback catches all of them.
  if (kind === 'utf8-fallback') return { ...base, bytes: utf8Bytes(secret), usedRawFallback: true, fallbackCause: r.error };
  // The lenient decoder never reports 'bad-ending'.
  return { ...base, bytes: undefined, error: r.error as DecodeError, usedRawFallback: false };
}
