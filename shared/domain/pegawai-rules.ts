/**
 * Field rules for a pegawai record, shared by the edit form, the core service and the spreadsheet
 * import so that all three say the same thing in the same words.
 */
import { parseNip } from './nip.js';
import { isValidGolongan } from './pangkat.js';
import { maksudAnda, suggestGolongan } from './near-miss.js';

export type PegawaiFields = {
  nip: string;
  jenisAsn: 'PNS' | 'PPPK';
  golongan: string;
  tmtMulai: string | null;
  tmtSelesai: string | null;
};

/** The same words as the contract's error map (shared/validation/messages.ts) for an empty field. */
const REQUIRED_MESSAGE = 'Wajib diisi';

export type FieldProblem = { field: keyof PegawaiFields; message: string };

/**
 * @example
 * checkPegawaiFields({ nip: '1985', jenisAsn: 'PNS', golongan: 'III/a', tmtMulai: null, tmtSelesai: null })
 * // -> [{ field: 'nip', message: 'NIP harus 18 digit ...' }]
 */
export function checkPegawaiFields(p: PegawaiFields): FieldProblem[] {
  const problems: FieldProblem[] = [];
  // An empty field is "required", not a malformed value (`Golongan "" tidak dikenal` read as a bug).
  const nip = parseNip(p.nip, p.jenisAsn);
  if (p.nip.trim() === '') problems.push({ field: 'nip', message: REQUIRED_MESSAGE });
  else if (!nip.ok) problems.push(...nip.errors.map((e) => ({ field: 'nip' as const, message: e.message })));
  if (p.golongan.trim() === '') problems.push({ field: 'golongan', message: REQUIRED_MESSAGE });
  else if (!isValidGolongan(p.jenisAsn, p.golongan)) {
    problems.push({
      field: 'golongan',
      message:
        (p.jenisAsn === 'PNS' ? `Golongan "${p.golongan}" tidak dikenal untuk PNS (contoh: III/a).` : `Golongan "${p.golongan}" tidak dikenal untuk PPPK (I sampai XVII).`) +
        maksudAnda(suggestGolongan(p.jenisAsn, p.golongan)),
    });
  }
  if (p.tmtMulai && p.tmtSelesai && p.tmtSelesai < p.tmtMulai) {
    problems.push({ field: 'tmtSelesai', message: 'Tanggal selesai tidak boleh sebelum tanggal mulai.' });
  }
  return problems;
}
