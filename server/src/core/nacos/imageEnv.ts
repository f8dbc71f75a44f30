// Environment variables of the nacos/nacos-server image per image version (facts §4.1, §4.2): which property each
// one sets and how. Placeholder (P) mappings are derived from the image's own file (imageProperties.ts); -D (D)
// mappings come from build/bin/docker-startup.sh and are listed here.
import { AUTH_PROPERTIES, isReadBy } from './authProperties';
import { imageAuthProperties, imagePlaceholderEnvNames, parsePlaceholder } from './imageProperties';
import { type NacosVersion, type VersionRange, inVersionRange, versionAtLeast } from './versions';
import { CORPUS as C, cite, type Sourced } from './citations';

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

interface DefineRow extends Sourced {
  env: string;
  property: string;
  range: VersionRange;
  when: 'non-empty' | { equals: string; value: string };
}

const startup = (tag: string, line: number, quote?: string) => cite(C.dockerStartup(tag), line, quote);

// -D flags built by docker-startup.sh (facts §4.1, SPEC §4 step 2).
export const DEFINES: readonly DefineRow[] = [
  {
    env: 'NACOS_AUTH_ENABLE', property: 'nacos.core.auth.enabled', range: {}, when: 'non-empty',
    cite: [startup('1.4.3', 77, '[[ ! -z "${NACOS_AUTH_ENABLE}" ]]'), startup('1.4.3', 78), startup('3.2.3', 97)],
  },
  {
    env: 'NACOS_AUTH_ADMIN_ENABLE', property: 'nacos.core.auth.admin.enabled', range: { from: '3.0.1' }, when: 'non-empty',
    cite: [startup('3.0.1', 96), startup('3.2.3', 101)], absentIn: [C.dockerStartup('3.0.0')],
  },
  {
    env: 'NACOS_AUTH_CONSOLE_ENABLE', property: 'nacos.core.auth.console.enabled', range: { from: '3.0.1' }, when: 'non-empty',
    cite: [startup('3.0.1', 100), startup('3.2.3', 105)], absentIn: [C.dockerStartup('3.0.0')],
  },
  // The Dockerfile sets MODE=cluster; only the exact string "standalone" adds -Dnacos.standalone=true.
  {
    env: 'MODE', property: 'nacos.standalone', range: {}, when: { equals: 'standalone', value: 'true' },
    cite: [startup('1.4.3', 33, '"${MODE}" == "standalone"'), startup('1.4.3', 36, '-Dnacos.standalone=true'), startup('3.2.3', 49, '"${MODE}" == "standalone"')],
  },
  {
    env: 'NACOS_DEPLOYMENT_TYPE', property: 'nacos.deployment.type', range: { from: '3.0.0' }, when: 'non-empty',
    cite: [startup('3.0.0', 116), startup('3.2.3', 129)], absentIn: [C.dockerStartup('2.5.3')],
  },
];

/** Image defaults from the Dockerfile `ENV` lines that matter to auth. */
export const IMAGE_ENV_DEFAULTS: Readonly<Record<string, string>> = { MODE: 'cluster' };

export const IMAGE_ENV_DEFAULTS_SOURCES: Readonly<Record<string, Sourced>> = {
  MODE: { cite: [cite(C.dockerfile('1.4.3'), 5, 'ENV MODE="cluster"'), cite(C.dockerfile('3.2.3'), 37, 'ENV MODE="cluster"')] },
};

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

/**
 * The first image tag that maps `env` when this image version does not yet (v3.0.0 and NACOS_AUTH_ADMIN_ENABLE /
 * NACOS_AUTH_CONSOLE_ENABLE, audit F3); undefined when the image reads it or the variable is not an entrypoint one.
 */
export function imageEnvReadFrom(env: string, imageVersion: NacosVersion): string | undefined {
  const rows = DEFINES.filter(d => d.env === env);
  if (rows.length === 0 || rows.some(d => inVersionRange(imageVersion, d.range))) return undefined;
  const from = rows.map(d => d.range.from).find((f): f is string => f !== undefined && !versionAtLeast(imageVersion, f));
  return from;
}

export interface RequiredEnv {
  env: string;
  /** The entrypoint's message before `exit 255` (facts §1.7 D-255). */
  message: string;
}

