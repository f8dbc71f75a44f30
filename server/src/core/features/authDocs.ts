// What hover, completion and the generated docs say about an auth property or an image variable: descriptions,
// the versions that read it, defaults, and how each value is shown (masked unless it is a plain switch).
import type { Locale } from '../settings';
import { AUTH_PROPERTIES, authProperty, type AuthProperty, type VersionedValue } from '../nacos/authProperties';
import { IMAGE_PROPERTIES_FILES, parsePlaceholder } from '../nacos/imageProperties';
import {
  imageEnvMappings, imageRequiredEnv, KNOWN_IMAGE_AUTH_ENV, relaxedEnvToProperty, type ImageEnvMapping,
} from '../nacos/imageEnv';
import { inVersionRange as versionIn, parseVersion, type NacosVersion, type VersionRange } from '../nacos/versions';
import { K } from '../nacos/keys';
import { mask } from '../util/mask';

/** `2.1.0+`, `1.4.1–2.0.x`, `≤ 1.4.0.x`, `3.0.1`; a `to` bound is a prefix (versions.ts), so 2 parts print as `.x`. */
export function formatRange(r: VersionRange): string {
  const hi = (t: string) => (t.split('.').length >= 3 ? t : `${t}.x`);
  if (r.from && r.to) return r.from === r.to ? r.from : `${r.from}–${hi(r.to)}`;
  if (r.from) return `${r.from}+`;
  if (r.to) return `≤ ${hi(r.to)}`;
  return 'all';
}

// Keys and variables whose values are never shown in clear (identity pair, token secrets, passwords).
const PLAIN_TYPES = new Set<AuthProperty['type']>(['boolean', 'long']);
const PLAIN_KEYS = new Set<string>([K.systemType, K.standalone, 'nacos.core.auth.ldap.url', 'nacos.core.auth.ldap.timeout']);

/** Only switches, numbers and plugin names are shown as written; everything else goes through mask(). */
export function isPlainKey(key: string): boolean {
  const p = authProperty(key);
  if (PLAIN_KEYS.has(key)) return true;
  return p !== undefined && PLAIN_TYPES.has(p.type);
}

/** Variables that set a switch, or that are not auth settings and do not look like credentials, are shown as written. */
export function isPlainEnv(name: string): boolean {
  const prop = propertiesOfEnv(name)[0];
  if (prop !== undefined) return isPlainKey(prop);
  return !/TOKEN|SECRET|PASS|KEY|IDENTITY|CRED|AUTH|PRIVATE/i.test(name);
}

/** A value ready for Markdown: plain switches in a code span, anything else masked. */
export function displayValue(value: string | undefined, plain: boolean): string {
  if (value === undefined) return mask(undefined);
  if (!plain || value.length > 64) return maskedCode(value);
  return value === '' ? mask('') : code(value);
}

/** `VGhp…Nzg=` (44 chars): the masked part in a code span, the length outside. */
export function maskedCode(value: string): string {
  const m = /^(.*) \((\d+ chars)\)$/s.exec(mask(value));
  return m ? `${code(m[1])} (${m[2]})` : mask(value);
}

