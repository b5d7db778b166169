/**
 * The verification code printed on every document: 10 Crockford base32 characters (50 bits) taken
 * from a sha-256 over the document kind, id, version and data hash. Derived, not random, so a
 * re-print of the same version carries the same code; 50 bits make a guessed code that names a
 * real document about one in 10^15 per issued print. The QR code carries the full identity.
 */
import { sha256Hex } from './sha256.js';

/** Kinds of printed documents (issue 11): the SKP, the Dokumen Evaluasi Kinerja and a unit's peta cascading. */
export const DOCUMENT_KINDS = ['skp', 'evaluasi', 'peta'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const DOCUMENT_KIND_LABEL = { skp: 'Sasaran Kinerja Pegawai', evaluasi: 'Dokumen Evaluasi Kinerja', peta: 'Peta Cascading Kinerja' } as const satisfies Record<DocumentKind, string>;

/** Crockford's alphabet: no I, L, O, U, so a code read aloud or retyped is hard to get wrong. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 10;

export type DocumentIdentity = { kind: DocumentKind; id: string; versi: number; hash: string };

/**
 * @example
 * verificationCode({ kind: 'skp', id: 'x', versi: 1, hash: 'ab…' }); // e.g. '7G2K9M4QXA'
 */
export function verificationCode(doc: DocumentIdentity): string {
  const digest = sha256Hex(new TextEncoder().encode(`${doc.kind}|${doc.id}|${doc.versi}|${doc.hash}`));
  // 50 bits = the first 13 hex digits minus 2 bits; read 5 bits at a time from a big integer.
  let bits = BigInt(`0x${digest.slice(0, 13)}`) >> 2n;
  let out = '';
  for (let i = 0; i < CODE_LENGTH; i += 1) {
    out = (ALPHABET[Number(bits & 31n)] ?? '0') + out;
    bits >>= 5n;
  }
  return out;
}

/**
 * As printed: two groups of five.
 *
 * @example
 * formatCode('7G2K9M4QXA'); // '7G2K9-M4QXA'
 */
export function formatCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * What a person typed, as a code: case, spaces and hyphens ignored, the look-alikes Crockford
 * allows read as their digit (I, L → 1; O → 0). Null when it cannot be a code.
 *
 * @example
 * normalizeCode(' 7g2k9-m4qxa '); // '7G2K9M4QXA'
 */
export function normalizeCode(raw: string): string | null {
  const s = raw.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (s.length !== CODE_LENGTH) return null;
  for (const ch of s) if (!ALPHABET.includes(ch)) return null;
  return s;
}

const QR_PREFIX = 'MEJA-VERIFIKASI/1';

/**
 * The QR's text: everything needed to check the paper against any copy of the data, no personal
 * data beyond ids.
 *
 * @example
 * qrPayload({ kind: 'skp', id: 'x', versi: 2, hash: 'ab' }, 'ABCDEFGHJK'); // 'MEJA-VERIFIKASI/1 ABCDEFGHJK skp x 2 ab'
 */
export function qrPayload(doc: DocumentIdentity, code: string): string {
  return `${QR_PREFIX} ${code} ${doc.kind} ${doc.id} ${doc.versi} ${doc.hash}`;
}

/** The identity back from a QR's text; null when it is not one of ours. */
export function parseQrPayload(text: string): (DocumentIdentity & { code: string }) | null {
  const parts = text.trim().split(/\s+/);
  if (parts.length !== 6 || parts[0] !== QR_PREFIX) return null;
  const [, code, kind, id, versi, hash] = parts;
  const k = DOCUMENT_KINDS.find((x) => x === kind);
  const v = Number(versi);
  if (!k || !code || !id || !hash || !Number.isInteger(v)) return null;
  return { code, kind: k, id, versi: v, hash };
}
