import { randomBytes } from 'node:crypto';

/** A header-name-safe identity key: `nacos-identity-` + 8 random hex digits (SPEC §8). */
export function generateIdentityKey(): string {
  return `nacos-identity-${randomBytes(4).toString('hex')}`;
}

/** 32 random bytes, base64url without padding (43 characters): a valid HTTP header value. */
export function generateIdentityValue(): string {
  return randomBytes(32).toString('base64url');
}

/** A token secret of `bytes` random bytes (32 → HS256, 48 → HS384, 64 → HS512), standard Base64 with padding. */
export function generateTokenSecret(bytes: 32 | 48 | 64 = 32): string {
  return randomBytes(bytes).toString('base64');
}