/** A Markdown code span that survives backticks in its content. */
export function code(s: string): string {
  const runs = s.match(/`+/g) ?? [];
  const fence = '`'.repeat(Math.max(0, ...runs.map(r => r.length)) + 1);
  const pad = s.startsWith('`') || s.endsWith('`') || /^\s|\s$/.test(s) ? ' ' : '';
  return `${fence}${pad}${s.replace(/[\r\n]+/g, ' ')}${pad}${fence}`;
}

/** Escapes Markdown inline syntax in plain text (paths, messages). */
export function md(s: string): string {
  return s.replace(/[\\`*_[\]<>]/g, c => `\\${c}`);
}

export function describeProperty(key: string, locale: Locale): string | undefined {
  const p = authProperty(key);
  if (!p) return undefined;
  return locale === 'zh-cn' ? p.description.zh : p.description.en;
}

function valueAt(values: readonly VersionedValue[], v: NacosVersion): { found: boolean; value?: string } {
  for (const x of values) {
    if (versionIn(v, x)) return { found: true, value: x.value };
  }
  return { found: false };
}

export interface PropertyFacts {
  key: string;
  type: AuthProperty['type'];
  read: string;
  ignored?: string;
  renamedTo?: string;
  /** For the given version: 'read' | 'ignored' | 'unknown'. */
  status?: 'read' | 'ignored' | 'unknown';
  codeDefault?: string;
  jarDefault?: string;
  shipped?: string;
}

/** The catalogue facts of a key, for one version when given. Values are NOT masked here. */
export function propertyFacts(key: string, v?: NacosVersion): PropertyFacts | undefined {
  const p = authProperty(key);
  if (!p) return undefined;
  const f: PropertyFacts = { key, type: p.type, read: formatRange(p.read) };
  if (p.ignored) f.ignored = formatRange(p.ignored);
  if (p.renamedTo) f.renamedTo = p.renamedTo;
  if (v) {
    f.status = versionIn(v, p.read) ? 'read' : p.ignored && versionIn(v, p.ignored) ? 'ignored' : 'unknown';
    const cd = valueAt(p.codeDefault, v);
    if (cd.found && cd.value !== undefined) f.codeDefault = cd.value;
    const jd = valueAt(p.jarDefault, v);
    if (jd.found && jd.value !== undefined) f.jarDefault = jd.value;
    const sh = valueAt(p.shipped, v);
    if (sh.found && sh.value !== undefined) f.shipped = sh.value;
  }
  return f;
}

/** Every auth property of the catalogue, in catalogue order. */
export function allAuthProperties(): readonly AuthProperty[] {
  return AUTH_PROPERTIES;
}

export interface EnvMappingSummary {
  property: string;
  mechanism: ImageEnvMapping['mechanism'];
  /** Image versions with this mapping, e.g. `1.4.1+` or `2.0.0–2.1.0, 3.0.0+`. */
  images: string;
  /** placeholder only: image versions whose placeholder has no default (unset ⇒ "Could not resolve placeholder"). */
  noDefaultIn?: string;
}

const MAPPINGS = new Map<string, EnvMappingSummary[]>();

/** Where an image variable goes, over all image versions (from the image's own files and the entrypoint's -D flags). */
export function envMappingsOverVersions(env: string): EnvMappingSummary[] {
  let hit = MAPPINGS.get(env);
  if (!hit) {
    hit = computeMappings(env);
    if (MAPPINGS.size < 1000) MAPPINGS.set(env, hit);
  }
  return hit;
}

function computeMappings(env: string): EnvMappingSummary[] {
  const out: EnvMappingSummary[] = [];
  // Placeholders: consecutive image-file eras with the same property are merged into one range.
  const byProperty = new Map<string, { runs: VersionRange[]; noDefault: VersionRange[]; lastIndex: number }>();
  IMAGE_PROPERTIES_FILES.forEach((file, i) => {
    for (const line of file.lines.split('\n')) {
      const eq = line.indexOf('=');
      const ph = eq > 0 ? parsePlaceholder(line.slice(eq + 1)) : undefined;
      if (!ph || ph.name !== env) continue;
      const property = line.slice(0, eq);
      let e = byProperty.get(property);
      if (!e) { e = { runs: [], noDefault: [], lastIndex: -2 }; byProperty.set(property, e); }
      if (e.lastIndex === i - 1 && e.runs.length) e.runs[e.runs.length - 1] = { from: e.runs[e.runs.length - 1].from, to: file.range.to };
      else e.runs.push({ from: file.range.from, to: file.range.to });
      if (ph.default === null) e.noDefault.push(file.range);
      e.lastIndex = i;
    }
  });
  for (const [property, e] of byProperty) {
    const m: EnvMappingSummary = { property, mechanism: 'placeholder', images: e.runs.map(formatRange).join(', ') };
    if (e.noDefault.length) m.noDefaultIn = e.noDefault.map(formatRange).join(', ');
    out.push(m);
  }
  // -D mappings of the entrypoint: open-ended ranges; find where they start.
  for (const probe of DEFINE_PROBES) {
    const v = parseVersion(probe)!;
    for (const m of imageEnvMappings(v)) {
      if (m.mechanism !== 'define' || m.env !== env || out.some(o => o.mechanism === 'define' && o.property === m.property)) continue;
      out.push({ property: m.property, mechanism: 'define', images: probe === DEFINE_PROBES[0] ? 'all' : `${probe}+` });
    }
  }
  return out;
}

// Versions at which the entrypoint's -D table changes (facts §4.1): before 3.0.0, 3.0.0, 3.0.1.
const DEFINE_PROBES = ['1.0.0', '3.0.0', '3.0.1'];

/** Image versions whose entrypoint requires the variable (exit 255 when unset or empty). */
export function requiredSince(env: string): string | undefined {
  for (const probe of ['1.0.0', '2.0.0', '2.2.0', '2.5.1', '3.0.0']) {
    if (imageRequiredEnv(parseVersion(probe)!).includes(env)) return `${probe}+`;
  }
  return undefined;
}

/** The properties a variable can set: image mappings first, then Spring relaxed binding. */
export function propertiesOfEnv(env: string): string[] {
  const out = envMappingsOverVersions(env).map(m => m.property);
  const relaxed = relaxedEnvToProperty(env);
  if (relaxed) out.push(relaxed);
  return [...new Set(out)];
}

/** Image variables offered by completion: the auth ones the images read. */
export function imageAuthEnvNames(): string[] {
  return [...KNOWN_IMAGE_AUTH_ENV].sort();
}
