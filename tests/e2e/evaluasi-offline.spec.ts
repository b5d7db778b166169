/**
 * The offline appraisal session of issue 10, in browser mode against a real central server: a
 * new unit's desk is connected to the server (uploading its unit), gets a head and a staff member
 * with an approved SKP (made through the API, synced while online), then loses the
 * network (a relay in front of the server is cut, so "Sinkron sekarang" fails and the header says
 * "Luring"). On that desk, with no server, the pegawai fills in and reports the realisasi of the
 * current quarter (values, a link and a file), and the pejabat penilai signs in, rates, sees the
 * predikat live and locks. The network returns, the desk syncs, and the test reads the server's
 * own database: one evaluasi row for that SKP and quarter, locked, with the same predikat and
 * signed riwayat steps of the penilai's account; one realisasi row, reported; the bukti file
 * stored; and on the desk nothing pending and no conflict.
 */
import type { Page } from '@playwright/test';
import { EVALUASI_SYNC_ROWS } from '../../shared/sync-rows-evaluasi.js';
import {
  addBuktiLink,
  dropBuktiFile,
  fillRealisasi,
  lockEvaluasi,
  openRatingSession,
  rateDiAtasWithLivePredikat,
  reportRealisasi,
  saveRating,
  TAHUN,
  TW,
} from './support/appraisal-steps.js';
import { buildAppraisalWorld, invoke, WORLD_PASSWORD } from './support/appraisal-world.js';
import { ADMIN, openPage, setUpNewUnit, signInAs, signOut, syncNow } from './support/desk-steps.js';
import { expect, test } from './support/sync-fixtures.js';
import { BOOTSTRAP_SECRET } from './support/sync-world.js';

const PDF = { name: 'notulen-luring.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n% bukti dukung sesi luring\n%%EOF\n') };

test.use({ viewport: { width: 1366, height: 768 }, actionTimeout: 15_000 });

const signIn = (page: Page, nip: string): Promise<void> => signInAs(page, nip, WORLD_PASSWORD);

/** The header says the desk is offline (the last sync attempt could not reach the server). */
async function expectOffline(page: Page): Promise<void> {
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'offline');
  await expect(page.getByTestId('sync-state')).toContainText('Luring');
}

