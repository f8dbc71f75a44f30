import { type NacosVersion, versionAtLeast } from './versions';

/** Property names the rules reason about (facts §1.1). */
export const K = {
  enabled: 'nacos.core.auth.enabled',
  adminEnabled: 'nacos.core.auth.admin.enabled',
  consoleEnabled: 'nacos.core.auth.console.enabled',
  systemType: 'nacos.core.auth.system.type',
  identityKey: 'nacos.core.auth.server.identity.key',
  identityValue: 'nacos.core.auth.server.identity.value',
  userAgentWhite: 'nacos.core.auth.enable.userAgentAuthWhite',
  secret: 'nacos.core.auth.plugin.nacos.token.secret.key',
  legacySecret: 'nacos.core.auth.default.token.secret.key',
  expire: 'nacos.core.auth.plugin.nacos.token.expire.seconds',
  legacyExpire: 'nacos.core.auth.default.token.expire.seconds',
  caching: 'nacos.core.auth.caching.enabled',
  tokenCache: 'nacos.core.auth.plugin.nacos.token.cache.enable',
  standalone: 'nacos.standalone',
} as const;

/** The secret's property name the version reads: `default.token.*` up to 2.0.4, `plugin.nacos.token.*` from 2.1.0 (facts §2). */
export function secretKeyFor(v: NacosVersion): string {
  return versionAtLeast(v, '2.1.0') ? K.secret : K.legacySecret;
}

export function expireKeyFor(v: NacosVersion): string {
  return versionAtLeast(v, '2.1.0') ? K.expire : K.legacyExpire;
}

/** Every key the effective configuration tracks. */
export const TRACKED_KEYS: readonly string[] = Object.values(K);

export function isAuthKey(key: string): boolean {
  return key.startsWith('nacos.core.auth.') || key === K.standalone;
}

/**
 * The one table of what is secret (every user reads it: masking in explain, hover, reports, the Docker rules): the
 * identity pair and the token secret under both names — anyone who knows one of them bypasses authentication or forges
 * tokens (facts §1.1, §2).
 */
export const SECRET_PROPERTIES: ReadonlySet<string> = new Set([K.identityKey, K.identityValue, K.secret, K.legacySecret]);

/** The token secret under both names (decoded by hover and the secret rules). */
export const TOKEN_SECRET_PROPERTIES: ReadonlySet<string> = new Set([K.secret, K.legacySecret]);

/** The image variables that carry the secrets (facts §4.1). */
export const SECRET_ENV: readonly string[] = ['NACOS_AUTH_TOKEN', 'NACOS_AUTH_IDENTITY_KEY', 'NACOS_AUTH_IDENTITY_VALUE'];

/** The secret-bearing properties a server of version `v` reads: the identity pair and its token secret. */
export function secretPropertiesFor(v: NacosVersion): string[] {
  return [K.identityKey, K.identityValue, secretKeyFor(v)];
}
