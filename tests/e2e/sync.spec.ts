/**
 * The sync story in browser mode: desk A runs standalone, then connects to the unit server
 * (uploading its unit with the bootstrap secret); desk B joins from its setup page and gets
 * everything; both then edit the same pegawai, and B settles the conflict on the Konflik screen.
 */
import { expect, test } from './support/sync-fixtures.js';
import { BOOTSTRAP_SECRET } from './support/sync-world.js';
import { ADMIN, INSTANSI, addPegawai, openPage, renamePegawai, setUpNewUnit, shot, signIn, syncNow } from './support/desk-steps.js';

const EKO = { nip: '199511202020121004', nama: 'Eko Prasetyo' };
const NAME_ON_A = 'Eko Prasetya';
const NAME_ON_B = 'Eko Prasetyo Wibowo';

test('two desks share a unit through the server and settle a conflict', async ({ pageA, pageB, syncServer }) => {
  test.setTimeout(120_000);

  // Desk A: a standalone unit with one more pegawai.
  await setUpNewUnit(pageA);
  await expect(pageA.getByTestId('sync-state')).toContainText('Mandiri (tanpa server)');
  await addPegawai(pageA, EKO);

  // A's admin connects it; the server does not know the instansi yet, so the secret is needed.
  await openPage(pageA, 'Sinkronisasi');
  const form = pageA.getByTestId('connect-form');
  await expect(form.getByLabel('NIP akun Anda di server')).toHaveValue(ADMIN.nip);
  await expect(form.getByLabel('Nama meja ini')).toHaveValue(`Meja ${INSTANSI.kode}`);
  await form.getByLabel('Alamat server').fill('server-tanpa-skema');
  await form.getByRole('button', { name: 'Sambungkan' }).click();
  await expect(form.getByText('Alamat server harus diawali http:// atau https://.')).toBeVisible();
  await form.getByLabel('Alamat server').fill(syncServer.url);
  await form.getByLabel('Kata sandi akun di server').fill(ADMIN.password);
  await form.getByLabel('Kode pendaftaran instansi').fill(BOOTSTRAP_SECRET);
  await form.getByRole('button', { name: 'Sambungkan' }).click();
  await expect(pageA.getByTestId('sync-state')).toContainText('Tersinkron');
  await expect(pageA.getByTestId('sync-detail')).toHaveText('baru saja');
  await expect(pageA.getByTestId('sync-pending')).toHaveCount(0);
  await expect(pageA.getByTestId('sync-page-pending')).toHaveText('0');
  await expect(pageA.getByTestId('sync-server')).toHaveText(syncServer.url);
  await expect(pageA.getByTestId('connect-form')).toHaveCount(0);
  await shot(pageA, 'a-sync-page');

  // Desk B: joins from the setup page, signs in with the account that came from the server.
  await pageB.goto('/');
  await pageB.getByRole('tab', { name: 'Gabung ke server unit' }).click();
  const join = pageB.getByTestId('connect-form');
  await join.getByLabel('Alamat server').fill(syncServer.url);
  await join.getByLabel('NIP akun Anda di server').fill(ADMIN.nip);
  await join.getByLabel('Kata sandi akun di server').fill(ADMIN.password);
  await join.getByLabel('Nama meja ini').fill('Meja B');
  await join.getByRole('button', { name: 'Gabung dan unduh data' }).click();
  await expect(pageB.getByTestId('sign-in-notice')).toHaveText('Data unit berhasil diunduh dari server. Silakan masuk.');
  await signIn(pageB);
  await expect(pageB.getByTestId('instansi-name')).toHaveText(INSTANSI.nama);
  await expect(pageB.getByTestId('sync-state')).toContainText('Tersinkron');
  await openPage(pageB, 'Pegawai');
  await pageB.getByLabel('Cari pegawai').fill('prasetyo');
  await expect(pageB.getByTestId('pegawai-row')).toHaveCount(1);
  await expect(pageB.getByTestId('pegawai-row')).toContainText(EKO.nama);

  // The same pegawai renamed on both desks; A's edit reaches the server first.
  await renamePegawai(pageB, EKO.nip, NAME_ON_B);
  await renamePegawai(pageA, EKO.nip, NAME_ON_A);
  await syncNow(pageA);
  await expect(pageA.getByTestId('sync-pending')).toHaveCount(0);
  await syncNow(pageB);
  const badge = pageB.getByTestId('sync-conflicts');
  await expect(badge).toHaveText('1 konflik');
  await shot(pageB, 'b-header-conflict');

  // B compares both versions side by side and keeps its own.
  await badge.click();
  await expect(pageB.getByRole('heading', { name: 'Konflik sinkronisasi' })).toBeVisible();
  const card = pageB.getByTestId('conflict-card');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('conflict-entity')).toHaveText('Pegawai');
  await expect(card).toContainText(`Diubah oleh ${ADMIN.nama}`);
  const nama = card.locator('tr[data-field="nama"]');
  await expect(nama).toHaveAttribute('data-differs', 'true');
  await expect(nama.locator('[data-side="mine"]')).toHaveText(NAME_ON_B);
  await expect(nama.locator('[data-side="theirs"]')).toHaveText(NAME_ON_A);
  const unit = card.locator('tr[data-field="unitId"]');
  await expect(unit).not.toHaveAttribute('data-differs');
  await expect(unit.locator('[data-side="mine"]')).toHaveText('Dinas Pendidikan');
  await expect(card.locator('tr[data-field="nip"] [data-side="theirs"]')).toHaveText('19951120 202012 1 004');
  await expect(card.locator('tr[data-field="passwordHash"]')).toHaveCount(0);
  await shot(pageB, 'b-conflicts');
  await card.getByRole('button', { name: 'Pakai versi saya' }).click();
  await expect(pageB.getByTestId('conflicts-empty')).toBeVisible();
  await expect(badge).toHaveCount(0);
  await expect(pageB.getByTestId('sync-state')).toContainText('Tersinkron');
  await expect(pageB.getByTestId('sync-pending')).toHaveCount(0);

  // A gets B's name at its next sync.
  await openPage(pageA, 'Pegawai');
  await pageA.getByLabel('Cari pegawai').fill(EKO.nip);
  await syncNow(pageA);
  await expect(pageA.getByTestId('pegawai-row')).toContainText(NAME_ON_B);
  await shot(pageA, 'a-after');
});
