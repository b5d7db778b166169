/** UI steps the sync story repeats on both desks (browser mode, Indonesian labels). */
import { expect, type Page } from '@playwright/test';

export const ADMIN = { nip: '198503122010011003', nama: 'Andi Wijaya', password: 'rahasia-123' };
export const INSTANSI = { kode: 'PEMKAB-CONTOH', nama: 'Pemerintah Kabupaten Contoh' };
export const ROOT_UNIT = { kode: 'DISDIK', nama: 'Dinas Pendidikan' };

/** "Siapkan unit baru" with the admin above; ends signed in. */
export async function setUpNewUnit(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByLabel('Kode instansi').fill(INSTANSI.kode);
  await page.getByLabel('Nama instansi').fill(INSTANSI.nama);
  await page.getByLabel('Kode unit').fill(ROOT_UNIT.kode);
  await page.getByLabel('Nama unit').fill(ROOT_UNIT.nama);
  await page.getByLabel('NIP').fill(ADMIN.nip);
  await page.getByRole('textbox', { name: 'Nama', exact: true }).fill(ADMIN.nama);
  await page.getByLabel('Golongan').selectOption('III/a');
  await page.getByLabel(/^Kata sandi/).fill(ADMIN.password);
  await page.getByLabel('Ulangi kata sandi').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Siapkan dan masuk' }).click();
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN.nama);
}

export async function signIn(page: Page): Promise<void> {
  await page.getByLabel('NIP').fill(ADMIN.nip);
  await page.getByLabel('Kata sandi').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN.nama);
}

/** Signs in as any account and waits for Beranda (the admin's own sign-in is `signIn`). */
export async function signInAs(page: Page, nip: string, password: string): Promise<void> {
  await page.getByLabel('NIP').fill(nip);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.locator('[data-page-content="beranda"]')).toBeVisible();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
}

/** Opens a page from the main menu by its label; a to-do count after the label ("Evaluasi 3") is allowed. */
export async function openPage(page: Page, name: string): Promise<void> {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const label = new RegExp(`^${escaped}(\\s+\\d+)?$`);
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('button', { name: label }).click();
}

/** Adds a pegawai in the top unit from the Pegawai page. */
export async function addPegawai(page: Page, p: { nip: string; nama: string }): Promise<void> {
  await openPage(page, 'Pegawai');
  await page.getByRole('button', { name: 'Tambah pegawai' }).click();
  const drawer = page.getByRole('dialog', { name: 'Pegawai baru' });
  await drawer.getByLabel('Golongan').selectOption('II/c');
  await drawer.getByRole('textbox', { name: 'Nama', exact: true }).fill(p.nama);
  await drawer.getByRole('combobox', { name: 'Unit kerja' }).click();
  await page.getByRole('option', { name: ROOT_UNIT.nama }).click();
  await drawer.getByLabel('NIP').fill(p.nip);
  await drawer.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByRole('dialog', { name: 'Data pegawai' }).getByTestId('pegawai-detail')).toContainText(p.nama);
  await page.getByRole('dialog', { name: 'Data pegawai' }).getByRole('button', { name: 'Tutup' }).click();
}

/** Finds the pegawai by NIP on the Pegawai page and gives them a new name. */
export async function renamePegawai(page: Page, nip: string, nama: string): Promise<void> {
  await openPage(page, 'Pegawai');
  await page.getByLabel('Cari pegawai').fill(nip);
  await expect(page.getByTestId('pegawai-row')).toHaveCount(1);
  await page.getByTestId('pegawai-row').click();
  const drawer = page.getByRole('dialog', { name: 'Data pegawai' });
  await drawer.getByRole('button', { name: 'Ubah data' }).click();
  await drawer.getByRole('textbox', { name: 'Nama', exact: true }).fill(nama);
  await drawer.getByRole('button', { name: 'Simpan' }).click();
  await expect(drawer.getByTestId('pegawai-detail')).toContainText(nama);
  await drawer.getByRole('button', { name: 'Tutup' }).click();
}

/** "Sinkron sekarang" in the header, waiting until the core has answered the run. */
export async function syncNow(page: Page): Promise<void> {
  const button = page.getByTestId('sync-indicator').getByRole('button', { name: 'Sinkron sekarang' });
  await expect(button).toBeEnabled();
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/invoke') && (r.request().postData() ?? '').includes('"sync/now"'));
  await button.click();
  await answered;
  await expect(button).toBeEnabled();
}

/** Saves a screenshot when MEJA_E2E_SHOTS names a folder (for looking at the screens by eye). */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.MEJA_E2E_SHOTS;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}
