/**
 * Electron glue: the device secret sealed with `safeStorage` (Keychain on macOS, DPAPI on Windows,
 * libsecret/kwallet on Linux). Thin on purpose: it cannot run in CI, so the core's tests use the
 * Node stand-in with the same contract (electron/core/secret-store.ts). Listed in build/README.md.
 */
import { safeStorage } from 'electron';
import { plainSecretStore, type SecretStore } from './core/secret-store.js';

/** Call after `app.whenReady()` (safeStorage is not usable before it on every platform). */
export function safeStorageSecretStore(): SecretStore {
  if (!safeStorage.isEncryptionAvailable()) {
    // No OS keystore: keep the secret as browser mode does rather than refuse to sync.
    console.warn('[meja] safeStorage tidak tersedia; rahasia perangkat disimpan tanpa enkripsi OS.');
    return plainSecretStore;
  }
  return {
    kind: 'electron-safe-storage',
    seal: (plain) => safeStorage.encryptString(plain).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
