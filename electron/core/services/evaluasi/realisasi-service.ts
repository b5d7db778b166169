/**
 * Realisasi per indikator per period (DOMAIN.md "Pelaksanaan"): the owner's side fills the rencana
 * aksi and what was achieved with bukti dukung, reports the period; the pejabat penilai may ask for
 * a revision with a note. draft/revisi ──report──▶ dilaporkan ──requestRevision──▶ revisi. A locked
 * period refuses every change (LOCKED), whoever asks.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { CoreContext } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf } from '../../../../shared/contract.js';
import { AppFailure } from '../../../../shared/result.js';
import { periodeLocked } from '../../../../shared/domain/evaluasi/lock.js';
import type { BuktiDukung, PeriodeKey, Realisasi, RealisasiItem } from '../../../../shared/domain/evaluasi/types.js';
import type { Rhk } from '../../../../shared/domain/skp/types.js';
import type { RealisasiSheet } from '../../../../shared/entities-evaluasi.js';
import { EVALUASI_LIMITS } from '../../../../shared/sync-rows-evaluasi.js';
import { saveDoc, type StoredDoc } from '../../db/repositories/evaluasi-doc-repo.js';
import { docAt, docsAt } from '../../db/repositories/evaluasi-query-repo.js';
import { rhkOfSkp } from '../../db/repositories/rhk-repo.js';
import type { Trx, WriteContext } from '../../db/repositories/changes.js';
import { hasBukti } from '../../files/bukti-store.js';
import { derivedId } from '../../ids.js';
import { requireFresh } from '../skp/load.js';
import { loadEvaluasi, periodOf, requireApproved, requireOwnerSide, requirePenilai, requireUnlocked, writeEvaluasi, type EvaluasiScope } from './access.js';
import { rhkPeriodeViews } from './realisasi-view.js';

const COMMAND = 'realisasi/upsert';

/** The sheet of one period as the caller sees it. */
export async function realisasiSheet(core: CoreContext, db: Kysely<Database>, actor: Actor, skpId: string, key: PeriodeKey): Promise<RealisasiSheet> {
  const s = await loadEvaluasi(core, db, actor, skpId);
  const periode = periodOf(s, key);
  const [rhk, stored, evaluasi] = await Promise.all([rhkOfSkp(db, [skpId]), docAt(db, 'realisasi', skpId, key), docsAt(db, 'evaluasi', [skpId])]);
  const terkunci = periodeLocked(key, evaluasi.map((e) => e.row));
  const row = stored?.row;
  const approved = s.stored.skp.status === 'disetujui';
  const ownerSide = (s.capacity.pemilik || s.capacity.operator) && approved && !terkunci;
  return {
    skpId,
    pendekatan: s.stored.skp.pendekatan,
    periode,
    status: row?.status ?? null,
    catatanRevisi: row?.catatanRevisi ?? null,
    dilaporkanAt: row?.dilaporkanAt ?? null,
    rowVersion: stored?.rowVersion ?? null,
    terkunci,
    rhk: rhkPeriodeViews(rhk.map((r) => r.rhk), row, []),
    allowed: {
      edit: ownerSide && row?.status !== 'dilaporkan',
      report: ownerSide && row !== undefined && row.status !== 'dilaporkan',
      requestRevision: s.capacity.penilai && approved && !terkunci && row?.status === 'dilaporkan',
    },
  };
}

export const getRealisasi = (core: CoreContext, actor: Actor, a: ParsedArgsOf<'realisasi/get'>) => realisasiSheet(core, core.db, actor, a.skpId, a.periode);

/** What every realisasi write checks first, inside its transaction. */
async function openForOwner(core: CoreContext, trx: Trx, actor: Actor, skpId: string, key: PeriodeKey): Promise<{ s: EvaluasiScope; stored: StoredDoc<'realisasi'> | undefined }> {
  const s = await loadEvaluasi(core, trx, actor, skpId);
  periodOf(s, key);
  requireApproved(s.stored.skp);
  await requireUnlocked(trx, s.stored.skp, key);
  requireOwnerSide(s);
  const stored = await docAt(trx, 'realisasi', skpId, key);
  if (stored?.row.status === 'dilaporkan') {
    throw new AppFailure('ILLEGAL_TRANSITION', 'Realisasi periode ini sudah dilaporkan. Perubahan hanya setelah pejabat penilai meminta revisi.');
  }
  return { s, stored };
}

function emptyRow(skpId: string, periode: PeriodeKey): Realisasi {
  return { id: derivedId('realisasi', skpId, periode), skpId, periode, items: [], status: 'draft', catatanRevisi: null, dilaporkanAt: null };
}

const clean = (t: string | null): string | null => (t === null || t.trim() === '' ? null : t.trim());

/** Every file a new item list names must be on this desk or already on the row (synced, not yet fetched). */
function checkFiles(core: CoreContext, items: readonly RealisasiItem[], before: Realisasi | undefined): void {
  const known = new Set((before?.items ?? []).flatMap((i) => i.bukti.flatMap((b) => (b.kind === 'file' ? [b.sha256] : []))));
  for (const b of items.flatMap((i) => i.bukti)) {
    if (b.kind === 'file' && !known.has(b.sha256) && !hasBukti(core.dataDir, b.sha256)) {
      throw new AppFailure('VALIDATION', `Berkas bukti "${b.nama}" belum diunggah. Unggah berkasnya terlebih dahulu.`);
    }
  }
}

