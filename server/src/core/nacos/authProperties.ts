// The auth property catalogue as data (facts §1.1, §1.2, §1.9, §2), plus the predicates built on it (SPEC §4).
import { type NacosVersion, type VersionRange, inVersionRange, versionAtLeast } from './versions';

export type PropertyType = 'boolean' | 'string' | 'secret' | 'long' | 'csv';

/** A value that holds for a version range; `value: undefined` = the line is absent / commented out in that range. */
export interface VersionedValue extends VersionRange {
  value: string | undefined;
}

export interface AuthProperty {
  key: string;
  type: PropertyType;
  /** Versions that read and honour the key. */
  read: VersionRange;
  /** Versions that still read the key but ignore its value (userAgentAuthWhite on 2.5.x). */
  ignored?: VersionRange;
  /** `@Value`/`getProperty` default when the key is absent everywhere; ranges not listed are unknown. */
  codeDefault: readonly VersionedValue[];
  /** The `application.properties` inside nacos-server.jar (facts §1.2); only the secret and identity are pinned. */
  jarDefault: readonly VersionedValue[];
  /** The value shipped in `distribution/conf/application.properties`. */
  shipped: readonly VersionedValue[];
  /** How a boolean string is read: Spring conversion, or Nacos `ConvertUtils.toBoolean` (facts §1.10). */
  booleanParser?: 'spring' | 'nacos-convert';
  /** The key the value moved to (default.token.* → plugin.nacos.token.* in 2.1.0). */
  renamedTo?: string;
  description: { en: string; zh: string };
}

const OLD_DEFAULT_SECRET = 'SecretKey012345678901234567890123456789012345678901234567890123456789';
const IGNORE_URLS_SHIPPED =
  '/,/error,/**/*.css,/**/*.js,/**/*.html,/**/*.map,/**/*.svg,/**/*.png,/**/*.ico,/console-ui/public/**,/v1/auth/**,/v1/console/health/**,/actuator/**,/v1/console/server/**';

const always = (value: string | undefined): VersionedValue[] => [{ value }];