test('offline appraisal session: realisasi reported, rated and locked without the server; after sync the server holds it once, signed', async ({
  pageA: page,
  deskA,
  syncServer,
  link,
}) => {
  test.setTimeout(240_000);

  // A new unit's desk, connected to the unit server through the link (the server learns the instansi).
  await setUpNewUnit(page);
  await openPage(page, 'Sinkronisasi');
  const form = page.getByTestId('connect-form');
  await form.getByLabel('Alamat server').fill(link.url);
  await form.getByLabel('Kata sandi akun di server').fill(ADMIN.password);
  await form.getByLabel('Kode pendaftaran instansi').fill(BOOTSTRAP_SECRET);
  await form.getByRole('button', { name: 'Sambungkan' }).click();
  await expect(page.getByTestId('sync-state')).toContainText('Tersinkron');

  // Online, the admin makes a head and a staff member with accounts; the staff SKP is approved; all reach the server.
  const story = await buildAppraisalWorld(deskA.url, page.request, TAHUN);
  await syncNow(page);
  await expect(page.getByTestId('sync-pending')).toHaveCount(0);
  await expect(page.getByTestId('sync-conflicts')).toHaveCount(0);
  const [serverSkp] = await syncServer.db.selectFrom('skp').select('id').where('id', '=', story.skpId).execute();
  expect(serverSkp?.id).toBe(story.skpId);
  expect(await syncServer.db.selectFrom('user').select('id').where('nip', 'in', [story.penilai.nip, story.pegawai.nip]).execute()).toHaveLength(2);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'idle');

  // The network goes: "Sinkron sekarang" fails and the header says so.
  await link.cut();
  await syncNow(page);
  await expectOffline(page);
  const status = await invoke(page.request, 'sync/status', {});
  expect(status.state).toBe('offline');
  expect(status.lastError).toMatch(/Server tidak terjangkau/);
  expect((await invoke(page.request, 'skp/get', { id: story.skpId })).skp.status).toBe('disetujui');
  await signOut(page);

  // Offline, the pegawai fills in the quarter on this desk (values, a link, a file) and reports it.
  await signIn(page, story.pegawai.nip);
  await expectOffline(page);
  const { form: realisasi, rows } = await fillRealisasi(page, TW, 'Dilaksanakan sesuai rencana, tanpa jaringan.');
  const first = rows.first();
  await addBuktiLink(page, first, { url: 'https://drive.example.go.id/laporan-luring', judul: 'Laporan luring' });
  await dropBuktiFile(first, PDF);
  await expect(first.getByTestId('bukti-file')).toContainText(PDF.name);
  await reportRealisasi(page, realisasi);
  await signOut(page);

  // Offline, the pejabat penilai signs in on the same desk, opens the session, rates and locks.
  await signIn(page, story.penilai.nip);
  await expectOffline(page);
  const session = await openRatingSession(page, TW, story.pegawai.nama, PDF.name);
  const panel = session.getByTestId('rating-panel');
  const live = await rateDiAtasWithLivePredikat(panel);
  await panel.getByLabel('Umpan balik hasil kerja').fill('Target triwulan terlampaui, dinilai tanpa jaringan.');
  await saveRating(page, panel);
  await lockEvaluasi(page, session);
  await expect(panel.getByTestId('lock-badge')).toBeVisible();

  // Still offline: a sync attempt fails and every edit stays waiting on the desk; the server has none of it.
  await syncNow(page);
  await expectOffline(page);
  const waiting = await invoke(page.request, 'sync/status', {});
  expect(waiting.pending).toBeGreaterThanOrEqual(3); // realisasi (saved, reported), rating, lock
  await expect(page.getByTestId('sync-pending')).toBeVisible();
  expect(await syncServer.db.selectFrom('evaluasi').select('id').where('skpId', '=', story.skpId).where('periode', '=', TW).execute()).toHaveLength(0);

  // The network returns; the desk syncs.
  await link.restore();
  await syncNow(page);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'idle');
  await expect(page.getByTestId('sync-state')).toContainText('Tersinkron');
  await expect(page.getByTestId('sync-pending')).toHaveCount(0);
  await expect(page.getByTestId('sync-conflicts')).toHaveCount(0);
  const after = await invoke(page.request, 'sync/status', {});
  expect(after).toMatchObject({ state: 'idle', pending: 0, conflicts: 0, lastError: null });

  // The server's database: exactly one evaluasi row for the SKP and quarter, locked, same predikat, signed by the penilai.
  const db = syncServer.db;
  const [penilaiUser] = await db.selectFrom('user').select('id').where('nip', '=', story.penilai.nip).execute();
  expect(penilaiUser).toBeDefined();
  const evalRows = await db.selectFrom('evaluasi').selectAll().where('skpId', '=', story.skpId).where('periode', '=', TW).execute();
  expect(evalRows).toHaveLength(1);
  expect(evalRows[0]?.deleted).toBe(false);
  const evaluasi = EVALUASI_SYNC_ROWS.evaluasi.parse(evalRows[0]?.data);
  expect(evaluasi).toMatchObject({ terkunci: true, predikat: 'sangat_baik', ratingHasilKerja: 'di_atas', ratingPerilaku: 'di_atas' });
  const steps = evaluasi.riwayat.filter((r) => r.action === 'nilai' || r.action === 'kunci');
  expect(steps.map((r) => r.action)).toEqual(expect.arrayContaining(['nilai', 'kunci']));
  for (const step of steps) {
    expect(step.actorUserId).toBe(penilaiUser?.id);
    expect(step.commandId).toEqual(expect.any(String));
    // The command that carried the step was applied by the server, once.
    const applied = await db.selectFrom('appliedCommand').select('id').where('id', '=', step.commandId ?? '').execute();
    expect(applied).toHaveLength(1);
  }

  // One realisasi row, reported, with its file stored on the server.
  const realRows = await db.selectFrom('realisasi').selectAll().where('skpId', '=', story.skpId).where('periode', '=', TW).execute();
  expect(realRows).toHaveLength(1);
  const real = EVALUASI_SYNC_ROWS.realisasi.parse(realRows[0]?.data);
  expect(real.status).toBe('dilaporkan');
  const files = real.items.flatMap((it) => it.bukti.flatMap((b) => (b.kind === 'file' ? [b.sha256] : [])));
  expect(files).toHaveLength(1);
  expect(await db.selectFrom('buktiFile').select('sha256').where('sha256', '=', files[0] ?? '').execute()).toHaveLength(1);

  // After the pull the desk's session still shows the evaluation locked (the server's echo changed nothing).
  await expect(session).toHaveAttribute('data-terkunci', 'true');
  await expect(live).toHaveText('Sangat Baik');
});
