import { createCipheriv, createDecipheriv, createPrivateKey, randomBytes, sign, type KeyObject } from 'node:crypto';
import { hashRaw } from '@node-rs/argon2';
import { commandSigningText, wrappedKeyLabel, type SignedFields } from '../../../shared/signing.js';
import type { SigningKey, WrappedKey } from '../../../shared/sync-protocol.js';
import { newEd25519Pair } from './ed25519-pair.js';

/**
 * An account's signing key pair (Ed25519, node:crypto). The private half is only ever stored or
 * synced wrapped (AES-256-GCM) under a key derived from the account's password with argon2id and
 * its own salt; it is unwrapped in memory at sign-in and lives as long as the session.
 */

/** The unwrapped key of a signed-in account: what signs the commands its edits record. */
export type Signer = { userId: string; keyVersion: number; privateKey: KeyObject };

/** An account's key material as the user row carries it. */
export type AccountKeys = { signingKeys: SigningKey[]; wrappedKey: WrappedKey };

/** A password-derived wrapping key; one derivation may wrap many keys (the demo's shared password). */
export type WrappingKey = { key: Buffer; salt: string };

/** argon2id with the library's default costs (as for the password hash), 32 bytes for AES-256. */
export async function deriveWrappingKey(password: string, salt: Buffer = randomBytes(16)): Promise<WrappingKey> {
  const key = await hashRaw(password, { salt, outputLen: 32 });
  return { key, salt: salt.toString('base64') };
}

/** Wraps the private key's seed `d` (JWK, base64url). */
function wrap(d: string, w: WrappingKey, userId: string, keyVersion: number): WrappedKey {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', w.key, iv);
  cipher.setAAD(Buffer.from(wrappedKeyLabel(userId, keyVersion)));
  const data = Buffer.concat([cipher.update(Buffer.from(d, 'base64url')), cipher.final(), cipher.getAuthTag()]);
  return { keyVersion, salt: w.salt, iv: iv.toString('base64'), data: data.toString('base64') };
}

/**
 * A fresh key pair appended to `previous` (version = last + 1), wrapped with `w`. Provisional
 * when the password was set by someone other than the owner (an admin, an import, a bootstrap).
 */
export function addKey(w: WrappingKey, userId: string, previous: readonly SigningKey[], provisional: boolean): AccountKeys & { signer: Signer } {
  const { privateKey, x, d } = newEd25519Pair();
  const version = (previous[previous.length - 1]?.version ?? 0) + 1;
  return {
    signingKeys: [...previous, { version, publicKey: x, provisional }],
    wrappedKey: wrap(d, w, userId, version),
    signer: { userId, keyVersion: version, privateKey },
  };
}

/** `addKey` with its own derivation: one argon2 run. */
export async function newAccountKey(password: string, userId: string, previous: readonly SigningKey[], provisional: boolean): Promise<AccountKeys & { signer: Signer }> {
  return addKey(await deriveWrappingKey(password), userId, previous, provisional);
}

/**
 * The account's newest private key, unwrapped with its password; null when the account has no
 * wrapped key (a stub, or an account made before keys existed) or the wrapping does not open with
 * this password (it was changed elsewhere and this desk has not pulled the new row yet).
 */
export async function unlockKey(password: string, user: { id: string; signingKeys: readonly SigningKey[]; wrappedKey: WrappedKey | null }): Promise<Signer | null> {
  const w = user.wrappedKey;
  const pub = user.signingKeys.find((k) => k.version === w?.keyVersion);
  if (!w || !pub) return null;
  try {
    const { key } = await deriveWrappingKey(password, Buffer.from(w.salt, 'base64'));
    const data = Buffer.from(w.data, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(w.iv, 'base64'));
    decipher.setAAD(Buffer.from(wrappedKeyLabel(user.id, w.keyVersion)));
    decipher.setAuthTag(data.subarray(data.length - 16));
    const d = Buffer.concat([decipher.update(data.subarray(0, data.length - 16)), decipher.final()]);
    const privateKey = createPrivateKey({ key: { kty: 'OKP', crv: 'Ed25519', x: pub.publicKey, d: d.toString('base64url') }, format: 'jwk' });
    return { userId: user.id, keyVersion: w.keyVersion, privateKey };
  } catch {
    // A wrong password or a tampered wrapping: no key, never a crash.
    return null;
  }
}

/** The signature (base64) of a command, over `commandSigningText`. */
export function signCommand(signer: Signer, fields: Omit<SignedFields, 'keyVersion' | 'actorUserId'>): { keyVersion: number; signature: string } {
  const text = commandSigningText({ ...fields, actorUserId: signer.userId, keyVersion: signer.keyVersion });
  return { keyVersion: signer.keyVersion, signature: sign(null, Buffer.from(text), signer.privateKey).toString('base64') };
}
