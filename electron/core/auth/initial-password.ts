import { randomInt } from 'node:crypto';

/**
 * Letters and digits that cannot be mistaken for one another on a printed slip or when typed
 * from it: no 0/o, 1/l/i, no upper case (people copy slips in the case they see).
 */
export const INITIAL_PASSWORD_ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 10 characters of a 31-letter alphabet: about 49.5 bits, far beyond guessing at argon2 speed. */
export const INITIAL_PASSWORD_LENGTH = 10;

/**
 * A readable initial password from the operating system's random source (node:crypto), for an
 * account an admin creates; its owner replaces it at the first sign-in.
 *
 * @example
 * generateInitialPassword(); // e.g. 'k7mpx3qa9t'
 */
export function generateInitialPassword(length = INITIAL_PASSWORD_LENGTH): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += INITIAL_PASSWORD_ALPHABET[randomInt(INITIAL_PASSWORD_ALPHABET.length)];
  return out;
}
