import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../electron/core/db/connection.js';
import type { Trx, WriteContext } from '../../../electron/core/db/repositories/changes.js';
import { insertInstansi } from '../../../electron/core/db/repositories/instansi-repo.js';
import { findUnit, saveUnit } from '../../../electron/core/db/repositories/unit-repo.js';
import { findJabatan, saveJabatan } from '../../../electron/core/db/repositories/jabatan-repo.js';
import { findPegawai, savePegawai, searchPegawai, type PegawaiSearch } from '../../../electron/core/db/repositories/pegawai-repo.js';
import { newId } from '../../../electron/core/ids.js';
import { makeNip } from '../../../shared/domain/nip.js';
import type { Jabatan, Pegawai, UnitKerja } from '../../../shared/entities.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const ctx: WriteContext = { actorUserId: null, now: '2025-03-01T08:00:00.000Z' };

let db: Db;
let close: () => Promise<void>;
let instansiId: string;
let root: UnitKerja;

async function counts(): Promise<{ audit: number; outbox: number }> {
  const a = await db.selectFrom('auditLog').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const o = await db.selectFrom('outbox').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { audit: Number(a.n), outbox: Number(o.n) };
}

function unit(kode: string, parentId: string | null, nama = `Unit ${kode}`): UnitKerja {
  return { id: newId(), instansiId, parentId, kode, nama };
}

function jabatan(kode: string, unitId: string, atasanJabatanId: string | null = null): Jabatan {
  return { id: newId(), unitId, kode, nama: `Jabatan ${kode}`, jenis: 'pelaksana', atasanJabatanId, kelas: 7 };
}

let seq = 0;
function pegawai(over: Partial<Pegawai> & { unitId: string }): Pegawai {
  seq += 1;
  return {
    id: newId(),
    nip: makeNip({ birthDate: '1985-03-12', tmtCpns: '2010-01', sex: 'L', sequence: seq }),
    gelarDepan: '',
    nama: `Pegawai ${seq}`,
    gelarBelakang: '',
    jenisAsn: 'PNS',
    golongan: 'III/a',
    jabatanId: null,
    tmtMulai: null,
    tmtSelesai: null,
    ...over,
  };
}

async function saveAll(units: UnitKerja[], people: Pegawai[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    for (const u of units) await saveUnit(trx, ctx, u, undefined);
    for (const p of people) await savePegawai(trx, ctx, p, undefined);
  });
}

beforeEach(async () => {
  ({ db, close } = await openDatabase({ file: ':memory:' }));
  instansiId = newId();
  await db.transaction().execute((trx) => insertInstansi(trx, ctx, { id: instansiId, kode: 'INS', nama: 'Instansi Uji', isDemo: false }));
  root = unit('01', null, 'Dinas Uji');
  await db.transaction().execute((trx) => saveUnit(trx, ctx, root, undefined));
});

afterEach(async () => {
  await close();
});

/** One case per entity: how to make a row, change it, save it and read it back. */
type Case<T extends { id: string }> = {
  entity: string;
  command: string;
  make: () => T;
  change: (t: T) => T;
  save: (trx: Trx, c: WriteContext, row: T, existing: T | undefined) => Promise<'insert' | 'update' | 'unchanged'>;
  find: (id: string) => Promise<T | undefined>;
};

const unitCase = (): Case<UnitKerja> => ({
  entity: 'unit_kerja',
  command: 'unit/upsert',
  make: () => unit(`01.${++seq}`, root.id),
  change: (u: UnitKerja) => ({ ...u, nama: `${u.nama} (baru)` }),
  save: saveUnit,
  find: (id: string) => findUnit(db, id),
});
const jabatanCase = (): Case<Jabatan> => ({
  entity: 'jabatan',
  command: 'jabatan/upsert',
  make: () => jabatan(`J-${++seq}`, root.id),
  change: (j: Jabatan) => ({ ...j, kelas: 9, jenis: 'fungsional' as const }),
  save: saveJabatan,
  find: (id: string) => findJabatan(db, id),
});
const pegawaiCase = (): Case<Pegawai> => ({
  entity: 'pegawai',
  command: 'pegawai/upsert',
  make: () => pegawai({ unitId: root.id }),
  change: (p: Pegawai) => ({ ...p, golongan: 'III/b', tmtSelesai: '2030-01-01' }),
  save: savePegawai,
  find: (id: string) => findPegawai(db, id),
});

