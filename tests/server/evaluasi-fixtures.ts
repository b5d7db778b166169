import { v7 } from 'uuid';
import { beforeEach, expect } from 'vitest';
import { blankEvaluasi as blankEvaluasiRow } from '../../shared/domain/evaluasi/blank.js';
import { evaluasiStep, type EvaluasiInput } from '../../shared/domain/evaluasi/evaluasi-rules.js';
import type { Evaluasi, EvaluasiAction, PeriodeKey, Realisasi } from '../../shared/domain/evaluasi/types.js';
import type { CommandName, PushCommand, SyncRow } from '../../shared/sync-protocol.js';
import type { ServerDb } from '../../server/db/connect.js';
import { markTreesChanged } from '../../server/db/repos/head-repo.js';
import { insertUser } from '../../server/db/repos/user-repo.js';
import { command } from './client.js';
import { nextNip, PASSWORD, passwordHash, type Org } from './fixtures.js';
import type { Backend } from './harness.js';
import { signed, withKey } from './keys.js';
import { usePushWorld, type PushWorld } from './push-setup.js';
import { NOW, rhkRow, seedSkpAccounts, skpRow, stepped } from './skp-fixtures.js';

type User = SyncRow<'user'>;

/** Accounts for the kadis (atasan penilai of stafA1) and kabidB (another pegawai), besides seedSkpAccounts'. */
async function seedMoreAccounts(db: ServerDb, org: Org): Promise<{ kadis: User; kabidB: User }> {
  const hash = await passwordHash();
  const meta = { now: new Date('2025-01-06T08:00:00Z'), deviceId: null };
  const account = (unitId: string, pegawaiId: string): Promise<User> =>
    withKey({ id: v7(), nip: nextNip(), nama: 'Akun pegawai', roles: ['pegawai'], unitId, pegawaiId, aktif: true, passwordHash: hash }, PASSWORD);
  const kadis = await account(org.units.root.id, org.pegawai.kadis.id);
  const kabidB = await account(org.units.b.id, org.pegawai.kabidB.id);
  await db.transaction().execute(async (trx) => {
    let last = '0';
    for (const u of [kadis, kabidB]) last = (await insertUser(trx, org.instansi.id, u, meta)).seq;
    await markTreesChanged(trx, org.instansi.id, last, { org: true });
  });
  return { kadis, kabidB };
}

export type EvaluasiWorld = PushWorld & {
  acc: Awaited<ReturnType<typeof seedSkpAccounts>> & { kadis: User; kabidB: User };
  /** stafA1's approved SKP (penilai kabidA, atasan penilai kadis) and its RHK. */
  skp: SyncRow<'skp'>;
  rhk: SyncRow<'rhk'>;
  /** kabidA's approved SKP (the atasan chain of a device at A1). */
  atasanSkp: SyncRow<'skp'>;
};

/**
 * Per test: the push world (push-setup.ts) plus the approved SKP of stafA1 (unit A1) and of its
 * penilai kabidA (unit A), pushed through the real workflow.
 */
export function useEvaluasiWorld(backend: Backend): EvaluasiWorld {
  const w = usePushWorld(backend) as EvaluasiWorld;
  beforeEach(async () => {
    w.acc = { ...(await seedSkpAccounts(w.db, w.org)), ...(await seedMoreAccounts(w.db, w.org)) };
    const { kabidA, stafA1, kadis } = w.acc;
    const kadisSkp = skpRow(w.org.pegawai.kadis);
    const kadisRhk = rhkRow(kadisSkp.id, { intervensiPerjanjianKinerja: 'Meningkatnya mutu layanan' });
    const atasan = skpRow(w.org.pegawai.kabidA);
    const atasanRhk = rhkRow(atasan.id, { intervensiRhkId: kadisRhk.id, jenisIntervensi: 'langsung' });
    const skp = skpRow(w.org.pegawai.stafA1);
    const rhk = rhkRow(skp.id, { intervensiRhkId: atasanRhk.id, jenisIntervensi: 'langsung' });
    const penilai = (p: { id: string; jabatanId: string | null }) => ({ penilaiPegawaiId: p.id, penilaiJabatanId: p.jabatanId, atasanPenilaiPegawaiId: null, atasanPenilaiJabatanId: null });
    const submitted = stepped(skp, { type: 'ajukan' }, stafA1.id, w.org.pegawai.stafA1.id, [rhk], [w.org.pegawai.kabidA.id]);
    const approved = stepped(submitted, { type: 'setujui', penilai: penilai(w.org.pegawai.kabidA) }, kabidA.id, w.org.pegawai.kabidA.id, [rhk], [w.org.pegawai.kabidA.id]);
    const atasanSubmitted = stepped(atasan, { type: 'ajukan' }, kabidA.id, w.org.pegawai.kabidA.id, [atasanRhk], [w.org.pegawai.kadis.id]);
    const atasanApproved = stepped(atasanSubmitted, { type: 'setujui', penilai: penilai(w.org.pegawai.kadis) }, kadis.id, w.org.pegawai.kadis.id, [atasanRhk], [w.org.pegawai.kadis.id]);
    const root = await w.api.push(w.devRoot, [command('skp/upsert', kadisSkp, null, w.org.users.admin.id), command('rhk/upsert', kadisRhk, null, kadis.id)]);
    const outcomes = await w.api.push(w.devA, [
      command('skp/upsert', atasan, null, w.org.users.operatorA.id),
      command('rhk/upsert', atasanRhk, null, kabidA.id),
      command('skp/upsert', skp, null, stafA1.id),
      command('rhk/upsert', rhk, null, stafA1.id),
      command('skp/upsert', submitted, 1, stafA1.id),
      command('skp/upsert', approved, 2, kabidA.id),
    ]);
    const top = await w.api.push(w.devRoot, [command('skp/upsert', atasanSubmitted, 1, kabidA.id), command('skp/upsert', atasanApproved, 2, kadis.id)]);
    expect([...root, ...outcomes, ...top].map((o) => (o.status === 'rejected' ? o.message : o.status))).toEqual(Array(10).fill('accepted'));
    Object.assign(w, { skp: approved, rhk, atasanSkp: atasanApproved });
  });
  return w;
}