export const AUTH_PROPERTIES: readonly AuthProperty[] = [
  {
    key: 'nacos.core.auth.enabled',
    type: 'boolean',
    read: { from: '1.2.0' },
    codeDefault: always('false'),
    jarDefault: [],
    shipped: always('false'),
    booleanParser: 'spring',
    description: {
      en: 'Turns on authentication for the open API and SDK (HTTP and gRPC). On 2.x it also makes the server validate the identity pair and the token secret at startup.',
      zh: '开启 Open API / SDK（HTTP 与 gRPC）鉴权。2.x 中开启后启动时还会校验 identity 与 token 密钥。',
    },
  },
  {
    key: 'nacos.core.auth.admin.enabled',
    type: 'boolean',
    read: { from: '3.0.0' },
    codeDefault: always('true'),
    jarDefault: [],
    shipped: [{ from: '3.0.0', value: 'true' }],
    booleanParser: 'spring',
    description: {
      en: 'Authentication for the admin API (3.0+). Defaults to true, so the identity key and value are required at startup even when nacos.core.auth.enabled=false.',
      zh: 'Admin API 鉴权（3.0+）。默认 true，因此即使 nacos.core.auth.enabled=false，启动时也必须设置 identity key/value。',
    },
  },
  {
    key: 'nacos.core.auth.console.enabled',
    type: 'boolean',
    read: { from: '3.0.0' },
    codeDefault: always('true'),
    jarDefault: [],
    shipped: [{ from: '3.0.0', value: 'true' }],
    booleanParser: 'spring',
    description: {
      en: 'Console login authentication (3.0+). Defaults to true, so the token secret must be valid at startup.',
      zh: '控制台登录鉴权（3.0+）。默认 true，因此启动时 token 密钥必须有效。',
    },
  },
  {
    key: 'nacos.core.auth.system.type',
    type: 'string',
    read: { from: '1.2.0' },
    // `""` in 1.4.5+/2.x/3.x code; not pinned for 1.2.0–1.4.4.
    codeDefault: [{ from: '1.4.5', value: '' }],
    jarDefault: [],
    shipped: always('nacos'),
    description: {
      en: 'Auth plugin name, case-sensitive: nacos, ldap (2.0.1+), oidc (3.2+). Empty with auth on fails startup (50001); an unknown name silently disables auth.',
      zh: '鉴权插件名（区分大小写）：nacos、ldap（2.0.1+）、oidc（3.2+）。开启鉴权时为空会启动失败（50001）；未知名称会导致鉴权静默失效。',
    },
  },
  {
    key: 'nacos.core.auth.server.identity.key',
    type: 'string',
    read: { from: '1.4.1' },
    codeDefault: always(''),
    jarDefault: [
      { from: '1.4.1', to: '1.4.1', value: undefined },
      { from: '1.4.2', to: '1.4.4', value: 'serverIdentity' },
      { from: '1.4.5', to: '1.4', value: '' },
      { from: '2.0.0', to: '2.2.0', value: 'serverIdentity' }, // 2.2.0 and 2.2.0.1
      { from: '2.2.1', value: '' },
    ],
    shipped: [
      { from: '1.4.1', to: '2.0.0', value: '' },
      { from: '2.0.1', to: '2.2.0', value: 'serverIdentity' },
      { from: '2.2.1', value: '' },
    ],
    description: {
      en: 'Name of the HTTP/gRPC header that carries the inter-node identity. A request with this header and the matching value bypasses user authentication.',
      zh: '节点间身份识别所用的 HTTP/gRPC 请求头名称。带有该请求头且值匹配的请求会跳过用户鉴权。',
    },
  },
  {
    key: 'nacos.core.auth.server.identity.value',
    type: 'string',
    read: { from: '1.4.1' },
    codeDefault: always(''),
    jarDefault: [
      { from: '1.4.1', to: '1.4.1', value: undefined },
      { from: '1.4.2', to: '1.4.4', value: 'security' },
      { from: '1.4.5', to: '1.4', value: '' },
      { from: '2.0.0', to: '2.2.0', value: 'security' },
      { from: '2.2.1', value: '' },
    ],
    shipped: [
      { from: '1.4.1', to: '2.0.0', value: '' },
      { from: '2.0.1', to: '2.2.0', value: 'security' },
      { from: '2.2.1', value: '' },
    ],
    description: {
      en: 'Value of the identity header, compared with String.equals. It works like a master key: keep it secret, random, and identical on all nodes.',
      zh: '身份识别请求头的值（String.equals 比较），相当于万能密钥：应随机、保密，并在所有节点保持一致。',
    },
  },
  {
    key: 'nacos.core.auth.enable.userAgentAuthWhite',
    type: 'boolean',
    read: { from: '1.4.1', to: '2.4' },
    ignored: { from: '2.5.0', to: '2.5' },
    codeDefault: [
      { from: '1.4.1', to: '2.0.2', value: 'true' },
      { from: '2.0.3', to: '2.5', value: 'false' },
    ],
    jarDefault: [],
    shipped: [
      { from: '1.4.1', to: '1.4.4', value: 'true' },
      { from: '1.4.5', to: '1.4', value: 'false' },
      { from: '2.0.0', to: '2.0.0', value: 'true' },
      { from: '2.0.1', to: '2.5', value: 'false' },
    ],
    booleanParser: 'spring',
    description: {
      en: 'true lets any request whose User-Agent starts with "Nacos-Server" bypass authentication (CVE-2021-29441). Ignored from 2.5.0, removed in 3.0.',
      zh: '为 true 时，User-Agent 以 "Nacos-Server" 开头的请求可绕过鉴权（CVE-2021-29441）。2.5.0 起被忽略，3.0 移除。',
    },
  },
  {
    key: 'nacos.core.auth.default.token.secret.key',
    type: 'secret',
    read: { from: '1.2.0', to: '2.0.4' },
    codeDefault: always(''),
    jarDefault: [{ from: '1.2.0', to: '2.0.4', value: OLD_DEFAULT_SECRET }],
    shipped: [
      { from: '1.2.0', to: '1.4.4', value: OLD_DEFAULT_SECRET },
      { from: '1.4.5', to: '1.4', value: undefined },
      { from: '2.0.0', to: '2.0.4', value: OLD_DEFAULT_SECRET },
    ],
    renamedTo: 'nacos.core.auth.plugin.nacos.token.secret.key',
    description: {
      en: 'JWT signing key (Base64) up to 2.0.4. Renamed to nacos.core.auth.plugin.nacos.token.secret.key in 2.1.0; later versions ignore this name.',
      zh: 'JWT 签名密钥（Base64），仅 2.0.4 及以前读取。2.1.0 起改名为 nacos.core.auth.plugin.nacos.token.secret.key，之后的版本忽略此名称。',
    },
  },
  {
    key: 'nacos.core.auth.plugin.nacos.token.secret.key',
    type: 'secret',
    read: { from: '2.1.0' },
    codeDefault: always(''),
    jarDefault: [
      { from: '2.1.0', to: '2.2.0.0', value: OLD_DEFAULT_SECRET },
      { from: '2.2.0.1', value: '' },
    ],
    shipped: [
      { from: '2.1.0', to: '2.2.0.0', value: OLD_DEFAULT_SECRET },
      { from: '2.2.0.1', value: '' },
    ],
    description: {
      en: 'JWT signing key, Base64 of at least 32 random bytes, identical on all nodes. 2.2.1–2.2.4 fall back to the raw bytes when it is not strict Base64; other versions trim junk at the ends and fail on junk inside.',
      zh: 'JWT 签名密钥：至少 32 字节随机数据的 Base64，所有节点一致。2.2.1–2.2.4 在非标准 Base64 时退回使用原始字节；其他版本会裁掉两端非法字符、中间有非法字符则失败。',
    },
  },
  {
    key: 'nacos.core.auth.default.token.expire.seconds',
    type: 'long',
    read: { from: '1.2.0', to: '2.0.4' },
    codeDefault: always('18000'),
    jarDefault: [],
    shipped: [{ from: '1.2.0', to: '2.0.4', value: '18000' }],
    renamedTo: 'nacos.core.auth.plugin.nacos.token.expire.seconds',
    description: {
      en: 'Token lifetime in seconds, up to 2.0.4 (renamed in 2.1.0).',
      zh: 'Token 有效期（秒），仅 2.0.4 及以前读取（2.1.0 改名）。',
    },
  },
  {
    key: 'nacos.core.auth.plugin.nacos.token.expire.seconds',
    type: 'long',
    read: { from: '2.1.0' },
    codeDefault: always('18000'),
    jarDefault: [],
    shipped: [{ from: '2.1.0', value: '18000' }],
    description: {
      en: 'Token lifetime in seconds (2.1.0+). A non-numeric value fails bean creation.',
      zh: 'Token 有效期（秒，2.1.0+）。非数字会导致 Bean 创建失败。',
    },
  },
  {
    key: 'nacos.core.auth.plugin.nacos.token.cache.enable',
    type: 'boolean',
    read: { from: '2.2.1' },
    codeDefault: always('false'),
    jarDefault: [],
    shipped: [{ from: '2.2.1', value: 'false' }],
    booleanParser: 'spring',
    description: {
      en: 'Caches issued tokens (2.2.1+).',
      zh: '缓存已签发的 token（2.2.1+）。',
    },
  },
  {
    key: 'nacos.core.auth.caching.enabled',
    type: 'boolean',
    read: { from: '1.2.0' },
    codeDefault: always('true'),
    jarDefault: [],
    shipped: [
      { from: '1.2.0', to: '1.2', value: 'false' },
      { from: '1.3.0', value: 'true' },
    ],
    // 3.x AuthConfigs.isCachingEnabled: ConvertUtils.toBoolean, no trim ("true " is false).
    booleanParser: 'nacos-convert',
    description: {
      en: 'Caches users, roles and permissions (about 15 s staleness). Read with Nacos ConvertUtils: no trimming, "true " means false.',
      zh: '缓存用户、角色与权限（约 15 秒延迟）。使用 Nacos ConvertUtils 解析：不去空格，"true " 视为 false。',
    },
  },
  {
    key: 'nacos.security.ignore.urls',
    type: 'csv',
    read: { from: '1.2.0' },
    codeDefault: always('/**'),
    jarDefault: [],
    shipped: always(IGNORE_URLS_SHIPPED),
    description: {
      en: 'Ant patterns the default auth plugin leaves unauthenticated (Spring Security ignore list).',
      zh: '默认鉴权插件不做鉴权的 Ant 路径（Spring Security 忽略列表）。',
    },
  },
  {
    key: 'nacos.standalone',
    type: 'boolean',
    read: { from: '1.0.0' },
    codeDefault: always('false'),
    jarDefault: [],
    shipped: [],
    booleanParser: 'spring',
    description: {
      en: 'Standalone mode (set by startup.sh -m standalone or MODE=standalone in Docker). 2.3.1–2.5.x skip the identity startup check in standalone mode.',
      zh: '单机模式（startup.sh -m standalone 或 Docker MODE=standalone）。2.3.1–2.5.x 单机模式下跳过 identity 启动校验。',
    },
  },
  {
    key: 'nacos.core.auth.nacos.anonymous.ai.enabled',
    type: 'boolean',
    read: { from: '3.2.0' },
    codeDefault: [],
    jarDefault: [],
    shipped: [],
    booleanParser: 'spring',
    description: {
      en: 'Anonymous read access to AI resources (3.2 image; not confirmed in server code).',
      zh: '允许匿名读取 AI 资源（3.2 镜像；服务端代码未确认）。',
    },
  },
  // LDAP plugin (facts §1.9): read ranges of the 2.1.0 config classes; 2.0.x read url/timeout/userdn.
  ldap('url', 'string', { from: '2.0.1' }, 'ldap://localhost:389', 'LDAP server URL.', 'LDAP 服务器地址。'),
  ldap('timeout', 'long', { from: '2.0.1' }, '3000', 'LDAP timeout in milliseconds.', 'LDAP 超时（毫秒）。'),
  ldap('userDn', 'string', { from: '2.1.0' }, 'cn=admin,dc=example,dc=org', 'LDAP bind DN (camelCase; 2.1+).', 'LDAP 绑定 DN（驼峰写法，2.1+）。'),
  ldap('userdn', 'string', { from: '2.0.1', to: '2.0' }, 'cn={0},ou=user,dc=company,dc=com',
    'LDAP login DN template of 2.0.x ({0} = user name). 2.1+ read userDn instead.', '2.0.x 的 LDAP 登录 DN 模板（{0} 为用户名）。2.1+ 改读 userDn。'),
  ldap('basedc', 'string', { from: '2.1.0' }, 'dc=example,dc=org', 'LDAP base DC.', 'LDAP base DC。'),
  ldap('password', 'secret', { from: '2.1.0' }, 'password', 'LDAP bind password (ignored in 2.1.0 because of a typo).', 'LDAP 绑定密码（2.1.0 因笔误被忽略）。'),
  ldap('filter.prefix', 'string', { from: '2.1.0' }, 'uid', 'LDAP search filter attribute.', 'LDAP 搜索过滤属性。'),
  ldap('case.sensitive', 'boolean', { from: '2.1.0' }, 'true', 'Whether LDAP user names are case-sensitive.', 'LDAP 用户名是否区分大小写。'),
  ldap('ignore.partial.result.exception', 'boolean', { from: '2.4.0' }, 'false',
    'Ignore LDAP PartialResultException (2.4+).', '忽略 LDAP PartialResultException（2.4+）。'),
];