async function saveCycle<T extends { id: string }>({ entity, command, make, change, save, find }: Case<T>): Promise<void> {
  const row = make();
  const start = await counts();

  expect(await db.transaction().execute((trx) => save(trx, ctx, row, undefined))).toBe('insert');
  expect(await counts()).toEqual({ audit: start.audit + 1, outbox: start.outbox + 1 });
  const inserted = await find(row.id);
  expect(inserted).toEqual(row);

  const changed = change(row);
  const later: WriteContext = { actorUserId: null, now: '2025-03-02T08:00:00.000Z' };
  expect(await db.transaction().execute((trx) => save(trx, later, changed, inserted))).toBe('update');
  expect(await counts()).toEqual({ audit: start.audit + 2, outbox: start.outbox + 2 });
  expect(await find(row.id)).toEqual(changed);

  // The same values again: nothing is written, nothing queued for sync.
  // (Read outside the transaction: Kysely's SQLite driver has one connection, which the
  // transaction holds.)
  const stored = await find(row.id);
  expect(await db.transaction().execute((trx) => save(trx, later, { ...changed }, stored))).toBe('unchanged');
  expect(await counts()).toEqual({ audit: start.audit + 2, outbox: start.outbox + 2 });

  const audit = await db.selectFrom('auditLog').selectAll().where('entityId', '=', row.id).orderBy('at').execute();
  expect(audit.map((a) => [a.entity, a.action])).toEqual([
    [entity, 'create'],
    [entity, 'update'],
  ]);
  expect(audit[0]?.before).toBeNull();
  expect(JSON.parse(audit[0]?.after ?? 'null')).toEqual(row);
  expect(JSON.parse(audit[1]?.before ?? 'null')).toEqual(row);
  expect(JSON.parse(audit[1]?.after ?? 'null')).toEqual(changed);

  const outbox = await db.selectFrom('outbox').selectAll().where('entityId', '=', row.id).orderBy('seq').execute();
  expect(outbox.map((o) => [o.command, o.status, o.createdAt])).toEqual([
    [command, 'pending', ctx.now],
    [command, 'pending', later.now],
  ]);
  expect(JSON.parse(outbox[1]?.payload ?? 'null')).toEqual(changed);
  for (const id of [...audit.map((a) => a.id), ...outbox.map((o) => o.id), row.id]) expect(id).toMatch(UUID_V7);
}

