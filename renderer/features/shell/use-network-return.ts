import { useEffect } from 'react';
import { invoke } from '../../lib/api.js';

/**
 * The window hears first when the network comes back (the `online` event, in Electron and in
 * the browser alike); the core then retries sync at once instead of waiting out its backoff.
 */
export function useNetworkReturn(): void {
  useEffect(() => {
    const onOnline = () => void invoke('sync/networkReturned', {});
    window.addEventListener('online', onOnline);
    return () => window.removeEventListener('online', onOnline);
  }, []);
}
