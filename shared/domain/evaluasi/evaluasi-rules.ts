/**
 * Who may do what on an Evaluasi, and the step function that applies it (mirrors skp/workflow.ts):
 *
 *   (open) ──nilai──▶ (open) ──kunci──▶ terkunci ──terima (pegawai)──▶ terkunci + diterimaAt
 *                                          └──buka (penilai, with a reason)──▶ (open)
 *
 * Only the pejabat penilai rates, locks and reopens — not an operator, not an admin, not the owner:
 * a rating is the penilai's own judgement and, unlike SKP approval, is never delegated to an operator
 * [our choice; DOMAIN.md speaks only of the pejabat penilai]. The owner acknowledges a locked rating.
 */
import type { Role } from '../../entities.js';
import { SKP_RULES } from '../skp/rules.js';
import { needsJustification } from './annual.js';
import { EVALUASI_MSG } from './messages.js';
import { refuseEvaluasi, type EvaluasiRefusal } from './outcome.js';
import { predikatOrNull } from './predikat.js';
import { PREDIKAT_LABEL, RATING_LABEL, type Evaluasi, type EvaluasiAction, type EvaluasiEvent, type Predikat, type Rating } from './types.js';

export type EvaluasiActor = {
  userId: string;
  /** The account's own pegawai record; null for an operator/admin account without one. */
  pegawaiId: string | null;
  roles: readonly Role[];
};

/** Facts the caller resolves: the penilai (jabatan tree + overrides, see penilaiOn) and the SKP's owner. */
export type EvaluasiParties = {
  penilaiPegawaiIds: readonly string[];
  pemilikPegawaiId: string;
};

/** What a step carries. `undefined` leaves a field as it is; `null` (or blank text) clears it. */
export type EvaluasiInput = {
  ratingHasilKerja?: Rating | null;
  ratingPerilaku?: Rating | null;
  umpanBalikHasilKerja?: string | null;
  umpanBalikPerilaku?: string | null;
  catatan?: string | null;
  /** TAHUNAN: the current suggestion from the periodic history (saranPredikatTahunan), refreshed on nilai/kunci. */
  saranPredikat?: Predikat | null;
  /** TAHUNAN: why the predikat differs from the suggestion. */
  alasanPredikat?: string | null;
  /** buka: the reason for reopening (required). */
  alasan?: string | null;
};

export type EvaluasiStepOk = { ok: true; next: Evaluasi; event: EvaluasiEvent; warnings: string[] };
export type EvaluasiStepResult = EvaluasiStepOk | EvaluasiRefusal;

/** The owner's pegawai, never their own penilai even if the data says so. */
export function isPenilaiOf(actor: EvaluasiActor, parties: EvaluasiParties): boolean {
  return actor.pegawaiId !== null && actor.pegawaiId !== parties.pemilikPegawaiId && parties.penilaiPegawaiIds.includes(actor.pegawaiId);
}

export function isPemilikOf(actor: EvaluasiActor, parties: EvaluasiParties): boolean {
  return actor.pegawaiId !== null && actor.pegawaiId === parties.pemilikPegawaiId;
}

/** Why an action is refused before its content is looked at (who and from which state); null: allowed. */
function gate(prev: Evaluasi, action: EvaluasiAction, actor: EvaluasiActor, parties: EvaluasiParties): EvaluasiRefusal | null {
  if (action === 'terima') {
    if (!isPemilikOf(actor, parties)) return refuseEvaluasi('FORBIDDEN', EVALUASI_MSG.bukanPemilik);
    if (!prev.terkunci) return refuseEvaluasi('ILLEGAL_TRANSITION', EVALUASI_MSG.belumTerkunci);
    if (prev.diterimaAt !== null) return refuseEvaluasi('ILLEGAL_TRANSITION', EVALUASI_MSG.sudahDiterima);
    return null;
  }
  if (!isPenilaiOf(actor, parties)) return refuseEvaluasi('FORBIDDEN', EVALUASI_MSG.bukanPenilai);
  if (action === 'buka') return prev.terkunci ? null : refuseEvaluasi('ILLEGAL_TRANSITION', EVALUASI_MSG.belumTerkunci);
  if (prev.terkunci) return refuseEvaluasi(action === 'nilai' ? 'LOCKED' : 'ILLEGAL_TRANSITION', action === 'nilai' ? EVALUASI_MSG.terkunci : EVALUASI_MSG.sudahTerkunci);
  return null;
}

/**
 * The actions this actor may take now (for the UI's buttons); content checks still apply on the step.
 *
 * @example
 * evaluasiActionsFor(locked, owner, parties); // ['terima']
 */
export function evaluasiActionsFor(prev: Evaluasi, actor: EvaluasiActor, parties: EvaluasiParties): EvaluasiAction[] {
  const all: EvaluasiAction[] = ['nilai', 'kunci', 'buka', 'terima'];
  return all.filter((a) => gate(prev, a, actor, parties) === null);
}

function clean(v: string | null | undefined, prev: string | null): string | null {
  if (v === undefined) return prev;
  const t = v?.trim() ?? '';
  return t === '' ? null : t;
}

/**
 * [unconfirmed: warning, never refusal] Umpan balik is expected for a rating that is not "Sesuai
 * Ekspektasi" (DOMAIN.md "Pelaksanaan").
 *
 * @example
 * umpanBalikWarnings({ ...e, ratingHasilKerja: 'di_bawah', umpanBalikHasilKerja: null }); // ['Rating hasil kerja "Di Bawah Ekspektasi" ...']
 */
