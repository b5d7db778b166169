/**
 * evaluasi/upsert: the pejabat penilai's evaluation of one SKP for one period. Every accepted
 * write is exactly one step of the shared rule (`evaluasiStep`: nilai, kunci, buka by the
 * pejabat penilai — never an operator or admin —, terima by the owner after kunci), made by the
 * command's account and recorded by this very signed command in `riwayat`, as SKP steps are
 * (apply-skp.ts). The row must be what the rule computes, predikat from the matrix included.
 */
import { blankEvaluasi } from '../../../shared/domain/evaluasi/blank.js';
import { evaluasiStep, type EvaluasiInput } from '../../../shared/domain/evaluasi/evaluasi-rules.js';
import { predikatOrNull } from '../../../shared/domain/evaluasi/predikat.js';
import type { Evaluasi, EvaluasiEvent } from '../../../shared/domain/evaluasi/types.js';
import type { SyncRow } from '../../../shared/sync-protocol.js';
import { docOfPeriode, findDoc } from '../../db/repos/evaluasi-repo.js';
import { requireOwnCommand } from './apply-skp.js';
import { requireBaseVersion, type CommandContext, type Plan } from './command-context.js';
import { dateOf, EVALUASI_SERVER_MSG, evaluasiStanding, refusedEvaluasi, requireSkpPeriode, skpOfDoc } from './evaluasi-parties.js';
import { Rejection } from './rejection.js';
import { same, underLock } from './skp-parties.js';

export const EVALUASI_CHECK_MSG = {
  predikatSalah: 'Predikat tidak sesuai dengan matriks rating hasil kerja dan rating perilaku kerja.',
  riwayatSalah: 'Riwayat evaluasi harus bertambah tepat satu langkah, dicatat oleh akun yang membuat perubahan ini.',
  tidakSesuai: 'Data evaluasi tidak sesuai dengan langkah yang dilakukan.',
} as const;

/** The one event this write appends, by the command's account, naming this command (or none). */
function newEvent(c: CommandContext, prev: Evaluasi, next: Evaluasi): EvaluasiEvent {
  const event = next.riwayat[next.riwayat.length - 1];
  const ok = event !== undefined && next.riwayat.length === prev.riwayat.length + 1 && same(next.riwayat.slice(0, -1), prev.riwayat) && event.actorUserId.toLowerCase() === c.actor.id.toLowerCase();
  if (!ok) throw new Rejection('VALIDATION', EVALUASI_CHECK_MSG.riwayatSalah);
  requireOwnCommand(c, event);
  return event;
}

/** The step's input as the row carries it (the rule applies it to the previous row). */
function inputOf(next: Evaluasi, event: EvaluasiEvent): EvaluasiInput {
  if (event.action === 'buka') return { alasan: event.alasan };
  if (event.action === 'terima') return {};
  const { ratingHasilKerja, ratingPerilaku, umpanBalikHasilKerja, umpanBalikPerilaku, catatan, saranPredikat, alasanPredikat } = next;
  return { ratingHasilKerja, ratingPerilaku, umpanBalikHasilKerja, umpanBalikPerilaku, catatan, saranPredikat, alasanPredikat };
}

/** What an evaluation is before its first step; no penilai yet, as the step being checked names who rated. */
const blankOf = (row: Evaluasi): Evaluasi => blankEvaluasi({ id: row.id, skpId: row.skpId, periode: row.periode, penilaiPegawaiId: null });

async function checkStep(c: CommandContext, prev: Evaluasi, next: Evaluasi): Promise<void> {
  if (next.predikat !== predikatOrNull(next.ratingHasilKerja, next.ratingPerilaku)) throw new Rejection('VALIDATION', EVALUASI_CHECK_MSG.predikatSalah);
  const event = newEvent(c, prev, next);
  const skp = await skpOfDoc(c, next.skpId, { approved: true });
  await requireSkpPeriode(c, skp, next.periode);
  const s = await evaluasiStanding(c, skp, dateOf(event.at));
  const r = evaluasiStep(prev, event.action, s.actor, s.parties, event.at, inputOf(next, event));
  if (!r.ok) throw refusedEvaluasi(r);
  const signature = event.commandId === undefined ? {} : { commandId: event.commandId, keyVersion: event.keyVersion };
  // The rater is whoever took the penilai's step; the owner's acknowledgement leaves it as it was.
  const penilaiPegawaiId = event.action === 'terima' ? prev.penilaiPegawaiId : s.actor.pegawaiId;
  const computed: Evaluasi = { ...r.next, penilaiPegawaiId, riwayat: [...prev.riwayat, { ...r.event, ...signature }] };
  if (!same(computed, next)) throw new Rejection('VALIDATION', EVALUASI_CHECK_MSG.tidakSesuai);
}

export async function checkEvaluasi(c: CommandContext, row: SyncRow<'evaluasi'>): Promise<Plan> {
  const prev = await findDoc(c.db, c.instansiId, 'evaluasi', row.id);
  await skpOfDoc(c, prev?.row.skpId ?? row.skpId, { approved: false });
  requireBaseVersion(c, prev, true);
  const current = prev && { row: prev.row, version: prev.version };
  if (prev && (prev.row.skpId !== row.skpId || prev.row.periode !== row.periode)) throw new Rejection('VALIDATION', EVALUASI_SERVER_MSG.kunciTetap, current);
  const byKey = prev ? undefined : await docOfPeriode(c.db, c.instansiId, 'evaluasi', row.skpId, row.periode);
  if (byKey) throw new Rejection('CONFLICT', EVALUASI_SERVER_MSG.gandaPeriode, { row: byKey.row, version: byKey.version });
  // A refused step on an existing evaluation answers with the server's row (both versions in the conflict).
  await checkStep(c, prev?.row ?? blankOf(row), row).catch((e: unknown) => {
    throw e instanceof Rejection && !e.current && current ? new Rejection(e.code, e.message, current) : e;
  });
  return underLock({ entity: 'evaluasi', row, prevVersion: prev?.version ?? null });
}
