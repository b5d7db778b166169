import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id (the library's default algorithm, asserted by a test) with its default costs (19 MiB, 2 passes: OWASP's baseline), which costs tens of
 * milliseconds on an office PC: slow for guessing, quick enough for a sign-in.
 */
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed hash is a failed sign-in, never a crash.
    return false;
  }
}
