// The auth lines of the nacos/nacos-server image's own /home/nacos/conf/application.properties per image version
// (`docker@<tag>:build/conf/application.properties`, facts §4.1), embedded as text in file order.
import { type NacosVersion, type VersionRange, inVersionRange } from './versions';
import { CORPUS as C, cite, type Sourced } from './citations';

/**
 * `cite`: the first auth line of the real file at the first and the last image tag of the range that the corpus holds
 * (the test checks that the file's auth lines are exactly `lines`); `unverified`: what no corpus file grounds.
 */
export interface ImagePropertiesFile extends Sourced {
  range: VersionRange;
  /** Image tags whose real file the lines were checked against (test/unit/nacos-facts.test.ts, corpus). */
  verifiedAt: readonly string[];
  /** Non-comment auth lines (`nacos.core.auth.*`, `nacos.security.ignore.urls`), in file order. */
  lines: string;
}

const SECRET = 'SecretKey012345678901234567890123456789012345678901234567890123456789';
const IGNORE =
  '${NACOS_SECURITY_IGNORE_URLS:/,/error,/**/*.css,/**/*.js,/**/*.html,/**/*.map,/**/*.svg,/**/*.png,/**/*.ico,/console-fe/public/**,/v1/auth/**,/v1/console/health/**,/actuator/**,/v1/console/server/**}';

export const IMAGE_PROPERTIES_FILES: readonly ImagePropertiesFile[] = [
  {
    range: { to: '1.4.0' },
    verifiedAt: [],
    unverified: 'lines reconstructed from facts §4.1 (branches 1.2.0–1.4.0: no identity, no userAgentAuthWhite); images before v1.4.3 are branches, not in the corpus',
    lines: `
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.default.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.default.token.secret.key=\${NACOS_AUTH_TOKEN:${SECRET}}
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.security.ignore.urls=${IGNORE}`,
  },
  {
    // v1.4.1 added the identity placeholders (commit 0e15aa0); v2.1.0 still used the default.token.* names (#9830).
    range: { from: '1.4.1', to: '1.4.3' },
    verifiedAt: [],
    cite: [cite(C.dockerConf('1.4.3'), 16)],
    unverified: 'v1.4.1 and v1.4.2 are branches, not tags: only v1.4.3 is in the corpus',
    lines: fileV141(),
  },
  {
    // v1.4.4 maps NACOS_AUTH_TOKEN to the 2.x name, which a 1.4 server ignores (#10311).
    range: { from: '1.4.4', to: '1.4.4' },
    verifiedAt: [],
    cite: [cite(C.dockerConf('1.4.4'), 17)],
    lines: fileV211(),
  },
  {
    range: { from: '1.4.5', to: '1.4' },
    verifiedAt: [],
    cite: [cite(C.dockerConf('1.4.5'), 17), cite(C.dockerConf('1.4.8'), 17)],
    lines: `
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.default.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.default.token.secret.key=\${NACOS_AUTH_TOKEN:}
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.core.auth.enable.userAgentAuthWhite=\${NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE:false}
nacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY:}
nacos.core.auth.server.identity.value=\${NACOS_AUTH_IDENTITY_VALUE:}
nacos.security.ignore.urls=${IGNORE}`,
  },
  {
    range: { from: '2.0.0', to: '2.1.0' }, verifiedAt: ['v2.0.3'], lines: fileV141(),
    cite: [cite(C.dockerConf('2.0.3'), 16), cite(C.dockerConf('2.1.0-BETA'), 16), cite(C.dockerConf('2.1.0'), 16)],
  },
  {
    range: { from: '2.1.1', to: '2.2.0' }, verifiedAt: ['v2.2.0'], lines: fileV211(), // to v2.2.0.1
    cite: [cite(C.dockerConf('2.1.1'), 18), cite(C.dockerConf('2.2.0.1'), 23)],
  },
  {
    // v2.2.1 dropped the defaults without adding `:` (b915417): unset variables fail with "Could not resolve placeholder".
    range: { from: '2.2.1', to: '2.2.1' },
    verifiedAt: ['v2.2.1'],
    cite: [cite(C.dockerConf('2.2.1'), 23)],
    lines: `
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.plugin.nacos.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.plugin.nacos.token.secret.key=\${NACOS_AUTH_TOKEN}
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.core.auth.enable.userAgentAuthWhite=\${NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE:false}
nacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY}
nacos.core.auth.server.identity.value=\${NACOS_AUTH_IDENTITY_VALUE}
nacos.security.ignore.urls=${IGNORE}`,
  },
  {
    range: { from: '2.2.2', to: '2' },
    verifiedAt: ['v2.3.0', 'v2.5.1'],
    cite: [cite(C.dockerConf('2.2.2'), 24), cite(C.dockerConf('2.5.3'), 29)],
    lines: `
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.plugin.nacos.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.plugin.nacos.token.secret.key=\${NACOS_AUTH_TOKEN:}
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.core.auth.enable.userAgentAuthWhite=\${NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE:false}
nacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY:}
nacos.core.auth.server.identity.value=\${NACOS_AUTH_IDENTITY_VALUE:}
nacos.security.ignore.urls=${IGNORE}`,
  },
  {
    range: { from: '3.0.0', to: '3.1' }, verifiedAt: ['v3.0.0'], lines: fileV3(false),
    cite: [cite(C.dockerConf('3.0.0'), 224), cite(C.dockerConf('3.1.2'), 231)],
  },
  {
    range: { from: '3.2.0' }, verifiedAt: ['v3.2.3'], lines: fileV3(true),
    cite: [cite(C.dockerConf('3.2.0'), 231), cite(C.dockerConf('3.2.3'), 231)],
    // v3.2.0-BETA parses as 3.2.0 but its file has no anonymous.ai line.
    contradicted: 'v3.2.0-BETA (version 3.2.0 for the product) has no nacos.core.auth.nacos.anonymous.ai.enabled line (its conf ends the auth block at :258). audit-plan §3.12',
  },
];

