import { createCipheriv, createPublicKey, randomBytes, verify, type KeyObject } from 'node:crypto';
import { hashRaw } from '@node-rs/argon2';
import { commandSigningText, wrappedKeyLabel } from '../../shared/signing.js';
import type { PushCommand, SigningKey, WrappedKey } from '../../shared/sync-protocol.js';
import { newEd25519Pair } from './ed25519-pair.js';

/**
 * Verifies the Ed25519 signature of a pushed command against the public key its actor had at
 * `keyVersion` (see server/README.md, "Signed changes"). Public keys are parsed once and kept
 * (keyed by their text): a batch of commands by one account verifies with the KeyObject warm.
 */
const KEY_CACHE_MAX = 10_000;
const keyCache = new Map<string, KeyObject>();

function publicKeyObject(x: string): KeyObject {
  let k = keyCache.get(x);
  if (!k) {
    k = createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' });
    if (keyCache.size >= KEY_CACHE_MAX) keyCache.clear();
    keyCache.set(x, k);
  }
  return k;
}

/** The key that signed, when the signature is good; null otherwise (unknown version, bad or missing signature). */
export function verifiedKey(cmd: PushCommand, keys: readonly SigningKey[]): SigningKey | null {
  if (cmd.actorUserId === null || cmd.keyVersion === null || cmd.signature === null) return null;
  const key = keys.find((k) => k.version === cmd.keyVersion);
  if (!key) return null;
  try {
    const text = commandSigningText(cmd);
    return verify(null, Buffer.from(text), publicKeyObject(key.publicKey), Buffer.from(cmd.signature, 'base64')) ? key : null;
  } catch {
    // A malformed key or payload outside canonical JSON: not a valid signature.
    return null;
  }
}

/**
 * `verifiedKey` for a whole batch, the signatures checked on libuv's thread pool in parallel
 * (crypto.verify with a callback) so a 100-command push neither waits on them one by one nor
 * blocks the event loop. A key version's public key never changes (keys are append-only), so a
 * result stays true for the batch. Commands whose key is not known yet are left out.
 */
export async function verifyBatch(cmds: readonly PushCommand[], keysOf: (actorUserId: string) => readonly SigningKey[] | undefined): Promise<Map<string, SigningKey>> {
  const out = new Map<string, SigningKey>();
  await Promise.all(
    cmds.map(async (cmd) => {
      if (cmd.actorUserId === null || cmd.keyVersion === null || cmd.signature === null) return;
      const key = keysOf(cmd.actorUserId)?.find((k) => k.version === cmd.keyVersion);
      if (!key) return;
      const signature = cmd.signature;
      let ok = false;
      try {
        const data = Buffer.from(commandSigningText(cmd));
        const pub = publicKeyObject(key.publicKey);
        ok = await new Promise<boolean>((resolve) => {
          verify(null, data, pub, Buffer.from(signature, 'base64'), (err, good) => resolve(err === null && good));
        });
      } catch {
        ok = false;
      }
      if (ok) out.set(cmd.id, key);
    }),
  );
  return out;
}

/**
 * A provisional first key for an account the server itself creates (CLI init-instansi), wrapped
 * with the password the operator typed, in the desk's format (electron/core/auth/signing-keys.ts;
 * a test checks a desk opens it). One argon2id run.
 */
export async function provisionalKey(password: string, userId: string): Promise<{ signingKeys: SigningKey[]; wrappedKey: WrappedKey }> {
  const salt = randomBytes(16);
  const wrapping = await hashRaw(password, { salt, outputLen: 32 });
  const { x, d } = newEd25519Pair();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrapping, iv);
  cipher.setAAD(Buffer.from(wrappedKeyLabel(userId, 1)));
  const data = Buffer.concat([cipher.update(Buffer.from(d, 'base64url')), cipher.final(), cipher.getAuthTag()]);
  return {
    signingKeys: [{ version: 1, publicKey: x, provisional: true }],
    wrappedKey: { keyVersion: 1, salt: salt.toString('base64'), iv: iv.toString('base64'), data: data.toString('base64') },
  };
}
