/**
 * The screen sweep of issue 9: the 300-pegawai demo at 1366×768, signed in as the operator/admin,
 * as an atasan and as a pegawai; every menu screen and the main dialogs are read as a person sees
 * them and fail on programmer text, ISO or month-first dates and cut badges. Each screen's picture
 * is saved as test-results/sweep/<screen>.png to be looked at by eye.
 */
import type { Locator, Page } from '@playwright/test';
import { id as idStrings } from '../../renderer/i18n/id.js';
import { expect, test } from './fixtures.js';

const SHOTS = 'test-results/sweep';

// A step that cannot happen fails in seconds instead of eating the whole test budget.
test.use({ actionTimeout: 15_000 });
const DEMO_PASSWORD = 'demo12345';

type Finding = { screen: string; what: string; sample: string };

/** Text that must never reach a kepegawaian operator's eyes. */
const PATTERNS: readonly { what: string; re: RegExp }[] = [
  { what: 'programmer word', re: /\b(string|expected|undefined|null)\b/i },
  { what: 'NaN', re: /\bNaN\b/ },
  { what: 'UUID', re: /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/i },
  { what: 'zod message', re: /Invalid input|Terlalu (besar|kecil): diharapkan/ },
  { what: 'ISO date', re: /\b\d{4}-\d{2}-\d{2}\b/ },
];

/** d/m/yyyy is the Indonesian order; a first number ≤ 12 with a second > 12 can only be month-first. */
function monthFirstDates(text: string): string[] {
  return [...text.matchAll(/\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/g)].filter((m) => Number(m[1]) <= 12 && Number(m[2]) > 12).map((m) => m[0]);
}

function around(text: string, index: number): string {
  return text.slice(Math.max(0, index - 40), index + 60).replace(/\s+/g, ' ');
}

/** Everything visible on the page as text, plus what inputs hold (a value is text on screen too). */
async function screenText(page: Page): Promise<string> {
  const body = await page.locator('body').innerText();
  const values = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>('input, textarea, select')]
      .filter((el) => el.type !== 'hidden' && el.type !== 'password' && el.offsetParent !== null)
      .map((el) => (el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.text ?? '') : el.value)),
  );
  return `${body}\n${values.join('\n')}`;
}

/** Badges whose label is wider than the badge: a cut "DIAJUK…". */
async function cutBadges(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.mantine-Badge-label')]
      .filter((el) => el.offsetParent !== null && el.scrollWidth > el.clientWidth + 1)
      .map((el) => el.textContent ?? ''),
  );
}

/** Field labels and table headings that broke over two lines (the review saw wrapped labels). */
async function wrappedLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.mantine-InputWrapper-label, th')]
      .filter((el) => {
        if (el.offsetParent === null || (el.textContent ?? '').trim() === '') return false;
        const lineHeight = Number.parseFloat(getComputedStyle(el).lineHeight) || 20;
        const range = document.createRange();
        range.selectNodeContents(el);
        // Two or more distinct line tops mean the words wrapped.
        const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top / (lineHeight / 2))));
        return tops.size > 1 && range.getBoundingClientRect().height > lineHeight * 1.5;
      })
      .map((el) => (el.textContent ?? '').trim()),
  );
}

async function settle(page: Page): Promise<void> {
  // Screens load through the core; a loader or skeleton means the content is not there yet.
  await expect(page.locator('.mantine-Loader, .mantine-Skeleton-root, [data-loading="true"]')).toHaveCount(0, { timeout: 15_000 });
  await page.waitForTimeout(150);
}

/** Reads, checks and photographs the screen as it is now. */
async function sweep(page: Page, screen: string, findings: Finding[]): Promise<void> {
  await settle(page);
  const file = screen.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').toLowerCase();
  await page.screenshot({ path: `${SHOTS}/${file}.png` });
  const text = await screenText(page);
  for (const { what, re } of PATTERNS) {
    const global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    for (const m of text.matchAll(global)) findings.push({ screen, what, sample: around(text, m.index) });
  }
  for (const d of monthFirstDates(text)) findings.push({ screen, what: 'month-first date', sample: d });
  for (const b of await cutBadges(page)) findings.push({ screen, what: 'cut badge', sample: b });
  for (const l of await wrappedLabels(page)) findings.push({ screen, what: 'wrapped label', sample: l });
}

