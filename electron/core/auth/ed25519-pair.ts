import { createPrivateKey, createPublicKey, randomBytes, type KeyObject } from 'node:crypto';

/** PKCS#8 DER of an Ed25519 private key, before its 32-byte seed (RFC 8410). */
const PKCS8_ED25519_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/**
 * A fresh Ed25519 key pair made from 32 random bytes, with its JWK parts (`x` public, `d` the seed).
 * Not generateKeyPairSync: on Node 20 its key-generation job, collected by the GC while a JWK
 * export of the same key holds the key's lock, locks it again and the thread hangs for good (seen
 * with gdb while the demo made thousands of accounts: ~1 load in 4).
 *
 * @example
 * const { privateKey, x, d } = newEd25519Pair(); // x and d: base64url, 43 characters each
 */
export function newEd25519Pair(): { privateKey: KeyObject; x: string; d: string } {
  const seed = randomBytes(32);
  const privateKey = createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: 'der', type: 'pkcs8' });
  const x = createPublicKey(privateKey).export({ format: 'jwk' }).x;
  if (x === undefined) throw new Error('signing key: no public part');
  return { privateKey, x, d: seed.toString('base64url') };
}
