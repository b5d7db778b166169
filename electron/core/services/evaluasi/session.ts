/**
 * evaluasi/session: everything the appraisal screen shows for one pegawai's SKP and one period, in
 * one call — RHK with targets, rencana aksi, realisasi, capaian and evidence, the dialog kinerja
 * per RHK and BerAKHLAK value, the evaluasi row with its signed history, the predikat, what the
 * caller may do, warnings, and for TAHUNAN the periodic history with the suggestion. A handful of
 * indexed reads, whatever the number of RHK and periods.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CoreContext } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import { saranPredikatTahunan } from '../../../../shared/domain/evaluasi/annual.js';
import { evaluasiActionsFor, umpanBalikWarnings } from '../../../../shared/domain/evaluasi/evaluasi-rules.js';
import { periodeLocked } from '../../../../shared/domain/evaluasi/lock.js';
import { penilaiLevelWarning } from '../../../../shared/domain/evaluasi/penilai.js';
import type { Evaluasi, PeriodeKey, Realisasi } from '../../../../shared/domain/evaluasi/types.js';
import { BERAKHLAK, normalizePerilaku } from '../../../../shared/domain/skp/berakhlak.js';
import { JENIS_JABATAN, type JenisJabatan } from '../../../../shared/domain/jabatan.js';
import type { EvaluasiAllowed, EvaluasiSession, RiwayatPeriodeView } from '../../../../shared/entities-evaluasi.js';
import type { PersonRef } from '../../../../shared/entities.js';
import { docsAt, peopleByIds, umpanBalikOf, userNames, type PersonRow } from '../../db/repositories/evaluasi-query-repo.js';
import { rhkOfSkp } from '../../db/repositories/rhk-repo.js';
import { findUnit } from '../../db/repositories/unit-repo.js';
import { hasSyncConfig } from '../../sync/sync-settings.js';
import { personRef } from '../skp/detail.js';
import { loadEvaluasi, periodOf, periodsOf, type EvaluasiScope } from './access.js';
import { rhkPeriodeViews } from './realisasi-view.js';
import { umpanBalikRows } from './umpan-balik-service.js';

function jenisOf(p: PersonRow | undefined): JenisJabatan | null {
  const j = p?.jenisJabatan;
  return JENIS_JABATAN.find((x) => x === j) ?? null;
}

function allowedFor(s: EvaluasiScope, e: Evaluasi | undefined, r: Realisasi | undefined, terkunci: boolean): EvaluasiAllowed {
  const approved = s.stored.skp.status === 'disetujui';
  const ownerSide = (s.capacity.pemilik || s.capacity.operator) && approved && !terkunci;
  const actions = e ? evaluasiActionsFor(e, s.eActor, s.parties) : s.capacity.penilai ? ['nilai' as const] : [];
  // A period frozen by the locked annual evaluation is not rated or locked on its own.
  const open = approved && !terkunci;
  return {
    editRealisasi: ownerSide && r?.status !== 'dilaporkan',
    report: ownerSide && r !== undefined && r.status !== 'dilaporkan',
    requestRevision: s.capacity.penilai && open && r?.status === 'dilaporkan',
    rate: open && actions.includes('nilai'),
    lock: open && actions.includes('kunci') && e?.predikat != null,
    reopen: approved && actions.includes('buka'),
    acknowledge: actions.includes('terima'),
    addUmpanBalik: s.capacity.pemilik || s.capacity.penilai,
  };
}

/**
 * @example
 * const view = await evaluasiSession(core, core.db, actor, skpId, 'TW1');
 * view.predikat; // 'baik' once both ratings are in
 */
