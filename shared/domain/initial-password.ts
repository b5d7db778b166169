/**
 * Initial passwords for accounts an admin creates or resets: readable on a printed slip, from a
 * cryptographic random source (Web Crypto, present in Node and in the browser alike).
 */

/**
 * Letters and digits that cannot be mistaken for one another on a slip or when typed from it:
 * no 0/o, 1/l/i, no upper case (people copy slips in the case they see).
 */
export const INITIAL_PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 10 characters of a 31-letter alphabet: about 49.5 bits, far beyond guessing at argon2 speed. */
export const INITIAL_PASSWORD_LENGTH = 10;

/**
 * A readable random password. Bytes at or above the largest multiple of the alphabet's size are
 * drawn again, so every character is equally likely.
 *
 * @example
 * generateInitialPassword(); // e.g. 'k7mpx3qa9t'
 */
export function generateInitialPassword(length = INITIAL_PASSWORD_LENGTH): string {
  const n = INITIAL_PASSWORD_ALPHABET.length;
  const limit = 256 - (256 % n);
  let out = '';
  while (out.length < length) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(length * 2));
    for (const b of bytes) if (b < limit && out.length < length) out += INITIAL_PASSWORD_ALPHABET[b % n];
  }
  return out;
}
