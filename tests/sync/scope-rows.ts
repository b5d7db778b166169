/**
 * The server's rows a desk must hold, worked out here independently of the server's pull code:
 *   - its scope: the unit subtree of the enrolling account, the units above it, the jabatan of the
 *     subtree with their atasan chain, the pegawai of the subtree and the holders of that chain,
 *     the accounts of the subtree, SKP (with RHK) of those units and of that chain, templates of
 *     the subtree's jabatan;
 *   - the evaluation rows of the subtree's SKP and units (never the atasan chain's) and the
 *     instansi's pengaturan kinerja;
 *   - the accounts, in full, of the penilai and atasan penilai of every jabatan of the subtree
 *     and every jabatan its pegawai hold, and of the acting penilai of the subtree's penilai
 *     overrides (they sign in there for an offline appraisal); not of the read-only atasan chain,
 *     whose people are appraised elsewhere;
 *   - its closure: every row a held row refers to, and so on (a pegawai of the subtree holding a
 *     sibling unit's jabatan brings that jabatan, an RHK its atasan RHK, an SKP its penilai);
 *     accounts that come only by closure are stubs, without `USER_PRIVATE_FIELDS`.
 */
import type { ServerDb } from '../../server/db/connect.js';
import { USER_PRIVATE_FIELDS, type SyncEntity } from '../../shared/sync-protocol.js';
import { serverRows, type Rows } from './replica-rows.js';

type Row = Record<string, unknown> & { id: string };
type Ref = { entity: SyncEntity; id: string };

const str = (v: unknown): string[] => (typeof v === 'string' ? [v] : []);
const field = (v: unknown, k: string): unknown => (typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[k] : undefined);

/** What one row refers to (the reference map as this test reads the wire rows). */
function refsOf(entity: SyncEntity, r: Row): Ref[] {
  const to = (e: SyncEntity, ids: string[]): Ref[] => ids.map((id) => ({ entity: e, id }));
  switch (entity) {
    case 'instansi':
      return [];
    case 'unit_kerja':
      return to('unit_kerja', str(r.parentId));
    case 'jabatan':
      return [...to('unit_kerja', str(r.unitId)), ...to('jabatan', str(r.atasanJabatanId))];
    case 'pegawai':
      return [...to('unit_kerja', str(r.unitId)), ...to('jabatan', str(r.jabatanId))];
    case 'user':
      return [...to('unit_kerja', str(r.unitId)), ...to('pegawai', str(r.pegawaiId))];
    case 'skp': {
      const riwayat = Array.isArray(r.riwayat) ? r.riwayat : [];
      return [
        ...to('pegawai', [...str(r.pegawaiId), ...str(field(r.penilai, 'penilaiPegawaiId')), ...str(field(r.penilai, 'atasanPenilaiPegawaiId')), ...str(field(r.delegasi, 'penilaiPegawaiId'))]),
        ...to('jabatan', [...str(r.jabatanId), ...str(field(r.penilai, 'penilaiJabatanId')), ...str(field(r.penilai, 'atasanPenilaiJabatanId'))]),
        ...to('unit_kerja', str(r.unitId)),
        ...to('skp', str(r.previousVersionId)),
        ...to('user', [...str(r.approvedByUserId), ...riwayat.flatMap((h) => str(field(h, 'actorUserId')))]),
        ...to('pegawai', riwayat.flatMap((h) => str(field(field(h, 'delegasi'), 'penilaiPegawaiId')))),
      ];
    }
    case 'rhk':
      return [...to('skp', str(r.skpId)), ...to('rhk', [...str(r.intervensiRhkId), ...str(r.asalRhkId)])];
    case 'skp_template':
      return to('jabatan', str(r.jabatanId));
    case 'pengaturan_kinerja':
      return to('instansi', str(r.instansiId));
    case 'penilai_override':
      return [...to('pegawai', [...str(r.pegawaiId), ...str(r.penilaiPegawaiId)]), ...to('unit_kerja', str(r.unitId))];
    case 'realisasi':
      return [...to('skp', str(r.skpId)), ...to('rhk', (Array.isArray(r.items) ? r.items : []).flatMap((i) => str(field(i, 'rhkId'))))];
    case 'laporan_harian':
      return [...to('skp', str(r.skpId)), ...to('rhk', str(r.rhkId))];
    case 'umpan_balik':
      return [...to('skp', str(r.skpId)), ...to('rhk', str(r.rhkId)), ...to('user', str(r.authorUserId))];
    case 'evaluasi':
      return [
        ...to('skp', str(r.skpId)),
        ...to('pegawai', str(r.penilaiPegawaiId)),
        ...to('user', (Array.isArray(r.riwayat) ? r.riwayat : []).flatMap((h) => str(field(h, 'actorUserId')))),
      ];
    case 'predikat_organisasi':
      return to('unit_kerja', str(r.unitId));
  }
}

export async function deviceUnit(db: ServerDb, deviceId: string): Promise<string> {
  const d = await db.selectFrom('device').select('unitId').where('id', '=', deviceId).executeTakeFirstOrThrow();
  return d.unitId;
}

