import { useEffect, useState } from 'react';

/**
 * The current time in milliseconds, refreshed every `everyMs`, for texts like "5 menit lalu"
 * that age while the screen stays open.
 *
 * @example
 * const now = useNow(30_000);
 */
export function useNow(everyMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