// docker@v3.0.0:build/bin/docker-startup.sh:95-108; tested with `[[ -z … ]]` ⇒ white space passes.
export const REQUIRED_ENV: readonly (RequiredEnv & { range: VersionRange } & Sourced)[] = [
  {
    env: 'NACOS_AUTH_TOKEN', message: 'env NACOS_AUTH_TOKEN must be set with Base64 String.', range: { from: '3.0.0' },
    cite: [startup('3.0.0', 95, '[[ -z "${NACOS_AUTH_TOKEN}" ]]'), startup('3.0.0', 96), startup('3.0.0', 97, 'exit 255'), startup('3.2.3', 109)],
    absentIn: [`${C.dockerStartup('2.5.3')} must be set`],
  },
  {
    env: 'NACOS_AUTH_IDENTITY_KEY', message: 'env NACOS_AUTH_IDENTITY_KEY must be set.', range: { from: '3.0.0' },
    cite: [startup('3.0.0', 100, '[[ -z "${NACOS_AUTH_IDENTITY_KEY}" ]]'), startup('3.0.0', 101), startup('3.0.0', 102, 'exit 255'), startup('3.2.3', 114)],
    absentIn: [`${C.dockerStartup('2.5.3')} must be set`],
  },
  {
    env: 'NACOS_AUTH_IDENTITY_VALUE', message: 'env NACOS_AUTH_IDENTITY_VALUE must be set.', range: { from: '3.0.0' },
    cite: [startup('3.0.0', 105, '[[ -z "${NACOS_AUTH_IDENTITY_VALUE}" ]]'), startup('3.0.0', 106), startup('3.0.0', 107, 'exit 255'), startup('3.2.3', 119)],
    absentIn: [`${C.dockerStartup('2.5.3')} must be set`],
  },
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

export const IMAGE_ARGUMENT_ENV_SOURCES: Readonly<Record<string, Sourced>> = {
  JAVA_OPT: { cite: [startup('1.4.3', 96, '-jar'), startup('1.4.3', 104, 'exec $JAVA ${JAVA_OPT}'), startup('3.2.3', 151, '-jar'), startup('3.2.3', 159, 'exec $JAVA ${JAVA_OPT}')] },
  JAVA_OPT_EXT: { cite: [startup('1.4.3', 97, '${JAVA_OPT} ${JAVA_OPT_EXT}'), startup('3.2.3', 152, '${JAVA_OPT} ${JAVA_OPT_EXT}')] },
};

export interface ImageAnomaly extends Sourced {
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
    // The image builds server 1.4.4 (Dockerfile ARG); 1.4.4 source is not in the corpus, 1.4.5 (same line) reads default.token.*.
    cite: [cite(C.dockerConf('1.4.4'), 23, 'nacos.core.auth.plugin.nacos.token.secret.key=${NACOS_AUTH_TOKEN:'),
      cite(C.dockerfile('1.4.4'), 23, 'ARG NACOS_VERSION=1.4.4')],
  },
  {
    range: { from: '2.1.0', to: '2.1.0' },
    env: 'NACOS_AUTH_TOKEN',
    text: 'maps NACOS_AUTH_TOKEN to nacos.core.auth.default.token.secret.key, which server 2.1.0 ignores; the jar default SecretKey… stays active',
    issue: 'https://github.com/alibaba/nacos/issues/9830',
    cite: [cite(C.dockerConf('2.1.0'), 23, 'nacos.core.auth.default.token.secret.key=${NACOS_AUTH_TOKEN:'),
      cite(C.dockerfile('2.1.0'), 23, 'ARG NACOS_VERSION=2.1.0'), cite(C.jar('2.1.0'), 138, 'nacos.core.auth.plugin.nacos.token.secret.key=SecretKey')],
    absentIn: ['nacos-src/2.1.0/auth nacos.core.auth.default.token.secret.key', 'nacos-src/2.1.0/plugin-default-impl nacos.core.auth.default.token.secret.key'],
  },
];

export function imageAnomalies(imageVersion: NacosVersion): ImageAnomaly[] {
  return IMAGE_ANOMALIES.filter(a => inVersionRange(imageVersion, a.range));
}

