/**
 * Validation of a parsed workbook against the current database state (passed in as plain arrays,
 * so this stays free of I/O apart from the progress hook): field rules, duplicates, references,
 * cycles and scope. Returns the data to write and every error in sheet/row/column order.
 */
import type { Jabatan, Pegawai, RowError, UnitKerja } from '../../../../shared/entities.js';
import { Reach, jabatanScopeErrors, pegawaiScopeErrors, unitScopeErrors, type ScopeState } from './validate-scope.js';
import { checkJabatanRows, checkPegawaiRows, checkUnitRows, emptyCheck, type JabatanIn, type PegawaiIn, type UnitIn } from './validate-rows.js';
import { cycleErrors, duplicateErrors, mergedParents } from './validate-refs.js';
import { resolvableKeys } from './prune.js';
import { SHEET_ORDER, columnIndex, headerOf } from './layout.js';
import type { ParsedWorkbook } from './read-workbook.js';
import { KodeSuggester, maksudAnda } from '../../../../shared/domain/near-miss.js';

export type DbState = { units: readonly UnitKerja[]; jabatan: readonly Jabatan[]; pegawai: readonly Pegawai[] };

export type Validated = {
  /** With no errors, every row of the file; otherwise the rows that could still be written. */
  data: { units: UnitIn[]; jabatan: JabatanIn[]; pegawai: PegawaiIn[] };
  errors: RowError[];
};

export type ValidateProgress = (done: number, total: number) => Promise<void>;

const CHUNK = 1_000;

function sortErrors(errors: RowError[]): RowError[] {
  const sheetIndex = (e: RowError): number => SHEET_ORDER.indexOf(e.sheet);
  return errors.sort(
    (a, b) => sheetIndex(a) - sheetIndex(b) || a.row - b.row || columnIndex(a.sheet, a.column) - columnIndex(b.sheet, b.column) || a.message.localeCompare(b.message),
  );
}

/**
 * @example
 * const { data, errors } = await validateImport(parsed, { units, jabatan, pegawai }, actor.scopeUnitIds);
 * if (errors.length === 0) await applyOrgData(trx, ctx, instansiId, data);
 */