function ldap(
  name: string, type: PropertyType, read: VersionRange, def: string, en: string, zh: string,
): AuthProperty {
  return {
    key: `nacos.core.auth.ldap.${name}`,
    type,
    read,
    codeDefault: [{ ...read, value: def }],
    jarDefault: [],
    shipped: [],
    booleanParser: type === 'boolean' ? 'spring' : undefined,
    description: { en, zh },
  };
}

const BY_KEY = new Map(AUTH_PROPERTIES.map(p => [p.key, p]));

/** Exact, case-sensitive (Spring relaxed binding applies to env names only: see imageEnv.relaxedEnvToProperty). */
export function authProperty(key: string): AuthProperty | undefined {
  return BY_KEY.get(key);
}

/** `nacos.core.auth.plugin.<type>.*` of a custom plugin (2.1.0+): passed through, not an unknown key. */
export function isPluginPassThrough(key: string, v: NacosVersion): boolean {
  const m = /^nacos\.core\.auth\.plugin\.([^.]+)\.\S+$/.exec(key);
  return m !== null && m[1] !== 'nacos' && versionAtLeast(v, '2.1.0');
}

/** 'read' = honoured; 'ignored' = read but without effect (userAgentAuthWhite on 2.5.x); 'unknown' = not read. */
export function isReadBy(key: string, v: NacosVersion): 'read' | 'ignored' | 'unknown' {
  const p = BY_KEY.get(key);
  if (!p) return 'unknown';
  if (inVersionRange(v, p.read)) return 'read';
  if (p.ignored && inVersionRange(v, p.ignored)) return 'ignored';
  return 'unknown';
}

