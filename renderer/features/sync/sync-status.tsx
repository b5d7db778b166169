/**
 * The desk's sync state for every signed-in screen: loaded once from `sync/status`, then kept
 * current by the core's `sync/status` events. "Sinkron sekarang" goes through here so the header
 * and the Sinkronisasi page show the same thing.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SyncStatus } from '../../../shared/entities.js';
import { useToast } from '../../components/toast.js';
import { invoke } from '../../lib/api.js';
import { useCoreEvent } from '../../lib/use-core-event.js';

export type SyncStatusValue = {
  /** null until the first answer. */
  status: SyncStatus | null;
  /** A sync is running (the engine says so, or "Sinkron sekarang" has not answered yet). */
  syncing: boolean;
  /** Runs a sync now; a failed call shows a toast (sync failures themselves land in the status). */
  syncNow: () => Promise<void>;
  /** Takes a status another call returned (e.g. sync/connect). */
  accept: (status: SyncStatus) => void;
};

const SyncStatusContext = createContext<SyncStatusValue | null>(null);

export function SyncStatusProvider({ children }: { children: ReactNode }) {
  const toast = useToast();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [requested, setRequested] = useState(false);

  useEffect(() => {
    let current = true;
    void invoke('sync/status', {}).then((r) => {
      // An event that arrived meanwhile is newer than this answer.
      if (current && r.ok) setStatus((prev) => prev ?? r.value);
    });
    return () => {
      current = false;
    };
  }, []);
  useCoreEvent('sync/status', setStatus);

  const syncNow = useCallback(async () => {
    setRequested(true);
    const r = await invoke('sync/now', {});
    setRequested(false);
    if (r.ok) setStatus(r.value);
    else toast.show({ color: 'red', message: r.error.message, sticky: true });
  }, [toast]);

  const value = useMemo(
    () => ({ status, syncing: requested || status?.state === 'syncing', syncNow, accept: setStatus }),
    [status, requested, syncNow],
  );
  return <SyncStatusContext value={value}>{children}</SyncStatusContext>;
}

/** The sync state; only valid below the signed-in shell. */
export function useSyncStatus(): SyncStatusValue {
  const value = useContext(SyncStatusContext);
  if (!value) throw new Error('useSyncStatus outside SyncStatusProvider');
  return value;
}
