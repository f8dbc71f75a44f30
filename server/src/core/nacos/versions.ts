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

function compareTuples(a: NacosVersion, b: NacosVersion): number {
  if (a.major !== b.major) return a.major < b.major ? -1 : 1;
  if (a.minor !== b.minor) return a.minor < b.minor ? -1 : 1;
  if (a.patch !== b.patch) return a.patch < b.patch ? -1 : 1;
  if (a.hotfix !== b.hotfix) return a.hotfix < b.hotfix ? -1 : 1;
  return 0;
}

export function compareVersions(a: NacosVersion, b: NacosVersion): number {
  const w = watching;
  if (w !== undefined && (a === w.subject || b === w.subject)) {
    if (a === b) return 0;
    // Another stand-in reads as its release (only the watched one records).
    const other = a === w.subject ? b : a;
    const sign = compareTuples(w.release, other);
    if (!w.trace.compared.includes(other)) { w.trace.compared.push(other); w.trace.signs.push(sign); }
    return a === w.subject ? sign : -sign;
  }
  return compareTuples(a, b);
}

/** `versionAtLeast(v, '2.2.1')`: v ≥ 2.2.1 (missing components count as 0). */
export function versionAtLeast(v: NacosVersion, s: string): boolean {
  return compareVersions(v, must(s).version) >= 0;
}

/** v ≤ hi where only the components written in `hi` count: '2.2.4' matches 2.2.4.1, '2.4' matches 2.4.3, '2' any 2.x. */
function atMost(v: NacosVersion, hi: Parsed): boolean {
  const w = watching;
  if (w !== undefined && v === w.subject) {
    const answer = atMostRaw(w.release, hi);
    if (!w.trace.bounds.includes(hi)) { w.trace.bounds.push(hi); w.trace.within.push(answer); }
    return answer;
  }
  return atMostRaw(v, hi);
}

