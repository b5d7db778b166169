import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import type { Migration } from 'kysely/migration';
import { expect, test } from '@playwright/test';
import { createCore, type Core } from '../../electron/core/app.js';
import { MIGRATIONS } from '../../electron/core/db/migrations/index.js';
import { startHttpHost } from '../../electron/transports/http.js';

/** Kept here rather than imported from tests/core/helpers.ts, which loads vitest. */
const SETUP_ARGS = {
  instansi: { kode: 'PEMKAB', nama: 'Pemerintah Kabupaten Uji' },
  unit: { kode: '01', nama: 'Dinas Uji' },
  admin: { nip: '198503122010011003', jenisAsn: 'PNS', gelarDepan: '', nama: 'Admin Uji', gelarBelakang: '', golongan: 'III/b', password: 'rahasia-admin-1' },
};

const staticDir = path.resolve(import.meta.dirname, '..', '..', 'dist', 'renderer');

/** A test-only migration (injected, never registered) that fails on its first run only. */
function failsOnce(): Migration {
  let runs = 0;
  return {
    up: async (db) => {
      runs += 1;
      await sql`create table probe_e2e (x integer)`.execute(db);
      if (runs === 1) throw new Error('gagal disengaja');
    },
  };
}

test('a failed migration shows the recovery screen; restoring the dated copy opens the sign-in page', async ({ page }) => {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'meja-e2e-recovery-'));
  let core: Core | undefined;
  let host: Awaited<ReturnType<typeof startHttpHost>> | undefined;
  try {
    const first = await createCore({ dataDir });
    const setUp = await first.invoke('setup/init', SETUP_ARGS, null);
    expect(setUp.ok).toBe(true);
    await first.close();

    core = await createCore({ dataDir, migrations: { ...MIGRATIONS, '9003-test-e2e-fails-once': failsOnce() } });
    host = await startHttpHost(core, { port: 0, staticDir });
    await page.goto(host.url);

    await expect(page.getByText('Pembaruan basis data gagal', { exact: true })).toBeVisible();
    await expect(page.getByTestId('recovery-reason')).toContainText('9003-test-e2e-fails-once');
    const restore = page.getByRole('button', { name: /^Pulihkan dari salinan \d{1,2} [A-Z][a-z]+ \d{4} \d{2}\.\d{2}$/ });
    await expect(restore).toHaveCount(1);
    await restore.click();
    await page.getByRole('button', { name: 'Ya, pulihkan' }).click();

    await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
  } finally {
    await host?.close();
    await core?.close();
    await rm(dataDir, { recursive: true, force: true });
  }
});
