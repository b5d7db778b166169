/**
 * A refused save names its field: every VALIDATION (contract schema) and every field rule of the
 * domain (NIP, golongan) comes back as `{ path, message }` issues in the forms' Indonesian words,
 * so the renderer can put each message beside its field. Drives the real core on SQLite.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArgsOf } from '../../shared/contract.js';
import { expectFail, makeCore, rowCounts, setUp, unwrap, type TestCore } from './helpers.js';

let t: TestCore;
let token: string;
let unitId: string;

beforeAll(async () => {
  t = await makeCore();
  token = await setUp(t);
  unitId = unwrap(await t.call('org/units', {}, token))[0]?.id ?? '';
});
afterAll(async () => {
  await t.close();
});

function pegawai(over: Partial<ArgsOf<'pegawai/save'>> = {}): ArgsOf<'pegawai/save'> {
  return {
    nip: '199001012015031002',
    gelarDepan: '',
    nama: 'Siti Nurjanah',
    gelarBelakang: '',
    jenisAsn: 'PNS',
    golongan: 'III/a',
    jabatanId: null,
    unitId,
    tmtMulai: null,
    tmtSelesai: null,
    ...over,
  };
}

describe('pegawai/save issues name the field, in Indonesian', () => {
  it('an over-long name: path nama, "Paling banyak 120 karakter"', async () => {
    const before = await rowCounts(t.core);
    const error = expectFail(await t.call('pegawai/save', pegawai({ nama: 'A'.repeat(121) }), token), 'VALIDATION');
    expect(error.issues).toEqual([{ path: 'nama', message: 'Paling banyak 120 karakter' }]);
    expect(await rowCounts(t.core)).toEqual(before);
  });

  it('an empty form: NIP, nama and golongan each "Wajib diisi"', async () => {
    const error = expectFail(await t.call('pegawai/save', pegawai({ nip: '', nama: '  ', golongan: '' }), token), 'VALIDATION');
    const byPath = Object.fromEntries((error.issues ?? []).map((i) => [i.path, i.message]));
    expect(byPath).toEqual({ nip: 'Wajib diisi', nama: 'Wajib diisi', golongan: 'Wajib diisi' });
  });

  it('a malformed date: "Tanggal tidak valid (DD/MM/YYYY)"', async () => {
    const error = expectFail(await t.call('pegawai/save', pegawai({ tmtMulai: '12/31/2026' }), token), 'VALIDATION');
    expect(error.issues).toEqual([{ path: 'tmtMulai', message: 'Tanggal tidak valid (DD/MM/YYYY)' }]);
  });

  it('domain rules carry their field too: an unknown golongan, an impossible NIP', async () => {
    const gol = expectFail(await t.call('pegawai/save', pegawai({ golongan: 'X/z' }), token), 'VALIDATION');
    expect(gol.issues).toEqual([{ path: 'golongan', message: expect.stringContaining('Golongan "X/z" tidak dikenal') as unknown as string }]);
    const nip = expectFail(await t.call('pegawai/save', pegawai({ nip: '199013012015031002' }), token), 'INVALID_NIP');
    expect(nip.issues?.map((i) => i.path)).toEqual(['nip']);
    expect(nip.issues?.[0]?.message).toMatch(/tanggal lahir/);
  });

  it('the same payload with the fields fixed is saved (the refusals above are for those fields only)', async () => {
    const saved = unwrap(await t.call('pegawai/save', pegawai(), token));
    expect(saved.nama).toBe('Siti Nurjanah');
  });
});

describe('setup and SKP payloads', () => {
  it('setup/init: nested paths (admin.golongan) with "Wajib diisi"', async () => {
    const fresh = await makeCore();
    try {
      const r = await fresh.call(
        'setup/init',
        {
          instansi: { kode: 'K', nama: 'Instansi' },
          unit: { kode: 'U', nama: 'Unit' },
          admin: { nip: '198503122010011003', jenisAsn: 'PNS', gelarDepan: '', nama: 'Admin', gelarBelakang: '', golongan: '', password: 'pendek' },
        },
        null,
      );
      const error = expectFail(r, 'VALIDATION');
      expect(error.issues).toEqual([
        { path: 'admin.golongan', message: 'Wajib diisi' },
        { path: 'admin.password', message: 'Paling sedikit 8 karakter' },
      ]);
    } finally {
      await fresh.close();
    }
  });

  it('rhk/save: a negative target and an over-long text are named by their indikator path', async () => {
    // The contract refuses the payload before any SKP is looked up, so an id of no SKP will do.
    const r = await t.call(
      'rhk/save',
      {
        skpId: '0190a6e0-1234-7abc-8def-0123456789ab',
        jenis: 'utama',
        teks: 'x'.repeat(2644),
        intervensiPerjanjianKinerja: null,
        perspektif: null,
        indikator: [{ aspek: 'kuantitas', teks: 'Jumlah laporan', target: { kind: 'kuantitatif', nilai: -5, satuan: 'laporan' } }],
      },
      token,
    );
    const error = expectFail(r, 'VALIDATION');
    expect(error.issues).toEqual([
      { path: 'teks', message: 'Paling banyak 2.000 karakter' },
      { path: 'indikator.0.target.nilai', message: 'Tidak boleh kurang dari 0' },
    ]);
  });
});
