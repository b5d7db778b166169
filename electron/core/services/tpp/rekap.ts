/**
 * The monthly TPP rekap of a unit (its whole subtree): per pegawai the month's discipline from
 * attendance, the work calendar and excused absences; the predikat from the port; the base from
 * the kelas jabatan; and the money, every factor kept. Operators and admins, inside their units.
 */
import { isoOf, lastDayOfMonth } from '../../../../shared/domain/evaluasi/iso-date.js';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import { rekapDisiplin, type RekapDisiplin } from '../../../../shared/domain/tpp/disiplin.js';
import { hitungTpp, kinerjaDari, tppDasarDari } from '../../../../shared/domain/tpp/hitung.js';
import type { Izin, PengaturanTpp } from '../../../../shared/domain/tpp/types.js';
import type { TppRekap, TppRekapRow } from '../../../../shared/entities-tpp.js';
import { AppFailure } from '../../../../shared/result.js';
import { requireRole, requireUnitInScope, unitSubtree, type Actor } from '../../auth/actor.js';
import type { CoreContext } from '../../context.js';
import type { Db } from '../../db/connection.js';
import { izinDalam } from '../../db/repositories/izin-repo.js';
import { listJabatan } from '../../db/repositories/jabatan-repo.js';
import { kehadiranDalam } from '../../db/repositories/kehadiran-repo.js';
import { listPegawai } from '../../db/repositories/pegawai-repo.js';
import { listUnits } from '../../db/repositories/unit-repo.js';
import { loadPengaturan } from './pengaturan-service.js';
import { loadPredikatOf, type PredikatOf } from './predikat.js';
import { rekapWorkbook } from './rekap-workbook.js';
import { XLSX_MIME } from '../sheets/layout.js';
import type { FileDownload } from '../../../../shared/entities.js';

export type RekapArgs = { tahun: number; bulan: number; unitId: string };
/** A rekap row with its day list, for the export's detail sheet. */
export type RekapLengkap = TppRekap & { hari: Map<string, RekapDisiplin['hari']> };

/**
 * The rekap from explicit inputs: the predikat port is a parameter, so a test (or a future
 * central source of ratings) can hand in its own.
 */
export async function buildRekap(db: Db, actor: Actor, args: RekapArgs, deps: { pengaturan: PengaturanTpp; predikatOf: PredikatOf | null }): Promise<RekapLengkap> {
  const { tahun, bulan } = args;
  const units = await listUnits(db);
  const unit = units.find((u) => u.id === args.unitId);
  if (!unit) throw new AppFailure('NOT_FOUND', 'Unit kerja tidak ditemukan.');
  const inUnit = unitSubtree(units, unit.id);
  const mulai = isoOf(tahun, bulan, 1);
  const selesai = isoOf(tahun, bulan, lastDayOfMonth(tahun, bulan));
  // Pegawai who left before the month began are not in its rekap.
  const pegawai = (await listPegawai(db))
    .filter((p) => inUnit.has(p.unitId) && actor.scopeUnitIds.has(p.unitId) && (p.tmtSelesai === null || p.tmtSelesai >= mulai))
    .sort((a, b) => a.nama.localeCompare(b.nama, 'id') || a.nip.localeCompare(b.nip));
  const ids = pegawai.map((p) => p.id);
  const jabatan = new Map((await listJabatan(db)).map((j) => [j.id, j]));
  const unitNama = new Map(units.map((u) => [u.id, u.nama]));
  const kehadiran = await kehadiranDalam(db, ids, mulai, selesai);
  const izin = new Map<string, Izin[]>();
  for (const i of await izinDalam(db, ids, mulai, selesai)) izin.set(i.pegawaiId, [...(izin.get(i.pegawaiId) ?? []), i]);
  const predikatOf = deps.predikatOf ?? (await loadPredikatOf(db, ids, tahun));
  const p = deps.pengaturan;
  const hari = new Map<string, RekapDisiplin['hari']>();
  const rows: TppRekapRow[] = pegawai.map((pg) => {
    const { hari: days, ...disiplin } = rekapDisiplin({ tahun, bulan, kehadiran: kehadiran.get(pg.id) ?? [], izin: izin.get(pg.id) ?? [], aktifSampai: pg.tmtSelesai }, p);
    hari.set(pg.id, days);
    const j = pg.jabatanId ? jabatan.get(pg.jabatanId) : undefined;
    const kelas = j?.kelas ?? null;
    const pb = predikatOf(pg.id, bulan);
    const kinerja = { ...kinerjaDari(pb?.predikat ?? null, p), periode: pb?.periode ?? null };
    const hitung = hitungTpp({ dasar: tppDasarDari(kelas, p), kinerjaPersen: kinerja.persen, disiplinPersen: disiplin.disiplinPersen }, p);
    return { pegawaiId: pg.id, nip: pg.nip, namaLengkap: formatNamaLengkap(pg), jabatanNama: j?.nama ?? null, unitNama: unitNama.get(pg.unitId) ?? '', kelas, disiplin, kinerja, hitung };
  });
  const total = {
    pegawai: rows.length,
    tpp: rows.reduce((s, r) => s + (r.hitung.tpp ?? 0), 0),
    dasar: rows.reduce((s, r) => s + (r.hitung.dasar ?? 0), 0),
    belumDinilai: rows.filter((r) => r.kinerja.belumDinilai).length,
    tanpaDasar: rows.filter((r) => r.hitung.dasar === null).length,
  };
  return { tahun, bulan, unit: { id: unit.id, nama: unit.nama }, pengaturan: p, rows, total, hari };
}

/** The rekap for the caller, with the desk's settings and locked evaluations. */
export async function rekapLengkap(core: CoreContext, actor: Actor, args: RekapArgs): Promise<RekapLengkap> {
  requireRole(actor, 'operator', 'admin');
  requireUnitInScope(actor, args.unitId);
  return buildRekap(core.db, actor, args, { pengaturan: await loadPengaturan(core.db), predikatOf: null });
}

export async function tppRekap(core: CoreContext, actor: Actor, args: RekapArgs): Promise<TppRekap> {
  const { hari: _hari, ...rekap } = await rekapLengkap(core, actor, args);
  return rekap;
}

/** The rekap as an xlsx download (the FileDownload shape of the other exports). */
export async function tppExport(core: CoreContext, actor: Actor, args: RekapArgs): Promise<FileDownload> {
  const rekap = await rekapLengkap(core, actor, args);
  const unit = (await listUnits(core.db)).find((u) => u.id === args.unitId);
  const kode = (unit?.kode ?? 'unit').replace(/[^A-Za-z0-9._-]+/g, '-');
  const fileName = `rekap-tpp-${kode}-${args.tahun}-${String(args.bulan).padStart(2, '0')}.xlsx`;
  return { fileName, base64: await rekapWorkbook(rekap), mimeType: XLSX_MIME };
}
