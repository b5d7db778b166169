/** The first sign-in of an account an admin created: "Ganti kata sandi" comes before the app. */
import { expect, type Page } from '@playwright/test';

/**
 * Signs in with the password the admin set, is sent to "Ganti kata sandi", chooses `own`, lands
 * in the app as `nama`, and signs out again (back on the sign-in page).
 *
 * @example
 * await chooseOwnPassword(page, { nip, nama }, 'awal-dari-admin', 'rahasia-456');
 */
export async function chooseOwnPassword(page: Page, p: { nip: string; nama: string }, initial: string, own: string): Promise<void> {
  await page.getByLabel('NIP').fill(p.nip);
  await page.getByLabel('Kata sandi').fill(initial);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: 'Ganti kata sandi' })).toBeVisible();
  await page.getByLabel('Kata sandi saat ini').fill(initial);
  await page.getByLabel(/^Kata sandi baru/).fill(own);
  await page.getByLabel('Ulangi kata sandi baru').fill(own);
  await page.getByRole('button', { name: 'Ganti kata sandi dan lanjutkan' }).click();
  await expect(page.getByTestId('user-name')).toHaveText(p.nama);
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
}
