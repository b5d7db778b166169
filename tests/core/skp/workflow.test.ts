import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/result.js';
import type { SkpStatus } from '../../../shared/domain/skp/types.js';
import { expectFail, unwrap } from '../helpers.js';
import { IKI, linkAll, makeWorld, skpCounts, TAHUN, type Person, type World } from './fixture.js';

let w: World;
let kabidRhk = '';
const slots: Record<string, number> = {};

beforeAll(async () => {
  w = await makeWorld();
  const kabid = unwrap(await w.t.call('skp/create', { pegawaiId: w.pegawai.kabid, periode: { tahun: TAHUN, mulai: '2025-01-01', selesai: '2025-12-31' }, pendekatan: 'kuantitatif' }, w.token.kabid));
  const d = unwrap(await w.t.call('rhk/save', { skpId: kabid.skp.id, jenis: 'utama', teks: 'RHK kabid', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI] }, w.token.kabid));
  kabidRhk = d.rhk[0]?.id ?? '';
});
afterAll(async () => {
  await w.t.close();
});

/** A fresh SKP of `owner` in its own quarter-month (one SKP per period), driven to `status`. */
async function skpIn(status: SkpStatus, owner: Person = 'staf'): Promise<string> {
  const k = (slots[owner] = (slots[owner] ?? -1) + 1);
  const month = String(1 + Math.floor(k / 4)).padStart(2, '0');
  const [from, to] = [['01', '07'], ['08', '14'], ['15', '21'], ['22', '28']][k % 4] ?? ['01', '07'];
  const periode = { tahun: TAHUN, mulai: `2025-${month}-${from}`, selesai: `2025-${month}-${to}` };
  const skp = unwrap(await w.t.call('skp/create', { pegawaiId: w.pegawai[owner], periode, pendekatan: 'kuantitatif' }, w.token[owner]));
  const d = unwrap(await w.t.call('rhk/save', { skpId: skp.skp.id, jenis: 'utama', teks: 'Laporan bulanan', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI] }, w.token[owner]));
  await linkAll(w, owner, d.rhk.map((r) => r.id), kabidRhk);
  if (status === 'draft') return skp.skp.id;
  unwrap(await w.t.call('skp/submit', { id: skp.skp.id }, w.token[owner]));
  if (status === 'disetujui') unwrap(await w.t.call('skp/approve', { id: skp.skp.id, delegasi: null }, w.token.kabid));
  if (status === 'dikembalikan') unwrap(await w.t.call('skp/return', { id: skp.skp.id, catatan: 'Perbaiki target.', catatanRhk: [], delegasi: null }, w.token.kabid));
  return skp.skp.id;
}

type Step = 'ajukan' | 'setujui' | 'kembalikan' | 'mulaiPerubahan' | 'setujuiDelegasi' | 'setujuiDelegasiSalah' | 'editRhk';
type Who = Person | 'admin';

function tokenOf(who: Who): string {
  return who === 'admin' ? w.admin : w.token[who];
}

async function run(step: Step, id: string, who: Who) {
  const token = tokenOf(who);
  switch (step) {
    case 'ajukan':
      return w.t.call('skp/submit', { id }, token);
    case 'setujui':
      return w.t.call('skp/approve', { id, delegasi: null }, token);
    case 'setujuiDelegasi':
      return w.t.call('skp/approve', { id, delegasi: { penilaiPegawaiId: w.pegawai.kabid, referensi: 'ND-001/2025' } }, token);
    case 'setujuiDelegasiSalah':
      return w.t.call('skp/approve', { id, delegasi: { penilaiPegawaiId: w.pegawai.kadis, referensi: 'ND-002/2025' } }, token);
    case 'kembalikan':
      return w.t.call('skp/return', { id, catatan: 'Lengkapi indikator.', catatanRhk: [], delegasi: null }, token);
    case 'mulaiPerubahan':
      return w.t.call('skp/startPerubahan', { id }, token);
    case 'editRhk':
      return w.t.call('rhk/save', { skpId: id, jenis: 'tambahan', teks: 'Tugas tambahan', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI] }, token);
  }
}

