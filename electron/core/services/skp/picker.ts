/**
 * The atasan RHK picker: the pejabat penilai's SKP for the same period and its RHK matching the
 * query, straight from the local database (a few indexed reads), so it opens instantly offline.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CoreContext } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import { filterAtasanRhk, pickAtasanSkp } from '../../../../shared/domain/skp/cascading.js';
import { SKP_MSG } from '../../../../shared/domain/skp/messages.js';
import type { Skp } from '../../../../shared/domain/skp/types.js';
import { skpOfJabatanOrPegawai, type StoredSkp } from '../../db/repositories/skp-repo.js';
import { interveningCounts, rhkOfSkp } from '../../db/repositories/rhk-repo.js';
import type { SkpOrg } from './access.js';
import { loadSkp } from './load.js';

/** The pejabat penilai's SKP whose RHK this SKP's RHK may intervene (newest version), or null. */
export async function atasanSkpFor(db: Kysely<Database>, skp: Skp, org: SkpOrg): Promise<StoredSkp | null> {
  const jabatanId = org.penilaiJabatan?.id ?? null;
  const pegawaiIds = org.penilaiHolders.map((p) => p.id);
  const candidates = await skpOfJabatanOrPegawai(db, skp.periode.tahun, jabatanId ? [jabatanId] : [], pegawaiIds);
  const picked = pickAtasanSkp(skp.periode, { jabatanId, pegawaiIds }, candidates.map((c) => ({ ...c.skp, stored: c })));
  return picked?.stored ?? null;
}

export async function atasanRhkOptions(core: CoreContext, actor: Actor, a: ParsedArgsOf<'skp/atasanRhkOptions'>): Promise<ResultOf<'skp/atasanRhkOptions'>> {
  const { stored, org } = await loadSkp(core, core.db, actor, a.skpId);
  if (org.isPuncak) return { atasanSkp: null, options: [], more: 0, isPuncak: true, notice: SKP_MSG.puncakTanpaAtasan };
  const atasan = await atasanSkpFor(core.db, stored.skp, org);
  if (!atasan) return { atasanSkp: null, options: [], more: 0, isPuncak: false, notice: SKP_MSG.atasanBelumAdaSkp };
  const hits = filterAtasanRhk((await rhkOfSkp(core.db, [atasan.skp.id])).map((r) => r.rhk), a.query);
  const shown = hits.slice(0, a.limit);
  const counts = await interveningCounts(core.db, shown.map((r) => r.id));
  const owner = org.penilaiHolders.find((p) => p.id === atasan.skp.pegawaiId);
  const ownerRow = owner ?? (await core.db.selectFrom('pegawai').select(['gelarDepan', 'nama', 'gelarBelakang']).where('id', '=', atasan.skp.pegawaiId).executeTakeFirst());
  const jabatan = await core.db.selectFrom('jabatan').select('nama').where('id', '=', atasan.skp.jabatanId).executeTakeFirst();
  return {
    atasanSkp: {
      skpId: atasan.skp.id,
      status: atasan.skp.status,
      versi: atasan.skp.versi,
      pemilikNama: ownerRow ? formatNamaLengkap(ownerRow) : '',
      jabatanNama: jabatan?.nama ?? '',
    },
    options: shown.map((r) => ({ rhkId: r.id, skpId: r.skpId, jenis: r.jenis, urutan: r.urutan, teks: r.teks, indikator: r.indikator, diintervensiOleh: counts.get(r.id) ?? 0 })),
    more: hits.length - shown.length,
    isPuncak: false,
    notice: hits.length === 0 ? 'Tidak ada RHK atasan yang cocok dengan pencarian.' : null,
  };
}