export async function serverRowsInScope(db: ServerDb, instansiId: string, unitId: string): Promise<Rows> {
  const all = await serverRows(db, instansiId);
  const rows = (e: SyncEntity): Row[] => all[e] as Row[];
  const byId = new Map<string, Map<string, Row>>();
  for (const e of Object.keys(all) as SyncEntity[]) byId.set(e, new Map(rows(e).map((r) => [r.id, r])));
  const get = (e: SyncEntity, id: string): Row | undefined => byId.get(e)?.get(id);

  const W = new Set<string>([unitId]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const u of rows('unit_kerja')) {
      if (typeof u.parentId !== 'string' || !W.has(u.parentId) || W.has(u.id)) continue;
      W.add(u.id);
      grew = true;
    }
  }
  const chain = new Set<string>();
  for (const j of rows('jabatan')) {
    if (!W.has(String(j.unitId))) continue;
    for (let up = get('jabatan', String(j.atasanJabatanId)); up && !chain.has(up.id); up = get('jabatan', String(up.atasanJabatanId))) if (!W.has(String(up.unitId))) chain.add(up.id);
  }
  const held = new Map<SyncEntity, Set<string>>(Object.keys(all).map((e) => [e as SyncEntity, new Set<string>()]));
  const add = (e: SyncEntity, id: string): boolean => {
    const s = held.get(e);
    if (!s || s.has(id) || !get(e, id)) return false;
    s.add(id);
    return true;
  };
  for (const r of rows('instansi')) add('instansi', r.id);
  for (let u = get('unit_kerja', unitId); u; u = get('unit_kerja', String(u.parentId))) add('unit_kerja', u.id);
  for (const u of W) add('unit_kerja', u);
  const inScope = (r: Row, jabatanKey: string) => W.has(String(r.unitId)) || chain.has(String(r[jabatanKey]));
  for (const j of rows('jabatan')) if (inScope(j, 'id')) add('jabatan', j.id);
  for (const p of rows('pegawai')) if (inScope(p, 'jabatanId')) add('pegawai', p.id);
  for (const u of rows('user')) if (W.has(String(u.unitId))) add('user', u.id);
  for (const s of rows('skp')) if (inScope(s, 'jabatanId')) add('skp', s.id);
  for (const r of rows('rhk')) if (held.get('skp')?.has(String(r.skpId))) add('rhk', r.id);
  for (const t of rows('skp_template')) if (W.has(String(get('jabatan', String(t.jabatanId))?.unitId))) add('skp_template', t.id);
  // Evaluation rows: of the subtree's SKP (not the atasan chain's), of the subtree's units, and
  // the instansi's pengaturan everywhere.
  for (const e of ['realisasi', 'laporan_harian', 'umpan_balik', 'evaluasi'] as const) {
    for (const r of rows(e)) if (W.has(String(get('skp', String(r.skpId))?.unitId))) add(e, r.id);
  }
  for (const e of ['penilai_override', 'predikat_organisasi'] as const) for (const r of rows(e)) if (W.has(String(r.unitId))) add(e, r.id);
  for (const r of rows('pengaturan_kinerja')) add('pengaturan_kinerja', r.id);

  // Penilai and atasan penilai accounts, in full: of the subtree's jabatan and of the jabatan its
  // pegawai hold. Not of the read-only atasan chain: nobody on the chain is appraised at this desk,
  // and counting it would make the chain's third step up (a Kadis above Kabid 2 above Kabid 1
  // above the Sub-bidang) a "penilai" here, which the product deliberately does not do
  // (server/services/pull/closure.ts, electron/core/sync/lapsed-scope.ts; seed 986570717,
  // penilai-chain-scope.test.ts).
  const heldJabatan = new Set(rows('jabatan').flatMap((j) => (W.has(String(j.unitId)) ? [j.id] : [])));
  for (const p of rows('pegawai')) if (W.has(String(p.unitId))) for (const j of str(p.jabatanId)) heldJabatan.add(j);
  const rating = new Set<string>();
  for (const j of heldJabatan) {
    const a1 = get('jabatan', String(get('jabatan', j)?.atasanJabatanId));
    const a2 = a1 && get('jabatan', String(a1.atasanJabatanId));
    for (const a of [a1, a2]) if (a) rating.add(a.id);
  }
  // And of the acting penilai of the subtree's penilai overrides that are not withdrawn (a Plt.).
  const acting = new Set(rows('penilai_override').flatMap((o) => (W.has(String(o.unitId)) && o.dibatalkan !== true ? str(o.penilaiPegawaiId) : [])));
  for (const p of rows('pegawai')) if (rating.has(String(p.jabatanId)) || acting.has(p.id)) for (const u of rows('user')) if (u.pegawaiId === p.id) add('user', u.id);
  const full = new Set(held.get('user'));

  // Closure, to a fixed point.
  const queue: Ref[] = [...held].flatMap(([entity, ids]) => [...ids].map((id) => ({ entity, id })));
  for (let next = queue.pop(); next; next = queue.pop()) {
    const row = get(next.entity, next.id);
    if (row) for (const ref of refsOf(next.entity, row)) if (add(ref.entity, ref.id)) queue.push(ref);
  }
  const out: Rows = { ...all };
  for (const e of Object.keys(all) as SyncEntity[]) out[e] = rows(e).filter((r) => held.get(e)?.has(r.id));
  out.user = rows('user')
    .filter((u) => held.get('user')?.has(u.id))
    .map((u) => (full.has(u.id) ? u : { ...u, ...Object.fromEntries(USER_PRIVATE_FIELDS.map((f) => [f, null])) }));
  return out;
}
