/**
 * Issue 9, density: on a 1366×768 office screen the pegawai list shows far more than the 8 rows
 * of the review, its headings sort the whole list in the core, and the Daftar SKP headings too.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { loadDemo } from './support/demo.js';
import { openPage } from './support/desk-steps.js';

test.use({ actionTimeout: 15_000 });

async function loadDemoOnPegawai(page: Page): Promise<void> {
  await loadDemo(page);
  // Sign-in lands on Beranda; these checks start from the Pegawai list.
  await page.getByRole('navigation', { name: 'Menu utama' }).getByRole('button', { name: 'Pegawai', exact: true }).click();
  await expect(page.getByTestId('pegawai-total')).toHaveText('300 pegawai');
}

/** Rows wholly inside the window. */
async function rowsInView(page: Page): Promise<number> {
  return page.getByTestId('pegawai-row').evaluateAll((rows) =>
    rows.filter((r) => {
      const box = r.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0;
    }).length,
  );
}

async function visibleNips(page: Page): Promise<string[]> {
  const texts = await page.getByTestId('pegawai-row').evaluateAll((rows) => rows.slice(0, 12).map((r) => r.textContent ?? ''));
  return texts.map((t) => (t.match(/\d{8} \d{6} \d \d{3}/)?.[0] ?? '').replace(/\s/g, ''));
}

test('pegawai list: at least 12 rows at 1366×768, sortable by NIP both ways', async ({ page }) => {
  await loadDemoOnPegawai(page);
  await expect(page.getByTestId('pegawai-row').first()).toBeVisible();
  expect(await rowsInView(page)).toBeGreaterThanOrEqual(12);

  const byName = await visibleNips(page);
  const nipHeading = page.getByRole('button', { name: /^Urutkan menurut NIP/ });
  await nipHeading.click();
  await expect(nipHeading).toHaveAttribute('data-sort', 'asc');
  const sorted = async () => {
    const n = await visibleNips(page);
    return n.join() === [...n].sort().join() && n.join() !== byName.join();
  };
  await expect.poll(sorted).toBe(true);
  const up = await visibleNips(page);
  expect(up.every((n) => n.length === 18)).toBe(true);

  await nipHeading.click();
  await expect(nipHeading).toHaveAttribute('data-sort', 'desc');
  await expect.poll(async () => (await visibleNips(page))[0]).not.toBe(up[0]);
  const down = await visibleNips(page);
  expect(down).toEqual([...down].sort().reverse());
  // The whole list is sorted in the core, not just the rows on screen: descending starts above every ascending row.
  expect((down[0] ?? '') > (up[up.length - 1] ?? '')).toBe(true);
});

test('Daftar SKP: the Status heading orders by the workflow, in the core', async ({ page }) => {
  await loadDemoOnPegawai(page);
  await openPage(page, 'Daftar SKP');
  await expect(page.getByTestId('skp-row').first()).toBeVisible();
  await page.getByRole('button', { name: /^Urutkan menurut Status/ }).click();
  await expect(page.getByTestId('skp-row').first().getByTestId('skp-status')).toHaveAttribute('data-status', 'draft');
  await page.getByRole('button', { name: /^Urutkan menurut Status/ }).click();
  await expect(page.getByTestId('skp-row').first().getByTestId('skp-status')).toHaveAttribute('data-status', 'disetujui');
  // A status chip says what it means for the next step.
  await page.getByTestId('skp-row').first().getByTestId('skp-status').hover();
  await expect(page.getByRole('tooltip')).toContainText('Sudah disetujui pejabat penilai');
});

test('chips explain themselves: Mandiri, DATA DEMO and the role', async ({ page }) => {
  await loadDemoOnPegawai(page);
  await page.getByTestId('sync-state').hover();
  await expect(page.getByRole('tooltip')).toContainText('belum tersambung ke server unit');
  await page.getByTestId('demo-badge').hover();
  await expect(page.getByRole('tooltip')).toContainText('Data buatan');
  await page.getByText('Operator', { exact: true }).hover();
  await expect(page.getByRole('tooltip')).toContainText('Operator kepegawaian');
});
