// Published identity pairs and token secrets (facts §3): anyone can send `key: value` or forge tokens with them.
import { decodeSecret, utf8Bytes } from './decoders';
import { CORPUS as C, cite, type Sourced } from './citations';

// Sourced: where the value is published in the corpus; `unverified` names where it was seen outside it.
export interface PublicIdentityPair extends Sourced {
  key: string;
  value: string;
  /** Short text of where it was published. */
  source: string;
}

const HELM_VALUES = 'nacos-k8s/nacos-k8s-6fe83e3-2026-04-01/helm/values.yaml';
const NOT_FOUND = 'published in blogs / Q&A; not found in the corpus or the audit\'s stored corpora (audit G)';

export const PUBLIC_IDENTITY_PAIRS: readonly PublicIdentityPair[] = [
  {
    key: 'serverIdentity', value: 'security', source: 'nacos 2.0.1–2.2.0.1 default (application.properties, jar, nacos-docker ≤ v2.2.0.1)',
    cite: [cite(C.dist('2.0.3'), 167), cite(C.dist('2.0.3'), 168), cite(C.dist('2.2.0.1'), 146), cite(C.jar('2.2.0.1'), 124),
      cite(C.dockerConf('2.2.0.1'), 32), cite('nacos-docker-v3.2.3/example/standalone-derby.yaml', 9)],
  },
  {
    key: 'example', value: 'example', source: 'nacos 2.2.1–2.5.x application.properties.example (commented example)',
    cite: [cite(C.distExample('2.2.1'), 167), cite(C.distExample('2.2.1'), 168), cite(C.distExample('2.5.1'), 174)],
  },
  {
    key: '2222', value: '2xxx', source: 'nacos-docker env/*.env (v2.2.2+)',
    cite: [cite('nacos-docker-v2.3.0/env/custom-application-config.env', 4), cite('nacos-docker-v2.3.0/env/custom-application-config.env', 5),
      cite('nacos-docker-v3.2.3/env/nacos-ip.env', 10)],
  },
  { key: 'nacos', value: 'nacos', source: 'blogs and Q&A', unverified: NOT_FOUND },
  { key: 'nacos', value: 'passwordIselfdefine', source: 'blogs and Q&A', unverified: NOT_FOUND },
  { key: 'Id-Key', value: 'Id-Value', source: 'blogs and Q&A', unverified: NOT_FOUND },
  { key: 'cluster_key', value: 'cluster_value', source: 'blogs and Q&A', unverified: 'wenku.csdn.net/answer/7d5isf1cyc (audit G7); not in the corpus' },
  { key: 'your_identity_key', value: 'your_identity_value', source: 'blogs and Q&A', unverified: 'wenku.csdn.net/answer/7d5isf1cyc (audit G8); not in the corpus' },
  { key: 'CUSTOM_SERVER_IDENTITY_KEY', value: 'aRandomlyGeneratedSecureValue_1234567890', source: 'blogs and Q&A', unverified: NOT_FOUND },
  {
    key: 'EDF6493A068449C9934FBFF467095F48', value: '48DC515485D8400793214DEC86EF04BF', source: 'blogs and Q&A',
    unverified: 'alibaba/nacos#13339 comment (audit G10); not in the corpus',
  },
  { key: 'serverIdentity', value: 'mySecureValue123', source: 'blogs and Q&A', unverified: NOT_FOUND },
  { key: 'root', value: 'nacos', source: 'blogs and Q&A', unverified: NOT_FOUND },
  { key: 'nil', value: 'nil', source: 'nacos-k8s Helm values (nil rendered as a string)', cite: [cite(HELM_VALUES, 31), cite(HELM_VALUES, 32)] },
];

/** Values that are public on their own (any key): every published pair's value. */
export const PUBLIC_IDENTITY_VALUES: readonly string[] = [...new Set(PUBLIC_IDENTITY_PAIRS.map(p => p.value))];

export interface PublicSecret extends Sourced {
  /** The string as published (case-sensitive). */
  secret: string;
  source: string;
}

const OLD_DEFAULT = 'SecretKey012345678901234567890123456789012345678901234567890123456789';

