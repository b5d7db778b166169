import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../shared/contract.js';
import { generateDemoUnit } from '../../../electron/core/demo/generate.js';
import { PEGAWAI_HEADER, call, demoEnv, preview, rawWorkbook, type Env } from './helpers.js';

let env: Env;
beforeAll(async () => {
  env = await demoEnv(30);
});
afterAll(async () => {
  await env.core.close();
});

// PNS NIPs only: a PNS NIP also passes the (looser) NI PPPK check, not the other way round.
const people = generateDemoUnit({ pegawaiCount: 12, seed: 5150 }).pegawai.filter((p) => p.jenisAsn === 'PNS');
const nipOf = (i: number): string => people[i]?.nip ?? '';

describe('what spreadsheet programs put in cells', () => {
  it('reads formulas by their result, rich text, date cells, text dates, and skips blank rows', async () => {
    const file = await rawWorkbook({
      Pegawai: [
        PEGAWAI_HEADER,
        [nipOf(0), 'Dr.', 'Siti Aminah', 'M.Si.', 'PNS', 'IV/a', 'JAB-00001', '01', new Date(Date.UTC(2024, 0, 2)), null],
        [null, null, null, null, null, null, null, null, null, null],
        [nipOf(1), '', 'Rahmat', '', 'PPPK', 'ix', '', '01', '15/07/2023', ''],
      ],
    }, (ws) => {
      // Row 5 written below: a formula with a cached result and a rich-text name.
      ws.getCell('A5').value = { formula: 'TEXT(1,"0")', result: nipOf(2) };
      ws.getCell('C5').value = { richText: [{ text: 'Budi ' }, { text: 'Santoso', font: { bold: true } }] };
      ws.getCell('E5').value = 'PNS';
      ws.getCell('F5').value = 'III/b';
      ws.getCell('H5').value = '01';
    });
    const p = await preview(env, file);
    expect(p.errors).toEqual([]);
    expect(p.counts.pegawai.insert).toBe(3);
    await call(env, 'sheets/commit', { previewId: p.previewId });
    const first = await call(env, 'pegawai/search', { query: nipOf(0), offset: 0, limit: 1 });
    expect(first.rows[0]?.namaLengkap).toBe('Dr. Siti Aminah, M.Si.');
    const detail = await call(env, 'pegawai/get', { id: first.rows[0]?.id ?? '' });
    expect(detail.pegawai.tmtMulai).toBe('2024-01-02');
    const pppk = await call(env, 'pegawai/search', { query: nipOf(1), offset: 0, limit: 1 });
    expect(pppk.rows[0]?.golongan).toBe('IX');
    expect((await call(env, 'pegawai/get', { id: pppk.rows[0]?.id ?? '' })).pegawai.tmtMulai).toBe('2023-07-15');
    const rich = await call(env, 'pegawai/search', { query: nipOf(2), offset: 0, limit: 1 });
    expect(rich.rows[0]?.namaLengkap).toBe('Budi Santoso');
  });

  it('reports progress while reading and checking a long sheet', async () => {
    const events: CoreEvent[] = [];
    const off = env.core.onEvent((e) => events.push(e));
    const rows = Array.from({ length: 2_500 }, (_, i) => [`1${String(i).padStart(5, '0')}`, '', 'X', '', 'PNS', 'III/a', '', '01', null, null]);
    await preview(env, await rawWorkbook({ Pegawai: [PEGAWAI_HEADER, ...rows] }));
    off();
    const phases = events.flatMap((e) => (e.name === 'progress' ? [`${e.payload.phase} ${e.payload.done}/${e.payload.total}`] : []));
    expect(phases).toContain('membaca Pegawai 1000/2500');
    expect(phases).toContain('membaca Pegawai 2500/2500');
    expect(phases).toContain('memeriksa 2500/2500');
    expect(phases.at(-1)).toBe('selesai 1/1');
  });
});
