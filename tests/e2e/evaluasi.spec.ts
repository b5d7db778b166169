/**
 * The appraisal story of issue 10 in browser mode, offline, on the 300-pegawai demo at 1366×768:
 * a pegawai fills and reports the realisasi of the current quarter (values, a link and a file as
 * bukti dukung) and a laporan harian entry; the pejabat penilai rates in the evaluation session,
 * sees the predikat live, locks, fails to change it afterwards (the screen says why and the core
 * refuses with LOCKED), reopens with a reason and locks again; then does the annual evaluation
 * (history, suggestion, justification when the predikat differs). The pegawai acknowledges the
 * rating on Beranda and finds the quarter read-only; the operator records the predikat kinerja
 * organisasi and sees the unit's spread against the curve. Screenshots go to test-results/.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { invoke, invokeRaw } from './support/appraisal-world.js';
import {
  addBuktiLink,
  dropBuktiFile,
  fillRealisasi,
  findOnEvaluasiList,
  lockEvaluasi,
  openRatingSession,
  openRealisasi,
  rateDiAtasWithLivePredikat,
  reportRealisasi,
  saveRating,
  TAHUN,
  TW,
} from './support/appraisal-steps.js';
import { openPage, signInAs, signOut } from './support/desk-steps.js';
import { loadDemo } from './support/demo.js';

const DEMO_PASSWORD = 'demo12345';
const SHOTS = 'test-results';
const TW_LABEL = { TW1: 'TRIWULAN I', TW2: 'TRIWULAN II', TW3: 'TRIWULAN III', TW4: 'TRIWULAN IV/AKHIR' }[TW as 'TW1' | 'TW2' | 'TW3' | 'TW4'];

test.use({ viewport: { width: 1366, height: 768 }, actionTimeout: 15_000 });

const signIn = (page: Page, nip: string): Promise<void> => signInAs(page, nip, DEMO_PASSWORD);

async function shot(page: Page, name: string, top = false): Promise<void> {
  await expect(page.locator('.mantine-Loader')).toHaveCount(0, { timeout: 15_000 });
  if (top) await page.getByTestId('page-scroll').evaluate((e) => e.scrollTo({ top: 0 }));
  await page.waitForTimeout(200);
  await page.screenshot({ path: `${SHOTS}/evaluasi-${name}.png` });
}

/** An approved SKP of a plain pegawai (not an operator) with RHK, and its penilai; approves a submitted one when none is. */
async function pickStory(page: Page): Promise<{ skpId: string; owner: { nip: string; nama: string }; penilai: { nip: string; nama: string } }> {
  for (const status of ['disetujui', 'diajukan'] as const) {
    const list = await invoke(page.request, 'skp/list', { tahun: TAHUN, status: [status], offset: 0, limit: 100 });
    for (const row of list.rows) {
      if (row.rhkCount === 0) continue;
      const detail = await invoke(page.request, 'skp/get', { id: row.id });
      if (!detail.penilai) continue;
      const users = await invoke(page.request, 'users/list', { query: row.nip, limit: 5 });
      const owner = users.rows.find((u) => u.pegawaiId === row.pegawaiId && u.roles.every((r) => r === 'pegawai'));
      const pUsers = await invoke(page.request, 'users/list', { query: detail.penilai.nip, limit: 5 });
      const penilai = pUsers.rows.find((u) => u.pegawaiId === detail.penilai?.pegawaiId && u.roles.every((r) => r === 'pegawai'));
      if (!owner || !penilai) continue;
      return { skpId: row.id, owner: { nip: owner.nip, nama: owner.nama }, penilai: { nip: penilai.nip, nama: penilai.nama } };
    }
  }
  throw new Error('the demo has no SKP of a pegawai whose penilai has an account');
}

