/**
 * The pejabat penilai's evaluation of one period: rate (ratings, feedback, the predikat from the
 * matrix), lock, reopen with a reason; the pegawai acknowledges. Every step goes through
 * shared/domain/evaluasi evaluasiStep (the server applies the same) and is a signed change: the
 * appended EvaluasiEvent names its outbox command and key version.
 */
import type { CoreContext } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import { AppFailure } from '../../../../shared/result.js';
import { saranPredikatTahunan } from '../../../../shared/domain/evaluasi/annual.js';
import { blankEvaluasi } from '../../../../shared/domain/evaluasi/blank.js';
import { evaluasiStep, type EvaluasiInput } from '../../../../shared/domain/evaluasi/evaluasi-rules.js';
import { periodeLocked } from '../../../../shared/domain/evaluasi/lock.js';
import type { EvaluasiAction, PeriodeKey } from '../../../../shared/domain/evaluasi/types.js';
import type { EvaluasiSession, PeriodeStatusRow } from '../../../../shared/entities-evaluasi.js';
import { today } from '../../context.js';
import { saveDoc, type StoredDoc } from '../../db/repositories/evaluasi-doc-repo.js';
import { docAt, docsAt } from '../../db/repositories/evaluasi-query-repo.js';
import { stampEvaluasiStep } from '../../db/repositories/evaluasi-step-signature.js';
import type { Trx } from '../../db/repositories/changes.js';
import { derivedId } from '../../ids.js';
import { requireFresh } from '../skp/load.js';
import { loadEvaluasi, periodOf, periodsOf, refusedEvaluasi, requireApproved, requireUnlocked, writeEvaluasi, type EvaluasiScope } from './access.js';
import { evaluasiSession } from './session.js';

/** TAHUNAN: the suggestion from the periodic predikat, refreshed at every rating and lock. */
async function saranOf(trx: Trx, s: EvaluasiScope, key: PeriodeKey): Promise<Pick<EvaluasiInput, 'saranPredikat'>> {
  if (key !== 'TAHUNAN') return {};
  const byKey = new Map((await docsAt(trx, 'evaluasi', [s.stored.skp.id])).map((d) => [d.row.periode, d.row.predikat]));
  const history = periodsOf(s).filter((p) => p.key !== 'TAHUNAN').map((p) => ({ key: p.key, predikat: byKey.get(p.key) ?? null }));
  return { saranPredikat: saranPredikatTahunan(history).predikat };
}

type StepArgs = { skpId: string; periode: PeriodeKey; baseVersion?: number };

/** One step in a transaction: checks, the domain rule, the signed write. Answers the fresh session. */
async function step(core: CoreContext, actor: Actor, a: StepArgs, action: EvaluasiAction, input: EvaluasiInput = {}): Promise<EvaluasiSession> {
  await writeEvaluasi(core, actor, ['evaluasi'], async (trx, ctx) => {
    const s = await loadEvaluasi(core, trx, actor, a.skpId);
    periodOf(s, a.periode);
    requireApproved(s.stored.skp);
    // Rating or locking a finished period is refused for every role, before who is asking.
    if (action === 'nilai' || action === 'kunci') await requireUnlocked(trx, s.stored.skp, a.periode);
    const stored: StoredDoc<'evaluasi'> | undefined = await docAt(trx, 'evaluasi', a.skpId, a.periode);
    if (a.baseVersion !== undefined) requireFresh(a.baseVersion, stored?.rowVersion ?? 0);
    if (!stored && action !== 'nilai') throw new AppFailure('ILLEGAL_TRANSITION', 'Periode ini belum dinilai.');
    const prev = stored?.row ?? blankEvaluasi({ id: derivedId('evaluasi', a.skpId, a.periode), skpId: a.skpId, periode: a.periode, penilaiPegawaiId: s.eActor.pegawaiId });
    const r = evaluasiStep(prev, action, s.eActor, s.parties, ctx.now, { ...input, ...(await saranOf(trx, s, a.periode)) });
    if (!r.ok) refusedEvaluasi(r);
    // Who actually rated is recorded (an override may have changed the penilai since the row was made).
    const next = action === 'nilai' || action === 'kunci' ? { ...r.next, penilaiPegawaiId: s.eActor.pegawaiId } : r.next;
    const { row, commandId } = stampEvaluasiStep(ctx, next);
    await saveDoc(trx, ctx, 'evaluasi', 'evaluasi/upsert', row, stored, { auditAction: `evaluasi/${action}`, ...(commandId ? { commandId } : {}) });
  });
  return evaluasiSession(core, core.db, actor, a.skpId, a.periode);
}

export const getSession = (core: CoreContext, actor: Actor, a: ParsedArgsOf<'evaluasi/session'>) => evaluasiSession(core, core.db, actor, a.skpId, a.periode);

export const rate = (core: CoreContext, actor: Actor, a: ParsedArgsOf<'evaluasi/rate'>) =>
  step(core, actor, a, 'nilai', {
    ratingHasilKerja: a.ratingHasilKerja,
    ratingPerilaku: a.ratingPerilaku,
    umpanBalikHasilKerja: a.umpanBalikHasilKerja,
    umpanBalikPerilaku: a.umpanBalikPerilaku,
    catatan: a.catatan,
    ...(a.periode === 'TAHUNAN' ? { alasanPredikat: a.alasanPredikat } : {}),
  });

export const lock = (core: CoreContext, actor: Actor, a: ParsedArgsOf<'evaluasi/lock'>) => step(core, actor, a, 'kunci');

export const reopen = (core: CoreContext, actor: Actor, a: ParsedArgsOf<'evaluasi/reopen'>) => step(core, actor, a, 'buka', { alasan: a.alasan });

export const acknowledge = (core: CoreContext, actor: Actor, a: ParsedArgsOf<'evaluasi/acknowledge'>) => step(core, actor, a, 'terima');

/** Every period of the SKP with where it stands (realisasi in? rated? locked? acknowledged?). */
export async function periods(core: CoreContext, actor: Actor, a: ParsedArgsOf<'evaluasi/periods'>): Promise<ResultOf<'evaluasi/periods'>> {
  const s = await loadEvaluasi(core, core.db, actor, a.skpId);
  const [realisasi, evaluasi] = await Promise.all([docsAt(core.db, 'realisasi', [a.skpId]), docsAt(core.db, 'evaluasi', [a.skpId])]);
  const r = new Map(realisasi.map((d) => [d.row.periode, d.row]));
  const e = new Map(evaluasi.map((d) => [d.row.periode, d.row]));
  const locks = evaluasi.map((d) => d.row);
  const now = today(core);
  const rows: PeriodeStatusRow[] = periodsOf(s).map((p) => {
    const ev = e.get(p.key);
    return {
      ...p,
      realisasi: r.get(p.key)?.status ?? null,
      dinilai: ev?.predikat != null,
      predikat: ev?.predikat ?? null,
      terkunci: periodeLocked(p.key, locks),
      diterima: ev?.diterimaAt != null,
      berjalan: p.key !== 'TAHUNAN' && p.mulai <= now && now <= p.selesai,
    };
  });
  return { total: rows.length, rows };
}
