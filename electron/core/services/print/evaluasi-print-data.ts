/**
 * The Dokumen Evaluasi Kinerja's data from this desk's rows: the access check of the appraisal
 * screen (loadEvaluasi: who may see it, who acts as penilai today incl. Plt./Plh. overrides), then
 * the rows the shared builder (shared/print/evaluasi-source.ts) turns into the document, the same
 * builder the central server verifies with, so both reach the same hash.
 */
import type { Actor } from '../../auth/actor.js';
import type { PeriodeKey } from '../../../../shared/domain/evaluasi/types.js';
import { AppFailure } from '../../../../shared/result.js';
import type { EvaluasiDocumentData } from '../../../../shared/print/evaluasi-document.js';
import { evaluasiDocumentFromRows } from '../../../../shared/print/evaluasi-source.js';
import { docsAt, peopleByIds, predikatOrganisasiOf, umpanBalikOf, userNames } from '../../db/repositories/evaluasi-query-repo.js';
import { getInstansi } from '../../db/repositories/instansi-repo.js';
import { rhkOfSkp } from '../../db/repositories/rhk-repo.js';
import { findUnit } from '../../db/repositories/unit-repo.js';
import { loadEvaluasi, periodOf } from '../evaluasi/access.js';
import type { PrintCore } from './skp-print-data.js';

/**
 * Only an evaluation the caller may see (the appraisal screen's access check).
 *
 * @example
 * const data = await evaluasiPrintDataFor(core, actor, skpId, 'TW1');
 */
export async function evaluasiPrintDataFor(core: PrintCore, actor: Actor, skpId: string, periode: PeriodeKey): Promise<EvaluasiDocumentData> {
  const db = core.db;
  const s = await loadEvaluasi(core, db, actor, skpId);
  periodOf(s, periode);
  const skp = s.stored.skp;
  const [rhk, realisasi, evaluasi, umpanBalik, instansi] = await Promise.all([
    rhkOfSkp(db, [skpId]),
    docsAt(db, 'realisasi', [skpId], periode),
    docsAt(db, 'evaluasi', [skpId]),
    umpanBalikOf(db, skpId),
    getInstansi(db),
  ]);
  const penilaiPegawaiIds = s.org.penilaiHolders.map((p) => p.id);
  const atasanPenilaiPegawaiIds = s.org.atasanPenilaiHolders.map((p) => p.id);
  const rows = evaluasi.map((x) => x.row);
  const recorded = rows.find((x) => x.periode === periode)?.penilaiPegawaiId;
  const people = await peopleByIds(db, [skp.pegawaiId, ...(recorded ? [recorded] : []), ...penilaiPegawaiIds.slice(0, 1), ...atasanPenilaiPegawaiIds.slice(0, 1)]);
  const unitIds = [...new Set([skp.unitId, ...[...people.values()].map((p) => p.unitId)])];
  const units = await Promise.all(unitIds.map(async (id) => [id, (await findUnit(db, id))?.nama ?? ''] as const));
  const actors = [...umpanBalik.map((m) => m.authorUserId), ...rows.flatMap((e) => e.riwayat.map((x) => x.actorUserId))];
  const users = await userNames(db, actors);
  const org = periode === 'TAHUNAN' ? await predikatOrganisasiOf(db, skp.unitId, skp.periode.tahun) : undefined;
  const data = evaluasiDocumentFromRows({
    skp,
    rhk: rhk.map((x) => x.rhk),
    periode,
    jenisPeriode: s.settings.periodeEvaluasi,
    realisasi: realisasi[0]?.row ?? null,
    evaluasi: rows,
    umpanBalik,
    instansiNama: instansi?.nama ?? '',
    pegawai: people,
    unitNama: new Map(units),
    userNama: new Map([...users].map(([id, u]) => [id, u.nama])),
    penilaiPegawaiIds,
    atasanPenilaiPegawaiIds,
    predikatOrganisasi: org?.row.predikat ?? null,
  });
  if (!data) throw new AppFailure('VALIDATION', 'Periode evaluasi ini tidak ada pada SKP tersebut (periksa pengaturan periode evaluasi).');
  return data;
}
