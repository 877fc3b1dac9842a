import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A high-entropy random secret (256 bits), URL-safe. */
export function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Refresh tokens and API client secrets are 256-bit random values, so a fast SHA-256 is a safe
 * way to store them (unlike passwords, which get argon2). Lookups stay one index probe.
 */
export function hashSecret(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}

export function secretMatches(secret: string, hash: Buffer): boolean {
  const candidate = hashSecret(secret);
  return candidate.length === hash.length && timingSafeEqual(candidate, hash);
}
