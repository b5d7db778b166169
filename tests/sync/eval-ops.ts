/**
 * Random evaluation work on approved SKP (issue 10): rencana aksi and realisasi saved and
 * reported, revisions asked, ratings given, periods locked and reopened, receipt acknowledged,
 * umpan balik, laporan harian written and deleted, penilai overrides (Plt.) and predikat
 * organisasi recorded, and the instansi's evaluation settings changed (by its admin). Most steps are made by the person whose part it is (the owner, the pejabat
 * penilai, the desk's operator); the rest by any account of the desk, which the core or the server
 * must refuse where it has no right. Edits made offline after a lock elsewhere become conflicts.
 */
import fc from 'fast-check';
import type { ArgsOf } from '../../shared/contract.js';
import type { PeriodeKey } from '../../shared/domain/evaluasi/types.js';
import { accountOfPegawai, actorByIndex, type ActingDesk } from './actors.js';
import type { Desk } from './desk.js';
import { pick } from './ops.js';
import { applySkpStep } from './skp-ops.js';

export type EvalOp =
  | { type: 'realisasi'; skp: number; periode: number; nilai: number }
  | { type: 'report' | 'revisi' | 'lock' | 'reopen' | 'acknowledge'; skp: number; periode: number }
  | { type: 'rate'; skp: number; periode: number; hk: number; pk: number }
  | { type: 'umpanBalik'; skp: number; penilai: boolean; teks: number }
  | { type: 'laporan'; skp: number; day: number; menit: number }
  | { type: 'laporanDelete'; skp: number; pick: number }
  | { type: 'override'; pegawai: number; penilai: number }
  | { type: 'predikatOrganisasi'; unit: number; predikat: number }
  | { type: 'settings'; bulanan: boolean; batas: number; menit: number };

export type EvalStep = { op: EvalOp; rightActor: boolean; actor: number };

const n = fc.nat(50);
const periode = fc.nat(5);
const evalOpArb: fc.Arbitrary<EvalOp> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ type: fc.constant('realisasi' as const), skp: n, periode, nilai: fc.nat(20) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('report' as const), skp: n, periode }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('revisi' as const), skp: n, periode }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('rate' as const), skp: n, periode, hk: fc.nat(2), pk: fc.nat(2) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('lock' as const), skp: n, periode }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('reopen' as const), skp: n, periode }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('acknowledge' as const), skp: n, periode }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('umpanBalik' as const), skp: n, penilai: fc.boolean(), teks: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('laporan' as const), skp: n, day: fc.nat(27), menit: fc.nat(480) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('laporanDelete' as const), skp: n, pick: n }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('override' as const), pegawai: n, penilai: n }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('predikatOrganisasi' as const), unit: n, predikat: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('settings' as const), bulanan: fc.boolean(), batas: fc.nat(30), menit: fc.nat(10_000) }) },
);
export const evalStepArb: fc.Arbitrary<EvalStep> = fc.record({
  op: evalOpArb,
  rightActor: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  actor: n,
});

const RATINGS = ['di_atas', 'sesuai', 'di_bawah'] as const;
const PREDIKAT_ORG = ['istimewa', 'baik', 'butuh_perbaikan', 'kurang', 'sangat_kurang'] as const;
/** The first quarters and the annual evaluation: enough to meet locks, few enough to collide. */
const PERIODS: readonly PeriodeKey[] = ['TW1', 'TW2', 'TAHUNAN', 'B01', 'B02', 'TW3'];
const OWNER_SIDE = new Set<EvalOp['type']>(['realisasi', 'report', 'acknowledge', 'laporan', 'laporanDelete']);
const PENILAI_SIDE = new Set<EvalOp['type']>(['revisi', 'rate', 'lock', 'reopen']);

type ApprovedSkp = { id: string; pegawaiId: string; jabatanId: string; tahun: number };

