/**
 * "Batalkan" on the import screen: a big sheet is checked in the core's job worker, with progress
 * on screen; cancelling it stops the job and leaves the unit as it was.
 */
import { generateDemoUnit } from '../../electron/core/demo/generate.js';
import { writeWorkbook } from '../../electron/core/services/sheets/write-workbook.js';
import { expect, test } from './fixtures.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('cancel a running import check: the screen says so and nothing changed', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('tab', { name: 'Muat unit demo' }).click();
  await page.getByLabel('Jumlah pegawai demo').selectOption('300');
  await page.getByRole('button', { name: 'Muat unit demo' }).click();
  const credentials = page.getByTestId('demo-credentials');
  await credentials.getByRole('button', { name: 'Tutup' }).click();
  // Sign-in lands on Beranda.
  await page.getByRole('button', { name: 'Pegawai', exact: true }).click();
  await expect(page.getByTestId('pegawai-total')).toHaveText('300 pegawai');

  // Other people than the demo unit's (another seed), many enough that checking takes a while.
  const pegawai = generateDemoUnit({ pegawaiCount: 20_000, seed: 4242 }).pegawai.map((p) => ({ ...p, jabatanKode: null, unitKode: '01' }));
  const buffer = Buffer.from(await writeWorkbook({ units: [], jabatan: [], pegawai }, { helpFirst: false }), 'base64');
  await page.getByRole('button', { name: 'Impor/Ekspor' }).click();
  await page.getByLabel('Berkas .xlsx untuk diimpor').setInputFiles({ name: 'besar.xlsx', mimeType: XLSX, buffer });
  await expect(page.getByTestId('sheet-progress')).toBeVisible();
  const cancel = page.getByRole('button', { name: 'Batalkan' });
  // Enabled once the core's first progress event names the job.
  await expect(cancel).toBeEnabled({ timeout: 60_000 });
  await cancel.click();
  await expect(page.getByText('Impor dibatalkan; tidak ada data yang diubah.')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('sheet-progress')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Pratinjau: besar.xlsx' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Pegawai', exact: true }).click();
  await expect(page.getByTestId('pegawai-total')).toHaveText('300 pegawai');
});
