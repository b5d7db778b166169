/**
 * The demo's dialog kinerja (a few dated messages per SKP between the atasan and the pegawai, about
 * an RHK, a BerAKHLAK value or the work as a whole) and laporan harian (a few weeks of daily
 * activities up to today for some pegawai). Pure.
 */
import type { LaporanHarian, UmpanBalik } from '../../../shared/domain/evaluasi/types.js';
import type { PeriodeEvaluasi } from '../../../shared/domain/evaluasi/periode-evaluasi.js';
import type { Rhk } from '../../../shared/domain/skp/types.js';
import {
  BALASAN_PEGAWAI, KEGIATAN_LAIN, kegiatanFor, NILAI_DIBAHAS, OUTPUT, PESAN_PEGAWAI, UMPAN_ATASAN_PERILAKU, UMPAN_ATASAN_RHK, UMPAN_ATASAN_UMUM,
} from './evaluasi-texts.js';
import { DAY_MS, isoAt, type OfficeClock } from './office-clock.js';
import type { Rng } from './prng.js';

export type Dated<T> = { row: T; createdAt: number; updatedAt: number };

type Parties = { skpId: string; pegawaiUserId: string; penilaiUserId: string };

/**
 * Two to four messages in threads: the atasan opens (or now and then the pegawai asks), the other
 * side often answers a few days later. Each falls inside a period that has begun, after `from`.
 */
export function demoUmpanBalik(rng: Rng, clock: OfficeClock, p: Parties, rhk: readonly Rhk[], periods: readonly PeriodeEvaluasi[], from: number, newId: () => string): Dated<UmpanBalik>[] {
  const open = periods.filter((x) => Date.parse(`${x.mulai}T00:00:00Z`) < clock.now);
  const out: Dated<UmpanBalik>[] = [];
  const threads = rng.int(1, 3);
  for (let i = 0; i < threads && open.length > 0; i += 1) {
    const period = rng.pick(open);
    const start = Math.max(from, Date.parse(`${period.mulai}T00:00:00Z`));
    const endOf = Math.min(clock.now, Date.parse(`${period.selesai}T00:00:00Z`));
    if (endOf <= start) continue;
    const at = clock.on(start + rng.next() * (endOf - start));
    const x = rng.next();
    const utama = rhk.filter((r) => r.jenis === 'utama');
    const about: Pick<UmpanBalik, 'rhkId' | 'nilai'> =
      x < 0.55 && utama.length > 0 ? { rhkId: rng.pick(utama).id, nilai: null } : x < 0.8 ? { rhkId: null, nilai: rng.pick(NILAI_DIBAHAS) } : { rhkId: null, nilai: null };
    const fromPegawai = rng.chance(0.15);
    const teks = fromPegawai ? rng.pick(PESAN_PEGAWAI) : about.rhkId ? rng.pick(UMPAN_ATASAN_RHK) : about.nilai ? rng.pick(UMPAN_ATASAN_PERILAKU) : rng.pick(UMPAN_ATASAN_UMUM);
    const msg = (author: string, t: number, body: string): Dated<UmpanBalik> => ({
      row: { id: newId(), skpId: p.skpId, periode: period.key, ...about, authorUserId: author, at: isoAt(t), teks: body }, createdAt: t, updatedAt: t,
    });
    out.push(msg(fromPegawai ? p.pegawaiUserId : p.penilaiUserId, at, teks));
    const reply = clock.after(at, 0, 4);
    if (rng.chance(0.65) && reply <= clock.now) {
      out.push(msg(fromPegawai ? p.penilaiUserId : p.pegawaiUserId, reply, fromPegawai ? rng.pick(UMPAN_ATASAN_UMUM) : rng.pick(BALASAN_PEGAWAI)));
    }
  }
  return out.sort((a, b) => a.createdAt - b.createdAt);
}

/** The ISO dates of the working days in the `weeks` weeks before `now` (today included), on or after `from`. */
function recentWorkingDays(now: number, weeks: number, from: number): string[] {
  const days: string[] = [];
  const today = Math.floor(now / DAY_MS) * DAY_MS;
  for (let t = today - weeks * 7 * DAY_MS; t <= today; t += DAY_MS) {
    const dow = new Date(t).getUTCDay();
    if (dow !== 0 && dow !== 6 && t >= Math.floor(from / DAY_MS) * DAY_MS) days.push(isoAt(t).slice(0, 10));
  }
  return days;
}

/** One to three entries per working day of the last `weeks` weeks (a day missed now and then), at most a working day's minutes. */
export function demoLaporanHarian(rng: Rng, clock: OfficeClock, skpId: string, rhk: readonly Rhk[], weeks: number, from: number, newId: () => string): Dated<LaporanHarian>[] {
  const out: Dated<LaporanHarian>[] = [];
  for (const tanggal of recentWorkingDays(clock.now, weeks, from)) {
    if (rng.chance(0.12)) continue;
    let menitLeft = 450;
    const n = rng.int(1, 3);
    for (let i = 0; i < n && menitLeft >= 30; i += 1) {
      const r = rng.chance(0.88) ? rng.pick(rhk) : null;
      const menit = Math.min(menitLeft, rng.int(2, 10) * 30);
      menitLeft -= menit;
      const at = Math.min(clock.now, Date.parse(`${tanggal}T09:00:00Z`) + rng.int(0, 60) * 60_000);
      out.push({
        row: {
          id: newId(), skpId, tanggal, kegiatan: r ? kegiatanFor(rng, r.teks) : rng.pick(KEGIATAN_LAIN), rhkId: r?.id ?? null,
          output: r ? rng.pick(OUTPUT) : 'kegiatan', volume: rng.int(1, 4), menit,
        },
        createdAt: at,
        updatedAt: at,
      });
    }
  }
  return out;
}