export async function validateImport(parsed: ParsedWorkbook, db: DbState, scope: ReadonlySet<string>, progress?: ValidateProgress): Promise<Validated> {
  const errors: RowError[] = [...parsed.issues];
  const unitByKode = new Map(db.units.map((u) => [u.kode, u]));
  const unitKodeById = new Map(db.units.map((u) => [u.id, u.kode]));
  const jabatanByKode = new Map(db.jabatan.map((j) => [j.kode, j]));
  const jabatanKodeById = new Map(db.jabatan.map((j) => [j.id, j.kode]));
  const pegawaiByNip = new Map(db.pegawai.map((p) => [p.nip, p]));

  const units = checkUnitRows(parsed.unit, errors);
  const jabatan = checkJabatanRows(parsed.jabatan, jabatanByKode, errors);
  const pegawai = emptyCheck<PegawaiIn>();
  for (let i = 0; i < parsed.pegawai.length; i += CHUNK) {
    checkPegawaiRows(parsed.pegawai.slice(i, i + CHUNK), pegawaiByNip, errors, pegawai);
    await progress?.(Math.min(i + CHUNK, parsed.pegawai.length), parsed.pegawai.length);
  }

  duplicateErrors('unit', headerOf('unit', 'kode'), 'Kode unit', units.keys, errors);
  duplicateErrors('jabatan', headerOf('jabatan', 'kode'), 'Kode jabatan', jabatan.keys, errors);
  duplicateErrors('pegawai', headerOf('pegawai', 'nip'), 'NIP', pegawai.keys, errors);

  const unitKnown = (k: string): boolean => units.keys.has(k) || unitByKode.has(k);
  const jabatanKnown = (k: string): boolean => jabatan.keys.has(k) || jabatanByKode.has(k);
  // Built on first use: most sheets have no unknown reference at all.
  let unitNear: KodeSuggester | null = null;
  let jabatanNear: KodeSuggester | null = null;
  const near = (sheet: string, kode: string): string | null => {
    if (sheet === 'Unit Kerja') return (unitNear ??= new KodeSuggester([...units.keys.keys(), ...unitByKode.keys()])).suggest(kode);
    return (jabatanNear ??= new KodeSuggester([...jabatan.keys.keys(), ...jabatanByKode.keys()])).suggest(kode);
  };
  const missing = (what: string, kode: string, sheet: string): string =>
    `${what} "${kode}" tidak ditemukan di lembar ${sheet} maupun di data yang sudah ada.${maksudAnda(near(sheet, kode))}`;
  for (const u of units.rows) {
    if (u.parentKode !== null && !unitKnown(u.parentKode)) {
      errors.push({ sheet: 'unit', row: u.row, column: headerOf('unit', 'parentKode'), message: missing('Unit induk', u.parentKode, 'Unit Kerja') });
    }
  }
  for (const j of jabatan.rows) {
    if (!unitKnown(j.unitKode)) errors.push({ sheet: 'jabatan', row: j.row, column: headerOf('jabatan', 'unitKode'), message: missing('Unit', j.unitKode, 'Unit Kerja') });
    if (j.atasanKode !== null && !jabatanKnown(j.atasanKode)) {
      errors.push({ sheet: 'jabatan', row: j.row, column: headerOf('jabatan', 'atasanKode'), message: missing('Jabatan atasan', j.atasanKode, 'Jabatan') });
    }
  }
  for (const p of pegawai.rows) {
    if (!unitKnown(p.unitKode)) errors.push({ sheet: 'pegawai', row: p.row, column: headerOf('pegawai', 'unitKode'), message: missing('Unit', p.unitKode, 'Unit Kerja') });
    if (p.jabatanKode !== null && !jabatanKnown(p.jabatanKode)) {
      errors.push({ sheet: 'pegawai', row: p.row, column: headerOf('pegawai', 'jabatanKode'), message: missing('Jabatan', p.jabatanKode, 'Jabatan') });
    }
  }

  const unitRow = new Map(units.rows.map((u) => [u.kode, u.row]));
  const unitParents = mergedParents(
    db.units.map((u) => ({ key: u.kode, parent: u.parentId ? (unitKodeById.get(u.parentId) ?? null) : null })),
    units.rows.map((u) => ({ key: u.kode, parent: u.parentKode })),
  );
  cycleErrors('unit', headerOf('unit', 'parentKode'), { chain: 'Rantai unit induk', noun: 'unit' }, unitParents, (k) => unitRow.get(k), errors);
  const jabatanRow = new Map(jabatan.rows.map((j) => [j.kode, j.row]));
  const atasan = mergedParents(
    db.jabatan.map((j) => ({ key: j.kode, parent: j.atasanJabatanId ? (jabatanKodeById.get(j.atasanJabatanId) ?? null) : null })),
    jabatan.rows.map((j) => ({ key: j.kode, parent: j.atasanKode })),
  );
  cycleErrors('jabatan', headerOf('jabatan', 'atasanKode'), { chain: 'Rantai jabatan atasan', noun: 'jabatan' }, atasan, (k) => jabatanRow.get(k), errors);

  const scopeState: ScopeState = {
    scope,
    reach: new Reach(scope, unitByKode, new Map(units.rows.map((u) => [u.kode, u.parentKode]))),
    unitByKode,
    unitKodeById,
    jabatanUnitByKode: new Map(db.jabatan.map((j) => [j.kode, j.unitId])),
    pegawaiUnitByNip: new Map(db.pegawai.map((p) => [p.nip, p.unitId])),
    unitKnown,
  };
  unitScopeErrors(units.rows, scopeState, errors);
  jabatanScopeErrors(jabatan.rows, scopeState, errors);
  pegawaiScopeErrors(pegawai.rows, scopeState, errors);

  if (errors.length === 0) return { data: { units: units.rows, jabatan: jabatan.rows, pegawai: pegawai.rows }, errors };

  // Errors: keep only rows the writer can still place, so the preview counts stay meaningful.
  const failed = new Set(errors.map((e) => `${e.sheet}:${e.row}`));
  const okUnits = resolvableKeys(
    units.rows.map((u) => ({ key: u.kode, parent: u.parentKode, selfOk: !failed.has(`unit:${u.row}`) })),
    (k) => unitByKode.has(k),
  );
  const unitUsable = (k: string): boolean => okUnits.has(k) || unitByKode.has(k);
  const okJabatan = resolvableKeys(
    jabatan.rows.map((j) => ({ key: j.kode, parent: j.atasanKode, selfOk: !failed.has(`jabatan:${j.row}`) && unitUsable(j.unitKode) })),
    (k) => jabatanByKode.has(k),
  );
  const jabatanUsable = (k: string): boolean => okJabatan.has(k) || jabatanByKode.has(k);
  return {
    data: {
      units: units.rows.filter((u) => okUnits.has(u.kode)),
      jabatan: jabatan.rows.filter((j) => okJabatan.has(j.kode)),
      pegawai: pegawai.rows.filter((p) => !failed.has(`pegawai:${p.row}`) && unitUsable(p.unitKode) && (p.jabatanKode === null || jabatanUsable(p.jabatanKode))),
    },
    errors: sortErrors(errors),
  };
}
