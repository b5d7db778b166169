import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import type { ArgsOf, Channel, ResultOf } from '../../shared/contract.js';
import { createCore, type Core } from '../../electron/core/app.js';
import { DEMO_PASSWORD } from '../../electron/core/services/setup-service.js';
import { startHttpHost } from '../../electron/transports/http.js';
import { visiblePages, type PageId } from '../../renderer/features/shell/nav.js';
import { id as ID } from '../../renderer/i18n/id.js';
import { percentile, report } from '../report.js';

const PEGAWAI = 10_000;
const ROUNDS = 3;
const SEARCHES = 24;
const root = resolve(import.meta.dirname, '..', '..');
const staticDir = join(root, 'dist', 'renderer');

/** Menu label of a page as the shell shows it (the Indonesian default language). */
const labelOf = (p: PageId): string => (ID.nav as Record<string, string>)[p] ?? p;
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Clicks the menu item in the page and resolves, in the page's own clock, once the screen's
 * `data-page-content` marker is in the document and a frame with it has been painted.
 */
async function timeScreen(page: Page, pageId: PageId): Promise<number> {
  const item = page.getByRole('navigation').getByRole('button', { name: new RegExp(`^${escape(labelOf(pageId))}\\b`) }).first();
  const handle = await item.elementHandle({ timeout: 30_000 });
  if (!handle) throw new Error(`menu ${pageId} tidak ada`);
  return page.evaluate(
    ([el, id]) =>
      new Promise<number>((done, fail) => {
        const selector = `[data-page-content="${id}"]`;
        const t0 = performance.now();
        const timer = setTimeout(() => fail(new Error(`${id}: penanda tidak muncul`)), 60_000);
        const check = (): boolean => {
          const found = document.querySelector(selector);
          if (!found || (found as HTMLElement).offsetParent === null) return false;
          observer.disconnect();
          clearTimeout(timer);
          // The next frame after the marker is in the DOM is the one that paints it.
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
          return true;
        };
        const observer = new MutationObserver(() => void check());
        observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-page-content'] });
        (el as HTMLElement).click();
      }),
    [handle, pageId] as const,
  );
}

/** Whether the shell currently shows `pageId` (its menu item is the current one). */
async function isCurrent(page: Page, pageId: PageId): Promise<boolean> {
  return (await page.locator(`[data-page-content="${pageId}"]`).count()) > 0;
}

/**
 * Types `query` into the pegawai search like a person (a key every 40 ms) and returns the time
 * from the last key to the list painted with the expected first row and total (debounce included).
 */
async function timeSearch(page: Page, query: string, expect: { total: number; firstNip: string }): Promise<number> {
  const box = page.getByLabel(ID.pegawai.searchLabel);
  await box.fill('');
  await page.waitForFunction((total) => (document.querySelector('[data-testid="pegawai-total"]')?.textContent ?? '').replace(/\D/g, '') === String(total), PEGAWAI_TOTAL);
  await box.focus();
  await page.evaluate(() => {
    const w = window as unknown as { __lastKey?: number };
    if (w.__lastKey === undefined) document.addEventListener('keydown', () => (w.__lastKey = performance.now()), { capture: true });
    w.__lastKey = 0;
  });
  await page.keyboard.type(query, { delay: 40 });
  return page.evaluate(
    ({ total, firstNip }) =>
      new Promise<number>((done, fail) => {
        const w = window as unknown as { __lastKey: number };
        const timer = setTimeout(() => fail(new Error('hasil pencarian tidak muncul')), 30_000);
        const check = (): void => {
          const shown = (document.querySelector('[data-testid="pegawai-total"]')?.textContent ?? '').replace(/\D/g, '');
          // The row shows the NIP grouped with spaces.
          const first = (document.querySelector('[data-testid="pegawai-row"]')?.textContent ?? '').replace(/\s/g, '');
          if (shown !== String(total) || !first.includes(firstNip)) return;
          observer.disconnect();
          clearTimeout(timer);
          requestAnimationFrame(() => setTimeout(() => done(performance.now() - w.__lastKey), 0));
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, characterData: true });
        check();
      }),
    expect,
  );
}

let PEGAWAI_TOTAL = PEGAWAI;

async function call<C extends Channel>(core: Core, channel: C, payload: ArgsOf<C>, token: string | null): Promise<ResultOf<C>> {
  const r = await core.invoke(channel, payload, token);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as ResultOf<C>;
}

