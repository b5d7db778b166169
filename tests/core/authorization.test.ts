import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArgsOf, Channel } from '../../shared/contract.js';
import type { ErrorCode } from '../../shared/result.js';
import { makeNip } from '../../shared/domain/nip.js';
import { DEMO_PASSWORD } from '../../electron/core/services/setup-service.js';
import { expectFail, makeCore, rowCounts, signInReady, unwrap, type TestCore } from './helpers.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let t: TestCore;
/** The demo's operator: admin + operator over the whole unit. */
let rootOp: string;
type Fixture = {
  unit: Record<'root' | 'sekretariat' | 'bidang' | 'sekretariatSub' | 'bidangSub', string>;
  /** Staff pegawai, one in each branch. */
  sekretariatPegawai: string;
  /** Moved to Bidang by the last role of the matrix. */
  movePegawai: string;
  bidangPegawai: string;
  sekretariatJabatan: string;
  bidangJabatan: string;
  headJabatan: string;
};
let f: Fixture;
const tokens: Record<string, string> = {};

let nipSeq = 0;
/** NIPs the demo cannot have made (its TMT CPNS years end in 2023). */
function freshNip(): string {
  nipSeq += 1;
  return makeNip({ birthDate: '1999-12-31', tmtCpns: '2024-02', sex: 'P', sequence: nipSeq });
}
let kodeSeq = 0;
const freshKode = (prefix: string) => `${prefix}-T${++kodeSeq}`;

async function unitId(kode: string): Promise<string> {
  const u = await t.core.context.db.selectFrom('unitKerja').select('id').where('kode', '=', kode).executeTakeFirstOrThrow();
  return u.id;
}

/** Every unit under (and including) the given one, walking parent links in the database. */
async function subtreeUnitIds(kode: string): Promise<Set<string>> {
  const rows = await t.core.context.db.selectFrom('unitKerja').select(['id', 'kode', 'parentId']).execute();
  const out = new Set(rows.filter((r) => r.kode === kode).map((r) => r.id));
  for (let grew = true; grew; ) {
    grew = false;
    for (const r of rows) {
      if (r.parentId && out.has(r.parentId) && !out.has(r.id)) {
        out.add(r.id);
        grew = true;
      }
    }
  }
  return out;
}

/** Staff (holding no jabatan others report to) other than the demo operator, with their demo account. */
async function staffPegawai(unitIds: Set<string>): Promise<{ id: string; nip: string; nama: string; unitId: string; userId: string }[]> {
  const rows = await t.core.context.db
    .selectFrom('pegawai as p')
    .innerJoin('user as u', 'u.pegawaiId', 'p.id')
    .select(['p.id', 'p.nip', 'p.nama', 'p.unitId', 'u.id as userId'])
    .where('u.roles', '=', '["pegawai"]')
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('jabatan as j').select('j.id').whereRef('j.atasanJabatanId', '=', 'p.jabatanId'))))
    .orderBy('p.nip')
    .execute();
  return rows.filter((r) => unitIds.has(r.unitId));
}

async function jabatanIn(unit: string): Promise<string> {
  const j = await t.core.context.db.selectFrom('jabatan').select('id').where('unitId', '=', unit).orderBy('kode').executeTakeFirstOrThrow();
  return j.id;
}

/** Admin-created accounts change their initial password first (the core refuses anything else until then). */
async function signIn(nip: string, password: string): Promise<string> {
  return signInReady(t, nip, password);
}