export function umpanBalikWarnings(
  e: Pick<Evaluasi, 'ratingHasilKerja' | 'ratingPerilaku' | 'umpanBalikHasilKerja' | 'umpanBalikPerilaku'>,
): string[] {
  const out: string[] = [];
  if (e.ratingHasilKerja !== null && e.ratingHasilKerja !== 'sesuai' && e.umpanBalikHasilKerja === null) {
    out.push(EVALUASI_MSG.umpanBalikDisarankan('hasil kerja', RATING_LABEL[e.ratingHasilKerja]));
  }
  if (e.ratingPerilaku !== null && e.ratingPerilaku !== 'sesuai' && e.umpanBalikPerilaku === null) {
    out.push(EVALUASI_MSG.umpanBalikDisarankan('perilaku kerja', RATING_LABEL[e.ratingPerilaku]));
  }
  return out;
}

function tooLong(...texts: (string | null)[]): boolean {
  return texts.some((t) => t !== null && t.length > SKP_RULES.maxCatatan);
}

/** The fields the penilai sets (nilai, and kunci which may carry the last edits), predikat recomputed. */
function applyInput(prev: Evaluasi, input: EvaluasiInput): Evaluasi {
  const ratingHasilKerja = input.ratingHasilKerja === undefined ? prev.ratingHasilKerja : input.ratingHasilKerja;
  const ratingPerilaku = input.ratingPerilaku === undefined ? prev.ratingPerilaku : input.ratingPerilaku;
  const tahunan = prev.periode === 'TAHUNAN';
  return {
    ...prev,
    ratingHasilKerja,
    ratingPerilaku,
    predikat: predikatOrNull(ratingHasilKerja, ratingPerilaku),
    saranPredikat: tahunan && input.saranPredikat !== undefined ? input.saranPredikat : prev.saranPredikat,
    alasanPredikat: tahunan ? clean(input.alasanPredikat, prev.alasanPredikat) : prev.alasanPredikat,
    umpanBalikHasilKerja: clean(input.umpanBalikHasilKerja, prev.umpanBalikHasilKerja),
    umpanBalikPerilaku: clean(input.umpanBalikPerilaku, prev.umpanBalikPerilaku),
    catatan: clean(input.catatan, prev.catatan),
  };
}

/**
 * Applies one evaluation step, or refuses it: FORBIDDEN (not this actor), LOCKED (rating a locked
 * period), ILLEGAL_TRANSITION (not from this state), VALIDATION (content). Appends the event to
 * `riwayat` and recomputes the predikat from the matrix. Warnings never block.
 *
 * @example
 * const r = evaluasiStep(e, 'nilai', penilai, parties, now, { ratingHasilKerja: 'sesuai', ratingPerilaku: 'di_atas' });
 * if (r.ok) save(r.next); // r.next.predikat === 'baik'
 */
export function evaluasiStep(
  prev: Evaluasi,
  action: EvaluasiAction,
  actor: EvaluasiActor,
  parties: EvaluasiParties,
  now: string,
  input: EvaluasiInput = {},
): EvaluasiStepResult {
  const denied = gate(prev, action, actor, parties);
  if (denied) return denied;
  const event: EvaluasiEvent = { at: now, action, actorUserId: actor.userId, alasan: null };
  const append = (next: Evaluasi, ev: EvaluasiEvent, warnings: string[] = []): EvaluasiStepOk => ({
    ok: true,
    next: { ...next, riwayat: [...prev.riwayat, ev] },
    event: ev,
    warnings,
  });

  switch (action) {
    case 'nilai':
    case 'kunci': {
      const next = applyInput(prev, input);
      if (tooLong(next.umpanBalikHasilKerja, next.umpanBalikPerilaku, next.catatan, next.alasanPredikat)) {
        return refuseEvaluasi('VALIDATION', EVALUASI_MSG.teksTerlaluPanjang(SKP_RULES.maxCatatan));
      }
      const warnings = umpanBalikWarnings(next);
      if (action === 'nilai') return append(next, event, warnings);
      if (next.predikat === null) return refuseEvaluasi('VALIDATION', EVALUASI_MSG.belumLengkap);
      const justify = next.periode === 'TAHUNAN' && needsJustification(next.saranPredikat, next.predikat);
      if (justify && next.alasanPredikat === null && next.saranPredikat !== null) {
        return refuseEvaluasi('VALIDATION', EVALUASI_MSG.alasanPredikatWajib(PREDIKAT_LABEL[next.saranPredikat], PREDIKAT_LABEL[next.predikat]));
      }
      return append({ ...next, terkunci: true }, { ...event, alasan: justify ? next.alasanPredikat : null }, warnings);
    }
    case 'buka': {
      const alasan = clean(input.alasan, null);
      if (alasan === null) return refuseEvaluasi('VALIDATION', EVALUASI_MSG.alasanBukaWajib);
      if (tooLong(alasan)) return refuseEvaluasi('VALIDATION', EVALUASI_MSG.teksTerlaluPanjang(SKP_RULES.maxCatatan));
      // The acknowledgement was of the rating now reopened; the pegawai acknowledges the new one again.
      return append({ ...prev, terkunci: false, diterimaAt: null }, { ...event, alasan });
    }
    case 'terima':
      return append({ ...prev, diterimaAt: now }, event);
  }
}
