// Environment variables of the nacos/nacos-server image per image version (facts §4.1, §4.2): which property each
// one sets and how. Placeholder (P) mappings are derived from the image's own file (imageProperties.ts); -D (D)
// mappings come from build/bin/docker-startup.sh and are listed here.
import { AUTH_PROPERTIES, isReadBy } from './authProperties';
import { imageAuthProperties, imagePlaceholderEnvNames, parsePlaceholder } from './imageProperties';
import { type NacosVersion, type VersionRange, inVersionRange } from './versions';

export { imageAuthProperties } from './imageProperties';

export interface ImageEnvMapping {
  env: string;
  property: string;
  /** placeholder: `${ENV:default}` in the image's application.properties; define: `-Dproperty=…` from the entrypoint. */
  mechanism: 'placeholder' | 'define';
  /** placeholder only: the default used when ENV is unset; null = no default (unset ⇒ "Could not resolve placeholder"). */
  placeholderDefault?: string | null;
  /**
   * define only: `non-empty` = `-Dproperty=$ENV` only when ENV is non-empty (`[[ ! -z … ]]`);
   * `{ equals, value }` = `-Dproperty=value` only when ENV equals `equals` (MODE=standalone).
   */
  defineWhen?: 'non-empty' | { equals: string; value: string };
  /**
   * The server in the same image does not honour `property`: 'unknown' (v1.4.4 and v2.1.0 map NACOS_AUTH_TOKEN to the
   * name the other generation reads) or 'ignored' (userAgentAuthWhite on v2.5.x).
   */
  serverIgnores?: 'unknown' | 'ignored';
}

interface DefineRow {
  env: string;
  property: string;
  range: VersionRange;
  when: 'non-empty' | { equals: string; value: string };
}

// -D flags built by docker-startup.sh (facts §4.1, SPEC §4 step 2).
const DEFINES: readonly DefineRow[] = [
  { env: 'NACOS_AUTH_ENABLE', property: 'nacos.core.auth.enabled', range: {}, when: 'non-empty' },
  { env: 'NACOS_AUTH_ADMIN_ENABLE', property: 'nacos.core.auth.admin.enabled', range: { from: '3.0.1' }, when: 'non-empty' },
  { env: 'NACOS_AUTH_CONSOLE_ENABLE', property: 'nacos.core.auth.console.enabled', range: { from: '3.0.1' }, when: 'non-empty' },
  // The Dockerfile sets MODE=cluster; only the exact string "standalone" adds -Dnacos.standalone=true.
  { env: 'MODE', property: 'nacos.standalone', range: {}, when: { equals: 'standalone', value: 'true' } },
  { env: 'NACOS_DEPLOYMENT_TYPE', property: 'nacos.deployment.type', range: { from: '3.0.0' }, when: 'non-empty' },
];

/** Image defaults from the Dockerfile `ENV` lines that matter to auth. */
export const IMAGE_ENV_DEFAULTS: Readonly<Record<string, string>> = { MODE: 'cluster' };

function serverIgnores(property: string, v: NacosVersion): ImageEnvMapping['serverIgnores'] {
  if (!AUTH_PROPERTIES.some(p => p.key === property)) return undefined;
  const r = isReadBy(property, v);
  return r === 'read' ? undefined : r;
}

/** Every env → property mapping of this image version: the file's placeholders, then the entrypoint's -D flags. */
const MAPPINGS_CACHE = new Map<string, ImageEnvMapping[]>();

export function imageEnvMappings(imageVersion: NacosVersion): ImageEnvMapping[] {
  const key = `${imageVersion.major}.${imageVersion.minor}.${imageVersion.patch}.${imageVersion.hotfix}`;
  let hit = MAPPINGS_CACHE.get(key);
  if (!hit) {
    hit = buildImageEnvMappings(imageVersion);
    if (MAPPINGS_CACHE.size < 256) MAPPINGS_CACHE.set(key, hit);
  }
  return hit;
}

function buildImageEnvMappings(imageVersion: NacosVersion): ImageEnvMapping[] {
  const out: ImageEnvMapping[] = [];
  for (const { key, value } of imageAuthProperties(imageVersion)) {
    const ph = parsePlaceholder(value);
    if (!ph) continue;
    const m: ImageEnvMapping = { env: ph.name, property: key, mechanism: 'placeholder', placeholderDefault: ph.default };
    const ignores = serverIgnores(key, imageVersion);
    if (ignores) m.serverIgnores = ignores;
    out.push(m);
  }
  for (const d of DEFINES) {
    if (inVersionRange(imageVersion, d.range)) out.push({ env: d.env, property: d.property, mechanism: 'define', defineWhen: d.when });
  }
  return out;
}

export interface RequiredEnv {
  env: string;
  /** The entrypoint's message before `exit 255` (facts §1.7 D-255). */
  message: string;
}

