// The auth property catalogue as data (facts §1.1, §1.2, §1.9, §2), plus the predicates built on it (SPEC §4).
// Every row cites where upstream decides it (citations.ts; checked by test/unit/nacos-citations.test.ts).
import { type NacosVersion, type VersionRange, inVersionRange, versionAtLeast } from './versions';
import { CORPUS as C, cite, type Sourced } from './citations';

export type PropertyType = 'boolean' | 'string' | 'secret' | 'long' | 'csv';

/**
 * How a boolean string is read (facts §1.10, audit-plan §1.5):
 * - `spring`: Spring conversion (`@Value boolean`, `EnvUtil.getProperty(…, Boolean.class)`): trimmed, true/on/yes/1 and
 *   false/off/no/0 in any case; anything else is a conversion error, and the bean fails to start;
 * - `nacos-convert`: Nacos `ConvertUtils.toBoolean`: no trim, true/on/yes/y/t (any case) are true, everything else false;
 * - `commons-lang3`: `BooleanUtils.toBoolean(String)`: the same semantics as `nacos-convert` (no trim; `1` is false);
 * - `spring-else-off`: Spring conversion inside a try/catch that keeps the field's initial `false`: an unconvertible
 *   value silently means false (3.x `admin.enabled`).
 */
export type BooleanParser = 'spring' | 'nacos-convert' | 'commons-lang3' | 'spring-else-off';

/** A value that holds for a version range; `value: undefined` = the line is absent / commented out in that range. */
export interface VersionedValue extends VersionRange, Sourced {
  value: string | undefined;
}

/** Citations of the facts of one property that are not value rows. */
export interface PropertySources {
  /** `read` (and `renamedTo`): the code that reads the key; `absentIn` where it is not read yet / any more. */
  read: Sourced;
  ignored?: Sourced;
  booleanParser?: Sourced;
  legacyBooleanParser?: Sourced;
  /** Notes on a whole value table (an empty `jarDefault` the jar contradicts, a row missing). */
  codeDefault?: Sourced;
  jarDefault?: Sourced;
  shipped?: Sourced;
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
  /** How a boolean string is read (outside `legacyBooleanParser`'s range). */
  booleanParser?: BooleanParser;
  /** Versions that read the key with another parser (nacos.core.auth.enabled ≤ 2.0.2: commons-lang3). */
  legacyBooleanParser?: { range: VersionRange; parser: BooleanParser };
  /** The key the value moved to (default.token.* → plugin.nacos.token.* in 2.1.0). */
  renamedTo?: string;
  description: { en: string; zh: string };
  /** Where upstream decides the facts of this row. */
  sources: PropertySources;
}

const OLD_DEFAULT_SECRET = 'SecretKey012345678901234567890123456789012345678901234567890123456789';
const IGNORE_URLS_SHIPPED =
  '/,/error,/**/*.css,/**/*.js,/**/*.html,/**/*.map,/**/*.svg,/**/*.png,/**/*.ico,/console-ui/public/**,/v1/auth/**,/v1/console/health/**,/actuator/**,/v1/console/server/**';

// 1.2.0–1.4.0 shipped the console's old folder name.
const IGNORE_URLS_SHIPPED_1_2 = IGNORE_URLS_SHIPPED.replace('/console-ui/', '/console-fe/');

const always = (value: string | undefined, sourced: Sourced = {}): VersionedValue[] => [{ value, ...sourced }];

// Citation shorthands: a line of the jar's / the distribution's application.properties, a Java line of a tag.
const jar = (tag: string, line: number) => cite(C.jar(tag), line);
const dist = (tag: string, line: number) => cite(C.dist(tag), line);
const ac = (tag: string, line: number, quote?: string) => cite(C.authConfigs(tag), line, quote);
const consts = (tag: string, line: number) => cite(C.constants(tag), line);
const authConsts = (tag: string, line: number, quote?: string) => cite(C.plugin(tag, 'constant/AuthConstants'), line, quote);
const core3 = (cls: string, line: number, quote?: string) => cite(C.coreAuth('3.0.0', cls), line, quote);
const plugin3 = (line: number, quote?: string) => cite(C.plugin('3.0.0', 'configuration/AuthConfigs'), line, quote);
const tokenDelegate = (tag: string, line: number, quote?: string) => cite(C.plugin(tag, 'token/TokenManagerDelegate'), line, quote);

const NOT_IN_CORPUS_LDAP = 'LdapAuthConfig / LdapAuthenticationProvider (where the LDAP defaults live) are not in the corpus';

