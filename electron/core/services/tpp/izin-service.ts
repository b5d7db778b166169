/**
 * Excused absences (cuti, dinas luar, sakit) entered by the operator from the letters, so those
 * days are never counted as tanpa keterangan. Operators and admins, for pegawai of their units.
 */
import { isoOf, lastDayOfMonth } from '../../../../shared/domain/evaluasi/iso-date.js';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import { JENIS_IZIN_LABEL, type Izin, type JenisIzin } from '../../../../shared/domain/tpp/types.js';
import { formatDate } from '../../../../shared/format/tanggal.js';
import type { IzinRow } from '../../../../shared/entities-tpp.js';
import { AppFailure } from '../../../../shared/result.js';
import { requireRole, requireUnitInScope, unitSubtree, type Actor } from '../../auth/actor.js';
import type { CoreContext } from '../../context.js';
import { deleteIzin, findIzin, izinDalam, saveIzin } from '../../db/repositories/izin-repo.js';
import { findPegawai, listPegawai } from '../../db/repositories/pegawai-repo.js';
import { listUnits } from '../../db/repositories/unit-repo.js';
import { newId } from '../../ids.js';
import type { Pegawai } from '../../../../shared/entities.js';

async function rowOf(core: CoreContext, izin: Izin, pegawai: Pegawai): Promise<IzinRow> {
  const units = await listUnits(core.db);
  return { ...izin, nip: pegawai.nip, namaLengkap: formatNamaLengkap(pegawai), unitNama: units.find((u) => u.id === pegawai.unitId)?.nama ?? '' };
}

async function pegawaiInScope(core: CoreContext, actor: Actor, pegawaiId: string): Promise<Pegawai> {
  const p = await findPegawai(core.db, pegawaiId);
  if (!p) throw new AppFailure('NOT_FOUND', 'Pegawai tidak ditemukan.');
  requireUnitInScope(actor, p.unitId);
  return p;
}

/** Absences touching the month, of pegawai in the unit's subtree within the caller's reach. */
export async function izinList(core: CoreContext, actor: Actor, args: { tahun: number; bulan: number; unitId: string }): Promise<{ total: number; rows: IzinRow[] }> {
  requireRole(actor, 'operator', 'admin');
  requireUnitInScope(actor, args.unitId);
  const units = await listUnits(core.db);
  const inUnit = unitSubtree(units, args.unitId);
  const pegawai = new Map((await listPegawai(core.db)).filter((p) => inUnit.has(p.unitId) && actor.scopeUnitIds.has(p.unitId)).map((p) => [p.id, p]));
  const unitNama = new Map(units.map((u) => [u.id, u.nama]));
  const mulai = isoOf(args.tahun, args.bulan, 1);
  const selesai = isoOf(args.tahun, args.bulan, lastDayOfMonth(args.tahun, args.bulan));
  const rows = (await izinDalam(core.db, [...pegawai.keys()], mulai, selesai)).flatMap((i) => {
    const p = pegawai.get(i.pegawaiId);
    return p ? [{ ...i, nip: p.nip, namaLengkap: formatNamaLengkap(p), unitNama: unitNama.get(p.unitId) ?? '' }] : [];
  });
  return { total: rows.length, rows };
}

export type IzinArgs = { id?: string | undefined; pegawaiId: string; jenis: JenisIzin; mulai: string; selesai: string; keterangan: string };

/** Creates (no id) or edits an absence; an edit may move it to another pegawai of the caller's units. */
export async function izinSave(core: CoreContext, actor: Actor, a: IzinArgs): Promise<IzinRow> {
  requireRole(actor, 'operator', 'admin');
  const pegawai = await pegawaiInScope(core, actor, a.pegawaiId);
  const existing = a.id ? await findIzin(core.db, a.id) : undefined;
  if (a.id && !existing) throw new AppFailure('NOT_FOUND', 'Data izin tidak ditemukan.');
  if (existing) await pegawaiInScope(core, actor, existing.pegawaiId);
  // Two overlapping absences would make a day's reason ambiguous in the rekap.
  const overlap = (await izinDalam(core.db, [a.pegawaiId], a.mulai, a.selesai)).find((i) => i.id !== a.id);
  if (overlap) throw new AppFailure('CONFLICT', `Pegawai ini sudah tercatat ${JENIS_IZIN_LABEL[overlap.jenis].toLowerCase()} dari ${formatDate(overlap.mulai, 'id')} sampai ${formatDate(overlap.selesai, 'id')}; ubah data itu atau pilih tanggal lain.`);
  const izin: Izin = { id: existing?.id ?? newId(), pegawaiId: a.pegawaiId, jenis: a.jenis, mulai: a.mulai, selesai: a.selesai, keterangan: a.keterangan };
  const meta = { now: core.clock().toISOString(), actorUserId: actor.user.id };
  await core.db.transaction().execute((trx) => saveIzin(trx, izin, meta, !existing));
  core.emit({ name: 'data/changed', payload: { entities: ['izin_pegawai'] } });
  return rowOf(core, izin, pegawai);
}

export async function izinDelete(core: CoreContext, actor: Actor, id: string): Promise<null> {
  requireRole(actor, 'operator', 'admin');
  const existing = await findIzin(core.db, id);
  if (!existing) throw new AppFailure('NOT_FOUND', 'Data izin tidak ditemukan.');
  await pegawaiInScope(core, actor, existing.pegawaiId);
  await core.db.transaction().execute((trx) => deleteIzin(trx, id));
  core.emit({ name: 'data/changed', payload: { entities: ['izin_pegawai'] } });
  return null;
}