// docker@v3.0.0:build/bin/docker-startup.sh:95-108; tested with `[[ -z … ]]` ⇒ white space passes.
const REQUIRED_ENV: readonly (RequiredEnv & { range: VersionRange })[] = [
  { env: 'NACOS_AUTH_TOKEN', message: 'env NACOS_AUTH_TOKEN must be set with Base64 String.', range: { from: '3.0.0' } },
  { env: 'NACOS_AUTH_IDENTITY_KEY', message: 'env NACOS_AUTH_IDENTITY_KEY must be set.', range: { from: '3.0.0' } },
  { env: 'NACOS_AUTH_IDENTITY_VALUE', message: 'env NACOS_AUTH_IDENTITY_VALUE must be set.', range: { from: '3.0.0' } },
];

/** Variables the entrypoint demands (exit 255 when unset or empty), whatever MODE, auth flags or mounted files say. */
export function imageRequiredEnv(imageVersion: NacosVersion): string[] {
  return REQUIRED_ENV.filter(r => inVersionRange(imageVersion, r.range)).map(r => r.env);
}

export function imageRequiredEnvMessage(env: string): string | undefined {
  return REQUIRED_ENV.find(r => r.env === env)?.message;
}

/** The entrypoint's `[[ -z "$VAR" ]]`: unset or empty fails; white space passes. */
export function satisfiesRequiredEnv(value: string | undefined): boolean {
  return value !== undefined && value !== '';
}

/** JVM / program argument variables (facts §4.1): JAVA_OPT goes before `-jar`, JAVA_OPT_EXT after it. */
export const IMAGE_ARGUMENT_ENV: Readonly<Record<string, 'jvm-options' | 'program-arguments'>> = {
  JAVA_OPT: 'jvm-options',
  JAVA_OPT_EXT: 'program-arguments',
};

export interface ImageAnomaly {
  range: VersionRange;
  env: string;
  text: string;
  issue: string;
}

/** Published images whose mapping does not fit the server inside (facts §4.1 note, §7 NACOS-DK-015). */
export const IMAGE_ANOMALIES: readonly ImageAnomaly[] = [
  {
    range: { from: '1.4.4', to: '1.4.4' },
    env: 'NACOS_AUTH_TOKEN',
    text: 'maps NACOS_AUTH_TOKEN to nacos.core.auth.plugin.nacos.token.secret.key, which a 1.4 server ignores; the jar default SecretKey… stays active',
    issue: 'https://github.com/alibaba/nacos/issues/10311',
  },
  {
    range: { from: '2.1.0', to: '2.1.0' },
    env: 'NACOS_AUTH_TOKEN',
    text: 'maps NACOS_AUTH_TOKEN to nacos.core.auth.default.token.secret.key, which server 2.1.0 ignores; the jar default SecretKey… stays active',
    issue: 'https://github.com/alibaba/nacos/issues/9830',
  },
];

export function imageAnomalies(imageVersion: NacosVersion): ImageAnomaly[] {
  return IMAGE_ANOMALIES.filter(a => inVersionRange(imageVersion, a.range));
}

// Variables images read that are not auth settings (file placeholders, docker-startup.sh, Dockerfile ENV), so that
// only really unknown names are reported.
const OTHER_IMAGE_ENV = [
  // placeholders in build/conf/application.properties
  'SERVER_SERVLET_CONTEXTPATH', 'NACOS_APPLICATION_PORT', 'TOMCAT_ACCESSLOG_ENABLED', 'SPRING_DATASOURCE_PLATFORM',
  'MYSQL_DATABASE_NUM', 'MYSQL_SERVICE_HOST', 'MYSQL_SERVICE_PORT', 'MYSQL_SERVICE_DB_NAME', 'MYSQL_SERVICE_DB_PARAM',
  'MYSQL_SERVICE_USER', 'MYSQL_SERVICE_PASSWORD', 'DB_POOL_CONNECTION_TIMEOUT', 'NACOS_CONSOLE_PORT',
  'NACOS_CONSOLE_CONTEXTPATH', 'NACOS_AI_REGISTRY_ENABLED', 'NACOS_AI_REGISTRY_PORT', 'NACOS_AI_PIPELINE_SKILL_SCANNER_ENABLED',
  // docker-startup.sh and Dockerfile ENV
  'MODE', 'NACOS_SERVERS', 'NACOS_SERVER_IP', 'PREFER_HOST_MODE', 'EMBEDDED_STORAGE', 'FUNCTION_MODE', 'NACOS_DEBUG',
  'JVM_XMS', 'JVM_XMX', 'JVM_XMN', 'JVM_MS', 'JVM_MMS', 'USE_ONLY_SITE_INTERFACES', 'PREFERRED_NETWORKS',
  'IGNORED_INTERFACES', 'BASE_DIR', 'CLUSTER_CONF', 'CUSTOM_SEARCH_NAMES', 'CUSTOM_SEARCH_LOCATIONS', 'MEMBER_LIST',
  'NACOS_USER', 'NACOS_VERSION', 'NACOS_DEPLOYMENT_TYPE', 'JAVA', 'JAVA_HOME', 'CLASSPATH', 'TZ',
];

