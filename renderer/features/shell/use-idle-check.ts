import { useEffect } from 'react';
import { idleMillis, invoke } from '../../lib/api.js';

/**
 * The core notices an idle session only at the next call. When this window has been quiet for
 * longer than the idle limit, make that call, so the sign-in page appears by itself (the
 * refused call triggers the usual "session ended" path).
 */
export function useIdleCheck(idleTimeoutMinutes: number): void {
  useEffect(() => {
    const limit = idleTimeoutMinutes * 60_000 + 5_000;
    const timer = setInterval(() => {
      if (idleMillis() > limit) void invoke('auth/me', {});
    }, 30_000);
    return () => clearInterval(timer);
  }, [idleTimeoutMinutes]);
}
