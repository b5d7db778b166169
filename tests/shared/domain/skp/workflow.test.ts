import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SKP_MSG } from '../../../../shared/domain/skp/messages.js';
import { actionsFrom, transition, type SkpAction, type WorkflowContext } from '../../../../shared/domain/skp/workflow.js';
import { SKP_ACTIONS, SKP_STATUSES, type Skp, type SkpActionType, type SkpStatus } from '../../../../shared/domain/skp/types.js';
import { ACTOR_KINDS, ACTORS, NOW, PEGAWAI, idMaker, partiesFor, rhk, skpWith, u, type ActorKind } from './fixtures.js';

const SNAPSHOT = { penilaiPegawaiId: PEGAWAI.penilai, penilaiJabatanId: u(12), atasanPenilaiPegawaiId: PEGAWAI.atasanPenilai, atasanPenilaiJabatanId: u(13) };

function actionOf(type: SkpActionType): SkpAction {
  switch (type) {
    case 'ajukan':
      return { type };
    case 'setujui':
      return { type, penilai: SNAPSHOT };
    case 'kembalikan':
      return { type, catatan: 'Perbaiki target.', catatanRhk: [] };
    case 'perbaiki':
      return { type };
    case 'mulaiPerubahan':
      return { type, newId: idMaker() };
  }
}

function ctx(kind: ActorKind, over: Partial<WorkflowContext> = {}): WorkflowContext {
  return { ...partiesFor(kind), now: NOW, rhk: [rhk(1), rhk(2, { jenis: 'tambahan', urutan: 1, intervensiRhkId: null, jenisIntervensi: null })], isPuncak: false, newerVersionExists: false, ...over };
}

/** The spec, written out independently of SKP_TRANSITIONS. */
const LEGAL: Record<SkpActionType, { from: SkpStatus[]; to: SkpStatus }> = {
  ajukan: { from: ['draft', 'dikembalikan'], to: 'diajukan' },
  setujui: { from: ['diajukan'], to: 'disetujui' },
  kembalikan: { from: ['diajukan'], to: 'dikembalikan' },
  perbaiki: { from: ['dikembalikan'], to: 'draft' },
  mulaiPerubahan: { from: ['disetujui'], to: 'draft' },
};
const OWNER_SIDE: ActorKind[] = ['pemilik', 'pemilikOperatorDelegasi', 'operator', 'operatorDelegasi', 'operatorDelegasiTanpaReferensi', 'operatorDelegasiBukanPenilai', 'operatorDelegasiDariPemilik', 'adminDelegasi'];
const PENILAI_SIDE: ActorKind[] = ['penilai', 'operatorDelegasi', 'adminDelegasi'];
const PENILAI_REFUSAL: Partial<Record<ActorKind, string>> = {
  pemilik: SKP_MSG.tidakBolehSetujuiSendiri,
  pemilikOperatorDelegasi: SKP_MSG.tidakBolehSetujuiSendiri,
  operatorDelegasiTanpaReferensi: SKP_MSG.delegasiTidakSah,
  operatorDelegasiBukanPenilai: SKP_MSG.delegasiTidakSah,
  operatorDelegasiDariPemilik: SKP_MSG.delegasiTidakSah,
  operator: SKP_MSG.bukanPenilai,
  operatorLuarUnit: SKP_MSG.bukanPenilai,
  atasanPenilai: SKP_MSG.bukanPenilai,
  pegawaiLain: SKP_MSG.bukanPenilai,
};

const CASES = SKP_STATUSES.flatMap((status) => SKP_ACTIONS.flatMap((action) => ACTOR_KINDS.map((kind) => [status, action, kind] as const)));

