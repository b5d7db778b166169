import { hash, verify } from '@node-rs/argon2';

/** Argon2id with the library defaults, the same as the desk, so hashes verify on both sides. */
export async function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed hash (e.g. synced from a broken desk) is a failed sign-in, never a crash.
    return false;
  }
}

let dummy: Promise<string> | null = null;

/**
 * Spends the time of a real verification for an unknown NIP, so response times do not tell which
 * NIPs have accounts.
 */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummy ??= hashPassword('akun-yang-tidak-ada');
  await verifyPassword(await dummy, password);
}

/** True for an argon2id PHC string (what desks sync); other formats are refused on upload. */
export function isArgon2idHash(value: string | null): value is string {
  return value !== null && value.startsWith('$argon2id$');
}
