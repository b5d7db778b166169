/**
 * Printing in browser mode (issue 11): the demo operator prints one approved SKP (the PDF opens in
 * a new tab) and reads it back with poppler — the pegawai's name and NIP, an RHK and the
 * verification code are on the paper; prints the whole unit with "Cetak massal" (progress, the
 * finished result, one combined PDF holding many pegawai); then checks the single print on
 * Verifikasi Dokumen: its code answers asli, the file as printed matches, and an edited copy of the
 * file answers berubah.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { invoke } from './support/appraisal-world.js';
import { loadDemo } from './support/demo.js';
import { openPage, shot } from './support/desk-steps.js';

const ROOT_UNIT = 'Dinas Pendidikan Kabupaten Contoh';
/** Every demo account's password (shown on the demo credentials banner). */
const DEMO_PASSWORD = 'demo12345';
/** A printed code: two groups of five Crockford base32 characters. */
const CODE = /Kode verifikasi:?\s*([0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5})/;

const squash = (s: string) => s.replace(/\s+/g, ' ');

/** The PDF's text through poppler's pdftotext (reading order, not layout). */
function pdfText(bytes: Buffer, name: string): string {
  const file = test.info().outputPath(`${name}.pdf`);
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8', timeout: 30_000, maxBuffer: 256 * 1024 * 1024 });
}

type PdfAnswer = { ok: boolean; value?: { base64?: string; file?: { base64: string } | null } };

/**
 * Runs `action`, which prints through `channel`, and waits both for the core's answer and for the
 * tab openPdf opens on it (a blob: URL). The bytes come from the answer: the app's CSP keeps any
 * script, the tab's own included, from fetching the blob, and they are the very bytes the tab shows.
 */
async function printedPdf(page: Page, channel: 'print/skp' | 'print/batch', action: () => Promise<void>, timeout: number): Promise<Buffer> {
  const answered = page.waitForResponse((r) => r.url().endsWith('/api/invoke') && (r.request().postData() ?? '').includes(`"channel":"${channel}"`), { timeout });
  const popup = page.waitForEvent('popup', { timeout });
  await action();
  const body = (await (await answered).json()) as PdfAnswer;
  expect(body.ok, `${channel} answered`).toBe(true);
  const tab = await popup;
  await expect.poll(() => tab.url(), { timeout: 10_000 }).toMatch(/^blob:http:\/\/127\.0\.0\.1:/);
  await tab.close();
  const pdf = Buffer.from(body.value?.base64 ?? body.value?.file?.base64 ?? '', 'base64');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pdf;
}

async function checkCode(page: Page, code: string): Promise<void> {
  await page.getByTestId('verify-code').fill(code);
  await page.getByRole('button', { name: 'Periksa kode' }).click();
}

async function dropFile(page: Page, name: string, pdf: Buffer): Promise<void> {
  await page.getByTestId('verify-dropzone').locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/pdf', buffer: pdf });
}

// Every click, fill and read gives up on its own instead of running into the test's timeout.
test.use({ actionTimeout: 15_000 });

