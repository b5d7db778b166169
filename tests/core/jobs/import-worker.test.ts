/**
 * Imports on a desk's database FILE run in a worker thread (electron/core/jobs): the core keeps
 * answering while they run, cancel and concurrent edits leave nothing half-imported, and a bad
 * sheet gets exactly the Indonesian errors the inline path gives.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../../shared/contract.js';
import type { ProgressEvent } from '../../../shared/entities.js';
import { generateDemoUnit } from '../../../electron/core/demo/generate.js';
import { call, callFails, demoEnv, rawWorkbook, tableCounts, workbookOf, PEGAWAI_HEADER, type Env } from '../sheets/helpers.js';

/** Enough rows that staging takes several chunks (STAGE_CHUNK) after the first progress event. */
const ROWS = 4_000;

let env: Env;
let base64 = '';
let newNips: string[] = [];

/** A demo desk on a database file (not :memory:), so jobs run in the worker. */
function fileEnv(): Promise<Env> {
  return demoEnv(30, { dbFile: join(mkdtempSync(join(tmpdir(), 'meja-jobs-')), 'desk.sqlite') });
}

beforeAll(async () => {
  env = await fileEnv();
  const have = new Set((await call(env, 'pegawai/search', { query: '', offset: 0, limit: 500 })).rows.map((r) => r.nip));
  const pegawai = generateDemoUnit({ pegawaiCount: ROWS + 100, seed: 4242 })
    .pegawai.filter((p) => !have.has(p.nip))
    .slice(0, ROWS)
    .map((p) => ({ ...p, jabatanKode: null, unitKode: '01' }));
  newNips = pegawai.map((p) => p.nip);
  base64 = await workbookOf({ pegawai });
});
afterAll(async () => {
  await env.core.close();
});

/** Resolves with the first progress event of `operation` in `phase` (and its job id). */
function nextProgress(e: Env, operation: ProgressEvent['operation'], phase: string): Promise<ProgressEvent> {
  return new Promise((resolve) => {
    const off = e.core.onEvent((ev: CoreEvent) => {
      if (ev.name === 'progress' && ev.payload.operation === operation && ev.payload.phase === phase) {
        off();
        resolve(ev.payload);
      }
    });
  });
}

/** Tracks whether a promise has settled, without waiting for it. */
function track<T>(p: Promise<T>): { settled: () => boolean; promise: Promise<T> } {
  let done = false;
  const promise = p.finally(() => (done = true));
  return { settled: () => done, promise };
}

async function importedCount(e: Env): Promise<number> {
  const r = await e.core.context.db.selectFrom('pegawai').select((eb) => eb.fn.countAll<number>().as('n')).where('nip', 'in', newNips).executeTakeFirstOrThrow();
  return Number(r.n);
}

