/** Peta cascading: the jabatan tree with each holder's current SKP, RHK and intervention counts. */
import type { CoreContext } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import type { PetaNodeView } from '../../../../shared/entities.js';
import { buildPeta, type PetaNode } from '../../../../shared/domain/skp/peta.js';
import { rhkHeadsOf } from '../../db/repositories/rhk-repo.js';
import { boardInputs } from './readiness.js';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';

export async function petaCascading(core: CoreContext, actor: Actor, a: ParsedArgsOf<'skp/peta'>): Promise<ResultOf<'skp/peta'>> {
  const input = await boardInputs(core, actor, a.tahun, a.unitId);
  const rhk = await rhkHeadsOf(core.db, input.skp.map((s) => s.id));
  const peta = buildPeta({ ...input, rhk, ...(a.rootJabatanId ? { rootJabatanId: a.rootJabatanId } : {}) });
  const jabatan = new Map(input.jabatan.map((j) => [j.id, j]));
  const people = await core.db.selectFrom('pegawai').select(['id', 'gelarDepan', 'nama', 'gelarBelakang']).where('jabatanId', 'is not', null).execute();
  const nama = new Map(people.map((p) => [p.id, formatNamaLengkap(p)]));
  const view = (n: PetaNode): PetaNodeView => ({
    jabatanId: n.jabatanId,
    kode: jabatan.get(n.jabatanId)?.kode ?? '',
    nama: jabatan.get(n.jabatanId)?.nama ?? '',
    holders: n.holders.map((h) => ({ ...h, namaLengkap: nama.get(h.pegawaiId) ?? '' })),
    children: n.children.map(view),
  });
  return { tahun: a.tahun, roots: peta.roots.map(view), tanpaIntervensi: peta.tanpaIntervensi, menunggu: peta.menunggu };
}
