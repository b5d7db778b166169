import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { argSchemas, CONTRACT_IS_COMPLETE, isChannel, PUBLIC_CHANNELS, type Channel } from '../../shared/contract.js';
import { ERROR_MESSAGES } from '../../shared/result.js';
import { handlers } from '../../electron/core/handlers.js';
import { ENGLISH, expectFail, makeCore, rowCounts, setUp, SETUP_ARGS, unwrap, type TestCore } from './helpers.js';

const ALL_CHANNELS = Object.keys(argSchemas).filter(isChannel);
const PRIVATE_CHANNELS = ALL_CHANNELS.filter((c) => !PUBLIC_CHANNELS.has(c));
const SOME_UUID = '0190a6e0-1234-7abc-8def-0123456789ab';

let t: TestCore;
let token: string;
let rootUnitId: string;

beforeAll(async () => {
  t = await makeCore();
  token = await setUp(t);
  const units = unwrap(await t.call('org/units', {}, token));
  rootUnitId = units[0]?.id ?? '';
});
afterAll(async () => {
  await t.close();
});

describe('contract completeness', () => {
  it('every channel of argSchemas has a handler function, and no handler lacks a schema', () => {
    expect(CONTRACT_IS_COMPLETE).toBe(true);
    expect(Object.keys(handlers).sort()).toEqual([...ALL_CHANNELS].sort());
    for (const c of ALL_CHANNELS) expect(typeof handlers[c], c).toBe('function');
  });

  it('channel names are area/verb and the public set is the pre-sign-in calls, the recovery screen and joining a server', () => {
    for (const c of ALL_CHANNELS) expect(c).toMatch(/^[a-z][a-zA-Z]*\/[a-zA-Z]+$/);
    expect([...PUBLIC_CHANNELS].sort()).toEqual(['app/info', 'auth/signIn', 'recovery/restore', 'recovery/status', 'setup/init', 'setup/loadDemo', 'sync/connect']);
  });

  it('isChannel does not accept names inherited from Object.prototype', () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf']) expect(isChannel(name)).toBe(false);
  });
});

