/**
 * Random SKP work through the whole workflow: a draft made, RHK added, reworded and deleted,
 * ajukan, setujui, kembalikan and perubahan. Most steps are made by the account whose part it is
 * (the owner's side by the pegawai, the penilai's side by the holder of the atasan jabatan); the
 * rest by any account of the desk, which the core or the server must refuse where it has no right.
 */
import fc from 'fast-check';
import type { ArgsOf } from '../../shared/contract.js';
import { accountOfPegawai, actorByIndex, type ActingDesk } from './actors.js';
import type { Desk } from './desk.js';
import { pick } from './ops.js';

export type SkpOp =
  | { type: 'create'; pegawai: number; tahun: number }
  | { type: 'rhkNew'; skp: number; jenis: number; teks: number }
  | { type: 'rhkEdit'; skp: number; rhk: number; teks: number }
  | { type: 'rhkDelete'; skp: number; rhk: number }
  /** Links an UTAMA RHK to one of the penilai's RHK (cascading), as the picker offers them. */
  | { type: 'rhkLink'; skp: number; rhk: number; target: number }
  | { type: 'submit' | 'approve' | 'return' | 'perubahan'; skp: number }
  /** The next natural step for the SKP's status, so runs get through the whole workflow. */
  | { type: 'advance'; skp: number; choice: number };

export type SkpStep = { op: SkpOp; rightActor: boolean; actor: number };

const n = fc.nat(50);
const skpOpArb: fc.Arbitrary<SkpOp> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ type: fc.constant('create' as const), pegawai: n, tahun: fc.nat(1) }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('rhkNew' as const), skp: n, jenis: fc.nat(1), teks: fc.nat(3) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('rhkEdit' as const), skp: n, rhk: n, teks: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('rhkDelete' as const), skp: n, rhk: n }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('rhkLink' as const), skp: n, rhk: n, target: n }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constantFrom('submit' as const, 'approve' as const, 'return' as const, 'perubahan' as const), skp: n }) },
  { weight: 14, arbitrary: fc.record({ type: fc.constant('advance' as const), skp: n, choice: fc.nat(3) }) },
);
export const skpStepArb: fc.Arbitrary<SkpStep> = fc.record({ op: skpOpArb, rightActor: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), actor: n });

const IKI: ArgsOf<'rhk/save'>['indikator'] = [{ aspek: 'kuantitas', teks: 'Jumlah laporan', target: { kind: 'kuantitatif', nilai: 12, satuan: 'laporan' } }];
const PENILAI_SIDE = new Set<SkpOp['type']>(['approve', 'return']);

type LocalSkp = { id: string; pegawaiId: string; jabatanId: string; status: string };

/** The SKP on the desk (owners' and penilai's alike), in a stable order. */
async function localSkp(desk: Desk): Promise<LocalSkp[]> {
  return desk.core.context.db.selectFrom('skp').select(['id', 'pegawaiId', 'jabatanId', 'status']).orderBy('id').execute();
}

/**
 * The next natural step for the SKP: a draft gets an UTAMA RHK, then its links, then is submitted;
 * diajukan is mostly approved, sometimes returned; dikembalikan is reworded or submitted again;
 * disetujui starts a perubahan or tries (and fails) to delete an RHK.
 */
async function nextOp(desk: Desk, s: LocalSkp, choice: number): Promise<SkpOp> {
  const skp = 0;
  const rhk = await desk.core.context.db.selectFrom('rhk').select(['jenis', 'intervensiRhkId', 'intervensiPerjanjianKinerja']).where('skpId', '=', s.id).execute();
  const utama = rhk.filter((r) => r.jenis === 'utama');
  switch (s.status) {
    case 'draft':
      if (utama.length === 0 || choice === 0) return { type: 'rhkNew', skp, jenis: choice === 0 ? 1 : 0, teks: choice };
      if (utama.some((r) => r.intervensiRhkId === null && r.intervensiPerjanjianKinerja === null) && choice !== 3) return { type: 'rhkLink', skp, rhk: 0, target: choice };
      return { type: 'submit', skp };
    case 'diajukan':
      return choice < 3 ? { type: 'approve', skp } : { type: 'return', skp };
    case 'dikembalikan':
      return choice < 2 ? { type: 'rhkEdit', skp, rhk: choice, teks: choice } : { type: 'submit', skp };
    default:
      return choice < 3 ? { type: 'perubahan', skp } : { type: 'rhkDelete', skp, rhk: choice };
  }
}

/** The holders of the atasan jabatan of `jabatanId` on this desk: who rates this SKP. */
async function penilaiOf(desk: Desk, jabatanId: string): Promise<string[]> {
  const db = desk.core.context.db;
  const j = await db.selectFrom('jabatan').select('atasanJabatanId').where('id', '=', jabatanId).executeTakeFirst();
  if (!j?.atasanJabatanId) return [];
  return (await db.selectFrom('pegawai').select('id').where('jabatanId', '=', j.atasanJabatanId).execute()).map((p) => p.id);
}