export const PUBLIC_SECRETS: readonly PublicSecret[] = [
  {
    secret: OLD_DEFAULT, source: 'nacos 1.2.0–2.2.0 default (application.properties, jar, nacos-docker ≤ v2.2.0.1, env/*.env)',
    cite: [cite(C.dist('1.2.0'), 105), cite(C.dist('2.2.0'), 153), cite(C.jar('2.2.0'), 131), cite(C.dockerConf('2.2.0.1'), 28),
      cite('nacos-docker-v2.5.1/env/custom-application-config.env', 6)],
  },
  {
    secret: 'U2VjcmV0S2V5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5MDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzNDU2Nzg5',
    source: 'nacos test resources (Base64 of the old default)',
    unverified: 'nacos test/config-test resources (audit G15); the corpus excludes test files',
  },
  {
    secret: 'VGhpc0lzTXlDdXN0b21TZWNyZXRLZXkwMTIzNDU2Nzg=', source: 'nacos 3.x application.properties example, docs, nacos-docker v3 env/*.env',
    cite: [cite(C.dist('3.0.0'), 244), cite(C.jar('3.0.0'), 249), cite('nacos-docker-v3.0.0/env/custom-application-config.env', 6),
      cite('nacos-docker-v3.2.3/example/standalone-derby.yaml', 11)],
  },
  { secret: 'aXQnc215c2VjcmV0dGVzdG9mYmFzZTY0Y2hhcnNldC4=', source: 'blogs and GitHub issues', unverified: NOT_FOUND },
  { secret: 'RTRFNjkzQjAzNzNENDIzMkEzN0RDMEQ1RUQ3OThBN0E=', source: 'blogs and GitHub issues', unverified: 'alibaba/nacos#13339 comment (audit G18); not in the corpus' },
  { secret: 'VGhpc0lzTXlTZWNyZXRLZXlXaGljaFNob3VsZEJlMzJDaGFyYWN0ZXJzTGFyZ2U=', source: 'blogs and GitHub issues', unverified: NOT_FOUND },
  { secret: '840hCKEPb1Y7aLh8JOLuTKDIq2cNuyp4uSLGmwLS+BU=', source: 'blogs and GitHub issues', unverified: NOT_FOUND },
  {
    secret: 'NGFYeDdFMkFxWDRRS3d4QnIzMnRDY3pGZnRDd0lqUVVjejNvOVQzS2M1QTJJdzM2RmdCNmNwODdHZ0oxdG9oTQ==',
    source: 'GitHub issue alibaba/nacos#12179', unverified: 'alibaba/nacos#12179 (audit G21); not in the corpus',
  },
  {
    secret: 'SecretKey01234567890123456789012345345678999987654901234567890123456789', source: 'GitHub issue alibaba/nacos#13339',
    unverified: 'alibaba/nacos#13339 (audit G22); not in the corpus',
  },
  { secret: 'SecretKey:e472c13e-a568-47cd-bb49-c15e253f62e9', source: 'GitHub issue alibaba/nacos#9830', unverified: 'alibaba/nacos#9830 (audit G23); not in the corpus' },
  {
    secret: 'this-is-a-very-long-token-at-least-192-bytes-recommend-256-bytes-without-any-special-symbols',
    source: 'chaitin/xray PR #1011', unverified: 'not found in the corpus nor the audit\'s issue/code corpora (audit G24)',
  },
  { secret: 'nil', source: 'nacos-k8s Helm values (nil rendered as a string)', cite: [cite(HELM_VALUES, 30)] },
];

const EXTRA_SOURCE = 'nacosAuthLint.knownValues';

const lower = (s: string) => s.toLowerCase();

/**
 * The value the user meant: white space around it and one pair of literal quotes are mistakes other rules report
 * (identity-whitespace, identity-quoted); `" security "` is the published `security` — and trimming or unquoting
 * it must not turn up a new error (SPEC §8).
 */
export function intendedValue(s: string): string {
  const t = s.trim();
  return t.length >= 2 && (t[0] === '"' || t[0] === "'") && t[t.length - 1] === t[0] ? t.slice(1, -1).trim() : t;
}
const intended = (s: string) => intendedValue(s).toLowerCase();

/**
 * Is the identity pair published? Case-insensitive. `pair`: key and value of one published pair; `value`: the value
 * of any published pair or an `extra` entry; `key`: only the key is published (or an `extra` entry).
 */
