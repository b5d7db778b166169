import { performance } from 'node:perf_hooks';
import type { Core } from '../../electron/core/app.js';
import { generateDemoUnit } from '../../electron/core/demo/generate.js';
import { writeWorkbook } from '../../electron/core/services/sheets/write-workbook.js';
import type { ArgsOf, Channel, ResultOf } from '../../shared/contract.js';
import { demoCore } from '../demo-core.js';
import { percentile, report } from '../report.js';

const NEW_PEGAWAI = 10_000;

async function invoke<C extends Channel>(core: Core, channel: C, payload: ArgsOf<C>, token: string): Promise<ResultOf<C>> {
  const r = await core.invoke(channel, payload, token);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  // dispatch returns exactly what the channel's handler returned (the handler map satisfies the contract).
  return r.value as ResultOf<C>;
}

/** Search terms as the search bench makes them: name fragments and NIP prefixes of real rows. */
async function searchTerms(core: Core, token: string): Promise<{ terms: string[]; nips: Set<string> }> {
  const nips = new Set<string>();
  const terms: string[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await invoke(core, 'pegawai/search', { query: '', offset, limit: 500 }, token);
    page.rows.forEach((r, i) => {
      nips.add(r.nip);
      if (offset < 2000 && i % 5 === 0) {
        const word = r.namaLengkap.split(/[ ,]+/).find((w) => w.length >= 4) ?? r.namaLengkap;
        terms.push(word.slice(0, 3 + (i % 3)).toLowerCase(), r.nip.slice(0, 6 + (i % 8)));
      }
    });
    if (page.rows.length < 500) break;
  }
  return { terms, nips };
}

/**
 * A keystroke search while a big import runs: the 10,000-pegawai demo desk (file database, the
 * real stack) imports a sheet of 10,000 NEW pegawai (preview, then commit), and meanwhile the
 * search box queries the core back to back. The import runs in a worker thread; the figure is
 * the p99 of those searches, through the core as the search bench does.
 */
export async function runSearchDuringImport(): Promise<void> {
  const { core, token, dispose } = await demoCore(10_000);
  try {
    const { terms, nips } = await searchTerms(core, token);
    const units = new Set((await invoke(core, 'org/units', {}, token)).map((u) => u.kode));
    // Another seed: other people. Anyone already on the desk is left out, so all rows are new.
    const pegawai = generateDemoUnit({ pegawaiCount: NEW_PEGAWAI + 500, seed: 4242 })
      .pegawai.filter((p) => !nips.has(p.nip))
      .slice(0, NEW_PEGAWAI)
      .map((p) => ({ ...p, jabatanKode: null, unitKode: units.has(p.unitKode) ? p.unitKode : '01' }));
    if (pegawai.length !== NEW_PEGAWAI) throw new Error(`hanya ${pegawai.length} pegawai baru`);
    const base64 = await writeWorkbook({ units: [], jabatan: [], pegawai }, { helpFirst: false });
    for (const q of terms.slice(0, 20)) await invoke(core, 'pegawai/search', { query: q, offset: 0, limit: 100 }, token);

    // The swap is the one transaction that holds the desk file's write lock: from the job's
    // "menyimpan" step to the commit's answer.
    let swapStart = 0;
    let swapEnd = 0;
    const off = core.onEvent((e) => {
      if (e.name !== 'progress' || e.payload.operation !== 'sheets/commit') return;
      if (e.payload.phase === 'menyimpan') swapStart = performance.now();
      if (e.payload.phase === 'selesai') swapEnd = performance.now();
    });
    let importing = true;
    const t0 = performance.now();
    const imported = (async () => {
      const preview = await invoke(core, 'sheets/preview', { fileName: 'pegawai-baru.xlsx', base64 }, token);
      if (!preview.canCommit) throw new Error(`pratinjau memuat kesalahan: ${JSON.stringify(preview.errors).slice(0, 300)}`);
      return invoke(core, 'sheets/commit', { previewId: preview.previewId }, token);
    })().finally(() => (importing = false));
    const samples: number[] = [];
    for (let i = 0; importing; i += 1) {
      const q = terms[i % terms.length] ?? '';
      const s0 = performance.now();
      await invoke(core, 'pegawai/search', { query: q, offset: 0, limit: 100 }, token);
      samples.push(performance.now() - s0);
      // A person types a few keys a second; leave the event loop room like a real window would.
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const summary = await imported;
    const took = performance.now() - t0;
    off();
    if (summary.counts.pegawai.insert !== NEW_PEGAWAI) throw new Error(`diharapkan ${NEW_PEGAWAI} pegawai baru, tercatat ${summary.counts.pegawai.insert}`);
    report('import', 'search_p99_during_import', percentile(samples, 99), 'ms');
    report('import', 'search_p50_during_import', percentile(samples, 50), 'ms');
    report('import', 'searches_during_import', samples.length, 'count');
    report('import', 'pegawai_10k_into_10k_desk', took, 'ms');
    report('import', 'swap_10k', swapEnd - swapStart, 'ms');
  } finally {
    await dispose();
  }
}