/** Forged payloads sent with a valid token; each must be refused by the schema. */
const FORGED: [string, string, () => unknown][] = [
  // wrong types
  ['pegawai/search', 'query is a number', () => ({ query: 1, offset: 0, limit: 10 })],
  ['pegawai/search', 'limit is a string', () => ({ query: '', offset: 0, limit: '10' })],
  ['pegawai/search', 'limit is fractional', () => ({ query: '', offset: 0, limit: 1.5 })],
  ['pegawai/search', 'aktif is a string', () => ({ query: '', offset: 0, limit: 10, aktif: 'true' })],
  ['pegawai/get', 'id is not a uuid', () => ({ id: 'abc' })],
  ['pegawai/get', 'id is a SQL fragment', () => ({ id: "' or 1=1 --" })],
  ['org/unitSave', 'parentId is a number', () => ({ parentId: 1, kode: '02', nama: 'X' })],
  ['org/jabatanSave', 'unknown jenis', () => ({ unitId: rootUnitId, kode: 'J', nama: 'J', jenis: 'raja', atasanJabatanId: null, kelas: 5 })],
  ['org/jabatanSave', 'kelas out of range', () => ({ unitId: rootUnitId, kode: 'J', nama: 'J', jenis: 'pelaksana', atasanJabatanId: null, kelas: 18 })],
  ['users/save', 'unknown role', () => ({ nip: SETUP_ARGS.admin.nip, nama: 'A', roles: ['superuser'], unitId: rootUnitId, aktif: true })],
  ['users/save', 'no role at all', () => ({ nip: SETUP_ARGS.admin.nip, nama: 'A', roles: [], unitId: rootUnitId, aktif: true })],
  ['users/save', 'aktif is 1', () => ({ nip: SETUP_ARGS.admin.nip, nama: 'A', roles: ['admin'], unitId: rootUnitId, aktif: 1 })],
  ['pegawai/save', 'impossible date', () => ({ ...pegawaiArgs(), tmtMulai: '2025-13-40' })],
  ['pegawai/save', 'jenisAsn honorer', () => ({ ...pegawaiArgs(), jenisAsn: 'HONORER' })],
  ['audit/list', 'limit 0', () => ({ limit: 0 })],
  ['setup/loadDemo', 'count below minimum', () => ({ pegawaiCount: 4 })],
  ['setup/loadDemo', 'count as text', () => ({ pegawaiCount: '60' })],
  ['auth/signIn', 'password is an object', () => ({ nip: SETUP_ARGS.admin.nip, password: { $ne: '' } })],
  // missing fields
  ['pegawai/search', 'offset and limit missing', () => ({ query: '' })],
  ['pegawai/save', 'nama missing', () => omit(pegawaiArgs(), 'nama')],
  ['setup/init', 'admin missing', () => ({ instansi: SETUP_ARGS.instansi, unit: SETUP_ARGS.unit })],
  ['auth/changePassword', 'newPassword missing', () => ({ oldPassword: 'x' })],
  ['pegawai/get', 'empty object', () => ({})],
  ['pegawai/save', 'nama only spaces', () => ({ ...pegawaiArgs(), nama: '   ' })],
  // extra fields (strict objects, nested too)
  ['pegawai/get', 'extra field', () => ({ id: SOME_UUID, isAdmin: true })],
  ['app/info', 'extra field on an empty schema', () => ({ x: 1 })],
  ['auth/me', 'extra field on an empty schema', () => ({ token: 'x' })],
  ['pegawai/save', 'extra searchText', () => ({ ...pegawaiArgs(), searchText: 'x' })],
  ['users/save', 'extra passwordHash', () => ({ nip: SETUP_ARGS.admin.nip, nama: 'A', roles: ['admin'], unitId: rootUnitId, aktif: true, passwordHash: '$argon2id$x' })],
  ['setup/init', 'nested extra field', () => ({ ...SETUP_ARGS, admin: { ...SETUP_ARGS.admin, roles: ['admin'] } })],
  // oversized strings
  ['org/unitSave', 'kode of 41 chars', () => ({ parentId: rootUnitId, kode: 'K'.repeat(41), nama: 'X' })],
  ['pegawai/save', 'nama of 121 chars', () => ({ ...pegawaiArgs(), nama: 'N'.repeat(121) })],
  ['pegawai/search', 'query of 101 chars', () => ({ query: 'q'.repeat(101), offset: 0, limit: 10 })],
  ['auth/signIn', 'password of 201 chars', () => ({ nip: SETUP_ARGS.admin.nip, password: 'p'.repeat(201) })],
  ['auth/signIn', 'nip of 1 MB', () => ({ nip: '1'.repeat(1_000_000), password: 'x' })],
  ['sheets/preview', 'file name of 256 chars', () => ({ fileName: 'f'.repeat(256), base64: '' })],
  ['pegawai/search', 'limit above 500', () => ({ query: '', offset: 0, limit: 501 })],
  // non-object payloads
  ...(['pegawai/get', 'app/info', 'auth/me', 'setup/init'] as const).flatMap((c): [string, string, () => unknown][] => [
    [c, 'null', () => null],
    [c, 'undefined', () => undefined],
    [c, 'an array', () => [{ id: SOME_UUID }]],
    [c, 'a string', () => JSON.stringify({ id: SOME_UUID })],
    [c, 'a number', () => 42],
    [c, 'a boolean', () => true],
  ]),
];

function pegawaiArgs() {
  return {
    nip: '199001012015032001',
    gelarDepan: '',
    nama: 'Baru',
    gelarBelakang: '',
    jenisAsn: 'PNS',
    golongan: 'III/a',
    jabatanId: null,
    unitId: rootUnitId,
    tmtMulai: null,
    tmtSelesai: null,
  };
}

function omit<T extends object, K extends keyof T>(o: T, k: K): Omit<T, K> {
  const { [k]: _gone, ...rest } = o;
  return rest;
}

describe('forged payloads are refused with VALIDATION and change nothing', () => {
  it.each(FORGED)('%s: %s', async (channel, _what, payload) => {
    const before = await rowCounts(t.core);
    const r = await t.core.invoke(channel, payload(), token);
    const error = expectFail(r, 'VALIDATION');
    expect(error.message).toBe(ERROR_MESSAGES.VALIDATION);
    expect(error.issues?.length ?? 0).toBeGreaterThan(0);
    for (const issue of error.issues ?? []) {
      expect(issue.message).not.toMatch(ENGLISH);
      // The forms' error map (shared/validation/messages.ts), never zod's programmer wording.
      expect(issue.message).toMatch(/tidak|harus|wajib|paling|pilih|isian/i);
      expect(issue.message).not.toMatch(/diharapkan|<=|>=|string|number|undefined/);
      expect(typeof issue.path).toBe('string');
    }
    expect(await rowCounts(t.core)).toEqual(before);
  });

  it('a valid payload of the same shape is accepted (the table above is not refused for another reason)', async () => {
    const saved = await t.call('pegawai/search', { query: '', offset: 0, limit: 10 }, token);
    expect(unwrap(saved).total).toBe(1);
    const info = await t.call('app/info', {}, null);
    expect(unwrap(info).isSetUp).toBe(true);
  });

  it('names the offending field in the issue path', async () => {
    const error = expectFail(await t.core.invoke('pegawai/save', { ...pegawaiArgs(), nama: 'N'.repeat(121) }, token), 'VALIDATION');
    expect(error.issues?.map((i) => i.path)).toEqual(['nama']);
    const nested = expectFail(await t.core.invoke('setup/init', { ...SETUP_ARGS, admin: { ...SETUP_ARGS.admin, golongan: '' } }, null), 'VALIDATION');
    expect(nested.issues?.map((i) => i.path)).toEqual(['admin.golongan']);
    const whole = expectFail(await t.core.invoke('pegawai/get', null, token), 'VALIDATION');
    expect(whole.issues?.map((i) => i.path)).toEqual(['(payload)']);
  });
});

