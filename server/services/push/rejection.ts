import type { CommandOutcome } from '../../../shared/sync-protocol.js';
import { messageOf, type ApiErrorCode } from '../../http/errors.js';

/**
 * Thrown by a command's checks (always before it writes anything); becomes a stored `rejected`
 * outcome. `current` is the server's row when the desk needs it to show or resolve a conflict.
 */
export class Rejection extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message?: string,
    readonly current?: { row: unknown; version: number },
  ) {
    super(message ?? messageOf(code));
  }
}

export function rejectedOutcome(id: string, r: Rejection): CommandOutcome {
  const outcome: CommandOutcome = { id, status: 'rejected', code: r.code, message: r.message };
  if (r.current) {
    outcome.current = r.current.row;
    outcome.currentVersion = r.current.version;
  }
  return outcome;
}