test('prints one SKP and the unit in browser mode, and verifies the code and the file', async ({ page }) => {
  test.setTimeout(180_000);
  await loadDemo(page);
  // Signed in as the demo operator by the demo; out, and in again through the sign-in form.
  const me = await invoke(page.request, 'auth/me', {});
  await page.getByRole('button', { name: 'Keluar' }).click();
  await page.getByLabel('NIP').fill(me.user.nip);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('user-name')).toHaveText(me.user.nama, { timeout: 15_000 });

  // One approved SKP: its row says who it is; its editor shows the RHK and the print button.
  await openPage(page, 'Daftar SKP');
  const row = page.getByTestId('skp-row').filter({ hasText: 'Disetujui' }).first();
  await expect(row).toBeVisible({ timeout: 15_000 });
  const nama = (await row.getByRole('cell').first().locator('p').nth(0).textContent()) ?? '';
  const nip = (await row.getByRole('cell').first().locator('p').nth(1).textContent()) ?? '';
  expect(nama).not.toBe('');
  expect(nip.replace(/\s/g, '')).toMatch(/^\d{18}$/);
  await row.click();
  const editor = page.getByTestId('skp-editor');
  const rhk = (await editor.getByTestId('rhk-row').first().getByRole('cell').nth(2).locator('p').first().textContent({ timeout: 15_000 })) ?? '';
  expect(rhk.length).toBeGreaterThan(5);
  const printButton = editor.getByTestId('print-skp');
  await expect(printButton).toHaveText('Cetak SKP');
  const single = await printedPdf(page, 'print/skp', () => printButton.click(), 30_000);
  const text = squash(pdfText(single, 'skp'));
  expect(text).toContain('SASARAN KINERJA PEGAWAI');
  expect(text).toContain(nama);
  expect(text).toContain(nip);
  expect(text).toContain(squash(rhk));
  expect(text).not.toContain('DRAF');
  const code = CODE.exec(text)?.[1] ?? '';
  expect(code, 'the verification code printed on the SKP').not.toBe('');
  await expect(page.getByText(`Kode verifikasi ${code}`)).toBeVisible({ timeout: 10_000 });

  // The whole unit at once, as one combined PDF; the job reports progress while it runs.
  await openPage(page, 'Daftar SKP');
  await page.getByRole('combobox', { name: 'Unit kerja' }).click();
  await page.getByRole('option', { name: ROOT_UNIT, exact: true }).click();
  const total = Number(/(\d+)/.exec((await page.getByTestId('skp-total').textContent({ timeout: 10_000 })) ?? '')?.[1] ?? 0);
  expect(total).toBeGreaterThan(20);
  await page.getByTestId('batch-print').click();
  const modal = page.getByTestId('batch-print-modal');
  await expect(modal.getByText(`${total} SKP pada daftar ini`)).toBeVisible({ timeout: 10_000 });
  const combined = await printedPdf(
    page,
    'print/batch',
    async () => {
      await modal.getByTestId('batch-print-start').click();
      await expect(modal.getByTestId('batch-print-progress')).toBeVisible({ timeout: 5_000 });
      await expect(modal.getByTestId('batch-print-progress')).toContainText(new RegExp(`\\d+ dari ${total} SKP`), { timeout: 30_000 });
    },
    60_000,
  );
  const done = modal.getByTestId('batch-print-done');
  await expect(done).toBeVisible({ timeout: 10_000 });
  const printed = Number(/(\d+) SKP dicetak dalam satu PDF/.exec((await done.textContent()) ?? '')?.[1] ?? 0);
  expect(printed).toBeGreaterThan(20);
  expect(printed).toBeLessThanOrEqual(total);
  const batchText = squash(pdfText(combined, 'batch'));
  const nips = new Set([...batchText.matchAll(/NIP\.? (\d{8} \d{6} \d \d{3})/g)].map((m) => m[1]));
  expect(nips.size, 'pegawai in the combined PDF').toBeGreaterThan(10);
  expect(nips).toContain(nip);
  expect(batchText.match(/SASARAN KINERJA PEGAWAI/g)?.length ?? 0).toBeGreaterThanOrEqual(printed);
  await page.keyboard.press('Escape');
  await expect(modal).toHaveCount(0, { timeout: 5_000 });

  // Verifikasi Dokumen: the code off the paper, then the file as printed, then an edited copy.
  await openPage(page, 'Verifikasi Dokumen');
  await checkCode(page, code.toLowerCase());
  const result = page.getByTestId('verify-result');
  await expect(result).toHaveAttribute('data-status', 'asli', { timeout: 15_000 });
  await expect(result).toContainText('ASLI');
  await expect(result).toContainText(nama);
  await expect(result).toContainText(nip);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.screenshot({ path: test.info().outputPath('verifikasi-asli.png') });
  await shot(page, 'verifikasi-asli');

  await dropFile(page, 'skp-asli.pdf', single);
  await expect(result).toHaveAttribute('data-status', 'asli', { timeout: 15_000 });
  await expect(result).toContainText('Berkas sama persis dengan cetakan asli.');

  // An edit appended as a PDF incremental update: the code is the same, the bytes are not.
  const altered = Buffer.concat([single, Buffer.from('\n% diubah setelah dicetak\n', 'latin1')]);
  await dropFile(page, 'skp-diubah.pdf', altered);
  await expect(result).toHaveAttribute('data-status', 'berubah', { timeout: 15_000 });
  await expect(result).toContainText('Berkas PDF ini berbeda dari cetakan asli dokumen dengan kode ini.');
  // Wait for the check button to leave its loading state, so the picture shows the settled screen.
  await expect(page.getByRole('button', { name: 'Periksa kode' })).not.toHaveAttribute('data-loading', { timeout: 5_000 });
  await page.screenshot({ path: test.info().outputPath('verifikasi-berubah.png') });
  await shot(page, 'verifikasi-berubah');
});