/** A command whose id is known before it is built (a step's history names it). */
export function commandWithId(id: string, name: CommandName, payload: { id: string }, baseVersion: number | null, actorUserId: string): PushCommand {
  return signed({ id, name, entityId: payload.id, payload, baseVersion, actorUserId, createdAt: NOW });
}

/** A new evaluation of `periode` as a desk would start it before its first push (a fresh id, no penilai). */
export function blankEvaluasi(skpId: string, periode: PeriodeKey): Evaluasi {
  return blankEvaluasiRow({ id: v7(), skpId, periode, penilaiPegawaiId: null });
}

/**
 * The evaluation step as a desk would push it: made with the shared rule by `as` (the penilai
 * kabidA unless said), then signed by `by` (a forgery when `by` is not `as`), its new event naming
 * the command.
 */
export function evaluasiCommand(
  w: EvaluasiWorld,
  prev: Evaluasi,
  action: EvaluasiAction,
  opts: { input?: EvaluasiInput; baseVersion: number | null; as?: User; by?: User; penilaiIds?: string[] },
): { cmd: PushCommand; row: Evaluasi } {
  const as = opts.as ?? w.acc.kabidA;
  const by = opts.by ?? as;
  const parties = { penilaiPegawaiIds: opts.penilaiIds ?? [w.org.pegawai.kabidA.id], pemilikPegawaiId: w.skp.pegawaiId };
  const r = evaluasiStep(prev, action, { userId: as.id, pegawaiId: as.pegawaiId, roles: as.roles }, parties, NOW, opts.input ?? {});
  if (!r.ok) throw new Error(r.message);
  const id = v7();
  const penilaiPegawaiId = action === 'terima' ? prev.penilaiPegawaiId : as.pegawaiId;
  const row: Evaluasi = { ...r.next, penilaiPegawaiId, riwayat: [...prev.riwayat, { ...r.event, actorUserId: by.id, commandId: id, keyVersion: 1 }] };
  return { cmd: commandWithId(id, 'evaluasi/upsert', row, opts.baseVersion, by.id), row };
}

export function realisasiRow(w: EvaluasiWorld, over: Partial<Realisasi> = {}): Realisasi {
  const indikator = w.rhk.indikator[0];
  if (!indikator) throw new Error('rhk without indikator');
  return {
    id: v7(),
    skpId: w.skp.id,
    periode: 'TW1',
    items: [{ rhkId: w.rhk.id, indikatorId: indikator.id, rencanaNilai: 3, rencanaTeks: null, nilai: 2, teks: null, bukti: [] }],
    status: 'draft',
    catatanRevisi: null,
    dilaporkanAt: null,
    ...over,
  };
}

export function laporanRow(w: EvaluasiWorld, over: Partial<SyncRow<'laporan_harian'>> = {}): SyncRow<'laporan_harian'> {
  return { id: v7(), skpId: w.skp.id, tanggal: '2025-02-03', kegiatan: 'Menyusun laporan', rhkId: w.rhk.id, output: 'laporan', volume: 1, menit: 120, ...over };
}

/** Outcomes as `code` or 'accepted', for table-driven expectations. */
export function verdicts(outcomes: readonly { status: string; code?: string }[]): string[] {
  return outcomes.map((o) => (o.status === 'accepted' ? 'accepted' : (o.code ?? 'rejected')));
}
