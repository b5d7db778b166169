/**
 * Issued prints travel to the central server after each push (issue 11): the verification codes
 * this desk printed and has not sent yet, with the canonical data each was printed from, so the
 * server's GET /v1/verify/:code knows them. Sent in batches; each batch is marked sent once the
 * server took it, so a failed round (offline, server down) is simply repeated.
 *
 * One print must never hold back the others. The server refuses a whole batch for any one print
 * in it (too large, not a document it accepts), and the same batch would come back every round.
 * So: a print over the wire's limits is set aside before sending; a batch is packed under the
 * route's body limit by encoded size; and when the server refuses a batch, its prints are sent one
 * by one and only the one it refuses is set aside, with the server's reason. Set-aside prints are
 * not tried again (their data is fixed: the server would refuse them again) and are counted in the
 * Sinkronisasi screen's problem line (refusedPrintsProblem); the desk still verifies their codes.
 */
import type { Kysely } from 'kysely';
import type { CoreContext } from '../context.js';
import type { Database } from '../db/schema.js';
import { MAX_PRINT_DATA_CHARS, MAX_PRINTS_PER_UPLOAD, PRINTS_BODY_LIMIT, type IssuedPrintWire } from '../../../shared/print-wire.js';
import { DOCUMENT_KINDS, formatCode } from '../../../shared/print/code.js';
import { ServerRefusal, type SyncApiClient } from './api-client.js';

type Api = Pick<SyncApiClient, 'uploadPrints'>;
type Db = Kysely<Database>;

/** Room for the request's envelope (`{"prints":[…]}`, commas) under the route's body limit. */
const BATCH_BYTES = PRINTS_BODY_LIMIT - 64 * 1024;

const encodedBytes = (p: IssuedPrintWire) => Buffer.byteLength(JSON.stringify(p), 'utf8');

/** Why the wire cannot carry this print at all; null when it can. */
function tooLarge(p: IssuedPrintWire, bytes: number): string | null {
  if (p.data.length <= MAX_PRINT_DATA_CHARS && bytes <= BATCH_BYTES) return null;
  return `Data cetakan ${formatCode(p.code)} terlalu besar untuk dikirim ke server (${p.data.length.toLocaleString('id-ID')} karakter; paling banyak ${MAX_PRINT_DATA_CHARS.toLocaleString('id-ID')}).`;
}

/** Consecutive batches of at most MAX_PRINTS_PER_UPLOAD prints and BATCH_BYTES bytes. */
function pack(prints: readonly { p: IssuedPrintWire; bytes: number }[]): IssuedPrintWire[][] {
  const out: IssuedPrintWire[][] = [];
  let cur: IssuedPrintWire[] = [];
  let size = 0;
  for (const { p, bytes } of prints) {
    if (cur.length > 0 && (cur.length >= MAX_PRINTS_PER_UPLOAD || size + bytes > BATCH_BYTES)) {
      out.push(cur);
      cur = [];
      size = 0;
    }
    cur.push(p);
    size += bytes;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

async function markSent(core: Pick<CoreContext, 'db' | 'clock'>, codes: readonly string[]): Promise<void> {
  if (codes.length > 0) await core.db.updateTable('printRegistry').set({ uploadedAt: core.clock().toISOString() }).where('code', 'in', [...codes]).execute();
}

async function setAside(db: Db, code: string, reason: string): Promise<void> {
  await db.updateTable('printRegistry').set({ uploadRefused: reason }).where('code', '=', code).execute();
}

/** A refusal that is about the prints sent (not the device's sign-in, which stops the whole round). */
const refusesData = (e: unknown): e is ServerRefusal => e instanceof ServerRefusal && (e.status === 400 || e.status === 413 || e.status === 422);

/** Sends one batch; when the server refuses it, each print alone. Returns how many it took. */
async function sendBatch(core: Pick<CoreContext, 'db' | 'clock'>, api: Api, batch: IssuedPrintWire[]): Promise<number> {
  try {
    await api.uploadPrints(batch);
    await markSent(core, batch.map((p) => p.code));
    return batch.length;
  } catch (e) {
    if (!refusesData(e)) throw e;
    if (batch.length === 1 && batch[0]) {
      await setAside(core.db, batch[0].code, e.message);
      return 0;
    }
  }
  let sent = 0;
  for (const p of batch) sent += await sendBatch(core, api, [p]);
  return sent;
}

/**
 * @example
 * await uploadIssuedPrints(core, api); // after pushAll: 3 (codes sent)
 */
export async function uploadIssuedPrints(core: Pick<CoreContext, 'db' | 'clock'>, api: Api): Promise<number> {
  let sent = 0;
  for (;;) {
    // Every row read is either sent or set aside below (or the round stops on a network error),
    // so the next read moves on.
    const rows = await core.db
      .selectFrom('printRegistry')
      .select(['code', 'kind', 'docId', 'versi', 'hash', 'data', 'firstPrintedAt'])
      .where('uploadedAt', 'is', null)
      .where('uploadRefused', 'is', null)
      .orderBy('firstPrintedAt')
      .orderBy('code')
      .limit(MAX_PRINTS_PER_UPLOAD)
      .execute();
    if (rows.length === 0) return sent;
    const sendable: { p: IssuedPrintWire; bytes: number }[] = [];
    for (const r of rows) {
      const kind = DOCUMENT_KINDS.find((k) => k === r.kind);
      const p: IssuedPrintWire | null = kind ? { code: r.code, kind, docId: r.docId, versi: r.versi, hash: r.hash, data: r.data, printedAt: r.firstPrintedAt } : null;
      const bytes = p ? encodedBytes(p) : 0;
      const reason = p ? tooLarge(p, bytes) : `Jenis dokumen ${r.kind} tidak dikenal server.`;
      if (reason !== null || !p) await setAside(core.db, r.code, reason ?? '');
      else sendable.push({ p, bytes });
    }
    for (const batch of pack(sendable)) sent += await sendBatch(core, api, batch);
  }
}

/**
 * The problem line of the Sinkronisasi screen while codes are set aside: how many, and the reason
 * of the newest, never the documents' contents.
 */
export async function refusedPrintsProblem(db: Db): Promise<string | null> {
  const rows = await db.selectFrom('printRegistry').select(['uploadRefused']).where('uploadRefused', 'is not', null).orderBy('firstPrintedAt', 'desc').execute();
  const newest = rows[0]?.uploadRefused;
  if (!newest) return null;
  return `${rows.length} kode cetak tidak dapat dikirim ke server, sehingga hanya dapat diverifikasi di meja ini: ${newest}`;
}
