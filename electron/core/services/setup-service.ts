import type { CoreContext } from '../context.js';
import type { SessionInfo } from '../../../shared/entities.js';
import type { ParsedArgsOf } from '../../../shared/contract.js';
import { AppFailure } from '../../../shared/result.js';
import { normalizeNip } from '../../../shared/domain/nip.js';
import { checkPegawaiFields } from '../../../shared/domain/pegawai-rules.js';
import { getInstansi, insertInstansi } from '../db/repositories/instansi-repo.js';
import { findUserById, saveUser } from '../db/repositories/user-repo.js';
import { findPegawaiByNip } from '../db/repositories/pegawai-repo.js';
import { findUnitByKode } from '../db/repositories/unit-repo.js';
import { hashPassword } from '../auth/password.js';
import { generateDemoUnit } from '../demo/generate.js';
import { applyOrgData } from './org-apply.js';
import { sessionInfo } from './session-service.js';
import { newId } from '../ids.js';
import { demoSkp } from '../demo/skp.js';
import { listJabatan } from '../db/repositories/jabatan-repo.js';
import { insertSkpBatch } from '../db/repositories/skp-repo.js';
import { insertRhkBatch } from '../db/repositories/rhk-repo.js';
import { recordAudit, type Trx, type WriteContext } from '../db/repositories/changes.js';

/** The password of the demo unit's accounts; shown on screen, the data is clearly marked as demo. */
export const DEMO_PASSWORD = 'demo12345';

async function requireEmpty(core: CoreContext): Promise<void> {
  if (await getInstansi(core.db)) throw new AppFailure('ALREADY_SET_UP');
}

async function signInNew(core: CoreContext, userId: string): Promise<SessionInfo> {
  const user = await findUserById(core.db, userId);
  if (!user) throw new AppFailure('INTERNAL');
  return sessionInfo(core, user, core.sessions.create(user.id));
}

/** First run: the instansi, its top unit and the first admin (who is a pegawai of that unit). */
export async function initialSetup(core: CoreContext, input: ParsedArgsOf<'setup/init'>): Promise<SessionInfo> {
  await requireEmpty(core);
  const nip = normalizeNip(input.admin.nip);
  const problems = checkPegawaiFields({ nip, jenisAsn: input.admin.jenisAsn, golongan: input.admin.golongan, tmtMulai: null, tmtSelesai: null });
  if (problems.length > 0) {
    throw new AppFailure(problems.some((p) => p.field === 'nip') ? 'INVALID_NIP' : 'VALIDATION', problems.map((p) => p.message).join(' '), problems.map((p) => ({ path: `admin.${p.field}`, message: p.message })));
  }
  const passwordHash = await hashPassword(input.admin.password);
  const userId = newId();
  await core.db.transaction().execute(async (trx) => {
    const ctx = { actorUserId: null, now: core.clock().toISOString() };
    const instansi = await insertInstansi(trx, ctx, { id: newId(), kode: input.instansi.kode, nama: input.instansi.nama, isDemo: false });
    await applyOrgData(trx, ctx, instansi.id, {
      units: [{ kode: input.unit.kode, nama: input.unit.nama, parentKode: null }],
      jabatan: [],
      pegawai: [{ nip, gelarDepan: input.admin.gelarDepan, nama: input.admin.nama, gelarBelakang: input.admin.gelarBelakang, jenisAsn: input.admin.jenisAsn, golongan: input.admin.golongan, jabatanKode: null, unitKode: input.unit.kode }],
    });
    const unit = await findUnitByKode(trx, input.unit.kode);
    const pegawai = await findPegawaiByNip(trx, nip);
    if (!unit || !pegawai) throw new AppFailure('INTERNAL');
    await saveUser(trx, ctx, { id: userId, nip, nama: input.admin.nama, roles: ['admin', 'operator'], unitId: unit.id, pegawaiId: pegawai.id, aktif: true, passwordHash }, undefined);
  });
  return signInNew(core, userId);
}

