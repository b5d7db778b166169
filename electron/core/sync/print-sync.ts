/**
 * Issued prints travel to the central server after each push (issue 11): the verification codes
 * this desk printed and has not sent yet, with the canonical data each was printed from, so the
 * server's GET /v1/verify/:code knows them. Sent in batches; each batch is marked sent once the
 * server took it, so a failed round is simply repeated.
 */
import type { CoreContext } from '../context.js';
import { MAX_PRINTS_PER_UPLOAD, type IssuedPrintWire } from '../../../shared/print-wire.js';
import { DOCUMENT_KINDS } from '../../../shared/print/code.js';
import type { SyncApiClient } from './api-client.js';

/**
 * @example
 * await uploadIssuedPrints(core, api); // after pushAll: 3 (codes sent)
 */
export async function uploadIssuedPrints(core: Pick<CoreContext, 'db' | 'clock'>, api: Pick<SyncApiClient, 'uploadPrints'>): Promise<number> {
  let sent = 0;
  for (;;) {
    const rows = await core.db
      .selectFrom('printRegistry')
      .select(['code', 'kind', 'docId', 'versi', 'hash', 'data', 'firstPrintedAt'])
      .where('uploadedAt', 'is', null)
      .orderBy('firstPrintedAt')
      .limit(MAX_PRINTS_PER_UPLOAD)
      .execute();
    const prints: IssuedPrintWire[] = rows.flatMap((r) => {
      const kind = DOCUMENT_KINDS.find((k) => k === r.kind);
      return kind ? [{ code: r.code, kind, docId: r.docId, versi: r.versi, hash: r.hash, data: r.data, printedAt: r.firstPrintedAt }] : [];
    });
    if (prints.length === 0) return sent;
    await api.uploadPrints(prints);
    const at = core.clock().toISOString();
    await core.db.updateTable('printRegistry').set({ uploadedAt: at }).where('code', 'in', rows.map((r) => r.code)).execute();
    sent += prints.length;
    if (rows.length < MAX_PRINTS_PER_UPLOAD) return sent;
  }
}
