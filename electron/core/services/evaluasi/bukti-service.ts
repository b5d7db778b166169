/**
 * Bukti dukung files: upload (checked and stored content-addressed, then named on the indikator's
 * realisasi) and download (only a file one of the SKP's realisasi names, for whoever sees the SKP).
 */
import type { CoreContext } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import { AppFailure } from '../../../../shared/result.js';
import { BUKTI_MAX_BYTES } from '../../../../shared/bukti-rules.js';
import { docsAt } from '../../db/repositories/evaluasi-query-repo.js';
import { readBukti, storeBukti } from '../../files/bukti-store.js';
import { loadEvaluasi, periodOf, requireApproved, requireOwnerSide, requireUnlocked } from './access.js';
import { appendBukti, realisasiSheet } from './realisasi-service.js';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * @example
 * const { bukti, sheet } = await attachBukti(core, actor, { skpId, periode: 'TW1', indikatorId, nama: 'a.pdf', mime: 'application/pdf', base64 });
 */
export async function attachBukti(core: CoreContext, actor: Actor, a: ParsedArgsOf<'realisasi/attach'>): Promise<ResultOf<'realisasi/attach'>> {
  // Who may attach is checked before any byte is written to the data folder.
  const s = await loadEvaluasi(core, core.db, actor, a.skpId);
  periodOf(s, a.periode);
  requireApproved(s.stored.skp);
  await requireUnlocked(core.db, s.stored.skp, a.periode);
  requireOwnerSide(s);
  if (!BASE64.test(a.base64)) throw new AppFailure('VALIDATION', 'Isi berkas tidak terbaca (bukan base64).');
  const bytes = Buffer.from(a.base64, 'base64');
  if (bytes.byteLength > BUKTI_MAX_BYTES) throw new AppFailure('PAYLOAD_TOO_LARGE', `Ukuran bukti dukung paling besar ${BUKTI_MAX_BYTES / (1024 * 1024)} MB.`);
  const bukti = storeBukti(core.dataDir, bytes, a.nama, a.mime);
  // A failure below leaves the stored file unreferenced: harmless, it is addressed by its content.
  await appendBukti(core, actor, a, bukti);
  return { bukti, sheet: await realisasiSheet(core, core.db, actor, a.skpId, a.periode) };
}

export async function buktiFile(core: CoreContext, actor: Actor, a: ParsedArgsOf<'realisasi/file'>): Promise<ResultOf<'realisasi/file'>> {
  await loadEvaluasi(core, core.db, actor, a.skpId);
  const named = (await docsAt(core.db, 'realisasi', [a.skpId]))
    .flatMap((d) => d.row.items.flatMap((i) => i.bukti))
    .find((b) => b.kind === 'file' && b.sha256 === a.sha256);
  if (!named || named.kind !== 'file') throw new AppFailure('NOT_FOUND', 'Bukti dukung tidak ditemukan pada SKP ini.');
  return { fileName: named.nama, mimeType: named.mime, base64: readBukti(core.dataDir, a.sha256).toString('base64') };
}
