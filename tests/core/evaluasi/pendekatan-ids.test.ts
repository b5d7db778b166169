/** Changing pendekatan with RHK asks first (convert or clear), and derived ids meet across desks. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { derivedId } from '../../../electron/core/ids.js';
import { expectFail, unwrap } from '../helpers.js';
import { draftWithRhk, makeWorld, type World } from '../skp/fixture.js';

let w: World;
beforeAll(async () => {
  w = await makeWorld();
});
afterAll(async () => {
  await w.t.close();
});

describe('skp/update pendekatan', () => {
  it('is refused while RHK exist unless konversiTarget says convert or clear; then every target follows', async () => {
    const { skpId } = await draftWithRhk(w, 'staf', 2);
    const v = () => w.t.call('skp/get', { id: skpId }, w.token.staf).then(unwrap);
    const refused = expectFail(await w.t.call('skp/update', { id: skpId, baseVersion: (await v()).rowVersion, pendekatan: 'kualitatif' }, w.token.staf), 'VALIDATION');
    expect(refused.message).toMatch(/dikonversi atau dikosongkan/);
    expect((await v()).skp.pendekatan).toBe('kuantitatif');
    const converted = unwrap(await w.t.call('skp/update', { id: skpId, baseVersion: (await v()).rowVersion, pendekatan: 'kualitatif', konversiTarget: 'convert' }, w.token.staf));
    expect(converted.skp.pendekatan).toBe('kualitatif');
    expect(converted.rhk.map((r) => r.indikator[0]?.target)).toEqual([
      { kind: 'kualitatif', teks: '12 laporan' },
      { kind: 'kualitatif', teks: '12 laporan' },
    ]);
    const back = unwrap(await w.t.call('skp/update', { id: skpId, baseVersion: converted.rowVersion, pendekatan: 'kuantitatif', konversiTarget: 'convert' }, w.token.staf));
    expect(back.rhk[0]?.indikator[0]?.target).toEqual({ kind: 'kuantitatif', nilai: 12, satuan: 'laporan' });
    const cleared = unwrap(await w.t.call('skp/update', { id: skpId, baseVersion: back.rowVersion, pendekatan: 'kualitatif', konversiTarget: 'clear' }, w.token.staf));
    expect(cleared.rhk[0]?.indikator[0]?.target).toEqual({ kind: 'kualitatif', teks: '' });
    const audit = await w.t.core.context.db.selectFrom('auditLog').select('action').where('action', 'in', ['rhk/konversiTarget', 'rhk/kosongkanTarget']).execute();
    expect(audit).toHaveLength(6);
  });

  it('an SKP without RHK changes pendekatan without asking', async () => {
    const skp = unwrap(await w.t.call('skp/create', { pegawaiId: w.pegawai.stafB, periode: { tahun: 2025, mulai: '2025-01-01', selesai: '2025-12-31' }, pendekatan: 'kuantitatif' }, w.token.stafB));
    expect(unwrap(await w.t.call('skp/update', { id: skp.skp.id, baseVersion: skp.rowVersion, pendekatan: 'kualitatif' }, w.token.stafB)).skp.pendekatan).toBe('kualitatif');
  });
});

describe('derivedId', () => {
  it('is the same for the same key, different otherwise, and a valid UUID version 8', () => {
    const a = derivedId('realisasi', '0190a6e0-1234-7abc-8def-0123456789ab', 'TW1');
    expect(derivedId('realisasi', '0190a6e0-1234-7abc-8def-0123456789ab', 'TW1')).toBe(a);
    expect(derivedId('evaluasi', '0190a6e0-1234-7abc-8def-0123456789ab', 'TW1')).not.toBe(a);
    expect(derivedId('a', 'bc')).not.toBe(derivedId('ab', 'c'));
    expect(a).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(z.uuid().safeParse(a).success).toBe(true);
  });
});
