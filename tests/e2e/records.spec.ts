/**
 * Records in words: an import preview that says who changes and how ("Golongan: III/a → III/b"),
 * names the row of an error and suggests "III/b" for "3/b"; Riwayat that reads as sentences with
 * no id on screen, filters by person and exports an xlsx; a pegawai search by reversed words.
 * Pictures at 1366×768 go to test-results/.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { ADMIN, ROOT_UNIT, setUpNewUnit } from './support/desk-steps.js';
import { orgWorkbook, type OrgRows } from './support/org-workbook.js';

const ROOT = ROOT_UNIT.kode;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

const ROWS: OrgRows = {
  units: [['BID-SD', 'Bidang Pembinaan Sekolah Dasar', ROOT]],
  jabatan: [
    ['KADIS', 'Kepala Dinas Pendidikan', 'JPT Pratama', ROOT, '', 14],
    ['ANALIS-KUR', 'Analis Kurikulum', 'Pelaksana', 'BID-SD', 'KADIS', 7],
  ],
  pegawai: [
    ['197001012000031001', 'Dr.', 'Siti Nurjanah', 'M.Pd.', 'PNS', 'IV/c', 'KADIS', ROOT],
    ['199001012015012001', '', 'Citra Lestari', 'S.E.', 'PNS', 'III/a', 'ANALIS-KUR', 'BID-SD'],
    ['199203152018022002', '', 'Dewi Kartika', '', 'PNS', 'III/b', 'ANALIS-KUR', 'BID-SD'],
  ],
};

/** Citra goes up to III/b; Dewi's golongan is typed "3/b" (an error, with a suggestion). */
const withGolongan = (citra: string, dewi: string): OrgRows => ({
  ...ROWS,
  pegawai: ROWS.pegawai.map((p) => (p[2] === 'Citra Lestari' ? [...p.slice(0, 5), citra, ...p.slice(6)] : p[2] === 'Dewi Kartika' ? [...p.slice(0, 5), dewi, ...p.slice(6)] : p) as (typeof p)),
});


async function upload(page: Page, name: string, rows: OrgRows): Promise<void> {
  await page.getByLabel('Berkas .xlsx untuk diimpor').setInputFiles({ name, mimeType: XLSX, buffer: await orgWorkbook(rows) });
  await expect(page.getByRole('heading', { name: `Pratinjau: ${name}` })).toBeVisible();
}

test('import preview by row, Riwayat in words with filter and export, search by reversed words', async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await setUpNewUnit(page);

  // The drop zone, in Indonesian, before and after a file is chosen.
  await page.getByRole('button', { name: 'Impor/Ekspor' }).click();
  await expect(page.getByTestId('sheet-dropzone')).toContainText('Seret berkas .xlsx ke sini');
  await expect(page.getByTestId('sheet-chosen')).toHaveText('Belum ada berkas dipilih.');
  await expect(page.getByText('Choose File')).toHaveCount(0);
  await page.screenshot({ path: 'test-results/records-dropzone.png' });
  await upload(page, 'awal.xlsx', ROWS);
  await expect(page.getByTestId('sheet-chosen')).toHaveText(/^Berkas dipilih: awal\.xlsx \([\d,.]+ KB\)$/);
  // New rows listed by name and NIP.
  await page.getByRole('radio', { name: /^Baru/ }).check({ force: true });
  const rows = page.getByTestId('preview-change-rows');
  await expect(rows.getByRole('row').filter({ hasText: 'Citra Lestari, S.E.' })).toContainText('199001012015012001');
  await page.getByRole('button', { name: 'Simpan impor' }).click();
  await expect(page.getByTestId('summary-counts')).toBeVisible();

  // One golongan changed, one typed "3/b": the change by name, the error by row, NIP, name and a suggestion.
  await upload(page, 'naik-pangkat.xlsx', withGolongan('III/b', '3/b'));
  const errors = page.getByTestId('import-errors');
  const dewi = errors.getByRole('row').filter({ hasText: 'Dewi Kartika' });
  await expect(dewi).toContainText('199203152018022002');
  await expect(dewi).toContainText('Maksud Anda III/b?');
  await expect(dewi.getByRole('cell').nth(1)).toHaveText('4');
  const citra = page.getByTestId('preview-change-rows').getByRole('row').filter({ hasText: 'Citra Lestari, S.E.' });
  await expect(citra).toContainText('Golongan: III/a → III/b');
  await expect(page.getByRole('button', { name: 'Simpan impor' })).toBeDisabled();
  await errors.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/records-preview.png' });
  await citra.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/records-preview-changes.png' });

  // Fixed and saved, so Riwayat has the change.
  await upload(page, 'naik-pangkat-benar.xlsx', withGolongan('III/b', 'III/b'));
  await page.getByRole('button', { name: 'Simpan impor' }).click();
  await expect(page.getByTestId('summary-counts')).toBeVisible();

  await page.getByRole('button', { name: 'Riwayat' }).click();
  const what = page.getByTestId('audit-what');
  await expect(what.filter({ hasText: 'Pegawai Citra Lestari, S.E.: golongan III/a → III/b' })).toHaveCount(1);
  await expect(what.filter({ hasText: 'Pegawai Dewi Kartika dibuat' })).toHaveCount(1);
  await expect(what.filter({ hasText: 'Jabatan Analis Kurikulum dibuat' })).toHaveCount(1);
  await expect(page.getByTestId('audit-total')).toHaveText(/^\d+ entri$/);
  expect(await page.locator('body').innerText()).not.toMatch(UUID);
  await page.screenshot({ path: 'test-results/records-riwayat.png' });

  // Filter by person: every row is theirs; by kind: only pegawai entries.
  const totalAll = Number((await page.getByTestId('audit-total').innerText()).split(' ')[0]);
  await page.getByTestId('audit-filter-actor').click();
  await page.getByRole('option', { name: ADMIN.nama }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Sistem' })).toHaveCount(0);
  const actorCells = page.getByTestId('audit-table').locator('tbody tr td:nth-child(2)');
  await expect(actorCells.first()).toHaveText(ADMIN.nama);
  for (const t of await actorCells.allInnerTexts()) expect(t).toBe(ADMIN.nama);
  await page.getByTestId('audit-filter-entity').click();
  await page.getByRole('option', { name: 'Pegawai' }).click();
  // Three pegawai created by the import and Citra's golongan (the admin's own record came from setup, by the system).
  await expect(page.getByTestId('audit-total')).toHaveText('4 entri');
  for (const t of await what.allInnerTexts()) expect(t).toMatch(/^Pegawai /);
  expect(Number((await page.getByTestId('audit-total').innerText()).split(' ')[0])).toBeLessThan(totalAll);

  // Export of the filtered list.
  const download = page.waitForEvent('download');
  await page.getByTestId('audit-export').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^riwayat-\d{4}-\d{2}-\d{2}\.xlsx$/);
  await expect(page.getByText(/Riwayat diunduh sebagai riwayat-/)).toBeVisible();

  // Search by the words of a name in reverse order.
  await page.getByRole('button', { name: 'Pegawai', exact: true }).click();
  await page.getByLabel('Cari pegawai').fill('nurjanah siti');
  await expect(page.getByTestId('pegawai-total')).toHaveText('1 pegawai');
  await expect(page.getByTestId('pegawai-row')).toContainText('Dr. Siti Nurjanah, M.Pd.');
  await page.getByLabel('Cari pegawai').fill('19900101 201501');
  await expect(page.getByTestId('pegawai-row')).toContainText('Citra Lestari');
});
