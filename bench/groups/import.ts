import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore, type Core } from '../../electron/core/app.js';
import { generateDemoUnit } from '../../electron/core/demo/generate.js';
import { writeWorkbook } from '../../electron/core/services/sheets/write-workbook.js';
import type { ArgsOf, Channel, ResultOf } from '../../shared/contract.js';
import { report } from '../report.js';
import { runSearchDuringImport } from './search-during-import.js';

const PEGAWAI = 10_000;

async function invoke<C extends Channel>(core: Core, channel: C, payload: ArgsOf<C>, token: string | null): Promise<ResultOf<C>> {
  const r = await core.invoke(channel, payload, token);
  if (!r.ok) throw new Error(`${channel}: ${r.error.code} ${r.error.message}`);
  // dispatch returns exactly what the channel's handler returned (the handler map satisfies the contract).
  return r.value as ResultOf<C>;
}

/**
 * The first real use of an instansi: a freshly set-up database (instansi, top unit "01", one admin)
 * imports its whole roster from a spreadsheet of 10,000 pegawai (the demo generator's unit, whose
 * top unit is also "01"). Timed from the upload (base64 in hand) to the committed transaction:
 * `sheets/preview` (unzip, parse, validate, dry run of the writer) + `sheets/commit` (validate
 * again, write rows + audit + outbox), on an on-disk database with the production settings.
 */
export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'meja-bench-import-'));
  const core = await createCore({ dataDir: dir });
  try {
    const session = await invoke(
      core,
      'setup/init',
      {
        instansi: { kode: 'KAB-CONTOH', nama: 'Pemerintah Kabupaten Contoh' },
        unit: { kode: '01', nama: 'Dinas Pendidikan Kabupaten Contoh' },
        admin: { nip: '198001012005011001', jenisAsn: 'PNS', gelarDepan: '', nama: 'Admin Impor', gelarBelakang: '', golongan: 'III/d', password: 'rahasia-bench' },
      },
      null,
    );
    const token = session.token;
    const demo = generateDemoUnit({ pegawaiCount: PEGAWAI, seed: 99 });
    const base64 = await writeWorkbook(demo, { helpFirst: false });
    report('import', 'file_10k', Math.round((base64.length * 3) / 4 / 1024), 'KiB');

    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const preview = await invoke(core, 'sheets/preview', { fileName: 'pegawai.xlsx', base64 }, token);
    const t1 = performance.now();
    if (!preview.canCommit) throw new Error(`pratinjau memuat kesalahan: ${JSON.stringify(preview.errors).slice(0, 500)}`);
    const summary = await invoke(core, 'sheets/commit', { previewId: preview.previewId }, token);
    const t2 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    const inserted = summary.counts.pegawai.insert;
    if (inserted !== PEGAWAI) throw new Error(`diharapkan ${PEGAWAI} pegawai baru, tercatat ${inserted}`);

    report('import', 'pegawai_10k', t2 - t0, 'ms');
    report('import', 'pegawai_10k_preview', t1 - t0, 'ms');
    report('import', 'pegawai_10k_commit', t2 - t1, 'ms');
    // CPU time of this process: steadier than wall time on a shared or busy machine.
    report('import', 'pegawai_10k_cpu', (cpu.user + cpu.system) / 1000, 'ms');
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
  await runSearchDuringImport();
}