function itemsFor(rhk: readonly Rhk[], given: ParsedArgsOf<'realisasi/save'>['items']): RealisasiItem[] {
  const rhkOf = new Map(rhk.flatMap((r) => r.indikator.map((i) => [i.id, r.id] as const)));
  const seen = new Set<string>();
  return given.map((g) => {
    const rhkId = rhkOf.get(g.indikatorId);
    if (!rhkId) throw new AppFailure('VALIDATION', 'Indikator tidak ditemukan pada SKP ini.');
    if (seen.has(g.indikatorId)) throw new AppFailure('VALIDATION', 'Setiap indikator hanya sekali dalam satu realisasi.');
    seen.add(g.indikatorId);
    return { rhkId, indikatorId: g.indikatorId, rencanaNilai: g.rencanaNilai, rencanaTeks: clean(g.rencanaTeks), nilai: g.nilai, teks: clean(g.teks), bukti: g.bukti };
  });
}

async function saveRow(trx: Trx, ctx: WriteContext, row: Realisasi, stored: StoredDoc<'realisasi'> | undefined, auditAction: string): Promise<void> {
  await saveDoc(trx, ctx, 'realisasi', COMMAND, row, stored, { auditAction });
}

/** Replaces the period's rencana aksi and realisasi with the items given (indikator not listed: none). */
export async function saveRealisasi(core: CoreContext, actor: Actor, a: ParsedArgsOf<'realisasi/save'>): Promise<RealisasiSheet> {
  await writeEvaluasi(core, actor, ['realisasi'], async (trx, ctx) => {
    const { stored } = await openForOwner(core, trx, actor, a.skpId, a.periode);
    if (a.baseVersion !== undefined) requireFresh(a.baseVersion, stored?.rowVersion ?? 0);
    const items = itemsFor((await rhkOfSkp(trx, [a.skpId])).map((r) => r.rhk), a.items);
    checkFiles(core, items, stored?.row);
    const base = stored?.row ?? emptyRow(a.skpId, a.periode);
    await saveRow(trx, ctx, { ...base, items }, stored, 'realisasi/simpan');
  });
  return realisasiSheet(core, core.db, actor, a.skpId, a.periode);
}

export async function reportRealisasi(core: CoreContext, actor: Actor, a: ParsedArgsOf<'realisasi/report'>): Promise<RealisasiSheet> {
  await writeEvaluasi(core, actor, ['realisasi'], async (trx, ctx) => {
    const { stored } = await openForOwner(core, trx, actor, a.skpId, a.periode);
    const filled = stored?.row.items.some((i) => i.nilai !== null || i.teks !== null) ?? false;
    if (!stored || !filled) throw new AppFailure('VALIDATION', 'Isi realisasi paling sedikit satu indikator sebelum melaporkan.');
    await saveRow(trx, ctx, { ...stored.row, status: 'dilaporkan', catatanRevisi: null, dilaporkanAt: ctx.now }, stored, 'realisasi/laporkan');
  });
  return realisasiSheet(core, core.db, actor, a.skpId, a.periode);
}

export async function requestRevision(core: CoreContext, actor: Actor, a: ParsedArgsOf<'realisasi/requestRevision'>): Promise<RealisasiSheet> {
  await writeEvaluasi(core, actor, ['realisasi'], async (trx, ctx) => {
    const s = await loadEvaluasi(core, trx, actor, a.skpId);
    periodOf(s, a.periode);
    requireApproved(s.stored.skp);
    await requireUnlocked(trx, s.stored.skp, a.periode);
    requirePenilai(s);
    const stored = await docAt(trx, 'realisasi', a.skpId, a.periode);
    if (stored?.row.status !== 'dilaporkan') throw new AppFailure('ILLEGAL_TRANSITION', 'Revisi hanya dapat diminta untuk realisasi yang sudah dilaporkan.');
    await saveRow(trx, ctx, { ...stored.row, status: 'revisi', catatanRevisi: a.catatan }, stored, 'realisasi/mintaRevisi');
  });
  return realisasiSheet(core, core.db, actor, a.skpId, a.periode);
}

/** Appends a stored file to one indikator's bukti (creating the row or item when needed). */
export async function appendBukti(
  core: CoreContext,
  actor: Actor,
  a: { skpId: string; periode: PeriodeKey; indikatorId: string },
  bukti: BuktiDukung,
): Promise<void> {
  await writeEvaluasi(core, actor, ['realisasi'], async (trx, ctx) => {
    const { stored } = await openForOwner(core, trx, actor, a.skpId, a.periode);
    const rhk = (await rhkOfSkp(trx, [a.skpId])).map((r) => r.rhk);
    const owner = rhk.find((r) => r.indikator.some((i) => i.id === a.indikatorId));
    if (!owner) throw new AppFailure('VALIDATION', 'Indikator tidak ditemukan pada SKP ini.');
    const base = stored?.row ?? emptyRow(a.skpId, a.periode);
    const item = base.items.find((i) => i.indikatorId === a.indikatorId) ?? {
      rhkId: owner.id, indikatorId: a.indikatorId, rencanaNilai: null, rencanaTeks: null, nilai: null, teks: null, bukti: [],
    };
    const same = (b: BuktiDukung) => b.kind === 'file' && bukti.kind === 'file' && b.sha256 === bukti.sha256;
    if (item.bukti.some(same)) return; // the same file on the same indikator: nothing new to record
    if (item.bukti.length >= EVALUASI_LIMITS.maxBuktiPerItem) throw new AppFailure('VALIDATION', `Paling banyak ${EVALUASI_LIMITS.maxBuktiPerItem} bukti dukung per indikator.`);
    const next = { ...item, bukti: [...item.bukti, bukti] };
    const items = base.items.some((i) => i.indikatorId === a.indikatorId) ? base.items.map((i) => (i.indikatorId === a.indikatorId ? next : i)) : [...base.items, next];
    await saveRow(trx, ctx, { ...base, items }, stored, 'realisasi/lampirkan');
  });
}
