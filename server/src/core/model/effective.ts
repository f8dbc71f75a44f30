// A node's effective auth settings (SPEC §4): a properties file's values with their placeholders resolved against
// what the node sees from outside (the container environment, system properties), the jar's and the code's
// defaults, and the Nacos version assumed for the node.
import type { PropertiesFile, PropertyEntry } from '../syntax/properties/parser';
import { resolvePlaceholders, findPlaceholders } from '../syntax/properties/placeholders';
import { codeDefault, jarDefault } from '../nacos/authProperties';
import { defaultVersion, exactVersion, parseVersion, releaseOf, versionFromFingerprints, versionFromImageTag, versionText, type AssumedVersion, type NacosVersion } from '../nacos/versions';
import type { LintSettings } from '../settings';
import type { Provenance } from '../types';
import { isAuthKey, TRACKED_KEYS } from '../nacos/keys';
import type { EffectiveSetting, NacosNode, SettingOrigin, WrittenValue } from './node';

/** A value from outside the file that a `${NAME}` placeholder can read (the container environment). */
export interface ExternalValue {
  value: string | undefined;
  /** Set to something unknown here (the caller's environment, `$(…)`, a Secret outside the workspace): why
   *  (`value` is undefined; EffectiveSetting.unknown). */
  unknown?: string;
  provenance?: Provenance;
  written?: WrittenValue;
}

export function writtenFromEntry(path: string, e: PropertyEntry): WrittenValue {
  return {
    path, fileKind: 'properties', span: e.valueSpan, raw: '', offsets: e.valueOffsets,
    keySpan: e.keySpan, deleteSpan: e.deleteSpan, name: e.key, quote: null,
    literal: findPlaceholders(e.value).length === 0,
  };
}

/** Last entry per key over all `#---` documents (later documents and later lines win, facts §1.10). */
export function lastEntries(props: PropertiesFile): Map<string, PropertyEntry> {
  const map = new Map<string, PropertyEntry>();
  for (const e of props.entries) map.set(e.key, e);
  return map;
}

/**
 * The auth settings a properties file gives, with placeholders resolved against `external` (the OS environment
 * and system properties, highest first) and then against the file's own keys — Spring resolves against the
 * whole environment (facts §1.11). Defaults of `${NAME:default}` apply only when NAME is absent.
 */
export function settingsFromProperties(
  path: string,
  props: PropertiesFile,
  external: (name: string) => ExternalValue | undefined,
  origin: SettingOrigin,
  via: string,
): Map<string, EffectiveSetting> {
  const last = lastEntries(props);
  const out = new Map<string, EffectiveSetting>();
  for (const [key, e] of last) {
    if (!isAuthKey(key) && !TRACKED_KEYS.includes(key)) continue;
    const written = writtenFromEntry(path, e);
    const own: Provenance = { path, span: e.valueSpan, via };
    const holders = findPlaceholders(e.value);
    if (holders.length === 0) {
      out.set(key, { key, value: e.value, origin, provenance: own, written, chain: [], unresolved: [], via });
      continue;
    }
    const used: ExternalValue[] = [];
    let unknown: string | undefined;
    const res = resolvePlaceholders(e.value, name => {
      const ext = external(name);
      if (ext && ext.value !== undefined) { used.push(ext); return ext.value; }
      // Set to something unknown (outside the workspace, the caller's environment, `$(…)`): the placeholder
      // resolves, to what cannot be known here.
      if (ext?.unknown) { used.push(ext); unknown ??= ext.unknown; return ''; }
      const inner = last.get(name);
      return inner ? inner.value : undefined;
    });
    // A value that is exactly one placeholder fed from outside is edited where it was defined.
    const single = holders.length === 1 && holders[0].start === 0 && holders[0].end === e.value.length && used.length === 1;
    const ext = single ? used[0] : undefined;
    out.set(key, {
      key,
      value: res.unresolved.length || unknown ? undefined : res.value,
      ...(unknown && !res.unresolved.length ? { unknown } : {}),
      origin,
      provenance: ext?.provenance ?? own,
      written: ext?.written ?? written,
      chain: ext ? [own] : [],
      unresolved: res.unresolved,
      via: ext?.provenance ? `${ext.provenance.via} via \${${holders[0].name}} in ${via}` : via,
    });
  }
  return out;
}

/** Fills what the file does not set from the jar-embedded defaults and code defaults of the version (facts §1.2). */
export function addDefaults(node: NacosNode): void {
  for (const s of defaultsFor(node.settings, node.version.version)) node.settings.set(s.key, s);
}

/**
 * The defaults `addDefaults` adds at release `v` to settings that have the keys `present`, in that order. The objects
 * are shared by every node at that release (a cold workspace check builds thousands of nodes and copies): never change
 * one in place — a source that makes a default unknown or adds to its `via` sets a new object.
 */
export function defaultsFor(present: { has(key: string): boolean }, v: NacosVersion): EffectiveSetting[] {
  return releaseDefaults(v).filter(s => !present.has(s.key));
}

