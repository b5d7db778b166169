/**
 * Where the desk's device secret is protected. The core only sees this interface; the host injects
 * the implementation: Electron's `safeStorage` (the OS keychain / DPAPI / libsecret) in the app
 * (electron/safe-storage.ts), the plain store in browser mode (the secret stays as it always was,
 * readable in the SQLite file), and the Node stand-in below in tests.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

export type SecretStore = {
  /**
   * Names the protection; a sealed value records it, so a value sealed by one kind is never fed
   * to another. 'plain' stores the secret as given.
   */
  readonly kind: string;
  /** Seals a secret into text safe to keep in the database (for 'plain': the secret itself). */
  seal(plain: string): string;
  /** Opens what `seal` returned; throws when this store cannot (another user or machine). */
  open(sealed: string): string;
};

/** Browser mode and any host without OS protection: the secret is stored as it is. */
export const plainSecretStore: SecretStore = { kind: 'plain', seal: (s) => s, open: (s) => s };

/**
 * A stand-in for `safeStorage` with the same contract (AES-256-GCM under a key held by the
 * process), so tests exercise sealing, the plaintext migration and a wrong key without Electron.
 */
export function nodeSecretStore(key: Buffer = randomBytes(32)): SecretStore {
  if (key.length !== 32) throw new Error('nodeSecretStore needs a 32-byte key');
  return {
    kind: 'node-aes-gcm',
    seal: (plain) => {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
    },
    open: (sealed) => {
      const raw = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
}