describe('imports in a worker thread', () => {
  it('answers a search while a preview parses and while a commit writes', async () => {
    const reading = nextProgress(env, 'sheets/preview', 'membaca Pegawai');
    const preview = track(call(env, 'sheets/preview', { fileName: 'baru.xlsx', base64 }));
    await reading;
    const during = await call(env, 'pegawai/search', { query: '', offset: 0, limit: 5 });
    expect(during.total).toBe(30);
    expect(preview.settled()).toBe(false);
    const p = await preview.promise;
    expect(p.canCommit).toBe(true);

    const staging = nextProgress(env, 'sheets/commit', 'menyiapkan');
    const commit = track(call(env, 'sheets/commit', { previewId: p.previewId }));
    await staging;
    const whileWriting = await call(env, 'pegawai/search', { query: '', offset: 0, limit: 5 });
    // The search answered before the commit ended, and saw none of it: the import is staged.
    expect(commit.settled()).toBe(false);
    expect(whileWriting.total).toBe(30);
    expect((await commit.promise).counts.pegawai.insert).toBe(ROWS);
    expect(await importedCount(env)).toBe(ROWS);
  });

  it('cancels a commit midway, leaving nothing of it; the preview can still be saved later', async () => {
    const e = await fileEnv();
    try {
      const p = await call(e, 'sheets/preview', { fileName: 'baru.xlsx', base64 });
      const before = await tableCounts(e);
      const staging = nextProgress(e, 'sheets/commit', 'menyiapkan');
      const commit = e.core.invoke('sheets/commit', { previewId: p.previewId }, e.token);
      const { jobId } = await staging;
      if (!jobId) throw new Error('progress without a job id');
      // Another account cannot cancel it (and learns nothing: the same answer as an unknown id).
      expect(e.core.context.jobs.cancel(jobId, '01900000-0000-7000-8000-000000000000')).toBe(false);
      expect(await call(e, 'jobs/cancel', { jobId })).toEqual({ cancelled: true });
      const r = await commit;
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error).toEqual({ code: 'CANCELLED', message: 'Pekerjaan dibatalkan; tidak ada data yang diubah.' });
      expect(await tableCounts(e)).toEqual(before);
      expect(await importedCount(e)).toBe(0);
      expect(await call(e, 'jobs/cancel', { jobId })).toEqual({ cancelled: false });
      expect((await call(e, 'sheets/commit', { previewId: p.previewId })).counts.pegawai.insert).toBe(ROWS);
    } finally {
      await e.core.close();
    }
  });

  it('refuses the whole import when someone edits pegawai while it is staged', async () => {
    const e = await fileEnv();
    try {
      const p = await call(e, 'sheets/preview', { fileName: 'baru.xlsx', base64 });
      const someone = (await call(e, 'pegawai/search', { query: '', offset: 0, limit: 1 })).rows[0];
      if (!someone) throw new Error('no pegawai');
      const detail = await call(e, 'pegawai/get', { id: someone.id });
      const staging = nextProgress(e, 'sheets/commit', 'menyiapkan');
      const commit = e.core.invoke('sheets/commit', { previewId: p.previewId }, e.token);
      await staging;
      const before = await tableCounts(e);
      const { id, nip, gelarDepan, gelarBelakang, jenisAsn, golongan, jabatanId, unitId, tmtMulai, tmtSelesai } = detail.pegawai;
      await call(e, 'pegawai/save', { id, nip, gelarDepan, nama: 'Nama Diubah Saat Impor', gelarBelakang, jenisAsn, golongan, jabatanId, unitId, tmtMulai, tmtSelesai });
      const r = await commit;
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.error.code).toBe('CONFLICT');
      // Only the edit landed: one audit entry and one outbox command more, no imported row.
      expect(await tableCounts(e)).toEqual({ ...before, auditLog: before.auditLog + 1, outbox: before.outbox + 1 });
      expect(await importedCount(e)).toBe(0);
    } finally {
      await e.core.close();
    }
  });
});

describe('a bad sheet in the worker', () => {
  let memory: Env;
  let file: Env;
  beforeAll(async () => {
    memory = await demoEnv(30);
    file = await fileEnv();
  });
  afterAll(async () => {
    await memory.core.close();
    await file.core.close();
  });

  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
  const cases: [string, () => Promise<string>][] = [
    ['not a zip', async () => Buffer.from('bukan lembar kerja sama sekali').toString('base64')],
    ['an .xls file', async () => OLE.toString('base64')],
    ['no known sheet', () => rawWorkbook({ Lain: [['a', 'b']] })],
  ];
  for (const [what, make] of cases) {
    it(`refuses ${what} with the same Indonesian message as inline, changing nothing`, async () => {
      const b64 = await make();
      const before = await tableCounts(file);
      const inWorker = await callFails(file, 'sheets/preview', { fileName: 'x.xlsx', base64: b64 });
      const inline = await callFails(memory, 'sheets/preview', { fileName: 'x.xlsx', base64: b64 });
      expect(inWorker).toEqual(inline);
      expect(inWorker.code).toBe('INVALID_SHEET');
      expect(await tableCounts(file)).toEqual(before);
    });
  }

  it('lists the same row errors as inline', async () => {
    const b64 = await rawWorkbook({
      Pegawai: [
        PEGAWAI_HEADER,
        ['123', '', 'Tanpa NIP Sah', '', 'PNS', 'III/a', '', '01', '', ''],
        ['199001012015022001', '', 'Siti', '', 'PNS', 'III/a', 'TIDAK-ADA', '99', '', ''],
        ['199001012015022001', '', 'Siti Lagi', '', 'XYZ', 'III/a', '', '01', '', ''],
      ],
    });
    const inWorker = await call(file, 'sheets/preview', { fileName: 'x.xlsx', base64: b64 });
    const inline = await call(memory, 'sheets/preview', { fileName: 'x.xlsx', base64: b64 });
    expect(inWorker.canCommit).toBe(false);
    expect(inWorker.errors.length).toBeGreaterThan(3);
    expect(inWorker.errors).toEqual(inline.errors);
    expect(inWorker.counts).toEqual(inline.counts);
    const refused = await callFails(file, 'sheets/commit', { previewId: inWorker.previewId });
    expect(refused.code).toBe('SHEET_HAS_ERRORS');
    expect(refused.issues?.[0]?.path).toMatch(/^Pegawai baris 2, /);
  });
});
