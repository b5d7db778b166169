/**
 * Perubahan SKP in browser mode, offline: after approval the owner starts a perubahan; the old
 * version stays viewable and read-only; the new version is submitted and approved again by the
 * pejabat penilai. The org and the first SKP are set up through the API; the story is in the UI.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { ADMIN, openPage, setUpNewUnit } from './support/desk-steps.js';
import { chooseOwnPassword } from './support/first-sign-in.js';

const PASSWORD = 'rahasia-456';
/** What the admin sets; each person replaces it at the first sign-in. */
const INITIAL = 'awal-dari-admin-1';
const TAHUN = new Date().getFullYear();
const KADIS = { nip: '197001012000031001', nama: 'Siti Aminah' };
const STAF = { nip: '199001012015012001', nama: 'Eko Prasetyo' };
const IKI = [{ aspek: 'kuantitas', teks: 'Jumlah dokumen', target: { kind: 'kuantitatif', nilai: 12, satuan: 'dokumen' } }];

async function call<T>(page: Page, channel: string, payload: unknown): Promise<T> {
  const res = await page.request.post('/api/invoke', { data: { channel, payload } });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message ?? 'gagal'}`);
  return body.value as T;
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
}

async function signInAs(page: Page, p: { nip: string; nama: string }, password = PASSWORD): Promise<void> {
  await page.getByLabel('NIP').fill(p.nip);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('user-name')).toHaveText(p.nama);
}

const editor = (page: Page) => page.getByTestId('skp-editor');
const expectStatus = (page: Page, label: string) => expect(editor(page).getByTestId('skp-status').first()).toHaveText(label);

/** The penilai approves the one SKP waiting in their inbox. */
async function approveFromInbox(page: Page): Promise<void> {
  await openPage(page, 'Persetujuan');
  await expect(page.getByTestId('skp-row')).toHaveCount(1);
  await page.getByTestId('skp-row').first().click();
  await editor(page).getByRole('button', { name: 'Setujui' }).click();
  await page.getByRole('dialog', { name: 'Setujui SKP' }).getByRole('button', { name: 'Setujui' }).click();
  await expectStatus(page, 'Disetujui');
}

test('perubahan SKP: new version after approval, old one kept read-only, approved again', async ({ page }) => {
  test.setTimeout(120_000);

  // The operator: a head and one staff member with accounts; the staff SKP linked and submitted.
  await setUpNewUnit(page);
  const [root] = await call<{ id: string }[]>(page, 'org/units', {});
  if (!root) throw new Error('no unit');
  const jab = (kode: string, jenis: string, atasanJabatanId: string | null) =>
    call<{ id: string }>(page, 'org/jabatanSave', { unitId: root.id, kode, nama: `Jabatan ${kode}`, jenis, atasanJabatanId, kelas: 9 });
  const kadisJab = await jab('KADIS', 'jpt_pratama', null);
  const stafJab = await jab('STAF', 'pelaksana', kadisJab.id);
  const ids: Record<string, string> = {};
  for (const [p, jabatanId] of [[KADIS, kadisJab.id], [STAF, stafJab.id]] as const) {
    const saved = await call<{ id: string }>(page, 'pegawai/save', {
      nip: p.nip, gelarDepan: '', nama: p.nama, gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/c', jabatanId, unitId: root.id, tmtMulai: null, tmtSelesai: null,
    });
    ids[p.nip] = saved.id;
    await call(page, 'users/save', { nip: p.nip, nama: p.nama, roles: ['pegawai'], unitId: root.id, aktif: true, password: INITIAL });
  }
  const periode = { tahun: TAHUN, mulai: `${TAHUN}-01-01`, selesai: `${TAHUN}-12-31` };
  type Detail = { skp: { id: string }; rhk: { id: string }[] };
  const rhk = (skpId: string, teks: string, pk: string | null) =>
    call<Detail>(page, 'rhk/save', { skpId, jenis: 'utama', teks, intervensiPerjanjianKinerja: pk, perspektif: null, indikator: IKI });
  const kadisSkp = await call<Detail>(page, 'skp/create', { pegawaiId: ids[KADIS.nip], periode, pendekatan: 'kuantitatif' });
  const kadisRhk = (await rhk(kadisSkp.skp.id, 'Meningkatnya mutu layanan', 'Sasaran strategis 1')).rhk[0]?.id;
  const stafSkp = await call<Detail>(page, 'skp/create', { pegawaiId: ids[STAF.nip], periode, pendekatan: 'kuantitatif' });
  const stafRhk = (await rhk(stafSkp.skp.id, 'Tersusunnya laporan layanan', null)).rhk[0]?.id;
  await call(page, 'rhk/link', { id: stafRhk, intervensiRhkId: kadisRhk, jenisIntervensi: 'langsung' });
  await call(page, 'skp/submit', { id: stafSkp.skp.id });
  await signOut(page);
  for (const p of [KADIS, STAF]) await chooseOwnPassword(page, p, INITIAL, PASSWORD);

  // The head approves version 1.
  await signInAs(page, KADIS);
  await approveFromInbox(page);
  await signOut(page);

  // The owner starts a perubahan: version 2 opens as a draft, version 1 stays in force.
  await signInAs(page, STAF);
  await openPage(page, 'SKP Saya');
  await expect(page.getByTestId('skp-row')).toHaveCount(1);
  await page.getByTestId('skp-row').first().click();
  await expectStatus(page, 'Disetujui');
  await editor(page).getByRole('button', { name: 'Mulai perubahan' }).click();
  await page.getByRole('dialog', { name: 'Mulai perubahan' }).getByRole('button', { name: 'Mulai perubahan' }).click();
  await expectStatus(page, 'Draf');
  await expect(editor(page)).toContainText('Versi 2');
  await expect(editor(page).getByTestId('rhk-row').filter({ hasText: 'Tersusunnya laporan layanan' })).toHaveCount(1);

  // Version 1 is still there, read-only: no workflow buttons, no RHK editing.
  await editor(page).getByRole('button', { name: 'Lihat versi 1' }).click();
  await expect(editor(page).getByTestId('skp-old-version')).toBeVisible();
  await expectStatus(page, 'Disetujui');
  await expect(editor(page).getByTestId('workflow-bar')).toHaveCount(0);
  await expect(editor(page).getByRole('button', { name: 'Tambah RHK' })).toHaveCount(0);
  await expect(editor(page).getByTestId('rhk-row').filter({ hasText: 'Tersusunnya laporan layanan' })).toHaveCount(1);

  // Back to version 2: submit it.
  await editor(page).getByRole('button', { name: 'Buka versi terbaru' }).click();
  await expectStatus(page, 'Draf');
  await editor(page).getByRole('button', { name: 'Ajukan' }).click();
  await expectStatus(page, 'Diajukan');
  await signOut(page);

  // The head approves version 2, which is now the one in force.
  await signInAs(page, KADIS);
  await approveFromInbox(page);
  await expect(editor(page)).toContainText('Versi 2');
  await expect(editor(page).getByTestId('skp-versions')).toContainText('berlaku');
  await signOut(page);

  // The operator's audit screen names the SKP steps in Indonesian.
  await signInAs(page, { nip: ADMIN.nip, nama: ADMIN.nama }, ADMIN.password);
  await openPage(page, 'Riwayat');
  await expect(page.getByTestId('audit-table')).toContainText(`SKP ${STAF.nama} ${TAHUN}: perubahan dimulai`);
  await expect(page.getByTestId('audit-table')).toContainText(`SKP ${STAF.nama} ${TAHUN}: disetujui`);
});
