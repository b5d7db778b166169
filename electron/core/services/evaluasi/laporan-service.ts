/**
 * Laporan harian (the daily activity log, DOMAIN.md "Pelaksanaan"): entries against an SKP's RHK,
 * listed and summed per week and month. Written by the owner's side; an entry whose period is
 * locked cannot change (LOCKED for everyone), nor one dated outside the SKP's periode.
 */
import type { CoreContext } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import { AppFailure } from '../../../../shared/result.js';
import { checkLaporanHarianEdit, periodeLocked } from '../../../../shared/domain/evaluasi/lock.js';
import { periodeOfTanggal } from '../../../../shared/domain/evaluasi/periode-evaluasi.js';
import type { LaporanHarian } from '../../../../shared/domain/evaluasi/types.js';
import type { LaporanHarianRow } from '../../../../shared/entities-evaluasi.js';
import { EVALUASI_LIMITS } from '../../../../shared/sync-rows-evaluasi.js';
import { deleteDoc, findDoc, saveDoc } from '../../db/repositories/evaluasi-doc-repo.js';
import { docsAt, laporanBetween } from '../../db/repositories/evaluasi-query-repo.js';
import { findPegawai } from '../../db/repositories/pegawai-repo.js';
import { rhkOfSkp } from '../../db/repositories/rhk-repo.js';
import { skpOfPegawai } from '../../db/repositories/skp-repo.js';
import { newId } from '../../ids.js';
import { loadEvaluasi, lockRowsOf, refusedEvaluasi, requireOwnerSide, writeEvaluasi, type EvaluasiScope } from './access.js';
import { rekapLaporan } from './laporan-rekap.js';
import { pengaturan } from './settings-service.js';

/** The pegawai's SKP touching the range that the caller may see; NOT_FOUND for a stranger. */
async function visibleSkp(core: CoreContext, actor: Actor, pegawaiId: string, from: string, to: string): Promise<EvaluasiScope[]> {
  const p = await findPegawai(core.db, pegawaiId);
  if (!p) throw new AppFailure('NOT_FOUND', 'Pegawai tidak ditemukan.');
  const years = [...new Set([Number(from.slice(0, 4)), Number(to.slice(0, 4))])];
  const all = (await Promise.all(years.map((y) => skpOfPegawai(core.db, pegawaiId, y)))).flat().filter((s) => s.skp.periode.mulai <= to && s.skp.periode.selesai >= from);
  const seen = await Promise.all(all.map((s) => loadEvaluasi(core, core.db, actor, s.skp.id).catch(() => null)));
  const out = seen.filter((s): s is EvaluasiScope => s !== null);
  const self = actor.user.pegawaiId === pegawaiId;
  if (out.length === 0 && !self && !actor.scopeUnitIds.has(p.unitId)) throw new AppFailure('NOT_FOUND', 'Pegawai tidak ditemukan.');
  return out;
}

async function rowsOf(core: CoreContext, scopes: readonly EvaluasiScope[], entries: readonly LaporanHarian[]): Promise<LaporanHarianRow[]> {
  const ids = scopes.map((s) => s.stored.skp.id);
  const [rhk, evaluasi] = await Promise.all([rhkOfSkp(core.db, ids), docsAt(core.db, 'evaluasi', ids)]);
  const teks = new Map(rhk.map((r) => [r.rhk.id, r.rhk.teks]));
  const bySkp = new Map(scopes.map((s) => [s.stored.skp.id, s]));
  return entries.map((e) => {
    const s = bySkp.get(e.skpId);
    const key = s ? periodeOfTanggal(s.stored.skp.periode, e.tanggal, s.settings.periodeEvaluasi) : null;
    const locks = evaluasi.filter((x) => x.row.skpId === e.skpId).map((x) => x.row);
    return { ...e, rhkTeks: e.rhkId ? (teks.get(e.rhkId) ?? null) : null, terkunci: key !== null && periodeLocked(key, locks) };
  });
}

export async function listLaporan(core: CoreContext, actor: Actor, a: ParsedArgsOf<'laporan/list'>): Promise<ResultOf<'laporan/list'>> {
  const scopes = await visibleSkp(core, actor, a.pegawaiId, a.from, a.to);
  const entries = (await laporanBetween(core.db, scopes.map((s) => s.stored.skp.id), a.from, a.to)).map((d) => d.row);
  return { total: entries.length, totalMenit: entries.reduce((n, e) => n + e.menit, 0), rows: await rowsOf(core, scopes, entries.slice(a.offset, a.offset + a.limit)) };
}