/** [from, step, who, expected status after | error code]. */
const TABLE: [SkpStatus, Step, Who, SkpStatus | ErrorCode][] = [
  ['draft', 'ajukan', 'staf', 'diajukan'],
  ['draft', 'setujui', 'kabid', 'ILLEGAL_TRANSITION'],
  ['draft', 'kembalikan', 'kabid', 'ILLEGAL_TRANSITION'],
  ['draft', 'mulaiPerubahan', 'staf', 'ILLEGAL_TRANSITION'],
  ['draft', 'editRhk', 'staf', 'draft'],
  ['draft', 'editRhk', 'admin', 'draft'],
  ['draft', 'editRhk', 'kabid', 'FORBIDDEN'],
  ['draft', 'ajukan', 'kabid', 'FORBIDDEN'],
  ['diajukan', 'ajukan', 'staf', 'ILLEGAL_TRANSITION'],
  ['diajukan', 'setujui', 'kabid', 'disetujui'],
  ['diajukan', 'setujui', 'staf', 'FORBIDDEN'],
  ['diajukan', 'setujui', 'kadis', 'FORBIDDEN'],
  ['diajukan', 'setujui', 'kabidB', 'NOT_FOUND'],
  ['diajukan', 'setujui', 'staf2', 'NOT_FOUND'],
  ['diajukan', 'setujui', 'admin', 'FORBIDDEN'],
  ['diajukan', 'setujuiDelegasi', 'admin', 'disetujui'],
  ['diajukan', 'setujuiDelegasiSalah', 'admin', 'FORBIDDEN'],
  ['diajukan', 'kembalikan', 'kabid', 'dikembalikan'],
  ['diajukan', 'kembalikan', 'staf', 'FORBIDDEN'],
  ['diajukan', 'mulaiPerubahan', 'staf', 'ILLEGAL_TRANSITION'],
  ['diajukan', 'editRhk', 'staf', 'ILLEGAL_TRANSITION'],
  ['dikembalikan', 'ajukan', 'staf', 'diajukan'],
  ['dikembalikan', 'setujui', 'kabid', 'ILLEGAL_TRANSITION'],
  ['dikembalikan', 'editRhk', 'staf', 'draft'],
  ['disetujui', 'ajukan', 'staf', 'ILLEGAL_TRANSITION'],
  ['disetujui', 'setujui', 'kabid', 'ILLEGAL_TRANSITION'],
  ['disetujui', 'kembalikan', 'kabid', 'ILLEGAL_TRANSITION'],
  ['disetujui', 'editRhk', 'staf', 'ILLEGAL_TRANSITION'],
  ['disetujui', 'mulaiPerubahan', 'kabid', 'FORBIDDEN'],
  ['disetujui', 'mulaiPerubahan', 'staf', 'draft'],
];

