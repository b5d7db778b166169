import { describe, expect, it } from 'vitest';
import { argSchemas, CONTRACT_IS_COMPLETE, skpArgSchemas } from '../../../../shared/contract.js';
import { SKP_COMMAND_ENTITY, SKP_SYNC_ROWS, syncRowSchemas } from '../../../../shared/sync-protocol.js';
import { transition } from '../../../../shared/domain/skp/workflow.js';
import { templateFromSkp } from '../../../../shared/domain/skp/template.js';
import { ACTORS, NOW, idMaker, partiesFor, rhk, skpWith, u } from './fixtures.js';

const P = { tahun: 2025, mulai: '2025-01-01', selesai: '2025-12-31' };
const IKI = { aspek: 'kuantitas', teks: 'Jumlah laporan', target: { kind: 'kuantitatif', nilai: 12, satuan: 'laporan' } };

describe('SKP channels', () => {
  it('are complete, named area/verb and merged into argSchemas', () => {
    expect(CONTRACT_IS_COMPLETE).toBe(true);
    for (const c of Object.keys(skpArgSchemas)) {
      expect(c).toMatch(/^(skp|rhk)\/[a-zA-Z]+$/);
      expect(Object.keys(argSchemas)).toContain(c);
    }
  });

  const VALID: [keyof typeof skpArgSchemas, unknown][] = [
    ['skp/list', { tahun: 2025, status: ['diajukan'], offset: 0, limit: 50 }],
    ['skp/create', { pegawaiId: u(1), periode: P, pendekatan: 'kuantitatif' }],
    ['skp/update', { id: u(1), baseVersion: 3, lampiran: { dukunganSumberDaya: ['Laptop'], skemaPertanggungjawaban: [], konsekuensi: [] } }],
    ['rhk/save', { skpId: u(1), jenis: 'utama', teks: 'Tersusunnya laporan', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [IKI] }],
    ['rhk/delete', { id: u(1), pindahKeRhkId: null }],
    ['rhk/link', { id: u(1), intervensiRhkId: u(2), jenisIntervensi: 'langsung' }],
    ['rhk/link', { id: u(1), intervensiRhkId: null, jenisIntervensi: null }],
    ['skp/approve', { id: u(1), delegasi: { penilaiPegawaiId: u(2), referensi: 'ND-1' } }],
    ['skp/return', { id: u(1), catatan: null, catatanRhk: [{ rhkId: u(3), catatan: 'Target?' }], delegasi: null }],
    ['skp/atasanRhkOptions', { skpId: u(1), query: '', limit: 50 }],
    ['skp/applyRhkToMany', { jabatanId: u(1), tahun: 2025, rhk: { jenis: 'utama', teks: 'x', perspektif: null, indikator: [IKI] } }],
  ];
  it.each(VALID)('%s accepts %j', (c, args) => expect(skpArgSchemas[c].safeParse(args).success).toBe(true));

  const perilaku7 = ['berorientasi_pelayanan', 'akuntabel', 'kompeten', 'harmonis', 'loyal', 'adaptif', 'kolaboratif'].map((nilai) => ({ nilai, ekspektasiKhusus: '' }));
  const INVALID: [keyof typeof skpArgSchemas, string, unknown][] = [
    ['skp/get', 'id not a uuid', { id: 'abc' }],
    ['skp/get', 'extra field', { id: u(1), status: 'disetujui' }],
    ['skp/create', 'unknown pendekatan', { pegawaiId: u(1), periode: P, pendekatan: 'campuran' }],
    ['skp/create', 'impossible date', { pegawaiId: u(1), periode: { ...P, mulai: '2025-02-30' }, pendekatan: 'kuantitatif' }],
    ['skp/update', 'nothing to change', { id: u(1), baseVersion: 0 }],
    ['skp/update', 'six perilaku rows', { id: u(1), baseVersion: 0, perilaku: perilaku7.slice(1) }],
    ['skp/update', 'a value twice', { id: u(1), baseVersion: 0, perilaku: [...perilaku7.slice(1), perilaku7[1]] }],
    ['skp/update', 'status smuggled in', { id: u(1), baseVersion: 0, pendekatan: 'kualitatif', status: 'disetujui' }],
    ['rhk/save', 'no indikator', { skpId: u(1), jenis: 'utama', teks: 'x', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [] }],
    ['rhk/save', 'negative target', { skpId: u(1), jenis: 'utama', teks: 'x', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [{ ...IKI, target: { kind: 'kuantitatif', nilai: -1, satuan: 'x' } }] }],
    ['rhk/save', 'intervensi smuggled in', { skpId: u(1), jenis: 'utama', teks: 'x', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [IKI], intervensiRhkId: u(2) }],
    ['rhk/link', 'link without jenis', { id: u(1), intervensiRhkId: u(2), jenisIntervensi: null }],
    ['rhk/link', 'jenis without link', { id: u(1), intervensiRhkId: null, jenisIntervensi: 'langsung' }],
    ['skp/approve', 'delegation without referensi', { id: u(1), delegasi: { penilaiPegawaiId: u(2), referensi: ' ' } }],
    ['skp/return', 'blank rhk note', { id: u(1), catatan: null, catatanRhk: [{ rhkId: u(3), catatan: ' ' }], delegasi: null }],
    ['skp/list', 'year out of range', { tahun: 1999, offset: 0, limit: 10 }],
    ['skp/copyLastPeriod', 'no pegawai', { pegawaiIds: [], dariTahun: 2024, periode: P }],
  ];
  it.each(INVALID)('%s refuses %s', (c, _n, args) => expect(skpArgSchemas[c].safeParse(args).success).toBe(false));
});

