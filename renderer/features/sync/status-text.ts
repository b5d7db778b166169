/** The words and colour the header and the Sinkronisasi page use for a sync state. Pure. */
import type { SyncStatus } from '../../../shared/entities.js';
import type { SyncDictionary } from '../../i18n/sync-id.js';
import { relativeTime } from './relative-time.js';

export type StatusView = {
  /** "Tersinkron", "Luring — …" */
  label: string;
  /** The same in a word or two, for a narrow header ("Luring"). */
  short: string;
  /** Shown after the label: "5 menit lalu", "1.234 baris diterima". */
  detail: string | null;
  /** Lines for the tooltip: the error text, the exact time of the last sync. */
  tooltip: string[];
  color: string;
};

const COLORS: Record<SyncStatus['state'], string> = {
  standalone: 'gray',
  idle: 'teal',
  syncing: 'blue',
  offline: 'orange',
  error: 'red',
};

export type Formatters = { time: (iso: string) => string; count: (n: number) => string };

/**
 * @example
 * describeStatus({ state: 'idle', lastSyncAt, ... }, Date.now(), syncId, fmt);
 * // { label: 'Tersinkron', detail: 'baru saja', tooltip: ['Sinkron terakhir: …'], color: 'teal' }
 */
export function describeStatus(s: SyncStatus, nowMs: number, words: SyncDictionary, fmt: Formatters): StatusView {
  const lastSync = s.lastSyncAt ? words.lastSyncAt(fmt.time(s.lastSyncAt)) : null;
  const label = words.state[s.state];
  const short = words.stateShort[s.state];
  const tooltip = [
    short === label ? null : label,
    s.state === 'offline' || s.state === 'error' ? s.lastError : null,
    s.state === 'standalone' ? null : lastSync,
  ].filter(
    (line): line is string => line !== null && line !== '',
  );
  const detail =
    s.state === 'idle'
      ? relativeTime(s.lastSyncAt, nowMs, words.ago)
      : s.state === 'syncing' && s.received > 0
        ? words.received(fmt.count(s.received))
        : null;
  return { label, short, detail, tooltip, color: COLORS[s.state] };
}
