/**
 * SKP/RHK entries in the audit log: an operator scoped to a sub-unit reads those of their scope
 * (and not the others'), and every SKP/RHK audit code has an Indonesian and an English label.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeNip } from '../../../shared/domain/nip.js';
import { SKP_ACTIONS } from '../../../shared/domain/skp/types.js';
import { id as idDict } from '../../../renderer/i18n/id.js';
import { en as enDict } from '../../../renderer/i18n/en.js';
import { signInReady, unwrap } from '../helpers.js';
import { draftWithRhk, IKI, linkAll, makeWorld, PASSWORD, TAHUN, type World } from './fixture.js';

let w: World;
let operatorB = '';
const ids = { stafB: '', perubahanB: '', kabidB: '', deletedRhk: '', templat: '', stafA: '', stafARhk: '' };

beforeAll(async () => {
  w = await makeWorld();
  const nip = makeNip({ birthDate: '1982-03-03', tmtCpns: '2007-01', sex: 'P', sequence: 902 });
  unwrap(await w.t.call('users/save', { nip, nama: 'Operator B', roles: ['operator'], unitId: w.unit.b, aktif: true, password: PASSWORD }, w.admin));
  operatorB = await signInReady(w.t, nip, PASSWORD);

  // Unit B: the whole workflow, a deleted RHK, a template and a bulk RHK.
  const kabidB = await draftWithRhk(w, 'kabidB', 2);
  const stafB = await draftWithRhk(w, 'stafB');
  Object.assign(ids, { kabidB: kabidB.skpId, stafB: stafB.skpId, deletedRhk: kabidB.rhkIds[1] ?? '' });
  await linkAll(w, 'stafB', stafB.rhkIds, kabidB.rhkIds[0] ?? '');
  unwrap(await w.t.call('skp/submit', { id: stafB.skpId }, w.token.stafB));
  unwrap(await w.t.call('skp/return', { id: stafB.skpId, catatan: null, catatanRhk: [{ rhkId: stafB.rhkIds[0] ?? '', catatan: 'Target kurang jelas.' }], delegasi: null }, w.token.kabidB));
  const returned = unwrap(await w.t.call('skp/get', { id: stafB.skpId }, w.token.stafB));
  const rhk = returned.rhk[0];
  if (!rhk) throw new Error('no RHK');
  unwrap(await w.t.call('rhk/save', { id: rhk.id, skpId: stafB.skpId, baseVersion: rhk.rowVersion, jenis: 'utama', teks: 'RHK diperbaiki', intervensiPerjanjianKinerja: null, perspektif: null, indikator: [...IKI] }, w.token.stafB));
  unwrap(await w.t.call('skp/submit', { id: stafB.skpId }, w.token.stafB));
  unwrap(await w.t.call('skp/approve', { id: stafB.skpId, delegasi: null }, w.token.kabidB));
  const perubahan = unwrap(await w.t.call('skp/startPerubahan', { id: stafB.skpId }, w.token.stafB));
  ids.perubahanB = perubahan.skp.id;
  unwrap(await w.t.call('skp/update', { id: perubahan.skp.id, baseVersion: perubahan.rowVersion, lampiran: { dukunganSumberDaya: ['Laptop'], skemaPertanggungjawaban: [], konsekuensi: [] } }, w.token.stafB));
  unwrap(await w.t.call('rhk/delete', { id: ids.deletedRhk, pindahKeRhkId: null }, w.token.kabidB));
  const rhkTemplate = { jenis: 'utama' as const, teks: 'Layanan arsip', perspektif: null, indikator: [...IKI] };
  ids.templat = unwrap(await w.t.call('skp/templateSave', { jabatanId: w.jabatan.stafB, pendekatan: 'kuantitatif', rhk: [rhkTemplate], lampiran: { dukunganSumberDaya: [], skemaPertanggungjawaban: [], konsekuensi: [] } }, w.admin)).id;
  unwrap(await w.t.call('skp/applyRhkToMany', { jabatanId: w.jabatan.stafB, tahun: TAHUN, rhk: rhkTemplate }, w.admin));

  // Unit A: outside operator B's scope.
  const stafA = await draftWithRhk(w, 'staf');
  Object.assign(ids, { stafA: stafA.skpId, stafARhk: stafA.rhkIds[0] ?? '' });
});
afterAll(async () => {
  await w.t.close();
});

async function auditOf(token: string) {
  return unwrap(await w.t.call('audit/list', { limit: 500 }, token));
}

describe('audit/list scope for SKP and RHK', () => {
  it('an operator of sub-unit B reads the SKP, RHK (also deleted) and template entries of B', async () => {
    const rows = await auditOf(operatorB);
    const about = (entityId: string) => rows.filter((r) => r.entityId === entityId).map((r) => r.action);
    expect(about(ids.stafB)).toEqual(['skp/setujui', 'skp/ajukan', 'skp/perbaiki', 'skp/kembalikan', 'skp/ajukan', 'skp/create']);
    expect(about(ids.perubahanB)).toEqual(['skp/update', 'skp/mulaiPerubahan']);
    expect(about(ids.deletedRhk)).toEqual(['rhk/delete', 'rhk/create']);
    expect(about(ids.templat)).toEqual(['skpTemplate/create']);
    const actions = new Set(rows.map((r) => r.action));
    for (const a of ['rhk/create', 'rhk/link', 'rhk/catatan', 'rhk/update', 'rhk/perubahan', 'rhk/terapkanMassal']) expect(actions).toContain(a);
  });

  it('…and nothing about unit A\'s SKP or RHK', async () => {
    const rows = await auditOf(operatorB);
    expect(rows.some((r) => r.entityId === ids.stafA || r.entityId === ids.stafARhk)).toBe(false);
    expect(unwrap(await w.t.call('audit/list', { entityId: ids.stafA, limit: 50 }, operatorB))).toEqual([]);
  });

  it('the whole-instansi operator reads both units', async () => {
    const rows = await auditOf(w.admin);
    expect(rows.some((r) => r.entityId === ids.stafA)).toBe(true);
    expect(rows.some((r) => r.entityId === ids.stafB)).toBe(true);
  });
});

/** Every `'skp/…'`, `'rhk/…'`, `'skpTemplate/…'` literal in the core's services and repositories. */
function auditCodesInCore(): Set<string> {
  const codes = new Set<string>(SKP_ACTIONS.map((a) => `skp/${a}`));
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (path.endsWith('.ts')) {
        // Channel names inside ParsedArgsOf<…>/ResultOf<…> and sync commands (…/upsert) are not audit codes.
        for (const m of readFileSync(path, 'utf8').matchAll(/(?<![A-Za-z]<)'((?:skp|rhk|skpTemplate)\/[A-Za-z]+)'/g)) {
          if (m[1] && !m[1].endsWith('/upsert')) codes.add(m[1]);
        }
      }
    }
  };
  walk('electron/core/services');
  walk('electron/core/db/repositories');
  return codes;
}

describe('audit labels', () => {
  it('every SKP/RHK audit code written by the core (found in the source or in the log) is labelled in both languages', async () => {
    const logged = await w.t.core.context.db.selectFrom('auditLog').select(['action', 'entity']).distinct().execute();
    const codes = new Set([...auditCodesInCore(), ...logged.map((r) => r.action)]);
    expect(codes.size).toBeGreaterThan(15);
    for (const code of codes) {
      expect(idDict.audit.actions[code], `id: ${code}`).toBeTruthy();
      expect(enDict.audit.actions[code], `en: ${code}`).toBeTruthy();
    }
    for (const entity of new Set(logged.map((r) => r.entity))) {
      expect(idDict.audit.entities[entity], `id: ${entity}`).toBeTruthy();
      expect(enDict.audit.entities[entity], `en: ${entity}`).toBeTruthy();
    }
  });
});
