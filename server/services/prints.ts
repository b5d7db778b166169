/**
 * Issued prints on the central server (issue 11): desks upload the codes they printed, and
 * GET /v1/verify/:code answers asli (the server's rows still give the printed hash), berubah (they
 * do not; with what changed, against the data the paper was printed from) or tidak dikenal. The
 * answer shows only what the paper shows: kind, names, NIP and jabatan as printed, version, steps.
 */
import { SKP_STATUS_LABEL } from '../../shared/domain/skp/types.js';
import { formatDateTime, formatPeriod } from '../../shared/format/tanggal.js';
import { canonicalHash, canonicalJson, type Json } from '../../shared/print/canonical.js';
import { DOCUMENT_KIND_LABEL, formatCode, normalizeCode, verificationCode } from '../../shared/print/code.js';
import { langkahText } from '../../shared/print/langkah.js';
import { diffSkpDocument } from '../../shared/print/skp-diff.js';
import type { OrangCetak, SkpDocumentData } from '../../shared/print/skp-document.js';
import { skpDocumentFromRows } from '../../shared/print/skp-source.js';
import type { CentralVerifyAnswer, IssuedPrintWire, UploadPrintsResponse } from '../../shared/print-wire.js';
import type { DeviceAuth, ServerContext } from '../context.js';
import { HttpFailure } from '../http/errors.js';
import { skpRowsFor } from './print-rows.js';

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

function orang(o: OrangCetak | null) {
  return o ? { nama: o.nama, nip: o.nip, jabatan: o.jabatan } : null;
}

function describe(code: string, printedAt: Date, d: SkpDocumentData): NonNullable<CentralVerifyAnswer['document']> {
  return {
    kind: d.kind,
    judul: DOCUMENT_KIND_LABEL[d.kind],
    code: formatCode(code),
    versi: d.versi,
    periode: formatPeriod(d.periode.mulai, d.periode.selesai, 'id'),
    statusLabel: SKP_STATUS_LABEL[d.status],
    pegawai: { nama: d.pegawai.nama, nip: d.pegawai.nip, jabatan: d.pegawai.jabatan },
    penilai: orang(d.penilai),
    langkah: d.langkah.map(langkahText),
    dicetakPada: formatDateTime(printedAt.toISOString(), 'id'),
  };
}

/**
 * @example
 * await verifyCentral(ctx, '7G2K9-M4QXA'); // { status: 'asli', document: { … }, changes: [] }
 */
export async function verifyCentral(ctx: ServerContext, raw: string): Promise<CentralVerifyAnswer> {
  const code = normalizeCode(raw);
  if (!code) return UNKNOWN;
  const row = await ctx.db.selectFrom('printRegistry').select(['instansiId', 'kind', 'docId', 'hash', 'data', 'printedAt']).where('code', '=', code).orderBy('createdAt').executeTakeFirst();
  if (!row || row.kind !== 'skp') return UNKNOWN;
  // Written by uploadPrints only, from data whose hash and code were checked: an SKP document.
  const printed = (typeof row.data === 'string' ? JSON.parse(row.data) : row.data) as SkpDocumentData;
  let document: CentralVerifyAnswer['document'];
  try {
    document = describe(code, row.printedAt, printed);
  } catch {
    // Data a desk uploaded that is not a whole SKP document: answer from the hash alone.
    document = null;
  }
  const rows = await skpRowsFor(ctx.db, row.instansiId, row.docId, ctx.clock().toISOString().slice(0, 10));
  if (!rows) return { status: 'berubah', document, changes: ['SKP ini tidak ada lagi di server.'] };
  const now = skpDocumentFromRows(rows);
  if (canonicalHash(now) === row.hash) return { status: 'asli', document, changes: [] };
  return { status: 'berubah', document, changes: document ? diffSkpDocument(printed, now) : ['Data dokumen berubah'] };
}