beforeAll(async () => {
  t = await makeCore();
  const demo = unwrap(await t.call('setup/loadDemo', { pegawaiCount: 60 }, null));
  expect(demo.demoPassword).toBe(DEMO_PASSWORD);
  expect(demo.instansi.isDemo).toBe(true);
  rootOp = demo.token;
  f = {
    unit: {
      root: await unitId('01'),
      sekretariat: await unitId('01.01'),
      bidang: await unitId('01.02'),
      sekretariatSub: await unitId('01.01.02'),
      bidangSub: await unitId('01.02.01'),
    },
    sekretariatPegawai: '',
    movePegawai: '',
    bidangPegawai: '',
    sekretariatJabatan: '',
    bidangJabatan: '',
    headJabatan: '',
  };
  const sekretariatPeople = await staffPegawai(await subtreeUnitIds('01.01'));
  const bidangPeople = await staffPegawai(await subtreeUnitIds('01.02'));
  // The staff account sits in one Sekretariat sub-unit; the pegawai the matrix reads and writes
  // sit in another, so that account's answers show its narrower scope.
  const inSub = sekretariatPeople.filter((p) => p.unitId === f.unit.sekretariatSub);
  const elsewhere = sekretariatPeople.filter((p) => p.unitId !== f.unit.sekretariatSub);
  const [staffPerson] = inSub;
  const [opPerson, adminPerson, sekretariatTarget, moveTarget] = elsewhere;
  if (!opPerson || !adminPerson || !staffPerson || !sekretariatTarget || !moveTarget || !bidangPeople[0]) throw new Error('demo too small for the fixture');
  f.sekretariatPegawai = sekretariatTarget.id;
  f.movePegawai = moveTarget.id;
  f.bidangPegawai = bidangPeople[0].id;
  f.sekretariatJabatan = await jabatanIn(f.unit.sekretariatSub);
  f.bidangJabatan = await jabatanIn(f.unit.bidangSub);
  f.headJabatan = (await t.core.context.db.selectFrom('jabatan').select('id').where('atasanJabatanId', 'is', null).executeTakeFirstOrThrow()).id;

  // Every demo pegawai has an account (role pegawai); the admin gives three of them other roles and scopes.
  const account = async (label: string, p: { nip: string; nama: string; userId: string }, roles: ArgsOf<'users/save'>['roles'], unit: string) => {
    unwrap(await t.call('users/save', { id: p.userId, nip: p.nip, nama: p.nama, roles, unitId: unit, aktif: true, password: 'sandi-uji-123' }, rootOp));
    tokens[label] = await signIn(p.nip, 'sandi-uji-123');
  };
  tokens['operator (admin+operator, whole unit)'] = rootOp;
  await account('operator of Sekretariat only', opPerson, ['operator'], f.unit.sekretariat);
  await account('admin+operator of Sekretariat only', adminPerson, ['admin', 'operator'], f.unit.sekretariat);
  await account('staff (pegawai role)', staffPerson, ['pegawai'], f.unit.sekretariatSub);
  // The demo's own atasan account for the Sekretaris.
  const sekretaris = await t.core.context.db
    .selectFrom('user as u')
    .innerJoin('pegawai as p', 'p.id', 'u.pegawaiId')
    .innerJoin('jabatan as j', 'j.id', 'p.jabatanId')
    .select(['u.nip', 'u.roles'])
    .where('j.nama', '=', 'Sekretaris')
    .executeTakeFirstOrThrow();
  expect(JSON.parse(sekretaris.roles)).toEqual(['pegawai']);
  tokens['Sekretaris (demo atasan, pegawai role)'] = await signIn(sekretaris.nip, DEMO_PASSWORD);
});

afterAll(async () => {
  await t.close();
});

/** The whole-unit operator goes last: its successful writes (a move) must not change what the others face. */
const ROLES = [
  'operator of Sekretariat only',
  'admin+operator of Sekretariat only',
  'staff (pegawai role)',
  'Sekretaris (demo atasan, pegawai role)',
  'operator (admin+operator, whole unit)',
] as const;
type RoleLabel = (typeof ROLES)[number];

