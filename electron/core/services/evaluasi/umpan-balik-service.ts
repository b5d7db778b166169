/**
 * Dialog kinerja / umpan balik: a dated, append-only thread per SKP, about an RHK, a BerAKHLAK
 * value or the SKP as a whole, optionally tied to a period; written by the owner or the pejabat
 * penilai. A message is never edited, so a locked period does not silence the dialog.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CoreContext } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import { AppFailure } from '../../../../shared/result.js';
import type { UmpanBalik } from '../../../../shared/domain/evaluasi/types.js';
import type { UmpanBalikRow } from '../../../../shared/entities-evaluasi.js';
import { saveDoc } from '../../db/repositories/evaluasi-doc-repo.js';
import { umpanBalikOf, userNames } from '../../db/repositories/evaluasi-query-repo.js';
import { rhkOfSkp } from '../../db/repositories/rhk-repo.js';
import { newId } from '../../ids.js';
import { loadEvaluasi, periodOf, writeEvaluasi } from './access.js';

/** Names and sides of the authors: the owner is 'pegawai', a current or recorded penilai 'penilai'. */
export async function umpanBalikRows(
  db: Kysely<Database>,
  rows: readonly UmpanBalik[],
  owner: string,
  penilaiIds: readonly string[],
): Promise<UmpanBalikRow[]> {
  const users = await userNames(db, rows.map((r) => r.authorUserId));
  return rows.map((r) => {
    const u = users.get(r.authorUserId);
    const sisi = u?.pegawaiId === owner ? 'pegawai' : u?.pegawaiId && penilaiIds.includes(u.pegawaiId) ? 'penilai' : 'lainnya';
    return { ...r, authorNama: u?.nama ?? '', sisi };
  });
}

export async function listUmpanBalik(core: CoreContext, actor: Actor, a: ParsedArgsOf<'umpanBalik/list'>): Promise<ResultOf<'umpanBalik/list'>> {
  const s = await loadEvaluasi(core, core.db, actor, a.skpId);
  const all = await umpanBalikOf(core.db, a.skpId);
  const hits = all.filter(
    (m) =>
      (a.periode === undefined || m.periode === a.periode) &&
      (a.rhkId === undefined || m.rhkId === a.rhkId) &&
      (a.nilai === undefined || m.nilai === a.nilai) &&
      (a.umum !== true || (m.rhkId === null && m.nilai === null)),
  );
  const pageRows = hits.slice(a.offset, a.offset + a.limit);
  return { total: hits.length, rows: await umpanBalikRows(core.db, pageRows, s.stored.skp.pegawaiId, s.parties.penilaiPegawaiIds) };
}

export async function addUmpanBalik(core: CoreContext, actor: Actor, a: ParsedArgsOf<'umpanBalik/add'>): Promise<UmpanBalikRow> {
  const row = await writeEvaluasi(core, actor, ['umpan_balik'], async (trx, ctx) => {
    const s = await loadEvaluasi(core, trx, actor, a.skpId);
    if (!s.capacity.pemilik && !s.capacity.penilai) throw new AppFailure('FORBIDDEN', 'Umpan balik ditulis oleh pegawai pemilik SKP atau pejabat penilainya.');
    if (a.periode !== null) periodOf(s, a.periode);
    if (a.rhkId !== null && !(await rhkOfSkp(trx, [a.skpId])).some((r) => r.rhk.id === a.rhkId)) throw new AppFailure('VALIDATION', 'RHK tidak ditemukan pada SKP ini.');
    const next: UmpanBalik = { id: newId(), skpId: a.skpId, periode: a.periode, rhkId: a.rhkId, nilai: a.nilai, authorUserId: actor.user.id, at: ctx.now, teks: a.teks };
    await saveDoc(trx, ctx, 'umpan_balik', 'umpanBalik/create', next, undefined, { auditAction: 'umpanBalik/tambah' });
    return { next, owner: s.stored.skp.pegawaiId, penilaiIds: s.parties.penilaiPegawaiIds };
  });
  const [out] = await umpanBalikRows(core.db, [row.next], row.owner, row.penilaiIds);
  if (!out) throw new AppFailure('INTERNAL');
  return out;
}
