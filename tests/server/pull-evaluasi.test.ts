import { createHash } from 'node:crypto';
import { v7 } from 'uuid';
import { describe, expect, it } from 'vitest';
import { BUKTI_MAX_BYTES } from '../../shared/bukti-rules.js';
import type { PulledChange, SyncRow } from '../../shared/sync-protocol.js';
import { command, type Device } from './client.js';
import { blankEvaluasi, evaluasiCommand, realisasiRow, useEvaluasiWorld, verdicts } from './evaluasi-fixtures.js';
import { backends } from './harness.js';

const sha = (b: Buffer): string => createHash('sha256').update(b).digest('hex');

describe.each(backends())('evaluation rows in pulls, and evidence files, on $name', (backend) => {
  const w = useEvaluasiWorld(backend);
  const changesOf = async (d: Device): Promise<Map<string, PulledChange>> =>
    new Map((await w.api.pullAll(d)).pages.flatMap((p) => p.changes).map((c) => [`${c.entity}:${c.id}`, c]));

  it("gives a sub-unit device its own SKP's rows and the acting penilai's account, not the atasan chain's evaluations", async () => {
    const own = evaluasiCommand(w, blankEvaluasi(w.skp.id, 'TW1'), 'nilai', { baseVersion: null, input: { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' } });
    const chain = evaluasiCommand(w, blankEvaluasi(w.atasanSkp.id, 'TW1'), 'nilai', {
      baseVersion: null,
      input: { ratingHasilKerja: 'sesuai', ratingPerilaku: 'sesuai' },
      as: w.acc.kadis,
      penilaiIds: [w.org.pegawai.kadis.id],
    });
    const realisasi = realisasiRow(w);
    const override: SyncRow<'penilai_override'> = {
      id: v7(),
      pegawaiId: w.org.pegawai.stafA1.id,
      unitId: w.org.units.a1.id,
      penilaiPegawaiId: w.org.pegawai.kabidB.id,
      jenis: 'plh',
      mulai: '2025-03-01',
      selesai: '2025-03-31',
      alasan: 'Plh. selama cuti',
      dibatalkan: false,
    };
    const pengaturan = { id: v7(), instansiId: w.org.instansi.id, periodeEvaluasi: 'triwulanan' as const, batasEvaluasiTahunan: '01-31', menitEfektifBulanan: 7260 };
    const predikat = { id: v7(), unitId: w.org.units.a.id, tahun: 2025, predikat: 'baik' as const };
    const a = await w.api.push(w.devA, [
      own.cmd,
      command('realisasi/upsert', realisasi, null, w.acc.stafA1.id),
      command('penilaiOverride/upsert', override, null, w.acc.operatorA1.id),
      command('predikatOrganisasi/upsert', predikat, null, w.org.users.operatorA.id),
    ]);
    const root = await w.api.push(w.devRoot, [chain.cmd, command('pengaturanKinerja/upsert', pengaturan, null, w.org.users.admin.id)]);
    expect(verdicts([...a, ...root])).toEqual(Array(6).fill('accepted'));

    const devA1 = await w.api.device(w.acc.operatorA1.nip);
    const a1 = await changesOf(devA1);
    expect(a1.get(`evaluasi:${own.row.id}`)).toMatchObject({ readOnly: false, row: own.row });
    expect(a1.get(`realisasi:${realisasi.id}`)).toMatchObject({ readOnly: false, row: realisasi });
    expect(a1.get(`penilai_override:${override.id}`)).toMatchObject({ readOnly: false, row: override });
    expect(a1.get(`pengaturan_kinerja:${pengaturan.id}`)).toMatchObject({ readOnly: true, row: pengaturan });
    // The atasan's SKP comes (read-only, for the RHK picker), its evaluation does not; nor unit A's predikat.
    expect(a1.get(`skp:${w.atasanSkp.id}`)).toMatchObject({ readOnly: true });
    expect(a1.has(`evaluasi:${chain.row.id}`)).toBe(false);
    expect(a1.has(`predikat_organisasi:${predikat.id}`)).toBe(false);
    // The Plh. can sign in here to rate: their full account, with its password hash.
    const plh = a1.get(`user:${w.acc.kabidB.id}`);
    expect(plh?.row).toMatchObject({ id: w.acc.kabidB.id, passwordHash: w.acc.kabidB.passwordHash });

    const top = await changesOf(w.devRoot);
    expect(top.get(`evaluasi:${chain.row.id}`)).toMatchObject({ readOnly: false });
    expect(top.get(`pengaturan_kinerja:${pengaturan.id}`)).toMatchObject({ readOnly: false });
    const b = await changesOf(w.devB);
    expect([...b.values()].filter((c) => ['evaluasi', 'realisasi', 'penilai_override', 'predikat_organisasi'].includes(c.entity))).toEqual([]);
  });

  const put = (d: Device, hash: string, body: Buffer, type = 'application/pdf') =>
    w.app.inject({ method: 'PUT', url: `/v1/files/${hash}`, headers: { authorization: `Bearer ${d.token}`, 'content-type': type }, payload: body });

  it('stores an evidence file once by its sha-256, refuses a wrong hash, an unknown kind and an oversized file', async () => {
    const pdf = Buffer.from('%PDF-1.4 bukti dukung');
    const first = await put(w.devA, sha(pdf), pdf);
    const again = await put(w.devA, sha(pdf), pdf);
    expect([first.statusCode, again.statusCode]).toEqual([200, 200]);
    expect(first.json()).toEqual({ sha256: sha(pdf), ukuran: pdf.length, stored: true });
    expect(again.json()).toMatchObject({ stored: false });
    const rows = await w.db.selectFrom('buktiFile').select('sha256').where('instansiId', '=', w.org.instansi.id).execute();
    expect(rows).toHaveLength(1);

    const wrong = await put(w.devA, sha(Buffer.from('lain')), pdf);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const gif = await put(w.devA, sha(pdf), pdf, 'image/gif');
    expect(gif.statusCode).toBe(415);
    const big = Buffer.alloc(BUKTI_MAX_BYTES + 1, 1);
    const tooBig = await put(w.devA, sha(big), big);
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json()).toMatchObject({ ok: false, error: { code: 'PAYLOAD_TOO_LARGE' } });

    const got = await w.app.inject({ method: 'GET', url: `/v1/files/${sha(pdf)}`, headers: { authorization: `Bearer ${w.devB.token}` } });
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toBe('application/pdf');
    expect(got.rawPayload.equals(pdf)).toBe(true);
    const missing = await w.app.inject({
      method: 'POST',
      url: '/v1/files/missing',
      headers: { authorization: `Bearer ${w.devA.token}` },
      payload: { sha256: [sha(pdf), sha(big)] },
    });
    expect(missing.json()).toEqual({ missing: [sha(big)] });
    const none = await w.app.inject({ method: 'GET', url: `/v1/files/${sha(big)}`, headers: { authorization: `Bearer ${w.devA.token}` } });
    expect(none.statusCode).toBe(404);
    const anonymous = await w.app.inject({ method: 'GET', url: `/v1/files/${sha(pdf)}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it('accepts a realisasi naming an uploaded file, and keeps files of one instansi from another', async () => {
    const pdf = Buffer.from('%PDF-1.4 laporan triwulan');
    expect((await put(w.devA, sha(pdf), pdf)).statusCode).toBe(200);
    const bukti = { kind: 'file' as const, sha256: sha(pdf), nama: 'laporan.pdf', mime: 'application/pdf', ukuran: pdf.length };
    const row = realisasiRow(w);
    const withFile = { ...row, items: row.items.map((i) => ({ ...i, bukti: [bukti] })) };
    const [o] = await w.api.push(w.devA, [command('realisasi/upsert', withFile, null, w.acc.stafA1.id)]);
    expect(o?.status).toBe('accepted');
  });
});