export const AUTH_PROPERTIES: readonly AuthProperty[] = [
  {
    key: 'nacos.core.auth.enabled',
    type: 'boolean',
    read: { from: '1.2.0' },
    codeDefault: always('false', {
      cite: [ac('1.2.0', 79, '"nacos.core.auth.enabled", "false"'), ac('2.0.3', 52), plugin3(62, '":false}"'), core3('NacosServerAuthConfig', 151, 'Boolean.class, false')],
    }),
    jarDefault: [],
    shipped: always('false', { cite: [dist('1.2.0', 99), dist('2.5.1', 145), dist('3.0.0', 225), dist('HEAD-486e198', 238)] }),
    booleanParser: 'spring',
    legacyBooleanParser: { range: { from: '1.2.0', to: '2.0.2' }, parser: 'commons-lang3' },
    description: {
      en: 'Turns on authentication for the open API and SDK (HTTP and gRPC). When on, 1.4.5–1.4.8 and 2.2.1+ check the identity pair at startup (2.3.1+ not in standalone mode), and 2.2.2+ check the token secret at startup; 1.4.1–2.2.0.1 check the identity per request, ≤ 2.1.x check the secret at login. Up to 2.0.2 it is read with commons-lang3 BooleanUtils (no trimming: "true " and "1" mean false).',
      zh: '开启 Open API / SDK（HTTP 与 gRPC）鉴权。开启后，1.4.5–1.4.8 与 2.2.1+ 在启动时校验 identity（2.3.1+ 单机模式除外），2.2.2+ 在启动时校验 token 密钥；1.4.1–2.2.0.1 在每个请求时校验 identity，≤ 2.1.x 在登录时校验密钥。2.0.2 及以前用 commons-lang3 BooleanUtils 解析（不去空格："true " 和 "1" 都是 false）。',
    },
    sources: {
      read: {
        cite: [ac('1.2.0', 75), ac('2.0.3', 52), consts('2.1.0', 28), consts('3.0.0', 28), consts('HEAD-486e198', 28)],
      },
      // 2.0.3+: @Value boolean. 3.x: the core NacosServerAuthConfig swallows a conversion error, but the plugin
      // AuthConfigs binds the same key with @Value and fails startup, so Spring's verdict holds.
      booleanParser: {
        cite: [ac('2.0.3', 52, '@Value("${nacos.core.auth.enabled:false}")'), plugin3(62, '@Value')],
      },
      // 1.2.0–2.0.2: -D first, then the file, both through BooleanUtils.toBoolean, per call.
      legacyBooleanParser: {
        cite: [ac('1.2.0', 77, 'BooleanUtils.toBoolean(enabled)'), ac('1.2.0', 79, 'BooleanUtils.toBoolean'), ac('1.4.5', 131, 'BooleanUtils.toBoolean(enabled)'),
          ac('2.0.0', 110, 'BooleanUtils.toBoolean(enabled)'), ac('2.0.0', 113, '.toBoolean(EnvUtil.getProperty("nacos.core.auth.enabled", "false"))')],
        absentIn: [`${C.authConfigs('2.0.3')} BooleanUtils`],
      },
    },
  },
  {
    key: 'nacos.core.auth.admin.enabled',
    type: 'boolean',
    read: { from: '3.0.0' },
    codeDefault: always('true', { cite: [core3('NacosServerAdminAuthConfig', 115, 'NACOS_CORE_AUTH_ADMIN_ENABLED, Boolean.class, true')] }),
    jarDefault: [],
    shipped: [{ from: '3.0.0', value: 'true', cite: [dist('3.0.0', 227), dist('HEAD-486e198', 240)] }],
    booleanParser: 'spring-else-off',
    description: {
      en: 'Authentication for the admin API (3.0+). Defaults to true, so the identity key and value are required at startup even when nacos.core.auth.enabled=false. A value that is not a boolean turns admin authentication OFF.',
      zh: 'Admin API 鉴权（3.0+）。默认 true，因此即使 nacos.core.auth.enabled=false，启动时也必须设置 identity key/value。非布尔值会使 admin 鉴权关闭。',
    },
    sources: {
      read: { cite: [consts('3.0.0', 32), consts('HEAD-486e198', 32)], absentIn: ['nacos-src/2.5.1'] },
      // EnvUtil.getProperty(…, Boolean.class, true) inside try/catch: an unconvertible value is logged and authEnabled
      // keeps its field default false (no @Value binds this key elsewhere).
      booleanParser: {
        cite: [core3('NacosServerAdminAuthConfig', 44, 'private boolean authEnabled;'), core3('NacosServerAdminAuthConfig', 115, 'Boolean.class, true'),
          core3('NacosServerAdminAuthConfig', 119, 'catch (Exception e)'), core3('NacosServerAdminAuthConfig', 120, 'use old value'),
          cite(C.coreAuth('HEAD-486e198', 'NacosServerAdminAuthConfig'), 119, 'catch (Exception e)')],
        absentIn: [`${C.plugin('3.0.0', 'configuration/AuthConfigs')} NACOS_CORE_AUTH_ADMIN_ENABLED`],
      },
    },
  },
  {
    key: 'nacos.core.auth.console.enabled',
    type: 'boolean',
    read: { from: '3.0.0' },
    codeDefault: always('true', { cite: [plugin3(68, '":true}"'), cite(C.consoleConfig3('3.0.0'), 86, 'Boolean.class, true')] }),
    jarDefault: [],
    shipped: [{ from: '3.0.0', value: 'true', cite: [dist('3.0.0', 229), dist('HEAD-486e198', 242)] }],
    booleanParser: 'spring',
    description: {
      en: 'Console login authentication (3.0+). Defaults to true, so the token secret must be valid at startup.',
      zh: '控制台登录鉴权（3.0+）。默认 true，因此启动时 token 密钥必须有效。',
    },
    sources: {
      read: { cite: [consts('3.0.0', 30), consts('HEAD-486e198', 30)], absentIn: ['nacos-src/2.5.1'] },
      booleanParser: { cite: [plugin3(68, '@Value'), plugin3(69, 'private boolean consoleAuthEnabled')] },
    },
  },
  {
    key: 'nacos.core.auth.system.type',
    type: 'string',
    read: { from: '1.2.0' },
    codeDefault: always('', {
      cite: [ac('1.2.0', 58, 'nacos.core.auth.system.type:}'), ac('1.4.1', 62, 'nacos.core.auth.system.type:}'), ac('1.4.5', 65), ac('2.1.0', 64, '+ ":}")'),
        core3('NacosServerAuthConfig', 152, 'NACOS_CORE_AUTH_SYSTEM_TYPE, ""'), plugin3(74, '+ ":}")')],
    }),
    // Every jar embeds `nacos`: a conf file without the line runs with it.
    jarDefault: always('nacos', { cite: [jar('1.2.0', 35), jar('1.4.5', 117), jar('2.5.1', 113), jar('3.0.0', 226), jar('HEAD-486e198', 235)] }),
    shipped: always('nacos', { cite: [dist('1.2.0', 96), dist('2.5.1', 142), dist('3.0.0', 221), dist('HEAD-486e198', 234)] }),
    description: {
      en: 'Auth plugin name: nacos, ldap (2.0.1+), oidc (3.2+); the jar sets nacos. Up to 2.0.x the name is compared ignoring case and an empty or unknown one still leaves the open API protected; from 2.1.0 it is case-sensitive and an unknown (or, on 2.1.0–2.2.0.1, empty) name silently disables authentication. Empty with auth on fails startup (50001) on 1.4.5–1.4.8 and 2.2.1+.',
      zh: '鉴权插件名：nacos、ldap（2.0.1+）、oidc（3.2+）；jar 内置为 nacos。2.0.x 及以前忽略大小写，为空或未知时开放 API 仍受保护；2.1.0 起区分大小写，未知名称（2.1.0–2.2.0.1 上为空也一样）会导致鉴权静默失效。开启鉴权时为空，1.4.5–1.4.8 与 2.2.1+ 启动失败（50001）。',
    },
    sources: {
      read: { cite: [ac('1.2.0', 58), ac('1.4.5', 65), consts('2.1.0', 30), consts('3.0.0', 34), consts('HEAD-486e198', 34)] },
    },
  },
  {
    key: 'nacos.core.auth.server.identity.key',
    type: 'string',
    read: { from: '1.4.1' },
    codeDefault: always('', { cite: [ac('1.4.1', 65), ac('2.1.0', 67, '+ ":}")'), core3('NacosServerAuthConfig', 153, 'SERVER_IDENTITY_KEY, ""'), plugin3(77, '+ ":}")')] }),
    jarDefault: [
      { from: '1.4.1', to: '1.4.1', value: undefined, absentIn: [C.jar('1.4.1')] },
      { from: '1.4.2', to: '1.4.4', value: 'serverIdentity', cite: [jar('1.4.2', 134)] },
      { from: '1.4.5', to: '1.4', value: '', cite: [jar('1.4.5', 136)] },
      { from: '2.0.0', to: '2.2.0', value: 'serverIdentity', cite: [jar('2.0.0', 134), jar('2.1.2', 130), jar('2.2.0.1', 124)] }, // 2.2.0 and 2.2.0.1
      { from: '2.2.1', value: '', cite: [jar('2.2.1', 123), jar('2.5.1', 126), jar('3.0.0', 241), jar('HEAD-486e198', 250)] },
    ],
    shipped: [
      { from: '1.4.1', to: '2.0.0', value: '', cite: [dist('1.4.1', 139), dist('1.4.5', 139), dist('2.0.0', 151)] },
      { from: '2.0.1', to: '2.2.0', value: 'serverIdentity', cite: [dist('2.0.3', 167), dist('2.2.0.1', 146)] },
      { from: '2.2.1', value: '', cite: [dist('2.2.1', 148), dist('3.0.0', 236), dist('HEAD-486e198', 249)] },
    ],
    description: {
      en: 'Name of the HTTP/gRPC header that carries the inter-node identity. A request with this header and the matching value bypasses user authentication.',
      zh: '节点间身份识别所用的 HTTP/gRPC 请求头名称。带有该请求头且值匹配的请求会跳过用户鉴权。',
    },
    sources: {
      read: { cite: [ac('1.4.1', 65), consts('2.1.0', 34), consts('3.0.0', 38), consts('HEAD-486e198', 38)], absentIn: ['nacos-src/1.4.0'] },
    },
  },
  {
    key: 'nacos.core.auth.server.identity.value',
    type: 'string',
    read: { from: '1.4.1' },
    codeDefault: always('', { cite: [ac('1.4.1', 68), ac('2.1.0', 70, '+ ":}")'), core3('NacosServerAuthConfig', 154, 'SERVER_IDENTITY_VALUE, ""'), plugin3(80, '+ ":}")')] }),
    jarDefault: [
      { from: '1.4.1', to: '1.4.1', value: undefined, absentIn: [C.jar('1.4.1')] },
      { from: '1.4.2', to: '1.4.4', value: 'security', cite: [jar('1.4.2', 135)] },
      { from: '1.4.5', to: '1.4', value: '', cite: [jar('1.4.5', 137)] },
      { from: '2.0.0', to: '2.2.0', value: 'security', cite: [jar('2.0.0', 135), jar('2.1.2', 131), jar('2.2.0.1', 125)] },
      { from: '2.2.1', value: '', cite: [jar('2.2.1', 124), jar('2.5.1', 127), jar('3.0.0', 242), jar('HEAD-486e198', 251)] },
    ],
    shipped: [
      { from: '1.4.1', to: '2.0.0', value: '', cite: [dist('1.4.1', 140), dist('1.4.5', 140), dist('2.0.0', 152)] },
      { from: '2.0.1', to: '2.2.0', value: 'security', cite: [dist('2.0.3', 168), dist('2.2.0.1', 147)] },
      { from: '2.2.1', value: '', cite: [dist('2.2.1', 149), dist('3.0.0', 237), dist('HEAD-486e198', 250)] },
    ],
    description: {
      en: 'Value of the identity header, compared with String.equals. It works like a master key: keep it secret, random, and identical on all nodes.',
      zh: '身份识别请求头的值（String.equals 比较），相当于万能密钥：应随机、保密，并在所有节点保持一致。',
    },
    sources: {
      read: { cite: [ac('1.4.1', 68), consts('2.1.0', 36), consts('3.0.0', 40), consts('HEAD-486e198', 40)], absentIn: ['nacos-src/1.4.0'] },
    },
  },
  {
    key: 'nacos.core.auth.enable.userAgentAuthWhite',
    type: 'boolean',
    read: { from: '1.4.1', to: '2.4' },
    ignored: { from: '2.5.0', to: '2.5' },
    codeDefault: [
      { from: '1.4.1', to: '2.0.2', value: 'true', cite: [ac('1.4.1', 71), ac('1.4.5', 74), ac('2.0.0', 71)] },
      { from: '2.0.3', to: '2.5', value: 'false', cite: [ac('2.0.3', 84), ac('2.1.0', 73, '+ ":false}")'), ac('2.5.1', 78, '+ ":false}")')] },
    ],
    // The jar's own line wins over the code default from 1.4.2; 1.4.1's jar has none (its code default true applies).
    jarDefault: [
      { from: '1.4.1', to: '1.4.1', value: undefined, absentIn: [C.jar('1.4.1')] },
      { from: '1.4.2', to: '2.5', value: 'false', cite: [jar('1.4.2', 130), jar('1.4.5', 132), jar('2.0.0', 130), jar('2.2.0.1', 120), jar('2.5.1', 122)] },
    ],
    shipped: [
      { from: '1.4.1', to: '1.4.4', value: 'true', cite: [dist('1.4.1', 135), dist('1.4.2', 135)] },
      { from: '1.4.5', to: '1.4', value: 'false', cite: [dist('1.4.5', 135)] },
      { from: '2.0.0', to: '2.0.0', value: 'true', cite: [dist('2.0.0', 147)] },
      { from: '2.0.1', to: '2.5', value: 'false', cite: [dist('2.0.3', 163), dist('2.5.1', 151)] },
    ],
    booleanParser: 'spring',
    description: {
      en: 'true lets any request whose User-Agent starts with "Nacos-Server" bypass authentication (CVE-2021-29441). Ignored from 2.5.0, removed in 3.0.',
      zh: '为 true 时，User-Agent 以 "Nacos-Server" 开头的请求可绕过鉴权（CVE-2021-29441）。2.5.0 起被忽略，3.0 移除。',
    },
    sources: {
      read: {
        cite: [ac('1.4.1', 71), consts('2.1.0', 38), consts('2.4.3', 38), cite(C.authFilter('2.4.3'), 78, 'authConfigs.isEnableUserAgentAuthWhite()')],
        absentIn: ['nacos-src/1.4.0', C.constants('3.0.0'), C.constants('HEAD-486e198')],
      },
      ignored: {
        cite: [consts('2.5.0', 38), ac('2.5.0', 78, 'NACOS_CORE_AUTH_ENABLE_USER_AGENT_AUTH_WHITE'), ac('2.5.1', 78, 'NACOS_CORE_AUTH_ENABLE_USER_AGENT_AUTH_WHITE')],
        absentIn: [`${C.authFilter('2.5.0')} isEnableUserAgentAuthWhite`, `${C.authFilter('2.5.1')} isEnableUserAgentAuthWhite`,
          `${C.coreAuth('2.5.1', 'RemoteRequestAuthFilter')} isEnableUserAgentAuthWhite`, `${C.auth('2.5.1', 'AbstractProtocolAuthService')} isEnableUserAgentAuthWhite`],
      },
      booleanParser: { cite: [ac('1.4.1', 71, '@Value'), ac('1.4.1', 72, 'private boolean'), ac('2.0.3', 84, '@Value'), ac('2.5.1', 78, '@Value')] },
      shipped: { absentIn: [C.dist('3.0.0'), C.dist('HEAD-486e198')] },
    },
  },
  {
    key: 'nacos.core.auth.default.token.secret.key',
    type: 'secret',
    read: { from: '1.2.0', to: '2.0.4' },
    codeDefault: always('', { cite: [ac('1.2.0', 46), ac('1.4.5', 48), ac('2.0.4', 60)] }),
    jarDefault: [{ from: '1.2.0', to: '2.0.4', value: OLD_DEFAULT_SECRET, cite: [jar('1.2.0', 37), jar('1.4.5', 126), jar('2.0.4', 131)] }],
    shipped: [
      { from: '1.2.0', to: '1.4.4', value: OLD_DEFAULT_SECRET, cite: [dist('1.2.0', 105), dist('1.4.2', 129)] },
      { from: '1.4.5', to: '1.4', value: undefined, cite: [dist('1.4.5', 129)] },
      { from: '2.0.0', to: '2.0.4', value: OLD_DEFAULT_SECRET, cite: [dist('2.0.0', 141), dist('2.0.4', 157)] },
    ],
    renamedTo: 'nacos.core.auth.plugin.nacos.token.secret.key',
    description: {
      en: 'JWT signing key (Base64) up to 2.0.4. Renamed to nacos.core.auth.plugin.nacos.token.secret.key in 2.1.0; later versions ignore this name.',
      zh: 'JWT 签名密钥（Base64），仅 2.0.4 及以前读取。2.1.0 起改名为 nacos.core.auth.plugin.nacos.token.secret.key，之后的版本忽略此名称。',
    },
    sources: {
      read: { cite: [ac('1.2.0', 46), ac('2.0.4', 60)], absentIn: ['nacos-src/2.1.0/auth', 'nacos-src/2.1.0/plugin-default-impl', 'nacos-src/2.1.0/plugin', 'nacos-src/3.0.0/plugin-default-impl'] },
    },
  },
  {
    key: 'nacos.core.auth.plugin.nacos.token.secret.key',
    type: 'secret',
    read: { from: '2.1.0' },
    codeDefault: always('', { cite: [authConsts('2.1.0', 48), authConsts('2.2.0', 48), authConsts('3.0.0', 54)] }),
    jarDefault: [
      { from: '2.1.0', to: '2.2.0.0', value: OLD_DEFAULT_SECRET, cite: [jar('2.1.0', 138), jar('2.2.0', 131)] },
      { from: '2.2.0.1', value: '', cite: [jar('2.2.0.1', 132), jar('3.0.0', 250), jar('HEAD-486e198', 259)] },
    ],
    shipped: [
      { from: '2.1.0', to: '2.2.0.0', value: OLD_DEFAULT_SECRET, cite: [dist('2.1.0', 164), dist('2.2.0', 153)] },
      { from: '2.2.0.1', value: '', cite: [dist('2.2.0.1', 153), dist('3.0.0', 245), dist('HEAD-486e198', 258)] },
    ],
    description: {
      en: 'JWT signing key, Base64 of at least 32 random bytes, identical on all nodes. 2.2.1–2.2.4 fall back to the raw bytes when it is not strict Base64; other versions trim junk at the ends and fail on junk inside.',
      zh: 'JWT 签名密钥：至少 32 字节随机数据的 Base64，所有节点一致。2.2.1–2.2.4 在非标准 Base64 时退回使用原始字节；其他版本会裁掉两端非法字符、中间有非法字符则失败。',
    },
    sources: {
      // 2.1.x: the plugin's properties are the keys under nacos.core.auth.plugin, split at the plugin name.
      read: {
        cite: [ac('2.1.0', 50, '"nacos.core.auth.plugin"'), authConsts('2.1.0', 46, '"token.secret.key"'), authConsts('2.2.0', 46), authConsts('3.0.0', 52), authConsts('HEAD-486e198', 52)],
        absentIn: ['nacos-src/2.0.4'],
      },
    },
  },
  {
    key: 'nacos.core.auth.default.token.expire.seconds',
    type: 'long',
    read: { from: '1.2.0', to: '2.0.4' },
    codeDefault: [
      { from: '1.2.0', to: '1.4.0', value: '1800', cite: [ac('1.2.0', 52), ac('1.3.0', 53), ac('1.4.0', 56)] },
      { from: '1.4.1', to: '2.0.4', value: '18000', cite: [ac('1.4.1', 56), ac('2.0.4', 71)] },
    ],
    // The 1.3.0+ jars set 18000, so only 1.2.x without the line runs with the 1800 of the code.
    jarDefault: [
      { from: '1.2.0', to: '1.2', value: undefined, absentIn: [C.jar('1.2.0')] },
      { from: '1.3.0', to: '2.0.4', value: '18000', cite: [jar('1.3.0', 105), jar('1.4.0', 121), jar('1.4.5', 123), jar('2.0.4', 128)] },
    ],
    shipped: [{ from: '1.2.0', to: '2.0.4', value: '18000', cite: [dist('1.2.0', 102), dist('2.0.4', 154)] }],
    renamedTo: 'nacos.core.auth.plugin.nacos.token.expire.seconds',
    description: {
      en: 'Token lifetime in seconds, up to 2.0.4 (renamed in 2.1.0).',
      zh: 'Token 有效期（秒），仅 2.0.4 及以前读取（2.1.0 改名）。',
    },
    sources: {
      read: { cite: [ac('1.2.0', 52), ac('2.0.4', 71)], absentIn: ['nacos-src/2.1.0/auth', 'nacos-src/2.1.0/plugin-default-impl'] },
    },
  },
  {
    key: 'nacos.core.auth.plugin.nacos.token.expire.seconds',
    type: 'long',
    read: { from: '2.1.0' },
    codeDefault: always('18000', { cite: [authConsts('2.1.0', 52), authConsts('2.2.0', 52), authConsts('3.0.0', 58)] }),
    jarDefault: [],
    shipped: [{ from: '2.1.0', value: '18000', cite: [dist('2.1.0', 162), dist('3.0.0', 242), dist('HEAD-486e198', 255)] }],
    description: {
      en: 'Token lifetime in seconds (2.1.0+). A non-numeric value fails bean creation.',
      zh: 'Token 有效期（秒，2.1.0+）。非数字会导致 Bean 创建失败。',
    },
    sources: {
      read: {
        cite: [ac('2.1.0', 50, '"nacos.core.auth.plugin"'), authConsts('2.1.0', 50, '"token.expire.seconds"'), authConsts('2.2.0', 50), authConsts('3.0.0', 56)],
        absentIn: ['nacos-src/2.0.4'],
      },
    },
  },
  {
    key: 'nacos.core.auth.plugin.nacos.token.cache.enable',
    type: 'boolean',
    read: { from: '2.2.1' },
    codeDefault: always('false', {
      cite: [tokenDelegate('2.2.1', 50, 'Boolean.class, false'), tokenDelegate('2.5.1', 50, 'Boolean.class, false')],
      unverified: '3.x reads the key outside the copied files (3.0.0 TokenManagerDelegate:30 only names it); 3.x default not seen',
    }),
    jarDefault: [],
    shipped: [{ from: '2.2.1', value: 'false', cite: [dist('2.2.1', 153), dist('3.0.0', 241), dist('HEAD-486e198', 254)] }],
    booleanParser: 'spring',
    description: {
      en: 'Caches issued tokens (2.2.1+).',
      zh: '缓存已签发的 token（2.2.1+）。',
    },
    sources: {
      read: { cite: [tokenDelegate('2.2.1', 38), tokenDelegate('3.0.0', 30)], absentIn: ['nacos-src/2.2.0.1'] },
      booleanParser: { cite: [tokenDelegate('2.2.1', 50, 'Boolean.class')] },
    },
  },
  {
    key: 'nacos.core.auth.caching.enabled',
    type: 'boolean',
    read: { from: '1.2.0' },
    codeDefault: always('true', { cite: [ac('1.2.0', 85), ac('2.0.3', 136), ac('2.1.0', 136, '"true"'), plugin3(179, '"true"')] }),
    jarDefault: [],
    shipped: [
      { from: '1.2.0', to: '1.2', value: 'false', cite: [dist('1.2.0', 108)] },
      { from: '1.3.0', value: 'true', cite: [dist('1.3.0', 111), dist('3.0.0', 232), dist('HEAD-486e198', 245)] },
    ],
    // 3.x AuthConfigs.isCachingEnabled: ConvertUtils.toBoolean, no trim ("true " is false).
    booleanParser: 'nacos-convert',
    description: {
      en: 'Caches users, roles and permissions (about 15 s staleness). Read with Nacos ConvertUtils: no trimming, "true " means false.',
      zh: '缓存用户、角色与权限（约 15 秒延迟）。使用 Nacos ConvertUtils 解析：不去空格，"true " 视为 false。',
    },
    sources: {
      read: { cite: [ac('1.2.0', 85), consts('2.1.0', 32), consts('3.0.0', 36)] },
      // ≤ 2.0.2 commons-lang3 BooleanUtils.toBoolean; 2.0.3+ Nacos ConvertUtils.toBoolean; after a hot reload (onEvent) Spring.
      booleanParser: {
        cite: [ac('1.4.5', 146, 'BooleanUtils'), ac('2.0.3', 136, 'ConvertUtils.toBoolean'), plugin3(179, 'ConvertUtils.toBoolean'), ac('2.0.3', 148, 'Boolean.class, true')],
      },
    },
  },
  {
    key: 'nacos.security.ignore.urls',
    type: 'csv',
    read: { from: '1.2.0' },
    codeDefault: always('/**', {
      cite: [cite(C.consoleSecurity('1.2.0', 'NacosAuthConfig'), 90, '"/**"'), cite(C.consoleSecurity('2.0.3', 'NacosAuthConfig'), 62),
        cite(C.plugin('2.1.0', 'NacosAuthConfig'), 62), cite(C.plugin('2.5.1', 'NacosAuthConfig'), 67)],
    }),
    jarDefault: [],
    shipped: [
      { from: '1.2.0', to: '1.4.0', value: IGNORE_URLS_SHIPPED_1_2, cite: [dist('1.2.0', 93), dist('1.4.0', 112)] },
      { from: '1.4.1', value: IGNORE_URLS_SHIPPED, cite: [dist('1.4.1', 117), dist('2.5.1', 139), dist('3.0.0', 218), dist('HEAD-486e198', 231)] },
    ],
    description: {
      en: 'Ant patterns Spring Security leaves alone when nacos.core.auth.system.type is empty (legacy mode); with nacos or ldap every path is left to Nacos\'s own AuthFilter and this list has no effect.',
      zh: 'nacos.core.auth.system.type 为空（旧模式）时 Spring Security 放行的 Ant 路径；为 nacos 或 ldap 时所有路径都交给 Nacos 自己的 AuthFilter，此列表不生效。',
    },
    sources: {
      read: {
        cite: [cite(C.consoleSecurity('1.2.0', 'NacosAuthConfig'), 90), cite(C.consoleSecurity('2.0.3', 'NacosAuthConfig'), 64),
          cite(C.plugin('2.1.0', 'NacosAuthConfig'), 64), cite(C.plugin('2.5.1', 'NacosAuthConfig'), 69),
          cite(C.consoleSecurity('1.2.0', 'NacosAuthConfig'), 89, 'if (StringUtils.isBlank(authConfigs.getNacosAuthSystemType()))'),
          cite(C.consoleSecurity('2.0.3', 'NacosAuthConfig'), 96, 'if (StringUtils.isBlank(authConfigs.getNacosAuthSystemType()))'),
          cite(C.plugin('2.1.0', 'NacosAuthConfig'), 139, 'if (StringUtils.isBlank(authConfigs.getNacosAuthSystemType()))'),
          cite(C.plugin('2.5.1', 'NacosAuthConfig'), 121, 'if (StringUtils.isBlank(authConfigs.getNacosAuthSystemType()))')],
        // Read only when system.type is blank (the description says so): nacos/ldap ignore "/**" and leave the work
        // to the AuthFilter.
        unverified: '3.x NacosAuthConfig (the 3.x reader) is not in the corpus',
      },
    },
  },
  {
    key: 'nacos.standalone',
    type: 'boolean',
    read: { from: '1.0.0' },
    codeDefault: always('false', { unverified: 'EnvUtil.getStandaloneMode (the reader and its default) is not in the corpus' }),
    jarDefault: [],
    shipped: [],
    booleanParser: 'spring',
    description: {
      en: 'Standalone mode (set by startup.sh -m standalone or MODE=standalone in Docker). 2.3.1–2.5.x skip the identity startup check in standalone mode.',
      zh: '单机模式（startup.sh -m standalone 或 Docker MODE=standalone）。2.3.1–2.5.x 单机模式下跳过 identity 启动校验。',
    },
    sources: {
      read: {
        cite: [cite(C.serverHeaderConstant('1.2.0'), 34), cite(C.serverHeaderConstant('2.4.3'), 37), cite(`nacos-src/1.2.0/distribution/bin/startup.sh`, 83),
          cite(`nacos-src/3.0.0/distribution/bin/startup.sh`, 128)],
        unverified: 'the corpus starts at 1.2.0; "from 1.0.0" is not checked',
      },
      booleanParser: { unverified: 'EnvUtil.getStandaloneMode is not in the corpus' },
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
    sources: {
      read: {
        cite: [cite(C.dockerConf('3.2.0'), 261), cite(C.dockerConf('3.2.3'), 261)],
        absentIn: [`${C.dockerConf('3.2.0-BETA')} nacos.core.auth.nacos.anonymous.ai.enabled`],
        unverified: 'only the image files (v3.2.0+) carry it; no 3.2 server source is in the corpus',
      },
      booleanParser: { unverified: 'no 3.2 server source in the corpus' },
    },
  },
  // LDAP plugin (facts §1.9): read ranges of the 2.1.0 config classes; 2.0.x read url/timeout/userdn.
  ldap('url', 'string', { from: '2.0.1' }, 'ldap://localhost:389', 'LDAP server URL.', 'LDAP 服务器地址。', {
    read: { cite: [cite(C.jar('2.0.3'), 124, 'nacos.core.auth.ldap.url'), authConsts('2.1.0', 54), authConsts('3.0.0', 60)], absentIn: [C.jar('2.0.0')] },
    codeDefault: { cite: [cite(C.jar('2.0.3'), 124)], unverified: `${NOT_IN_CORPUS_LDAP}; the value equals the jar's commented example` },
  }),
  ldap('timeout', 'long', { from: '2.0.1' }, '3000', 'LDAP timeout in milliseconds.', 'LDAP 超时（毫秒）。', {
    read: { cite: [authConsts('2.1.0', 58), authConsts('3.0.0', 64)], unverified: `2.0.x: ${NOT_IN_CORPUS_LDAP}` },
    codeDefault: { unverified: NOT_IN_CORPUS_LDAP },
  }),
  ldap('userDn', 'string', { from: '2.1.0' }, 'cn=admin,dc=example,dc=org', 'LDAP bind DN (camelCase; 2.1+).', 'LDAP 绑定 DN（驼峰写法，2.1+）。', {
    read: { cite: [authConsts('2.1.0', 60), authConsts('3.0.0', 66)], absentIn: ['nacos-src/2.0.4'] },
    codeDefault: { unverified: NOT_IN_CORPUS_LDAP },
  }),
  ldap('userdn', 'string', { from: '2.0.1', to: '2.0' }, 'cn={0},ou=user,dc=company,dc=com',
    'LDAP login DN template of 2.0.x ({0} = user name). 2.1+ read userDn instead.', '2.0.x 的 LDAP 登录 DN 模板（{0} 为用户名）。2.1+ 改读 userDn。', {
      read: {
        cite: [cite(C.jar('2.0.3'), 125, 'nacos.core.auth.ldap.userdn'), cite(C.jar('2.0.4'), 125, 'nacos.core.auth.ldap.userdn')],
        absentIn: [C.jar('2.0.0')],
        unverified: `${NOT_IN_CORPUS_LDAP}; 2.1.0+ jars still list a commented userdn example (2.1.0 jar:145), so "not read from 2.1.0" is unchecked`,
      },
      codeDefault: { cite: [cite(C.jar('2.0.3'), 125)], unverified: `${NOT_IN_CORPUS_LDAP}; the value equals the jar's commented example` },
    }),
  ldap('basedc', 'string', { from: '2.1.0' }, 'dc=example,dc=org', 'LDAP base DC.', 'LDAP base DC。', {
    read: { cite: [authConsts('2.1.0', 56), authConsts('3.0.0', 62)], absentIn: ['nacos-src/2.0.4'] },
    codeDefault: { cite: [cite(C.jar('2.1.0'), 142)], unverified: `${NOT_IN_CORPUS_LDAP}; the value equals the jar's commented example` },
  }),
  ldap('password', 'secret', { from: '2.1.0' }, 'password', 'LDAP bind password (ignored in 2.1.0 because of a typo).', 'LDAP 绑定密码（2.1.0 因笔误被忽略）。', {
    read: { cite: [authConsts('2.1.0', 62), authConsts('3.0.0', 68)], absentIn: ['nacos-src/2.0.4'] },
    codeDefault: { unverified: `${NOT_IN_CORPUS_LDAP} (so is the 2.1.0 "\${ " typo)` },
  }),
  // 2.1.1 is not in the corpus; the audit's git history has it absent there.
  ldap('filter.prefix', 'string', { from: '2.1.2' }, 'uid', 'LDAP search filter attribute (2.1.2+).', 'LDAP 搜索过滤属性（2.1.2+）。', {
    read: {
      cite: [authConsts('2.1.2', 64), authConsts('3.0.0', 70)],
      absentIn: [C.plugin('2.1.0', 'constant/AuthConstants')],
    },
    codeDefault: { cite: [cite(C.jar('2.1.2'), 145)], unverified: `${NOT_IN_CORPUS_LDAP}; the value equals the jar's commented example` },
  }),
  ldap('case.sensitive', 'boolean', { from: '2.2.0' }, 'true', 'Whether LDAP user names are case-sensitive (2.2.0+).', 'LDAP 用户名是否区分大小写（2.2.0+）。', {
    read: {
      cite: [authConsts('2.2.0', 66), authConsts('3.0.0', 72)],
      absentIn: [C.plugin('2.1.2', 'constant/AuthConstants')],
    },
    codeDefault: { cite: [cite(C.jar('2.2.0'), 140)], unverified: `${NOT_IN_CORPUS_LDAP}; the value equals the jar's commented example` },
  }),
  ldap('ignore.partial.result.exception', 'boolean', { from: '2.2.1' }, 'false',
    'Ignore LDAP PartialResultException (2.2.1+).', '忽略 LDAP PartialResultException（2.2.1+）。', {
      read: {
        cite: [authConsts('2.2.1', 73), authConsts('2.3.2', 73), authConsts('3.0.0', 77)],
        absentIn: [C.plugin('2.2.0.1', 'constant/AuthConstants')],
      },
      codeDefault: { cite: [cite(C.jar('2.4.0'), 145)], unverified: `${NOT_IN_CORPUS_LDAP}; the value equals the jar's commented example` },
    }),
];

interface LdapSources {
  read: Sourced;
  codeDefault: Sourced;
}

function ldap(
  name: string, type: PropertyType, read: VersionRange, def: string, en: string, zh: string, sources: LdapSources,
): AuthProperty {
  return {
    key: `nacos.core.auth.ldap.${name}`,
    type,
    read,
    codeDefault: [{ ...read, value: def, ...sources.codeDefault }],
    jarDefault: [],
    shipped: [],
    booleanParser: type === 'boolean' ? 'spring' : undefined,
    description: { en, zh },
    sources: {
      read: sources.read,
      ...(type === 'boolean' ? { booleanParser: { unverified: NOT_IN_CORPUS_LDAP } } : {}),
    },
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

/**
 * The semantics of the boolean readers are library code; only their call sites are in the corpus. The Java oracle
 * (test/unit/nacos-oracle.test.ts) runs them: `true `, `1`, `y` for nacos.core.auth.enabled on 1.4.x–2.0.x and 2.0.3+.
 */
export const BOOLEAN_PARSER_SOURCES: Readonly<Record<BooleanParser, Sourced>> = {
  spring: { unverified: 'Spring StringToBooleanConverter / CustomBooleanEditor (trim; true/on/yes/1, false/off/no/0) is framework code, not in the corpus (the oracle runs it: `true `, `1`, `y` on 2.0.3–3.0.3 agree)' },
  'nacos-convert': { unverified: 'Nacos common ConvertUtils (TRUE_SET y/yes/on/true/t, no trim) is not in the corpus' },
  'commons-lang3': { unverified: 'commons-lang3 BooleanUtils.toBoolean(String) (true/on/yes/y/t, no trim, never fails) is library code, not in the corpus (the oracle runs it: `true `, `1`, `y` on 1.4.0–2.0.0 agree)' },
  'spring-else-off': { unverified: 'the Spring conversion is framework code; the try/catch that keeps false is cited on the property' },
};

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

/** The reader of a boolean key on version `v` (without a version: the current one). */
export function booleanParserFor(key: string, v?: NacosVersion): BooleanParser {
  const p = BY_KEY.get(key);
  if (p?.legacyBooleanParser && v && inVersionRange(v, p.legacyBooleanParser.range)) return p.legacyBooleanParser.parser;
  return p?.booleanParser ?? 'spring';
}

/**
 * Parse a boolean the way version `v` reads this key; undefined = Spring rejects it (the server then fails to start,
 * except where the parser is `spring-else-off`, which gives false).
 */
export function parseAuthBoolean(key: string, s: string, v?: NacosVersion): boolean | undefined {
  switch (booleanParserFor(key, v)) {
    case 'nacos-convert':
    case 'commons-lang3':
      return parseNacosBoolean(s);
    case 'spring-else-off':
      return parseSpringBoolean(s) ?? false;
    default:
      return parseSpringBoolean(s);
  }
}

// Names people invent (facts §6.5: nacos.auth.enable #5373) mapped to what they meant. Not upstream facts: the test
// checks only that every target is a catalogued key.
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

export interface PluginType extends Sourced {
  name: string;
  range: VersionRange;
}

// Built-in auth plugin names (facts §1.8; oidc from the 3.2 docs only).
export const PLUGIN_TYPES: readonly PluginType[] = [
  {
    name: 'nacos', range: { from: '1.2.0' },
    cite: [cite(C.consoleSecurity('1.2.0', 'NacosAuthConfig'), 85, 'AuthSystemTypes.NACOS'), jar('1.2.0', 35), authConsts('2.1.0', 26, '"nacos"'), authConsts('3.0.0', 28, '"nacos"')],
  },
  {
    name: 'ldap', range: { from: '2.0.1' },
    cite: [cite(C.consoleSecurity('2.0.3', 'NacosAuthConfig'), 93, 'AuthSystemTypes.LDAP'), authConsts('2.1.0', 28, '"ldap"'), authConsts('3.0.0', 30, '"ldap"')],
    absentIn: [`${C.consoleSecurity('2.0.0', 'NacosAuthConfig')} LDAP`],
  },
  { name: 'oidc', range: { from: '3.2.0' }, unverified: 'only the nacos.io 3.2 auth page lists oidc; no 3.2 server source is in the corpus (audit C5)' },
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
  | 'console-enabled-cluster'         // 3.x identity: console.enabled=true on a node that is not standalone
  | 'console-enabled-default-cluster' // 3.x identity: console.enabled unset → true, not standalone
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

/**
 * Which switches make the era require the value. `v3-identity`: `enabled`, or `admin.enabled` (core
 * NacosServerAdminAuthConfig), or `console.enabled` on a node that is not standalone (the default auth plugin's
 * AuthConfigs.validate()).
 */
type Scope = 'enabled' | 'v3-identity' | 'enabled-or-console' | 'always' | 'never';

export interface RequirementEra extends Sourced {
  range: VersionRange;
  scope: Scope;
  timing: Exclude<RequirementTiming, 'none'>;
  /** Timing in standalone mode when it differs (2.3.1–2.5.x skip the identity startup check). */
  standaloneTiming?: Exclude<RequirementTiming, 'none'>;
  /** A runtime-only ('request') requirement is waived when userAgentAuthWhite is true (1.4.1–2.4.x). */
  waivedByUserAgentWhite?: boolean;
}

const filter = (tag: string, line: number, quote: string) => cite(C.authFilter(tag), line, quote);
const UA_BRANCH = 'authConfigs.isEnableUserAgentAuthWhite()';
const BLANK_403 = 'resp.sendError(HttpServletResponse.SC_FORBIDDEN,';
const jwt = (tag: string, line: number, quote: string) => cite(C.plugin(tag, /^(2\.1\.|2\.2\.0)/.test(tag) ? 'JwtTokenManager' : 'token/impl/JwtTokenManager'), line, quote);

// Identity: facts §1.3 (startup checks) and §1.5 (runtime 403 when blank).
export const IDENTITY_ERAS: readonly RequirementEra[] = [
  {
    range: { to: '1.4.0' }, scope: 'never', timing: 'request',
    // No identity setting: the User-Agent check is unconditional (CVE-2021-29441).
    cite: [filter('1.2.0', 64, 'StringUtils.startsWith(userAgent, Constants.NACOS_SERVER_HEADER)'), filter('1.4.0', 74, 'StringUtils.startsWith(userAgent, Constants.NACOS_SERVER_HEADER)')],
    absentIn: ['nacos-src/1.2.0 server.identity', 'nacos-src/1.3.0 server.identity', 'nacos-src/1.4.0 server.identity'],
  },
  {
    range: { from: '1.4.1', to: '1.4.4' }, scope: 'enabled', timing: 'request', waivedByUserAgentWhite: true,
    cite: [filter('1.4.1', 68, 'if (!authConfigs.isAuthEnabled())'), filter('1.4.1', 76, UA_BRANCH), filter('1.4.1', 82, 'isNotBlank(authConfigs.getServerIdentityKey())'),
      filter('1.4.1', 92, BLANK_403), filter('1.4.2', 76, UA_BRANCH), filter('1.4.2', 92, BLANK_403)],
    absentIn: [`${C.authConfigs('1.4.1')} validate`, `${C.authConfigs('1.4.2')} validate`],
  },
  {
    range: { from: '1.4.5', to: '1.4' }, scope: 'enabled', timing: 'startup',
    cite: [ac('1.4.5', 82, '@PostConstruct'), ac('1.4.5', 84, 'if (!isAuthEnabled())'), ac('1.4.5', 90, 'StringUtils.isEmpty(serverIdentityKey)'), ac('1.4.5', 91, 'EMPTY_IDENTITY')],
  },
  {
    range: { from: '2.0.0', to: '2.2.0' }, scope: 'enabled', timing: 'request', waivedByUserAgentWhite: true, // incl. 2.2.0.1
    cite: [filter('2.0.0', 76, UA_BRANCH), filter('2.0.0', 92, BLANK_403), filter('2.2.0.1', 76, UA_BRANCH), filter('2.2.0.1', 94, BLANK_403)],
    absentIn: [`${C.authConfigs('2.0.0')} validate`, `${C.authConfigs('2.0.4')} validate`, `${C.authConfigs('2.1.2')} validate`, `${C.authConfigs('2.2.0.1')} validate`],
  },
  {
    range: { from: '2.2.1', to: '2.3.0' }, scope: 'enabled', timing: 'startup',
    cite: [ac('2.2.1', 93, 'if (!authEnabled)'), ac('2.2.1', 99, 'StringUtils.isEmpty(serverIdentityKey)'), ac('2.3.0', 95, 'if (!authEnabled)'), ac('2.3.0', 101, 'StringUtils.isEmpty(serverIdentityKey)')],
    absentIn: [`${C.authConfigs('2.2.1')} getStandaloneMode`, `${C.authConfigs('2.3.0')} getStandaloneMode`],
  },
  {
    range: { from: '2.3.1', to: '2.4' }, scope: 'enabled', timing: 'startup', standaloneTiming: 'request', waivedByUserAgentWhite: true,
    cite: [ac('2.3.1', 101, 'EnvUtil.getStandaloneMode()'), ac('2.3.1', 104, 'StringUtils.isEmpty(serverIdentityKey)'), ac('2.4.3', 103, 'EnvUtil.getStandaloneMode()'),
      filter('2.4.3', 78, UA_BRANCH), filter('2.4.3', 96, BLANK_403)],
  },
  {
    range: { from: '2.5.0', to: '2.5' }, scope: 'enabled', timing: 'startup', standaloneTiming: 'request',
    cite: [ac('2.5.0', 103, 'EnvUtil.getStandaloneMode()'), ac('2.5.1', 106, 'StringUtils.isEmpty(serverIdentityKey)'),
      filter('2.5.0', 85, 'method.isAnnotationPresent(Secured.class)'), filter('2.5.0', 93, 'checkServerIdentity(req, secured)'),
      cite(C.auth('2.5.0', 'AbstractProtocolAuthService'), 96, 'isInvalidServerIdentity()')],
  },
  {
    // The plugin's check is code-derived: the class is imported by NacosAuthPluginInnerServiceConfig, which is not in
    // the corpus (audit A11); the oracle runs the class.
    range: { from: '3.0.0' }, scope: 'v3-identity', timing: 'startup',
    cite: [core3('NacosServerAuthConfig', 74, 'if (!authEnabled)'), core3('NacosServerAuthConfig', 80, 'StringUtils.isEmpty(serverIdentityKey)'),
      core3('NacosServerAdminAuthConfig', 65, 'if (!authEnabled)'), core3('NacosServerAdminAuthConfig', 71, 'StringUtils.isEmpty(serverIdentityKey)'),
      cite(C.coreAuth('HEAD-486e198', 'NacosServerAdminAuthConfig'), 115, 'NACOS_CORE_AUTH_ADMIN_ENABLED, Boolean.class, true'),
      plugin3(99, 'if (!authEnabled && !consoleAuthEnabled)'), plugin3(105, 'if (EnvUtil.getStandaloneMode())'), plugin3(108, 'StringUtils.isEmpty(serverIdentityKey)'),
      cite(C.plugin('HEAD-486e198', 'configuration/AuthConfigs'), 99, 'if (!authEnabled && !consoleAuthEnabled)')],
  },
];

// Secret: facts §1.6 "When checked".
export const SECRET_ERAS: readonly RequirementEra[] = [
  {
    range: { to: '2.1' }, scope: 'enabled', timing: 'login',
    // Decoded lazily, when the first token is signed or checked.
    cite: [cite(C.consoleSecurity('1.2.0', 'JwtTokenManager'), 70, 'authConfigs.getSecretKey()'), ac('1.4.1', 75, 'if (secretKeyBytes == null)'),
      ac('2.0.4', 94, 'if (secretKeyBytes == null)'), cite(C.plugin('2.1.0', 'NacosAuthConfig'), 182, 'if (secretKeyBytes == null)'),
      cite(C.plugin('2.1.2', 'JwtTokenManager'), 148, 'if (secretKeyBytes == null)')],
  },
  {
    range: { from: '2.2.0', to: '2.2.1' }, scope: 'always', timing: 'startup',
    cite: [jwt('2.2.0', 49, '@Component'), jwt('2.2.0', 65, 'processProperties()'), jwt('2.2.0', 77, 'throw new IllegalArgumentException('),
      jwt('2.2.1', 46, '@Component'), jwt('2.2.1', 73, 'throw new IllegalArgumentException(')],
    absentIn: [`${C.plugin('2.2.0', 'JwtTokenManager')} isAuthEnabled`, `${C.plugin('2.2.1', 'token/impl/JwtTokenManager')} isAuthEnabled`],
  },
  {
    range: { from: '2.2.2', to: '2.5' }, scope: 'enabled', timing: 'startup',
    cite: [jwt('2.2.3', 79, 'this.jwtParser = null;'), jwt('2.2.3', 80, 'if (authConfigs.isAuthEnabled())'), jwt('2.5.1', 79, 'if (authConfigs.isAuthEnabled())')],
  },
  {
    range: { from: '3.0.0' }, scope: 'enabled-or-console', timing: 'startup',
    cite: [jwt('3.0.0', 77, 'authConfigs.isAuthEnabled() || authConfigs.isConsoleAuthEnabled()'), jwt('HEAD-486e198', 77, 'authConfigs.isAuthEnabled() || authConfigs.isConsoleAuthEnabled()')],
  },
];

/**
 * CVE-2021-29441 before the switch existed: with auth on, 1.2.0–1.4.0 let any request whose User-Agent starts with
 * `Nacos-Server` skip authentication, unconditionally (audit-plan §1.7). 1.4.1 put it behind userAgentAuthWhite.
 */
export const HARDCODED_USER_AGENT_BYPASS: { range: VersionRange; prefix: string } & Sourced = {
  range: { from: '1.2.0', to: '1.4.0' },
  prefix: 'Nacos-Server',
  cite: [filter('1.2.0', 64, 'StringUtils.startsWith(userAgent, Constants.NACOS_SERVER_HEADER)'), filter('1.3.0', 64, 'StringUtils.startsWith(userAgent, Constants.NACOS_SERVER_HEADER)'),
    filter('1.4.0', 74, 'StringUtils.startsWith(userAgent, Constants.NACOS_SERVER_HEADER)'), cite(C.serverHeaderConstant('1.2.0'), 62, 'NACOS_SERVER_HEADER = "Nacos-Server"')],
  absentIn: [`${C.authFilter('1.4.0')} isEnableUserAgentAuthWhite`],
};

/** The whitelist as the server has it: the switch, else the jar's line (1.4.2+), else the code default (1.4.1: true). */
export function userAgentWhite(v: NacosVersion, s: AuthSwitches): boolean {
  const key = 'nacos.core.auth.enable.userAgentAuthWhite';
  return s.userAgentAuthWhite ?? parseSpringBoolean(jarDefault(key, v) ?? codeDefault(key, v) ?? 'false') === true;
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
  if (era.scope === 'v3-identity') {
    if (s.adminEnabled !== false) return { required: true, timing, reason: s.adminEnabled === undefined ? 'admin-enabled-default' : 'admin-enabled' };
    if (!s.standalone && s.consoleEnabled !== false) {
      return { required: true, timing, reason: s.consoleEnabled === undefined ? 'console-enabled-default-cluster' : 'console-enabled-cluster' };
    }
  }
  if (era.scope === 'enabled-or-console' && s.consoleEnabled !== false) {
    return { required: true, timing, reason: s.consoleEnabled === undefined ? 'console-enabled-default' : 'console-enabled' };
  }
  return { required: false, timing: 'none', reason: 'not-required' };
}

/**
 * Does this server version need the identity key/value with these switches? ≤ 2.5: `enabled`; 3.x:
 * `enabled || admin.enabled || (console.enabled && !standalone)` (admin and console default to true). Not covered here: the 3.x cluster inner-API check (always, once
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