test('evaluation: realisasi reported, quarter rated, locked, refused, reopened; annual with justification; kurva', async ({ page }) => {
  test.setTimeout(300_000);
  await loadDemo(page, 300);
  const story = await pickStory(page);
  const operator = (await invoke(page.request, 'auth/me', {})).user;

  // Screens of the operator before anything is rated.
  await openPage(page, 'Pengaturan Kinerja');
  await expect(page.locator('[data-page-content="pengaturanKinerja"]')).toBeVisible();
  await shot(page, 'pengaturan');
  await openPage(page, 'Penilai (Plt./Plh.)');
  await expect(page.locator('[data-page-content="penilaiOverride"]')).toBeVisible();
  await page.getByRole('button', { name: 'Tambah penilai pengganti' }).click();
  await expect(page.getByRole('dialog', { name: 'Penilai pengganti baru' })).toBeVisible();
  await shot(page, 'penilai-override-baru');
  await page.getByRole('dialog').getByRole('button', { name: 'Batal' }).click();
  await shot(page, 'penilai-override');
  // The same list is reachable from a pegawai's detail, narrowed to that pegawai.
  await openPage(page, 'Pegawai');
  await page.getByTestId('pegawai-row').first().click();
  await page.getByTestId('open-penilai-override').click();
  await expect(page.locator('[data-page-content="penilaiOverride"]')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Tampilkan seluruh unit' })).toBeVisible();
  await signOut(page);

  // A submitted SKP is approved first by its own penilai.
  const skp = await (async () => {
    await signIn(page, story.penilai.nip);
    const d = await invoke(page.request, 'skp/get', { id: story.skpId });
    if (d.skp.status === 'diajukan') await invoke(page.request, 'skp/approve', { id: story.skpId, delegasi: null });
    return invoke(page.request, 'skp/get', { id: story.skpId });
  })();
  expect(skp.skp.status).toBe('disetujui');
  await signOut(page);

  // The pegawai fills in the current quarter: a value (or description) per indikator, a link and a file, then reports.
  await signIn(page, story.owner.nip);
  const { form, rows } = await fillRealisasi(page, TW, 'Dilaksanakan sesuai rencana.');
  const first = rows.first();
  await addBuktiLink(page, first, { url: 'https://drive.example.go.id/laporan-triwulan', judul: 'Laporan triwulan' });
  await expect(first.getByTestId('bukti-link')).toHaveText(/Laporan triwulan/);
  // A wrong type is refused beside the drop zone with the accepted types named.
  await dropBuktiFile(first, { name: 'foto.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(first.getByTestId('bukti-problem')).toContainText('PDF');
  await dropBuktiFile(first, { name: 'notulen.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% bukti dukung\n%%EOF\n') });
  await expect(first.getByTestId('bukti-file')).toContainText('notulen.pdf');
  await shot(page, 'realisasi-saya');
  await reportRealisasi(page, form);

  // A laporan harian entry of today, listed with the total and in the rekap.
  await page.getByRole('tab', { name: 'Laporan Harian' }).click();
  await page.getByRole('button', { name: 'Tambah kegiatan' }).click();
  const entry = page.getByRole('dialog', { name: 'Kegiatan baru' });
  await entry.getByLabel(/^Kegiatan/).fill('Menyusun notulen rapat koordinasi');
  await entry.getByLabel('Output').fill('Notulen');
  await entry.getByRole('button', { name: 'Simpan' }).click();
  await expect(entry).toHaveCount(0);
  await expect(page.getByTestId('laporan-row')).toHaveCount(1);
  await expect(page.getByTestId('list-range')).toHaveText('1 kegiatan · 60 menit');
  await expect(page.getByTestId('rekap-row').first()).toBeVisible();
  await shot(page, 'laporan-harian');
  await signOut(page);

  // The penilai first asks for a revision with a note; the pegawai sees it, corrects and reports again.
  await signIn(page, story.penilai.nip);
  await (await findOnEvaluasiList(page, story.owner.nip)).getByRole('button').click();
  await expect(page.locator(`[data-testid="evaluasi-session"][data-periode="${TW}"]`)).toBeVisible();
  await page.getByRole('button', { name: 'Minta revisi' }).click();
  const revisi = page.getByRole('dialog', { name: 'Minta revisi realisasi' });
  await revisi.getByLabel('Catatan untuk pegawai').fill('Lengkapi realisasi indikator pertama dengan angka akhir triwulan.');
  await revisi.getByRole('button', { name: 'Minta revisi' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Permintaan revisi terkirim' })).toBeVisible();
  await signOut(page);
  await signIn(page, story.owner.nip);
  await openRealisasi(page, TW);
  await expect(form.getByTestId('revision-note')).toContainText('angka akhir triwulan');
  await shot(page, 'realisasi-revisi', true);
  await rows.first().locator('input[aria-label^="Realisasi:"], textarea[aria-label^="Uraian realisasi:"]').first().fill('4');
  await reportRealisasi(page, form);
  await signOut(page);

  // The penilai opens the session from Beranda's "Menunggu rating saya" and rates the quarter.
  await signIn(page, story.penilai.nip);
  const session = await openRatingSession(page, TW, story.owner.nama, 'notulen.pdf');
  await expect(session.getByTestId('capaian').first()).toBeVisible();
  await shot(page, 'sesi-atas', true);
  // Feedback on the first RHK, kept as a thread.
  await session.getByTestId('umpan-balik-toggle').first().click();
  await session.getByRole('textbox', { name: /^Umpan balik untuk RHK/ }).first().fill('Pertahankan ketepatan waktu laporan.');
  await session.getByRole('button', { name: /^Kirim: Umpan balik untuk RHK/ }).first().click();
  await expect(session.getByTestId('umpan-balik-message').first()).toContainText('Pertahankan ketepatan waktu laporan.');
  // The predikat follows the two ratings live.
  const panel = session.getByTestId('rating-panel');
  await rateDiAtasWithLivePredikat(panel);
  await panel.getByLabel('Umpan balik hasil kerja').fill('Target triwulan terlampaui.');
  // Locking before saving is not offered, and the button says why.
  await expect(panel.getByRole('button', { name: 'Kunci evaluasi' })).toBeDisabled();
  await expect(panel.getByTestId('disabled-reason')).toHaveText('Simpan penilaian terlebih dahulu.');
  await saveRating(page, panel);
  await shot(page, 'sesi-triwulan');
  await lockEvaluasi(page, session);
  await expect(panel.getByTestId('lock-badge')).toBeVisible();

  // Locked: the ratings cannot be changed on screen (it says why), and the core refuses a direct edit.
  await expect(panel.getByTestId('rating-hk').getByLabel('Sesuai Ekspektasi')).toBeDisabled();
  await expect(panel.getByTestId('locked-note')).toBeVisible();
  const refused = await invokeRaw(page.request, 'evaluasi/rate', {
    skpId: story.skpId,
    periode: TW,
    ratingHasilKerja: 'sesuai',
    ratingPerilaku: 'sesuai',
    umpanBalikHasilKerja: null,
    umpanBalikPerilaku: null,
    catatan: null,
    alasanPredikat: null,
  });
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(refused.error.code).toBe('LOCKED');
  await shot(page, 'sesi-terkunci');

  // Reopening needs a reason; the history keeps it.
  await panel.getByRole('button', { name: 'Buka kembali' }).click();
  const reopen = page.getByRole('dialog', { name: 'Buka kembali evaluasi' });
  await expect(reopen.getByRole('button', { name: 'Buka kembali' })).toBeDisabled();
  await expect(reopen.getByTestId('disabled-reason')).toHaveText('Tulis alasan membuka kembali.');
  await reopen.getByLabel('Alasan membuka kembali').fill('Bukti dukung tambahan diserahkan pegawai.');
  await reopen.getByRole('button', { name: 'Buka kembali' }).click();
  await expect(session).toHaveAttribute('data-terkunci', 'false');
  await expect(session.getByTestId('evaluasi-riwayat')).toContainText('Bukti dukung tambahan diserahkan pegawai.');
  await expect(panel.getByTestId('rating-hk').getByLabel('Sesuai Ekspektasi')).toBeEnabled();
  await lockEvaluasi(page, session);

  // The year: the periodic history suggests Sangat Baik; setting Baik asks for a justification.
  await page.getByTestId('periode-select').click();
  await page.getByRole('option', { name: /^Tahunan/ }).click();
  const annual = page.locator('[data-testid="evaluasi-session"][data-periode="TAHUNAN"]');
  await expect(annual).toBeVisible();
  await expect(annual.getByTestId('riwayat-periode').filter({ hasText: TW_LABEL })).toContainText('Sangat Baik');
  await expect(annual.getByTestId('saran-predikat')).toContainText('Sangat Baik');
  const yearPanel = annual.getByTestId('rating-panel');
  await yearPanel.getByTestId('rating-hk').getByLabel('Sesuai Ekspektasi').check();
  await yearPanel.getByTestId('rating-pk').getByLabel('Sesuai Ekspektasi').check();
  await expect(yearPanel.getByTestId('predikat-live').getByTestId('predikat-badge')).toHaveText('Baik');
  await yearPanel.getByRole('button', { name: 'Simpan penilaian' }).click();
  await expect(yearPanel.getByText('Predikat berbeda dari saran; tulis alasannya.')).toBeVisible();
  await yearPanel.getByLabel(/^Alasan predikat berbeda dari saran/).fill('Capaian triwulan lain belum dinilai; perilaku sesuai ekspektasi.');
  await yearPanel.getByRole('button', { name: 'Simpan penilaian' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Penilaian berhasil disimpan.' }).first()).toBeVisible();
  await shot(page, 'sesi-tahunan');
  await lockEvaluasi(page, annual);
  await signOut(page);

  // The pegawai sees the rating on Beranda and acknowledges it; the locked quarter is read-only.
  await signIn(page, story.owner.nip);
  const rating = page.getByTestId('home-rating');
  await expect(rating).toBeVisible();
  await shot(page, 'beranda-pegawai');
  const toAccept = await rating.getByTestId('home-rating-row').count();
  expect(toAccept).toBeGreaterThan(0);
  await rating.getByTestId('home-rating-row').first().getByRole('button', { name: /^Terima/ }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Penerimaan rating berhasil dicatat.' })).toBeVisible();
  await openRealisasi(page, TW);
  await expect(page.getByTestId('realisasi-locked')).toBeVisible();
  await expect(form.getByRole('button', { name: 'Simpan realisasi' })).toBeDisabled();
  // A daily entry dated in the locked quarter is refused by the core, said beside the date.
  await page.getByRole('tab', { name: 'Laporan Harian' }).click();
  await expect(page.getByTestId('laporan-row').first()).toContainText('Periode terkunci');
  await page.getByRole('button', { name: 'Tambah kegiatan' }).click();
  const late = page.getByRole('dialog', { name: 'Kegiatan baru' });
  await late.getByLabel(/^Kegiatan/).fill('Kegiatan susulan');
  await late.getByRole('button', { name: 'Simpan' }).click();
  await expect(late.getByText(/dikunci/)).toBeVisible();
  await late.getByRole('button', { name: 'Batal' }).click();
  await signOut(page);

  // The operator records the unit's predikat kinerja organisasi and sees the spread against the curve.
  await signIn(page, operator.nip);
  await openPage(page, 'Kurva Distribusi');
  await expect(page.locator('[data-page-content="kurva"]')).toBeVisible();
  await page.getByTestId('predikat-organisasi').click();
  await page.getByRole('option', { name: 'Istimewa' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Predikat kinerja organisasi berhasil disimpan.' })).toBeVisible();
  await expect(page.locator('[data-testid="kurva-row"][data-predikat="baik"]')).not.toContainText(/^Baik0/);
  await expect(page.getByTestId('kurva-dinilai')).not.toHaveText('0 pegawai dinilai');
  await expect(page.getByTestId('kurva-chart')).toBeVisible();
  await shot(page, 'kurva');
  await openPage(page, 'Progres Unit');
  await expect(page.locator('[data-page-content="progresUnit"]')).toBeVisible();
  await expect(page.getByTestId('progres-terkunci')).not.toContainText(/^Terkunci0 dari/);
  await shot(page, 'progres-unit');
  const staffRow = await findOnEvaluasiList(page, story.owner.nip);
  await shot(page, 'evaluasi-daftar');
  await staffRow.getByRole('button').click();
  await expect(page.getByTestId('evaluasi-session')).toBeVisible();
  // An operator sees but does not rate, and the screen says why.
  await expect(page.getByTestId('rating-panel').getByTestId('disabled-reason').first()).toBeVisible();
  await shot(page, 'sesi-operator', true);
});
