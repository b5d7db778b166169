import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../shared/entities.js';
import { syncEn } from '../../renderer/i18n/sync-en.js';
import { syncId } from '../../renderer/i18n/sync-id.js';
import { ageOf, formatAge, relativeTime } from '../../renderer/features/sync/relative-time.js';
import { isServerUrl } from '../../renderer/features/sync/server-url.js';
import { describeStatus } from '../../renderer/features/sync/status-text.js';

const NOW = Date.parse('2024-05-01T10:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();

describe('ageOf / relativeTime', () => {
  it('says "baru saja" under a minute, and for a clock slightly ahead', () => {
    expect(ageOf(ago(0), NOW)).toEqual({ unit: 'justNow' });
    expect(ageOf(ago(59_000), NOW)).toEqual({ unit: 'justNow' });
    expect(ageOf(ago(-30_000), NOW)).toEqual({ unit: 'justNow' });
    expect(relativeTime(ago(10_000), NOW, syncId.ago)).toBe('baru saja');
  });
  it('counts whole minutes, hours and days', () => {
    expect(relativeTime(ago(5 * 60_000 + 30_000), NOW, syncId.ago)).toBe('5 menit lalu');
    expect(relativeTime(ago(59 * 60_000), NOW, syncId.ago)).toBe('59 menit lalu');
    expect(relativeTime(ago(2 * 3_600_000 + 5), NOW, syncId.ago)).toBe('2 jam lalu');
    expect(relativeTime(ago(3 * 86_400_000), NOW, syncId.ago)).toBe('3 hari lalu');
  });
  it('has English words with singular forms', () => {
    expect(formatAge({ unit: 'minutes', n: 1 }, syncEn.ago)).toBe('1 minute ago');
    expect(formatAge({ unit: 'hours', n: 4 }, syncEn.ago)).toBe('4 hours ago');
  });
  it('gives nothing for a missing or broken time', () => {
    expect(relativeTime(null, NOW, syncId.ago)).toBeNull();
    expect(ageOf('kemarin', NOW)).toBeNull();
  });
});

describe('describeStatus', () => {
  const base: SyncStatus = { state: 'idle', serverUrl: 'http://server', lastSyncAt: ago(5 * 60_000), pending: 0, conflicts: 0, lastError: null, received: 0 };
  const fmt = { time: (iso: string) => `@${iso}`, count: (n: number) => n.toLocaleString('id-ID') };

  it('idle: "Tersinkron" with the age, exact time in the tooltip', () => {
    const v = describeStatus(base, NOW, syncId, fmt);
    expect(v).toMatchObject({ label: 'Tersinkron', short: 'Tersinkron', detail: '5 menit lalu', color: 'teal' });
    expect(v.tooltip).toEqual([`Sinkron terakhir: @${base.lastSyncAt}`]);
  });
  it('syncing: the rows received so far during a long pull', () => {
    expect(describeStatus({ ...base, state: 'syncing', received: 1234 }, NOW, syncId, fmt)).toMatchObject({ label: 'Menyinkronkan…', detail: '1.234 baris diterima' });
    expect(describeStatus({ ...base, state: 'syncing', received: 0 }, NOW, syncId, fmt).detail).toBeNull();
  });
  it('offline and error: the last error first in the tooltip', () => {
    const off = describeStatus({ ...base, state: 'offline', lastError: 'Server tidak terjangkau' }, NOW, syncId, fmt);
    expect(off).toMatchObject({ label: 'Luring — perubahan tersimpan di komputer ini', short: 'Luring' });
    expect(off.tooltip.slice(0, 2)).toEqual(['Luring — perubahan tersimpan di komputer ini', 'Server tidak terjangkau']);
    const err = describeStatus({ ...base, state: 'error', lastError: 'Ditolak' }, NOW, syncId, fmt);
    expect(err).toMatchObject({ label: 'Sinkronisasi gagal', color: 'red' });
    expect(err.tooltip[0]).toBe('Ditolak');
  });
  it('standalone: only the full label in the tooltip, no detail', () => {
    expect(describeStatus({ ...base, state: 'standalone', serverUrl: null, lastSyncAt: null }, NOW, syncId, fmt)).toEqual({
      label: 'Mandiri (tanpa server)',
      short: 'Mandiri',
      detail: null,
      tooltip: ['Mandiri (tanpa server)'],
      color: 'gray',
    });
  });
});

describe('isServerUrl', () => {
  it('wants http or https with a host', () => {
    expect(isServerUrl('https://kinerja.example.go.id')).toBe(true);
    expect(isServerUrl(' http://127.0.0.1:8787 ')).toBe(true);
    expect(isServerUrl('kinerja.example.go.id')).toBe(false);
    expect(isServerUrl('ftp://kinerja.example.go.id')).toBe(false);
    expect(isServerUrl('')).toBe(false);
  });
});
