import { expect, test } from './fixtures.js';

test('browser mode serves the app shell', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Meja Kinerja');
});