// Variables images read that are not auth settings (file placeholders, docker-startup.sh, Dockerfile ENV), so that
// only really unknown names are reported. Each with the first image tag (in the corpus) that reads it.
const conf = (tag: string, line: number) => cite(C.dockerConf(tag), line);
const dockerfile = (tag: string, line: number) => cite(C.dockerfile(tag), line);
export const OTHER_IMAGE_ENV_ROWS: readonly ({ env: string } & Sourced)[] = [
  // placeholders in build/conf/application.properties
  { env: 'SERVER_SERVLET_CONTEXTPATH', cite: [conf('1.4.3', 2)] },
  { env: 'NACOS_APPLICATION_PORT', cite: [conf('1.4.3', 4)] },
  { env: 'TOMCAT_ACCESSLOG_ENABLED', cite: [dockerfile('1.4.3', 20)] },
  { env: 'SPRING_DATASOURCE_PLATFORM', cite: [conf('1.4.3', 5)] },
  { env: 'MYSQL_DATABASE_NUM', cite: [conf('1.4.3', 10)] },
  { env: 'MYSQL_SERVICE_HOST', cite: [conf('1.4.3', 11)] },
  { env: 'MYSQL_SERVICE_PORT', cite: [conf('1.4.3', 11)] },
  { env: 'MYSQL_SERVICE_DB_NAME', cite: [conf('1.4.3', 11)] },
  { env: 'MYSQL_SERVICE_DB_PARAM', cite: [conf('1.4.3', 11)] },
  { env: 'MYSQL_SERVICE_USER', cite: [conf('1.4.3', 13)] },
  { env: 'MYSQL_SERVICE_PASSWORD', cite: [conf('1.4.3', 14)] },
  { env: 'DB_POOL_CONNECTION_TIMEOUT', cite: [conf('2.3.0', 24)] },
  { env: 'NACOS_CONSOLE_PORT', cite: [conf('3.0.0', 195)] },
  { env: 'NACOS_CONSOLE_CONTEXTPATH', cite: [conf('3.0.1', 197)] },
  { env: 'NACOS_AI_REGISTRY_ENABLED', cite: [conf('3.2.0', 163)] },
  { env: 'NACOS_AI_REGISTRY_PORT', cite: [conf('3.2.0', 166)] },
  { env: 'NACOS_AI_PIPELINE_SKILL_SCANNER_ENABLED', cite: [conf('3.2.0', 306)] },
  // docker-startup.sh and Dockerfile ENV
  { env: 'MODE', cite: [dockerfile('1.4.3', 5), startup('1.4.3', 33)] },
  { env: 'NACOS_SERVERS', cite: [startup('1.4.3', 22)] },
  { env: 'NACOS_SERVER_IP', cite: [startup('1.4.3', 60)] },
  { env: 'PREFER_HOST_MODE', cite: [dockerfile('1.4.3', 6)] },
  { env: 'EMBEDDED_STORAGE', cite: [startup('1.4.3', 38)] },
  { env: 'FUNCTION_MODE', cite: [dockerfile('1.4.3', 10)] },
  { env: 'NACOS_DEBUG', cite: [dockerfile('1.4.3', 19)] },
  { env: 'JVM_XMS', cite: [dockerfile('1.4.3', 14)] },
  { env: 'JVM_XMX', cite: [dockerfile('1.4.3', 15)] },
  { env: 'JVM_XMN', cite: [dockerfile('1.4.3', 16)] },
  { env: 'JVM_MS', cite: [dockerfile('1.4.3', 17)] },
  { env: 'JVM_MMS', cite: [dockerfile('1.4.3', 18)] },
  { env: 'USE_ONLY_SITE_INTERFACES', cite: [startup('1.4.3', 64)] },
  { env: 'PREFERRED_NETWORKS', cite: [startup('1.4.3', 68)] },
  { env: 'IGNORED_INTERFACES', cite: [startup('1.4.3', 72)] },
  { env: 'BASE_DIR', cite: [dockerfile('1.4.3', 7)] },
  { env: 'CLUSTER_CONF', cite: [dockerfile('1.4.3', 9)] },
  { env: 'CUSTOM_SEARCH_NAMES', cite: [startup('1.4.3', 15)] },
  { env: 'CUSTOM_SEARCH_LOCATIONS', cite: [startup('1.4.3', 16)] },
  { env: 'MEMBER_LIST', cite: [startup('1.4.3', 17)] },
  { env: 'NACOS_USER', cite: [dockerfile('1.4.3', 12)] },
  { env: 'NACOS_VERSION', cite: [dockerfile('1.4.3', 23)] },
  { env: 'NACOS_DEPLOYMENT_TYPE', cite: [startup('3.0.0', 115)] },
  { env: 'NACOS_EXT_PLUGIN_DIRS', cite: [startup('3.2.3', 145)] },
  { env: 'JAVA', cite: [dockerfile('1.4.3', 13)] },
  { env: 'JAVA_HOME', cite: [dockerfile('1.4.3', 11)] },
  { env: 'CLASSPATH', cite: [dockerfile('1.4.3', 8)] },
  { env: 'TZ', cite: [cite(`${C.dockerfile('1.4.3')}.Slim`, 29)] },
];
const OTHER_IMAGE_ENV = OTHER_IMAGE_ENV_ROWS.map(r => r.env);

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

/** Spring's relaxed environment lookup is framework code (SystemEnvironmentPropertySource), not in the corpus. */
export const RELAXED_ENV_SOURCE: Sourced = {
  unverified: 'Spring Boot SystemEnvironmentPropertySource (relaxed env names) is framework code, not in the corpus (audit F11)',
};

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
