// A node's effective auth settings (SPEC §4): a properties file's values with their placeholders resolved against
// what the node sees from outside (the container environment, system properties), the jar's and the code's
// defaults, and the Nacos version assumed for the node.
import type { PropertiesFile, PropertyEntry } from '../syntax/properties/parser';
import { resolvePlaceholders, findPlaceholders } from '../syntax/properties/placeholders';
import { codeDefault, jarDefault } from '../nacos/authProperties';
import { NEWEST_3X, parseVersion, versionFromFingerprints, type AssumedVersion } from '../nacos/versions';
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
  const v = node.version.version;
  for (const key of TRACKED_KEYS) {
    if (node.settings.has(key)) continue;
    const jar = jarDefault(key, v);
    if (jar !== undefined) {
      node.settings.set(key, { key, value: jar, origin: 'jar-default', chain: [], unresolved: [], via: `application.properties embedded in nacos-server ${v.text}` });
      continue;
    }
    const code = codeDefault(key, v);
    if (code !== undefined) node.settings.set(key, { key, value: code, origin: 'code-default', chain: [], unresolved: [], via: `Nacos ${v.text} code default` });
  }
}

export function assumeVersion(settings: LintSettings, keys: Iterable<string>, tag?: { version: string; detail: string }): AssumedVersion {
  if (settings.serverVersion) {
    const v = parseVersion(settings.serverVersion);
    if (v) return { version: v, from: 'setting', detail: 'nacosAuthLint.serverVersion' };
  }
  if (tag) {
    const v = tag.version === 'latest' ? parseVersion(NEWEST_3X) : parseVersion(tag.version);
    if (v) return { version: v, from: 'image tag', detail: tag.detail };
  }
  const fp = versionFromFingerprints(keys);
  if (fp) return fp;
  return { version: parseVersion(NEWEST_3X)!, from: 'default', detail: `no version hint found; assuming the newest 3.x (${NEWEST_3X})` };
}
