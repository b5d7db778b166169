import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SKP_MSG } from '../../../shared/domain/skp/messages.js';
import { expectFail, unwrap } from '../helpers.js';
import { draftWithRhk, IKI, linkAll, makeWorld, PERIODE, skpCounts, type World } from './fixture.js';

let w: World;
let kadis: { skpId: string; rhkIds: string[] };
let staf: { skpId: string; rhkIds: string[] };
let kabid: { skpId: string; rhkIds: string[] };

beforeAll(async () => {
  w = await makeWorld();
  kadis = await draftWithRhk(w, 'kadis', 2);
});
afterAll(async () => {
  await w.t.close();
});

/** RHK whose link points at a row that no longer exists. */
async function dangling(): Promise<number> {
  const rows = await w.t.core.context.db
    .selectFrom('rhk as r')
    .leftJoin('rhk as t', 't.id', 'r.intervensiRhkId')
    .select('r.id')
    .where('r.intervensiRhkId', 'is not', null)
    .where('t.id', 'is', null)
    .execute();
  return rows.length;
}

describe('cascading: draft before the atasan, link later', () => {
  it('a staff member drafts before the atasan has an SKP: menunggu RHK atasan, submission refused', async () => {
    staf = await draftWithRhk(w, 'staf', 2);
    const d = unwrap(await w.t.call('skp/get', { id: staf.skpId }, w.token.staf));
    expect(d.rhk.every((r) => r.menungguRhkAtasan)).toBe(true);
    const picker = unwrap(await w.t.call('skp/atasanRhkOptions', { skpId: staf.skpId, query: '', limit: 50 }, w.token.staf));
    expect(picker).toMatchObject({ atasanSkp: null, options: [], notice: SKP_MSG.atasanBelumAdaSkp });
    const err = expectFail(await w.t.call('skp/submit', { id: staf.skpId }, w.token.staf), 'VALIDATION');
    expect(err.message).toContain('menunggu RHK atasan');
    const list = unwrap(await w.t.call('skp/list', { tahun: 2025, menunggu: true, offset: 0, limit: 50 }, w.admin));
    expect(list.rows.find((r) => r.id === staf.skpId)?.menungguCount).toBe(2);
  });

  it('the head links to the Perjanjian Kinerja, not to an atasan RHK; the picker says so', async () => {
    const picker = unwrap(await w.t.call('skp/atasanRhkOptions', { skpId: kadis.skpId, query: '', limit: 50 }, w.token.kadis));
    expect(picker.isPuncak).toBe(true);
    expectFail(await w.t.call('rhk/link', { id: kadis.rhkIds[0] ?? '', intervensiRhkId: staf.rhkIds[0] ?? '', jenisIntervensi: 'langsung' }, w.token.kadis), 'VALIDATION');
    unwrap(await w.t.call('skp/submit', { id: kadis.skpId }, w.token.kadis));
  });

  it('once the atasan writes RHK the picker lists them (searchable) and the link clears menunggu', async () => {
    kabid = await draftWithRhk(w, 'kabid', 3);
    await linkAll(w, 'kabid', kabid.rhkIds, kadis.rhkIds[0] ?? '');
    const all = unwrap(await w.t.call('skp/atasanRhkOptions', { skpId: staf.skpId, query: '', limit: 50 }, w.token.staf));
    expect(all.options.map((o) => o.rhkId)).toEqual(kabid.rhkIds);
    expect(all.atasanSkp?.pemilikNama).toBe('Pegawai kabid');
    const hit = unwrap(await w.t.call('skp/atasanRhkOptions', { skpId: staf.skpId, query: 'KABID 2', limit: 50 }, w.token.staf));
    expect(hit.options.map((o) => o.rhkId)).toEqual([kabid.rhkIds[1]]);
    const cut = unwrap(await w.t.call('skp/atasanRhkOptions', { skpId: staf.skpId, query: '', limit: 1 }, w.token.staf));
    expect(cut.more).toBe(2);
    await linkAll(w, 'staf', staf.rhkIds, kabid.rhkIds[0] ?? '');
    const d = unwrap(await w.t.call('skp/get', { id: staf.skpId }, w.token.staf));
    expect(d.rhk.every((r) => !r.menungguRhkAtasan && r.intervensi?.rhkId === kabid.rhkIds[0])).toBe(true);
    expect(d.rhk[0]?.intervensi?.pemilikNama).toBe('Pegawai kabid');
    const k = unwrap(await w.t.call('skp/get', { id: kabid.skpId }, w.token.kabid));
    expect(k.rhk[0]?.diintervensiOleh).toBe(2);
  });

  it('links only to the own pejabat penilai RHK', async () => {
    const other = await draftWithRhk(w, 'kabidB', 1);
    const err = expectFail(await w.t.call('rhk/link', { id: staf.rhkIds[0] ?? '', intervensiRhkId: other.rhkIds[0] ?? '', jenisIntervensi: 'langsung' }, w.token.staf), 'VALIDATION');
    expect(err.message).toBe(SKP_MSG.rhkAtasanBukanMilikPenilai);
  });

  it('the atasan editing an intervened RHK keeps the links', async () => {
    const id = kabid.rhkIds[0] ?? '';
    const d = unwrap(await w.t.call('skp/get', { id: kabid.skpId }, w.token.kabid));
    const rv = d.rhk.find((r) => r.id === id)?.rowVersion ?? 0;
    unwrap(await w.t.call('rhk/save', { id, skpId: kabid.skpId, baseVersion: rv, jenis: 'utama', teks: 'RHK kabid diperbarui', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI] }, w.token.kabid));
    const s = unwrap(await w.t.call('skp/get', { id: staf.skpId }, w.token.staf));
    expect(s.rhk[0]?.intervensi?.teks).toBe('RHK kabid diperbarui');
  });

  it('deleting an intervened RHK is refused, and with re-linking moves the links (no dangling links)', async () => {
    const id = kabid.rhkIds[0] ?? '';
    const before = await skpCounts(w);
    const err = expectFail(await w.t.call('rhk/delete', { id, pindahKeRhkId: null }, w.token.kabid), 'CONFLICT');
    expect(err.message).toBe(SKP_MSG.diintervensi(2));
    expect(await skpCounts(w)).toEqual(before);
    expectFail(await w.t.call('rhk/delete', { id, pindahKeRhkId: staf.rhkIds[0] ?? '' }, w.token.kabid), 'VALIDATION');
    const after = unwrap(await w.t.call('rhk/delete', { id, pindahKeRhkId: kabid.rhkIds[1] ?? '' }, w.token.kabid));
    expect(after.rhk.map((r) => [r.id, r.urutan])).toEqual([[kabid.rhkIds[1], 1], [kabid.rhkIds[2], 2]]);
    const s = unwrap(await w.t.call('skp/get', { id: staf.skpId }, w.token.staf));
    expect(s.rhk.map((r) => r.intervensiRhkId)).toEqual([kabid.rhkIds[1], kabid.rhkIds[1]]);
    expect(await dangling()).toBe(0);
    const outbox = await w.t.core.context.db.selectFrom('outbox').select(['command', 'entityId']).orderBy('seq', 'desc').limit(4).execute();
    expect(outbox.map((o) => o.command).sort()).toEqual(['rhk/delete', 'rhk/upsert', 'rhk/upsert', 'rhk/upsert']);
    kabid.rhkIds = kabid.rhkIds.slice(1);
  });
});

