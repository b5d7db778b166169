import { useEffect, useEffectEvent, useState } from 'react';
import type { EventName, EventPayloads } from '../../shared/contract.js';
import { on } from './api.js';

/**
 * Runs `cb` for every pushed core event of that name while the component is mounted.
 *
 * @example
 * useCoreEvent('progress', (p) => setProgress(p));
 */
export function useCoreEvent<E extends EventName>(event: E, cb: (payload: EventPayloads[E]) => void): void {
  const handle = useEffectEvent(cb);
  useEffect(() => on(event, (p) => handle(p)), [event]);
}

/** Matches a `data/changed` event against the entities a screen shows; '*' matches all. */
export function touches(changed: readonly string[], watched: readonly string[]): boolean {
  if (watched.includes('*') || changed.length === 0) return true;
  return changed.some((e) => watched.includes(e));
}

/**
 * A number that goes up each time the core reports a change to one of `entities` (entity names
 * as the core emits them: 'pegawai', 'jabatan', 'unit_kerja', …). Put it in effect dependencies
 * to reload.
 */
export function useDataVersion(entities: readonly string[]): number {
  const [version, setVersion] = useState(0);
  const key = entities.join('|');
  useCoreEvent('data/changed', (p) => {
    if (touches(p.entities, key.split('|'))) setVersion((v) => v + 1);
  });
  return version;
}
