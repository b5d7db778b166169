import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh random secret, base64url (43 characters for the default 32 bytes). */
export function randomSecret(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** SHA-256 hex. Enough for random secrets (nothing to guess); passwords use argon2id instead. */
export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Compares two strings in time independent of where they differ (hashing evens out lengths). */
export function safeEqual(a: string, b: string): boolean {
  return timingSafeEqual(createHash('sha256').update(a).digest(), createHash('sha256').update(b).digest());
}
