import type { CoreEvent } from '../../shared/contract.js';

/**
 * What a page without a session may hear: only the first download's progress while a desk joins
 * a server (the join form shows it before anyone can sign in), stripped of everything but the
 * state and the row count. Every other event needs a live session.
 */
export function anonymousView(e: CoreEvent): CoreEvent | null {
  if (e.name !== 'sync/status') return null;
  const { state, received } = e.payload;
  return { name: 'sync/status', payload: { state, received, serverUrl: null, lastSyncAt: null, pending: 0, conflicts: 0, lastError: null } };
}
