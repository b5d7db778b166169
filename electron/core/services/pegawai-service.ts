import { today, writeContext, type CoreContext } from '../context.js';
import type { Jabatan, Pegawai, PegawaiDetail, PersonRef } from '../../../shared/entities.js';
import type { ParsedArgsOf } from '../../../shared/contract.js';
import { AppFailure } from '../../../shared/result.js';
import { atasanChain } from '../../../shared/domain/jabatan.js';
import { formatNamaLengkap } from '../../../shared/domain/nama.js';
import { normalizeNip } from '../../../shared/domain/nip.js';
import { checkPegawaiFields } from '../../../shared/domain/pegawai-rules.js';
import { findPegawai, findPegawaiByNip, pegawaiHoldingJabatan, savePegawai, searchPegawai } from '../db/repositories/pegawai-repo.js';
import { findJabatan } from '../db/repositories/jabatan-repo.js';
import { findUnit } from '../db/repositories/unit-repo.js';
import { requireOrgWrite, requireUnitInScope, type Actor } from '../auth/actor.js';
import { newId } from '../ids.js';

export async function search(core: CoreContext, actor: Actor, args: ParsedArgsOf<'pegawai/search'>) {
  if (args.unitId) requireUnitInScope(actor, args.unitId);
  // Always the actor's subtree: an admin account may be scoped to one sub-unit too.
  const unitIds = args.unitId ? [args.unitId] : [...actor.scopeUnitIds];
  return searchPegawai(core.db, { ...args, unitIds, today: today(core) });
}

async function holdersOf(core: CoreContext, jabatanId: string | undefined): Promise<PersonRef[]> {
  if (!jabatanId) return [];
  const j = await findJabatan(core.db, jabatanId);
  const people = await pegawaiHoldingJabatan(core.db, [jabatanId]);
  return people.map((p) => ({ pegawaiId: p.id, nip: p.nip, namaLengkap: formatNamaLengkap(p), jabatanNama: j?.nama ?? '' }));
}

/** A pegawai with everything the detail screen shows, including who rates them (from the tree). */
export async function detail(core: CoreContext, actor: Actor, id: string): Promise<PegawaiDetail> {
  const pegawai = await findPegawai(core.db, id);
  // Out-of-scope ids answer NOT_FOUND, not FORBIDDEN, so ids cannot be probed for existence.
  if (!pegawai || !actor.scopeUnitIds.has(pegawai.unitId)) throw new AppFailure('NOT_FOUND');
  const unit = await findUnit(core.db, pegawai.unitId);
  if (!unit) throw new AppFailure('NOT_FOUND');
  const jabatan = pegawai.jabatanId ? ((await findJabatan(core.db, pegawai.jabatanId)) ?? null) : null;
  // Only the chain above this jabatan is read (a few rows), not the whole jabatan table.
  const byId = new Map<string, Jabatan>(jabatan ? [[jabatan.id, jabatan]] : []);
  for (let next = jabatan?.atasanJabatanId ?? null; next && !byId.has(next); ) {
    const a = await findJabatan(core.db, next);
    if (!a) break;
    byId.set(a.id, a);
    next = a.atasanJabatanId;
  }
  const chainIds = jabatan ? atasanChain(jabatan.id, byId).ids : [];
  return {
    pegawai,
    namaLengkap: formatNamaLengkap(pegawai),
    jabatan,
    unit,
    atasanChain: chainIds.flatMap((cid) => {
      const a = byId.get(cid);
      return a ? [{ id: a.id, kode: a.kode, nama: a.nama }] : [];
    }),
    pejabatPenilai: await holdersOf(core, chainIds[0]),
    atasanPejabatPenilai: await holdersOf(core, chainIds[1]),
  };
}

export async function saveFromForm(core: CoreContext, actor: Actor, input: ParsedArgsOf<'pegawai/save'>): Promise<Pegawai> {
  const existing = input.id ? await findPegawai(core.db, input.id) : undefined;
  if (input.id && (!existing || !actor.scopeUnitIds.has(existing.unitId))) throw new AppFailure('NOT_FOUND');
  if (existing) requireOrgWrite(actor, existing.unitId);
  requireOrgWrite(actor, input.unitId);
  const nip = normalizeNip(input.nip);
  const pegawai: Pegawai = { ...input, nip, id: existing?.id ?? newId() };
  const problems = checkPegawaiFields(pegawai);
  if (problems.length > 0) {
    const code = problems.some((p) => p.field === 'nip') ? 'INVALID_NIP' : 'VALIDATION';
    throw new AppFailure(code, problems.map((p) => p.message).join(' '), problems.map((p) => ({ path: p.field, message: p.message })));
  }
  const sameNip = await findPegawaiByNip(core.db, nip);
  if (sameNip && sameNip.id !== pegawai.id) throw new AppFailure('CONFLICT', `NIP ${nip} sudah terdaftar atas nama ${formatNamaLengkap(sameNip)}.`);
  if (pegawai.jabatanId && !(await findJabatan(core.db, pegawai.jabatanId))) throw new AppFailure('NOT_FOUND', 'Jabatan tidak ditemukan.');
  await core.db.transaction().execute((trx) => savePegawai(trx, writeContext(core, actor), pegawai, existing));
  core.emit({ name: 'data/changed', payload: { entities: ['pegawai'] } });
  return pegawai;
}