function fileV141(): string {
  return `
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.default.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.default.token.secret.key=\${NACOS_AUTH_TOKEN:${SECRET}}
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.core.auth.enable.userAgentAuthWhite=\${NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE:false}
nacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY:serverIdentity}
nacos.core.auth.server.identity.value=\${NACOS_AUTH_IDENTITY_VALUE:security}
nacos.security.ignore.urls=${IGNORE}`;
}

function fileV211(): string {
  return `
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.plugin.nacos.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.plugin.nacos.token.secret.key=\${NACOS_AUTH_TOKEN:${SECRET}}
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.core.auth.enable.userAgentAuthWhite=\${NACOS_AUTH_USER_AGENT_AUTH_WHITE_ENABLE:false}
nacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY:serverIdentity}
nacos.core.auth.server.identity.value=\${NACOS_AUTH_IDENTITY_VALUE:security}
nacos.security.ignore.urls=${IGNORE}`;
}

function fileV3(anonymousAi: boolean): string {
  // 3.x hard-codes the switches (NACOS_AUTH_ENABLE etc. arrive as -D) and drops userAgentAuthWhite.
  return `
nacos.security.ignore.urls=${IGNORE}
nacos.core.auth.system.type=\${NACOS_AUTH_SYSTEM_TYPE:nacos}
nacos.core.auth.enabled=false
nacos.core.auth.admin.enabled=true
nacos.core.auth.console.enabled=true
nacos.core.auth.caching.enabled=\${NACOS_AUTH_CACHE_ENABLE:false}
nacos.core.auth.server.identity.key=\${NACOS_AUTH_IDENTITY_KEY:}
nacos.core.auth.server.identity.value=\${NACOS_AUTH_IDENTITY_VALUE:}
nacos.core.auth.plugin.nacos.token.cache.enable=false
nacos.core.auth.plugin.nacos.token.expire.seconds=\${NACOS_AUTH_TOKEN_EXPIRE_SECONDS:18000}
nacos.core.auth.plugin.nacos.token.secret.key=\${NACOS_AUTH_TOKEN:}` +
    (anonymousAi ? '\nnacos.core.auth.nacos.anonymous.ai.enabled=${NACOS_AUTH_ALLOW_ANONYMOUS_AI_ENABLED:false}' : '');
}

export interface ImageProperty {
  key: string;
  /** The value as written, with its `${ENV:default}` placeholder. */
  value: string;
}

function parseLines(text: string): ImageProperty[] {
  return text.split('\n').filter(l => l.trim() !== '').map(l => {
    const eq = l.indexOf('=');
    return { key: l.slice(0, eq), value: l.slice(eq + 1) };
  });
}

const PARSED = IMAGE_PROPERTIES_FILES.map(f => ({ file: f, entries: parseLines(f.lines) }));

/** Every variable any image's auth lines read through a placeholder. */
export function imagePlaceholderEnvNames(): string[] {
  const names = PARSED.flatMap(p => p.entries.map(e => parsePlaceholder(e.value)?.name)).filter((n): n is string => !!n);
  return [...new Set(names)];
}

export function imagePropertiesFile(imageVersion: NacosVersion): ImagePropertiesFile | undefined {
  return IMAGE_PROPERTIES_FILES.find(f => inVersionRange(imageVersion, f.range));
}

/** The image's own application.properties auth lines, in file order (values with their placeholders). */
const AUTH_LINES_CACHE = new Map<string, { key: string; value: string }[]>();

export function imageAuthProperties(imageVersion: NacosVersion): { key: string; value: string }[] {
  const key = `${imageVersion.major}.${imageVersion.minor}.${imageVersion.patch}.${imageVersion.hotfix}`;
  const cached = AUTH_LINES_CACHE.get(key);
  if (cached) return cached;
  const hit = PARSED.find(p => inVersionRange(imageVersion, p.file.range));
  const lines = hit ? hit.entries.map(e => ({ ...e })) : [];
  if (AUTH_LINES_CACHE.size < 256) AUTH_LINES_CACHE.set(key, lines);
  return lines;
}

/**
 * A value that is exactly one Spring placeholder: `${NAME}` (default null: unresolvable when NAME is unset) or
 * `${NAME:default}` (default applies only when NAME is unset, not when it is empty; facts §1.11).
 */
export function parsePlaceholder(value: string): { name: string; default: string | null } | undefined {
  const m = /^\$\{([^:}]+)(?::([^}]*))?\}$/.exec(value);
  return m ? { name: m[1], default: m[2] ?? null } : undefined;
}
