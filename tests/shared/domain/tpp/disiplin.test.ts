import { describe, expect, it } from 'vitest';
import { rekapDisiplin } from '../../../../shared/domain/tpp/disiplin.js';
import type { Izin, Kehadiran } from '../../../../shared/domain/tpp/types.js';
import { P, WORKING_DAYS_JAN_2026, rec } from './fixtures.js';

/** Every working day on time (07:25–16:05, or 16:35 on Fridays), except where `over` says otherwise. */
function month(over: Record<string, Kehadiran | null>): Kehadiran[] {
  const out: Kehadiran[] = [];
  for (const d of WORKING_DAYS_JAN_2026) {
    if (d in over) {
      const o = over[d];
      if (o) out.push(o);
      continue;
    }
    out.push(rec(d, '07:25', d === '2026-01-09' || d === '2026-01-23' || d === '2026-01-30' ? '16:35' : '16:05'));
  }
  return out;
}

const cuti: Izin = { id: 'c1', pegawaiId: 'p', jenis: 'cuti', mulai: '2026-01-12', selesai: '2026-01-13', keterangan: 'Cuti tahunan' };

describe('rekapDisiplin, January 2026 worked by hand', () => {
  it('a mixed month', () => {
    const kehadiran = [
      ...month({
        '2026-01-05': rec('2026-01-05', '07:45', '16:00'), // TL1: 07:45 − 07:30 = 15 min → 0.5 %
        '2026-01-06': rec('2026-01-06', '08:40', '16:00'), // TL3: 08:40 − 07:30 = 70 min → 1.25 %
        '2026-01-07': rec('2026-01-07', '07:30', '15:20'), // PSW2: 16:00 − 15:20 = 40 min → 1 %
        '2026-01-08': rec('2026-01-08', '07:30', null), //     PSW4: no check-out → 1.5 %
        '2026-01-09': rec('2026-01-09', '07:30', '16:10'), // PSW1: Friday 16:30 − 16:10 = 20 min → 0.5 %
        '2026-01-12': null, //                                cuti (excused)
        '2026-01-13': null, //                                cuti (excused)
        '2026-01-14': null, //                                no record, no excuse → 3 %
        '2026-01-15': rec('2026-01-15', '09:15', '15:45'), // TL4: 105 min → 1.5 %; PSW1: 15 min → 0.5 %
      }),
      rec('2026-01-10', '10:00', '11:00'), // Saturday: ignored
    ];
    const r = rekapDisiplin({ tahun: 2026, bulan: 1, kehadiran, izin: [cuti], aktifSampai: null }, P);
    // 19 working days − 2 cuti − 1 without excuse = 16 present.
    expect({ hariKerja: r.hariKerja, hadir: r.hadir, izin: r.izin, tanpaKeterangan: r.tanpaKeterangan }).toEqual({
      hariKerja: 19,
      hadir: 16,
      izin: { cuti: 2, dinas_luar: 0, sakit: 0 },
      tanpaKeterangan: 1,
    });
    expect(r.tl).toEqual([
      { band: 1, kali: 1, menit: 15, tanpaCatatan: 0, potongan: 0.5 },
      { band: 2, kali: 0, menit: 0, tanpaCatatan: 0, potongan: 0 },
      { band: 3, kali: 1, menit: 70, tanpaCatatan: 0, potongan: 1.25 },
      { band: 4, kali: 1, menit: 105, tanpaCatatan: 0, potongan: 1.5 },
    ]);
    expect(r.psw).toEqual([
      { band: 1, kali: 2, menit: 35, tanpaCatatan: 0, potongan: 1 }, // 20 + 15 min, 2 × 0.5 %
      { band: 2, kali: 1, menit: 40, tanpaCatatan: 0, potongan: 1 },
      { band: 3, kali: 0, menit: 0, tanpaCatatan: 0, potongan: 0 },
      { band: 4, kali: 1, menit: 0, tanpaCatatan: 1, potongan: 1.5 },
    ]);
    // TL 0.5 + 1.25 + 1.5 = 3.25; PSW 0.5 + 0.5 + 1 + 1.5 = 3.5; TK 1 × 3 = 3; total 9.75 → 100 − 9.75 = 90.25.
    expect([r.potonganTl, r.potonganPsw, r.potonganTanpaKeterangan, r.potonganTotal, r.disiplinPersen]).toEqual([3.25, 3.5, 3, 9.75, 90.25]);
    expect(r.hari).toHaveLength(31);
    expect(r.hari[9]).toEqual({ tanggal: '2026-01-10', jenis: 'libur', sebab: 'akhir_pekan', nama: null });
  });

  it('a perfect month is 100 %', () => {
    const r = rekapDisiplin({ tahun: 2026, bulan: 1, kehadiran: month({}), izin: [], aktifSampai: null }, P);
    expect([r.hariKerja, r.hadir, r.potonganTotal, r.disiplinPersen]).toEqual([19, 19, 0, 100]);
  });

  it('no records at all: 19 days × 3 % = 57 % → 43 %', () => {
    const r = rekapDisiplin({ tahun: 2026, bulan: 1, kehadiran: [], izin: [], aktifSampai: null }, P);
    expect([r.tanpaKeterangan, r.potonganTotal, r.disiplinPersen]).toEqual([19, 57, 43]);
  });

  it('floors at 0: 19 days × 6 % = 114 % → 0 %', () => {
    const r = rekapDisiplin({ tahun: 2026, bulan: 1, kehadiran: [], izin: [], aktifSampai: null }, { ...P, tarifTanpaKeterangan: 6 });
    expect([r.potonganTotal, r.disiplinPersen]).toEqual([114, 0]);
  });

  it('a pegawai who left on 9 January counts only 5–9 January', () => {
    // Working days while serving: 5, 6, 7, 8, 9 → 5; no records → 5 × 3 % = 15 % → 85 %.
    const r = rekapDisiplin({ tahun: 2026, bulan: 1, kehadiran: [], izin: [], aktifSampai: '2026-01-09' }, P);
    expect([r.hariKerja, r.tanpaKeterangan, r.disiplinPersen]).toEqual([5, 5, 85]);
    expect(r.hari[11]).toEqual({ tanggal: '2026-01-12', jenis: 'bukan_masa_kerja' });
  });

  it('sums rates with two decimals exactly (0.1 + 0.2 is 0.3 here)', () => {
    // TL1 at 0.1 % and TL2 at 0.2 %: 07:40 (10 min) and 08:10 (40 min) → 0.3 % → 99.7 %.
    const p = { ...P, tarifTl: [0.1, 0.2, 1, 1] as [number, number, number, number] };
    const kehadiran = month({ '2026-01-05': rec('2026-01-05', '07:40', '16:00'), '2026-01-06': rec('2026-01-06', '08:10', '16:00') });
    const r = rekapDisiplin({ tahun: 2026, bulan: 1, kehadiran, izin: [], aktifSampai: null }, p);
    expect([r.potonganTl, r.disiplinPersen]).toEqual([0.3, 99.7]);
  });
});
