/**
 * Penilai overrides ("who rates whom" corrections: Plt., Plh., or atasan data the import got
 * wrong): listed, made and withdrawn by operators/admins of the pegawai's unit. An active override
 * replaces the structural penilai for SKP approval and evaluation (skp/access.ts orgOf). A penilai
 * below pengawas level is warned about, never refused.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import { today, type CoreContext } from '../../context.js';
import { requireRole, requireUnitInScope, type Actor } from '../../auth/actor.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import { AppFailure } from '../../../../shared/result.js';
import { JENIS_JABATAN } from '../../../../shared/domain/jabatan.js';
import { overrideActive, penilaiLevelWarning } from '../../../../shared/domain/evaluasi/penilai.js';
import type { PenilaiOverride } from '../../../../shared/domain/evaluasi/types.js';
import type { PenilaiOverrideRow } from '../../../../shared/entities-evaluasi.js';
import { findDoc, saveDoc } from '../../db/repositories/evaluasi-doc-repo.js';
import { overridesOf, peopleByIds, type PersonRow } from '../../db/repositories/evaluasi-query-repo.js';
import { findPegawai } from '../../db/repositories/pegawai-repo.js';
import { newId } from '../../ids.js';
import { personRef } from '../skp/detail.js';
import { unitsUnder } from '../skp/reach.js';
import { writeEvaluasi } from './access.js';

const COMMAND = 'penilaiOverride/upsert';

function ref(p: PersonRow | undefined, id: string) {
  return p ? personRef(p, p.jabatanNama) : { pegawaiId: id, nip: '', namaLengkap: '', jabatanNama: '' };
}

/** The rows with names, whether each is in force today, and the level warning. */
async function rowsOf(db: Kysely<Database>, list: readonly PenilaiOverride[], date: string): Promise<PenilaiOverrideRow[]> {
  const people = await peopleByIds(db, list.flatMap((o) => [o.pegawaiId, o.penilaiPegawaiId]));
  return list.map((o) => {
    const pegawai = people.get(o.pegawaiId);
    const penilai = people.get(o.penilaiPegawaiId);
    const jenis = JENIS_JABATAN.find((j) => j === penilai?.jenisJabatan) ?? null;
    const warning = penilaiLevelWarning(jenis);
    return {
      ...o,
      pegawai: ref(pegawai, o.pegawaiId),
      penilai: ref(penilai, o.penilaiPegawaiId),
      berlaku: pegawai ? overrideActive(o, date, pegawai) : false,
      peringatan: warning ? [warning] : [],
    };
  });
}

/**
 * @example
 * await listOverrides(core, actor, { unitId, offset: 0, limit: 50 }); // { total: 2, rows: [...] }
 */
export async function listOverrides(core: CoreContext, actor: Actor, a: ParsedArgsOf<'penilai/overrides'>): Promise<ResultOf<'penilai/overrides'>> {
  let list: PenilaiOverride[];
  if (a.pegawaiId !== undefined) {
    const p = await findPegawai(core.db, a.pegawaiId);
    const own = p !== undefined && actor.user.pegawaiId === p.id;
    if (!p || (!own && !actor.scopeUnitIds.has(p.unitId))) throw new AppFailure('NOT_FOUND', 'Pegawai tidak ditemukan.');
    if (!own) requireRole(actor, 'operator', 'admin');
    list = await overridesOf(core.db, { pegawaiIds: [p.id] });
  } else {
    requireRole(actor, 'operator', 'admin');
    list = await overridesOf(core.db, { unitIds: await unitsUnder(core, actor, a.unitId) });
  }
  const shown = a.termasukDibatalkan ? list : list.filter((o) => !o.dibatalkan);
  // Newest first: the override made last is the one people look for.
  const ordered = [...shown].sort((x, y) => (x.mulai === y.mulai ? y.id.localeCompare(x.id) : y.mulai.localeCompare(x.mulai)));
  return { total: ordered.length, rows: await rowsOf(core.db, ordered.slice(a.offset, a.offset + a.limit), today(core)) };
}

async function single(core: CoreContext, id: string): Promise<PenilaiOverrideRow> {
  const stored = await findDoc(core.db, 'penilai_override', id);
  const [row] = stored ? await rowsOf(core.db, [stored.row], today(core)) : [];
  if (!row) throw new AppFailure('NOT_FOUND', 'Penetapan pejabat penilai tidak ditemukan.');
  return row;
}

export async function saveOverride(core: CoreContext, actor: Actor, a: ParsedArgsOf<'penilai/overrideSave'>): Promise<PenilaiOverrideRow> {
  requireRole(actor, 'operator', 'admin');
  const id = await writeEvaluasi(core, actor, ['penilai_override'], async (trx, ctx) => {
    const pegawai = await findPegawai(trx, a.pegawaiId);
    if (!pegawai || !actor.scopeUnitIds.has(pegawai.unitId)) throw new AppFailure('NOT_FOUND', 'Pegawai tidak ditemukan.');
    if (!(await findPegawai(trx, a.penilaiPegawaiId))) throw new AppFailure('VALIDATION', 'Pejabat penilai yang dipilih tidak ditemukan.');
    const existing = a.id ? await findDoc(trx, 'penilai_override', a.id) : undefined;
    if (a.id && !existing) throw new AppFailure('NOT_FOUND', 'Penetapan pejabat penilai tidak ditemukan.');
    if (existing) {
      requireUnitInScope(actor, existing.row.unitId);
      if (existing.row.pegawaiId !== a.pegawaiId) throw new AppFailure('VALIDATION', 'Pegawai pada penetapan tidak dapat diganti; batalkan lalu buat yang baru.');
      if (existing.row.dibatalkan) throw new AppFailure('ILLEGAL_TRANSITION', 'Penetapan ini sudah dibatalkan.');
    }
    const row: PenilaiOverride = {
      id: existing?.row.id ?? newId(),
      pegawaiId: a.pegawaiId,
      // Fixed at creation: the override lapses when the pegawai moves to another unit.
      unitId: existing?.row.unitId ?? pegawai.unitId,
      penilaiPegawaiId: a.penilaiPegawaiId,
      jenis: a.jenis,
      mulai: a.mulai,
      selesai: a.selesai,
      alasan: a.alasan,
      dibatalkan: false,
    };
    await saveDoc(trx, ctx, 'penilai_override', COMMAND, row, existing, { auditAction: existing ? 'penilaiOverride/ubah' : 'penilaiOverride/tetapkan' });
    return row.id;
  });
  return single(core, id);
}

export async function cancelOverride(core: CoreContext, actor: Actor, a: ParsedArgsOf<'penilai/overrideCancel'>): Promise<PenilaiOverrideRow> {
  requireRole(actor, 'operator', 'admin');
  await writeEvaluasi(core, actor, ['penilai_override'], async (trx, ctx) => {
    const existing = await findDoc(trx, 'penilai_override', a.id);
    if (!existing || !actor.scopeUnitIds.has(existing.row.unitId)) throw new AppFailure('NOT_FOUND', 'Penetapan pejabat penilai tidak ditemukan.');
    if (existing.row.dibatalkan) return;
    await saveDoc(trx, ctx, 'penilai_override', COMMAND, { ...existing.row, dibatalkan: true }, existing, { auditAction: 'penilaiOverride/batalkan' });
  });
  return single(core, a.id);
}