describe('SKP workflow through the handlers', () => {
  it.each(TABLE)('%s --%s by %s--> %s', async (from, step, who, expected) => {
    const id = await skpIn(from);
    const before = await skpCounts(w);
    const r = await run(step, id, who);
    if (expected === expected.toUpperCase()) {
      const err = expectFail(r, expected as ErrorCode);
      expect(err.message).toMatch(/[a-z]/);
      expect(await skpCounts(w)).toEqual(before);
      const still = unwrap(await w.t.call('skp/get', { id }, w.token.staf));
      expect(still.skp.status).toBe(from);
    } else {
      const v = unwrap(r);
      expect(v.skp.status).toBe(expected);
      const after = await skpCounts(w);
      expect(after.auditLog).toBeGreaterThan(before.auditLog);
      expect(after.outbox - before.outbox).toBe(after.auditLog - before.auditLog);
    }
  });

  it('approval freezes the pejabat penilai and atasan penilai; delegation is recorded', async () => {
    const id = await skpIn('diajukan');
    const v = unwrap(await run('setujuiDelegasi', id, 'admin'));
    expect(v.skp.penilai).toEqual({ penilaiPegawaiId: w.pegawai.kabid, penilaiJabatanId: w.jabatan.kabid, atasanPenilaiPegawaiId: w.pegawai.kadis, atasanPenilaiJabatanId: w.jabatan.kadis });
    expect(v.skp.delegasi?.referensi).toBe('ND-001/2025');
    const last = v.riwayat.at(-1);
    expect(last?.action).toBe('setujui');
    expect(last?.delegasi?.penilaiPegawaiId).toBe(w.pegawai.kabid);
    expect(last?.delegasiPenilaiNama).toBe('Pegawai kabid');
    expect(v.penilai?.pegawaiId).toBe(w.pegawai.kabid);
    expect(v.atasanPenilai?.pegawaiId).toBe(w.pegawai.kadis);
  });

  it('a return needs a note; notes per RHK are kept and cleared on the next submission', async () => {
    const id = await skpIn('diajukan');
    expectFail(await w.t.call('skp/return', { id, catatan: null, catatanRhk: [], delegasi: null }, w.token.kabid), 'VALIDATION');
    const rhkId = unwrap(await w.t.call('skp/get', { id }, w.token.kabid)).rhk[0]?.id ?? '';
    const back = unwrap(await w.t.call('skp/return', { id, catatan: null, catatanRhk: [{ rhkId, catatan: 'Target terlalu rendah.' }], delegasi: null }, w.token.kabid));
    expect(back.rhk[0]?.returnNote).toBe('Target terlalu rendah.');
    const again = unwrap(await w.t.call('skp/submit', { id }, w.token.staf));
    expect(again.rhk[0]?.returnNote).toBeNull();
  });

  it('every step lands in the audit log with who and what, and in the outbox', async () => {
    const id = await skpIn('disetujui');
    const audit = unwrap(await w.t.call('audit/list', { entityId: id, limit: 50 }, w.admin));
    expect(audit.map((a) => a.action).reverse()).toEqual(['skp/create', 'skp/ajukan', 'skp/setujui']);
    expect(audit[0]?.actorNama).toBe('Pegawai kabid');
    const outbox = await w.t.core.context.db.selectFrom('outbox').select(['command', 'payload']).where('entityId', '=', id).orderBy('seq').execute();
    expect(outbox.map((o) => o.command)).toEqual(['skp/upsert', 'skp/upsert', 'skp/upsert']);
    expect((JSON.parse(outbox[2]?.payload ?? '{}') as { status: string }).status).toBe('disetujui');
  });

  it('allowed actions follow the caller', async () => {
    const id = await skpIn('diajukan');
    expect(unwrap(await w.t.call('skp/get', { id }, w.token.staf)).allowed).toEqual({ actions: [], editable: [], needsDelegation: false });
    expect(unwrap(await w.t.call('skp/get', { id }, w.token.kabid)).allowed).toEqual({ actions: ['setujui', 'kembalikan'], editable: ['ekspektasi'], needsDelegation: false });
    expect(unwrap(await w.t.call('skp/get', { id }, w.token.kadis)).allowed).toEqual({ actions: [], editable: [], needsDelegation: false });
  });

  it('the inbox of the pejabat penilai lists submitted SKP of their staff only', async () => {
    const id = await skpIn('diajukan');
    const kabid = unwrap(await w.t.call('skp/inbox', { tahun: TAHUN }, w.token.kabid)).rows;
    expect(kabid.map((s) => s.id)).toContain(id);
    expect(kabid.every((s) => s.status === 'diajukan' && s.pegawaiId !== w.pegawai.kabid)).toBe(true);
    expect(unwrap(await w.t.call('skp/inbox', {}, w.token.kabidB)).rows.map((s) => s.id)).not.toContain(id);
  });

  it('stale edits are refused (baseVersion)', async () => {
    const id = await skpIn('draft');
    const d = unwrap(await w.t.call('skp/get', { id }, w.token.staf));
    const lampiran = { dukunganSumberDaya: ['Laptop'], skemaPertanggungjawaban: [], konsekuensi: [] };
    unwrap(await w.t.call('skp/update', { id, baseVersion: d.rowVersion, lampiran }, w.token.staf));
    expectFail(await w.t.call('skp/update', { id, baseVersion: d.rowVersion, lampiran }, w.token.staf), 'CONFLICT');
  });
});
