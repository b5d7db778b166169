/**
 * The SKP story of issue 5 in browser mode, offline (no sync server): the head of the unit writes
 * and submits an SKP that serves the Perjanjian Kinerja; a subordinate drafts before the head's
 * RHK exists ("menunggu RHK atasan") and links it later; the operator does the same on behalf of
 * a pegawai without an account; the head approves one SKP and returns another with notes; the
 * readiness board and the peta cascading follow every step.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { ADMIN, openPage, setUpNewUnit } from './support/desk-steps.js';
import { orgWorkbook, type OrgRows } from './support/org-workbook.js';
import { chooseOwnPassword } from './support/first-sign-in.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PASSWORD = 'rahasia-456';
/** What the admin sets; each person replaces it at the first sign-in. */
const INITIAL = 'awal-dari-admin-1';
const TAHUN = new Date().getFullYear();
const KADIS = { nip: '197001012000031001', nama: 'Siti Aminah', namaLengkap: 'Dr. Siti Aminah, M.Pd.' };
const KABID = { nip: '198001012005011002', nama: 'Budi Santoso', namaLengkap: 'Budi Santoso, S.Pd.' };
const KASUBAG = { nip: '199001012015012001', nama: 'Eko Prasetyo', namaLengkap: 'Eko Prasetyo, S.E.' };

const ROWS: OrgRows = {
  units: [['BID-SD', 'Bidang Pembinaan Sekolah Dasar', 'DISDIK']],
  jabatan: [
    ['KADIS', 'Kepala Dinas Pendidikan', 'JPT Pratama', 'DISDIK', '', 14],
    ['KABID-SD', 'Kepala Bidang Sekolah Dasar', 'Administrator', 'BID-SD', 'KADIS', 12],
    ['SEKDIS', 'Sekretaris Dinas', 'Administrator', 'DISDIK', 'KADIS', 12],
  ],
  pegawai: [
    [KADIS.nip, 'Dr.', KADIS.nama, 'M.Pd.', 'PNS', 'IV/c', 'KADIS', 'DISDIK'],
    [KABID.nip, '', KABID.nama, 'S.Pd.', 'PNS', 'III/d', 'KABID-SD', 'BID-SD'],
    [KASUBAG.nip, '', KASUBAG.nama, 'S.E.', 'PNS', 'III/d', 'SEKDIS', 'DISDIK'],
  ],
};

const RHK_KADIS = 'Meningkatnya mutu layanan pendidikan dasar';
const RHK_KABID = 'Terlaksananya pembinaan sekolah dasar';
const RHK_SEKDIS = 'Tersusunnya laporan kinerja dinas';