export async function rekap(core: CoreContext, actor: Actor, a: ParsedArgsOf<'laporan/rekap'>): Promise<ResultOf<'laporan/rekap'>> {
  const scopes = await visibleSkp(core, actor, a.pegawaiId, a.from, a.to);
  const ids = scopes.map((s) => s.stored.skp.id);
  const [entries, rhk, settings] = await Promise.all([laporanBetween(core.db, ids, a.from, a.to), rhkOfSkp(core.db, ids), pengaturan(core.db)]);
  const teks = new Map(rhk.map((r) => [r.rhk.id, r.rhk.teks]));
  const r = rekapLaporan(entries.map((d) => d.row), a.from, a.to, teks, settings.menitEfektifBulanan);
  return { pegawaiId: a.pegawaiId, from: a.from, to: a.to, menitEfektifBulanan: settings.menitEfektifBulanan, ...r };
}

export async function saveLaporan(core: CoreContext, actor: Actor, a: ParsedArgsOf<'laporan/save'>): Promise<LaporanHarianRow> {
  const { row, scope } = await writeEvaluasi(core, actor, ['laporan_harian'], async (trx, ctx) => {
    const s = await loadEvaluasi(core, trx, actor, a.skpId);
    const existing = a.id ? await findDoc(trx, 'laporan_harian', a.id) : undefined;
    if (a.id && (!existing || existing.row.skpId !== a.skpId)) throw new AppFailure('NOT_FOUND', 'Laporan harian tidak ditemukan.');
    // A locked period is refused for every role, before who is asking.
    const locks = await lockRowsOf(trx, a.skpId);
    for (const tanggal of new Set([a.tanggal, ...(existing ? [existing.row.tanggal] : [])])) {
      const refusal = checkLaporanHarianEdit(s.stored.skp.periode, tanggal, s.settings.periodeEvaluasi, locks);
      if (refusal) refusedEvaluasi(refusal);
    }
    requireOwnerSide(s);
    if (a.rhkId !== null && !(await rhkOfSkp(trx, [a.skpId])).some((r) => r.rhk.id === a.rhkId)) throw new AppFailure('VALIDATION', 'RHK tidak ditemukan pada SKP ini.');
    const sameDay = await laporanBetween(trx, [a.skpId], a.tanggal, a.tanggal);
    const menitHariIni = sameDay.filter((d) => d.row.id !== a.id).reduce((n, d) => n + d.row.menit, 0) + a.menit;
    if (menitHariIni > EVALUASI_LIMITS.maxMenit) throw new AppFailure('VALIDATION', `Jumlah menit pada ${a.tanggal} melebihi 24 jam (${menitHariIni} menit).`);
    const next: LaporanHarian = { id: existing?.row.id ?? newId(), skpId: a.skpId, tanggal: a.tanggal, kegiatan: a.kegiatan, rhkId: a.rhkId, output: a.output, volume: a.volume, menit: a.menit };
    await saveDoc(trx, ctx, 'laporan_harian', 'laporanHarian/upsert', next, existing);
    return { row: next, scope: s };
  });
  const [out] = await rowsOf(core, [scope], [row]);
  if (!out) throw new AppFailure('INTERNAL');
  return out;
}

export async function deleteLaporan(core: CoreContext, actor: Actor, a: ParsedArgsOf<'laporan/delete'>): Promise<ResultOf<'laporan/delete'>> {
  return writeEvaluasi(core, actor, ['laporan_harian'], async (trx, ctx) => {
    const existing = await findDoc(trx, 'laporan_harian', a.id);
    if (!existing) throw new AppFailure('NOT_FOUND', 'Laporan harian tidak ditemukan.');
    const s = await loadEvaluasi(core, trx, actor, existing.row.skpId);
    const refusal = checkLaporanHarianEdit(s.stored.skp.periode, existing.row.tanggal, s.settings.periodeEvaluasi, await lockRowsOf(trx, s.stored.skp.id));
    if (refusal) refusedEvaluasi(refusal);
    requireOwnerSide(s);
    await deleteDoc(trx, ctx, 'laporan_harian', 'laporanHarian/delete', existing);
    return { deleted: true };
  });
}