describe('SKP sync rows', () => {
  it('are wired into the synced entities and commands', () => {
    for (const e of Object.keys(SKP_SYNC_ROWS)) expect(Object.keys(syncRowSchemas)).toContain(e);
    expect(Object.values(SKP_COMMAND_ENTITY).every((e) => e in SKP_SYNC_ROWS)).toBe(true);
  });

  it('domain objects after a full workflow parse as rows unchanged', () => {
    const draft = skpWith('draft');
    const a = transition(draft, { type: 'ajukan' }, ACTORS.pemilik.actor, { ...partiesFor('pemilik'), now: NOW, rhk: [rhk(1)], isPuncak: false, newerVersionExists: false });
    if (!a.ok) throw new Error(a.message);
    const b = transition(a.next, { type: 'setujui', penilai: { penilaiPegawaiId: u(2), penilaiJabatanId: u(12), atasanPenilaiPegawaiId: null, atasanPenilaiJabatanId: null } }, ACTORS.operatorDelegasi.actor, {
      ...partiesFor('operatorDelegasi'), now: NOW, rhk: a.rhk, isPuncak: false, newerVersionExists: false,
    });
    if (!b.ok) throw new Error(b.message);
    expect(SKP_SYNC_ROWS.skp.parse(b.next)).toEqual(b.next);
    for (const r of b.rhk) expect(SKP_SYNC_ROWS.rhk.parse(r)).toEqual(r);
    const t = templateFromSkp(b.next, b.rhk, idMaker()(), NOW);
    expect(SKP_SYNC_ROWS.skp_template.parse(t)).toEqual(t);
  });

  it('refuses unknown fields and bad statuses', () => {
    expect(SKP_SYNC_ROWS.skp.safeParse({ ...skpWith('draft'), extra: 1 }).success).toBe(false);
    expect(SKP_SYNC_ROWS.skp.safeParse({ ...skpWith('draft'), status: 'dihapus' }).success).toBe(false);
    expect(SKP_SYNC_ROWS.rhk.safeParse({ ...rhk(1), menungguRhkAtasan: true }).success).toBe(false);
  });
});
