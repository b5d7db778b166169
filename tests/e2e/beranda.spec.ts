/**
 * Beranda per role on the 300-pegawai demo (browser mode): the demo operator, an atasan with SKP
 * waiting for their approval, and a plain pegawai whose SKP was returned. For each, every count
 * on Beranda is clicked and the list it opens holds exactly that many rows (or shows that total).
 * Screenshots at 1366×768 go to test-results/.
 */
import type { Page } from '@playwright/test';
import type { ArgsOf, ResultOf } from '../../shared/contract.js';
import { expect, test } from './fixtures.js';
import { chooseOwnPassword } from './support/first-sign-in.js';

const DEMO_PASSWORD = 'demo12345';
const SHOTS = 'test-results';

test.use({ viewport: { width: 1366, height: 768 } });

async function call<C extends 'skp/inbox' | 'skp/get' | 'skp/list' | 'users/list' | 'users/save' | 'pegawai/get' | 'org/jabatanList' | 'org/jabatanSave' | 'auth/me'>(page: Page, channel: C, payload: ArgsOf<C>): Promise<ResultOf<C>> {
  const res = await page.request.post('/api/invoke', { data: { channel, payload } });
  const body = (await res.json()) as { ok: true; value: ResultOf<C> } | { ok: false; error: { message: string } };
  if (!body.ok) throw new Error(`${channel}: ${body.error.message}`);
  return body.value;
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Keluar' }).click();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
}

async function signIn(page: Page, nip: string, password: string): Promise<void> {
  await page.getByLabel('NIP').fill(nip);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.locator('[data-page-content="beranda"]')).toBeVisible();
}

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Menu utama' });
}

/** The number a range line ends with: "1–50 dari 1.204 SKP" → 1204, "0 SKP" → 0. */
function totalOf(range: string): number {
  const m = /(?:dari|of)\s+([\d.]+)\s+SKP|^([\d.]+) SKP$/.exec(range.trim());
  return Number((m?.[1] ?? m?.[2] ?? 'NaN').replace(/\./g, ''));
}

/** The total of an evaluation to-do list: "1–3 dari 3 periode" → 3, "0 periode" → 0. */
function todoTotalOf(range: string): number {
  const m = /dari\s+([\d.]+)\s+periode|^([\d.]+) periode$/.exec(range.trim());
  return Number((m?.[1] ?? m?.[2] ?? 'NaN').replace(/\./g, ''));
}

/** Beranda's counts as shown: item key → value. */
async function counts(page: Page): Promise<Map<string, number>> {
  await nav(page).getByRole('button', { name: 'Beranda', exact: true }).click();
  const cards = page.locator('[data-page-content="beranda"] [data-testid="home-count"]');
  await expect(cards.first()).toBeVisible();
  const out = new Map<string, number>();
  for (const card of await cards.all()) {
    const key = (await card.getAttribute('data-item')) ?? '';
    out.set(key, Number((await card.getByTestId('home-count-value').innerText()).replace(/\./g, '')));
  }
  return out;
}

/** Clicks one Beranda count and checks the list it opens holds exactly that many rows. */
async function followCount(page: Page, key: string, count: number): Promise<void> {
  await nav(page).getByRole('button', { name: 'Beranda', exact: true }).click();
  await page.locator(`[data-testid="home-count"][data-item="${key}"]`).click();
  switch (key) {
    case 'menungguSaya':
    case 'diUnitSaya': {
      const content = page.locator('[data-page-content="skpInbox"]');
      await expect(content).toBeVisible();
      await expect(page.getByTestId(`inbox-tab-${key}`)).toHaveAttribute('aria-selected', 'true');
      await expect(page.getByTestId(`inbox-tab-${key}`)).toContainText(`(${count.toLocaleString('id-ID')})`);
      await expect.poll(async () => totalOf(await page.getByTestId('list-range').innerText())).toBe(count);
      await expect(page.getByTestId('skp-row')).toHaveCount(Math.min(count, 50));
      if (count > 0) await expect(page.getByTestId('skp-status').first()).toHaveAttribute('data-status', 'diajukan');
      return;
    }
    case 'dikembalikan':
    case 'draft': {
      await expect(page.getByRole('heading', { name: 'SKP Saya' })).toBeVisible();
      await expect.poll(async () => totalOf(await page.getByTestId('list-range').innerText())).toBe(count);
      await expect(page.getByTestId('skp-row')).toHaveCount(count);
      for (const s of await page.getByTestId('skp-status').all()) await expect(s).toHaveAttribute('data-status', key);
      return;
    }
    case 'belumAdaSkp':
      await expect(page.getByTestId('readiness-totals').locator('[data-status="belum_ada"]')).toHaveText(`Belum ada: ${count}`);
      await expect(page.getByTestId('readiness-only')).toBeVisible();
      // Only jabatan with a holder still without an SKP are listed.
      for (const row of await page.getByTestId('readiness-row').all()) await expect(row).toContainText('Belum ada');
      await page.screenshot({ path: `${SHOTS}/kesiapan-belum-ada.png` });
      return;
    case 'beriNilai':
    case 'isiRealisasi':
    case 'terimaNilai':
    case 'segeraDitutup': {
      // Evaluation to-dos (issue 10): the list of exactly those periods (evaluasi/todo).
      const list = page.locator(`[data-testid="todo-list"][data-kind="${key}"]`);
      await expect(list).toBeVisible();
      await expect.poll(async () => todoTotalOf(await list.getByTestId('list-range').innerText())).toBe(count);
      await expect(list.getByTestId('todo-row')).toHaveCount(Math.min(count, 50));
      return;
    }
    case 'konflik':
      await expect(page.getByRole('heading', { name: 'Konflik' })).toBeVisible();
      if (count === 0) await expect(page.getByTestId('conflicts-empty')).toBeVisible();
      await expect(page.getByTestId('conflict-card')).toHaveCount(count);
      return;
    default:
      throw new Error(`no check for Beranda item ${key}`);
  }
}