async function actorFor(desk: Desk, step: SkpStep, owner: string, jabatanId: string | null): Promise<ActingDesk | null> {
  if (step.rightActor) {
    const right = PENILAI_SIDE.has(step.op.type) ? await accountOfPegawai(desk, jabatanId ? await penilaiOf(desk, jabatanId) : []) : await accountOfPegawai(desk, [owner]);
    if (right) return right;
  }
  return actorByIndex(desk, step.actor);
}

async function createSkp(desk: Desk, step: SkpStep, pegawaiPick: number, tahunPick: number): Promise<void> {
  const db = desk.core.context.db;
  const tahun = 2025 + tahunPick;
  const pegawai = await db
    .selectFrom('pegawai')
    .innerJoin('jabatan', 'jabatan.id', 'pegawai.jabatanId')
    .select(['pegawai.id', 'jabatan.atasanJabatanId'])
    .orderBy('pegawai.id')
    .execute();
  const have = new Set((await db.selectFrom('skp').select('pegawaiId').where('tahun', '=', tahun).execute()).map((x) => x.pegawaiId));
  const jabatanWithSkp = new Set((await db.selectFrom('skp').select('jabatanId').where('tahun', '=', tahun).execute()).map((x) => x.jabatanId));
  // Top-down, as in an office: first those whose penilai already has an SKP to link to (or who head the unit).
  const ready = pegawai.filter((x) => !have.has(x.id) && (x.atasanJabatanId === null || jabatanWithSkp.has(x.atasanJabatanId)));
  const p = pick(ready.length > 0 ? ready : pegawai, pegawaiPick);
  if (!p) return;
  const a = await actorFor(desk, step, p.id, null);
  await a?.call('skp/create', { pegawaiId: p.id, periode: { tahun, mulai: `${tahun}-01-01`, selesai: `${tahun}-12-31` }, pendekatan: 'kuantitatif' });
}

export async function applySkpStep(desk: Desk, step: SkpStep): Promise<void> {
  const op = step.op;
  if (op.type === 'create') return createSkp(desk, step, op.pegawai, op.tahun);
  const all = await localSkp(desk);
  // Advancing sometimes starts a new SKP, so the workflow has SKP to go through.
  if (op.type === 'advance' && (all.length === 0 || (op.choice === 3 && all.length < 12))) return createSkp(desk, step, op.skp, 0);
  const s = pick(all, op.skp);
  if (!s) return;
  const act = op.type === 'advance' ? await nextOp(desk, s, op.choice) : op;
  const a = await actorFor(desk, { ...step, op: act }, s.pegawaiId, s.jabatanId);
  if (!a) return;
  switch (act.type) {
    case 'rhkNew': {
      // The head of the unit names the Perjanjian Kinerja served instead of an atasan RHK.
      const got = await a.call('skp/get', { id: s.id });
      const pk = got?.ok && got.value.isPuncak ? `Sasaran strategis ${act.teks}` : null;
      await a.call('rhk/save', { skpId: s.id, jenis: act.jenis === 0 ? 'utama' : 'tambahan', teks: `RHK ${act.teks} dari ${desk.name}`, intervensiPerjanjianKinerja: pk, perspektif: null, indikator: IKI });
      return;
    }
    case 'rhkLink': {
      const got = await a.call('skp/get', { id: s.id });
      const r = got?.ok ? pick(got.value.rhk.filter((x) => x.jenis === 'utama' && x.intervensiRhkId === null), act.rhk) : undefined;
      const options = r ? await a.call('skp/atasanRhkOptions', { skpId: s.id, query: '', limit: 20 }) : null;
      const target = options?.ok ? pick(options.value.options, act.target) : undefined;
      if (r && target) await a.call('rhk/link', { id: r.id, intervensiRhkId: target.rhkId, jenisIntervensi: act.target % 2 === 0 ? 'langsung' : 'tidak_langsung' });
      return;
    }
    case 'rhkEdit':
    case 'rhkDelete': {
      const got = await a.call('skp/get', { id: s.id });
      const r = got?.ok ? pick(got.value.rhk, act.rhk) : undefined;
      if (!r) return;
      if (act.type === 'rhkDelete') await a.call('rhk/delete', { id: r.id, pindahKeRhkId: null });
      else await a.call('rhk/save', { id: r.id, skpId: s.id, baseVersion: r.rowVersion, jenis: r.jenis, teks: `${r.teks.slice(0, 60)} v${act.teks} (${desk.name})`, intervensiPerjanjianKinerja: r.intervensiPerjanjianKinerja, perspektif: r.perspektif, indikator: r.indikator });
      return;
    }
    case 'submit':
      await a.call('skp/submit', { id: s.id });
      return;
    case 'approve':
      await a.call('skp/approve', { id: s.id, delegasi: null });
      return;
    case 'return':
      await a.call('skp/return', { id: s.id, catatan: `Perbaiki (${desk.name})`, catatanRhk: [], delegasi: null });
      return;
    case 'perubahan':
      await a.call('skp/startPerubahan', { id: s.id });
      return;
    case 'create':
    case 'advance':
      return;
  }
}
