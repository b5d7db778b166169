import { describe, expect, it } from 'vitest';
import { checkEdit, EDITABLE_PARTS, SKP_PARTS, type SkpPart } from '../../../../shared/domain/skp/editable.js';
import { SKP_STATUSES, type SkpStatus } from '../../../../shared/domain/skp/types.js';
import { ACTOR_KINDS, ACTORS, partiesFor, skpWith, type ActorKind } from './fixtures.js';

const OWNER_SIDE: ActorKind[] = ['pemilik', 'pemilikOperatorDelegasi', 'operator', 'operatorDelegasi', 'operatorDelegasiTanpaReferensi', 'operatorDelegasiBukanPenilai', 'operatorDelegasiDariPemilik', 'adminDelegasi'];
const PENILAI_SIDE: ActorKind[] = ['penilai', 'operatorDelegasi', 'adminDelegasi'];

/** The spec: status -> part -> side allowed. */
const SPEC: Record<SkpStatus, Partial<Record<SkpPart, 'pemilik' | 'penilai'>>> = {
  draft: { header: 'pemilik', rhk: 'pemilik', lampiran: 'pemilik', ekspektasi: 'penilai' },
  dikembalikan: { header: 'pemilik', rhk: 'pemilik', lampiran: 'pemilik', ekspektasi: 'penilai' },
  diajukan: { ekspektasi: 'penilai' },
  disetujui: {},
};

const CASES = SKP_STATUSES.flatMap((s) => SKP_PARTS.flatMap((p) => ACTOR_KINDS.map((k) => [s, p, k] as const)));

describe('checkEdit: every status × part × actor', () => {
  it.each(CASES)('%s / %s by %s', (status, part, kind) => {
    const r = checkEdit(skpWith(status), part, ACTORS[kind].actor, partiesFor(kind));
    const side = SPEC[status][part];
    if (side === undefined) return expect(r).toMatchObject({ ok: false, code: 'ILLEGAL_TRANSITION' });
    const allowed = (side === 'pemilik' ? OWNER_SIDE : PENILAI_SIDE).includes(kind);
    if (!allowed) return expect(r).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(r).toEqual({ ok: true, autoAction: status === 'dikembalikan' && side === 'pemilik' ? 'perbaiki' : null });
  });

  it('the exported table matches the spec', () => {
    for (const s of SKP_STATUSES) {
      for (const p of SKP_PARTS) {
        const side = EDITABLE_PARTS[s].pemilik.includes(p) ? 'pemilik' : EDITABLE_PARTS[s].penilai.includes(p) ? 'penilai' : undefined;
        expect(side, `${s}/${p}`).toBe(SPEC[s][p]);
      }
    }
  });

  it('tells the owner to use perubahan SKP on an approved plan', () => {
    const r = checkEdit(skpWith('disetujui'), 'rhk', ACTORS.pemilik.actor, partiesFor('pemilik'));
    expect(!r.ok && r.message).toContain('Perubahan SKP');
  });
});
