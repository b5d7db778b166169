/**
 * Accounts from pegawai in bulk (issue 9 item 4), in browser mode on the 300-pegawai demo (where
 * every pegawai already has an account): the admin adds a unit with six new pegawai, creates
 * accounts for that whole unit, sees the initial passwords (slips and xlsx), signs out; one person
 * signs in with a handed-out password, must change it first (Ganti kata sandi) and lands in the
 * app. Screens at 1366x768 go to test-results/.
 */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import type { ArgsOf, ResultOf } from '../../shared/contract.js';
import { expect, test } from './fixtures.js';
import { loadDemo } from './support/demo.js';
import { openPage } from './support/desk-steps.js';

const SHOTS = 'test-results/accounts-bulk';

const NEW_UNIT = 'Bagian Uji Akun';
const NEW_PEGAWAI = ['Rina Marlina', 'Yusuf Hidayat', 'Dewi Kartika', 'Ahmad Fauzi', 'Lestari Wulandari', 'Bayu Saputra'];

async function call<C extends 'org/units' | 'org/unitSave' | 'pegawai/save'>(page: Page, channel: C, payload: ArgsOf<C>): Promise<ResultOf<C>> {
  const res = await page.request.post('/api/invoke', { data: { channel, payload } });
  const body = (await res.json()) as { ok: true; value: ResultOf<C> } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error.message}`);
  return body.value;
}

/** A new sub-unit of the top unit with six pegawai who have no account yet. */
async function addUnitWithoutAccounts(page: Page): Promise<void> {
  const top = (await call(page, 'org/units', {})).find((u) => u.parentId === null);
  if (!top) throw new Error('the demo has no top unit');
  const unit = await call(page, 'org/unitSave', { parentId: top.id, kode: 'UJI.AKUN', nama: NEW_UNIT });
  for (const [i, nama] of NEW_PEGAWAI.entries()) {
    // Born 1 March 1992, CPNS February 2018: a real NIP shape, far from the demo's.
    const nip = `19920301201802${i % 2 === 0 ? 1 : 2}${String(i + 1).padStart(3, '0')}`;
    await call(page, 'pegawai/save', { nip, gelarDepan: '', nama, gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/a', jabatanId: null, unitId: unit.id, tmtMulai: null, tmtSelesai: null });
  }
}

test('an admin creates accounts for a whole unit; a person signs in with a handed-out password and must change it', async ({ page }) => {
  test.setTimeout(240_000);
  await loadDemo(page);
  await addUnitWithoutAccounts(page);

  // Pengguna: the demo's accounts so far, all with a password of their own.
  await openPage(page, 'Pengguna');
  await expect(page.getByTestId('users-total')).toContainText(/dari \d+ akun/);
  const before = Number(/dari (\d+) akun/.exec((await page.getByTestId('users-total').textContent()) ?? '')?.[1]);
  expect(before).toBeGreaterThan(5);
  await expect(page.getByTestId('must-change-badge')).toHaveCount(0);

  // The bulk dialog: the whole new unit.
  await page.getByRole('button', { name: 'Buat akun dari data pegawai' }).click();
  const dialog = page.getByRole('dialog', { name: 'Buat akun dari data pegawai' });
  await expect(dialog.getByTestId('bulk-why')).toHaveText('Pilih unit kerja atau isi pencarian terlebih dahulu.');
  await expect(dialog.getByTestId('bulk-create')).toBeDisabled();
  await dialog.getByTestId('bulk-unit').click();
  await page.getByRole('option', { name: NEW_UNIT }).click();
  const toCreate = NEW_PEGAWAI.length;
  await expect(dialog.getByTestId('bulk-preview')).toHaveText(`${toCreate} pegawai cocok: 0 sudah punya akun (dilewati), ${toCreate} akun akan dibuat.`);
  await page.screenshot({ path: `${SHOTS}/bulk-dialog.png` });
  await dialog.getByTestId('bulk-create').click();

  // The slips page: one slip per new account, shown once, with the xlsx.
  const slips = page.getByTestId('slips-page');
  await expect(slips).toBeVisible({ timeout: 120_000 });
  await expect(page.getByTestId('slip')).toHaveCount(toCreate);
  await expect(page.getByTestId('slips-summary')).toContainText(`${toCreate} akun dibuat, 0 dilewati`);
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
  await expect(page.getByTestId('users-total')).toContainText(`dari ${before + toCreate} akun`);
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

  // In the app, and able to work: Beranda and their (empty) SKP Saya answer.
  await expect(page.getByTestId('user-name')).toHaveText(nama);
  await expect(page.locator('[data-page-content="beranda"]')).toBeVisible();
  await openPage(page, 'SKP Saya');
  await expect(page.getByTestId('skp-start-blocked')).toBeVisible();

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