function atMostRaw(v: NacosVersion, hi: Parsed): boolean {
  // Component by component without building tuples (asked for every release of every range, per rule).
  const h = hi.version;
  const n = hi.components;
  if (v.major !== h.major) return v.major < h.major;
  if (n < 2) return true;
  if (v.minor !== h.minor) return v.minor < h.minor;
  if (n < 3) return true;
  if (v.patch !== h.patch) return v.patch < h.patch;
  if (n < 4) return true;
  if (v.hotfix !== h.hotfix) return v.hotfix < h.hotfix;
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

// Watching one release (engine/variants.ts). The engine runs a node rule on a stand-in for each release of a range
// (`watchedRelease`) and records every question the run asks about it: a comparison with another version, a prefix
// bound, a field read directly (a table keyed by the release, its text). Another release that answers every question
// the same way gets the same reports from the same run (the rule is a function of its node), so the rule runs once
// per group of releases it cannot tell apart. `watching` is set only for the length of one synchronous run.

/** The questions one run asked about the watched release, with the answers it got (each question once). */
export interface VersionTrace {
  /** Versions compared with, and the sign of (release − other). */
  readonly compared: NacosVersion[];
  readonly signs: number[];
  /** Prefix upper bounds (`inRange`'s `hi`), and whether the release is at most that. */
  readonly bounds: Parsed[];
  readonly within: boolean[];
  /** Fields read other than by these functions, and their values. */
  readonly fields: (keyof NacosVersion)[];
  readonly values: (string | number)[];
}

let watching: { subject: NacosVersion; release: NacosVersion; trace: VersionTrace } | undefined;
const RELEASE = Symbol('release');
const FIELDS: readonly (keyof NacosVersion)[] = ['major', 'minor', 'patch', 'hotfix', 'text'];

/** The release a stand-in stands for (the version itself otherwise). */
export function releaseOf(v: NacosVersion): NacosVersion {
  return (v as { [RELEASE]?: NacosVersion })[RELEASE] ?? v;
}

/** A stand-in for `v` that reads like it and lets `watchRelease` see every question asked about it. */
export function watchedRelease(v: NacosVersion): NacosVersion {
  const stand = { [RELEASE]: v } as unknown as NacosVersion;
  for (const f of FIELDS) {
    Object.defineProperty(stand, f, {
      enumerable: true,
      get() {
        const w = watching;
        if (w !== undefined && w.subject === stand && !w.trace.fields.includes(f)) { w.trace.fields.push(f); w.trace.values.push(v[f]); }
        return v[f];
      },
    });
  }
  return stand;
}

/**
 * Runs `run` and returns what it asked about the stand-in `subject` (made by `watchedRelease`). Not reentrant. `into`:
 * a trace to fill instead of a new one (emptied first; the engine reuses one per node and rule).
 */
export function watchRelease(subject: NacosVersion, run: () => void, into?: VersionTrace): VersionTrace {
  const release = releaseOf(subject);
  if (release === subject) throw new Error('not a watched release');
  if (watching) throw new Error('already watching a release');
  let trace: VersionTrace;
  if (into) {
    for (const a of [into.compared, into.signs, into.bounds, into.within, into.fields, into.values] as unknown[][]) a.length = 0;
    trace = into;
  } else trace = { compared: [], signs: [], bounds: [], within: [], fields: [], values: [] };
  watching = { subject, release, trace };
  try {
    run();
  } finally {
    watching = undefined;
  }
  return trace;
}

/** Would `r` (a release, not a stand-in) have answered every question of `trace` as the watched release did? */
export function answersAlike(trace: VersionTrace, r: NacosVersion): boolean {
  for (let i = 0; i < trace.compared.length; i++) if (compareTuples(r, trace.compared[i]) !== trace.signs[i]) return false;
  for (let i = 0; i < trace.bounds.length; i++) if (atMostRaw(r, trace.bounds[i]) !== trace.within[i]) return false;
  for (let i = 0; i < trace.fields.length; i++) if (r[trace.fields[i]] !== trace.values[i]) return false;
  return true;
}

/** Image tag of `nacos/nacos-server:latest` (`docker@master:build/Dockerfile` NACOS_VERSION, facts §4.2). */
export const NEWEST_3X = '3.2.3';

/** Newest image tag in the corpus; its Dockerfile builds server 3.2.3. */
export const NEWEST_3X_SOURCE: Sourced = { cite: [cite(C.dockerfile('3.2.3'), 53, 'ARG NACOS_VERSION=3.2.3')] };

/**
 * What a node's version was decided by, strongest first (issue 14 item 2): the image tag (what actually runs), a version
 * set for that cluster or those files in the project configuration, the global setting (`--server-version`,
 * `nacosAuthLint.serverVersion`), the other members of its cluster, the keys the file has, nothing. `target`: the
 * upgrade check (`--target-version`) takes every node to run that version.
 */
export type VersionSource = 'target' | 'image tag' | 'cluster setting' | 'path setting' | 'setting' | 'peers' | 'content' | 'build' | 'unknown' | 'default';

/** What the evidence says about a node's version: one version, or a range when the evidence is wide. */
export interface AssumedVersion {
  /**
   * The version the node's facts are read at (defaults, property names, decoders): the version itself, or the most
   * likely one of the range. A verdict that must hold for the whole range asks `forAllVersions` instead.
   */
  version: NacosVersion;
  /** Inclusive ends when the evidence only narrows the version down to a range (`version` lies inside). */
  range?: { from: NacosVersion; to: NacosVersion };
  /** When the evidence names the candidates (an image tag that may hold either of two releases): exactly one of these. */
  among?: NacosVersion[];
  from: VersionSource;
  /** Why, in English, for "assumed … because …": e.g. "nacos.core.auth.admin.enabled is only read by 3.x". */
  detail: string;
}

/**
 * Server releases of alibaba/nacos, oldest first: what a range stands for. Every boundary a fact table uses is one of
 * these, so asking each release in a range is asking every verdict the range can give.
 */
export const RELEASES: readonly string[] = [
  '1.0.0', '1.0.1', '1.1.0', '1.1.3', '1.1.4', '1.2.0', '1.2.1', '1.3.0', '1.3.1', '1.3.2', '1.3.3', '1.4.0', '1.4.1',
  '1.4.2', '1.4.3', '1.4.4', '1.4.5', '1.4.6', '1.4.7', '1.4.8', '2.0.0', '2.0.1', '2.0.2', '2.0.3', '2.0.4', '2.1.0',
  '2.1.1', '2.1.2', '2.2.0', '2.2.0.1', '2.2.1', '2.2.2', '2.2.3', '2.2.4', '2.3.0', '2.3.1', '2.3.2', '2.4.0',
  '2.4.0.1', '2.4.1', '2.4.2', '2.4.2.1', '2.4.3', '2.5.0', '2.5.1', '2.5.2', '2.5.3', '3.0.0', '3.0.1', '3.0.2',
  '3.0.3', '3.1.0', '3.1.1', '3.1.2', '3.2.0', '3.2.1', '3.2.2', NEWEST_3X,
];

let RELEASE_VERSIONS: readonly NacosVersion[] | undefined;
/** RELEASES parsed (once: asked for every ranged node). */
function releaseVersions(): readonly NacosVersion[] {
  return (RELEASE_VERSIONS ??= RELEASES.map(s => must(s).version));
}

/** Exactly one version. */
export function exactVersion(v: NacosVersion, from: VersionSource, detail: string): AssumedVersion {
  return { version: v, from, detail };
}

/** A range `[lo, hi]` (version literals) read at `at` (inside it). A range of one version is that version. */
export function versionRange(lo: string, hi: string, at: string, from: VersionSource, detail: string): AssumedVersion {
  const a = must(lo).version;
  const b = must(hi).version;
  const v = must(at).version;
  if (compareVersions(a, v) > 0 || compareVersions(v, b) > 0) throw new Error(`${at} is not inside ${lo}–${hi}`);
  return compareVersions(a, b) === 0 ? { version: v, from, detail } : { version: v, range: { from: a, to: b }, from, detail };
}

/** The releases a node may run: every release of the range (and the version it is read at), or the one version. */
export function candidateVersions(av: AssumedVersion): NacosVersion[] {
  if (av.among) return [...av.among];
  const r = av.range;
  if (!r) return [av.version];
  const out = releaseVersions().filter(v => compareVersions(r.from, v) <= 0 && compareVersions(v, r.to) <= 0);
  for (const end of [r.from, av.version, r.to]) if (!out.some(v => compareVersions(v, end) === 0)) out.push(end);
  return out.sort(compareVersions);
}

/** Does `holds` hold for every version the node may run? (A rule states only what holds for the whole range.) */
export function forAllVersions(av: AssumedVersion, holds: (v: NacosVersion) => boolean): boolean {
  return candidateVersions(av).every(holds);
}

/** Does `holds` hold for at least one version the node may run? */
export function forSomeVersion(av: AssumedVersion, holds: (v: NacosVersion) => boolean): boolean {
  return candidateVersions(av).some(holds);
}

/** "2.0.4", "1.2.0–1.4.0" for a range, "2.2.3 or 2.3.0" for candidates. */
export function versionText(av: AssumedVersion): string {
  if (av.among) return av.among.map(v => v.text).join(' or ');
  return av.range ? `${av.range.from.text}–${av.range.to.text}` : av.version.text;
}

/** `cite`: where each key is read (or shipped) in its range; `absentIn`: a tag outside the range without it. */
export interface Fingerprint extends Sourced {
  /** Key prefixes (property keys are matched exactly or as `prefix.`-children). */
  keys: readonly string[];
  /** The versions a file with one of the keys can be for. */
  range: readonly [string, string];
  /** The version its facts are read at (the range's most common version in use). */
  assume: string;
  detail: (key: string) => string;
}

/** The words `versionLabel` prints for content evidence. */
export const CONTENT_WORDS = 'guessed from the keys this file has';

// Ordered most specific first; the first fingerprint with a key present wins (facts §7, SPEC §4; audit-plan §1.10).
// When a file has both `plugin.nacos.token.*` and `default.token.*`, the newer name wins: legacy lines left behind by
// an upgrade are the common case, and the rules then flag the legacy line as ignored.
export const FINGERPRINTS: readonly Fingerprint[] = [
  {
    // 3.0.0 split the switches (facts §1.1, §2) and renamed server.port (3.0 upgrade doc).
    keys: ['nacos.core.auth.admin.enabled', 'nacos.core.auth.console.enabled', 'nacos.server.main.port'],
    range: ['3.0.0', NEWEST_3X],
    assume: NEWEST_3X,
    detail: k => `${k} is only read by 3.x`,
    cite: [cite(C.constants('3.0.0'), 32), cite(C.constants('3.0.0'), 30), cite(C.dist('3.0.0'), 21), cite(C.jar('3.0.0'), 21)],
    absentIn: ['nacos-src/2.5.1 nacos.core.auth.admin.enabled', 'nacos-src/2.5.1 nacos.core.auth.console.enabled', 'nacos-src/2.5.1 nacos.server.main.port'],
  },
  {
    // Read from 2.2.1 on (the token cache the 2.2.1 JWT implementation added), and in every distribution conf since
    // 2.2.1. Without a 3.x-only key: a 2.2.1–2.5.x file, where an empty identity or secret fails the start as it does
    // on 2.5.1 (2.1.0–2.2.0.1 answered requests instead, so the 2.1.0 range below claims neither).
    keys: ['nacos.core.auth.plugin.nacos.token.cache.enable'],
    range: ['2.2.1', '2.5.3'],
    assume: '2.5.1',
    detail: k => `${k} is only read from 2.2.1 on, and no 3.x-only key is present`,
    cite: [cite(C.plugin('2.2.1', 'token/TokenManagerDelegate'), 38), cite(C.dist('2.2.1'), 153), cite(C.plugin('2.5.1', 'token/TokenManagerDelegate'), 38)],
    absentIn: ['nacos-src/2.2.0.1 nacos.core.auth.plugin.nacos.token.cache', 'nacos-src/2.2.0 nacos.core.auth.plugin.nacos.token.cache', 'nacos-src/2.1.0 nacos.core.auth.plugin.nacos.token.cache'],
  },
  {
    // Read from 2.1.0 on. A file without any 3.x-only key is a 2.x file (every 3.x conf carries the split switches);
    // 2.5.1 is read for it: its behaviour (lenient decoder, "auth required" = nacos.core.auth.enabled) is that of
    // 2.3.0–2.5.x, most of the range.
    keys: ['nacos.core.auth.plugin.nacos.token'],
    range: ['2.1.0', '2.5.3'],
    assume: '2.5.1',
    detail: k => `${k} is only read from 2.1.0 on, and no 3.x-only key is present`,
    cite: [cite(C.dist('2.1.0'), 162), cite(C.plugin('2.2.0', 'constant/AuthConstants'), 46), cite(C.plugin('3.0.0', 'constant/AuthConstants'), 52)],
    absentIn: ['nacos-src/2.0.4 nacos.core.auth.plugin.nacos.token'],
  },
  {
    // Read only up to 2.0.4 (renamed in 2.1.0). With the identity or userAgentAuthWhite lines the distribution added
    // in 1.4.1: 1.4.1–2.0.4 (ABSENCE_EVIDENCE below narrows a file without them to 1.2.0–1.4.0).
    keys: ['nacos.core.auth.default.token'],
    range: ['1.4.1', '2.0.4'],
    assume: '2.0.4',
    detail: k => `${k} is only read up to 2.0.4, and the 1.4.1 identity lines are present`,
    cite: [cite(C.authConfigs('1.2.0'), 46), cite(C.authConfigs('2.0.4'), 60), cite(C.authConfigs('2.0.4'), 71)],
    absentIn: ['nacos-src/2.1.0/auth nacos.core.auth.default.token', 'nacos-src/2.1.0/plugin-default-impl nacos.core.auth.default.token', 'nacos-src/3.0.0/plugin-default-impl nacos.core.auth.default.token'],
  },
];

/** What the absence of lines proves (audit-plan §1.10): the distribution added them at a known release. */
export const ABSENCE_EVIDENCE: Readonly<Record<'noIdentityLines' | 'noAuthKeys', Sourced>> = {
  // `default.token.*` without `server.identity.*` and `userAgentAuthWhite`: both lines arrived in the 1.4.1 conf.
  noIdentityLines: {
    cite: [
      cite(C.dist('1.4.1'), 134, 'Since 1.4.1'), cite(C.dist('1.4.1'), 135, 'nacos.core.auth.enable.userAgentAuthWhite'),
      cite(C.dist('1.4.1'), 139, 'nacos.core.auth.server.identity.key'),
    ],
    absentIn: ['nacos-src/1.4.0/distribution/conf/application.properties nacos.core.auth.server.identity'],
  },
  // No `nacos.core.auth.*` key at all: the auth configuration starts at 1.2.0 (no 1.1.x source in the corpus).
  noAuthKeys: { cite: [cite(C.authConfigs('1.2.0'), 34, '@since 1.2.0')], unverified: 'no 1.1.x distribution in the corpus' },
};

const IDENTITY_LINES = ['nacos.core.auth.server.identity', 'nacos.core.auth.enable.userAgentAuthWhite'];
/** Keys a Nacos 1.x conf had before 1.2 (`server.contextPath` is Spring Boot 1's name; 1.2.0 ships `server.servlet.contextPath`). */
const PRE_12_KEYS = ['server.contextPath', 'nacos.cmdb'];

function keyMatches(key: string, prefix: string): boolean {
  return key === prefix || key.startsWith(prefix + '.');
}

/**
 * The versions a properties file's keys allow (audit-plan §1.10), from the content alone: a fingerprint key, the absence
 * of the 1.4.1 lines, or no auth key at all next to pre-1.2 keys. Undefined when the keys tell nothing.
 */
export function versionFromFingerprints(keys: Iterable<string>): AssumedVersion | undefined {
  // Only well-formed names count (and are named in the detail): `identity.key\=<secret>` is a malformed key whose
  // text after the escaped `=` may be a secret (leak fuzzer).
  const present = [...keys].filter(k => /^[A-Za-z0-9_.\-[\]]+$/.test(k));
  const has = (prefix: string) => present.find(k => keyMatches(k, prefix));
  for (const fp of FINGERPRINTS) {
    for (const prefix of fp.keys) {
      const hit = has(prefix);
      if (hit === undefined) continue;
      if (fp.keys.includes('nacos.core.auth.default.token') && !IDENTITY_LINES.some(has)) {
        return versionRange('1.2.0', '1.4.0', '1.4.0', 'content', `${hit} is read from 1.2.0 to 2.0.4, and the identity and userAgentAuthWhite lines that 1.4.1 added are absent`);
      }
      return versionRange(fp.range[0], fp.range[1], fp.assume, 'content', fp.detail(hit));
    }
  }
  if (!present.some(k => keyMatches(k, 'nacos.core.auth'))) {
    const old = PRE_12_KEYS.map(has).find(k => k !== undefined);
    if (old !== undefined) return versionRange('1.0.0', '1.1.4', '1.1.4', 'content', `no nacos.core.auth.* key (authentication is configurable from 1.2.0) and ${old} is set`);
  }
  const identity = has('nacos.core.auth.server.identity');
  if (identity !== undefined) return versionRange('1.4.1', NEWEST_3X, NEWEST_3X, 'content', `${identity} is read from 1.4.1 on`);
  return undefined;
}

/**
 * Image tags whose Dockerfile builds another server release (audit-plan §1.9, §3.11). Docker Hub may have been built
 * with a `--build-arg`, so a node on such a tag may run either: the range of the two.
 */
export const IMAGE_SERVER_VERSIONS: readonly (Sourced & { tag: string; server: string })[] = [
  { tag: '1.4.3', server: '2.0.4', cite: [cite(C.dockerfile('1.4.3'), 23, 'ARG NACOS_VERSION=2.0.4')] },
  { tag: '2.1.2', server: '2.1.1', cite: [cite(C.dockerfile('2.1.2'), 23, 'ARG NACOS_VERSION=2.1.1')] },
  { tag: '2.3.0', server: '2.2.3', cite: [cite(C.dockerfile('2.3.0'), 23, 'ARG NACOS_VERSION=2.2.3')] },
  { tag: '2.4.0', server: '2.4.0.1', cite: [cite(C.dockerfile('2.4.0'), 26, 'ARG NACOS_VERSION=2.4.0.1')] },
];

/**
 * The server version an image tag runs: `latest` (or no tag) is the newest 3.x (facts §4.2), or `latestIs` (the
 * version the user set, which `latest` follows); a tag whose Dockerfile builds another release is the range of both
 * (read at the tag's own number); junk → undefined.
 */
export function versionFromImageTag(tag: string | undefined, latestIs?: { version: NacosVersion; detail: string }): AssumedVersion | undefined {
  const t = (tag ?? 'latest').trim();
  if (t === '' || t === 'latest') {
    if (latestIs) return { version: latestIs.version, from: 'image tag', detail: `image tag latest, taken as ${latestIs.version.text} (${latestIs.detail})` };
    return { version: must(NEWEST_3X).version, from: 'image tag', detail: `nacos/nacos-server:latest is ${NEWEST_3X}` };
  }
  const v = parseVersion(t);
  if (!v) return undefined;
  const built = IMAGE_SERVER_VERSIONS.find(r => compareVersions(must(r.tag).version, v) === 0);
  if (built) {
    const server = must(built.server).version;
    const among = [server, v].sort(compareVersions);
    return { version: v, range: { from: among[0], to: among[1] }, among, from: 'image tag', detail: `image tag ${t}, whose Dockerfile builds Nacos ${built.server}` };
  }
  return { version: v, from: 'image tag', detail: `image tag ${t}` };
}

/** The oldest nacos/nacos-server image tag the corpus has (an image of unknown tag is one of OLDEST_IMAGE … NEWEST_3X). */
export const OLDEST_IMAGE = '1.4.3';

/**
 * The release a custom tag names (`release-2.2.3.20240205062842`, `2.4.0.1-arm64`): a number of RELEASES standing
 * alone in it, the longest that is one; undefined when it names none or several.
 */
export function namedRelease(tag: string): NacosVersion | undefined {
  const found = new Set<string>();
  for (const m of tag.matchAll(/(?<![\d.])v?(\d+\.\d+\.\d+)(?:\.(\d+))?(?!\d)/g)) {
    const four = m[2] !== undefined ? `${m[1]}.${m[2]}` : undefined;
    const hit = four && RELEASES.includes(four) ? four : RELEASES.includes(m[1]) ? m[1] : undefined;
    if (hit) found.add(hit);
  }
  return found.size === 1 ? must([...found][0]).version : undefined;
}

/**
 * The evidence says "some release, chosen elsewhere" (an image built from a download of `${VERSION}`, FROM an image not
 * known here): every release from `oldest` on, read at the newest. The file's keys do not narrow it — they say what the
 * file was written for, not what the image runs. `detail` says why the version is not known.
 */
export function unknownVersion(detail: string, oldest: string = RELEASES[0]): AssumedVersion {
  return versionRange(oldest, NEWEST_3X, NEWEST_3X, 'unknown', detail);
}

/** Nothing tells the version: assume the newest 3.x (SPEC §4). */
export function defaultVersion(): AssumedVersion {
  return { version: must(NEWEST_3X).version, from: 'default', detail: `no version found; assuming the newest 3.x (${NEWEST_3X})` };
}