/** The demo unit's SKP for the current year (see demo/skp.ts), written in multi-row batches. */
async function writeDemoSkp(trx: Trx, ctx: WriteContext, operatorUserId: string, userOf: ReadonlyMap<string, string>): Promise<void> {
  const jabatan = await listJabatan(trx);
  const pegawai = await trx.selectFrom('pegawai').select(['id', 'jabatanId', 'unitId']).execute();
  const { skp, rhk } = demoSkp({ tahun: Number(ctx.now.slice(0, 4)), now: ctx.now, jabatan, pegawai, operatorUserId, userOf, newId });
  // Generated rows: one audit entry for the set, no per-row outbox commands (a demo desk is not
  // pushed row by row; joining a server merges whole tables, see sync/merge).
  await insertSkpBatch(trx, ctx, skp, 'skp/demo', false);
  await insertRhkBatch(trx, ctx, rhk, 'rhk/demo', false);
  await recordAudit(trx, ctx, { action: 'skp/demo', entity: 'skp', entityId: operatorUserId, after: { skp: skp.length, rhk: rhk.length } });
}

/**
 * Fills an empty database with the generated demo unit (marked as demo in the instansi name and
 * flag) and signs in as its operator. Accounts: the operator (admin + operator, scope: the whole
 * unit) and every atasan (pegawai role), all with DEMO_PASSWORD. Most pegawai get an SKP for the
 * current year (see demo/skp.ts).
 */
export async function loadDemo(core: CoreContext, pegawaiCount: number): Promise<SessionInfo & { demoPassword: string }> {
  await requireEmpty(core);
  const demo = generateDemoUnit({ pegawaiCount, seed: 2022 });
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const rootKode = demo.units.find((u) => u.parentKode === null)?.kode;
  let operatorId = '';
  await core.db.transaction().execute(async (trx) => {
    const ctx = { actorUserId: null, now: core.clock().toISOString() };
    core.emit({ name: 'progress', payload: { operation: 'setup/loadDemo', phase: 'menulis', done: 0, total: demo.pegawai.length } });
    const instansi = await insertInstansi(trx, ctx, { id: newId(), kode: demo.instansi.kode, nama: demo.instansi.nama, isDemo: true });
    await applyOrgData(trx, ctx, instansi.id, demo);
    const root = rootKode ? await findUnitByKode(trx, rootKode) : undefined;
    if (!root) throw new AppFailure('INTERNAL');
    // Accounts for every atasan (holders of a jabatan that others report to), so atasan flows can
    // be tried, and for the operator: a staff member of the kepegawaian sub-unit, as in a real dinas.
    const atasanKode = new Set(demo.jabatan.flatMap((j) => (j.atasanKode ? [j.atasanKode] : [])));
    const staff = demo.pegawai.filter((p) => !atasanKode.has(p.jabatanKode));
    const userOf = new Map<string, string>();
    const kepegawaianUnit = demo.units.find((u) => /kepegawaian/i.test(u.nama))?.kode;
    const operator = staff.find((p) => p.unitKode === kepegawaianUnit) ?? staff[0] ?? demo.pegawai[0];
    for (const p of demo.pegawai.filter((x) => x === operator || atasanKode.has(x.jabatanKode))) {
      const row = await findPegawaiByNip(trx, p.nip);
      const unit = await findUnitByKode(trx, p.unitKode);
      if (!row || !unit) throw new AppFailure('INTERNAL');
      const isOperator = p === operator;
      const id = newId();
      if (isOperator) operatorId = id;
      userOf.set(row.id, id);
      await saveUser(trx, ctx, { id, nip: p.nip, nama: p.nama, roles: isOperator ? ['admin', 'operator'] : ['pegawai'], unitId: isOperator ? root.id : unit.id, pegawaiId: row.id, aktif: true, passwordHash }, undefined);
    }
    await writeDemoSkp(trx, ctx, operatorId, userOf);
    core.emit({ name: 'progress', payload: { operation: 'setup/loadDemo', phase: 'selesai', done: demo.pegawai.length, total: demo.pegawai.length } });
  });
  return { ...(await signInNew(core, operatorId)), demoPassword: DEMO_PASSWORD };
}
