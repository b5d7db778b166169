/**
 * UI steps of the appraisal story that the online (evaluasi.spec.ts) and offline
 * (evaluasi-offline.spec.ts) specs both walk: the pegawai fills and reports the quarter's realisasi,
 * the pejabat penilai opens the session from Beranda, rates with the predikat following live, and locks.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { periodeOfDate } from '../../../shared/domain/evaluasi/periode-evaluasi.js';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import { openPage } from './desk-steps.js';

const TODAY = new Date();
export const TAHUN = TODAY.getFullYear();
const ISO_TODAY = `${TAHUN}-${String(TODAY.getMonth() + 1).padStart(2, '0')}-${String(TODAY.getDate()).padStart(2, '0')}`;
/** The quarter we are in (an instansi evaluates quarterly unless set otherwise). */
export const TW: PeriodeKey = periodeOfDate(ISO_TODAY, 'triwulanan') ?? 'TW1';

export type BuktiFile = { name: string; mimeType: string; buffer: Buffer };

/** Realisasi Saya, open at `periode`. Answers the form and its rows (one per indikator). */
export async function openRealisasi(page: Page, periode: PeriodeKey): Promise<{ form: Locator; rows: Locator }> {
  await openPage(page, 'Realisasi Saya');
  await expect(page.locator('[data-page-content="realisasiSaya"]')).toBeVisible();
  await page.locator(`[data-testid="periode-row"][data-periode="${periode}"]`).click();
  const form = page.locator(`[data-testid="realisasi-form"][data-periode="${periode}"]`);
  await expect(form).toBeVisible();
  return { form, rows: form.getByTestId('realisasi-row') };
}

/**
 * On Realisasi Saya, opens `periode` and fills every indikator: a value where it is counted, `uraian`
 * where it is described. Answers the form and its rows for the bukti and the report.
 */
export async function fillRealisasi(page: Page, periode: PeriodeKey, uraian: string): Promise<{ form: Locator; rows: Locator }> {
  const { form, rows } = await openRealisasi(page, periode);
  const n = await rows.count();
  expect(n).toBeGreaterThan(0);
  for (let i = 0; i < n; i++) {
    const row = rows.nth(i);
    const value = row.locator('input[aria-label^="Realisasi:"]');
    if ((await value.count()) > 0) await value.fill('3');
    else await row.locator('textarea[aria-label^="Uraian realisasi:"]').fill(uraian);
  }
  return { form, rows };
}

/** Adds a link as bukti dukung of one realisasi row through its dialog. */
export async function addBuktiLink(page: Page, row: Locator, link: { url: string; judul: string }): Promise<void> {
  await row.getByRole('button', { name: /^Tambah tautan:/ }).click();
  await page.getByLabel('Alamat tautan').fill(link.url);
  await page.getByLabel('Judul tautan').fill(link.judul);
  await page.getByRole('dialog').getByRole('button', { name: 'Tambah tautan', exact: true }).click();
}

/** Drops a file on one realisasi row's bukti zone (refused types show beside it, so no wait here). */
export async function dropBuktiFile(row: Locator, file: BuktiFile): Promise<void> {
  await row.locator('[data-testid="bukti-dropzone"] input[type="file"]').setInputFiles(file);
}

/** "Laporkan" on the realisasi form; waits for the toast and the reported status. */
export async function reportRealisasi(page: Page, form: Locator): Promise<void> {
  await form.getByRole('button', { name: 'Laporkan' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Realisasi berhasil dilaporkan' })).toBeVisible();
  await expect(form.getByTestId('realisasi-status')).toHaveAttribute('data-status', 'dilaporkan');
}

/**
 * As the pejabat penilai on Beranda: "Menunggu rating saya", then the pegawai's session of
 * `periode`, which shows the reported realisasi and its file. Answers the session.
 */
export async function openRatingSession(page: Page, periode: PeriodeKey, pegawaiNama: string, buktiFileName: string): Promise<Locator> {
  await page.locator('[data-testid="home-count"][data-item="beriNilai"]').click();
  await expect(page.locator('[data-testid="todo-list"][data-kind="beriNilai"]')).toBeVisible();
  await page.getByTestId('todo-row').filter({ hasText: pegawaiNama }).getByRole('button', { name: 'Buka' }).click();
  const session = page.locator(`[data-testid="evaluasi-session"][data-periode="${periode}"]`);
  await expect(session).toBeVisible();
  await expect(session.getByTestId('realisasi-cell').first()).not.toHaveText('—');
  await expect(session.getByTestId('bukti-file').first()).toContainText(buktiFileName);
  return session;
}

/** The Evaluasi list searched for one pegawai by NIP; answers their (single) row. */
export async function findOnEvaluasiList(page: Page, nip: string): Promise<Locator> {
  await openPage(page, 'Evaluasi');
  await page.getByLabel('Cari nama atau NIP').fill(nip);
  await expect(page.getByTestId('staff-row')).toHaveCount(1);
  return page.getByTestId('staff-row');
}

/**
 * In an unrated period's rating panel: the predikat follows the two ratings live (one rating is not
 * yet a predikat; Di Atas with Di Bawah is Kurang/Misconduct; both Di Atas is Sangat Baik), ending
 * at Di Atas / Di Atas. Answers the live badge.
 */
export async function rateDiAtasWithLivePredikat(panel: Locator): Promise<Locator> {
  const live = panel.getByTestId('predikat-live').getByTestId('predikat-badge');
  await panel.getByTestId('rating-hk').getByLabel('Di Atas Ekspektasi').check();
  await expect(live).toHaveText('Belum');
  await panel.getByTestId('rating-pk').getByLabel('Di Bawah Ekspektasi').check();
  await expect(live).toHaveText('Kurang/Misconduct');
  await panel.getByTestId('rating-pk').getByLabel('Di Atas Ekspektasi').check();
  await expect(live).toHaveText('Sangat Baik');
  return live;
}

/** "Simpan penilaian", waiting for its toast. */
export async function saveRating(page: Page, panel: Locator): Promise<void> {
  await panel.getByRole('button', { name: 'Simpan penilaian' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Penilaian berhasil disimpan.' })).toBeVisible();
}

/** "Kunci evaluasi" and its confirmation; waits until the session shows it locked. */
export async function lockEvaluasi(page: Page, session: Locator): Promise<void> {
  await session.getByTestId('rating-panel').getByRole('button', { name: 'Kunci evaluasi' }).click();
  await page.getByRole('dialog', { name: 'Kunci evaluasi' }).getByRole('button', { name: 'Kunci evaluasi' }).click();
  await expect(session).toHaveAttribute('data-terkunci', 'true');
}
