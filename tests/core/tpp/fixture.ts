/**
 * A real core on `:memory:` SQLite for the TPP tests: the setup admin (also a pegawai, no
 * jabatan), a sub-unit "Bidang Umum", a kelas-9 jabatan with Budi in the top unit, Sari (no
 * jabatan) in the sub-unit, and an operator whose reach is the sub-unit only.
 */
import ExcelJS from 'exceljs';
import type { ArgsOf, Channel, ResultOf } from '../../../shared/contract.js';
import type { AppError } from '../../../shared/result.js';
import { ADMIN_NIP, makeCore, setUp, signInReady, unwrap, type TestCore } from '../helpers.js';

export const BUDI_NIP = '198807202012121002';
export const SARI_NIP = '199001152015032001';
export { ADMIN_NIP };

export type TppEnv = {
  t: TestCore;
  token: string;
  operatorToken: string;
  rootUnitId: string;
  subUnitId: string;
  budiId: string;
  sariId: string;
  adminPegawaiId: string;
};

export async function tppEnv(): Promise<TppEnv> {
  const t = await makeCore();
  const token = await setUp(t);
  const root = unwrap(await t.call('org/units', {}, token))[0];
  if (!root) throw new Error('no unit');
  const sub = unwrap(await t.call('org/unitSave', { parentId: root.id, kode: '01.01', nama: 'Bidang Umum' }, token));
  const jab = unwrap(await t.call('org/jabatanSave', { unitId: root.id, kode: 'J9', nama: 'Analis Kepegawaian Ahli Muda', jenis: 'fungsional', atasanJabatanId: null, kelas: 9 }, token));
  const pegawai = (nip: string, nama: string, unitId: string, jabatanId: string | null) =>
    t.call('pegawai/save', { nip, gelarDepan: '', nama, gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/c', jabatanId, unitId, tmtMulai: null, tmtSelesai: null }, token);
  const budi = unwrap(await pegawai(BUDI_NIP, 'Budi Santoso', root.id, jab.id));
  const sari = unwrap(await pegawai(SARI_NIP, 'Sari Lestari', sub.id, null));
  const admin = unwrap(await t.call('pegawai/search', { query: ADMIN_NIP, offset: 0, limit: 5 }, token)).rows[0];
  unwrap(await t.call('users/save', { nip: SARI_NIP, nama: 'Sari Lestari', roles: ['operator'], unitId: sub.id, aktif: true, password: 'operator-bidang-1' }, token));
  const operatorToken = await signInReady(t, SARI_NIP, 'operator-bidang-1');
  return { t, token, operatorToken, rootUnitId: root.id, subUnitId: sub.id, budiId: budi.id, sariId: sari.id, adminPegawaiId: admin?.id ?? '' };
}

export async function ok<C extends Channel>(env: TppEnv, channel: C, args: ArgsOf<C>, token = env.token): Promise<ResultOf<C>> {
  return unwrap(await env.t.call(channel, args, token));
}

export async function fails<C extends Channel>(env: TppEnv, channel: C, args: ArgsOf<C>, token = env.token): Promise<AppError> {
  const r = await env.t.call(channel, args, token);
  if (r.ok) throw new Error(`${channel} should have failed`);
  return r.error;
}

export function csv(lines: string[]): string {
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8').toString('base64');
}

type CellIn = string | number | Date | null;

export async function xlsx(rows: CellIn[][], finish?: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Data Absensi');
  for (const r of rows) ws.addRow(r);
  finish?.(ws);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

export async function kehadiranCount(env: TppEnv): Promise<number> {
  const r = await env.t.core.context.db.selectFrom('kehadiran').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(r.n);
}
