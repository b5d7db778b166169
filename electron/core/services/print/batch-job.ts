/**
 * print/batch as a job (electron/core/jobs): in the worker thread on its own connection, so the
 * window keeps answering while a unit prints. SKP the caller may not see are skipped and counted.
 * Each printed SKP is recorded as an issued print (all in one transaction once every SKP rendered),
 * so its code verifies. Cancel stops between two SKP: nothing is recorded, and "one file per
 * pegawai" removes the files it had written.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { UserAccount } from '../../../../shared/entities.js';
import { AppFailure } from '../../../../shared/result.js';
import { sha256Hex } from '../../../../shared/print/sha256.js';
import type { Actor } from '../../auth/actor.js';
import type { JobContext } from '../../jobs/job-types.js';
import { CombinedPdf } from '../../print/combined.js';
import { renderPdf } from '../../print/render.js';
import { skpRenderSpec } from '../../print/skp/skp-pdf.js';
import { readPrintSettings } from './print-settings.js';
import { issuedRow, safeName } from './print-service.js';
import { recordPrints, type NewPrint } from '../../db/repositories/print-registry-repo.js';
import { skpPrintDataFor } from './skp-print-data.js';

export type BatchMode = 'gabung' | 'per_pegawai';

export type PrintBatchInput = {
  /** The caller as plain data (a Set and a signing key do not cross the thread boundary). */
  user: UserAccount;
  scopeUnitIds: string[];
  skpIds: string[];
  mode: BatchMode;
  now: string;
  /** per_pegawai: the folder the files go into (created here). */
  folder: string | null;
};

export type PrintBatchOutput = { printed: number; skipped: number; pdf: Uint8Array | null; folder: string | null; files: string[] };

/**
 * @example
 * const out = await printBatchJob(ctx, { user, scopeUnitIds, skpIds, mode: 'gabung', now, folder: null });
 * out.pdf; // one PDF with every SKP, each with its own page numbers and code
 */
export async function printBatchJob(ctx: JobContext, input: PrintBatchInput): Promise<PrintBatchOutput> {
  const actor: Actor = { user: input.user, scopeUnitIds: new Set(input.scopeUnitIds), signer: null };
  const core = { db: ctx.db, clock: () => new Date(input.now) };
  const settings = await readPrintSettings(ctx.db);
  const combined = input.mode === 'gabung' ? await CombinedPdf.create(settings) : null;
  if (input.mode === 'per_pegawai' && !input.folder) throw new AppFailure('INTERNAL', 'Folder ekspor tidak diberikan.');
  const files: string[] = [];
  const codes: string[] = [];
  const issued: NewPrint[] = [];
  let skipped = 0;
  const total = input.skpIds.length;
  await ctx.progress('mencetak', 0, total);
  try {
    for (const [i, id] of input.skpIds.entries()) {
      ctx.checkCancelled();
      const data = await skpPrintDataFor(core, actor, id).catch((e: unknown) => {
        if (e instanceof AppFailure && e.code === 'NOT_FOUND') return null;
        throw e;
      });
      if (!data) skipped += 1;
      else {
        const spec = skpRenderSpec(data, settings);
        if (combined) combined.add(spec);
        else {
          const name = `${String(i + 1).padStart(4, '0')}-SKP-${data.periode.tahun}-${safeName(data.pegawai.nama)}-v${data.versi}${data.status === 'disetujui' ? '' : '-DRAF'}.pdf`;
          mkdirSync(input.folder ?? '', { recursive: true });
          writeFileSync(path.join(input.folder ?? '', name), await renderPdf(spec));
          files.push(name);
        }
        codes.push(spec.code);
        issued.push(issuedRow({ kind: 'skp', docId: data.id, versi: data.versi, code: spec.code, hash: spec.hash, data }, settings, input.now, input.user.id));
      }
      // Reported after every SKP; each report also yields, so a cancel gets in between two.
      await ctx.progress('mencetak', i + 1, total);
    }
    ctx.checkCancelled();
    await ctx.progress('menyimpan', total, total);
    // Recorded once everything rendered: a cancelled batch issued nothing.
    await recordPrints(ctx.db, issued);
    const pdf = combined ? await combined.save({ title: `Cetak massal SKP (${codes.length})`, subject: 'SKP', at: new Date(input.now), hash: sha256Hex(new TextEncoder().encode(codes.join('|'))) }) : null;
    return { printed: codes.length, skipped, pdf, folder: input.folder, files };
  } catch (e) {
    // A cancelled or failed "per pegawai" batch leaves no half folder behind.
    if (input.folder && files.length > 0) rmSync(input.folder, { recursive: true, force: true });
    throw e;
  }
}