/** The approved SKP on the desk in a stable order (only those can be realised and rated). */
async function approvedSkp(desk: Desk): Promise<ApprovedSkp[]> {
  return desk.core.context.db.selectFrom('skp').select(['id', 'pegawaiId', 'jabatanId', 'tahun']).where('status', '=', 'disetujui').orderBy('id').execute();
}

/** The holders of the atasan jabatan of `jabatanId` on this desk (structural penilai). */
async function penilaiOf(desk: Desk, jabatanId: string): Promise<string[]> {
  const db = desk.core.context.db;
  const j = await db.selectFrom('jabatan').select('atasanJabatanId').where('id', '=', jabatanId).executeTakeFirst();
  if (!j?.atasanJabatanId) return [];
  return (await db.selectFrom('pegawai').select('id').where('jabatanId', '=', j.atasanJabatanId).execute()).map((p) => p.id);
}

/**
 * The desk's own account with one of these roles (the one that enrolled it, or any such); with
 * `instansi`, only one whose scope is the whole instansi (the root unit).
 */
async function accountWithRole(desk: Desk, roles: readonly string[], opts?: { instansi: boolean }): Promise<ActingDesk | null> {
  const db = desk.core.context.db;
  const rows = await db.selectFrom('user').select(['nip', 'roles', 'unitId']).where('aktif', '=', 1).orderBy('nip').execute();
  const roots = new Set((await db.selectFrom('unitKerja').select('id').where('parentId', 'is', null).execute()).map((u) => u.id));
  const op = rows.find((r) => roles.some((role) => r.roles.includes(role)) && (!opts?.instansi || roots.has(r.unitId)));
  return op ? actorByIndex(desk, rows.indexOf(op)) : null;
}

async function actorFor(desk: Desk, step: EvalStep, s: ApprovedSkp | null, penilaiSide: boolean): Promise<ActingDesk | null> {
  if (step.rightActor && step.op.type === 'settings') return (await accountWithRole(desk, ['admin'], { instansi: true })) ?? actorByIndex(desk, step.actor);
  if (step.rightActor) {
    if (s && OWNER_SIDE.has(step.op.type)) return (await accountOfPegawai(desk, [s.pegawaiId])) ?? actorByIndex(desk, step.actor);
    if (s && (penilaiSide || PENILAI_SIDE.has(step.op.type))) return (await accountOfPegawai(desk, await penilaiOf(desk, s.jabatanId))) ?? actorByIndex(desk, step.actor);
    if (!s) return (await accountWithRole(desk, ['operator', 'admin'])) ?? actorByIndex(desk, step.actor);
  }
  return actorByIndex(desk, step.actor);
}

/** Realisasi for every indikator of the SKP, from its current RHK. */
async function items(a: ActingDesk, skpId: string, nilai: number): Promise<ArgsOf<'realisasi/save'>['items'] | null> {
  const got = await a.call('skp/get', { id: skpId });
  if (!got?.ok) return null;
  return got.value.rhk.flatMap((r) =>
    r.indikator.map((i) => ({ indikatorId: i.id, rencanaNilai: 3, rencanaTeks: null, nilai, teks: null, bukti: [] })),
  );
}

