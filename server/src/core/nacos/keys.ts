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
