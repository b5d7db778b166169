/** Loading the generated demo unit from the setup page, as a newcomer does. */
import type { Page } from '@playwright/test';

/**
 * At 1366x768 (a typical office PC), loads the demo with `count` pegawai and closes the
 * credentials banner; ends signed in as the demo operator on Beranda.
 *
 * @example
 * await loadDemo(page, 300);
 */
export async function loadDemo(page: Page, count: 300 | 1000 = 300): Promise<void> {
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto('/');
  await page.getByRole('tab', { name: 'Muat unit demo' }).click();
  await page.getByLabel('Jumlah pegawai demo').selectOption(String(count));
  await page.getByRole('button', { name: 'Muat unit demo' }).click();
  await page.getByTestId('demo-credentials').getByRole('button', { name: 'Tutup' }).click();
}