export function isPublicIdentity(
  key: string,
  value: string,
  extra: string[],
): { match: 'pair' | 'value' | 'key'; source: string } | undefined {
  const k = intended(key);
  const v = intended(value);
  const pair = PUBLIC_IDENTITY_PAIRS.find(p => lower(p.key) === k && lower(p.value) === v);
  if (pair) return { match: 'pair', source: pair.source };
  if (v !== '') {
    const byValue = PUBLIC_IDENTITY_PAIRS.find(p => lower(p.value) === v);
    if (byValue) return { match: 'value', source: byValue.source };
    if (extra.length && knownIndex(extra).lowered.has(v)) return { match: 'value', source: EXTRA_SOURCE };
  }
  if (k !== '') {
    const byKey = PUBLIC_IDENTITY_PAIRS.find(p => lower(p.key) === k);
    if (byKey) return { match: 'key', source: byKey.source };
    if (extra.length && knownIndex(extra).lowered.has(k)) return { match: 'key', source: EXTRA_SOURCE };
  }
  return undefined;
}

interface SecretForms {
  raw: string;
  /** UTF-8 bytes of the string and its lenient decoding: the key bytes it yields on some version. */
  bytes: Uint8Array[];
  source: string;
}

function formsOf(secret: string, source: string): SecretForms {
  const bytes = [utf8Bytes(secret)];
  const decoded = decodeSecret(secret, 'lenient').bytes;
  if (decoded && decoded.length > 0) bytes.push(decoded);
  return { raw: secret, bytes, source };
}

const PUBLISHED_FORMS: readonly SecretForms[] = PUBLIC_SECRETS.map(p => formsOf(p.secret, p.source));

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Is the secret published? Compares the raw string (case-sensitive) and the key bytes: `decodedBytes` (what the
 * assumed version derives from `secret`) and the secret's UTF-8 bytes, against each published secret's UTF-8 bytes
 * and lenient decoding. So `SecretKey0123…` and its Base64 match each other, and so does the text
 * `ThisIsMyCustomSecretKey012345678` that `VGhpc0lz…Nzg=` decodes to. `extra` entries are treated as published.
 */
export function isPublicSecret(
  secret: string,
  decodedBytes: Uint8Array | undefined,
  extra: string[],
): { source: string } | undefined {
  // Asked by several rules, on each release of a range, one after the other with the same arguments (the decoder keeps
  // its last result, so the bytes are the same object): the last answer.
  const l = lastSecret;
  if (l && l.secret === secret && l.decodedBytes === decodedBytes && l.extra === extra) return l.result;
  const result = publicSecret(secret, decodedBytes, extra);
  lastSecret = { secret, decodedBytes, extra, result };
  return result;
}
let lastSecret: { secret: string; decodedBytes: Uint8Array | undefined; extra: string[]; result: { source: string } | undefined } | undefined;

function publicSecret(secret: string, decodedBytes: Uint8Array | undefined, extra: string[]): { source: string } | undefined {
  if (secret === '') return undefined;
  const candidates = [utf8Bytes(secret)];
  if (decodedBytes && decodedBytes.length > 0) candidates.push(decodedBytes);
  for (const f of PUBLISHED_FORMS) {
    if (f.raw === secret || f.bytes.some(b => candidates.some(c => sameBytes(b, c)))) return { source: f.source };
  }
  if (extra.length) {
    const known = knownIndex(extra);
    if (known.raw.has(secret) || candidates.some(c => known.bytes.has(bytesKey(c)))) return { source: EXTRA_SOURCE };
  }
  return undefined;
}

interface KnownIndex {
  /** Lower-cased entries (identity keys and values compare case-insensitively). */
  lowered: Set<string>;
  raw: Set<string>;
  /** Each entry's UTF-8 bytes and lenient decoding, as `bytesKey` strings. */
  bytes: Set<string>;
}

/** One index per `knownValues` array (settings are normalised once, so once per settings): 100,000 entries are
 *  hashed once, not scanned per node and rule. */
const KNOWN_INDEX = new WeakMap<readonly string[], KnownIndex>();

function knownIndex(extra: readonly string[]): KnownIndex {
  let ix = KNOWN_INDEX.get(extra);
  if (ix) return ix;
  ix = { lowered: new Set(), raw: new Set(), bytes: new Set() };
  for (const e of extra) {
    ix.lowered.add(lower(e));
    ix.raw.add(e);
    for (const b of formsOf(e, EXTRA_SOURCE).bytes) ix.bytes.add(bytesKey(b));
  }
  KNOWN_INDEX.set(extra, ix);
  return ix;
}

function bytesKey(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}