function valueAt(values: readonly VersionedValue[], v: NacosVersion): string | undefined {
  return values.find(x => inVersionRange(v, x))?.value;
}

/** The jar-embedded application.properties value (facts §1.2); undefined when absent or not pinned. */
export function jarDefault(key: string, v: NacosVersion): string | undefined {
  const p = BY_KEY.get(key);
  return p && inVersionRange(v, p.read) ? valueAt(p.jarDefault, v) : undefined;
}

/** The code default used when the key is absent everywhere; undefined when the version does not read the key. */
export function codeDefault(key: string, v: NacosVersion): string | undefined {
  const p = BY_KEY.get(key);
  return p && (inVersionRange(v, p.read) || (p.ignored && inVersionRange(v, p.ignored))) ? valueAt(p.codeDefault, v) : undefined;
}

/** The value in the distribution's conf/application.properties; undefined when the line is absent or commented. */
export function shippedValue(key: string, v: NacosVersion): string | undefined {
  const p = BY_KEY.get(key);
  return p ? valueAt(p.shipped, v) : undefined;
}

/** Spring `StringToBooleanConverter`: trimmed, case-insensitive true/on/yes/1 and false/off/no/0; else undefined. */
export function parseSpringBoolean(s: string): boolean | undefined {
  const t = s.trim().toLowerCase();
  if (t === 'true' || t === 'on' || t === 'yes' || t === '1') return true;
  if (t === 'false' || t === 'off' || t === 'no' || t === '0') return false;
  return undefined;
}