async function followAll(page: Page, expected: readonly string[]): Promise<Map<string, number>> {
  const c = await counts(page);
  expect([...c.keys()]).toEqual(expected);
  for (const [key, n] of c) await followCount(page, key, n);
  return c;
}

test('Beranda per role: every count opens exactly its rows', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('tab', { name: 'Muat unit demo' }).click();
  await page.getByLabel('Jumlah pegawai demo').selectOption('300');
  await page.getByRole('button', { name: 'Muat unit demo' }).click();

  // Operator (admin + operator of the whole demo): lands on Beranda, not on Pegawai.
  const beranda = page.locator('[data-page-content="beranda"]');
  await expect(beranda).toBeVisible({ timeout: 60_000 });
  const banner = page.getByTestId('demo-credentials');
  await expect(banner).toContainText(DEMO_PASSWORD);
  await banner.getByRole('button', { name: 'Selengkapnya' }).click();
  await expect(banner).toContainText('Semua akun demo memakai kata sandi yang sama.');
  await banner.getByRole('button', { name: 'Ringkas' }).click();
  await page.screenshot({ path: `${SHOTS}/beranda-operator.png` });
  // "No SKP yet" shows exactly when the person has none this year.
  const me = (await call(page, 'auth/me', {})).user.pegawaiId ?? '';
  const own = await call(page, 'skp/list', { tahun: new Date().getFullYear(), pegawaiId: me, offset: 0, limit: 1 });
  await expect(page.getByTestId('home-no-skp')).toHaveCount(own.total === 0 ? 1 : 0);
  const op = await followAll(page, ['diUnitSaya', 'dikembalikan', 'draft', 'belumAdaSkp', 'beriNilai', 'isiRealisasi', 'terimaNilai', 'segeraDitutup', 'konflik']);
  expect(op.get('diUnitSaya')).toBeGreaterThan(0);
  // The menu badge shows the same number as Beranda.
  await expect(nav(page).getByTestId('nav-badge-skpInbox')).toHaveText(String(op.get('diUnitSaya')));
  await nav(page).getByRole('button', { name: 'Persetujuan', exact: true }).click();
  await expect(page.locator('[data-page-content="skpInbox"]')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/persetujuan-operator.png` });
  // Badges are never cut ("DIAJUK…").
  const cut = await page.getByTestId('skp-status').evaluateAll((els) => els.filter((e) => [e, ...e.querySelectorAll('*')].some((x) => x.scrollWidth > x.clientWidth + 1)).length);
  expect(cut).toBe(0);
  // The next page opens at its top, not at the scroll position this one left.
  const main = page.getByTestId('page-scroll');
  await main.evaluate((e) => e.scrollTo({ top: e.scrollHeight }));
  await expect.poll(() => main.evaluate((e) => e.scrollTop)).toBeGreaterThan(200);
  await nav(page).getByRole('button', { name: 'Daftar SKP', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Daftar SKP' })).toBeVisible();
  await expect.poll(() => main.evaluate((e) => e.scrollTop)).toBe(0);
  await expect(page.getByTestId('list-range')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/daftar-skp-operator.png` });
  // Paging (the lists share one pager): the second page starts at 51 and the total stays.
  const allSkp = await call(page, 'skp/list', { tahun: new Date().getFullYear(), offset: 0, limit: 1 });
  expect(allSkp.total).toBeGreaterThan(50);
  await page.getByRole('button', { name: '2', exact: true }).click();
  await expect(page.getByTestId('list-range')).toHaveText(`51–100 dari ${allSkp.total.toLocaleString('id-ID')} SKP`);
  await nav(page).getByRole('button', { name: 'Persetujuan', exact: true }).click();
  // Search narrows the rows and the total.
  const first = await call(page, 'skp/inbox', { tab: 'diUnitSaya', limit: 1 });
  const someone = first.rows[0];
  if (!someone) throw new Error('the demo has no submitted SKP');
  await page.getByLabel('Cari nama atau NIP').fill(someone.nip);
  await expect(page.getByTestId('list-range')).toHaveText('1–1 dari 1 SKP');
  await expect(page.getByTestId('skp-row')).toHaveCount(1);

  // A picker that shows the first 50 jabatan says how many there are, and stops saying so once typing narrows it.
  // The 300-pegawai demo has fewer than 50 jabatan: add pelaksana posts until the picker must cut.
  const existing = await call(page, 'org/jabatanList', {});
  const unitOfJabatan = existing[0]?.unitId ?? '';
  for (let i = existing.length; i <= 55; i += 1) {
    await call(page, 'org/jabatanSave', { unitId: unitOfJabatan, kode: `PLK.${i}`, nama: `Pengadministrasi Umum ${i}`, jenis: 'pelaksana', atasanJabatanId: null, kelas: 6 });
  }
  const jabatan = await call(page, 'org/jabatanList', {});
  await nav(page).getByRole('button', { name: 'Bantuan SKP', exact: true }).click();
  await page.getByRole('tab', { name: 'Templat jabatan' }).click();
  const picker = page.getByRole('combobox', { name: 'Jabatan' });
  const pickerTotal = page.getByText(/— ketik untuk menyaring$/);
  expect(jabatan.length).toBeGreaterThan(50);
  await expect(pickerTotal).toHaveText(`Menampilkan 50 dari ${jabatan.length.toLocaleString('id-ID')} — ketik untuk menyaring`);
  await picker.fill(jabatan[0]?.kode ?? '');
  await expect(pickerTotal).toHaveCount(0);

  // Someone to sign in as: the penilai of a submitted SKP, and a pegawai whose SKP was returned.
  const penilai = (await call(page, 'skp/get', { id: someone.id })).penilai;
  if (!penilai) throw new Error('the submitted SKP has no penilai');
  const returned = await call(page, 'skp/list', { tahun: new Date().getFullYear(), status: ['dikembalikan'], offset: 0, limit: 200 });
  const owner = returned.rows[0];
  if (!owner) throw new Error('the demo has no returned SKP');
  // The demo gives every pegawai an account; otherwise the admin makes one and its owner chooses a password first.
  const hasAccount = (await call(page, 'users/list', { query: owner.nip })).total > 0;
  let ownerPassword = DEMO_PASSWORD;
  if (!hasAccount) {
    const ownerUnit = (await call(page, 'pegawai/get', { id: owner.pegawaiId })).pegawai.unitId;
    const nama = owner.namaLengkap.slice(0, 120);
    await call(page, 'users/save', { nip: owner.nip, nama, roles: ['pegawai'], unitId: ownerUnit, aktif: true, password: 'rahasia-pegawai-1' });
    await signOut(page);
    await chooseOwnPassword(page, { nip: owner.nip, nama }, 'rahasia-pegawai-1', 'rahasia-pegawai-2');
    ownerPassword = 'rahasia-pegawai-2';
  } else {
    await signOut(page);
  }

  // Atasan: their staff's submitted SKP wait for them.
  await signIn(page, penilai.nip, DEMO_PASSWORD);
  await page.screenshot({ path: `${SHOTS}/beranda-atasan.png` });
  const at = await counts(page);
  expect(at.get('menungguSaya')).toBeGreaterThan(0);
  expect(at.has('diUnitSaya')).toBe(false);
  expect(at.has('konflik')).toBe(false);
  for (const [key, n] of at) await followCount(page, key, n);
  await nav(page).getByRole('button', { name: 'Persetujuan', exact: true }).click();
  await expect(page.getByTestId('inbox-tab-diUnitSaya')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/persetujuan-atasan.png` });
  // Approving one: the menu badge and the Beranda count follow without a reload.
  const waiting = at.get('menungguSaya') ?? 0;
  await expect(nav(page).getByTestId('nav-badge-skpInbox')).toHaveText(String(waiting));
  await page.getByTestId('skp-row').first().click();
  await page.getByTestId('skp-editor').getByRole('button', { name: 'Setujui' }).click();
  await page.getByRole('dialog', { name: 'Setujui SKP' }).getByRole('button', { name: 'Setujui' }).click();
  await expect(page.getByTestId('skp-editor').getByTestId('skp-status').first()).toHaveText('Disetujui');
  if (waiting > 1) await expect(nav(page).getByTestId('nav-badge-skpInbox')).toHaveText(String(waiting - 1));
  else await expect(nav(page).getByTestId('nav-badge-skpInbox')).toHaveCount(0);
  expect((await counts(page)).get('menungguSaya')).toBe(waiting - 1);
  await signOut(page);

  // Pegawai: only their own SKP; the returned one is counted and badged in the menu.
  await signIn(page, owner.nip, ownerPassword);
  await expect(page.getByTestId('home-no-skp')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/beranda-pegawai.png` });
  const mine = await followAll(page, ['dikembalikan', 'draft', 'isiRealisasi', 'terimaNilai', 'segeraDitutup']);
  expect(mine.get('dikembalikan')).toBe(1);
  await expect(nav(page).getByTestId('nav-badge-skpSaya')).toHaveText('1');
  await expect(nav(page).getByRole('button', { name: 'Persetujuan' })).toHaveCount(0);
  await page.getByText('EN', { exact: true }).click();
  await page.getByRole('navigation', { name: 'Main menu' }).getByRole('button', { name: 'Home', exact: true }).click();
  await expect(page.getByText('My SKP returned')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/beranda-pegawai-en.png` });
});
