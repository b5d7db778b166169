/**
 * Row-by-row checks: each raw row becomes a typed row (when every field is right) and a list of
 * field problems. Cross-row rules (duplicates, references, cycles, scope) live in validate-refs.ts
 * and validate-scope.ts.
 */
import { JENIS_JABATAN, JENIS_JABATAN_LABEL, parseJenisJabatan } from '../../../../shared/domain/jabatan.js';
import { parseGolongan } from '../../../../shared/domain/pangkat.js';
import { checkPegawaiFields, type PegawaiFields } from '../../../../shared/domain/pegawai-rules.js';
import type { Jabatan, JenisAsn, Pegawai, RowError, SheetName } from '../../../../shared/entities.js';
import type { OrgData } from '../org-apply.js';
import { cellDate, cellInt, cellNip, cellText, type CellResult } from './cells.js';
import { headerOf, type ColumnKey } from './layout.js';
import type { RawRow } from './read-workbook.js';

export type UnitIn = OrgData['units'][number] & { row: number };
export type JabatanIn = OrgData['jabatan'][number] & { row: number };
export type PegawaiIn = OrgData['pegawai'][number] & { row: number };

/** Every row whose key (kode, NIP) could be read, valid or not: references to it are not "unknown". */
export type KeyRows = Map<string, number[]>;

export type SheetCheck<T> = { rows: T[]; keys: KeyRows };

/** Reads one row's fields, collecting every problem instead of stopping at the first. */
class RowReader<S extends SheetName> {
  failed = false;
  constructor(
    private readonly sheet: S,
    private readonly raw: RawRow<S>,
    private readonly errors: RowError[],
  ) {}

  fail(key: ColumnKey<S>, message: string): void {
    this.failed = true;
    this.errors.push({ sheet: this.sheet, row: this.raw.row, column: headerOf(this.sheet, key), message });
  }

  has(key: ColumnKey<S>): boolean {
    return key in this.raw.cells;
  }

  take<T>(key: ColumnKey<S>, read: (c: RawRow<S>['cells'][ColumnKey<S>]) => CellResult<T>, fallback: T): T {
    const r = read(this.raw.cells[key]);
    if (r.ok) return r.value;
    this.fail(key, r.message);
    return fallback;
  }

  /** Text; '' when blank (an error when `required`), refused when longer than `max`. */
  text(key: ColumnKey<S>, max: number, required: boolean): string {
    const v = this.take(key, cellText, '');
    if (required && v === '') this.fail(key, `${headerOf(this.sheet, key)} wajib diisi.`);
    if (v.length > max) this.fail(key, `${headerOf(this.sheet, key)} paling panjang ${max} karakter.`);
    return v;
  }

  optionalText(key: ColumnKey<S>, max: number): string | null {
    const v = this.text(key, max, false);
    return v === '' ? null : v;
  }
}

function noteKey(keys: KeyRows, key: string, row: number): void {
  if (key === '') return;
  const rows = keys.get(key);
  if (rows) rows.push(row);
  else keys.set(key, [row]);
}

const KODE_MAX = 40;

/** An empty accumulator; the check functions append to one so long sheets can be fed in chunks. */
export function emptyCheck<T>(): SheetCheck<T> {
  return { rows: [], keys: new Map() };
}

export function checkUnitRows(raw: readonly RawRow<'unit'>[], errors: RowError[], out: SheetCheck<UnitIn> = emptyCheck()): SheetCheck<UnitIn> {
  for (const r of raw) {
    const f = new RowReader('unit', r, errors);
    const kode = f.text('kode', KODE_MAX, true);
    const nama = f.text('nama', 200, true);
    const parentKode = f.optionalText('parentKode', KODE_MAX);
    noteKey(out.keys, kode, r.row);
    if (!f.failed) out.rows.push({ row: r.row, kode, nama, parentKode });
  }
  return out;
}

const JENIS_LIST = JENIS_JABATAN.map((j) => JENIS_JABATAN_LABEL[j]).join(', ');