async function rollback<T extends { id: string }>({ make, save, find }: Case<T>): Promise<void> {
  const row = make();
  const start = await counts();
  let inside: { audit: number; outbox: number } | null = null;
  await expect(
    db.transaction().execute(async (trx) => {
      await save(trx, ctx, row, undefined);
      const a = await trx.selectFrom('auditLog').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const o = await trx.selectFrom('outbox').select(({ fn }) => fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      inside = { audit: Number(a.n), outbox: Number(o.n) };
      throw new Error('abort');
    }),
  ).rejects.toThrow('abort');
  // Inside the transaction the three writes were there together...
  expect(inside).toEqual({ audit: start.audit + 1, outbox: start.outbox + 1 });
  // ...and they went away together.
  expect(await counts()).toEqual(start);
  expect(await find(row.id)).toBeUndefined();
}

describe.each([
  ['unit_kerja', () => saveCycle(unitCase()), () => rollback(unitCase())],
  ['jabatan', () => saveCycle(jabatanCase()), () => rollback(jabatanCase())],
  ['pegawai', () => saveCycle(pegawaiCase()), () => rollback(pegawaiCase())],
])('save %s', (_entity, cycle, rolledBack) => {
  it('insert, then update, then unchanged; each real write adds one audit and one outbox row', cycle);
  it('a rolled-back transaction leaves neither the row nor its audit and outbox rows', rolledBack);
});

describe('ids', () => {
  it('newId makes distinct, time-ordered UUIDv7 values', () => {
    const ids = Array.from({ length: 200 }, () => newId());
    for (const id of ids) expect(id).toMatch(UUID_V7);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });
});

describe('searchPegawai', () => {
  let sub: UnitKerja;
  let other: UnitKerja;
  const base = { query: '', unitIds: null, today: '2025-06-01', offset: 0, limit: 50 } satisfies PegawaiSearch;

  beforeEach(async () => {
    sub = unit('01.01', root.id, 'Sub Bagian Umum');
    other = unit('02', null, 'Unit Lain');
    const at = (id: string) => ({ unitId: id });
    await saveAll(
      [sub, other],
      [
        pegawai({ ...at(root.id), nip: '198503122010011003', gelarDepan: 'Dr. Hj.', nama: 'Siti Aminah', gelarBelakang: 'S.Pd., M.Si.' }),
        pegawai({ ...at(root.id), nip: '198503122010011004', nama: 'Budi Santoso', gelarBelakang: 'S.Kom.' }),
        pegawai({ ...at(sub.id), nip: '199001012015032001', nama: 'Ani 100% Rajin', jenisAsn: 'PNS' }),
        pegawai({ ...at(sub.id), nip: '199001012015032002', nama: 'Ani_Rajin', tmtSelesai: '2025-05-31' }),
        pegawai({ ...at(sub.id), nip: '199001012015032003', nama: 'Ani X Rajin', tmtSelesai: '2025-06-01' }),
        pegawai({ ...at(other.id), nip: '199107072022212001', nama: 'Siti Lain', jenisAsn: 'PPPK', golongan: 'IX' }),
      ],
    );
  });

  const names = (r: { rows: { namaLengkap: string }[] }) => r.rows.map((x) => x.namaLengkap);

  it.each([
    ['name fragment, any case', 'sITi', ['Dr. Hj. Siti Aminah, S.Pd., M.Si.', 'Siti Lain']],
    ['name fragment in the middle', 'aminah', ['Dr. Hj. Siti Aminah, S.Pd., M.Si.']],
    ['gelar depan', 'dr. hj.', ['Dr. Hj. Siti Aminah, S.Pd., M.Si.']],
    ['gelar belakang', 's.kom', ['Budi Santoso, S.Kom.']],
    ['extra spaces collapse', '  siti    aminah ', ['Dr. Hj. Siti Aminah, S.Pd., M.Si.']],
    ['NIP prefix', '19850312', ['Budi Santoso, S.Kom.', 'Dr. Hj. Siti Aminah, S.Pd., M.Si.']],
    ['NIP pasted with spaces', '19850312 201001 1 003', ['Dr. Hj. Siti Aminah, S.Pd., M.Si.']],
    ['NIP digits only match a prefix, not the middle', '201001', []],
    // Punctuation separates words (shared/domain/search-words.ts), so LIKE wildcards never act as such.
    ['% separates words, never a wildcard: "100" in a name or NIP', '100%', ['Ani 100% Rajin', 'Budi Santoso, S.Kom.', 'Dr. Hj. Siti Aminah, S.Pd., M.Si.']],
    ['% alone is no word: everyone', '%', ['Ani 100% Rajin', 'Ani_Rajin', 'Ani X Rajin', 'Budi Santoso, S.Kom.', 'Dr. Hj. Siti Aminah, S.Pd., M.Si.', 'Siti Lain']],
    ['_ separates words, never a wildcard', 'ani_', ['Ani 100% Rajin', 'Ani_Rajin', 'Ani X Rajin']],
    ['a backslash separates words too', 'ani\\', ['Ani 100% Rajin', 'Ani_Rajin', 'Ani X Rajin']],
    ['words in any order across punctuation', 'rajin_ani', ['Ani 100% Rajin', 'Ani_Rajin', 'Ani X Rajin']],
    ['no match', 'zzz', []],
  ])('%s: %j', async (_what, query, expected) => {
    const r = await searchPegawai(db, { ...base, query });
    expect(names(r).sort()).toEqual([...expected].sort());
    expect(r.total).toBe(expected.length);
  });

  it('limits to the given units (scope), an empty scope sees nothing', async () => {
    const inSub = await searchPegawai(db, { ...base, unitIds: [sub.id] });
    expect(inSub.total).toBe(3);
    expect(inSub.rows.every((r) => r.unitNama === 'Sub Bagian Umum')).toBe(true);
    const rootAndSub = await searchPegawai(db, { ...base, unitIds: [root.id, sub.id], query: 'siti' });
    expect(names(rootAndSub)).toEqual(['Dr. Hj. Siti Aminah, S.Pd., M.Si.']);
    expect((await searchPegawai(db, { ...base, unitIds: [] })).total).toBe(0);
    expect((await searchPegawai(db, { ...base, unitIds: null })).total).toBe(6);
  });

  it.each([
    [undefined, 6],
    [true, 5],
    [false, 1],
  ])('aktif=%s counts tmtSelesai against today (inclusive)', async (aktif, n) => {
    const r = await searchPegawai(db, { ...base, ...(aktif === undefined ? {} : { aktif }) });
    expect(r.total).toBe(n);
    if (aktif !== undefined) expect(r.rows.every((x) => x.aktif === aktif)).toBe(true);
  });

  it('marks a pegawai whose tmtSelesai is today as still aktif and yesterday as not', async () => {
    const r = await searchPegawai(db, { ...base, query: 'rajin' });
    const byName = new Map(r.rows.map((x) => [x.namaLengkap, x.aktif]));
    expect(Object.fromEntries(byName)).toEqual({ 'Ani 100% Rajin': true, Ani_Rajin: false, 'Ani X Rajin': true });
  });

  it('filters by jenis ASN', async () => {
    expect(names(await searchPegawai(db, { ...base, jenisAsn: 'PPPK' }))).toEqual(['Siti Lain']);
    expect((await searchPegawai(db, { ...base, jenisAsn: 'PNS' })).total).toBe(5);
  });

  it('pages with offset and limit in name order; total counts all matches', async () => {
    const all = await searchPegawai(db, { ...base, limit: 500 });
    expect(all.rows).toHaveLength(6);
    const pages = [];
    for (let offset = 0; offset < 6; offset += 4) pages.push(await searchPegawai(db, { ...base, offset, limit: 4 }));
    expect(pages.map((p) => p.rows.length)).toEqual([4, 2]);
    expect(pages.map((p) => p.total)).toEqual([6, 6]);
    expect(pages.flatMap((p) => p.rows.map((r) => r.id))).toEqual(all.rows.map((r) => r.id));
    expect(new Set(all.rows.map((r) => r.id)).size).toBe(6);
    // Ordered by nama (without gelar), then id.
    const byNama = await db.selectFrom('pegawai').select(['id', 'nama']).orderBy('nama').orderBy('id').execute();
    expect(all.rows.map((r) => r.id)).toEqual(byNama.map((r) => r.id));
    const past = await searchPegawai(db, { ...base, offset: 100, limit: 4 });
    expect(past).toEqual({ total: 6, rows: [] });
  });

  it('finds a pegawai again after an update changes the name (search text kept in step)', async () => {
    const [row] = (await searchPegawai(db, { ...base, query: 'budi' })).rows;
    const existing = row ? await findPegawai(db, row.id) : undefined;
    if (!existing) throw new Error('seed missing');
    await db.transaction().execute((trx) => savePegawai(trx, ctx, { ...existing, nama: 'Bambang Santoso', gelarDepan: 'Ir.' }, existing));
    expect((await searchPegawai(db, { ...base, query: 'budi' })).total).toBe(0);
    expect(names(await searchPegawai(db, { ...base, query: 'ir. bambang' }))).toEqual(['Ir. Bambang Santoso, S.Kom.']);
  });

  it('returns jabatan and unit names with each row', async () => {
    const j = jabatan('J-SRCH', sub.id);
    await db.transaction().execute((trx) => saveJabatan(trx, ctx, j, undefined));
    const p = pegawai({ unitId: sub.id, nama: 'Zaki Pemegang', jabatanId: j.id });
    await saveAll([], [p]);
    const r = await searchPegawai(db, { ...base, query: 'zaki' });
    expect(r.rows).toEqual([
      { id: p.id, nip: p.nip, namaLengkap: 'Zaki Pemegang', jenisAsn: 'PNS', golongan: 'III/a', jabatanNama: 'Jabatan J-SRCH', unitNama: 'Sub Bagian Umum', aktif: true },
    ]);
  });
});