async function call(page: Page, channel: string, payload: unknown): Promise<unknown> {
  const res = await page.request.post('/api/invoke', { data: { channel, payload } });
  const body = (await res.json()) as { ok: boolean; value?: unknown; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message ?? 'gagal'}`);
  return body.value;
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
}

async function signInAs(page: Page, nip: string, password: string, nama: string): Promise<void> {
  await page.getByLabel('NIP').fill(nip);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('user-name')).toHaveText(nama);
}

function editor(page: Page) {
  return page.getByTestId('skp-editor');
}

async function expectStatus(page: Page, label: string): Promise<void> {
  await expect(editor(page).getByTestId('skp-status').first()).toHaveText(label);
}

/** "Tambah RHK" with one kuantitatif indikator; `pk` fills the Perjanjian Kinerja (head only). */
async function addRhk(page: Page, teks: string, pk?: string): Promise<void> {
  await editor(page).getByRole('button', { name: 'Tambah RHK' }).click();
  const dialog = page.getByRole('dialog', { name: 'RHK baru' });
  await dialog.getByLabel(/^Rencana Hasil Kerja/).fill(teks);
  if (pk) await dialog.getByLabel(/^Perjanjian Kinerja/).fill(pk);
  await dialog.getByLabel(/^Indikator 1/).fill('Jumlah dokumen yang diselesaikan');
  await dialog.getByLabel(/^Target indikator 1/).fill('12');
  await dialog.getByLabel(/^Satuan indikator 1/).fill('dokumen');
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(editor(page).getByTestId('rhk-row').filter({ hasText: teks })).toHaveCount(1);
}

async function linkTo(page: Page, atasanRhk: string): Promise<void> {
  await editor(page).getByRole('button', { name: 'Tautkan RHK A.1' }).click();
  const picker = page.getByRole('dialog', { name: 'Pilih RHK atasan yang diintervensi' });
  await picker.getByRole('radio', { name: new RegExp(atasanRhk) }).check();
  await picker.getByRole('button', { name: 'Tautkan', exact: true }).click();
  await expect(picker).toHaveCount(0);
  const row = editor(page).getByTestId('rhk-row').first();
  await expect(row).toContainText(atasanRhk);
  await expect(row.getByTestId('menunggu-badge')).toHaveCount(0);
}

async function createOwnSkp(page: Page): Promise<void> {
  await openPage(page, 'SKP Saya');
  await page.getByRole('button', { name: `Buat SKP ${TAHUN}` }).click();
  await page.getByRole('dialog', { name: 'SKP baru' }).getByRole('button', { name: 'Buat draf' }).click();
  await expectStatus(page, 'Draf');
}

async function readinessTotals(page: Page, expected: Record<string, number>): Promise<void> {
  await openPage(page, 'Kesiapan SKP');
  const totals = page.getByTestId('readiness-totals');
  for (const [status, n] of Object.entries(expected)) await expect(totals.locator(`[data-status="${status}"]`)).toContainText(`: ${n}`);
}

test('SKP: draft before the atasan, link, submit, approve one, return another, board and peta follow', async ({ page }) => {
  test.setTimeout(120_000);

  // The operator sets up the unit, imports its people and gives the head and one kabid accounts.
  await setUpNewUnit(page);
  await openPage(page, 'Impor/Ekspor');
  await page.getByLabel('Berkas .xlsx untuk diimpor').setInputFiles({ name: 'unit.xlsx', mimeType: XLSX, buffer: await orgWorkbook(ROWS) });
  await page.getByRole('button', { name: 'Simpan impor' }).click();
  await expect(page.getByTestId('summary-counts')).toBeVisible();
  const units = (await call(page, 'org/units', {})) as { id: string; kode: string }[];
  const root = units.find((u) => u.kode === 'DISDIK');
  if (!root) throw new Error('no root unit');
  for (const p of [KADIS, KABID]) await call(page, 'users/save', { nip: p.nip, nama: p.nama, roles: ['pegawai'], unitId: root.id, aktif: true, password: INITIAL });
  await signOut(page);
  for (const p of [KADIS, KABID]) await chooseOwnPassword(page, p, INITIAL, PASSWORD);

  // The kabid drafts before the head has any RHK: the row waits for its atasan RHK.
  await signInAs(page, KABID.nip, PASSWORD, KABID.nama);
  await createOwnSkp(page);
  await addRhk(page, RHK_KABID);
  await expect(editor(page).getByTestId('rhk-row').first().getByTestId('menunggu-badge')).toHaveText('menunggu RHK atasan');
  // The picker opens and explains why there is nothing to pick yet.
  await editor(page).getByRole('button', { name: 'Tautkan RHK A.1' }).click();
  const picker = page.getByRole('dialog', { name: 'Pilih RHK atasan yang diintervensi' });
  await expect(picker.getByTestId('picker-notice')).toBeVisible();
  await picker.getByRole('button', { name: 'Batal' }).click();
  // Submitting with an UTAMA RHK still waiting is refused with the core's message; nothing is lost.
  await editor(page).getByRole('button', { name: 'Ajukan' }).click();
  await expect(editor(page).getByTestId('error-alert')).toBeVisible();
  await expectStatus(page, 'Draf');
  await signOut(page);

  // The head writes an SKP serving the Perjanjian Kinerja and submits it.
  await signInAs(page, KADIS.nip, PASSWORD, KADIS.nama);
  await openPage(page, 'Peta Cascading');
  await expect(page.getByTestId('peta-rhk').filter({ hasText: RHK_KABID }).getByTestId('peta-menunggu')).toBeVisible();
  await createOwnSkp(page);
  await addRhk(page, RHK_KADIS, 'Sasaran strategis 1: mutu pendidikan dasar meningkat');
  await expect(editor(page).getByTestId('rhk-row').first()).toContainText('Sasaran strategis 1');
  await editor(page).getByRole('button', { name: 'Ajukan' }).click();
  await expectStatus(page, 'Diajukan');
  // Nobody intervenes the head's RHK yet: the peta flags it.
  await openPage(page, 'Peta Cascading');
  await expect(page.getByTestId('peta-rhk').filter({ hasText: RHK_KADIS }).getByTestId('peta-tanpa')).toBeVisible();
  await signOut(page);

  // The kabid now links his RHK to the head's and submits.
  await signInAs(page, KABID.nip, PASSWORD, KABID.nama);
  await openPage(page, 'SKP Saya');
  await page.getByTestId('skp-row').first().click();
  await linkTo(page, RHK_KADIS);
  await editor(page).getByRole('button', { name: 'Ajukan' }).click();
  await expectStatus(page, 'Diajukan');
  await signOut(page);

  // The operator writes the sekretaris' SKP on his behalf (he has no account) and submits it.
  await signInAs(page, ADMIN.nip, ADMIN.password, ADMIN.nama);
  await openPage(page, 'Daftar SKP');
  await page.getByRole('button', { name: 'Buat SKP' }).click();
  const create = page.getByRole('dialog', { name: 'SKP baru' });
  await create.getByRole('combobox', { name: 'Pegawai' }).fill('Eko');
  await page.getByRole('option', { name: /Eko Prasetyo/ }).click();
  await create.getByRole('button', { name: 'Buat draf' }).click();
  await expectStatus(page, 'Draf');
  // A second SKP of the same year for him is not offered: the dialog says why instead.
  await openPage(page, 'Daftar SKP');
  await page.getByRole('button', { name: 'Buat SKP' }).click();
  const again = page.getByRole('dialog', { name: 'SKP baru' });
  await again.getByRole('combobox', { name: 'Pegawai' }).fill('Eko');
  await page.getByRole('option', { name: /Eko Prasetyo/ }).click();
  await expect(again.getByTestId('disabled-reason')).toHaveText(/^Pegawai ini sudah memiliki SKP \d{4}; bukalah dari Daftar SKP\.$/);
  await expect(again.getByRole('button', { name: 'Buat draf' })).toBeDisabled();
  await again.getByRole('button', { name: 'Batal' }).click();
  await page.getByTestId('skp-row').filter({ hasText: 'Eko Prasetyo' }).click();
  await expectStatus(page, 'Draf');
  await addRhk(page, RHK_SEKDIS);
  await linkTo(page, RHK_KADIS);
  await editor(page).getByRole('button', { name: 'Ajukan' }).click();
  await expectStatus(page, 'Diajukan');
  // Everyone has submitted; the head's unapproved plan holds up both subordinates.
  await readinessTotals(page, { diajukan: 3, disetujui: 0 });
  await expect(page.getByTestId('bottleneck').filter({ hasText: 'Kepala Dinas Pendidikan' })).toContainText('menahan 2 bawahan langsung');
  await signOut(page);

  // The head approves the kabid's SKP and returns the sekretaris' with notes.
  await signInAs(page, KADIS.nip, PASSWORD, KADIS.nama);
  await openPage(page, 'Persetujuan');
  await expect(page.getByTestId('skp-row')).toHaveCount(2);
  await page.getByTestId('skp-row').filter({ hasText: KABID.nama }).click();
  const compare = page.getByTestId('rhk-compare');
  await expect(compare.getByTestId('compare-row').first()).toContainText(RHK_KABID);
  await expect(compare.getByTestId('compare-row').first()).toContainText(RHK_KADIS);
  await editor(page).getByRole('button', { name: 'Setujui' }).click();
  await page.getByRole('dialog', { name: 'Setujui SKP' }).getByRole('button', { name: 'Setujui' }).click();
  await expectStatus(page, 'Disetujui');
  await editor(page).getByRole('button', { name: /Kembali ke daftar/ }).click();
  await expect(page.getByTestId('skp-row')).toHaveCount(1);
  await page.getByTestId('skp-row').filter({ hasText: KASUBAG.nama }).click();
  await editor(page).getByRole('button', { name: 'Kembalikan' }).click();
  const ret = page.getByRole('dialog', { name: 'Kembalikan SKP' });
  await ret.getByLabel('Catatan untuk seluruh SKP').fill('Lengkapi lampiran dukungan sumber daya.');
  await ret.getByLabel('Catatan untuk RHK A.1').fill('Target terlalu rendah; naikkan menjadi 24 dokumen.');
  await ret.getByRole('button', { name: 'Kembalikan' }).click();
  await expectStatus(page, 'Dikembalikan');
  // Board and peta follow: one approved, one returned, the head's RHK intervened twice.
  await readinessTotals(page, { disetujui: 1, dikembalikan: 1, diajukan: 1 });
  await expect(page.getByTestId('bottleneck').filter({ hasText: 'Kepala Dinas Pendidikan' })).toContainText('menahan 1 bawahan langsung');
  await openPage(page, 'Peta Cascading');
  const kadisRhk = page.getByTestId('peta-rhk').filter({ hasText: RHK_KADIS });
  await expect(kadisRhk).toContainText('diintervensi 2 RHK bawahan');
  await expect(kadisRhk.getByTestId('peta-tanpa')).toHaveCount(0);
  await expect(page.getByTestId('peta-menunggu')).toHaveCount(0);
  await signOut(page);

  // The operator sees the returned SKP with both notes, for the sekretaris to act on.
  await signInAs(page, ADMIN.nip, ADMIN.password, ADMIN.nama);
  await openPage(page, 'Daftar SKP');
  await page.getByTestId('skp-row').filter({ hasText: KASUBAG.nama }).click();
  await expect(page.getByTestId('skp-return-note')).toContainText('Lengkapi lampiran dukungan sumber daya.');
  await expect(editor(page).getByTestId('rhk-return-note')).toContainText('naikkan menjadi 24 dokumen');
  await expectStatus(page, 'Dikembalikan');
});