/**
 * Every menu screen of the 10,000-pegawai demo in Chromium (browser mode, the real core behind the
 * HTTP host), signed in as the demo operator: menu click to the screen's content marker painted,
 * after one warm-up round, median of 3; and the pegawai search, last keystroke to the list painted.
 */
export async function run(): Promise<void> {
  // The screens measured are the current sources: build the renderer first (MEJA_BENCH_UI_NO_BUILD=1 skips it).
  const built = process.env.MEJA_BENCH_UI_NO_BUILD === '1' ? { status: 0 } : spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts', 'build.ts'), '--renderer'], { cwd: root, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('build renderer gagal');
  const dir = mkdtempSync(join(tmpdir(), 'meja-bench-ui-'));
  const core = await createCore({ dataDir: dir });
  const t0 = performance.now();
  const session = await call(core, 'setup/loadDemo', { pegawaiCount: PEGAWAI }, null);
  report('ui', 'demo_load_10k', performance.now() - t0, 'ms');
  const http = await startHttpHost(core, { port: 0, staticDir });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    // tsx compiles this file keeping function names through a `__name` helper the page lacks.
    await page.addInitScript({ content: 'globalThis.__name = (f) => f;' });
    page.setDefaultTimeout(60_000);
    await page.goto(http.url);
    await page.getByLabel('NIP').fill(session.user.nip);
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await page.getByTestId('user-name').waitFor();

    // MEJA_BENCH_UI_PAGES=skpPeta,skpReadiness limits the screens (while working on one); all by default.
    const only = (process.env.MEJA_BENCH_UI_PAGES ?? '').split(',').filter(Boolean);
    const pages = visiblePages(session.user.roles, { hasPegawai: session.user.pegawaiId !== null, isAtasan: session.isAtasan }).filter((p) => only.length === 0 || only.includes(p) || p === 'pegawai');
    const samples = new Map<PageId, number[]>(pages.map((p) => [p, []]));
    for (let round = 0; round <= ROUNDS; round += 1) {
      for (const [i, p] of pages.entries()) {
        // A click on the screen already shown mounts nothing: step to a neighbour first.
        if (await isCurrent(page, p)) await timeScreen(page, pages[(i + 1) % pages.length] ?? p);
        const ms = await timeScreen(page, p);
        if (round > 0) samples.get(p)?.push(ms);
      }
    }
    const medians = pages.map((p) => ({ p, ms: percentile(samples.get(p) ?? [], 50) }));
    const slowest = medians.reduce((a, b) => (b.ms > a.ms ? b : a));
    // The screen's name follows the unit on the same line (extra words after the unit are ignored by readers).
    console.log(`BENCH ui.slowest_screen ${slowest.ms.toFixed(2)} ms ${slowest.p} (${labelOf(slowest.p)})`);
    for (const { p, ms } of medians) report('ui', `screen_${p}`, ms, 'ms');

    // Searches: words taken from names and NIP prefixes spread over the unit; expected answers from the core.
    if (pages.includes('pegawai')) {
      const token = session.token;
      const all = await call(core, 'pegawai/search', { query: '', offset: 0, limit: 500 }, token);
      PEGAWAI_TOTAL = all.total;
      const rows = all.rows;
      const queries: string[] = [];
      for (let i = 0; queries.length < SEARCHES + 2 && i < rows.length; i += 17) {
        const r = rows[i];
        if (!r) continue;
        const word = r.namaLengkap.split(/[ ,.]+/).find((w) => w.length >= 5) ?? r.nip.slice(0, 8);
        queries.push(i % 3 === 0 ? r.nip.slice(0, 10) : word.slice(0, 5).toLowerCase());
      }
      if (!(await isCurrent(page, 'pegawai'))) await timeScreen(page, 'pegawai');
      const keystroke: number[] = [];
      for (const [i, q] of queries.entries()) {
        const answer = await call(core, 'pegawai/search', { query: q, offset: 0, limit: 1 }, token);
        const first = answer.rows[0];
        if (!first) continue;
        const ms = await timeSearch(page, q, { total: answer.total, firstNip: first.nip });
        // The first two warm the path up.
        if (i >= 2) keystroke.push(ms);
      }
      report('ui', 'search_keystroke_p99', percentile(keystroke, 99), 'ms');
      report('ui', 'search_keystroke_p50', percentile(keystroke, 50), 'ms');
      report('ui', 'search_count', keystroke.length, 'searches');
    }
  } finally {
    await browser.close();
    await http.close();
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
