/**
 * The Dokumen Evaluasi Kinerja's data from this desk's rows, through the appraisal session the
 * screen shows (people, RHK with realisasi and umpan balik, ratings, signed history); the
 * assembling itself is shared (shared/print/evaluasi-document.ts) so the server reaches the same hash.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import type { PeriodeKey } from '../../../../shared/domain/evaluasi/types.js';
import { formatPangkatGolongan } from '../../../../shared/domain/pangkat.js';
import type { PersonRef } from '../../../../shared/entities.js';
import { evaluasiDocumentData, type EvaluasiDocumentData } from '../../../../shared/print/evaluasi-document.js';
import type { OrangCetak } from '../../../../shared/print/skp-document.js';
import { peopleByIds, predikatOrganisasiOf } from '../../db/repositories/evaluasi-query-repo.js';
import { getInstansi } from '../../db/repositories/instansi-repo.js';
import { findSkp } from '../../db/repositories/skp-repo.js';
import { findUnit } from '../../db/repositories/unit-repo.js';
import { evaluasiSession } from '../evaluasi/session.js';
import type { PrintCore } from './skp-print-data.js';

async function orang(db: Kysely<Database>, ref: PersonRef | null, units: Map<string, string>): Promise<OrangCetak | null> {
  if (!ref) return null;
  const p = (await peopleByIds(db, [ref.pegawaiId])).get(ref.pegawaiId);
  let unit = p ? units.get(p.unitId) : undefined;
  if (p && unit === undefined) {
    unit = (await findUnit(db, p.unitId))?.nama ?? '';
    units.set(p.unitId, unit);
  }
  return { nama: ref.namaLengkap, nip: ref.nip, pangkat: p?.golongan ? formatPangkatGolongan(p.golongan) : '', jabatan: ref.jabatanNama, unit: unit ?? '' };
}

/**
 * Only an evaluation the caller may see (the session's own access check).
 *
 * @example
 * const data = await evaluasiPrintDataFor(core, actor, skpId, 'TW1');
 */
export async function evaluasiPrintDataFor(core: PrintCore, actor: Actor, skpId: string, periode: PeriodeKey): Promise<EvaluasiDocumentData> {
  const db = core.db;
  const session = await evaluasiSession(core, db, actor, skpId, periode);
  const [instansi, stored] = await Promise.all([getInstansi(db), findSkp(db, skpId)]);
  const units = new Map<string, string>();
  const s = session.pegawai;
  const pegawai: OrangCetak = { nama: s.namaLengkap, nip: s.nip, pangkat: s.golongan ? formatPangkatGolongan(s.golongan) : '', jabatan: s.jabatanNama, unit: s.unitNama };
  const org = periode === 'TAHUNAN' && stored ? await predikatOrganisasiOf(db, stored.skp.unitId, stored.skp.periode.tahun) : undefined;
  return evaluasiDocumentData({
    session,
    instansiNama: instansi?.nama ?? '',
    pegawai,
    penilai: await orang(db, session.penilai, units),
    atasanPenilai: await orang(db, session.atasanPenilai, units),
    predikatOrganisasi: org?.row.predikat ?? null,
  });
}
