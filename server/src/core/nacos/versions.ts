// Nacos server / image versions: parsing, ordering, ranges, and the fingerprints that betray a version (facts §7, SPEC §4).
import { CORPUS as C, cite, type Sourced } from './citations';

export interface NacosVersion {
  major: number;
  minor: number;
  patch: number;
  /** Fourth component of hotfix releases: "2.2.0.1" → 1. */
  hotfix: number;
  /** The numeric part as written, without a leading `v` or a `-slim`-like suffix: "2.2.0.1", "2.4", "3". */
  text: string;
}

// `v` prefix optional; 1–4 numeric components; an optional `-suffix` (image variants `-slim`, `-BETA`, `-SNAPSHOT`).
const VERSION_RE = /^[vV]?(\d{1,6})(?:\.(\d{1,6}))?(?:\.(\d{1,6}))?(?:\.(\d{1,6}))?(?:-[A-Za-z0-9][A-Za-z0-9._-]*)?$/;

interface Parsed {
  version: NacosVersion;
  /** How many numeric components were written ("2.2.4" → 3); ranges use it for "2.2.4 also matches 2.2.4.x". */
  components: number;
}

// Range bounds in the facts tables are compared thousands of times per analysis: parse each string once.
const PARSE_CACHE = new Map<string, Parsed | undefined>();

function parse(s: string): Parsed | undefined {
  if (PARSE_CACHE.has(s)) return PARSE_CACHE.get(s);
  const p = parseUncached(s);
  if (PARSE_CACHE.size < 4096) PARSE_CACHE.set(s, p);
  return p;
}

function parseUncached(s: string): Parsed | undefined {
  const m = VERSION_RE.exec(s.trim());
  if (!m) return undefined;
  const parts = [m[1], m[2], m[3], m[4]];
  const components = parts.filter(p => p !== undefined).length;
  const [major, minor, patch, hotfix] = parts.map(p => (p === undefined ? 0 : Number(p)));
  return { version: { major, minor, patch, hotfix, text: parts.slice(0, components).join('.') }, components };
}

/**
 * Parses "v2.3.0", "2.3.0", "v2.2.1-slim", "2.2.0.1", "2.4", "3". Returns undefined for "latest" and anything that is
 * not a version (the caller decides what `latest` means: see `versionFromImageTag`).
 */
export function parseVersion(s: string): NacosVersion | undefined {
  return parse(s)?.version;
}

function must(s: string): Parsed {
  const p = parse(s);
  if (!p) throw new Error(`not a version literal: ${s}`);
  return p;
}

function tuple(v: NacosVersion): number[] {
  return [v.major, v.minor, v.patch, v.hotfix];
}