/** Nacos `ConvertUtils.toBoolean`: no trim; true/on/yes/y/t (any case) are true, everything else false. */
export function parseNacosBoolean(s: string): boolean {
  return /^(true|on|yes|y|t)$/i.test(s);
}

/** Parse a boolean the way the server reads this key; undefined = Spring rejects it (the key's parser is Spring). */
export function parseAuthBoolean(key: string, s: string): boolean | undefined {
  return BY_KEY.get(key)?.booleanParser === 'nacos-convert' ? parseNacosBoolean(s) : parseSpringBoolean(s);
}

// Names people invent (facts §6.5: nacos.auth.enable #5373) mapped to what they meant.
const INVENTED_KEYS: Readonly<Record<string, string>> = {
  'nacos.auth.enable': 'nacos.core.auth.enabled',
  'nacos.auth.enabled': 'nacos.core.auth.enabled',
  'nacos.core.auth.enable': 'nacos.core.auth.enabled',
  'nacos.core.auth.admin.enable': 'nacos.core.auth.admin.enabled',
  'nacos.core.auth.console.enable': 'nacos.core.auth.console.enabled',
  'nacos.auth.system.type': 'nacos.core.auth.system.type',
  'nacos.core.auth.identity.key': 'nacos.core.auth.server.identity.key',
  'nacos.core.auth.identity.value': 'nacos.core.auth.server.identity.value',
  'nacos.auth.identity.key': 'nacos.core.auth.server.identity.key',
  'nacos.auth.identity.value': 'nacos.core.auth.server.identity.value',
  'nacos.core.auth.token.secret.key': 'nacos.core.auth.plugin.nacos.token.secret.key',
  'nacos.core.auth.secret.key': 'nacos.core.auth.plugin.nacos.token.secret.key',
  'nacos.core.auth.plugin.nacos.token.secret': 'nacos.core.auth.plugin.nacos.token.secret.key',
  'nacos.auth.token': 'nacos.core.auth.plugin.nacos.token.secret.key',
  'nacos.auth.token.secret.key': 'nacos.core.auth.plugin.nacos.token.secret.key',
  'nacos.core.auth.token.expire.seconds': 'nacos.core.auth.plugin.nacos.token.expire.seconds',
  'nacos.core.auth.cache.enabled': 'nacos.core.auth.caching.enabled',
  'nacos.core.auth.useragentauthwhite': 'nacos.core.auth.enable.userAgentAuthWhite',
};