const DEFAULTS = new Map<string, readonly EffectiveSetting[]>();

/** Every tracked key's default at release `v` (a memoised pure function of the release, like the image tables). */
function releaseDefaults(v: NacosVersion): readonly EffectiveSetting[] {
  const r = releaseOf(v);
  const k = `${r.major}.${r.minor}.${r.patch}.${r.hotfix}\u0000${r.text}`;
  let out = DEFAULTS.get(k);
  if (out) return out;
  const list: EffectiveSetting[] = [];
  for (const key of TRACKED_KEYS) {
    const jar = jarDefault(key, r);
    if (jar !== undefined) {
      list.push(Object.freeze({ key, value: jar, origin: 'jar-default', chain: EMPTY, unresolved: EMPTY, via: `application.properties embedded in nacos-server ${r.text}` }) as EffectiveSetting);
      continue;
    }
    const code = codeDefault(key, r);
    if (code !== undefined) list.push(Object.freeze({ key, value: code, origin: 'code-default', chain: EMPTY, unresolved: EMPTY, via: `Nacos ${r.text} code default` }) as EffectiveSetting);
  }
  out = list;
  if (DEFAULTS.size < 1024) DEFAULTS.set(k, out);
  return out;
}
const EMPTY = Object.freeze([]) as unknown as never[];

/** The settings `atVersion` keeps from the node on every release: written ones, and defaults made unknown. */
export function keptAcrossReleases(node: NacosNode): [string, EffectiveSetting][] {
  return [...node.settings].filter(([, s]) => (s.origin !== 'jar-default' && s.origin !== 'code-default') || s.unknown);
}

/**
 * The version a node runs, from the strongest evidence (issue 14 item 2): the image tag (what actually runs; `latest`
 * follows a version the user set), a version set for this file's cluster or path, the global setting, the file's keys
 * (a range when they allow several), nothing (the newest 3.x). The global setting never overrides an explicit tag.
 * Cluster peers rank between the setting and the keys: `adoptPeerVersion` applies them once clusters are known.
 */
export function assumeVersion(settings: LintSettings, keys: Iterable<string>, tag?: string): AssumedVersion {
  const target = settings.targetVersion ? parseVersion(settings.targetVersion) : undefined;
  if (target) return exactVersion(target, 'target', `upgrade check: every node taken to run ${target.text}`);
  const set = settingVersion(settings);
  if (tag !== undefined) {
    const t = versionFromImageTag(tag, set && { version: set.version, detail: set.detail });
    if (t) return t;
  }
  if (set) return set;
  return versionFromFingerprints(keys) ?? defaultVersion();
}

/** The version the user set for this file: its cluster's or path's (project configuration), else the global one. */
export function settingVersion(settings: LintSettings): AssumedVersion | undefined {
  const sc = settings.scopedServerVersion;
  const scoped = sc && parseVersion(sc.version);
  if (sc && scoped) {
    return sc.scope === 'cluster'
      ? exactVersion(scoped, 'cluster setting', `serverVersion of cluster ${sc.name}`)
      : exactVersion(scoped, 'path setting', `serverVersion set for ${sc.name}`);
  }
  const v = settings.serverVersion ? parseVersion(settings.serverVersion) : undefined;
  return v ? exactVersion(v, 'setting', 'the serverVersion setting') : undefined;
}

/** Evidence ranks, strongest first; `peers` may replace `content` and `default` only. */
const WEAK: ReadonlySet<AssumedVersion['from']> = new Set(['content', 'default']);
// (`target` is never weak: the upgrade check sets every node.)

/**
 * A bare-metal member whose version is only guessed takes the version its cluster's members run when they agree on
 * one from stronger evidence (image tag or a setting). Only the defaults depend on the version: they are recomputed.
 */
export function adoptPeerVersion(node: NacosNode, peers: readonly NacosNode[]): void {
  if (!WEAK.has(node.version.from)) return;
  const strong = peers.filter(p => p !== node && !WEAK.has(p.version.from) && p.version.from !== 'peers');
  if (!strong.length) return;
  const texts = new Set(strong.map(p => versionText(p.version)));
  if (texts.size !== 1) return;
  const src = strong[0];
  const label = src.service ?? src.path;
  node.version = { ...src.version, from: 'peers', detail: `the version of ${label} in the same cluster (${src.version.detail})` };
  for (const [k, s] of node.settings) if (s.origin === 'jar-default' || s.origin === 'code-default') node.settings.delete(k);
  addDefaults(node);
}

/**
 * The node as it would be on release `v` of its range: the same written settings, the defaults of `v`. The engine
 * runs the node rules on each (a rule states only what holds for every release the node may run).
 */
export function atVersion(node: NacosNode, v: NacosVersion): NacosNode {
  // A default made unknown (an open environment may set it) stays unknown on every release.
  const settings = new Map<string, EffectiveSetting>(keptAcrossReleases(node));
  const copy: NacosNode = { ...node, version: { ...node.version, version: v }, settings };
  addDefaults(copy);
  return copy;
}