describe('transition: every status × action × actor', () => {
  it('covers 4 statuses × 5 actions × 12 actors', () => expect(CASES).toHaveLength(240));

  it.each(CASES)('%s --%s--> by %s', (status, action, kind) => {
    const r = transition(skpWith(status), actionOf(action), ACTORS[kind].actor, ctx(kind));
    const legal = LEGAL[action];
    if (!legal.from.includes(status)) {
      expect(r).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
      return;
    }
    const side = action === 'setujui' || action === 'kembalikan' ? PENILAI_SIDE : OWNER_SIDE;
    if (!side.includes(kind)) {
      expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN' });
      if (side === PENILAI_SIDE && !r.ok) expect(r.message).toBe(PENILAI_REFUSAL[kind]);
      if (side === OWNER_SIDE && !r.ok) expect(r.message).toBe(SKP_MSG.bukanPemilik);
      return;
    }
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.next.status).toBe(legal.to);
    expect(r.event).toMatchObject({ action, from: status, to: legal.to, actorUserId: ACTORS[kind].actor.userId, at: NOW });
    expect(r.next.riwayat.at(-1)).toEqual(r.event);
  });

  it('actionsFrom lists exactly the legal actions of each status', () => {
    for (const s of SKP_STATUSES) {
      expect(actionsFrom(s).sort()).toEqual(SKP_ACTIONS.filter((a) => LEGAL[a].from.includes(s)).sort());
    }
  });

  it('names the action and status in the refusal', () => {
    const r = transition(skpWith('draft'), actionOf('setujui'), ACTORS.penilai.actor, ctx('penilai'));
    expect(r).toEqual({ ok: false, code: 'ILLEGAL_TRANSITION', message: 'Langkah "Setujui" tidak dapat dilakukan pada SKP berstatus Draf.' });
  });
});

describe('self-approval is impossible', () => {
  it('even when a Plt. override wrongly lists the owner as their own penilai', () => {
    const c = { ...ctx('pemilik'), penilaiPegawaiIds: [PEGAWAI.owner, PEGAWAI.penilai] };
    for (const a of ['setujui', 'kembalikan'] as const) {
      expect(transition(skpWith('diajukan'), actionOf(a), ACTORS.pemilik.actor, c)).toMatchObject({ ok: false, message: SKP_MSG.tidakBolehSetujuiSendiri });
    }
  });

  it('holds for any roles and delegation (property)', () => {
    const roles = fc.subarray(['admin', 'operator', 'pegawai'] as const, { minLength: 1 });
    const delegasi = fc.option(fc.record({ penilaiPegawaiId: fc.constantFrom(PEGAWAI.penilai, PEGAWAI.owner, PEGAWAI.other), referensi: fc.string() }), { nil: null });
    fc.assert(
      fc.property(roles, delegasi, fc.boolean(), fc.boolean(), (rs, d, inScope, ownerListed) => {
        const actor = { userId: u(99), pegawaiId: PEGAWAI.owner, roles: rs, delegasi: d };
        const c = { ...ctx('pemilik'), inActorScope: inScope, penilaiPegawaiIds: ownerListed ? [PEGAWAI.owner, PEGAWAI.penilai] : [PEGAWAI.penilai] };
        for (const a of ['setujui', 'kembalikan'] as const) {
          expect(transition(skpWith('diajukan'), actionOf(a), actor, c).ok).toBe(false);
        }
      }),
    );
  });
});

describe('ajukan', () => {
  const submit = (rhks: WorkflowContext['rhk'], isPuncak = false) =>
    transition(skpWith('draft'), { type: 'ajukan' }, ACTORS.pemilik.actor, ctx('pemilik', { rhk: rhks, isPuncak }));

  it.each([
    ['no RHK at all', [], false, SKP_MSG.belumAdaRhkUtama],
    ['only tambahan', [rhk(1, { jenis: 'tambahan', intervensiRhkId: null, jenisIntervensi: null })], false, SKP_MSG.belumAdaRhkUtama],
    ['two utama waiting for atasan RHK', [rhk(1, { intervensiRhkId: null, jenisIntervensi: null }), rhk(2, { intervensiRhkId: null, jenisIntervensi: null })], false, SKP_MSG.rhkMenunggu(2)],
    ['an RHK without indikator', [rhk(1, { indikator: [] })], false, SKP_MSG.rhkTidakValid(1)],
    ['head of unit without Perjanjian Kinerja', [rhk(1, { intervensiRhkId: null, jenisIntervensi: null })], true, SKP_MSG.rhkTanpaPerjanjian(1)],
  ] as const)('is refused with %s', (_name, rhks, isPuncak, message) => {
    const r = submit(rhks, isPuncak);
    expect(r).toMatchObject({ ok: false, code: 'VALIDATION' });
    if (!r.ok) expect(r.problems).toContain(message);
  });

  it('accepts the head of unit with Perjanjian Kinerja and no atasan link', () => {
    const r = submit([rhk(1, { intervensiRhkId: null, jenisIntervensi: null, intervensiPerjanjianKinerja: 'Sasaran 1 PK 2025' })], true);
    expect(r.ok).toBe(true);
  });

  it('ignores RHK of other SKP passed by mistake', () => {
    expect(submit([rhk(1), rhk(9, { skpId: u(999), indikator: [] })]).ok).toBe(true);
  });

  it('clears the return notes of the SKP and each RHK', () => {
    const skp = skpWith('dikembalikan', { returnNote: 'Lengkapi.' });
    const r = transition(skp, { type: 'ajukan' }, ACTORS.pemilik.actor, ctx('pemilik', { rhk: [rhk(1, { returnNote: 'Target?' })] }));
    expect(r.ok && r.next.returnNote).toBeNull();
    expect(r.ok && r.rhk.map((x) => x.returnNote)).toEqual([null]);
  });
});

