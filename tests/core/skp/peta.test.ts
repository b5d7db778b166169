/**
 * Peta cascading a few levels at a time: the first view from the head with the whole reach's
 * summary, opening a node reads its subtree, flags stay right at the edge of what is shown, and
 * nobody opens a node outside their reach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PetaNodeView } from '../../../shared/entities.js';
import { unwrap } from '../helpers.js';
import { draftWithRhk, linkAll, makeWorld, TAHUN, type World } from './fixture.js';

let w: World;
let kadis: { skpId: string; rhkIds: string[] };
let kabid: { skpId: string; rhkIds: string[] };

beforeAll(async () => {
  w = await makeWorld();
  kadis = await draftWithRhk(w, 'kadis', 2);
  kabid = await draftWithRhk(w, 'kabid', 2);
  await linkAll(w, 'kabid', kabid.rhkIds.slice(0, 1), kadis.rhkIds[0] ?? '');
  const staf = await draftWithRhk(w, 'staf', 1);
  await linkAll(w, 'staf', staf.rhkIds, kabid.rhkIds[0] ?? '');
  await draftWithRhk(w, 'stafB', 1); // waits for KABIDB, who has no SKP
});
afterAll(async () => {
  await w.t.close();
});

const flags = (n: PetaNodeView | undefined) => n?.holders.flatMap((h) => h.rhk.map((r) => [r.teks, r.diintervensiOleh, r.tanpaIntervensiBawahan, r.menungguRhkAtasan]));

describe('peta cascading by levels', () => {
  it('the first view shows the head and `depth` levels, says what can be opened, and counts the whole reach when asked', async () => {
    const all = unwrap(await w.t.call('skp/peta', { tahun: TAHUN, depth: 5, totals: true }, w.token.kadis));
    const top = unwrap(await w.t.call('skp/peta', { tahun: TAHUN, depth: 1, totals: true }, w.token.kadis));
    const head = top.roots[0];
    expect(head?.kode).toBe('KADIS');
    expect(head?.children.map((c) => [c.kode, c.childCount, c.children.length])).toEqual([['KABID', 1, 0], ['KABIDB', 1, 0]]);
    // KABID's second RHK: nobody below intervenes it, though its staff are not shown
    expect(flags(head?.children[0])).toEqual(flags(all.roots[0]?.children[0]));
    expect(flags(head?.children[0])?.map((f) => f[2])).toEqual([false, true]);
    expect(top.totals).toEqual(all.totals);
    // kadis RHK 2 and kabid RHK 2 not intervened; kabid RHK 2 and stafB's RHK unlinked
    expect(top.totals).toEqual({ tanpaIntervensi: 2, menunggu: 2 });
    const d0 = unwrap(await w.t.call('skp/peta', { tahun: TAHUN, depth: 0 }, w.token.kadis));
    expect([d0.roots[0]?.childCount, d0.roots[0]?.children, d0.totals]).toEqual([2, [], null]);
  });

  it('opening a node reads its subtree; its RHK still wait for the atasan above it', async () => {
    const sub = unwrap(await w.t.call('skp/peta', { tahun: TAHUN, rootJabatanId: w.jabatan.kabidB }, w.token.kadis));
    expect(sub.totals).toBeNull();
    // The summary is the whole reach's, whatever the root
    const subTotals = unwrap(await w.t.call('skp/peta', { tahun: TAHUN, rootJabatanId: w.jabatan.kabidB, totals: true }, w.token.kadis));
    expect(subTotals.totals).toEqual({ tanpaIntervensi: 2, menunggu: 2 });
    expect(sub.roots.map((r) => [r.kode, r.children.map((c) => c.kode)])).toEqual([['KABIDB', ['STAFB']]]);
    expect(flags(sub.roots[0]?.children[0])?.map((f) => f[3])).toEqual([true]);
    const fromTop = unwrap(await w.t.call('skp/peta', { tahun: TAHUN, rootJabatanId: w.jabatan.kabid }, w.token.kadis));
    const whole = unwrap(await w.t.call('skp/peta', { tahun: TAHUN, depth: 5 }, w.token.kadis));
    expect(flags(fromTop.roots[0])).toEqual(flags(whole.roots[0]?.children[0]));
    expect(fromTop.roots[0]?.holders[0]?.rhk.map((r) => r.menungguRhkAtasan)).toEqual([false, true]);
    // For the kabid their own jabatan is the top of the map (as on their first view)
    const kabidView = unwrap(await w.t.call('skp/peta', { tahun: TAHUN, rootJabatanId: w.jabatan.kabid }, w.token.kabid));
    const kabidFirst = unwrap(await w.t.call('skp/peta', { tahun: TAHUN }, w.token.kabid));
    expect(flags(kabidView.roots[0])).toEqual(flags(kabidFirst.roots[0]));
    expect(fromTop.roots[0]?.children[0]?.holders.map((h) => h.namaLengkap)).toEqual(['Pegawai staf', 'Pegawai staf2']);
  });

  it('a node outside the caller’s reach or unit filter opens empty', async () => {
    expect(unwrap(await w.t.call('skp/peta', { tahun: TAHUN, rootJabatanId: w.jabatan.kadis }, w.token.kabid)).roots).toEqual([]);
    expect(unwrap(await w.t.call('skp/peta', { tahun: TAHUN, rootJabatanId: w.jabatan.kabidB }, w.token.kabid)).roots).toEqual([]);
    expect(unwrap(await w.t.call('skp/peta', { tahun: TAHUN, unitId: w.unit.b, rootJabatanId: w.jabatan.kabid }, w.admin)).roots).toEqual([]);
    const b = unwrap(await w.t.call('skp/peta', { tahun: TAHUN, unitId: w.unit.b }, w.admin));
    expect(b.roots.map((r) => r.kode)).toEqual(['KABIDB']);
    // KABIDB's atasan is outside the filter: it is the head of this view
    const subB = unwrap(await w.t.call('skp/peta', { tahun: TAHUN, unitId: w.unit.b, rootJabatanId: w.jabatan.kabidB }, w.admin));
    expect(subB.roots[0]?.children[0]?.holders[0]?.rhk[0]?.menungguRhkAtasan).toBe(true);
  });
});