function tokens(key: string): string[] {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1.$2').toLowerCase().split(/[._\-\s]+/).filter(Boolean);
}

function distance(a: string, b: string): number {
  // Optimal string alignment (Damerau–Levenshtein with adjacent transpositions).
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** "Did you mean": invented names, then same words in another spelling, then the closest key by edit distance. */
export function suggestKey(unknownKey: string): string | undefined {
  const k = unknownKey.trim();
  const lowerKey = k.toLowerCase();
  if (INVENTED_KEYS[lowerKey]) return INVENTED_KEYS[lowerKey];
  if (BY_KEY.has(k)) return undefined;
  const want = tokens(k).join('.');
  const sameWords = AUTH_PROPERTIES.find(p => tokens(p.key).join('.') === want);
  if (sameWords) return sameWords.key;
  let best: { key: string; d: number } | undefined;
  let tie = false;
  for (const p of AUTH_PROPERTIES) {
    const dist = distance(lowerKey, p.key.toLowerCase());
    if (!best || dist < best.d) { best = { key: p.key, d: dist }; tie = false; } else if (dist === best.d) tie = true;
  }
  const limit = Math.max(2, Math.floor(k.length / 8));
  if (best && best.d <= limit && !tie) return best.key;
  // Token overlap: most of the words of one known key, e.g. "nacos.core.auth.server.identity" → …identity.key.
  const have = new Set(tokens(k));
  let bestOverlap: { key: string; score: number } | undefined;
  for (const p of AUTH_PROPERTIES) {
    const t = tokens(p.key);
    const common = t.filter(x => have.has(x)).length;
    const score = common / Math.max(t.length, have.size);
    if (!bestOverlap || score > bestOverlap.score) bestOverlap = { key: p.key, score };
  }
  return bestOverlap && bestOverlap.score >= 0.8 ? bestOverlap.key : undefined;
}

interface PluginType {
  name: string;
  range: VersionRange;
}

// Built-in auth plugin names (facts §1.8; oidc from the 3.2 docs only).
const PLUGIN_TYPES: readonly PluginType[] = [
  { name: 'nacos', range: { from: '1.2.0' } },
  { name: 'ldap', range: { from: '2.0.1' } },
  { name: 'oidc', range: { from: '3.2.0' } },
];

export const AUTH_PLUGIN_TYPES = (v: NacosVersion): string[] =>
  PLUGIN_TYPES.filter(p => inVersionRange(v, p.range)).map(p => p.name);

// ---- "auth required" (SPEC §4, facts §1.3, §1.5, §1.6) --------------------------------------------------------

export interface AuthSwitches {
  /** nacos.core.auth.enabled (undefined = unset → false). */
  enabled?: boolean;
  /** nacos.core.auth.admin.enabled, 3.x (undefined = unset → true). */
  adminEnabled?: boolean;
  /** nacos.core.auth.console.enabled, 3.x (undefined = unset → true). */
  consoleEnabled?: boolean;
  /** nacos.standalone (2.3.1–2.5.x skip the identity startup check). */
  standalone?: boolean;
  /**
   * nacos.core.auth.enable.userAgentAuthWhite (undefined = the version's code default). On 1.4.1–2.4.x `true` skips
   * the runtime identity check (facts §1.5 step 1), so a blank identity no longer causes 403; startup checks remain.
   */
  userAgentAuthWhite?: boolean;
}

/**
 * When the server needs the value and what happens without it:
 * startup: refuses to start (E-50002 / E-SECRET); request: starts, but HTTP requests get 403 (identity);
 * login: starts, login fails (secret ≤ 2.1.x); none: not needed.
 */
export type RequirementTiming = 'startup' | 'request' | 'login' | 'none';

/** Why it is required; one stable id per case so messages can be localised. */
export type RequirementReason =
  | 'auth-enabled'            // nacos.core.auth.enabled=true
  | 'admin-enabled'           // 3.x nacos.core.auth.admin.enabled=true (set)
  | 'admin-enabled-default'   // 3.x admin.enabled unset → true
  | 'console-enabled'         // 3.x console.enabled=true (set)
  | 'console-enabled-default' // 3.x console.enabled unset → true
  | 'always'                  // 2.2.0–2.2.1 validate the secret at startup whatever the switches
  | 'not-required'
  | 'not-supported';          // the version has no identity (< 1.4.1)

export interface Requirement {
  required: boolean;
  timing: RequirementTiming;
  reason: RequirementReason;
  /** Set when `auth.enabled` would require it but userAgentAuthWhite=true skips the only (runtime) check (1.4.1–2.4.x). */
  waivedBy?: 'userAgentAuthWhite';
}

type Scope = 'enabled' | 'enabled-or-admin' | 'enabled-or-console' | 'always' | 'never';

interface RequirementEra {
  range: VersionRange;
  scope: Scope;
  timing: Exclude<RequirementTiming, 'none'>;
  /** Timing in standalone mode when it differs (2.3.1–2.5.x skip the identity startup check). */
  standaloneTiming?: Exclude<RequirementTiming, 'none'>;
  /** A runtime-only ('request') requirement is waived when userAgentAuthWhite is true (1.4.1–2.4.x). */
  waivedByUserAgentWhite?: boolean;
}

// Identity: facts §1.3 (startup checks) and §1.5 (runtime 403 when blank).
const IDENTITY_ERAS: readonly RequirementEra[] = [
  { range: { to: '1.4.0' }, scope: 'never', timing: 'request' },
  { range: { from: '1.4.1', to: '1.4.4' }, scope: 'enabled', timing: 'request', waivedByUserAgentWhite: true },
  { range: { from: '1.4.5', to: '1.4' }, scope: 'enabled', timing: 'startup' },
  { range: { from: '2.0.0', to: '2.2.0' }, scope: 'enabled', timing: 'request', waivedByUserAgentWhite: true }, // incl. 2.2.0.1
  { range: { from: '2.2.1', to: '2.3.0' }, scope: 'enabled', timing: 'startup' },
  { range: { from: '2.3.1', to: '2.4' }, scope: 'enabled', timing: 'startup', standaloneTiming: 'request', waivedByUserAgentWhite: true },
  { range: { from: '2.5.0', to: '2.5' }, scope: 'enabled', timing: 'startup', standaloneTiming: 'request' },
  { range: { from: '3.0.0' }, scope: 'enabled-or-admin', timing: 'startup' },
];

// Secret: facts §1.6 "When checked".
const SECRET_ERAS: readonly RequirementEra[] = [
  { range: { to: '2.1' }, scope: 'enabled', timing: 'login' },
  { range: { from: '2.2.0', to: '2.2.1' }, scope: 'always', timing: 'startup' },
  { range: { from: '2.2.2', to: '2.5' }, scope: 'enabled', timing: 'startup' },
  { range: { from: '3.0.0' }, scope: 'enabled-or-console', timing: 'startup' },
];

function userAgentWhite(v: NacosVersion, s: AuthSwitches): boolean {
  return s.userAgentAuthWhite ?? parseSpringBoolean(codeDefault('nacos.core.auth.enable.userAgentAuthWhite', v) ?? 'false') === true;
}

function evaluate(eras: readonly RequirementEra[], v: NacosVersion, s: AuthSwitches): Requirement {
  const era = eras.find(e => inVersionRange(v, e.range));
  if (!era || era.scope === 'never') return { required: false, timing: 'none', reason: era ? 'not-supported' : 'not-required' };
  const timing = s.standalone && era.standaloneTiming ? era.standaloneTiming : era.timing;
  if (era.scope === 'always') return { required: true, timing, reason: 'always' };
  if (s.enabled === true) {
    if (timing === 'request' && era.waivedByUserAgentWhite && userAgentWhite(v, s)) {
      return { required: false, timing: 'none', reason: 'not-required', waivedBy: 'userAgentAuthWhite' };
    }
    return { required: true, timing, reason: 'auth-enabled' };
  }
  if (era.scope === 'enabled-or-admin' && s.adminEnabled !== false) {
    return { required: true, timing, reason: s.adminEnabled === undefined ? 'admin-enabled-default' : 'admin-enabled' };
  }
  if (era.scope === 'enabled-or-console' && s.consoleEnabled !== false) {
    return { required: true, timing, reason: s.consoleEnabled === undefined ? 'console-enabled-default' : 'console-enabled' };
  }
  return { required: false, timing: 'none', reason: 'not-required' };
}

/**
 * Does this server version need the identity key/value with these switches? ≤ 2.5: `enabled`; 3.x:
 * `enabled || admin.enabled` (admin defaults to true). Not covered here: the 3.x cluster inner-API check (always, once
 * all members are 3.x) and the image ≥ v3.0.0 entrypoint (imageEnv.imageRequiredEnv).
 */
export function identityRequirement(v: NacosVersion, settings: AuthSwitches): Requirement {
  return evaluate(IDENTITY_ERAS, v, settings);
}

/** Does this version need a valid token secret? ≤ 2.1.x: `enabled` (login); 2.2.0–2.2.1: always; 2.2.2–2.5: `enabled`; 3.x: `enabled || console.enabled`. */
export function secretRequirement(v: NacosVersion, settings: AuthSwitches): Requirement {
  return evaluate(SECRET_ERAS, v, settings);
}

export function identityRequired(v: NacosVersion, settings: AuthSwitches): boolean {
  return identityRequirement(v, settings).required;
}

export function secretRequired(v: NacosVersion, settings: AuthSwitches): boolean {
  return secretRequirement(v, settings).required;
}