export function checkJabatanRows(
  raw: readonly RawRow<'jabatan'>[],
  existing: ReadonlyMap<string, Jabatan>,
  errors: RowError[],
  out: SheetCheck<JabatanIn> = emptyCheck(),
): SheetCheck<JabatanIn> {
  for (const r of raw) {
    const f = new RowReader('jabatan', r, errors);
    const kode = f.text('kode', KODE_MAX, true);
    const nama = f.text('nama', 200, true);
    const jenisText = f.text('jenis', 60, true);
    const jenis = jenisText === '' ? null : parseJenisJabatan(jenisText);
    if (jenisText !== '' && !jenis) f.fail('jenis', `Jenis jabatan "${jenisText}" tidak dikenal. Pilih salah satu: ${JENIS_LIST}.`);
    const unitKode = f.text('unitKode', KODE_MAX, true);
    const atasanKode = f.optionalText('atasanKode', KODE_MAX);
    // Without the column, keep the kelas the database has rather than erase it.
    const kelas = f.has('kelas') ? f.take('kelas', (c) => cellInt(c, 1, 17, 'Kelas jabatan harus bilangan bulat 1 sampai 17.'), null) : (existing.get(kode)?.kelas ?? null);
    noteKey(out.keys, kode, r.row);
    if (!f.failed && jenis) out.rows.push({ row: r.row, kode, nama, jenis, unitKode, atasanKode, kelas });
  }
  return out;
}

function jenisAsnOf(text: string): JenisAsn | null {
  const t = text.replace(/\s+/g, '').toUpperCase();
  return t === 'PNS' || t === 'PPPK' ? t : null;
}

const FIELD_KEY = {
  nip: 'nip',
  jenisAsn: 'jenisAsn',
  golongan: 'golongan',
  tmtMulai: 'tmtMulai',
  tmtSelesai: 'tmtSelesai',
} as const satisfies Record<keyof PegawaiFields, ColumnKey<'pegawai'>>;

export function checkPegawaiRows(
  raw: readonly RawRow<'pegawai'>[],
  existing: ReadonlyMap<string, Pegawai>,
  errors: RowError[],
  out: SheetCheck<PegawaiIn> = emptyCheck(),
): SheetCheck<PegawaiIn> {
  for (const r of raw) {
    const f = new RowReader('pegawai', r, errors);
    const nip = f.take('nip', cellNip, '');
    if (nip === '' && !f.failed) f.fail('nip', 'NIP wajib diisi.');
    const old = existing.get(nip);
    const gelarDepan = f.has('gelarDepan') ? f.text('gelarDepan', 60, false) : (old?.gelarDepan ?? '');
    const nama = f.text('nama', 120, true);
    const gelarBelakang = f.has('gelarBelakang') ? f.text('gelarBelakang', 60, false) : (old?.gelarBelakang ?? '');
    const jenisText = f.text('jenisAsn', 10, true);
    const jenisAsn = jenisAsnOf(jenisText);
    if (jenisText !== '' && !jenisAsn) f.fail('jenisAsn', `Jenis ASN "${jenisText}" tidak dikenal; isi PNS atau PPPK.`);
    const golonganText = f.text('golongan', 10, true);
    const golongan = jenisAsn ? (parseGolongan(jenisAsn, golonganText) ?? golonganText) : golonganText;
    const jabatanKode = f.optionalText('jabatanKode', KODE_MAX);
    const unitKode = f.text('unitKode', KODE_MAX, true);
    // An absent TMT column means "keep what the database has" (undefined for applyOrgData).
    const tmtMulai = f.has('tmtMulai') ? f.take('tmtMulai', cellDate, null) : undefined;
    const tmtSelesai = f.has('tmtSelesai') ? f.take('tmtSelesai', cellDate, null) : undefined;
    if (nip !== '' && jenisAsn && golonganText !== '') {
      const fields: PegawaiFields = {
        nip,
        jenisAsn,
        golongan,
        tmtMulai: tmtMulai === undefined ? (old?.tmtMulai ?? null) : tmtMulai,
        tmtSelesai: tmtSelesai === undefined ? (old?.tmtSelesai ?? null) : tmtSelesai,
      };
      for (const p of checkPegawaiFields(fields)) f.fail(FIELD_KEY[p.field], p.message);
    }
    noteKey(out.keys, nip, r.row);
    if (f.failed || !jenisAsn) continue;
    const row: PegawaiIn = { row: r.row, nip, gelarDepan, nama, gelarBelakang, jenisAsn, golongan, jabatanKode, unitKode };
    if (tmtMulai !== undefined) row.tmtMulai = tmtMulai;
    if (tmtSelesai !== undefined) row.tmtSelesai = tmtSelesai;
    out.rows.push(row);
  }
  return out;
}
