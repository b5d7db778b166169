/**
 * "Ganti kata sandi" from the header (issue 8, issue 9): the admin who set up the desk typed their
 * own password, so no change is forced; they can still change it from the header. The dialog shows
 * errors beside its fields, the change takes effect (the new password signs in, the old one does not).
 */
import { expect, test } from './fixtures.js';
import { ADMIN, setUpNewUnit } from './support/desk-steps.js';

test('a signed-in person changes their own password from the header', async ({ page }) => {
  await setUpNewUnit(page);
  await expect(page.getByTestId('key-notice')).toHaveCount(0);
  await page.getByTestId('change-password').click();
  const dialog = page.getByRole('dialog', { name: 'Ganti kata sandi' });
  await dialog.getByLabel('Kata sandi lama').fill('salah-sekali');
  await dialog.getByLabel(/^Kata sandi baru/).fill('pendek');
  await expect(dialog.getByText('Kata sandi baru minimal 8 karakter.')).toBeVisible();
  await dialog.getByLabel(/^Kata sandi baru/).fill('pilihan-sendiri-1');
  await dialog.getByLabel('Ulangi kata sandi baru').fill('pilihan-sendiri-2');
  await expect(dialog.getByText('Kedua kata sandi baru tidak sama.')).toBeVisible();
  await dialog.getByLabel('Ulangi kata sandi baru').fill('pilihan-sendiri-1');
  await dialog.getByRole('button', { name: 'Ganti kata sandi' }).click();
  // The core checks the old password and says so beside that field.
  await expect(dialog.getByText('Kata sandi lama salah.')).toBeVisible();
  await dialog.getByLabel('Kata sandi lama').fill(ADMIN.password);
  await dialog.getByRole('button', { name: 'Ganti kata sandi' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByTestId('key-notice')).toHaveCount(0);

  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.getByLabel('NIP').fill(ADMIN.nip);
  await page.getByLabel('Kata sandi').fill(ADMIN.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByText('NIP atau kata sandi salah.')).toBeVisible();
  await page.getByLabel('Kata sandi').fill('pilihan-sendiri-1');
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN.nama);
  await expect(page.getByTestId('key-notice')).toHaveCount(0);
});
