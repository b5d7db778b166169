import { performance } from 'node:perf_hooks';
import { demoCore } from '../demo-core.js';
import { percentile, report } from '../report.js';
import { floorRatio } from '../sql-floor.js';

/**
 * Pegawai search in the core (the path a keystroke in the search box takes: contract validation,
 * session check, SQL, mapping) on a 10,000-pegawai demo unit: name fragments and NIP prefixes.
 */
export async function run(): Promise<void> {
  const { core, token, file, dispose } = await demoCore(10_000);
  try {
    const rows: { nip: string; namaLengkap: string }[] = [];
    for (let offset = 0; offset < 2000; offset += 500) {
      const page = await core.invoke('pegawai/search', { query: '', offset, limit: 500 }, token);
      if (!page.ok) throw new Error(page.error.message);
      rows.push(...(page.value as { rows: { nip: string; namaLengkap: string }[] }).rows);
    }
    const queries: string[] = [];
    for (let i = 0; i < rows.length && queries.length < 400; i += 5) {
      const r = rows[i];
      if (!r) continue;
      const word = r.namaLengkap.split(/[ ,]+/).find((w) => w.length >= 4) ?? r.namaLengkap;
      queries.push(word.slice(0, 3 + (i % 3)).toLowerCase(), r.nip.slice(0, 6 + (i % 8)));
    }
    for (const q of queries.slice(0, 20)) await core.invoke('pegawai/search', { query: q, offset: 0, limit: 100 }, token);
    const samples: number[] = [];
    for (const q of queries) {
      const t0 = performance.now();
      const r = await core.invoke('pegawai/search', { query: q, offset: 0, limit: 100 }, token);
      samples.push(performance.now() - t0);
      if (!r.ok) throw new Error(r.error.message);
    }
    report('search', 'pegawai_p50', percentile(samples, 50), 'ms');
    report('search', 'pegawai_p99', percentile(samples, 99), 'ms');
    // The floor: one name fragment's search, its SQL replayed on a second connection.
    const q = queries[0] ?? 'sri';
    const f = await floorRatio(file, () => core.invoke('pegawai/search', { query: q, offset: 0, limit: 100 }, token));
    report('search', 'pegawai_floor_p50', f.floorP50, 'ms');
    report('search', 'pegawai_floor_ratio', f.ratio, 'x');
    // Every word in any order: two name words typed in reverse ("nurjanah siti").
    const reversed = rows
      .map((r) => r.namaLengkap.split(/[ ,.]+/).filter((w) => w.length >= 3))
      .filter((ws) => ws.length >= 2)
      .slice(0, 400)
      .map((ws) => `${ws[1] ?? ''} ${ws[0] ?? ''}`.toLowerCase());
    const wordSamples: number[] = [];
    for (const q of reversed) {
      const t0 = performance.now();
      const r = await core.invoke('pegawai/search', { query: q, offset: 0, limit: 100 }, token);
      wordSamples.push(performance.now() - t0);
      if (!r.ok || (r.value as { total: number }).total === 0) throw new Error(`no hit for "${q}"`);
    }
    report('search', 'pegawai_words_p50', percentile(wordSamples, 50), 'ms');
    report('search', 'pegawai_words_p99', percentile(wordSamples, 99), 'ms');
  } finally {
    await dispose();
  }
}
