import { randomBytes } from 'node:crypto';
import type { Clock } from '../clock.js';
import type { Signer } from './signing-keys.js';

/** `signer`: the account's private key, unwrapped at sign-in; it lives only as long as the session. */
type Session = { userId: string; lastSeen: number; signer: Signer | null };

export type SessionLookup = { status: 'ok'; userId: string; signer: Signer | null } | { status: 'expired' } | { status: 'missing' };

/**
 * Signed-in sessions, in memory: a restart signs everyone out, which is what a shared office PC
 * wants. A session ends after `idleMinutes` without a call.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();

  constructor(
    private readonly clock: Clock,
    readonly idleMinutes: number,
  ) {}

  create(userId: string, signer: Signer | null): string {
    const token = randomBytes(32).toString('base64url');
    this.sessions.set(token, { userId, lastSeen: this.clock().getTime(), signer });
    return token;
  }

  /** Looks a token up and, when it is still live, counts this call as activity. */
  touch(token: string): SessionLookup {
    const s = this.sessions.get(token);
    if (!s) return { status: 'missing' };
    const now = this.clock().getTime();
    if (now - s.lastSeen > this.idleMinutes * 60_000) {
      this.sessions.delete(token);
      return { status: 'expired' };
    }
    s.lastSeen = now;
    return { status: 'ok', userId: s.userId, signer: s.signer };
  }

  /** Whether a token belongs to a live session, without counting it as activity. */
  isLive(token: string): boolean {
    const s = this.sessions.get(token);
    return s !== undefined && this.clock().getTime() - s.lastSeen <= this.idleMinutes * 60_000;
  }

  revoke(token: string): void {
    this.sessions.delete(token);
  }

  /** An account's id changed (first-connect merge adopted the server's id): keep its sessions. */
  renameUser(from: string, to: string): void {
    for (const s of this.sessions.values()) if (s.userId === from) s.userId = to;
  }

  /**
   * The account has a new key (own password change, or the server's key after a first-connect
   * merge): its live sessions sign with it from now on.
   */
  setSigner(userId: string, signer: Signer | null): void {
    for (const s of this.sessions.values()) if (s.userId === userId) s.signer = signer;
  }

  /** The live tokens of an account. */
  tokensOf(userId: string): string[] {
    return [...this.sessions].flatMap(([token, s]) => (s.userId === userId ? [token] : []));
  }

  /** Ends every session of a user (deactivated account, changed password elsewhere). */
  revokeUser(userId: string): void {
    for (const [token, s] of this.sessions) if (s.userId === userId) this.sessions.delete(token);
  }
}
