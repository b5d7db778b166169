/**
 * A small org for SKP tests, built through the real channels: unit A (root) with sub-unit B.
 *   KADIS (A, head) ── KABID (A) ── STAF (A, two holders: staf, staf2)
 *                  └── KABIDB (B) ── STAFB (B)
 * Every pegawai has a 'pegawai' account scoped to their unit; the setup admin is the operator.
 */
import { makeNip } from '../../../shared/domain/nip.js';
import type { ArgsOf } from '../../../shared/contract.js';
import { makeCore, setUp, signInReady, unwrap, type TestCore } from '../helpers.js';

export const PASSWORD = 'rahasia-skp-1';
export const TAHUN = 2025;
export const PERIODE = { tahun: TAHUN, mulai: '2025-01-01', selesai: '2025-12-31' };
export const IKI = [{ aspek: 'kuantitas', teks: 'Jumlah laporan', target: { kind: 'kuantitatif', nilai: 12, satuan: 'laporan' } }] as const;

export type Person = 'kadis' | 'kabid' | 'staf' | 'staf2' | 'kabidB' | 'stafB';
export type World = {
  t: TestCore;
  admin: string;
  token: Record<Person, string>;
  pegawai: Record<Person, string>;
  jabatan: Record<'kadis' | 'kabid' | 'staf' | 'kabidB' | 'stafB', string>;
  unit: { a: string; b: string };
  adminPegawaiId: string;
};

let seq = 0;

/** Built on `desk` when given (a sync test's desk), else on a fresh core. */
export async function makeWorld(desk?: TestCore): Promise<World> {
  const t = desk ?? (await makeCore());
  const admin = await setUp(t);
  const units = unwrap(await t.call('org/units', {}, admin));
  const a = units[0]?.id ?? '';
  const b = unwrap(await t.call('org/unitSave', { parentId: a, kode: '01.02', nama: 'Bidang B' }, admin)).id;
  const jab = async (kode: string, unitId: string, atasan: string | null, jenis: ArgsOf<'org/jabatanSave'>['jenis']) =>
    unwrap(await t.call('org/jabatanSave', { unitId, kode, nama: `Jabatan ${kode}`, jenis, atasanJabatanId: atasan, kelas: 9 }, admin)).id;
  const kadis = await jab('KADIS', a, null, 'jpt_pratama');
  const kabid = await jab('KABID', a, kadis, 'administrator');
  const staf = await jab('STAF', a, kabid, 'pelaksana');
  const kabidB = await jab('KABIDB', b, kadis, 'administrator');
  const stafB = await jab('STAFB', b, kabidB, 'pelaksana');
  const jabatanOf: Record<Person, [string, string]> = { kadis: [kadis, a], kabid: [kabid, a], staf: [staf, a], staf2: [staf, a], kabidB: [kabidB, b], stafB: [stafB, b] };
  const pegawai = {} as Record<Person, string>;
  const token = {} as Record<Person, string>;
  for (const [who, [jabatanId, unitId]] of Object.entries(jabatanOf) as [Person, [string, string]][]) {
    seq += 1;
    const nip = makeNip({ birthDate: '1980-01-01', tmtCpns: '2005-01', sex: 'L', sequence: seq });
    const p = unwrap(
      await t.call('pegawai/save', { nip, gelarDepan: '', nama: `Pegawai ${who}`, gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/c', jabatanId, unitId, tmtMulai: null, tmtSelesai: null }, admin),
    );
    pegawai[who] = p.id;
    unwrap(await t.call('users/save', { nip, nama: `Pegawai ${who}`, roles: ['pegawai'], unitId, aktif: true, password: PASSWORD }, admin));
    token[who] = await signInReady(t, nip, PASSWORD);
  }
  const me = unwrap(await t.call('auth/me', {}, admin));
  return { t, admin, token, pegawai, jabatan: { kadis, kabid, staf, kabidB, stafB }, unit: { a, b }, adminPegawaiId: me.user.pegawaiId ?? '' };
}

/** A draft SKP for `who`, created by themself, with `n` UTAMA RHK. Returns the SKP id and RHK ids. */
export async function draftWithRhk(w: World, who: Person, n = 1): Promise<{ skpId: string; rhkIds: string[] }> {
  const skp = unwrap(await w.t.call('skp/create', { pegawaiId: w.pegawai[who], periode: PERIODE, pendekatan: 'kuantitatif' }, w.token[who]));
  const rhkIds: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const d = unwrap(
      await w.t.call(
        'rhk/save',
        { skpId: skp.skp.id, jenis: 'utama', teks: `RHK ${who} ${i + 1}`, intervensiPerjanjianKinerja: who === 'kadis' ? 'Perjanjian Kinerja 2025' : null, perspektif: null, indikator: [...IKI] },
        w.token[who],
      ),
    );
    rhkIds.push(d.rhk.at(-1)?.id ?? '');
  }
  return { skpId: skp.skp.id, rhkIds };
}

/** Links every UTAMA RHK of `skpId` to `atasanRhkId` as `who`. */
export async function linkAll(w: World, who: Person, rhkIds: readonly string[], atasanRhkId: string): Promise<void> {
  for (const id of rhkIds) unwrap(await w.t.call('rhk/link', { id, intervensiRhkId: atasanRhkId, jenisIntervensi: 'langsung' }, w.token[who]));
}

/** Row counts of the tables an SKP write touches, for "nothing changed" checks. */
export async function skpCounts(w: World): Promise<Record<'skp' | 'rhk' | 'auditLog' | 'outbox', number>> {
  const db = w.t.core.context.db;
  const n = async (table: 'skp' | 'rhk' | 'auditLog' | 'outbox') => Number((await db.selectFrom(table).select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  return { skp: await n('skp'), rhk: await n('rhk'), auditLog: await n('auditLog'), outbox: await n('outbox') };
}
