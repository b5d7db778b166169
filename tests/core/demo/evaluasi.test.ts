/**
 * The demo carries a year of pelaksanaan and penilaian (issue 10): realisasi that refers to its
 * SKP's RHK and indikator, ratings whose predikat follows the matrix, locked periods with their
 * 'kunci' step by the penilai, the current quarter in progress and unrated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core/app.js';
import { allDocs } from '../../../electron/core/db/repositories/evaluasi-doc-repo.js';
import { DEMO_PASSWORD } from '../../../electron/core/services/setup-service.js';
import { generateDemoUnit } from '../../../electron/core/demo/generate.js';
import { demoSkp } from '../../../electron/core/demo/skp.js';
import { demoEvaluasi } from '../../../electron/core/demo/evaluasi.js';
import { derivedId } from '../../../electron/core/ids.js';
import { predikatOf } from '../../../shared/domain/evaluasi/predikat.js';
import { PREDIKATS, type Predikat } from '../../../shared/domain/evaluasi/types.js';
import { EVALUASI_ENTITIES } from '../../../shared/sync-rows-evaluasi.js';
import { makeCore, unwrap, type TestCore } from '../helpers.js';

const NOW = '2025-11-20T03:00:00.000Z';

function generated(n: number) {
  const d = generateDemoUnit({ pegawaiCount: n, seed: 2022 });
  const units = new Map(d.units.map((u) => [u.kode, { nama: u.nama, parentId: u.parentKode }]));
  let next = 0;
  // Ids must be UUIDs for the wire schemas: a counter laid out as one.
  const newId = () => `00000000-0000-7000-8000-${(next++).toString(16).padStart(12, '0')}`;
  const userOf = new Map(d.pegawai.map((p, i) => [p.nip, `10000000-0000-7000-8000-${i.toString(16).padStart(12, '0')}`]));
  const plans = demoSkp({
    tahun: 2025, now: NOW, units, operatorUserId: userOf.get(d.pegawai[0]?.nip ?? '') ?? '', userOf, newId,
    jabatan: d.jabatan.map((j) => ({ id: j.kode, nama: j.nama, atasanJabatanId: j.atasanKode, unitId: j.unitKode })),
    pegawai: d.pegawai.map((p) => ({ id: p.nip, jabatanId: p.jabatanKode, unitId: p.unitKode })),
  });
  const e = demoEvaluasi({ now: NOW, instansiId: newId(), skp: plans.skp, rhk: plans.rhk, userOf, topUnitIds: ['01', '01.01', '01.02'], newId, derivedId });
  return { d, ...plans, e, userOf };
}

const BIG = generated(10_000);

describe('the demo evaluation', () => {
  it('rates past quarters with a believable spread, the predikat from the matrix', () => {
    const rows = BIG.e.evaluasi.map((x) => x.row);
    expect(rows.length).toBeGreaterThan(BIG.skp.filter((s) => s.status === 'disetujui').length * 2);
    for (const r of rows) expect(r.predikat).toBe(predikatOf(r.ratingHasilKerja ?? 'sesuai', r.ratingPerilaku ?? 'sesuai'));
    const count = (p: Predikat) => rows.filter((r) => r.predikat === p).length / rows.length;
    expect(count('baik')).toBeGreaterThan(0.6);
    expect(count('sangat_baik')).toBeGreaterThan(0.03);
    expect(count('butuh_perbaikan')).toBeGreaterThan(0.03);
    expect(count('kurang')).toBeGreaterThan(0);
    expect(count('kurang')).toBeLessThan(0.05);
    expect(PREDIKATS.reduce((s, p) => s + count(p), 0)).toBeCloseTo(1);
    // TW1–TW3 have passed on 20 November; TW4 is in progress and the year is not over.
    expect(new Set(rows.map((r) => r.periode))).toEqual(new Set(['TW1', 'TW2', 'TW3']));
    expect(BIG.e.realisasi.filter((r) => r.row.periode === 'TW4').every((r) => r.row.status === 'draft')).toBe(true);
    expect(BIG.e.realisasi.some((r) => r.row.periode === 'TW4')).toBe(true);
  });

  it('locks most finished periods, each with a kunci step by the penilai and later steps in order', () => {
    const skpOf = new Map(BIG.skp.map((s) => [s.id, s]));
    const rows = BIG.e.evaluasi.map((x) => x.row);
    const locked = rows.filter((r) => r.terkunci);
    expect(locked.length / rows.length).toBeGreaterThan(0.7);
    expect(rows.some((r) => !r.terkunci)).toBe(true);
    expect(rows.some((r) => r.riwayat.some((e) => e.action === 'buka'))).toBe(true);
    // Collected, not asserted row by row: tens of thousands of rows.
    const wrong = rows.filter((r) => {
      const skp = skpOf.get(r.skpId);
      const penilaiUser = BIG.userOf.get(r.penilaiPegawaiId ?? '');
      const actions = r.riwayat.map((e) => e.action);
      const ats = r.riwayat.map((e) => e.at);
      return (
        r.penilaiPegawaiId !== skp?.penilai?.penilaiPegawaiId ||
        r.terkunci !== actions.lastIndexOf('kunci') > actions.lastIndexOf('buka') ||
        actions[0] !== 'nilai' ||
        r.riwayat.some((e) => e.actorUserId !== (e.action === 'terima' ? BIG.userOf.get(skp?.pegawaiId ?? '') : penilaiUser)) ||
        r.riwayat.some((e) => e.commandId !== undefined || e.at > NOW || [0, 6].includes(new Date(e.at).getUTCDay())) ||
        ats.some((a, i) => i > 0 && a < (ats[i - 1] ?? '')) ||
        (r.diterimaAt !== null && !r.terkunci) ||
        r.id !== derivedId('evaluasi', r.skpId, r.periode)
      );
    });
    expect(wrong).toEqual([]);
  });

  it('has realisasi only of approved SKP, every item an indikator of an RHK of that SKP', () => {
    const skpOf = new Map(BIG.skp.map((s) => [s.id, s]));
    const indikatorOf = new Map(BIG.rhk.map((r) => [r.id, { skpId: r.skpId, ids: new Set(r.indikator.map((i) => i.id)) }]));
    const perSkp = new Map<string, number>();
    for (const r of BIG.rhk) perSkp.set(r.skpId, (perSkp.get(r.skpId) ?? 0) + r.indikator.length);
    const wrong = BIG.e.realisasi.filter(({ row }) =>
      skpOf.get(row.skpId)?.status !== 'disetujui' ||
      row.items.length !== perSkp.get(row.skpId) ||
      row.items.some((item) => indikatorOf.get(item.rhkId)?.skpId !== row.skpId || !indikatorOf.get(item.rhkId)?.ids.has(item.indikatorId)) ||
      row.id !== derivedId('realisasi', row.skpId, row.periode),
    );
    expect(wrong).toEqual([]);
    const statuses = new Set(BIG.e.realisasi.filter((r) => r.row.periode !== 'TW4').map((r) => r.row.status));
    expect(statuses).toEqual(new Set(['dilaporkan', 'draft', 'revisi']));
    expect(BIG.e.realisasi.some((r) => r.row.items.some((i) => i.bukti.length > 0))).toBe(true);
  });

  it('rates only reported periods, after the report', () => {
    const reported = new Map(BIG.e.realisasi.map((r) => [`${r.row.skpId} ${r.row.periode}`, r.row]));
    for (const { row } of BIG.e.evaluasi) {
      const r = reported.get(`${row.skpId} ${row.periode}`);
      expect(r?.status).toBe('dilaporkan');
      expect((row.riwayat[0]?.at ?? '') > (r?.dilaporkanAt ?? '~')).toBe(true);
    }
  });

  it('writes a dialog kinerja between the two parties and laporan harian of the last weeks', () => {
    const skpOf = new Map(BIG.skp.map((s) => [s.id, s]));
    expect(BIG.e.umpanBalik.length).toBeGreaterThan(1000);
    for (const { row } of BIG.e.umpanBalik) {
      const skp = skpOf.get(row.skpId);
      expect([BIG.userOf.get(skp?.pegawaiId ?? ''), BIG.userOf.get(skp?.penilai?.penilaiPegawaiId ?? '')]).toContain(row.authorUserId);
      expect(row.at <= NOW).toBe(true);
    }
    expect(BIG.e.laporanHarian.length).toBeGreaterThan(1000);
    const minutes = new Map<string, number>();
    for (const { row } of BIG.e.laporanHarian) {
      expect(row.tanggal >= '2025-10-30' && row.tanggal <= NOW.slice(0, 10)).toBe(true);
      minutes.set(`${row.skpId} ${row.tanggal}`, (minutes.get(`${row.skpId} ${row.tanggal}`) ?? 0) + row.menit);
    }
    expect(Math.max(...minutes.values())).toBeLessThanOrEqual(450);
  });

  it('repeats for a seed', () => {
    const e = generated(300).e;
    expect(e.predikatOrganisasi.map((r) => r.row.predikat)).toEqual(['baik', 'istimewa', 'baik']);
    expect(generated(300).e).toEqual(e);
  });
});

describe('the loaded demo evaluation', () => {
  let t: TestCore;
  beforeAll(async () => {
    t = await makeCore({ coreFactory: (o) => createCore({ ...o, clock: () => new Date(NOW) }) });
    unwrap(await t.call('setup/loadDemo', { pegawaiCount: 300 }, null));
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores rows the wire schemas accept, quarterly settings and the predikat organisasi of the top units', async () => {
    const db = t.core.context.db;
    for (const entity of EVALUASI_ENTITIES) {
      const rows = await allDocs(db, entity);
      if (entity !== 'penilai_override') expect(rows.length, entity).toBeGreaterThan(0);
    }
    expect((await allDocs(db, 'pengaturan_kinerja')).map((r) => r.periodeEvaluasi)).toEqual(['triwulanan']);
    const top = await db.selectFrom('unitKerja').select('id').where('parentId', 'is', null).executeTakeFirstOrThrow();
    expect((await allDocs(db, 'predikat_organisasi')).map((r) => r.unitId)).toContain(top.id);
  });

  it('opens a locked quarter in the appraisal session for its penilai', async () => {
    const db = t.core.context.db;
    const locked = (await allDocs(db, 'evaluasi')).find((e) => e.terkunci && e.periode === 'TW2');
    const penilai = await db.selectFrom('pegawai').select('nip').where('id', '=', locked?.penilaiPegawaiId ?? '').executeTakeFirstOrThrow();
    const s = unwrap(await t.call('auth/signIn', { nip: penilai.nip, password: DEMO_PASSWORD }, null));
    const view = unwrap(await t.call('evaluasi/session', { skpId: locked?.skpId ?? '', periode: 'TW2' }, s.token));
    expect(view.terkunci).toBe(true);
    expect(view.predikat).toBe(locked?.predikat);
    expect(view.riwayat.map((e) => e.action)).toContain('kunci');
    expect(view.rhk.length).toBe(8);
  });
});
