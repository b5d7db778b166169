/**
 * home/summary per role on the SKP fixture org, and each count checked against the list it opens
 * (skp/inbox tabs, skp/list of one's own SKP, skp/readiness "belum ada", sync/conflicts).
 *   KADIS ── KABID ── STAF (staf, staf2)
 *        └── KABIDB (unit B) ── STAFB
 * kadis: draft; kabid: returned by kadis; staf: submitted to kabid; staf2: none;
 * kabidB: submitted to kadis; stafB: draft. The admin is an operator of everything.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNip } from '../../../shared/domain/nip.js';
import type { HomeSummary, InboxTab } from '../../../shared/home.js';
import { SKP_STATUSES } from '../../../shared/domain/skp/types.js';
import { visiblePages } from '../../../renderer/features/shell/nav.js';
import { expectFail, signInReady, unwrap } from '../helpers.js';
import { draftWithRhk, linkAll, makeWorld, PASSWORD, TAHUN, type Person, type World } from '../skp/fixture.js';

let w: World;
let operatorB = '';
const sk: Partial<Record<Person, string>> = {};

async function submitLinked(who: Person, atasanRhk: string): Promise<string> {
  const d = await draftWithRhk(w, who);
  await linkAll(w, who, d.rhkIds, atasanRhk);
  unwrap(await w.t.call('skp/submit', { id: d.skpId }, w.token[who]));
  return d.skpId;
}

beforeAll(async () => {
  w = await makeWorld();
  const kadis = await draftWithRhk(w, 'kadis');
  sk.kadis = kadis.skpId;
  const kadisRhk = kadis.rhkIds[0] ?? '';
  sk.kabid = await submitLinked('kabid', kadisRhk);
  unwrap(await w.t.call('skp/return', { id: sk.kabid, catatan: 'Perjelas target.', catatanRhk: [], delegasi: null }, w.token.kadis));
  const kabidRhk = unwrap(await w.t.call('skp/get', { id: sk.kabid }, w.token.kabid)).rhk[0]?.id ?? '';
  sk.staf = await submitLinked('staf', kabidRhk);
  sk.kabidB = await submitLinked('kabidB', kadisRhk);
  sk.stafB = (await draftWithRhk(w, 'stafB')).skpId;
  const nip = makeNip({ birthDate: '1981-02-02', tmtCpns: '2006-01', sex: 'P', sequence: 902 });
  unwrap(await w.t.call('users/save', { nip, nama: 'Operator B', roles: ['operator'], unitId: w.unit.b, aktif: true, password: PASSWORD }, w.admin));
  operatorB = await signInReady(w.t, nip, PASSWORD);
}, 60_000);
afterAll(async () => {
  await w.t.close();
});

const summary = async (token: string): Promise<HomeSummary> => unwrap(await w.t.call('home/summary', { tahun: TAHUN }, token));
const none = { draft: 0, diajukan: 0, dikembalikan: 0, disetujui: 0 };

describe('home/summary per role', () => {
  it('a pegawai sees only their own SKP by status: no inbox, no board, no konflik', async () => {
    const s = await summary(w.token.staf);
    expect(s).toMatchObject({ tahun: TAHUN, inbox: { menungguSaya: null, diUnitSaya: null }, mine: { ...none, diajukan: 1 }, belumAdaSkp: null, konflik: null });
    expect(s.sync.state).toBe('standalone');
    expect((await summary(w.token.stafB)).mine).toEqual({ ...none, draft: 1 });
    expect((await summary(w.token.staf2)).mine).toEqual(none);
  });

  it('an atasan sees what waits for their approval, their returned SKP and their staff without SKP', async () => {
    expect(await summary(w.token.kabid)).toMatchObject({ inbox: { menungguSaya: 1, diUnitSaya: null }, mine: { ...none, dikembalikan: 1 }, belumAdaSkp: 1, konflik: null });
    expect(await summary(w.token.kadis)).toMatchObject({ inbox: { menungguSaya: 1, diUnitSaya: null }, mine: { ...none, draft: 1 }, belumAdaSkp: 1 });
    // kabidB's only subordinate has a draft: nothing is missing below them.
    expect(await summary(w.token.kabidB)).toMatchObject({ inbox: { menungguSaya: 0, diUnitSaya: null }, mine: { ...none, diajukan: 1 }, belumAdaSkp: 0 });
  });

  it('operators see every submitted SKP of their units and the konflik count, scoped', async () => {
    expect(await summary(w.admin)).toMatchObject({ inbox: { menungguSaya: null, diUnitSaya: 2 }, mine: none, belumAdaSkp: 1, konflik: 0 });
    expect(await summary(operatorB)).toMatchObject({ inbox: { menungguSaya: null, diUnitSaya: 1 }, mine: null, belumAdaSkp: 0, konflik: 0 });
  });

  it('counts open conflicts only, and follows the year asked', async () => {
    const db = w.t.core.context.db;
    const row = { commandId: crypto.randomUUID(), command: 'pegawai/save', entity: 'pegawai', entityId: w.pegawai.staf, localPayload: '{}', serverPayload: null, serverVersion: null, code: 'CONFLICT', message: 'Bentrok', actorUserId: null, createdAt: '2025-03-03T01:00:00.000Z' };
    await db.insertInto('syncConflict').values([
      { ...row, id: crypto.randomUUID(), resolvedAt: null, resolution: null },
      { ...row, id: crypto.randomUUID(), resolvedAt: '2025-03-03T02:00:00.000Z', resolution: 'mine' },
    ]).execute();
    expect((await summary(w.admin)).konflik).toBe(1);
    expect((await summary(w.token.kabid)).konflik).toBeNull();
    const next = unwrap(await w.t.call('home/summary', { tahun: TAHUN + 1 }, w.token.kabid));
    expect(next).toMatchObject({ inbox: { menungguSaya: 0 }, mine: none, belumAdaSkp: 3 });
    expectFail(await w.t.call('home/summary', { tahun: 1900 }, w.token.kabid), 'VALIDATION');
    expectFail(await w.t.call('home/summary', { tahun: TAHUN }, null), 'UNAUTHENTICATED');
  });
});

describe('every count is the total of the list it opens', () => {
  const roles = (): [string, string][] => [
    ['staf', w.token.staf], ['staf2', w.token.staf2], ['stafB', w.token.stafB], ['kabid', w.token.kabid],
    ['kadis', w.token.kadis], ['kabidB', w.token.kabidB], ['admin', w.admin], ['operatorB', operatorB],
  ];

  it('inbox tabs, own SKP by status, readiness "belum ada" and konflik agree for every role', async () => {
    for (const [who, token] of roles()) {
      const s = await summary(token);
      for (const tab of ['menungguSaya', 'diUnitSaya'] as InboxTab[]) {
        const r = await w.t.call('skp/inbox', { tahun: TAHUN, tab, offset: 0, limit: 500 }, token);
        if (s.inbox[tab] === null) {
          if (tab === 'diUnitSaya') expectFail(r, 'FORBIDDEN');
          else expect(unwrap(r).total, who).toBe(0);
        } else {
          expect(unwrap(r).total, `${who} ${tab}`).toBe(s.inbox[tab]);
          expect(unwrap(r).rows, `${who} ${tab}`).toHaveLength(s.inbox[tab] ?? -1);
          expect(unwrap(r).counts, who).toEqual(s.inbox);
        }
      }
      const me = unwrap(await w.t.call('auth/me', {}, token)).user.pegawaiId;
      if (s.mine === null) expect(me, who).toBeNull();
      else {
        for (const status of SKP_STATUSES) {
          const l = unwrap(await w.t.call('skp/list', { tahun: TAHUN, pegawaiId: me ?? '', status: [status], offset: 0, limit: 500 }, token));
          expect(l.total, `${who} ${status}`).toBe(s.mine[status]);
        }
      }
      const board = await w.t.call('skp/readiness', { tahun: TAHUN }, token);
      // null where the menu offers no Kesiapan page (the same rule as nav.ts).
      const session = unwrap(await w.t.call('auth/me', {}, token));
      const pages = visiblePages(session.user.roles, { hasPegawai: me !== null, isAtasan: session.isAtasan });
      expect(s.belumAdaSkp === null, who).toBe(!pages.includes('skpReadiness'));
      if (s.belumAdaSkp !== null) expect(unwrap(board).totals.belum_ada, who).toBe(s.belumAdaSkp);
      const conflicts = await w.t.call('sync/conflicts', {}, token);
      if (s.konflik === null) expectFail(conflicts, 'FORBIDDEN');
      else expect(unwrap(conflicts)).toHaveLength(s.konflik);
    }
  });
});

describe('skp/inbox tabs', () => {
  it('"Menunggu saya" holds exactly the SKP the caller may approve; "Di unit saya" is operators\' only', async () => {
    const kabid = unwrap(await w.t.call('skp/inbox', { tahun: TAHUN }, w.token.kabid));
    expect(kabid.rows.map((r) => r.id)).toEqual([sk.staf]);
    expect(unwrap(await w.t.call('skp/get', { id: sk.staf ?? '' }, w.token.kabid)).allowed.actions).toEqual(['setujui', 'kembalikan']);
    expect(unwrap(await w.t.call('skp/inbox', { tahun: TAHUN }, w.token.kadis)).rows.map((r) => r.id)).toEqual([sk.kabidB]);
    const err = expectFail(await w.t.call('skp/inbox', { tahun: TAHUN, tab: 'diUnitSaya' }, w.token.kabid), 'FORBIDDEN');
    expect(err.message).toMatch(/operator/);
    const all = unwrap(await w.t.call('skp/inbox', { tahun: TAHUN, tab: 'diUnitSaya' }, w.admin));
    expect(new Set(all.rows.map((r) => r.id))).toEqual(new Set([sk.staf, sk.kabidB]));
  });

  it('search by name or NIP, the unit filter and paging narrow the rows and the total', async () => {
    const byName = unwrap(await w.t.call('skp/inbox', { tahun: TAHUN, tab: 'diUnitSaya', query: 'pegawai kabidb' }, w.admin));
    expect(byName.rows.map((r) => r.id)).toEqual([sk.kabidB]);
    expect(byName.total).toBe(1);
    expect(byName.counts.diUnitSaya).toBe(2);
    const nip = byName.rows[0]?.nip ?? '';
    expect(unwrap(await w.t.call('skp/inbox', { tahun: TAHUN, tab: 'diUnitSaya', query: nip.slice(0, 12) }, w.admin)).total).toBeGreaterThanOrEqual(1);
    const unitB = unwrap(await w.t.call('skp/inbox', { tahun: TAHUN, tab: 'diUnitSaya', unitId: w.unit.b }, w.admin));
    expect(unitB.rows.map((r) => r.id)).toEqual([sk.kabidB]);
    const page2 = unwrap(await w.t.call('skp/inbox', { tahun: TAHUN, tab: 'diUnitSaya', offset: 1, limit: 1 }, w.admin));
    expect(page2).toMatchObject({ total: 2 });
    expect(page2.rows).toHaveLength(1);
    // A penilai's unit filter narrows; it cannot widen.
    expect(unwrap(await w.t.call('skp/inbox', { tahun: TAHUN, unitId: w.unit.b }, w.token.kabid)).total).toBe(0);
  });

  it('refuses an operator\'s unit outside their scope and malformed arguments', async () => {
    expectFail(await w.t.call('skp/inbox', { tahun: TAHUN, tab: 'diUnitSaya', unitId: w.unit.a }, operatorB), 'FORBIDDEN');
    expectFail(await w.t.call('skp/inbox', { tahun: TAHUN, limit: 501 }, w.admin), 'VALIDATION');
    // @ts-expect-error an unknown tab is refused at the boundary
    expectFail(await w.t.call('skp/inbox', { tahun: TAHUN, tab: 'semua' }, w.admin), 'VALIDATION');
  });
});
