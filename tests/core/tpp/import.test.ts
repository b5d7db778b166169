import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_NIP, BUDI_NIP, SARI_NIP, csv, fails, kehadiranCount, ok, tppEnv, xlsx, type TppEnv } from './fixture.js';

let env: TppEnv;
beforeAll(async () => {
  env = await tppEnv();
});
afterAll(async () => {
  await env.t.close();
});

const preview = (fileName: string, base64: string, token = env.token) => ok(env, 'tpp/importPreview', { fileName, base64 }, token);

async function stored(): Promise<{ tanggal: string; masuk: number | null; pulang: number | null; pegawaiId: string }[]> {
  return env.t.core.context.db.selectFrom('kehadiran').select(['pegawaiId', 'tanggal', 'masuk', 'pulang']).orderBy('tanggal').orderBy('pegawaiId').execute();
}

describe('attendance import: bad rows are listed with their row number, nothing is stored', () => {
  it('lists every kind of bad row in a csv', async () => {
    const file = csv([
      'NIP;Tanggal;Jam Masuk;Jam Pulang', //                       row 1: header
      `${BUDI_NIP};05/01/2026;07:31;16:02`, //                     row 2: fine
      `199912312020121009;05/01/2026;07:30;16:00`, //             row 3: unknown NIP
      `${BUDI_NIP};06/01/2026;25:10;16:00`, //                     row 4: impossible time in
      `${BUDI_NIP};07/01/2026;16:00;07:00`, //                     row 5: out before in
      `${BUDI_NIP};31/02/2026;07:30;16:00`, //                     row 6: impossible date
      `${BUDI_NIP};05/01/2026;07:40;16:00`, //                     row 7: duplicate of row 2
      `12345;08/01/2026;07:30;16:00`, //                           row 8: not 18 digits
      `${BUDI_NIP};;07:30;16:00`, //                               row 9: no date
      `${BUDI_NIP};09/01/2026;07:30;16:61`, //                     row 10: impossible time out
    ]);
    const before = await kehadiranCount(env);
    const p = await preview('absen-januari.csv', file);
    expect(p.canCommit).toBe(false);
    expect(p.errors.map((e) => [e.row, e.kolom, e.pesan])).toEqual([
      [3, 'NIP', 'NIP tidak terdaftar sebagai pegawai.'],
      [4, 'Jam Masuk', 'Jam masuk tidak mungkin; tulis JJ:MM atau JJ.MM, misalnya 07:30.'],
      [5, 'Jam Pulang', 'Jam pulang (07:00) lebih awal dari jam masuk (16:00).'],
      [6, 'Tanggal', 'Tanggal tidak mungkin atau tidak dikenali; tulis HH/BB/TTTT (misalnya 05/01/2026) atau TTTT-BB-HH.'],
      [7, 'Tanggal', 'NIP dan tanggal ini sudah ada di baris 2; satu pegawai hanya satu baris per hari.'],
      [8, 'NIP', 'NIP harus 18 digit angka.'],
      [9, 'Tanggal', 'Tanggal kosong.'],
      [10, 'Jam Pulang', 'Jam pulang tidak mungkin; tulis JJ:MM atau JJ.MM, misalnya 16:00.'],
    ]);
    expect(p.errors[1]?.nilai).toBe('25:10');
    // The commit refuses too, and nothing was stored by either step.
    const e = await fails(env, 'tpp/importCommit', { previewId: p.previewId });
    expect(e.code).toBe('SHEET_HAS_ERRORS');
    expect(e.issues?.[0]).toEqual({ path: 'baris 3, NIP', message: 'NIP tidak terdaftar sebagai pegawai.' });
    expect(await kehadiranCount(env)).toBe(before);
  });

  it('lists the same kinds in an xlsx, with the row numbers Excel shows (title rows above the header)', async () => {
    const file = await xlsx([
      ['DATA KEHADIRAN JANUARI 2026'], // row 1
      [], //                              row 2 (empty: skipped, numbering kept)
      ['No', 'NIP', 'Nama', 'Tanggal', 'Scan Masuk', 'Scan Pulang'], // row 3
      [1, BUDI_NIP, 'Budi', '2026-01-05', '07.31', '16.02'], //           row 4: fine
      [2, '198807202012121003', 'X', '2026-01-05', '07:30', '16:00'], //  row 5: unknown NIP
      [3, BUDI_NIP, 'Budi', '2026-13-01', '07:30', '16:00'], //           row 6: impossible date
      [4, BUDI_NIP, 'Budi', '2026-01-05', '07:30', '16:00'], //           row 7: duplicate of row 4
    ]);
    const p = await preview('mesin.xlsx', file);
    expect(p.errors.map((e) => [e.row, e.kolom])).toEqual([
      [5, 'NIP'],
      [6, 'Tanggal'],
      [7, 'Tanggal'],
    ]);
    expect(await kehadiranCount(env)).toBe(0);
  });

  it('refuses pegawai outside the operator\'s units', async () => {
    const p = await preview('absen.csv', csv([`${BUDI_NIP},2026-01-05,07:30,16:00`, `${SARI_NIP},2026-01-05,07:30,16:00`]), env.operatorToken);
    expect(p.errors.map((e) => [e.row, e.pesan])).toEqual([[1, 'Pegawai ini berada di luar unit kerja Anda.']]);
  });

  it.each([
    ['not a workbook', 'absen.xlsx', Buffer.from('hello, this is not a zip').toString('base64'), 'bukan lembar kerja'],
    ['an unknown kind of file', 'absen.pdf', Buffer.from('%PDF-1.4').toString('base64'), 'Jenis berkas tidak dikenal'],
    ['binary named csv', 'absen.csv', Buffer.from([0, 1, 2, 3, 0]).toString('base64'), 'bukan teks'],
  ])('malformed: %s → INVALID_SHEET', async (_, fileName, base64, text) => {
    const e = await fails(env, 'tpp/importPreview', { fileName, base64 });
    expect(e.code).toBe('INVALID_SHEET');
    expect(e.message).toContain(text);
    expect(await kehadiranCount(env)).toBe(0);
  });

  it('a header without the time columns says which are missing', async () => {
    const e = await fails(env, 'tpp/importPreview', { fileName: 'absen.xlsx', base64: await xlsx([['NIP', 'Tanggal', 'Keterangan'], [BUDI_NIP, '2026-01-05', 'x']]) });
    expect(e.message).toContain('Kolom "Jam Masuk", "Jam Pulang" tidak ditemukan pada baris judul (baris 1)');
  });
});