export async function evaluasiSession(core: Pick<CoreContext, 'clock'>, db: Kysely<Database>, actor: Actor, skpId: string, key: PeriodeKey): Promise<EvaluasiSession> {
  const s = await loadEvaluasi(core, db, actor, skpId);
  const skp = s.stored.skp;
  const periode = periodOf(s, key);
  const [rhk, realisasi, evaluasi, pesan, unit, connected] = await Promise.all([
    rhkOfSkp(db, [skpId]),
    docsAt(db, 'realisasi', [skpId]),
    docsAt(db, 'evaluasi', [skpId]),
    umpanBalikOf(db, skpId),
    findUnit(db, skp.unitId),
    hasSyncConfig(db),
  ]);
  const here = <T extends { row: { periode: PeriodeKey } }>(rows: readonly T[]) => rows.find((x) => x.row.periode === key);
  const r = here(realisasi);
  const e = here(evaluasi);
  const terkunci = periodeLocked(key, evaluasi.map((x) => x.row));
  const penilaiId = e?.row.penilaiPegawaiId ?? s.org.penilaiHolders[0]?.id ?? null;
  const atasanId = s.org.atasanPenilaiHolders[0]?.id ?? null;
  const actorIds = (e?.row.riwayat ?? []).map((x) => x.actorUserId);
  const [people, actors] = await Promise.all([
    peopleByIds(db, [skp.pegawaiId, ...(penilaiId ? [penilaiId] : []), ...(atasanId ? [atasanId] : [])]),
    userNames(db, actorIds),
  ]);
  const ref = (id: string | null): PersonRef | null => {
    const p = id ? people.get(id) : undefined;
    return p ? personRef(p, p.jabatanNama) : null;
  };
  const owner = people.get(skp.pegawaiId);

  const inPeriod = pesan.filter((m) => key === 'TAHUNAN' || m.periode === null || m.periode === key);
  const threads = await umpanBalikRows(db, inPeriod, skp.pegawaiId, [...s.parties.penilaiPegawaiIds, ...(penilaiId ? [penilaiId] : [])]);
  const periodic = key === 'TAHUNAN' ? realisasi.filter((x) => x.row.periode !== 'TAHUNAN').map((x) => x.row) : [];
  const views = rhkPeriodeViews(rhk.map((x) => x.rhk), r?.row, periodic);
  const perilaku = normalizePerilaku(skp.perilaku);

  const peringatan: string[] = [];
  if (e) peringatan.push(...umpanBalikWarnings(e.row));
  if (r?.row.status !== 'dilaporkan' && !terkunci) peringatan.push('Realisasi periode ini belum dilaporkan pegawai.');
  const level = penilaiLevelWarning(jenisOf(penilaiId ? people.get(penilaiId) : undefined));
  if (level) peringatan.push(level);

  let tahunan: EvaluasiSession['tahunan'] = null;
  if (key === 'TAHUNAN') {
    const byKey = new Map(evaluasi.map((x) => [x.row.periode, x.row]));
    const riwayat: RiwayatPeriodeView[] = periodsOf(s)
      .filter((p) => p.key !== 'TAHUNAN')
      .map((p) => {
        const ev = byKey.get(p.key);
        return { ...p, ratingHasilKerja: ev?.ratingHasilKerja ?? null, ratingPerilaku: ev?.ratingPerilaku ?? null, predikat: ev?.predikat ?? null, terkunci: ev?.terkunci ?? false };
      });
    tahunan = { riwayat, saran: saranPredikatTahunan(riwayat.map((h) => ({ key: h.key, predikat: h.predikat }))) };
  }

  return {
    skp: { id: skp.id, pendekatan: skp.pendekatan, periode: skp.periode, status: skp.status, versi: skp.versi },
    pegawai: {
      ...(ref(skp.pegawaiId) ?? { pegawaiId: skp.pegawaiId, nip: '', namaLengkap: '', jabatanNama: '' }),
      golongan: owner?.golongan ?? '',
      unitNama: unit?.nama ?? '',
    },
    penilai: ref(penilaiId),
    atasanPenilai: ref(atasanId),
    periode,
    rhk: views.map((v) => ({ ...v, umpanBalik: threads.filter((m) => m.rhkId === v.rhkId) })),
    perilaku: BERAKHLAK.map((b, i) => ({
      nilai: b.kode,
      nama: b.nama,
      panduan: b.panduan,
      ekspektasiKhusus: perilaku[i]?.ekspektasiKhusus ?? '',
      umpanBalik: threads.filter((m) => m.nilai === b.kode),
    })),
    umpanBalikUmum: threads.filter((m) => m.rhkId === null && m.nilai === null),
    realisasi: r ? { status: r.row.status, dilaporkanAt: r.row.dilaporkanAt, catatanRevisi: r.row.catatanRevisi, rowVersion: r.rowVersion } : null,
    evaluasi: e?.row ?? null,
    evaluasiRowVersion: e?.rowVersion ?? null,
    riwayat: (e?.row.riwayat ?? []).map((x) => ({ ...x, actorNama: actors.get(x.actorUserId)?.nama ?? null, signed: connected && typeof x.commandId === 'string' })),
    predikat: e?.row.predikat ?? null,
    terkunci,
    capacity: s.capacity,
    allowed: allowedFor(s, e?.row, r?.row, terkunci),
    peringatan,
    tahunan,
  };
}
