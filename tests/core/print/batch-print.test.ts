/**
 * print/batch on a desk's database FILE, so it runs in the worker thread like in the app: N SKP
 * into one PDF give N "SASARAN KINERJA PEGAWAI" titles (each with its own page numbers and a code
 * that verifies), "one file per pegawai" writes N files into a folder under exports, the core
 * answers meanwhile, and a cancel stops the batch and leaves no folder.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../shared/contract.js';
import type { ProgressEvent } from '../../../shared/entities.js';
import { call, demoEnv, type Env } from '../sheets/helpers.js';
import { pagesText } from './poppler.js';

let env: Env;
let ids: string[] = [];
let tahun = 2025;

beforeAll(async () => {
  env = await demoEnv(30, { dbFile: join(mkdtempSync(join(tmpdir(), 'meja-batch-')), 'desk.sqlite') });
  ids = (await env.core.context.db.selectFrom('skp').select('id').orderBy('id').limit(12).execute()).map((r) => r.id);
  tahun = (await env.core.context.db.selectFrom('skp').select('tahun').executeTakeFirstOrThrow()).tahun;
}, 120_000);
afterAll(async () => {
  await env.core.close();
});

/** The title opening each SKP (JPT forms add "PEJABAT PIMPINAN TINGGI"); the lampiran's starts with "LAMPIRAN". */
function skpTitles(pages: string[]): number {
  return pages.reduce((n, p) => n + (p.match(/^\s*SASARAN KINERJA PEGAWAI/gm) ?? []).length, 0);
}

describe('print/batch', () => {
  it('prints N SKP into one combined PDF in the worker; each keeps its own page numbers and its code verifies', async () => {
    expect(env.core.context.jobs.mode).toBe('worker');
    const progress: ProgressEvent[] = [];
    const off = env.core.onEvent((e: CoreEvent) => {
      if (e.name === 'progress' && e.payload.operation === 'print/batch') progress.push(e.payload);
    });
    const r = await call(env, 'print/batch', { skpIds: ids, mode: 'gabung' });
    off();
    expect(r.printed).toBe(ids.length);
    expect(r.skipped).toBe(0);
    const bytes = new Uint8Array(Buffer.from(r.file?.base64 ?? '', 'base64'));
    const pages = pagesText(bytes);
    expect(skpTitles(pages)).toBe(ids.length);
    expect(pages.filter((p) => /Halaman 1 dari \d+/.test(p))).toHaveLength(ids.length);
    expect(progress.some((p) => p.phase === 'mencetak' && p.done === ids.length && p.total === ids.length)).toBe(true);
    const code = /Kode verifikasi: ([0-9A-Z]{5}-[0-9A-Z]{5})/.exec(pages.join('\n'))?.[1] ?? '';
    expect((await call(env, 'verify/code', { code })).status).toBe('asli');
  }, 60_000);

  it('prints one file per pegawai into a new folder under exports, for a Daftar SKP filter', async () => {
    const list = await call(env, 'skp/list', { tahun, offset: 0, limit: 500 });
    const r = await call(env, 'print/batch', { filter: { tahun }, mode: 'per_pegawai' });
    expect(r.file).toBeNull();
    expect(r.printed + r.skipped).toBe(list.total);
    const folder = r.folder ?? '';
    expect(folder.startsWith(join(env.core.context.dataDir, 'exports'))).toBe(true);
    expect(readdirSync(folder).sort()).toEqual([...r.files].sort());
    expect(r.files).toHaveLength(r.printed);
    const first = readFileSync(join(folder, r.files[0] ?? ''));
    expect(skpTitles(pagesText(new Uint8Array(first)))).toBe(1);
  }, 120_000);

  it('cancel stops a batch midway: CANCELLED, and no half folder is left', async () => {
    let jobId = '';
    const off = env.core.onEvent((e: CoreEvent) => {
      if (e.name === 'progress' && e.payload.operation === 'print/batch' && e.payload.phase === 'mencetak' && e.payload.done >= 2 && !jobId) {
        jobId = e.payload.jobId ?? '';
        void env.core.invoke('jobs/cancel', { jobId }, env.token);
      }
    });
    const before = existsSync(join(env.core.context.dataDir, 'exports')) ? readdirSync(join(env.core.context.dataDir, 'exports')).length : 0;
    const r = await env.core.invoke('print/batch', { filter: { tahun }, mode: 'per_pegawai' }, env.token);
    off();
    expect(jobId).not.toBe('');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('CANCELLED');
    const after = readdirSync(join(env.core.context.dataDir, 'exports')).length;
    expect(after).toBe(before);
  }, 120_000);
});
