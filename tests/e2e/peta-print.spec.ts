/**
 * The peta cascading printed in browser mode (issue 11): on the 300-pegawai demo the operator opens
 * Peta Cascading, prints the unit's map (no unit chosen: the account's unit), the PDF comes to the
 * browser, and its code read off the toast answers "asli" on Verifikasi Dokumen.
 */
import { expect, test } from './fixtures.js';
import { loadDemo } from './support/demo.js';
import { openPage } from './support/desk-steps.js';

test('Cetak peta cascading gives a PDF whose code verifies as asli', async ({ page }) => {
  test.setTimeout(120_000);
  await loadDemo(page, 300);
  await openPage(page, 'Peta Cascading');
  await expect(page.getByTestId('peta-node').first()).toBeVisible();
  // Browser mode: the PDF opens in a tab of its own (to print from the browser's PDF viewer).
  const popup = page.waitForEvent('popup');
  let downloads = 0;
  page.on('download', () => (downloads += 1));
  await page.getByTestId('print-peta').click();
  await popup;
  const toast = page.getByText(/PDF peta cascading dibuat\. Kode verifikasi/);
  await expect(toast).toBeVisible({ timeout: 60_000 });
  // The tab is the PDF: it is not saved as a download besides.
  expect(downloads).toBe(0);
  const code = /Kode verifikasi ([0-9A-Z]{5}-[0-9A-Z]{5})/.exec((await toast.textContent()) ?? '')?.[1] ?? '';
  expect(code).not.toBe('');
  await openPage(page, 'Verifikasi Dokumen');
  await page.getByTestId('verify-code').fill(code);
  await page.getByRole('button', { name: 'Periksa kode' }).click();
  const result = page.getByTestId('verify-result');
  await expect(result).toHaveAttribute('data-status', 'asli');
  await expect(result).toContainText('Peta Cascading Kinerja');
  await expect(result).toContainText('Unit kerja');
  await expect(result).toContainText('SKP pada peta');
});