describe('perubahan SKP: versions kept, links survive', () => {
  it('approve, start a perubahan, keep the old version viewable, relink subordinates on approval', async () => {
    unwrap(await w.t.call('skp/submit', { id: kabid.skpId }, w.token.kabid));
    unwrap(await w.t.call('skp/approve', { id: kabid.skpId, delegasi: null }, w.token.kadis));
    const v2 = unwrap(await w.t.call('skp/startPerubahan', { id: kabid.skpId }, w.token.kabid));
    expect(v2.skp).toMatchObject({ versi: 2, status: 'draft', previousVersionId: kabid.skpId });
    expect(v2.rhk.map((r) => r.asalRhkId)).toEqual(kabid.rhkIds);
    expectFail(await w.t.call('skp/startPerubahan', { id: kabid.skpId }, w.token.kabid), 'ILLEGAL_TRANSITION');

    const v1 = unwrap(await w.t.call('skp/get', { id: kabid.skpId }, w.token.kabid));
    expect(v1.skp.status).toBe('disetujui');
    expect(v1.allowed).toEqual({ actions: [], editable: [], needsDelegation: false });
    const versions = unwrap(await w.t.call('skp/versions', { id: v2.skp.id }, w.token.kabid));
    expect(versions.map((v) => [v.versi, v.status, v.berlaku])).toEqual([[1, 'disetujui', true], [2, 'draft', false]]);

    // The staff link still points at v1 (kept), flagged as an older version.
    const s1 = unwrap(await w.t.call('skp/get', { id: staf.skpId }, w.token.staf));
    expect(s1.rhk[0]?.intervensi?.versiLama).toBe(true);
    // In v2 the copy of the intervened row can go (nobody links to the copy); the other copy stays.
    const copyOfTarget = v2.rhk.find((r) => r.asalRhkId === kabid.rhkIds[0])?.id ?? '';
    unwrap(await w.t.call('rhk/save', { skpId: v2.skp.id, jenis: 'utama', teks: 'RHK baru', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI] }, w.token.kabid));
    const v2b = unwrap(await w.t.call('skp/get', { id: v2.skp.id }, w.token.kabid));
    await linkAll(w, 'kabid', v2b.rhk.filter((r) => r.intervensiRhkId === null).map((r) => r.id), kadis.rhkIds[0] ?? '');
    unwrap(await w.t.call('skp/submit', { id: v2.skp.id }, w.token.kabid));
    unwrap(await w.t.call('skp/approve', { id: v2.skp.id, delegasi: null }, w.token.kadis));
    const s2 = unwrap(await w.t.call('skp/get', { id: staf.skpId }, w.token.staf));
    expect(s2.rhk.map((r) => r.intervensiRhkId)).toEqual([copyOfTarget, copyOfTarget]);
    expect(s2.rhk[0]?.intervensi?.versiLama).toBe(false);
    expect(await dangling()).toBe(0);
    const after = unwrap(await w.t.call('skp/versions', { id: kabid.skpId }, w.token.kabid));
    expect(after.map((v) => [v.versi, v.berlaku])).toEqual([[1, false], [2, true]]);
    const audit = unwrap(await w.t.call('audit/list', { entityId: s2.rhk[0]?.id ?? '', limit: 50 }, w.admin));
    expect(audit.map((a) => a.action)).toContain('rhk/relink');
  });
});

