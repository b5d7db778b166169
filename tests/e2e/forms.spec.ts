/**
 * Forms driven by the contract (issue 9, item 3): an empty pegawai form says "Wajib diisi" beside
 * NIP and golongan, a long name says its limit beside the name, a date typed 31/12/2026 is saved as
 * 31 December; an RHK target of "dua belas" or "-5" gets its message beside the field, and a
 * 2,644-character RHK text is kept whole with the limit said. Screens at 1366×768 in test-results/.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { ADMIN, openPage, setUpNewUnit } from './support/desk-steps.js';

const TAHUN = new Date().getFullYear();
const NEW_NIP = '199203152019032001';

test.use({ viewport: { width: 1366, height: 768 } });

async function call<T>(page: Page, channel: string, payload: unknown): Promise<T> {
  const res = await page.request.post('/api/invoke', { data: { channel, payload } });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok || body.value === undefined) throw new Error(`${channel}: ${body.error?.message ?? 'gagal'}`);
  return body.value;
}

/** The message Mantine renders as the field's error is part of its accessible description. */
async function expectBeside(field: Locator, message: RegExp): Promise<void> {
  await expect(field).toHaveAccessibleDescription(message);
}

test('pegawai form: required fields, a long name, a DD/MM/YYYY date', async ({ page }) => {
  await setUpNewUnit(page);
  await openPage(page, 'Pegawai');
  await page.getByRole('button', { name: 'Tambah pegawai' }).click();
  const drawer = page.getByRole('dialog', { name: 'Pegawai baru' });
  await drawer.getByRole('button', { name: 'Simpan' }).click();

  await expectBeside(drawer.getByLabel('NIP'), /Wajib diisi/);
  await expectBeside(drawer.getByLabel('Golongan'), /Wajib diisi/);
  await expectBeside(drawer.getByRole('textbox', { name: 'Nama', exact: true }), /Wajib diisi/);
  await expect(drawer.getByText(/tidak dikenal/)).toHaveCount(0);
  await page.screenshot({ path: 'test-results/forms-pegawai-empty.png' });

  const nama = drawer.getByRole('textbox', { name: 'Nama', exact: true });
  await nama.fill('A'.repeat(121));
  await expectBeside(nama, /Paling banyak 120 karakter/);
  await expect(nama).toHaveValue('A'.repeat(121));
  await nama.fill('Siti Nurjanah');

  await drawer.getByLabel('Golongan').selectOption('III/a');
  await drawer.getByLabel('NIP').fill(NEW_NIP);
  await drawer.getByRole('combobox', { name: 'Unit kerja' }).click();
  await page.getByRole('option', { name: 'Dinas Pendidikan' }).click();
  const tmt = drawer.getByRole('textbox', { name: 'TMT mulai' });
  await tmt.fill('31/02/2026');
  await tmt.press('Tab');
  await expectBeside(tmt, /Tanggal tidak valid \(DD\/MM\/YYYY\)/);
  await tmt.fill('31/12/2026');
  await tmt.press('Tab');
  await expect(tmt).toHaveValue('31/12/2026');
  await page.screenshot({ path: 'test-results/forms-pegawai-filled.png' });
  await drawer.getByRole('button', { name: 'Simpan' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Pegawai berhasil disimpan.' })).toBeVisible();

  const found = await call<{ rows: { id: string; nip: string }[] }>(page, 'pegawai/search', { query: NEW_NIP, offset: 0, limit: 5 });
  const saved = await call<{ pegawai: { tmtMulai: string | null } }>(page, 'pegawai/get', { id: found.rows[0]?.id });
  expect(saved.pegawai.tmtMulai).toBe('2026-12-31');
});

test('RHK form: words and negatives as a target, a 2,644-character text kept whole', async ({ page }) => {
  await setUpNewUnit(page);
  // The admin holds the top jabatan, so SKP Saya can make an SKP.
  const units = await call<{ id: string }[]>(page, 'org/units', {});
  const jabatan = await call<{ id: string }>(page, 'org/jabatanSave', { unitId: units[0]?.id, kode: 'KADIS', nama: 'Kepala Dinas Pendidikan', jenis: 'jpt_pratama', atasanJabatanId: null, kelas: 14 });
  const me = await call<{ rows: { id: string }[] }>(page, 'pegawai/search', { query: ADMIN.nip, offset: 0, limit: 1 });
  const detail = await call<{ pegawai: Record<string, unknown> }>(page, 'pegawai/get', { id: me.rows[0]?.id });
  const { id, nip, gelarDepan, nama, gelarBelakang, jenisAsn, golongan, unitId, tmtMulai, tmtSelesai } = detail.pegawai;
  await call(page, 'pegawai/save', { id, nip, gelarDepan, nama, gelarBelakang, jenisAsn, golongan, unitId, tmtMulai, tmtSelesai, jabatanId: jabatan.id });

  await openPage(page, 'SKP Saya');
  await page.getByRole('button', { name: `Buat SKP ${TAHUN}` }).click();
  const create = page.getByRole('dialog', { name: 'SKP baru' });
  await expect(create.getByRole('textbox', { name: 'Tanggal mulai' })).toHaveValue(`01/01/${TAHUN}`);
  await expect(create.getByRole('textbox', { name: 'Tanggal selesai' })).toHaveValue(`31/12/${TAHUN}`);
  await page.screenshot({ path: 'test-results/forms-skp-create.png' });
  await create.getByRole('button', { name: 'Buat draf' }).click();
  await expect(page.getByTestId('skp-editor')).toBeVisible();

  await page.getByTestId('skp-editor').getByRole('button', { name: 'Tambah RHK' }).click();
  const dialog = page.getByRole('dialog', { name: 'RHK baru' });
  const target = dialog.getByLabel(/^Target indikator 1/);
  await target.fill('dua belas');
  await target.press('Tab');
  await expectBeside(target, /Harus berupa angka/);
  await target.fill('-5');
  await target.press('Tab');
  await expectBeside(target, /Tidak boleh kurang dari 0/);

  const teks = dialog.getByLabel(/^Rencana Hasil Kerja/);
  const long = 'Meningkatnya mutu layanan pendidikan dasar. '.repeat(60) + 'x'.repeat(2644 - 44 * 60);
  expect(long).toHaveLength(2644);
  await teks.focus();
  await page.keyboard.insertText(long);
  await expect(teks).toHaveValue(long);
  await expectBeside(teks, /Paling banyak 2\.000 karakter/);
  await expect(dialog.getByText('2.644 / 2.000 karakter')).toBeVisible();
  await dialog.getByRole('button', { name: 'Simpan' }).click();
  await expect(dialog).toBeVisible();
  await expect(teks).toHaveValue(long);
  await page.screenshot({ path: 'test-results/forms-rhk-errors.png' });
});

test('every converted form says each problem beside its field (screens at 1366×768)', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Siapkan dan masuk' }).click();
  await expectBeside(page.getByLabel('Kode instansi'), /Wajib diisi/);
  await expectBeside(page.getByLabel('NIP'), /Wajib diisi/);
  await expectBeside(page.getByLabel('Golongan'), /Wajib diisi/);
  const password = page.getByLabel(/^Kata sandi/).first();
  await expectBeside(password, /Wajib diisi/);
  await page.screenshot({ path: 'test-results/forms-setup-empty.png', fullPage: true });
  await password.fill('pendek');
  await password.press('Tab');
  await expectBeside(password, /Paling sedikit 8 karakter/);
  await setUpNewUnit(page);

  await openPage(page, 'Unit Kerja');
  await page.getByRole('button', { name: 'Tambah sub-unit di bawah Dinas Pendidikan' }).click();
  const unit = page.getByRole('dialog', { name: 'Unit kerja baru' });
  await unit.getByRole('button', { name: 'Simpan' }).click();
  await expectBeside(unit.getByLabel('Kode'), /Wajib diisi/);
  await unit.getByLabel('Nama').fill('N'.repeat(201));
  await expectBeside(unit.getByLabel('Nama'), /Paling banyak 200 karakter/);
  await page.screenshot({ path: 'test-results/forms-unit.png' });
  await unit.getByRole('button', { name: 'Batal' }).click();

  await openPage(page, 'Jabatan');
  await page.getByRole('button', { name: 'Tambah jabatan' }).click();
  const jabatan = page.getByRole('dialog', { name: 'Jabatan baru' });
  await jabatan.getByRole('button', { name: 'Simpan' }).click();
  await expectBeside(jabatan.getByRole('textbox', { name: 'Kode' }), /Wajib diisi/);
  await page.screenshot({ path: 'test-results/forms-jabatan.png' });
  await expectBeside(jabatan.getByRole('combobox', { name: 'Unit kerja' }), /Wajib diisi/);
  await jabatan.getByRole('button', { name: 'Batal' }).click();

  await openPage(page, 'Pengguna');
  await page.getByRole('button', { name: 'Tambah pengguna' }).click();
  const user = page.getByRole('dialog', { name: 'Pengguna baru' });
  await user.getByRole('button', { name: 'Simpan' }).click();
  await expectBeside(user.getByLabel('NIP'), /Wajib diisi/);
  await user.getByLabel(/^Kata sandi/).fill('pendek');
  await expectBeside(user.getByLabel(/^Kata sandi/), /Paling sedikit 8 karakter/);
  await page.screenshot({ path: 'test-results/forms-user.png' });
  await user.getByRole('button', { name: 'Batal' }).click();

  // A disabled button says why, beside it and in its description.
  await openPage(page, 'Daftar SKP');
  await page.getByRole('button', { name: 'Buat SKP' }).click();
  const create = page.getByRole('dialog', { name: 'SKP baru' });
  await expect(create.getByTestId('disabled-reason')).toHaveText('Pilih pegawai terlebih dahulu.');
  await expect(create.getByRole('button', { name: 'Buat draf' })).toBeDisabled();
  await page.screenshot({ path: 'test-results/forms-skp-create-reason.png' });
  // A picked pegawai the core would refuse (the admin holds no jabatan) is not offered either.
  await create.getByRole('combobox', { name: 'Pegawai' }).fill(ADMIN.nama.split(' ')[0] ?? '');
  await page.getByRole('option', { name: new RegExp(ADMIN.nama) }).click();
  await expect(create.getByTestId('disabled-reason')).toHaveText('Pegawai ini belum memiliki jabatan; isi jabatannya di halaman Pegawai terlebih dahulu.');
  await expect(create.getByRole('button', { name: 'Buat draf' })).toBeDisabled();
  await create.getByRole('button', { name: 'Batal' }).click();

  await page.getByTestId('change-password').click();
  const pw = page.getByRole('dialog', { name: 'Ganti kata sandi' });
  await pw.getByRole('button', { name: 'Ganti kata sandi' }).click();
  await expectBeside(pw.getByLabel('Kata sandi lama'), /Wajib diisi/);
  await page.screenshot({ path: 'test-results/forms-change-password.png' });
});
