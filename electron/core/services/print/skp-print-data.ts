/**
 * The SKP's document data from this desk's rows, through the same detail the SKP screen shows
 * (frozen penilai after approval, atasan RHK texts, names of who recorded each step). The
 * assembling itself is shared (shared/print/skp-document.ts) so the server reaches the same hash.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import type { CoreContext } from '../../context.js';
import { today } from '../../context.js';
import type { SkpDetail } from '../../../../shared/entities.js';
import { formatPangkatGolongan } from '../../../../shared/domain/pangkat.js';
import { skpDocumentData, type OrangCetak, type SkpDocumentData } from '../../../../shared/print/skp-document.js';
import { getInstansi } from '../../db/repositories/instansi-repo.js';
import { findPegawai } from '../../db/repositories/pegawai-repo.js';
import { findSkp, type StoredSkp } from '../../db/repositories/skp-repo.js';
import { findUnit } from '../../db/repositories/unit-repo.js';
import { loadSkp } from '../skp/load.js';
import { orgOf, type SkpOrg } from '../skp/access.js';
import { buildDetail } from '../skp/detail.js';

/** What printing needs of the core: a worker job has its own connection and the clock, nothing else. */
export type PrintCore = Pick<CoreContext, 'db' | 'clock'>;

async function penilaiOrang(db: Kysely<Database>, d: SkpDetail): Promise<OrangCetak | null> {
  if (!d.penilai) return null;
  const p = await findPegawai(db, d.penilai.pegawaiId);
  const unit = p ? await findUnit(db, p.unitId) : undefined;
  return { nama: d.penilai.namaLengkap, nip: d.penilai.nip, pangkat: p ? formatPangkatGolongan(p.golongan) : '', jabatan: d.penilai.jabatanNama, unit: unit?.nama ?? '' };
}

async function fromDetail(db: Kysely<Database>, d: SkpDetail): Promise<SkpDocumentData> {
  const instansi = await getInstansi(db);
  const atasanRhkTeks = new Map(d.rhk.flatMap((r) => (r.intervensi ? [[r.intervensi.rhkId, r.intervensi.teks] as const] : [])));
  const namaPengguna = new Map(d.riwayat.flatMap((e) => (e.actorNama ? [[e.actorUserId, e.actorNama] as const] : [])));
  const namaPegawai = new Map(d.riwayat.flatMap((e) => (e.delegasi && e.delegasiPenilaiNama ? [[e.delegasi.penilaiPegawaiId, e.delegasiPenilaiNama] as const] : [])));
  return skpDocumentData({
    skp: d.skp,
    rhk: d.rhk,
    instansiNama: instansi?.nama ?? '',
    unitNama: d.pegawai.unitNama,
    form: d.isJpt ? 'jpt' : 'umum',
    pegawai: { nama: d.pegawai.namaLengkap, nip: d.pegawai.nip, pangkat: d.pegawai.golongan ? formatPangkatGolongan(d.pegawai.golongan) : '', jabatan: d.pegawai.jabatanNama, unit: d.pegawai.unitNama },
    penilai: await penilaiOrang(db, d),
    atasanRhkTeks,
    namaPengguna,
    namaPegawai,
  });
}

async function fromStored(db: Kysely<Database>, actor: Actor, stored: StoredSkp, org: SkpOrg): Promise<SkpDocumentData> {
  return fromDetail(db, await buildDetail(db, actor, stored, org));
}

/** For printing: only an SKP the caller may see. */
export async function skpPrintDataFor(core: PrintCore, actor: Actor, skpId: string): Promise<SkpDocumentData> {
  const { stored, org } = await loadSkp(core, core.db, actor, skpId);
  return fromStored(core.db, actor, stored, org);
}

/**
 * For verification: the record as it is now, whoever asks (the answer shows only what the paper
 * already shows). Null when this desk no longer holds the SKP.
 */
export async function currentSkpData(core: PrintCore, actor: Actor, skpId: string): Promise<SkpDocumentData | null> {
  const stored = await findSkp(core.db, skpId);
  if (!stored) return null;
  return fromStored(core.db, actor, stored, await orgOf(core.db, stored.skp.jabatanId, today(core)));
}
