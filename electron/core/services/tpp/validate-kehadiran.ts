/**
 * Judges each attendance row and says in Indonesian, per row and column, what is wrong: an unknown
 * NIP, a pegawai outside the operator's units, an impossible date or time, check-out before
 * check-in, the same NIP and date twice. Any error stops the whole import (nothing is
 * half-imported), so every error is listed, not only the first.
 */
import { jamDariMenit, menitDariJam } from '../../../../shared/domain/tpp/jam.js';
import type { KehadiranRowError } from '../../../../shared/entities-tpp.js';
import { cellDate, cellNip, cellText } from '../sheets/cells.js';
import type { RawCell } from '../sheets/read-workbook.js';
import { KOLOM_LABEL, type RawKehadiran } from './read-kehadiran.js';

export type ValidKehadiran = { row: number; pegawaiId: string; tanggal: string; masuk: number | null; pulang: number | null };
export type PegawaiRef = { id: string; unitId: string };

type Jam = { ok: true; value: number | null } | { ok: false };

/** Excel keeps times as fractions of a day, or as dates on 30 December 1899 (exceljs reads them in UTC). */
function jamOf(c: RawCell): Jam {
  if (c === null || (typeof c === 'string' && c.trim() === '')) return { ok: true, value: null };
  if (typeof c === 'string') {
    // Some machines write a dash for a missing scan.
    if (/^[-–—]+$/.test(c.trim())) return { ok: true, value: null };
    const m = menitDariJam(c);
    return m === null ? { ok: false } : { ok: true, value: m };
  }
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? { ok: false } : { ok: true, value: c.getUTCHours() * 60 + c.getUTCMinutes() };
  if (typeof c === 'number' && Number.isFinite(c) && c >= 0) {
    // A date-time serial keeps the time in its fraction; seconds are dropped like in text times.
    const seconds = Math.round((c - Math.floor(c)) * 86_400);
    return { ok: true, value: Math.floor(seconds / 60) % 1440 };
  }
  return { ok: false };
}

function shown(c: RawCell): string {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? '' : c.toISOString().slice(0, 16).replace('T', ' ');
  const t = cellText(c);
  return t.ok ? t.value : '#galat';
}

/**
 * @example
 * const { rows, errors } = validateKehadiran(raw, byNip, scope);
 * errors[0]; // { row: 4, kolom: 'NIP', nilai: '19850312…', pesan: 'NIP tidak terdaftar sebagai pegawai.' }
 */
export function validateKehadiran(raw: readonly RawKehadiran[], byNip: ReadonlyMap<string, PegawaiRef>, scopeUnitIds: ReadonlySet<string>): { rows: ValidKehadiran[]; errors: KehadiranRowError[] } {
  const rows: ValidKehadiran[] = [];
  const errors: KehadiranRowError[] = [];
  const seen = new Map<string, number>();
  for (const r of raw) {
    const bad = (kolom: keyof typeof KOLOM_LABEL, pesan: string) => errors.push({ row: r.row, kolom: KOLOM_LABEL[kolom], nilai: shown(r.cells[kolom]), pesan });
    const before = errors.length;
    const nip = cellNip(r.cells.nip);
    let pegawai: PegawaiRef | undefined;
    if (!nip.ok) bad('nip', nip.message);
    else if (nip.value === '') bad('nip', 'NIP kosong.');
    else if (!/^\d{18}$/.test(nip.value)) bad('nip', 'NIP harus 18 digit angka.');
    else if (!(pegawai = byNip.get(nip.value))) bad('nip', 'NIP tidak terdaftar sebagai pegawai.');
    else if (!scopeUnitIds.has(pegawai.unitId)) bad('nip', 'Pegawai ini berada di luar unit kerja Anda.');
    const tanggal = cellDate(r.cells.tanggal);
    if (!tanggal.ok) bad('tanggal', 'Tanggal tidak mungkin atau tidak dikenali; tulis HH/BB/TTTT (misalnya 05/01/2026) atau TTTT-BB-HH.');
    else if (tanggal.value === null) bad('tanggal', 'Tanggal kosong.');
    const masuk = jamOf(r.cells.masuk);
    const pulang = jamOf(r.cells.pulang);
    if (!masuk.ok) bad('masuk', 'Jam masuk tidak mungkin; tulis JJ:MM atau JJ.MM, misalnya 07:30.');
    if (!pulang.ok) bad('pulang', 'Jam pulang tidak mungkin; tulis JJ:MM atau JJ.MM, misalnya 16:00.');
    if (masuk.ok && pulang.ok && masuk.value !== null && pulang.value !== null && pulang.value < masuk.value) {
      bad('pulang', `Jam pulang (${jamDariMenit(pulang.value)}) lebih awal dari jam masuk (${jamDariMenit(masuk.value)}).`);
    }
    if (nip.ok && tanggal.ok && tanggal.value !== null && nip.value !== '') {
      const key = `${nip.value}|${tanggal.value}`;
      const first = seen.get(key);
      if (first !== undefined) bad('tanggal', `NIP dan tanggal ini sudah ada di baris ${first}; satu pegawai hanya satu baris per hari.`);
      else seen.set(key, r.row);
    }
    if (errors.length === before && pegawai && tanggal.ok && tanggal.value && masuk.ok && pulang.ok) {
      rows.push({ row: r.row, pegawaiId: pegawai.id, tanggal: tanggal.value, masuk: masuk.value, pulang: pulang.value });
    }
  }
  return { rows, errors };
}