/** All env names any nacos/nacos-server image reads (for unknown-variable detection). */
export const KNOWN_IMAGE_ENV: ReadonlySet<string> = new Set([
  ...imagePlaceholderEnvNames(),
  ...DEFINES.map(d => d.env),
  ...Object.keys(IMAGE_ARGUMENT_ENV),
  ...OTHER_IMAGE_ENV,
]);

/** The auth-related image variables (the names of facts §4.1). */
export const KNOWN_IMAGE_AUTH_ENV: readonly string[] = [...KNOWN_IMAGE_ENV].filter(e => e.startsWith('NACOS_AUTH_') || e === 'NACOS_SECURITY_IGNORE_URLS');

function relaxedNames(property: string): string[] {
  // Spring SystemEnvironmentPropertySource: the name, '.'→'_', '-'→'_', both; and the same upper-cased.
  const variants = (n: string) => [n, n.replace(/\./g, '_'), n.replace(/-/g, '_'), n.replace(/[.-]/g, '_')];
  return [...new Set([...variants(property), ...variants(property.toUpperCase())])];
}

const RELAXED = new Map<string, string>();
for (const p of AUTH_PROPERTIES) for (const n of relaxedNames(p.key)) if (!RELAXED.has(n)) RELAXED.set(n, p.key);

/**
 * The auth property an OS environment variable sets through Spring's relaxed lookup (facts §1.11 step 3):
 * NACOS_CORE_AUTH_SERVER_IDENTITY_KEY → nacos.core.auth.server.identity.key,
 * NACOS_CORE_AUTH_ENABLE_USERAGENTAUTHWHITE → nacos.core.auth.enable.userAgentAuthWhite; a dotted name that is
 * exactly the property name counts too. Case matters except for the all-upper-case form. These do NOT satisfy the
 * 3.x entrypoint check (`imageRequiredEnv`).
 */
export function relaxedEnvToProperty(envName: string): string | undefined {
  return RELAXED.get(envName);
}

// Names people invent (facts §4.2, §6.5) → the image variable they meant.
const INVENTED_ENV: Readonly<Record<string, string>> = {
  NACOS_TOKEN_SECRET_KEY: 'NACOS_AUTH_TOKEN',
  NACOS_AUTH_SECRET: 'NACOS_AUTH_TOKEN',
  NACOS_AUTH_SECRET_KEY: 'NACOS_AUTH_TOKEN',
  NACOS_AUTH_TOKEN_SECRET_KEY: 'NACOS_AUTH_TOKEN',
  NACOS_SECRET_KEY: 'NACOS_AUTH_TOKEN',
  NACOS_TOKEN: 'NACOS_AUTH_TOKEN',
  NACOS_AUTH_ENABLED: 'NACOS_AUTH_ENABLE',
  NACOS_AUTH_ADMIN_ENABLED: 'NACOS_AUTH_ADMIN_ENABLE',
  NACOS_AUTH_CONSOLE_ENABLED: 'NACOS_AUTH_CONSOLE_ENABLE',
  NACOS_AUTH_IDENTITY: 'NACOS_AUTH_IDENTITY_KEY',
  NACOS_IDENTITY_KEY: 'NACOS_AUTH_IDENTITY_KEY',
  NACOS_IDENTITY_VALUE: 'NACOS_AUTH_IDENTITY_VALUE',
  NACOS_AUTH_SERVER_IDENTITY_KEY: 'NACOS_AUTH_IDENTITY_KEY',
  NACOS_AUTH_SERVER_IDENTITY_VALUE: 'NACOS_AUTH_IDENTITY_VALUE',
  NACOS_AUTH_CACHING_ENABLED: 'NACOS_AUTH_CACHE_ENABLE',
  NACOS_AUTH_CACHE_ENABLED: 'NACOS_AUTH_CACHE_ENABLE',
};

function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}

/** "Did you mean" for an unknown auth-looking env name: invented names, then the closest image auth variable. */
export function suggestEnv(name: string): string | undefined {
  const upper = name.trim().toUpperCase().replace(/[.-]/g, '_');
  const invented = INVENTED_ENV[name.trim().toUpperCase()] ?? INVENTED_ENV[upper];
  if (invented) return invented;
  if (KNOWN_IMAGE_ENV.has(upper) && upper !== name) return upper;
  let best: { env: string; d: number } | undefined;
  for (const e of KNOWN_IMAGE_AUTH_ENV) {
    const d = editDistance(upper, e);
    if (!best || d < best.d) best = { env: e, d };
  }
  return best && best.d <= Math.max(2, Math.floor(upper.length / 6)) ? best.env : undefined;
}

/**
 * Is this an auth-related container variable (the one answer every user gets: the Docker rules, hover, env files)?
 * The image's NACOS_AUTH_* (and NACOS_SECURITY_IGNORE_URLS), relaxed NACOS_CORE_AUTH_* names, dotted auth keys.
 */
export function isAuthEnvName(name: string): boolean {
  if (/^NACOS_(CORE_)?AUTH/.test(name) || KNOWN_IMAGE_AUTH_ENV.includes(name)) return true;
  if (name.includes('.')) return name.startsWith('nacos.core.auth.') || name === 'nacos.standalone';
  return relaxedEnvToProperty(name) !== undefined;
}