export function compareVersions(a: NacosVersion, b: NacosVersion): number {
  const x = tuple(a);
  const y = tuple(b);
  for (let i = 0; i < 4; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
  return 0;
}

/** `versionAtLeast(v, '2.2.1')`: v ≥ 2.2.1 (missing components count as 0). */
export function versionAtLeast(v: NacosVersion, s: string): boolean {
  return compareVersions(v, must(s).version) >= 0;
}

/** v ≤ hi where only the components written in `hi` count: '2.2.4' matches 2.2.4.1, '2.4' matches 2.4.3, '2' any 2.x. */
function atMost(v: NacosVersion, hi: Parsed): boolean {
  const x = tuple(v);
  const y = tuple(hi.version);
  for (let i = 0; i < hi.components; i++) if (x[i] !== y[i]) return x[i] < y[i];
  return true;
}

/**
 * Inclusive range. `hi` is a prefix bound: inRange(v, '2.2.1', '2.2.4') is true for 2.2.4.x, and '2.4' means 2.4.x.
 * To stop at a release that has hotfixes, write all four components ('2.2.0.0' excludes 2.2.0.1).
 */
export function inRange(v: NacosVersion, lo: string, hi: string): boolean {
  return versionAtLeast(v, lo) && atMost(v, must(hi));
}

/** A range in the facts tables; `to` is a prefix bound as in `inRange`; a missing end is open. */
export interface VersionRange {
  from?: string;
  to?: string;
}

export function inVersionRange(v: NacosVersion, r: VersionRange): boolean {
  return (r.from === undefined || versionAtLeast(v, r.from)) && (r.to === undefined || atMost(v, must(r.to)));
}

/** Image tag of `nacos/nacos-server:latest` (`docker@master:build/Dockerfile` NACOS_VERSION, facts §4.2). */
export const NEWEST_3X = '3.2.3';

/** Newest image tag in the corpus; its Dockerfile builds server 3.2.3. */
export const NEWEST_3X_SOURCE: Sourced = { cite: [cite(C.dockerfile('3.2.3'), 53, 'ARG NACOS_VERSION=3.2.3')] };

export type VersionSource = 'setting' | 'image tag' | 'fingerprint' | 'default' | 'cli';

export interface AssumedVersion {
  version: NacosVersion;
  from: VersionSource;
  /** Why, in English, for "assumed … because …": e.g. "nacos.core.auth.admin.enabled is only read by 3.x". */
  detail: string;
}

/** `cite`: where each key is read (or shipped) in its range; `absentIn`: a tag outside the range without it. */
export interface Fingerprint extends Sourced {
  /** Key prefixes (property keys are matched exactly or as `prefix.`-children). */
  keys: readonly string[];
  assume: string;
  detail: (key: string) => string;
}

// Ordered most specific first; the first fingerprint with a key present wins (facts §7, SPEC §4). When a file has
// both `plugin.nacos.token.*` and `default.token.*`, the newer name wins: legacy lines left behind by an upgrade are
// the common case, and the rules then flag the legacy line as ignored.
export const FINGERPRINTS: readonly Fingerprint[] = [
  {
    // 3.0.0 split the switches (facts §1.1, §2) and renamed server.port (3.0 upgrade doc).
    keys: ['nacos.core.auth.admin.enabled', 'nacos.core.auth.console.enabled', 'nacos.server.main.port'],
    assume: NEWEST_3X,
    detail: k => `${k} is only read by 3.x`,
    cite: [cite(C.constants('3.0.0'), 32), cite(C.constants('3.0.0'), 30), cite(C.dist('3.0.0'), 21), cite(C.jar('3.0.0'), 21)],
    absentIn: ['nacos-src/2.5.1 nacos.core.auth.admin.enabled', 'nacos-src/2.5.1 nacos.core.auth.console.enabled', 'nacos-src/2.5.1 nacos.server.main.port'],
  },
  {
    // Read from 2.1.0 on. A file without any 3.x-only key is most likely a 2.x file, and 2.5.1 is the newest 2.x
    // release; its behaviour (lenient decoder, "auth required" = nacos.core.auth.enabled) is that of 2.3.0–2.5.x,
    // most of the ≥ 2.1 range, so the assumption misleads the fewest users.
    keys: ['nacos.core.auth.plugin.nacos.token'],
    assume: '2.5.1',
    detail: k => `${k} is only read from 2.1.0 on (no 3.x-only key present)`,
    cite: [cite(C.dist('2.1.0'), 162), cite(C.plugin('2.2.0', 'constant/AuthConstants'), 46), cite(C.plugin('3.0.0', 'constant/AuthConstants'), 52)],
    absentIn: ['nacos-src/2.0.4 nacos.core.auth.plugin.nacos.token'],
  },
  {
    // Read only up to 2.0.4 (renamed in 2.1.0): 2.0.4 is the newest version that reads it.
    keys: ['nacos.core.auth.default.token'],
    assume: '2.0.4',
    detail: k => `${k} is only read up to 2.0.4`,
    cite: [cite(C.authConfigs('1.2.0'), 46), cite(C.authConfigs('2.0.4'), 60), cite(C.authConfigs('2.0.4'), 71)],
    absentIn: ['nacos-src/2.1.0/auth nacos.core.auth.default.token', 'nacos-src/2.1.0/plugin-default-impl nacos.core.auth.default.token', 'nacos-src/3.0.0/plugin-default-impl nacos.core.auth.default.token'],
  },
];

function keyMatches(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(prefix + '.');
}

/** The most specific version fingerprint among property keys present in a properties file; undefined when none. */
export function versionFromFingerprints(keys: Iterable<string>): AssumedVersion | undefined {
  const present = [...keys];
  for (const fp of FINGERPRINTS) {
    for (const prefix of fp.keys) {
      const hit = present.find(k => keyMatches(k, prefix));
      if (hit !== undefined) return { version: must(fp.assume).version, from: 'fingerprint', detail: fp.detail(hit) };
    }
  }
  return undefined;
}

/** An image tag as a version: `latest` (or no tag) is the newest 3.x (facts §4.2); junk → undefined. */
export function versionFromImageTag(tag: string | undefined): AssumedVersion | undefined {
  const t = (tag ?? 'latest').trim();
  if (t === '' || t === 'latest') {
    return { version: must(NEWEST_3X).version, from: 'image tag', detail: `nacos/nacos-server:latest is ${NEWEST_3X}` };
  }
  const v = parseVersion(t);
  return v ? { version: v, from: 'image tag', detail: `image tag ${t}` } : undefined;
}

/** Nothing tells the version: assume the newest 3.x (SPEC §4). */
export function defaultVersion(): AssumedVersion {
  return { version: must(NEWEST_3X).version, from: 'default', detail: `no version found; assuming the newest 3.x (${NEWEST_3X})` };
}
