/**
 * Shared set-up for the spreadsheet tests: a real core on `:memory:` SQLite with a small demo unit,
 * typed calls, row counts of every table an import may touch, and workbook builders.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { createCore, type Core, type CoreOptions } from '../../../electron/core/app.js';
import type { ArgsOf, Channel, ResultOf } from '../../../shared/contract.js';
import type { AppError } from '../../../shared/result.js';
import type { OrgData } from '../../../electron/core/services/org-apply.js';
import { writeWorkbook } from '../../../electron/core/services/sheets/write-workbook.js';

export type Env = { core: Core; token: string };

/** A fresh core with the demo unit, signed in as its operator (admin + operator, root unit). */
export async function demoEnv(pegawaiCount = 30, opts: Partial<CoreOptions> = {}): Promise<Env> {
  const core = await createCore({ dataDir: mkdtempSync(join(tmpdir(), 'meja-sheets-')), dbFile: ':memory:', ...opts });
  const r = await core.invoke('setup/loadDemo', { pegawaiCount }, null);
  if (!r.ok) throw new Error(r.error.message);
  const { token } = r.value as ResultOf<'setup/loadDemo'>;
  return { core, token };
}

/** Calls a channel and returns its value, failing the test with the error when it is not ok. */
export async function call<C extends Channel>(env: Env, channel: C, args: ArgsOf<C>, token = env.token): Promise<ResultOf<C>> {
  const r = await env.core.invoke(channel, args, token);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  // dispatch returns exactly what the channel's handler returned (the handler map satisfies the contract).
  return r.value as ResultOf<C>;
}

/** Calls a channel that must fail and returns the error. */
export async function callFails<C extends Channel>(env: Env, channel: C, args: ArgsOf<C>, token = env.token): Promise<AppError> {
  const r = await env.core.invoke(channel, args, token);
  if (r.ok) throw new Error(`${channel} should have failed`);
  return r.error;
}

const TABLES = ['unitKerja', 'jabatan', 'pegawai', 'outbox', 'auditLog'] as const;

/** Row counts of every table an import writes to; equal before and after means "nothing changed". */
export async function tableCounts(env: Env): Promise<Record<(typeof TABLES)[number], number>> {
  const out = { unitKerja: 0, jabatan: 0, pegawai: 0, outbox: 0, auditLog: 0 };
  for (const t of TABLES) {
    const r = await env.core.context.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    out[t] = Number(r.n);
  }
  return out;
}

/** The export of the signed-in user's scope, as OrgData read back from the workbook's source. */
export async function exportBase64(env: Env, token = env.token): Promise<string> {
  return (await call(env, 'sheets/export', {}, token)).base64;
}

export function workbookOf(data: Partial<OrgData>): Promise<string> {
  return writeWorkbook({ units: [], jabatan: [], pegawai: [], ...data }, { helpFirst: false });
}

type CellIn = string | number | Date | null;

/** A workbook built cell by cell with raw exceljs, for layouts our writer would never produce. */
export async function rawWorkbook(sheets: Record<string, CellIn[][]>, finish?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [title, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(title);
    for (const r of rows) ws.addRow(r);
    finish?.(ws);
  }
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

export const PEGAWAI_HEADER = ['NIP', 'Gelar Depan', 'Nama', 'Gelar Belakang', 'Jenis ASN', 'Golongan', 'Kode Jabatan', 'Kode Unit', 'TMT Mulai', 'TMT Selesai'];

export function preview(env: Env, base64: string, token = env.token): Promise<ResultOf<'sheets/preview'>> {
  return call(env, 'sheets/preview', { fileName: 'uji.xlsx', base64 }, token);
}
