/**
 * realisasi/upsert: the realisasi of one SKP for one period. The owner (or an operator of the unit)
 * writes items and reports them; the pejabat penilai only asks for a revision. Nobody changes it
 * once the period's evaluation is locked (LOCKED, with the server's row: a push made offline before
 * the lock arrived becomes a visible conflict, never a silent overwrite).
 */
import { buktiProblem } from '../../../shared/bukti-rules.js';
import { checkRealisasiEdit } from '../../../shared/domain/evaluasi/lock.js';
import type { Realisasi } from '../../../shared/domain/evaluasi/types.js';
import type { SyncRow } from '../../../shared/sync-protocol.js';
import { buktiPresent } from '../../db/repos/bukti-repo.js';
import { docOfPeriode, evaluasiOfSkp, findDoc } from '../../db/repos/evaluasi-repo.js';
import type { Stored } from '../../db/repos/types.js';
import { requireBaseVersion, type CommandContext, type Plan } from './command-context.js';
import { dateOf, EVALUASI_SERVER_MSG, evaluasiStanding, refusedEvaluasi, requireRhkOfSkp, requireSkpPeriode, skpOfDoc } from './evaluasi-parties.js';
import { Rejection } from './rejection.js';
import { same, underLock } from './skp-parties.js';

export const REALISASI_MSG = {
  revisiHanyaPenilai: 'Hanya pejabat penilai yang dapat meminta revisi realisasi.',
  revisiTanpaCatatan: 'Tuliskan catatan revisi untuk pegawai.',
  revisiBelumDilaporkan: 'Revisi hanya dapat diminta untuk realisasi yang sudah dilaporkan.',
  penilaiHanyaRevisi: 'Pejabat penilai hanya dapat meminta revisi; isi realisasi ditulis pegawai.',
  catatanRevisiMilikPenilai: 'Catatan revisi ditulis pejabat penilai; pegawai hanya menghapusnya saat melaporkan kembali.',
  buktiBelumTerunggah: (nama: string) => `Berkas bukti dukung "${nama}" belum terunggah ke server. Sinkronkan kembali dari meja yang menyimpannya.`,
} as const;

/** Fields other than status and catatanRevisi are unchanged (what a request for revision may touch). */
function onlyRevisi(prev: Realisasi, next: Realisasi): boolean {
  const { status: _s, catatanRevisi: _c, ...a } = prev;
  const { status: _t, catatanRevisi: _d, ...b } = next;
  return same(a, b);
}

/** The penilai's request for a revision: a reported realisasi back to the owner with a note, nothing else. */
function checkRevisi(prev: Stored<'realisasi'> | undefined, next: Realisasi): void {
  if (!prev) throw new Rejection('ILLEGAL_TRANSITION', REALISASI_MSG.revisiBelumDilaporkan);
  const current = { row: prev.row, version: prev.version };
  if (next.status !== 'revisi' || !onlyRevisi(prev.row, next)) throw new Rejection('FORBIDDEN', REALISASI_MSG.penilaiHanyaRevisi, current);
  if (prev.row.status !== 'dilaporkan') throw new Rejection('ILLEGAL_TRANSITION', REALISASI_MSG.revisiBelumDilaporkan, current);
  if ((next.catatanRevisi ?? '').trim() === '') throw new Rejection('VALIDATION', REALISASI_MSG.revisiTanpaCatatan, current);
}

/** The owner's side: items and reporting; `revisi` stays the penilai's to set, its note only cleared. */
function checkOwnerEdit(prev: Realisasi | undefined, next: Realisasi): void {
  const wasRevisi = prev?.status === 'revisi';
  if (next.status === 'revisi' && !wasRevisi) throw new Rejection('FORBIDDEN', REALISASI_MSG.revisiHanyaPenilai);
  if (next.catatanRevisi !== null && next.catatanRevisi !== (prev?.catatanRevisi ?? null)) throw new Rejection('FORBIDDEN', REALISASI_MSG.catatanRevisiMilikPenilai);
}

/** Evidence files new in this row must be acceptable and already uploaded (PUT /v1/files/:sha256). */
async function requireFiles(c: CommandContext, prev: Realisasi | undefined, next: Realisasi): Promise<void> {
  const had = new Set(prev?.items.flatMap((i) => i.bukti.flatMap((b) => (b.kind === 'file' ? [b.sha256] : []))) ?? []);
  const files = next.items.flatMap((i) => i.bukti.flatMap((b) => (b.kind === 'file' && !had.has(b.sha256) ? [b] : [])));
  const present = await buktiPresent(c.db, c.instansiId, files.map((f) => f.sha256));
  for (const f of files) {
    const problem = buktiProblem(f.mime, f.ukuran);
    if (problem) throw new Rejection('VALIDATION', `${f.nama}: ${problem}`);
    if (!present.has(f.sha256)) throw new Rejection('VALIDATION', REALISASI_MSG.buktiBelumTerunggah(f.nama));
  }
}

export async function checkRealisasi(c: CommandContext, row: SyncRow<'realisasi'>): Promise<Plan> {
  const prev = await findDoc(c.db, c.instansiId, 'realisasi', row.id);
  const skp = await skpOfDoc(c, prev?.row.skpId ?? row.skpId, { approved: true });
  requireBaseVersion(c, prev, true);
  const current = prev && { row: prev.row, version: prev.version };
  if (prev && (prev.row.skpId !== row.skpId || prev.row.periode !== row.periode)) throw new Rejection('VALIDATION', EVALUASI_SERVER_MSG.kunciTetap, current);
  const byKey = prev ? undefined : await docOfPeriode(c.db, c.instansiId, 'realisasi', row.skpId, row.periode);
  if (byKey) throw new Rejection('CONFLICT', EVALUASI_SERVER_MSG.gandaPeriode, { row: byKey.row, version: byKey.version });
  // The lock comes before who is asking: a locked period refuses every role alike.
  const locked = checkRealisasiEdit(skp.periode.tahun, row.periode, (await evaluasiOfSkp(c.db, c.instansiId, skp.id)).map((e) => e.row));
  if (locked) throw refusedEvaluasi(locked, current);
  await requireSkpPeriode(c, skp, row.periode);
  const s = await evaluasiStanding(c, skp, dateOf(c.cmd.createdAt));
  try {
    const asksRevisi = row.status === 'revisi' && prev?.row.status !== 'revisi';
    if (s.penilai && (asksRevisi || !s.forOwner)) checkRevisi(prev, row);
    else if (s.forOwner) {
      checkOwnerEdit(prev?.row, row);
      await requireRhkOfSkp(c, skp.id, row.items);
      await requireFiles(c, prev?.row, row);
    } else throw new Rejection('FORBIDDEN', EVALUASI_SERVER_MSG.bukanPemilikAtauOperator);
  } catch (e) {
    throw e instanceof Rejection && !e.current && current ? new Rejection(e.code, e.message, current) : e;
  }
  return underLock({ entity: 'realisasi', row, prevVersion: prev?.version ?? null });
}
