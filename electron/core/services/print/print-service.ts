/**
 * print/skp, print/evaluasi and print/peta: the document as a PDF, recorded as an issued print so its code can
 * be verified later.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { Actor } from '../../auth/actor.js';
import type { CoreContext } from '../../context.js';
import type { ResultOf } from '../../../../shared/contract.js';
import type { PeriodeKey } from '../../../../shared/domain/evaluasi/types.js';
import { canonicalJson, type Json } from '../../../../shared/print/canonical.js';
import type { DocumentKind } from '../../../../shared/print/code.js';
import type { PrintSettings } from '../../../../shared/print/settings.js';
import { renderSkpPdf } from '../../print/skp/skp-pdf.js';
import { renderEvaluasiPdf } from '../../print/evaluasi/evaluasi-pdf.js';
import { renderPetaPdf } from '../../print/peta/peta-pdf.js';
import { recordPrint, type NewPrint } from '../../db/repositories/print-registry-repo.js';
import { readPrintSettings } from './print-settings.js';
import { skpPrintDataFor } from './skp-print-data.js';
import { evaluasiPrintDataFor } from './evaluasi-print-data.js';
import { petaPrintDataFor } from './peta-print-data.js';

/** File names stay plain ASCII: some office PCs still choke on anything else in a download name. */
export function safeName(s: string): string {
  return s.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

export type Issued = { kind: DocumentKind; docId: string; versi: number; code: string; hash: string; data: Json };

/** The registry row of an issued print. */
export function issuedRow(i: Issued, settings: PrintSettings, at: string, byUserId: string): NewPrint {
  return { code: i.code, kind: i.kind, docId: i.docId, versi: i.versi, hash: i.hash, data: canonicalJson(i.data), settings: canonicalJson(settings), at, byUserId };
}

/** Records an issued print (a re-print of the same version only counts). */
export async function recordIssued(db: Kysely<Database>, i: Issued, settings: PrintSettings, at: string, byUserId: string): Promise<void> {
  await recordPrint(db, issuedRow(i, settings, at, byUserId));
}

type Rendered = { bytes: Uint8Array; code: string; hash: string };

/**
 * What every print channel does once its document is rendered: record it as issued (so its code
 * verifies later) and hand the PDF back as a download.
 */
async function issue(core: CoreContext, actor: Actor, doc: { kind: DocumentKind; id: string; versi: number; data: Json }, pdf: Rendered, settings: PrintSettings, fileName: string): Promise<ResultOf<'print/skp'>> {
  await recordIssued(core.db, { kind: doc.kind, docId: doc.id, versi: doc.versi, code: pdf.code, hash: pdf.hash, data: doc.data }, settings, core.clock().toISOString(), actor.user.id);
  return { fileName, base64: Buffer.from(pdf.bytes).toString('base64'), mimeType: 'application/pdf', code: pdf.code };
}

/**
 * @example
 * const file = await printSkp(core, actor, { id }); // { fileName: 'SKP-2025-…-v1.pdf', base64, mimeType, code }
 */
export async function printSkp(core: CoreContext, actor: Actor, args: { id: string }): Promise<ResultOf<'print/skp'>> {
  const data = await skpPrintDataFor(core, actor, args.id);
  const settings = await readPrintSettings(core.db);
  const draft = data.status === 'disetujui' ? '' : '-DRAF';
  return issue(core, actor, { kind: 'skp', id: data.id, versi: data.versi, data }, await renderSkpPdf(data, settings), settings, `SKP-${data.periode.tahun}-${safeName(data.pegawai.nama)}-v${data.versi}${draft}.pdf`);
}

/**
 * @example
 * const file = await printEvaluasi(core, actor, { skpId, periode: 'TW1' }); // 'Evaluasi-2025-TW1-…-v3.pdf'
 */
export async function printEvaluasi(core: CoreContext, actor: Actor, args: { skpId: string; periode: PeriodeKey }): Promise<ResultOf<'print/evaluasi'>> {
  const data = await evaluasiPrintDataFor(core, actor, args.skpId, args.periode);
  const settings = await readPrintSettings(core.db);
  const draft = data.terkunci ? '' : '-DRAF';
  const fileName = `Evaluasi-${data.periode.tahun}-${data.periode.key}-${safeName(data.pegawai.nama)}-v${data.versi}${draft}.pdf`;
  return issue(core, actor, { kind: 'evaluasi', id: data.id, versi: data.versi, data }, await renderEvaluasiPdf(data, settings), settings, fileName);
}

/**
 * @example
 * const file = await printPeta(core, actor, { unitId, tahun: 2025 }); // 'Peta-Cascading-2025-Dinas-…-v7.pdf'
 */
export async function printPeta(core: CoreContext, actor: Actor, args: { unitId: string; tahun: number }): Promise<ResultOf<'print/peta'>> {
  const data = await petaPrintDataFor(core, actor, args.unitId, args.tahun);
  const settings = await readPrintSettings(core.db);
  const fileName = `Peta-Cascading-${data.tahun}-${safeName(data.unit)}-v${data.versi}${data.final ? '' : '-DRAF'}.pdf`;
  return issue(core, actor, { kind: 'peta', id: data.id, versi: data.versi, data }, await renderPetaPdf(data, settings), settings, fileName);
}
