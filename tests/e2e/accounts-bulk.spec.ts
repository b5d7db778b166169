/**
 * Accounts from pegawai in bulk (issue 9 item 4), in browser mode on the 300-pegawai demo: the
 * admin creates accounts for the whole unit, sees the initial passwords (slips and xlsx), signs
 * out; one person signs in with a handed-out password, must change it first (Ganti kata sandi),
 * lands in the app and opens their SKP. Screens at 1366x768 go to test-results/.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from './fixtures.js';
import { openPage } from './support/desk-steps.js';

const SHOTS = 'test-results/accounts-bulk';

test('an admin creates accounts for a whole unit; a person signs in with a handed-out password and must change it', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('tab', { name: 'Muat unit demo' }).click();
  await page.getByLabel('Jumlah pegawai demo').selectOption('300');
  await page.getByRole('button', { name: 'Muat unit demo' }).click();
  await page.getByTestId('demo-credentials').getByRole('button', { name: 'Tutup' }).click();

  // Pengguna: only the demo's accounts so far (the operator and the atasan), all with a password of their own.
  await openPage(page, 'Pengguna');
  await expect(page.getByTestId('users-total')).toContainText(/dari \d+ akun/);
  const before = Number(/dari (\d+) akun/.exec((await page.getByTestId('users-total').textContent()) ?? '')?.[1]);
  expect(before).toBeGreaterThan(5);
  await expect(page.getByTestId('must-change-badge')).toHaveCount(0);

  // The bulk dialog: the top unit with every sub-unit.
  await page.getByRole('button', { name: 'Buat akun dari data pegawai' }).click();
  const dialog = page.getByRole('dialog', { name: 'Buat akun dari data pegawai' });
  await expect(dialog.getByTestId('bulk-why')).toHaveText('Pilih unit kerja atau isi pencarian terlebih dahulu.');
  await expect(dialog.getByTestId('bulk-create')).toBeDisabled();
  await dialog.getByTestId('bulk-unit').click();
  await page.getByRole('option').first().click();
  const toCreate = 300 - before;
  await expect(dialog.getByTestId('bulk-preview')).toHaveText(`300 pegawai cocok: ${before} sudah punya akun (dilewati), ${toCreate} akun akan dibuat.`);
  await page.screenshot({ path: `${SHOTS}/bulk-dialog.png` });
  await dialog.getByTestId('bulk-create').click();

  // The slips page: one slip per new account, shown once, with the xlsx.
  const slips = page.getByTestId('slips-page');
  await expect(slips).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('slip')).toHaveCount(toCreate);
  await expect(page.getByTestId('slips-summary')).toContainText(`${toCreate} akun dibuat, ${before} dilewati`);
  const summary = (await page.getByTestId('slips-summary').textContent()) ?? '';
  console.log(`[accounts-bulk] ${summary}`);
  await page.screenshot({ path: `${SHOTS}/slips.png` });
  // Printed, only the slips remain: no buttons, no menu behind.
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Cetak lembar kata sandi' })).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toBeHidden();
  await expect(page.getByTestId('slip').first()).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/slips-print.png` });
  await page.emulateMedia({ media: 'screen' });
  const first = page.getByTestId('slip').first();
  const password = ((await first.getByTestId('slip-password').textContent()) ?? '').trim();
  expect(password).toMatch(/^[a-z2-9]{10}$/);
  const nipShown = ((await first.locator('td').nth(1).textContent()) ?? '').trim();
  const nip = nipShown.replace(/\s/g, '');
  const nama = ((await first.locator('p').nth(1).textContent()) ?? '').trim();
  expect(nip).toMatch(/^\d{18}$/);

  const downloading = page.waitForEvent('download');
  await page.getByTestId('slips-xlsx').click();
  const file = await (await downloading).path();
  const wb = new ExcelJS.Workbook();
  const bytes = await readFile(file);
  const buffer = new ArrayBuffer(bytes.length);
  new Uint8Array(buffer).set(bytes);
  await wb.xlsx.load(buffer);
  const sheet = wb.worksheets[0];
  expect(sheet?.rowCount).toBe(toCreate + 1);
  const row = sheet?.getRows(2, toCreate)?.find((r) => r.getCell(2).value === nip);
  expect(row?.getCell(5).value).toBe(password);

  page.once('dialog', (d) => void d.accept());
  await page.getByTestId('slips-close').click();
  await expect(slips).toHaveCount(0);

  // Pengguna now lists everyone; the new accounts carry the must-change badge. Search finds by words in any order.
  await expect(page.getByTestId('users-total')).toContainText('dari 300 akun');
  const words = nama.split(' ').filter((w) => w.length > 2 && !w.includes('.'));
  await page.getByTestId('users-search').fill([...words].reverse().join(' '));
  await expect(page.getByTestId('users-table').getByText(nama, { exact: true })).toBeVisible();
  await expect(page.getByTestId('must-change-badge').first()).toBeVisible();
  await page.getByTestId('users-search').fill('');
  await page.getByTestId('must-change-badge').first().hover();
  await expect(page.getByRole('tooltip')).toContainText('harus menggantinya');
  await page.screenshot({ path: `${SHOTS}/pengguna.png` });

  // The person signs in with the handed-out password: Ganti kata sandi comes before anything else.
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.getByLabel('NIP').fill(nip);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Ganti kata sandi' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu utama' })).toHaveCount(0);
  await page.getByLabel('Kata sandi saat ini').fill(password);
  await page.getByLabel(/^Kata sandi baru/).fill(password);
  await expect(page.getByText('Kata sandi baru harus berbeda dari kata sandi lama.')).toBeVisible();
  await page.getByLabel(/^Kata sandi baru/).fill('pilihan-saya-sendiri');
  await page.getByLabel('Ulangi kata sandi baru').fill('pilihan-saya-sendiri');
  await page.screenshot({ path: `${SHOTS}/ganti-kata-sandi.png` });
  await page.getByRole('button', { name: 'Ganti kata sandi dan lanjutkan' }).click();

  // In the app, and able to work: their SKP opens.
  await expect(page.getByTestId('user-name')).toHaveText(nama);
  await openPage(page, 'SKP Saya');
  await expect(page.getByTestId('skp-row').first()).toBeVisible();
  await page.getByTestId('skp-row').first().click();
  await expect(page.getByTestId('skp-editor')).toBeVisible();

  // The old password is gone; the new one signs in straight into the app.
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.getByLabel('NIP').fill(nip);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByText('NIP atau kata sandi salah.')).toBeVisible();
  await page.getByLabel('Kata sandi').fill('pilihan-saya-sendiri');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('user-name')).toHaveText(nama);
});
