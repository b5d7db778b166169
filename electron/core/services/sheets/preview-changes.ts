/**
 * The import preview's row list: for each row a commit would insert or update, its key and name
 * and, for updates, every changed field with display values. Fed by planOrgData's observer, which
 * sees units and jabatan before pegawai, so a pegawai moving to a jabatan that is new in the same
 * file is shown with that jabatan's name.
 */
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import type { Jabatan, Pegawai, RowChange, RowName, RowError, SheetName, UnitKerja } from '../../../../shared/entities.js';
import type { ChangeKind } from '../../db/repositories/changes.js';
import type { PlanObserver } from '../org-apply.js';
import { fieldChanges, type NameLookup } from '../field-changes.js';
import { cellNip, cellText } from './cells.js';
import type { ParsedWorkbook } from './read-workbook.js';
import type { DbState } from './validate.js';

export class PreviewChanges {
  readonly changes: RowChange[] = [];
  private readonly unitNames: Map<string, string>;
  private readonly jabatanNames: Map<string, string>;
  private readonly names: NameLookup;

  /** `rowOf` gives the file row of a key (kode or NIP) per sheet. */
  constructor(
    db: DbState,
    private readonly rowOf: (sheet: SheetName, key: string) => number,
  ) {
    this.unitNames = new Map(db.units.map((u) => [u.id, u.nama]));
    this.jabatanNames = new Map(db.jabatan.map((j) => [j.id, j.nama]));
    this.names = { unit: (id) => this.unitNames.get(id) ?? null, jabatan: (id) => this.jabatanNames.get(id) ?? null };
  }

  private add(sheet: SheetName, entity: string, key: string, nama: string, row: object, existing: object | undefined, kind: ChangeKind): void {
    if (kind === 'unchanged') return;
    this.changes.push({
      sheet,
      row: this.rowOf(sheet, key),
      kind,
      key,
      nama,
      fields: kind === 'update' ? fieldChanges(entity, existing, row, this.names) : [],
    });
  }

  readonly observer: PlanObserver = {
    unit: (row: UnitKerja, existing, kind) => {
      // Names first: the list shows the new name of a renamed unit in rows that point at it.
      this.unitNames.set(row.id, row.nama);
      this.add('unit', 'unit_kerja', row.kode, row.nama, row, existing, kind);
    },
    jabatan: (row: Jabatan, existing, kind) => {
      this.jabatanNames.set(row.id, row.nama);
      this.add('jabatan', 'jabatan', row.kode, row.nama, row, existing, kind);
    },
    pegawai: (row: Pegawai, existing, kind) => this.add('pegawai', 'pegawai', row.nip, formatNamaLengkap(row), row, existing, kind),
  };

  /** Sheet, then row order, as the spreadsheet lists them. */
  sorted(): RowChange[] {
    const order: Record<SheetName, number> = { unit: 0, jabatan: 1, pegawai: 2 };
    return this.changes.sort((a, b) => order[a.sheet] - order[b.sheet] || a.row - b.row);
  }
}

/**
 * Key and name of each row that has an error, read from the raw cells (the row may not parse).
 *
 * @example
 * errorRowNames(parsed, errors); // [{ sheet: 'pegawai', row: 3, key: '1985…', nama: 'Siti Nurjanah' }]
 */
export function errorRowNames(parsed: ParsedWorkbook, errors: readonly RowError[]): RowName[] {
  const wanted = new Set(errors.map((e) => `${e.sheet}:${e.row}`));
  const out: RowName[] = [];
  const text = (v: Parameters<typeof cellText>[0]): string => {
    const t = cellText(v);
    return t.ok ? t.value : '';
  };
  for (const r of parsed.unit) if (wanted.has(`unit:${r.row}`)) out.push({ sheet: 'unit', row: r.row, key: text(r.cells.kode), nama: text(r.cells.nama) });
  for (const r of parsed.jabatan) if (wanted.has(`jabatan:${r.row}`)) out.push({ sheet: 'jabatan', row: r.row, key: text(r.cells.kode), nama: text(r.cells.nama) });
  for (const r of parsed.pegawai) {
    if (!wanted.has(`pegawai:${r.row}`)) continue;
    const nip = cellNip(r.cells.nip);
    const nama = formatNamaLengkap({ gelarDepan: text(r.cells.gelarDepan), nama: text(r.cells.nama), gelarBelakang: text(r.cells.gelarBelakang) });
    out.push({ sheet: 'pegawai', row: r.row, key: nip.ok ? nip.value : text(r.cells.nip), nama });
  }
  return out;
}
