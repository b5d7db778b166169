import { addKey, deriveWrappingKey, signCommand, type Signer, type WrappingKey } from '../../electron/core/auth/signing-keys.js';
import type { PushCommand, SyncRow } from '../../shared/sync-protocol.js';

/**
 * Signing keys of test accounts. Every fixture account gets a real Ed25519 key pair wrapped
 * (as a desk would) with the fixture password, through ONE argon2 derivation per process, and its
 * signer is kept here by account id, so `signed` can sign a command as its actor would.
 */
const signers = new Map<string, Signer>();
const wrappings = new Map<string, Promise<WrappingKey>>();

function wrappingFor(password: string): Promise<WrappingKey> {
  let w = wrappings.get(password);
  if (!w) {
    w = deriveWrappingKey(password);
    wrappings.set(password, w);
  }
  return w;
}

type KeylessUser = Omit<SyncRow<'user'>, 'signingKeys' | 'wrappedKey'>;

/** The account with a first key (non-provisional unless asked), registered for signing. */
export async function withKey(u: KeylessUser, password: string, provisional = false): Promise<SyncRow<'user'>> {
  const k = addKey(await wrappingFor(password), u.id, [], provisional);
  signers.set(u.id.toLowerCase(), k.signer);
  return { ...u, signingKeys: k.signingKeys, wrappedKey: k.wrappedKey };
}

/** The account with one more key (a reset or an own password change), registered for signing from now on. */
export async function withNextKey(u: SyncRow<'user'>, password: string, provisional: boolean): Promise<SyncRow<'user'>> {
  const k = addKey(await wrappingFor(password), u.id, u.signingKeys, provisional);
  signers.set(u.id.toLowerCase(), k.signer);
  return { ...u, signingKeys: k.signingKeys, wrappedKey: k.wrappedKey };
}

export function signerOf(userId: string): Signer | undefined {
  return signers.get(userId.toLowerCase());
}

/** The command signed by `signer` (by default its actor's registered key); unsigned with null or when there is none. */
export function signed(cmd: Omit<PushCommand, 'keyVersion' | 'signature'>, signer: Signer | null | undefined = cmd.actorUserId === null ? undefined : signerOf(cmd.actorUserId)): PushCommand {
  if (!signer) return { ...cmd, keyVersion: null, signature: null };
  return { ...cmd, ...signCommand(signer, { id: cmd.id, name: cmd.name, entityId: cmd.entityId, payload: cmd.payload, createdAt: cmd.createdAt }) };
}