describe('kembalikan', () => {
  const back = (catatan: string | null, catatanRhk: { rhkId: string; catatan: string }[]) =>
    transition(skpWith('diajukan'), { type: 'kembalikan', catatan, catatanRhk }, ACTORS.penilai.actor, ctx('penilai'));

  it.each([
    ['no note', null, []],
    ['blank notes only', '   ', [{ rhkId: u(201), catatan: '  ' }]],
  ] as const)('needs a note (%s)', (_n, catatan, notes) => {
    expect(back(catatan, [...notes])).toEqual({ ok: false, code: 'VALIDATION', message: SKP_MSG.kembalikanTanpaCatatan });
  });

  it('refuses a note on an RHK of another SKP', () => {
    expect(back(null, [{ rhkId: u(999), catatan: 'x' }])).toMatchObject({ ok: false, message: SKP_MSG.catatanRhkAsing });
  });

  it('stores the whole-SKP note and per-RHK notes', () => {
    const r = back(' Perbaiki. ', [{ rhkId: u(201), catatan: 'Target terlalu rendah' }]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.next.returnNote).toBe('Perbaiki.');
    expect(r.event.catatan).toBe('Perbaiki.');
    expect(r.rhk.map((x) => [x.id, x.returnNote])).toEqual([[u(201), 'Target terlalu rendah'], [u(202), null]]);
  });

  it('per-RHK note alone is enough; perbaiki keeps the notes visible', () => {
    const r = back(null, [{ rhkId: u(202), catatan: 'Hapus' }]);
    expect(r.ok && r.next.returnNote).toBeNull();
    if (!r.ok) return;
    const fixed = transition(r.next, { type: 'perbaiki' }, ACTORS.pemilik.actor, ctx('pemilik', { rhk: r.rhk }));
    expect(fixed.ok && fixed.rhk.find((x) => x.id === u(202))?.returnNote).toBe('Hapus');
  });
});

describe('setujui', () => {
  it('freezes the penilai snapshot and records who approved', () => {
    const r = transition(skpWith('diajukan'), actionOf('setujui'), ACTORS.penilai.actor, ctx('penilai'));
    expect(r.ok && r.next).toMatchObject({ penilai: SNAPSHOT, approvedAt: NOW, approvedByUserId: ACTORS.penilai.actor.userId, delegasi: null });
  });

  it('records the delegation when an operator approves for the penilai', () => {
    const r = transition(skpWith('diajukan'), actionOf('setujui'), ACTORS.operatorDelegasi.actor, ctx('operatorDelegasi'));
    expect(r.ok && r.next.delegasi).toEqual({ penilaiPegawaiId: PEGAWAI.penilai, referensi: 'ND-12/2025' });
    expect(r.ok && r.event.delegasi).toEqual(r.ok && r.next.delegasi);
  });

  it('accepts any of several penilai (Plt./Plh.)', () => {
    const c = { ...ctx('pegawaiLain'), penilaiPegawaiIds: [PEGAWAI.penilai, PEGAWAI.other] };
    expect(transition(skpWith('diajukan'), actionOf('setujui'), ACTORS.pegawaiLain.actor, c).ok).toBe(true);
  });
});