describe('attendance import: good files', () => {
  it('reads a csv without header, comma-separated, mixed date and time forms; commit stores all', async () => {
    const file = csv([`${BUDI_NIP},05/01/2026,07:31,16:02`, `${BUDI_NIP},2026-01-06,7.45,16.00`, `"${ADMIN_NIP}",06/01/2026,07:29:59,`, `${ADMIN_NIP},07/01/2026,-,16:10`]);
    const p = await preview('absen.csv', file);
    expect(p.errors).toEqual([]);
    expect(p.counts).toEqual({ baris: 4, baru: 4, diganti: 0, sama: 0, pegawai: 2 });
    expect(p.rentang).toEqual({ mulai: '2026-01-05', selesai: '2026-01-07' });
    expect(await kehadiranCount(env)).toBe(0);
    const s = await ok(env, 'tpp/importCommit', { previewId: p.previewId });
    expect(s.counts.baru).toBe(4);
    const rows = await stored();
    const budi = rows.filter((r) => r.pegawaiId !== env.adminPegawaiId).map((r) => [r.tanggal, r.masuk, r.pulang]);
    // 07:31 = 451, 16:02 = 962; 7.45 = 465, 16.00 = 960.
    expect(budi).toEqual([
      ['2026-01-05', 451, 962],
      ['2026-01-06', 465, 960],
    ]);
    const admin = rows.filter((r) => r.pegawaiId === env.adminPegawaiId).map((r) => [r.tanggal, r.masuk, r.pulang]);
    // Seconds dropped (07:29:59 → 449); an empty check-out and a dash are "no scan".
    expect(admin).toEqual([
      ['2026-01-06', 449, null],
      ['2026-01-07', null, 970],
    ]);
  });

  it('a second import of the same days counts replaced and unchanged, and replaces', async () => {
    const p = await preview('ulang.csv', csv(['NIP;Tanggal;Masuk;Pulang', `${BUDI_NIP};05/01/2026;07:31;16:02`, `${BUDI_NIP};06/01/2026;07:30;16:00`, `${BUDI_NIP};08/01/2026;07:30;16:00`]));
    expect(p.counts).toEqual({ baris: 3, baru: 1, diganti: 1, sama: 1, pegawai: 1 });
    await ok(env, 'tpp/importCommit', { previewId: p.previewId });
    const budi = (await stored()).filter((r) => r.pegawaiId === env.budiId).map((r) => [r.tanggal, r.masuk]);
    expect(budi).toEqual([
      ['2026-01-05', 451],
      ['2026-01-06', 450],
      ['2026-01-08', 450],
    ]);
  });

  it('reads real date and time cells and a text NIP from xlsx', async () => {
    const file = await xlsx(
      [
        ['NIP', 'Tanggal', 'Jam Masuk', 'Jam Pulang'],
        [BUDI_NIP, new Date(Date.UTC(2026, 0, 12)), new Date(Date.UTC(1899, 11, 30, 7, 50)), 0.6875], // 0.6875 × 24 h = 16:30
      ],
      (ws) => {
        ws.getColumn(1).numFmt = '@';
      },
    );
    const p = await preview('mesin.xlsx', file);
    expect(p.errors).toEqual([]);
    await ok(env, 'tpp/importCommit', { previewId: p.previewId });
    const r = (await stored()).find((x) => x.tanggal === '2026-01-12');
    expect(r).toMatchObject({ masuk: 470, pulang: 990 });
  });

  it('a pegawai removed from scope between preview and commit stops the whole commit', async () => {
    const p = await preview('absen.csv', csv([`${SARI_NIP},2026-01-05,07:30,16:00`]), env.operatorToken);
    expect(p.canCommit).toBe(true);
    // Sari moves to the top unit, out of the Bidang operator's reach.
    await ok(env, 'pegawai/save', { id: env.sariId, nip: SARI_NIP, gelarDepan: '', nama: 'Sari Lestari', gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/c', jabatanId: null, unitId: env.rootUnitId, tmtMulai: null, tmtSelesai: null });
    const before = await kehadiranCount(env);
    const e = await fails(env, 'tpp/importCommit', { previewId: p.previewId }, env.operatorToken);
    expect(e.code).toBe('SHEET_HAS_ERRORS');
    expect(await kehadiranCount(env)).toBe(before);
    await ok(env, 'pegawai/save', { id: env.sariId, nip: SARI_NIP, gelarDepan: '', nama: 'Sari Lestari', gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/c', jabatanId: null, unitId: env.subUnitId, tmtMulai: null, tmtSelesai: null });
  });

  it('a preview is only its owner\'s', async () => {
    const p = await preview('absen.csv', csv([`${SARI_NIP},2026-01-20,07:30,16:00`]));
    expect((await fails(env, 'tpp/importCommit', { previewId: p.previewId }, env.operatorToken)).code).toBe('PREVIEW_EXPIRED');
  });
});