function menu(page: Page): Locator {
  return page.getByRole('navigation', { name: idStrings.nav.label });
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A menu item by its label; a count badge after the label (issue 9's menu) may follow it. */
function menuItem(page: Page, label: string): Locator {
  const name = new RegExp(`^${escapeRe(label)}(\\s+\\d[\\d.]*)?$`);
  return menu(page).getByRole('button', { name }).or(menu(page).getByRole('link', { name }));
}

/** Opens collapsed menu groups so every item can be reached. */
async function expandMenu(page: Page): Promise<void> {
  const collapsed = menu(page).locator('[aria-expanded="false"]');
  for (let i = await collapsed.count(); i > 0; i--) {
    await collapsed.first().click();
    await page.waitForTimeout(50);
  }
}

const NAV_LABELS = Object.entries(idStrings.nav)
  .filter(([key]) => key !== 'label')
  .map(([, label]) => label);

/** Visits every menu screen this account sees; returns the labels visited. */
async function sweepMenu(page: Page, who: string, findings: Finding[]): Promise<string[]> {
  const visited: string[] = [];
  await expandMenu(page);
  for (const label of NAV_LABELS) {
    const item = menuItem(page, label);
    if ((await item.count()) === 0) continue;
    await item.first().click();
    await sweep(page, `${who} ${label}`, findings);
    visited.push(label);
    await expandMenu(page);
  }
  return visited;
}

async function call<T>(page: Page, channel: string, payload: unknown): Promise<T> {
  const res = await page.request.post('/api/invoke', { data: { channel, payload } });
  const body = (await res.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!body.ok || body.value === undefined) throw new Error(`${channel}: ${body.error?.message ?? 'gagal'}`);
  return body.value;
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: idStrings.app.signOut }).click();
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeVisible();
}

async function signIn(page: Page, nip: string, nama: string): Promise<void> {
  await page.getByLabel('NIP').fill(nip);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByTestId('user-name')).toHaveText(nama);
}

type Account = { nip: string; nama: string; pegawaiId: string | null; roles: string[]; unitId: string };

/** One atasan (holds a jabatan others report to) and one pegawai who is nobody's atasan: the demo gives everyone an account. */
async function pickAccounts(page: Page): Promise<{ atasan: Account; staff: Account }> {
  const users = (await call<{ total: number; rows: Account[] }>(page, 'users/list', { limit: 500 })).rows;
  const jabatan = await call<{ id: string; atasanJabatanId: string | null }[]>(page, 'org/jabatanList', {});
  const atasanJabatan = new Set(jabatan.flatMap((j) => (j.atasanJabatanId ? [j.atasanJabatanId] : [])));
  let atasan: Account | undefined;
  let staff: Account | undefined;
  for (const u of users) {
    if (u.pegawaiId === null || u.roles.some((r) => r !== 'pegawai')) continue;
    const detail = await call<{ jabatan: { id: string } | null }>(page, 'pegawai/get', { id: u.pegawaiId });
    const isAtasan = detail.jabatan !== null && atasanJabatan.has(detail.jabatan.id);
    if (isAtasan && !atasan) atasan = u;
    if (!isAtasan && !staff) staff = u;
    if (atasan && staff) break;
  }
  if (!atasan) throw new Error('the demo has no atasan account');
  if (!staff) throw new Error('no pegawai without subordinates found');
  return { atasan, staff };
}

/** The first row of the pegawai list opens its detail drawer. */
async function sweepPegawaiDetail(page: Page, who: string, findings: Finding[]): Promise<void> {
  await menuItem(page, idStrings.nav.pegawai).first().click();
  await page.getByTestId('pegawai-row').first().click();
  await expect(page.getByTestId('pegawai-detail')).toBeVisible();
  await sweep(page, `${who} Pegawai detail`, findings);
  await page.getByRole('dialog').getByRole('button', { name: idStrings.app.close }).first().click();
}

/** The first SKP of the list opens in the editor. */
async function sweepSkpDetail(page: Page, who: string, findings: Finding[]): Promise<void> {
  await menuItem(page, idStrings.nav.skp).first().click();
  await settle(page);
  await page.getByTestId('skp-row').first().click();
  await expect(page.getByTestId('skp-editor')).toBeVisible();
  await sweep(page, `${who} SKP detail`, findings);
}