describe('authorization', () => {
  it('ids of other SKP and RHK are rejected without a trace', async () => {
    const before = await skpCounts(w);
    expectFail(await w.t.call('skp/get', { id: staf.skpId }, w.token.staf2), 'NOT_FOUND');
    expectFail(await w.t.call('skp/get', { id: staf.skpId }, w.token.kabidB), 'NOT_FOUND');
    expectFail(await w.t.call('skp/get', { id: staf.skpId }, w.token.stafB), 'NOT_FOUND');
    expectFail(await w.t.call('skp/atasanRhkOptions', { skpId: staf.skpId, query: '', limit: 5 }, w.token.kabidB), 'NOT_FOUND');
    expectFail(await w.t.call('rhk/delete', { id: staf.rhkIds[0] ?? '', pindahKeRhkId: null }, w.token.stafB), 'NOT_FOUND');
    expectFail(await w.t.call('rhk/link', { id: staf.rhkIds[0] ?? '', intervensiRhkId: null, jenisIntervensi: null }, w.token.kabidB), 'NOT_FOUND');
    expectFail(await w.t.call('skp/get', { id: '0190a6e0-1234-7abc-8def-0123456789ab' }, w.token.staf), 'NOT_FOUND');
    expectFail(await w.t.call('skp/create', { pegawaiId: w.pegawai.staf2, periode: PERIODE, pendekatan: 'kuantitatif' }, w.token.staf), 'NOT_FOUND');
    // An RHK id of another SKP cannot be edited through one's own SKP id.
    const mine = await draftWithRhk(w, 'staf2', 1);
    expectFail(
      await w.t.call('rhk/save', { id: staf.rhkIds[0] ?? '', skpId: mine.skpId, baseVersion: 1, jenis: 'utama', teks: 'x', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI] }, w.token.staf2),
      'NOT_FOUND',
    );
    const after = await skpCounts(w);
    expect(after.skp - before.skp).toBe(1);
  });

  it('an atasan cannot touch another unit\'s staff; an operator works only inside their scope', async () => {
    const b = await draftWithRhk(w, 'stafB', 1);
    expectFail(await w.t.call('skp/update', { id: b.skpId, baseVersion: 1, lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: ['x'] } }, w.token.kabid), 'NOT_FOUND');
    expectFail(await w.t.call('skp/approve', { id: b.skpId, delegasi: null }, w.token.kabid), 'NOT_FOUND');
    expect(unwrap(await w.t.call('skp/get', { id: b.skpId }, w.admin)).skp.id).toBe(b.skpId);
  });

  it('forged payloads with extra fields are refused by the strict schemas', async () => {
    expectFail(await w.t.call('skp/approve', { id: staf.skpId, delegasi: null, status: 'disetujui' } as never, w.token.staf), 'VALIDATION');
    expectFail(await w.t.call('skp/submit', { id: staf.skpId, actorUserId: w.pegawai.kabid } as never, w.token.staf), 'VALIDATION');
    expectFail(
      await w.t.call('rhk/save', { skpId: staf.skpId, jenis: 'utama', teks: 'x', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI], intervensiRhkId: kabid.rhkIds[0] } as never, w.token.staf),
      'VALIDATION',
    );
  });

  it('a pegawai cannot approve their own SKP', async () => {
    const own = unwrap(await w.t.call('skp/get', { id: staf.skpId }, w.token.staf));
    unwrap(await w.t.call('skp/submit', { id: own.skp.id }, w.token.staf));
    const err = expectFail(await w.t.call('skp/approve', { id: own.skp.id, delegasi: null }, w.token.staf), 'FORBIDDEN');
    expect(err.message).toBe(SKP_MSG.tidakBolehSetujuiSendiri);
  });
});

describe('readiness board and peta cascading', () => {
  it('show bottlenecks worst first and follow the caller\'s reach', async () => {
    const board = unwrap(await w.t.call('skp/readiness', { tahun: 2025 }, w.admin));
    expect(board.rows.length).toBe(5);
    expect(board.bottlenecks[0]?.blocksTotal).toBeGreaterThan(0);
    const head = unwrap(await w.t.call('skp/readiness', { tahun: 2025 }, w.token.kadis));
    expect(head.rows.length).toBe(5);
    const kabidView = unwrap(await w.t.call('skp/readiness', { tahun: 2025 }, w.token.kabid));
    expect(kabidView.rows.map((r) => r.kode).sort()).toEqual(['KABID', 'STAF']);
    const peta = unwrap(await w.t.call('skp/peta', { tahun: 2025 }, w.token.kadis));
    expect(peta.roots.map((r) => r.kode)).toEqual(['KADIS']);
    const kadisNode = peta.roots[0];
    expect(kadisNode?.holders[0]?.rhk.length).toBe(2);
    expect(kadisNode?.children.map((c) => c.kode).sort()).toEqual(['KABID', 'KABIDB']);
  });
});
