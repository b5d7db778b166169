/**
 * Issued prints on the central server (issue 11): desks upload the codes they printed, and
 * GET /v1/verify/:code answers asli (the server's rows still give the printed hash), berubah (they
 * do not; with what changed, against the data the paper was printed from) or tidak dikenal. The
 * answer shows only what the paper shows: kind, names, NIP and jabatan as printed, version, steps.
 */
import { canonicalHash, canonicalJson, type Json } from '../../shared/print/canonical.js';
import { DOCUMENT_KINDS, normalizeCode, verificationCode } from '../../shared/print/code.js';
import type { CentralVerifyAnswer, IssuedPrintWire, UploadPrintsResponse } from '../../shared/print-wire.js';
import type { DeviceAuth, ServerContext } from '../context.js';
import { HttpFailure } from '../http/errors.js';
import { CENTRAL_KINDS } from './verify-kinds.js';

const UNKNOWN: CentralVerifyAnswer = { status: 'tidak_dikenal', document: null, changes: [] };

/**
 * Stores the prints a desk issued; a code already known is left as it is (a re-print of the same
 * version has the same code). A print whose code or hash does not follow from its data is refused.
 *
 * @example
 * await uploadPrints(ctx, device, [{ code, kind: 'skp', docId, versi: 1, hash, data, printedAt }]); // { accepted: 1 }
 */
export async function uploadPrints(ctx: ServerContext, device: DeviceAuth, prints: readonly IssuedPrintWire[]): Promise<UploadPrintsResponse> {
  for (const p of prints) {
    let data: Json;
    try {
      data = JSON.parse(p.data) as Json;
    } catch {
      throw new HttpFailure(400, 'VALIDATION', `Data cetakan ${p.code} bukan JSON.`);
    }
    const head = typeof data === 'object' && data !== null && !Array.isArray(data) ? data : {};
    if (head['kind'] !== p.kind || head['id'] !== p.docId || head['versi'] !== p.versi) throw new HttpFailure(400, 'VALIDATION', `Data cetakan ${p.code} bukan dokumen yang disebut.`);
    if (canonicalJson(data) !== p.data || canonicalHash(data) !== p.hash || verificationCode({ kind: p.kind, id: p.docId, versi: p.versi, hash: p.hash }) !== p.code) {
      throw new HttpFailure(400, 'VALIDATION', `Kode ${p.code} tidak cocok dengan data cetakannya.`);
    }
  }
  const now = ctx.clock();
  const rows = prints.map((p) => ({ instansiId: device.instansiId, code: p.code, kind: p.kind, docId: p.docId, versi: p.versi, hash: p.hash, data: p.data, printedAt: new Date(p.printedAt), uploadedByDevice: device.id, createdAt: now }));
  await ctx.db.insertInto('printRegistry').values(rows).onConflict((oc) => oc.columns(['instansiId', 'code']).doNothing()).execute();
  return { accepted: prints.length };
}

/**
 * @example
 * await verifyCentral(ctx, '7G2K9-M4QXA'); // { status: 'asli', document: { … }, changes: [] }
 */
export async function verifyCentral(ctx: ServerContext, raw: string): Promise<CentralVerifyAnswer> {
  const code = normalizeCode(raw);
  if (!code) return UNKNOWN;
  const found = await ctx.db.selectFrom('printRegistry').select(['instansiId', 'kind', 'docId', 'hash', 'data', 'printedAt']).where('code', '=', code).orderBy('createdAt').executeTakeFirst();
  const kind = DOCUMENT_KINDS.find((x) => x === found?.kind);
  if (!found || !kind) return UNKNOWN;
  return CENTRAL_KINDS[kind](ctx, code, { ...found, kind });
}