describe('mulaiPerubahan', () => {
  const approved = (): Skp => ({
    ...skpWith('disetujui', { penilai: SNAPSHOT, approvedAt: NOW, approvedByUserId: u(33), returnNote: null }),
    lampiran: { dukunganSumberDaya: ['Laptop'], skemaPertanggungjawaban: ['Laporan bulanan'], konsekuensi: ['Teguran'] },
  });

  it('creates version 2 as a draft with copied RHK and leaves version 1 untouched', () => {
    const v1 = approved();
    const before = structuredClone(v1);
    const rhks = [rhk(1), rhk(2)];
    const r = transition(v1, actionOf('mulaiPerubahan'), ACTORS.pemilik.actor, ctx('pemilik', { rhk: rhks }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(v1).toEqual(before);
    expect(r.next).toMatchObject({ status: 'draft', versi: 2, previousVersionId: v1.id, penilai: null, approvedAt: null, approvedByUserId: null });
    expect(r.next.id).not.toBe(v1.id);
    expect(r.next.lampiran).toEqual(v1.lampiran);
    expect(r.next.lampiran.konsekuensi).not.toBe(v1.lampiran.konsekuensi);
    expect(r.next.riwayat).toEqual([r.event]);
    expect(r.rhk.map((x) => x.asalRhkId)).toEqual([u(201), u(202)]);
    expect(r.rhk.every((x) => x.skpId === r.next.id)).toBe(true);
    expect(r.rhk.map((x) => x.intervensiRhkId)).toEqual([u(301), u(302)]);
    const ids = [r.next.id, ...r.rhk.flatMap((x) => [x.id, ...x.indikator.map((i) => i.id)])];
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain(u(201));
  });

  it('is refused when a newer version already exists', () => {
    const r = transition(approved(), actionOf('mulaiPerubahan'), ACTORS.pemilik.actor, ctx('pemilik', { newerVersionExists: true }));
    expect(r).toEqual({ ok: false, code: 'ILLEGAL_TRANSITION', message: SKP_MSG.sudahAdaVersiBaru });
  });

  it('version 2 walks the same workflow to approval', () => {
    const r1 = transition(approved(), actionOf('mulaiPerubahan'), ACTORS.pemilik.actor, ctx('pemilik', { rhk: [rhk(1)] }));
    if (!r1.ok) throw new Error(r1.message);
    const r2 = transition(r1.next, { type: 'ajukan' }, ACTORS.pemilik.actor, ctx('pemilik', { rhk: r1.rhk }));
    if (!r2.ok) throw new Error(r2.message);
    const r3 = transition(r2.next, actionOf('setujui'), ACTORS.penilai.actor, ctx('penilai', { rhk: r2.rhk }));
    expect(r3.ok && [r3.next.status, r3.next.versi, r3.next.riwayat.map((e) => e.action)]).toEqual(['disetujui', 2, ['mulaiPerubahan', 'ajukan', 'setujui']]);
  });
});

describe('random walks (property)', () => {
  it('status only moves along the table, and only the penilai side ever reaches disetujui', () => {
    const step = fc.record({ action: fc.constantFrom(...SKP_ACTIONS), kind: fc.constantFrom(...ACTOR_KINDS) });
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        let skp = skpWith('draft');
        let rhks = [rhk(1)];
        for (const s of steps) {
          const r = transition(skp, actionOf(s.action), ACTORS[s.kind].actor, { ...ctx(s.kind), rhk: rhks.map((x) => ({ ...x, skpId: skp.id })) });
          if (!r.ok) continue;
          expect(LEGAL[s.action].from).toContain(skp.status);
          if (r.next.status === 'disetujui' && s.action === 'setujui') expect(PENILAI_SIDE).toContain(s.kind);
          expect(r.next.riwayat.length).toBe(s.action === 'mulaiPerubahan' ? 1 : skp.riwayat.length + 1);
          skp = r.next;
          rhks = r.rhk;
        }
      }),
    );
  });
});