/** The first approved SKP of Evaluasi opens its appraisal session (issue 10); the annual one too. */
async function sweepEvaluasiSession(page: Page, who: string, findings: Finding[]): Promise<void> {
  await menuItem(page, idStrings.nav.evaluasi).first().click();
  await settle(page);
  if ((await page.getByTestId('staff-row').count()) === 0) return;
  await page.getByTestId('staff-row').first().getByRole('button').click();
  await expect(page.getByTestId('evaluasi-session')).toBeVisible();
  await sweep(page, `${who} Evaluasi session`, findings);
  await page.getByTestId('periode-select').click();
  await page.getByRole('option', { name: /^Tahunan/ }).click();
  await expect(page.locator('[data-testid="evaluasi-session"][data-periode="TAHUNAN"]')).toBeVisible();
  await sweep(page, `${who} Evaluasi tahunan`, findings);
}

/** Realisasi Saya's second tab, the laporan harian with its rekap. */
async function sweepLaporanHarian(page: Page, who: string, findings: Finding[]): Promise<void> {
  await menuItem(page, idStrings.nav.realisasiSaya).first().click();
  await settle(page);
  const tab = page.getByRole('tab', { name: idStrings.evaluasi.realisasi.tabLaporan });
  if ((await tab.count()) === 0) return;
  await tab.click();
  await expect(page.getByTestId('laporan-tab')).toBeVisible();
  await sweep(page, `${who} Laporan Harian`, findings);
}

/** One line per screen and kind, with how often and a sample: readable even with 200 hits. */
function report(findings: Finding[]): string {
  const groups = new Map<string, { n: number; samples: string[] }>();
  for (const f of findings) {
    const key = `${f.screen} — ${f.what}`;
    const g = groups.get(key) ?? { n: 0, samples: [] };
    g.n++;
    if (g.samples.length < 2) g.samples.push(f.sample);
    groups.set(key, g);
  }
  return [...groups].map(([key, g]) => `${key} (${g.n}×): ${g.samples.join(' | ')}`).join('\n');
}

test('screen sweep: no programmer text, no ISO or month-first dates, no cut badges (300-pegawai demo, 1366×768)', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const findings: Finding[] = [];

  await page.goto('/');
  await page.getByRole('tab', { name: 'Muat unit demo' }).click();
  await page.getByLabel('Jumlah pegawai demo').selectOption('300');
  await page.getByRole('button', { name: 'Muat unit demo' }).click();
  await expect(page.getByTestId('demo-credentials')).toBeVisible({ timeout: 60_000 });
  await sweep(page, 'operator first screen', findings);
  await page.getByTestId('demo-credentials').getByRole('button', { name: idStrings.app.close }).click();

  // Operator and admin: every screen of the menu.
  const visited = await sweepMenu(page, 'operator', findings);
  // The demo operator is also admin and a pegawai: every screen of today's menu is theirs.
  const { label: _menuLabel, ...pages } = idStrings.nav;
  expect(visited).toEqual(expect.arrayContaining(Object.values(pages)));
  await sweepPegawaiDetail(page, 'operator', findings);
  await sweepSkpDetail(page, 'operator', findings);
  await sweepEvaluasiSession(page, 'operator', findings);
  const { atasan, staff } = await pickAccounts(page);
  await signOut(page);
  await sweep(page, 'sign-in', findings);

  // An atasan: Persetujuan and the lists of their own staff.
  await signIn(page, atasan.nip, atasan.nama);
  const atasanVisited = await sweepMenu(page, 'atasan', findings);
  expect(atasanVisited).toContain('Persetujuan');
  expect(atasanVisited).toContain(idStrings.nav.evaluasi);
  await sweepEvaluasiSession(page, 'atasan', findings);
  await signOut(page);

  // A pegawai: their own SKP and what everyone sees.
  await signIn(page, staff.nip, staff.nama);
  const staffVisited = await sweepMenu(page, 'pegawai', findings);
  expect(staffVisited).toContain('SKP Saya');
  expect(staffVisited).toContain(idStrings.nav.realisasiSaya);
  await sweepLaporanHarian(page, 'pegawai', findings);
  // No action the core would refuse: with an SKP of the year in any status, none is offered.
  await menuItem(page, idStrings.nav.skpSaya).first().click();
  await settle(page);
  const ownSkp = await page.getByTestId('skp-row').count();
  const create = page.getByRole('button', { name: /^Buat SKP/ });
  if (ownSkp > 0) {
    await expect(create).toHaveCount(0);
    await expect(page.getByTestId('skp-start-blocked')).toBeVisible();
    await page.getByTestId('skp-row').first().click();
    await expect(page.getByTestId('skp-editor')).toBeVisible();
    await sweep(page, 'pegawai SKP detail', findings);
  } else {
    await expect(create).toBeVisible();
  }

  expect(findings.length, `findings:\n${report(findings)}`).toBe(0);
});