async function orgStep(desk: Desk, step: EvalStep, op: Extract<EvalOp, { type: 'override' | 'predikatOrganisasi' | 'settings' }>): Promise<void> {
  const a = await actorFor(desk, step, null, false);
  if (!a) return;
  const db = desk.core.context.db;
  if (op.type === 'settings') {
    // Switching between monthly and quarterly mid-run: realisasi of the other scheme's periods
    // are then refused, as a real instansi changing its setting would see.
    const batasEvaluasiTahunan = `01-${String(1 + (op.batas % 31)).padStart(2, '0')}`;
    await a.call('evaluasi/settingsSave', { periodeEvaluasi: op.bulanan ? 'bulanan' : 'triwulanan', batasEvaluasiTahunan, menitEfektifBulanan: 60 + op.menit });
    return;
  }
  if (op.type === 'predikatOrganisasi') {
    const u = pick(await db.selectFrom('unitKerja').select('id').orderBy('id').execute(), op.unit);
    if (u) await a.call('kurva/setPredikatOrganisasi', { unitId: u.id, tahun: 2025, predikat: PREDIKAT_ORG[op.predikat % PREDIKAT_ORG.length] ?? 'baik' });
    return;
  }
  const people = await db.selectFrom('pegawai').select('id').orderBy('id').execute();
  const p = pick(people, op.pegawai);
  const penilai = pick(people.filter((x) => x.id !== p?.id), op.penilai);
  if (p && penilai) {
    await a.call('penilai/overrideSave', { pegawaiId: p.id, penilaiPegawaiId: penilai.id, jenis: 'plt', mulai: '2025-01-01', selesai: null, alasan: `Plt. dari ${desk.name}` });
  }
}

export async function applyEvalStep(desk: Desk, step: EvalStep): Promise<void> {
  const op = step.op;
  if (op.type === 'override' || op.type === 'predikatOrganisasi' || op.type === 'settings') return orgStep(desk, step, op);
  const s = pick(await approvedSkp(desk), op.skp);
  // Nothing approved yet on this desk: the step moves an SKP along its workflow instead, so runs
  // reach the evaluation stage.
  if (!s) return applySkpStep(desk, { op: { type: 'advance', skp: op.skp, choice: op.skp % 3 }, rightActor: true, actor: step.actor });
  const a = await actorFor(desk, step, s, op.type === 'umpanBalik' && op.penilai);
  if (!a) return;
  const at = { skpId: s.id, periode: PERIODS[('periode' in op ? op.periode : 0) % PERIODS.length] ?? 'TW1' };
  switch (op.type) {
    case 'realisasi': {
      const it = await items(a, s.id, op.nilai);
      if (it) await a.call('realisasi/save', { ...at, items: it });
      return;
    }
    case 'report':
      await a.call('realisasi/report', at);
      return;
    case 'revisi':
      await a.call('realisasi/requestRevision', { ...at, catatan: `Lengkapi bukti (${desk.name})` });
      return;
    case 'rate': {
      const hk = RATINGS[op.hk % 3] ?? 'sesuai';
      const pk = RATINGS[op.pk % 3] ?? 'sesuai';
      await a.call('evaluasi/rate', { ...at, ratingHasilKerja: hk, ratingPerilaku: pk, umpanBalikHasilKerja: `Catatan ${desk.name}`, umpanBalikPerilaku: null, catatan: null, alasanPredikat: 'Sesuai riwayat periodik' });
      return;
    }
    case 'lock':
      await a.call('evaluasi/lock', at);
      return;
    case 'reopen':
      await a.call('evaluasi/reopen', { ...at, alasan: `Koreksi (${desk.name})` });
      return;
    case 'acknowledge':
      await a.call('evaluasi/acknowledge', at);
      return;
    case 'umpanBalik':
      await a.call('umpanBalik/add', { skpId: s.id, periode: null, rhkId: null, nilai: null, teks: `Umpan balik ${op.teks} dari ${desk.name}` });
      return;
    case 'laporan': {
      const day = String(1 + (op.day % 28)).padStart(2, '0');
      await a.call('laporan/save', { skpId: s.id, tanggal: `${s.tahun}-02-${day}`, kegiatan: `Kegiatan ${desk.name}`, rhkId: null, output: 'dokumen', volume: 1, menit: op.menit });
      return;
    }
    case 'laporanDelete': {
      const row = pick(await desk.core.context.db.selectFrom('laporanHarian').select('id').where('skpId', '=', s.id).orderBy('id').execute(), op.pick);
      if (row) await a.call('laporan/delete', { id: row.id });
      return;
    }
  }
}
