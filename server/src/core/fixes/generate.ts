import { randomBytes } from 'node:crypto';

/** A header-name-safe identity key: `nacos-identity-` + 8 random hex digits (SPEC §8). */
export function generateIdentityKey(): string {
  return `nacos-identity-${randomBytes(4).toString('hex')}`;
}

/**
 * 32 random bytes, base64url without padding (43 characters): a valid HTTP header value. Drawn again until it starts
 * with a letter, so it can be written bare everywhere: never read as an option (`-x`), a YAML number or date, or
 * quoted differently in each file kind. Rejection keeps the accepted values uniform (≈ 255.7 bits).
 */
export function generateIdentityValue(): string {
  for (;;) {
    const v = randomBytes(32).toString('base64url');
    if (/^[A-Za-z]/.test(v)) return v;
  }
}

/** A token secret of `bytes` random bytes (32 → HS256, 48 → HS384, 64 → HS512), standard Base64 with padding. */
export function generateTokenSecret(bytes: 32 | 48 | 64 = 32): string {
  return randomBytes(bytes).toString('base64');
}
