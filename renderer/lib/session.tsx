/**
 * The signed-in session as the screens see it: who, which instansi, and what they may do. The
 * core checks every permission again; these flags only hide buttons that would be refused.
 */
import { createContext, useContext, type ReactNode } from 'react';
import type { Role, SessionInfo } from '../../shared/entities.js';

export type SessionValue = {
  session: SessionInfo;
  /** Ends the session on the core and returns to the sign-in page. */
  signOut: () => void;
};

const SessionContext = createContext<SessionValue | null>(null);

export function SessionProvider({ value, children }: { value: SessionValue; children: ReactNode }) {
  return <SessionContext value={value}>{children}</SessionContext>;
}

/** The current session; only valid below the signed-in shell. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

export function hasAnyRole(session: SessionInfo, ...roles: Role[]): boolean {
  return roles.some((r) => session.user.roles.includes(r));
}

/** Operators and admins change the organisation data (units, jabatan, pegawai, imports). */
export function useCanEditOrg(): boolean {
  return hasAnyRole(useSession().session, 'operator', 'admin');
}
