/**
 * The demo's TPP (Rekap TPP read like a real office's month): settings with a base TPP for every
 * kelas and the year's holidays, attendance of the last full months on working days only, some
 * TL/PSW and izin, and the same rows for the same seed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app.js';
import { demoBulan, demoKehadiran } from '../../../electron/core/demo/kehadiran.js';
import { demoPengaturanTpp } from '../../../electron/core/demo/tpp-pengaturan.js';
import { statusKalender } from '../../../shared/domain/tpp/kalender.js';
import type { TppRekap } from '../../../shared/entities-tpp.js';
import { makeCore, unwrap, type TestCore } from '../helpers.js';

/** Today in the demo: 10 June 2026, so the last full months are April and May (Wafat and Kenaikan Yesus Kristus, Idul Adha, cuti bersama). */
const NOW = '2026-06-10T03:00:00.000Z';

async function loaded(): Promise<{ t: TestCore; token: string }> {
  const t = await makeCore({ coreFactory: (o) => createCore({ ...o, clock: () => new Date(NOW) }) });
  const { token } = unwrap(await t.call('setup/loadDemo', { pegawaiCount: 300 }, null));
  return { t, token };
}

/** Every record by NIP, date and scans: what must repeat for the same seed (row ids are random). */
async function records(t: TestCore): Promise<string[]> {
  const rows = await t.core.context.db
    .selectFrom('kehadiran as k')
    .innerJoin('pegawai as p', 'p.id', 'k.pegawaiId')
    .select(['p.nip', 'k.tanggal', 'k.masuk', 'k.pulang'])
    .orderBy('p.nip')
    .orderBy('k.tanggal')
    .execute();
  return rows.map((r) => `${r.nip} ${r.tanggal} ${r.masuk} ${r.pulang}`);
}

describe('the demo months', () => {
  it('are the full months before today, across a new year too', () => {
    expect(demoBulan(NOW)).toEqual([{ tahun: 2026, bulan: 4 }, { tahun: 2026, bulan: 5 }]);
    expect(demoBulan('2027-01-15T03:00:00.000Z')).toEqual([{ tahun: 2026, bulan: 11 }, { tahun: 2026, bulan: 12 }]);
  });

  it('repeat for a seed', () => {
    const input = { now: NOW, pegawaiIds: ['a', 'b', 'c'], pengaturan: demoPengaturanTpp([2026]), izinId: (p: string, m: string) => `${p}:${m}` };
    expect(demoKehadiran(input)).toEqual(demoKehadiran(input));
    expect(demoKehadiran({ ...input, seed: 5 })).not.toEqual(demoKehadiran(input));
  });
});

describe('the loaded demo TPP', () => {
  let t: TestCore;
  let token: string;
  let rekap: TppRekap;
  beforeAll(async () => {
    ({ t, token } = await loaded());
    const root = await t.core.context.db.selectFrom('unitKerja').select('id').where('parentId', 'is', null).executeTakeFirstOrThrow();
    rekap = unwrap(await t.call('tpp/rekap', { tahun: 2026, bulan: 5, unitId: root.id }, token));
  });
  afterAll(async () => {
    await t.close();
  });

  it('has settings with a base TPP for every kelas and the year\'s holidays and cuti bersama', async () => {
    const p = unwrap(await t.call('tpp/settingsGet', {}, token));
    expect(p.tppDasar.every((x) => x !== null && x > 0)).toBe(true);
    expect(p.hariLibur.map((h) => h.tanggal)).toEqual(expect.arrayContaining(['2026-04-03', '2026-05-14', '2026-05-15', '2026-05-27', '2026-05-28']));
    expect(p.hariLibur.find((h) => h.tanggal === '2026-05-15')?.jenis).toBe('cuti_bersama');
  });

  it('shows most pegawai present most days, some TL and PSW, some izin, in the last full month', () => {
    const rows = rekap.rows;
    expect(rows).toHaveLength(300);
    // May 2026: 21 weekdays less 1 May, 14, 15, 27, 28 May = 16 working days.
    expect(new Set(rows.map((r) => r.disiplin.hariKerja))).toEqual(new Set([16]));
    const mostlyPresent = rows.filter((r) => r.disiplin.hadir >= 0.8 * r.disiplin.hariKerja);
    expect(mostlyPresent.length).toBeGreaterThan(0.9 * rows.length);
    const total = (side: 'tl' | 'psw', band: number) => rows.reduce((s, r) => s + (r.disiplin[side][band - 1]?.kali ?? 0), 0);
    for (const band of [1, 2, 3]) {
      expect(total('tl', band), `TL${band}`).toBeGreaterThan(0);
      expect(total('psw', band), `PSW${band}`).toBeGreaterThan(0);
    }
    // Late or early at all: a minority, not everyone.
    const late = rows.filter((r) => r.disiplin.tl.some((b) => b.kali > 0)).length;
    expect(late).toBeGreaterThan(10);
    expect(late).toBeLessThan(rows.length * 0.7);
    const izin = rows.reduce((s, r) => s + r.disiplin.izin.cuti + r.disiplin.izin.dinas_luar + r.disiplin.izin.sakit, 0);
    expect(izin).toBeGreaterThan(0);
    expect(rows.some((r) => r.disiplin.tanpaKeterangan > 0)).toBe(true);
    expect(rows.reduce((s, r) => s + r.disiplin.tanpaKeterangan, 0)).toBeLessThan(rows.length * 0.5);
  });

  it('pays a TPP to everyone: a non-zero total and no pegawai without a base', () => {
    expect(rekap.total.tpp).toBeGreaterThan(0);
    expect(rekap.total.tanpaDasar).toBe(0);
    expect(rekap.rows.every((r) => r.hitung.dasar !== null && (r.hitung.tpp ?? 0) > 0)).toBe(true);
  });

  it('has records only on working days of the calendar, and none on a day with an izin', async () => {
    const db = t.core.context.db;
    const p = unwrap(await t.call('tpp/settingsGet', {}, token));
    const rows = await db.selectFrom('kehadiran').select(['pegawaiId', 'tanggal', 'sumber']).execute();
    expect(rows.length).toBeGreaterThan(300 * 30);
    expect(new Set(rows.map((r) => r.tanggal.slice(0, 7)))).toEqual(new Set(['2026-04', '2026-05']));
    expect(rows.filter((r) => !statusKalender(r.tanggal, p).kerja).map((r) => r.tanggal)).toEqual([]);
    const izin = await db.selectFrom('izinPegawai').select(['pegawaiId', 'mulai', 'selesai', 'jenis']).execute();
    expect(new Set(izin.map((i) => i.jenis))).toEqual(new Set(['cuti', 'dinas_luar', 'sakit']));
    const covered = rows.filter((r) => izin.some((i) => i.pegawaiId === r.pegawaiId && i.mulai <= r.tanggal && r.tanggal <= i.selesai));
    expect(covered).toEqual([]);
  });

  it('repeats the same records for the same seed', async () => {
    const again = await loaded();
    try {
      expect(await records(again.t)).toEqual(await records(t));
    } finally {
      await again.t.close();
    }
  });
});
