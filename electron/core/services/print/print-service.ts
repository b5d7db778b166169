/**
 * print/skp: the SKP as a PDF, recorded as an issued print so its code can be verified later.
 */
import type { Actor } from '../../auth/actor.js';
import type { CoreContext } from '../../context.js';
import type { ResultOf } from '../../../../shared/contract.js';
import { canonicalJson } from '../../../../shared/print/canonical.js';
import { renderSkpPdf } from '../../print/skp/skp-pdf.js';
import { recordPrint } from '../../db/repositories/print-registry-repo.js';
import { readPrintSettings } from './print-settings.js';
import { skpPrintDataFor } from './skp-print-data.js';

/** File names stay plain ASCII: some office PCs still choke on anything else in a download name. */
function safeName(s: string): string {
  return s.normalize('NFKD').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

/**
 * @example
 * const file = await printSkp(core, actor, { id }); // { fileName: 'SKP-2025-…-v1.pdf', base64, mimeType, code }
 */
export async function printSkp(core: CoreContext, actor: Actor, args: { id: string }): Promise<ResultOf<'print/skp'>> {
  const data = await skpPrintDataFor(core, actor, args.id);
  const settings = await readPrintSettings(core.db);
  const pdf = await renderSkpPdf(data, settings);
  await recordPrint(core.db, {
    code: pdf.code,
    kind: 'skp',
    docId: data.id,
    versi: data.versi,
    hash: pdf.hash,
    data: canonicalJson(data),
    settings: canonicalJson(settings),
    at: core.clock().toISOString(),
    byUserId: actor.user.id,
  });
  const draft = data.status === 'disetujui' ? '' : '-DRAF';
  return {
    fileName: `SKP-${data.periode.tahun}-${safeName(data.pegawai.nama)}-v${data.versi}${draft}.pdf`,
    base64: Buffer.from(pdf.bytes).toString('base64'),
    mimeType: 'application/pdf',
    code: pdf.code,
  };
}
