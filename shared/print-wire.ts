/**
 * Issued prints on the wire (issue 11): a desk uploads the codes it printed (POST /v1/prints), and
 * anyone holding a paper asks the central server about its code (GET /v1/verify/:code, no sign-in).
 */
import { z } from 'zod';
import { CODE_LENGTH, DOCUMENT_KINDS, type DocumentKind } from './print/code.js';
import type { VerifyStatus } from './contract-print.js';

export const MAX_PRINTS_PER_UPLOAD = 500;

/**
 * The most characters of canonical data one print may carry. Sized for the largest document a
 * desk prints, a peta cascading at its cap of MAX_PETA_PEMANGKU (2,000) holders: on the
 * 10,000-pegawai demo a map costs ~1,760 characters per holder (~3.5 million at the cap; the
 * demo's 715-holder sub-unit is already 1.36 million, over the former limit of 1,000,000, so its
 * code could never be verified centrally). The limit is more than twice that, for units whose RHK
 * texts run longer than the demo's. A print still over it (a map of very long texts) is kept back
 * by the desk with a visible reason (electron/core/sync/print-sync.ts) and never sent.
 */
export const MAX_PRINT_DATA_CHARS = 8_000_000;

/**
 * The body limit of POST /v1/prints alone (other routes keep the server's default): one print at
 * MAX_PRINT_DATA_CHARS sent as a JSON string, even with multibyte letters and escaped quotes. The
 * desk packs its batches under it by their encoded size, so a batch of large prints is split
 * rather than refused as a whole.
 */
export const PRINTS_BODY_LIMIT = 32 * 1024 * 1024;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

/** The id each kind of document is printed under: an SKP's uuid; an evaluation's `skpId:periode`; a peta's unit uuid. */
const DOC_ID_PATTERN = {
  skp: new RegExp(`^${UUID}$`, 'i'),
  peta: new RegExp(`^${UUID}$`, 'i'),
  evaluasi: new RegExp(`^${UUID}:(B(0[1-9]|1[0-2])|TW[1-4]|TAHUNAN)$`, 'i'),
} as const satisfies Record<DocumentKind, RegExp>;

export const issuedPrintSchema = z.strictObject({
  code: z.string().regex(new RegExp(`^[0-9A-HJKMNP-TV-Z]{${CODE_LENGTH}}$`)),
  kind: z.enum(DOCUMENT_KINDS),
  docId: z.string().min(1).max(100),
  versi: z.int().min(1),
  hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** Canonical JSON of the data as printed: what the paper shows, to say what changed since. */
  data: z.string().min(2).max(MAX_PRINT_DATA_CHARS),
  printedAt: z.iso.datetime({ offset: true }),
}).refine((p) => DOC_ID_PATTERN[p.kind].test(p.docId), { message: 'Id dokumen tidak sesuai dengan jenis dokumennya.', path: ['docId'] });
export type IssuedPrintWire = z.infer<typeof issuedPrintSchema>;

export const uploadPrintsSchema = z.strictObject({ prints: z.array(issuedPrintSchema).min(1).max(MAX_PRINTS_PER_UPLOAD) });
export type UploadPrintsResponse = { accepted: number };

export const verifyParamsSchema = z.strictObject({ code: z.string().min(1).max(40) });

/** The answer of GET /v1/verify/:code: what the paper shows, nothing more personal. */
export type CentralVerifyAnswer = {
  status: VerifyStatus;
  document: {
    kind: string;
    judul: string;
    code: string;
    versi: number;
    periode: string;
    statusLabel: string;
    /** As printed: name, NIP and jabatan of the pegawai and the pejabat penilai. */
    pegawai: { nama: string; nip: string; jabatan: string };
    penilai: { nama: string; nip: string; jabatan: string } | null;
    langkah: string[];
    dicetakPada: string;
  } | null;
  changes: string[];
};