describe('unknown channels', () => {
  it.each(['pegawai/delete', 'PEGAWAI/GET', 'pegawai/get ', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', '../../etc/passwd', 'x'.repeat(100_000)])(
    '%j → UNKNOWN_CHANNEL, with or without a token',
    async (channel) => {
      const before = await rowCounts(t.core);
      for (const tok of [null, token]) {
        const error = expectFail(await t.core.invoke(channel, {}, tok), 'UNKNOWN_CHANNEL');
        expect(error.message.startsWith('Perintah tidak dikenal')).toBe(true);
        expect(error.message.length).toBeLessThan(120);
      }
      expect(await rowCounts(t.core)).toEqual(before);
    },
  );
});

describe('prototype-pollution shaped payloads', () => {
  const shapes: [Channel, string][] = [
    ['pegawai/get', `{"__proto__": {"polluted": "yes"}, "id": "${SOME_UUID}"}`],
    ['pegawai/get', `{"constructor": {"prototype": {"polluted": "yes"}}, "id": "${SOME_UUID}"}`],
    ['app/info', '{"__proto__": {"polluted": "yes", "isAdmin": true}}'],
    ['setup/init', `{"instansi": {"kode": "X", "nama": "X", "__proto__": {"polluted": "yes"}}, "unit": {"kode": "U", "nama": "U"}, "admin": {}}`],
    ['users/save', `{"nip": "1", "nama": "A", "roles": ["admin"], "unitId": "${SOME_UUID}", "aktif": true, "__proto__": {"roles": ["admin"], "polluted": "yes"}}`],
  ];
  it.each(shapes)('%s %s is refused and Object.prototype stays clean', async (channel, json) => {
    const before = await rowCounts(t.core);
    const payload: unknown = JSON.parse(json);
    expectFail(await t.core.invoke(channel, payload, token), 'VALIDATION');
    const probe: Record<string, unknown> = {};
    expect(probe.polluted).toBeUndefined();
    expect(probe.isAdmin).toBeUndefined();
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
    expect(await rowCounts(t.core)).toEqual(before);
  });
});

describe('authentication gate', () => {
  it.each(PRIVATE_CHANNELS)('%s without a token → UNAUTHENTICATED', async (channel) => {
    const before = await rowCounts(t.core);
    // The gate comes before validation, so even an empty payload gets the same answer.
    for (const payload of [{}, null, { id: SOME_UUID }]) {
      const error = expectFail(await t.core.invoke(channel, payload, null), 'UNAUTHENTICATED');
      expect(error.message).toBe(ERROR_MESSAGES.UNAUTHENTICATED);
    }
    expect(await rowCounts(t.core)).toEqual(before);
  });

  it.each(PRIVATE_CHANNELS)('%s with a garbage token → UNAUTHENTICATED', async (channel) => {
    for (const bad of ['garbage', '', token.slice(0, -1), `${token}x`, token.toUpperCase()]) {
      expectFail(await t.core.invoke(channel, {}, bad), 'UNAUTHENTICATED');
    }
  });

  it('public channels answer without a token', async () => {
    expect(unwrap(await t.call('app/info', {}, null)).version).toMatch(/\d/);
    expectFail(await t.call('auth/signIn', { nip: SETUP_ARGS.admin.nip, password: 'salah-sekali' }, null), 'BAD_CREDENTIALS');
    expectFail(await t.call('setup/init', SETUP_ARGS, null), 'ALREADY_SET_UP');
  });

  it('every error message in the catalogue is Indonesian', () => {
    for (const [code, message] of Object.entries(ERROR_MESSAGES)) {
      expect(message, code).not.toMatch(ENGLISH);
      expect(message.length, code).toBeGreaterThan(5);
    }
  });
});
