/**
 * Riwayat in words on real SQLite: who by name, what by name ("SKP Pegawai staf 2025: diajukan",
 * "Pegawai …: golongan III/c → III/d"), no id anywhere, filters by person, entity and date, paging
 * with the total, the operator's unit scope, and the xlsx export of the filtered list.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeAudit } from '../../../shared/domain/audit-words.js';
import { makeNip } from '../../../shared/domain/nip.js';
import type { AuditItem } from '../../../shared/entities.js';
import { expectFail, makeCore, signInReady, unwrap } from '../helpers.js';
import { draftWithRhk, linkAll, makeWorld, PASSWORD, type World } from '../skp/fixture.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

let w: World;
let operatorB = '';
let operatorBId = '';
let adminId = '';
let stafSkp = '';

beforeAll(async () => {
  // Sessions outlive the clock jump below (two days), so the date filter has two days to tell apart.
  w = await makeWorld(await makeCore({ idleMinutes: 60 * 24 * 7 }));
  adminId = unwrap(await w.t.call('auth/me', {}, w.admin)).user.id;
  // The admin raises staf's golongan, creates an operator for unit B, and staf submits an SKP.
  const staf = unwrap(await w.t.call('pegawai/get', { id: w.pegawai.staf }, w.admin));
  const p = staf.pegawai;
  unwrap(await w.t.call('pegawai/save', { id: p.id, nip: p.nip, gelarDepan: p.gelarDepan, nama: p.nama, gelarBelakang: p.gelarBelakang, jenisAsn: p.jenisAsn, golongan: 'III/d', jabatanId: p.jabatanId, unitId: p.unitId, tmtMulai: p.tmtMulai, tmtSelesai: p.tmtSelesai }, w.admin));
  const nip = makeNip({ birthDate: '1982-03-03', tmtCpns: '2007-01', sex: 'L', sequence: 903 });
  operatorBId = unwrap(await w.t.call('users/save', { nip, nama: 'Andi Baso', roles: ['operator'], unitId: w.unit.b, aktif: true, password: PASSWORD }, w.admin)).id;
  operatorB = await signInReady(w.t, nip, PASSWORD);
  const kabid = await draftWithRhk(w, 'kabid');
  const staf2 = await draftWithRhk(w, 'staf');
  stafSkp = staf2.skpId;
  await linkAll(w, 'staf', staf2.rhkIds, kabid.rhkIds[0] ?? '');
  unwrap(await w.t.call('skp/submit', { id: stafSkp }, w.token.staf));
  // staf2 drafts two RHK and deletes one: the deleted RHK is still named by its SKP.
  const staf2Draft = await draftWithRhk(w, 'staf2', 2);
  unwrap(await w.t.call('rhk/delete', { id: staf2Draft.rhkIds[1] ?? '', pindahKeRhkId: null }, w.token.staf2));
  // Later in the day and on the next days, for the date filter.
  w.t.clock.advanceMinutes(60 * 24 * 2);
  await draftWithRhk(w, 'stafB');
}, 60_000);
afterAll(async () => {
  await w.t.close();
});

const search = (args: Partial<Parameters<typeof w.t.call<'audit/search'>>[1]> = {}, token = w.admin) =>
  w.t.call('audit/search', { offset: 0, limit: 200, ...args }, token).then(unwrap);
const sentences = (rows: AuditItem[]) => rows.map((r) => describeAudit(r));

describe('audit/search in words', () => {
  it('says who and what by name, with no id anywhere', async () => {
    const page = await search();
    const text = sentences(page.rows);
    expect(text).toContain('SKP Pegawai staf 2025: diajukan');
    expect(text).toContain('Pegawai Pegawai staf: golongan III/c → III/d');
    expect(text).toContain('Pengguna Andi Baso dibuat');
    expect(text).toContain('SKP Pegawai staf 2025: RHK ditambah');
    const submit = page.rows.find((r) => r.action === 'skp/ajukan');
    expect(submit).toMatchObject({ actorState: 'user', actorNama: 'Pegawai staf', subjectState: 'ok' });
    const golongan = page.rows.find((r) => r.entity === 'pegawai' && r.fields.length > 0);
    expect(golongan?.actorNama).toBe('Admin Uji');
    expect(JSON.stringify(page.rows.map(({ id: _id, ...rest }) => rest))).not.toMatch(UUID);
  });

  it('names a deleted RHK by its SKP', async () => {
    const page = await search({ entity: 'rhk' });
    const deleted = page.rows.filter((r) => r.action === 'rhk/delete');
    expect(deleted).toHaveLength(1);
    expect(deleted.map((r) => describeAudit(r))).toEqual(['SKP Pegawai staf2 2025: RHK dihapus']);
  });

  it('words a deleted or unknown subject and formats dates in a change', async () => {
    const item = { entity: 'pegawai', action: 'update', subject: 'Siti', subjectState: 'deleted', fields: [] } satisfies Parameters<typeof describeAudit>[0];
    expect(describeAudit(item)).toBe('Pegawai Siti (sudah dihapus): diubah');
    expect(describeAudit({ ...item, subject: null, subjectState: 'unknown' })).toBe('Pegawai (data tidak dikenal): diubah');
    expect(describeAudit({ entity: 'pegawai', action: 'update', subject: 'Siti', subjectState: 'ok', fields: [{ field: 'tmtMulai', old: null, new: '2026-01-01', kind: 'date' }] })).toBe(
      'Pegawai Siti: TMT mulai (kosong) → 1 Januari 2026',
    );
  });

  it('filters by person, entity and date, and pages with the total', async () => {
    const all = await search();
    expect(all.total).toBe(all.rows.length);
    const byStaf = await search({ actorUserId: (await w.t.call('auth/me', {}, w.token.staf).then(unwrap)).user.id });
    expect(byStaf.total).toBeGreaterThan(0);
    expect(byStaf.rows.every((r) => r.actorNama === 'Pegawai staf')).toBe(true);
    const skpOnly = await search({ entity: 'skp' });
    expect(skpOnly.rows.every((r) => r.entity === 'skp')).toBe(true);
    expect(skpOnly.total).toBeLessThan(all.total);
    const day = (iso: string) => { const d = new Date(iso); return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`; };
    const last = all.rows[0];
    const first = all.rows.at(-1);
    if (!last || !first) throw new Error('empty log');
    const lastDay = day(last.at);
    expect(lastDay).not.toBe(day(first.at));
    const onLastDay = await search({ from: lastDay, to: lastDay });
    expect(onLastDay.total).toBeGreaterThan(0);
    expect(onLastDay.rows.every((r) => day(r.at) === lastDay)).toBe(true);
    const before = await search({ to: day(first.at) });
    expect(before.total + onLastDay.total).toBeLessThanOrEqual(all.total);
    expect(before.rows.every((r) => day(r.at) === day(first.at))).toBe(true);
    const p1 = await search({ offset: 0, limit: 3 });
    const p2 = await search({ offset: 3, limit: 3 });
    expect(p1.total).toBe(all.total);
    expect([...p1.rows, ...p2.rows].map((r) => r.id)).toEqual(all.rows.slice(0, 6).map((r) => r.id));
    expectFail(await w.t.call('audit/search', { offset: 0, limit: 10, from: '2025-03-05', to: '2025-03-01' }, w.admin), 'VALIDATION');
  });

  it('lists the people in the log by name, and an operator of unit B reads only B', async () => {
    const actors = unwrap(await w.t.call('audit/actors', {}, w.admin));
    expect(actors.map((a) => a.nama)).toEqual(expect.arrayContaining(['Admin Uji', 'Pegawai staf']));
    expect(actors.some((a) => a.id === adminId)).toBe(true);
    const scoped = await search({}, operatorB);
    expect(scoped.total).toBeGreaterThan(0);
    expect(sentences(scoped.rows).some((s) => /Pegawai staf(?!B)/.test(s))).toBe(false);
    expect(sentences(scoped.rows).some((s) => s.includes('Pegawai stafB'))).toBe(true);
    // Andi Baso's own account is in unit B.
    expect(sentences(scoped.rows)).toContain('Pengguna Andi Baso dibuat');
    expect(scoped.rows.some((r) => r.entity === 'user' && r.action === 'create' && r.subject === 'Andi Baso' && operatorBId !== '')).toBe(true);
  });

  it('refuses a pegawai-only account', async () => {
    expectFail(await w.t.call('audit/search', { offset: 0, limit: 10 }, w.token.staf), 'FORBIDDEN');
  });
});

describe('audit/export', () => {
  it('writes the filtered list with a styled frozen header, dates as dates and NIP as text', async () => {
    const file = unwrap(await w.t.call('audit/export', { entity: 'skp' }, w.admin));
    expect(file.fileName).toMatch(/^riwayat-\d{4}-\d{2}-\d{2}\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    const b = Buffer.from(file.base64, 'base64');
    const bytes = new ArrayBuffer(b.length);
    new Uint8Array(bytes).set(b);
    await wb.xlsx.load(bytes);
    const ws = wb.getWorksheet('Riwayat');
    if (!ws) throw new Error('no sheet');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getRow(1).getCell(1).value).toBe('Waktu');
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    const skp = await search({ entity: 'skp' });
    expect(ws.actualRowCount).toBe(skp.total + 1);
    const row2 = ws.getRow(2);
    expect(row2.getCell(1).value).toBeInstanceOf(Date);
    expect(typeof row2.getCell(3).value).toBe('string');
    expect(ws.getColumn(3).numFmt).toBe('@');
    const texts: string[] = [];
    ws.eachRow((r) => texts.push(String(r.getCell(5).value)));
    expect(texts).toContain('SKP Pegawai staf 2025: diajukan');
    expect(texts.join('\n')).not.toMatch(UUID);
  });
});