async function pegawaiArgs(id: string, change: Partial<ArgsOf<'pegawai/save'>> = {}): Promise<ArgsOf<'pegawai/save'>> {
  const p = await t.core.context.db
    .selectFrom('pegawai')
    .select(['id', 'nip', 'gelarDepan', 'nama', 'gelarBelakang', 'jenisAsn', 'golongan', 'jabatanId', 'unitId', 'tmtMulai', 'tmtSelesai'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return { ...p, ...change };
}

function newPegawai(unit: string, jabatanId: string | null): ArgsOf<'pegawai/save'> {
  return { nip: freshNip(), gelarDepan: '', nama: 'Pegawai Uji', gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/a', jabatanId, unitId: unit, tmtMulai: null, tmtSelesai: null };
}

type Action = { name: string; run: (token: string) => Promise<{ channel: Channel; payload: unknown }> };

const ACTIONS: Action[] = [
  { name: 'update a pegawai of Sekretariat', run: async () => ({ channel: 'pegawai/save', payload: await pegawaiArgs(f.sekretariatPegawai, { nama: `Nama ${++kodeSeq}` }) }) },
  { name: 'update a pegawai of Bidang', run: async () => ({ channel: 'pegawai/save', payload: await pegawaiArgs(f.bidangPegawai, { nama: `Nama ${++kodeSeq}` }) }) },
  { name: 'add a pegawai into Sekretariat', run: async () => ({ channel: 'pegawai/save', payload: newPegawai(f.unit.sekretariatSub, f.sekretariatJabatan) }) },
  { name: 'add a pegawai into Bidang', run: async () => ({ channel: 'pegawai/save', payload: newPegawai(f.unit.bidangSub, f.bidangJabatan) }) },
  { name: 'move a Sekretariat pegawai into Bidang', run: async () => ({ channel: 'pegawai/save', payload: await pegawaiArgs(f.movePegawai, { unitId: f.unit.bidangSub, jabatanId: null }) }) },
  { name: 'get a pegawai of Sekretariat', run: async () => ({ channel: 'pegawai/get', payload: { id: f.sekretariatPegawai } }) },
  { name: 'get a pegawai of Bidang', run: async () => ({ channel: 'pegawai/get', payload: { id: f.bidangPegawai } }) },
  { name: 'search inside Bidang', run: async () => ({ channel: 'pegawai/search', payload: { query: '', unitId: f.unit.bidang, offset: 0, limit: 10 } }) },
  { name: 'add a unit under Sekretariat', run: async () => ({ channel: 'org/unitSave', payload: { parentId: f.unit.sekretariat, kode: freshKode('U'), nama: 'Unit Uji' } }) },
  { name: 'add a unit under Bidang', run: async () => ({ channel: 'org/unitSave', payload: { parentId: f.unit.bidang, kode: freshKode('U'), nama: 'Unit Uji' } }) },
  { name: 'rename Bidang', run: async () => ({ channel: 'org/unitSave', payload: { id: f.unit.bidang, parentId: f.unit.root, kode: '01.02', nama: `Bidang ${++kodeSeq}` } }) },
  {
    name: 'add a jabatan in Sekretariat',
    run: async () => ({ channel: 'org/jabatanSave', payload: { unitId: f.unit.sekretariatSub, kode: freshKode('J'), nama: 'Jabatan Uji', jenis: 'pelaksana', atasanJabatanId: f.sekretariatJabatan, kelas: 6 } }),
  },
  {
    name: 'add a jabatan in Bidang',
    run: async () => ({ channel: 'org/jabatanSave', payload: { unitId: f.unit.bidangSub, kode: freshKode('J'), nama: 'Jabatan Uji', jenis: 'pelaksana', atasanJabatanId: f.bidangJabatan, kelas: 6 } }),
  },
  { name: 'list accounts', run: async () => ({ channel: 'users/list', payload: {} }) },
  {
    name: 'create an account in Bidang',
    run: async () => ({ channel: 'users/save', payload: { nip: freshNip(), nama: 'Akun Uji', roles: ['pegawai'], unitId: f.unit.bidang, aktif: true, password: 'sandi-uji-123' } }),
  },
  {
    name: 'create an account in Sekretariat',
    run: async () => ({ channel: 'users/save', payload: { nip: freshNip(), nama: 'Akun Uji', roles: ['pegawai'], unitId: f.unit.sekretariatSub, aktif: true, password: 'sandi-uji-123' } }),
  },
  { name: 'read the audit log', run: async () => ({ channel: 'audit/list', payload: { limit: 5 } }) },
];

type Outcome = 'ok' | ErrorCode;
const OK = 'ok' as const;
const NF = 'NOT_FOUND' as const;
const FB = 'FORBIDDEN' as const;

/** Expected outcome per action, in ROLES order. */
const MATRIX: Record<string, [Outcome, Outcome, Outcome, Outcome, Outcome]> = {
  //                                         sub op  sub adm staff  Sekr.  whole op
  'update a pegawai of Sekretariat':        [OK, OK, NF, FB, OK],
  'update a pegawai of Bidang':             [NF, NF, NF, NF, OK],
  'add a pegawai into Sekretariat':         [OK, OK, FB, FB, OK],
  'add a pegawai into Bidang':              [FB, FB, FB, FB, OK],
  'move a Sekretariat pegawai into Bidang': [FB, FB, NF, FB, OK],
  'get a pegawai of Sekretariat':           [OK, OK, NF, OK, OK],
  'get a pegawai of Bidang':                [NF, NF, NF, NF, OK],
  'search inside Bidang':                   [FB, FB, FB, FB, OK],
  'add a unit under Sekretariat':           [OK, OK, FB, FB, OK],
  'add a unit under Bidang':                [FB, FB, FB, FB, OK],
  'rename Bidang':                          [FB, FB, FB, FB, OK],
  'add a jabatan in Sekretariat':           [OK, OK, FB, FB, OK],
  'add a jabatan in Bidang':                [FB, FB, FB, FB, OK],
  'list accounts':                          [FB, OK, FB, FB, OK],
  'create an account in Bidang':            [FB, FB, FB, FB, OK],
  'create an account in Sekretariat':       [FB, OK, FB, FB, OK],
  'read the audit log':                     [OK, OK, FB, FB, OK],
};

const CASES = ACTIONS.flatMap((action) => ROLES.map((role, i): [string, RoleLabel, Action, Outcome] => [action.name, role, action, MATRIX[action.name]?.[i] ?? 'INTERNAL']));

describe('authorization matrix', () => {
  it('covers every action', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(ACTIONS.map((a) => a.name).sort());
  });

  it.each(CASES)('%s as %s', async (_name, role, action, expected) => {
    const token = tokens[role] ?? '';
    const { channel, payload } = await action.run(token);
    const before = await rowCounts(t.core);
    const r = await t.core.invoke(channel, payload, token);
    if (expected === 'ok') {
      unwrap(r);
    } else {
      expectFail(r, expected);
      // A refused write leaves every table as it was (no audit row, no outbox command).
      expect(await rowCounts(t.core)).toEqual(before);
    }
  });
});

describe('scope of reads', () => {
  it.each(ROLES.filter((r) => r !== 'operator (admin+operator, whole unit)'))('%s: pegawai/search never returns rows outside the subtree', async (role) => {
    const token = tokens[role] ?? '';
    const me = unwrap(await t.call('auth/me', {}, token));
    const units = unwrap(await t.call('org/units', {}, token));
    const rootKode = units.find((u) => u.id === me.user.unitId)?.kode ?? '?';
    const scope = await subtreeUnitIds(rootKode);
    expect(scope.has(f.unit.bidang)).toBe(false);
    expect(new Set(units.map((u) => u.id))).toEqual(scope);

    const inScope = await t.core.context.db.selectFrom('pegawai').select('id').where('unitId', 'in', [...scope]).execute();
    const result = unwrap(await t.call('pegawai/search', { query: '', offset: 0, limit: 500 }, token));
    expect(result.total).toBe(inScope.length);
    expect(new Set(result.rows.map((r) => r.id))).toEqual(new Set(inScope.map((r) => r.id)));
    // A name or NIP that exists only outside the subtree is not found either.
    const outside = await t.core.context.db.selectFrom('pegawai').select(['nip', 'nama']).where('unitId', 'not in', [...scope]).orderBy('nip').executeTakeFirstOrThrow();
    expect(unwrap(await t.call('pegawai/search', { query: outside.nip, offset: 0, limit: 10 }, token)).total).toBe(0);

    const jabatan = unwrap(await t.call('org/jabatanList', {}, token));
    expect(jabatan.every((j) => scope.has(j.unitId))).toBe(true);
  });

  it('the whole-unit operator sees every pegawai', async () => {
    const all = await t.core.context.db.selectFrom('pegawai').select('id').execute();
    expect(unwrap(await t.call('pegawai/search', { query: '', offset: 0, limit: 500 }, rootOp)).total).toBe(all.length);
  });

  it('an admin of a sub-unit lists only the accounts in that sub-unit', async () => {
    const scope = await subtreeUnitIds('01.01');
    const listed = unwrap(await t.call('users/list', {}, tokens['admin+operator of Sekretariat only'] ?? '')).rows;
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((u) => scope.has(u.unitId))).toBe(true);
  });
});

describe('rules every writer meets', () => {
  it('an admin cannot take away their own admin role or deactivate themselves', async () => {
    const me = unwrap(await t.call('auth/me', {}, rootOp)).user;
    const base = { id: me.id, nip: me.nip, nama: me.nama, unitId: me.unitId };
    const before = await rowCounts(t.core);
    expectFail(await t.call('users/save', { ...base, roles: ['operator'], aktif: true }, rootOp), 'VALIDATION');
    expectFail(await t.call('users/save', { ...base, roles: ['admin', 'operator'], aktif: false }, rootOp), 'VALIDATION');
    expect(await rowCounts(t.core)).toEqual(before);
    expect(unwrap(await t.call('auth/me', {}, rootOp)).user.roles).toEqual(['admin', 'operator']);
  });

  it('a jabatan atasan cycle is refused (self, and a subordinate as atasan of the head)', async () => {
    const head = await t.core.context.db.selectFrom('jabatan').selectAll().where('id', '=', f.headJabatan).executeTakeFirstOrThrow();
    const base = { id: head.id, unitId: head.unitId, kode: head.kode, nama: head.nama, jenis: 'jpt_pratama' as const, kelas: head.kelas };
    const before = await rowCounts(t.core);
    for (const atasan of [head.id, f.sekretariatJabatan]) {
      const error = expectFail(await t.call('org/jabatanSave', { ...base, atasanJabatanId: atasan }, rootOp), 'VALIDATION');
      expect(error.message).toMatch(/berputar/);
    }
    expect(await rowCounts(t.core)).toEqual(before);
    const after = await t.core.context.db.selectFrom('jabatan').select('atasanJabatanId').where('id', '=', head.id).executeTakeFirstOrThrow();
    expect(after.atasanJabatanId).toBeNull();
  });

  it('a unit cannot be moved under its own sub-unit, and no second top unit can be made', async () => {
    const before = await rowCounts(t.core);
    expectFail(await t.call('org/unitSave', { id: f.unit.sekretariat, parentId: f.unit.sekretariatSub, kode: '01.01', nama: 'Sekretariat' }, rootOp), 'VALIDATION');
    expectFail(await t.call('org/unitSave', { parentId: null, kode: freshKode('TOP'), nama: 'Unit Puncak' }, rootOp), 'FORBIDDEN');
    expect(await rowCounts(t.core)).toEqual(before);
  });

  it.each([
    ['unit kode', () => ({ channel: 'org/unitSave' as const, payload: { parentId: f.unit.root, kode: '01.02', nama: 'Tiruan' } })],
    ['jabatan kode', () => ({ channel: 'org/jabatanSave' as const, payload: { unitId: f.unit.root, kode: 'JAB-00001', nama: 'Tiruan', jenis: 'pelaksana' as const, atasanJabatanId: null, kelas: null } })],
  ])('a duplicate %s → CONFLICT', async (_what, make) => {
    const before = await rowCounts(t.core);
    const { channel, payload } = make();
    expectFail(await t.core.invoke(channel, payload, rootOp), 'CONFLICT');
    expect(await rowCounts(t.core)).toEqual(before);
  });

  it('a duplicate NIP → CONFLICT, also when pasted with spaces', async () => {
    const existing = await t.core.context.db.selectFrom('pegawai').select('nip').where('id', '=', f.bidangPegawai).executeTakeFirstOrThrow();
    const spaced = `${existing.nip.slice(0, 8)} ${existing.nip.slice(8, 14)} ${existing.nip.slice(14, 15)} ${existing.nip.slice(15)}`;
    const before = await rowCounts(t.core);
    for (const nip of [existing.nip, spaced]) {
      const error = expectFail(await t.call('pegawai/save', { ...newPegawai(f.unit.bidangSub, null), nip }, rootOp), 'CONFLICT');
      expect(error.message).toContain(existing.nip);
    }
    expect(await rowCounts(t.core)).toEqual(before);
  });

  it.each(['12345', '199912312024022000', '199913312024021001', 'ABCDEFGHIJKLMNOPQR'])('an invalid NIP %j → INVALID_NIP', async (nip) => {
    const before = await rowCounts(t.core);
    const error = expectFail(await t.call('pegawai/save', { ...newPegawai(f.unit.bidangSub, null), nip }, rootOp), 'INVALID_NIP');
    expect(error.issues?.[0]?.path).toBe('nip');
    expect(await rowCounts(t.core)).toEqual(before);
  });

  it('pegawai/get of a random UUID → NOT_FOUND; saving it → NOT_FOUND', async () => {
    const id = '01900000-0000-7000-8000-000000000000';
    expectFail(await t.call('pegawai/get', { id }, rootOp), 'NOT_FOUND');
    expectFail(await t.call('pegawai/save', { ...newPegawai(f.unit.bidangSub, null), id }, rootOp), 'NOT_FOUND');
    expectFail(await t.call('org/unitSave', { id, parentId: f.unit.root, kode: freshKode('U'), nama: 'X' }, rootOp), 'NOT_FOUND');
  });

  it('new rows get UUIDv7 ids and the pegawai detail names the pejabat penilai from the tree', async () => {
    const saved = unwrap(await t.call('pegawai/save', newPegawai(f.unit.sekretariatSub, f.sekretariatJabatan), rootOp));
    expect(saved.id).toMatch(UUID_V7);
    const detail = unwrap(await t.call('pegawai/get', { id: saved.id }, rootOp));
    const atasanJabatan = await t.core.context.db.selectFrom('jabatan').select('atasanJabatanId').where('id', '=', f.sekretariatJabatan).executeTakeFirstOrThrow();
    expect(detail.atasanChain[0]?.id).toBe(atasanJabatan.atasanJabatanId);
    const holder = await t.core.context.db.selectFrom('pegawai').select('id').where('jabatanId', '=', atasanJabatan.atasanJabatanId).executeTakeFirstOrThrow();
    expect(detail.pejabatPenilai.map((p) => p.pegawaiId)).toEqual([holder.id]);
  });
});

describe('isAtasan', () => {
  it.each([
    ['Sekretaris (demo atasan, pegawai role)', true],
    ['operator (admin+operator, whole unit)', false],
    ['staff (pegawai role)', false],
  ] as const)('%s → %s', async (role, expected) => {
    expect(unwrap(await t.call('auth/me', {}, tokens[role] ?? '')).isAtasan).toBe(expected);
  });

  it('every demo pegawai has an account; holders of a jabatan others report to are atasan, staff are not', async () => {
    const db = t.core.context.db;
    const pegawai = await db.selectFrom('pegawai').select(['id', 'jabatanId']).execute();
    const users = await db.selectFrom('user').select(['nip', 'pegawaiId', 'passwordHash']).where('passwordHash', '!=', '').execute();
    const withAccount = new Set(users.map((u) => u.pegawaiId));
    // pegawai made by the tests above have no account; the demo's 60 all do.
    expect(pegawai.filter((p) => withAccount.has(p.id)).length).toBeGreaterThanOrEqual(60);
    const heads = new Set((await db.selectFrom('jabatan').select('atasanJabatanId').execute()).map((j) => j.atasanJabatanId));
    const atasanNips = users.filter((u) => heads.has(pegawai.find((p) => p.id === u.pegawaiId)?.jabatanId ?? '§')).map((u) => u.nip);
    expect(atasanNips.length).toBeGreaterThan(5);
    // Sign in a few of each (argon2 per sign-in is slow): the first atasan and untouched staff.
    const staffNips = (await staffPegawai(await subtreeUnitIds('01.02'))).map((p) => p.nip).slice(0, 2);
    for (const [nip, expected] of [[atasanNips[0] ?? '', true], ...staffNips.map((n) => [n, false] as const)] as const) {
      const s = unwrap(await t.call('auth/signIn', { nip, password: DEMO_PASSWORD }, null));
      expect(s.isAtasan, nip).toBe(expected);
    }
  });
});
