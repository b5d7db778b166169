import type { CoreContext } from '../context.js';
import type { Role, SessionInfo } from '../../../shared/entities.js';
import type { ParsedArgsOf } from '../../../shared/contract.js';
import { AppFailure } from '../../../shared/result.js';
import { normalizeNip } from '../../../shared/domain/nip.js';
import { checkPegawaiFields } from '../../../shared/domain/pegawai-rules.js';
import { getInstansi, insertInstansi } from '../db/repositories/instansi-repo.js';
import { findUserById, saveUser } from '../db/repositories/user-repo.js';
import { findPegawaiByNip } from '../db/repositories/pegawai-repo.js';
import { findUnitByKode } from '../db/repositories/unit-repo.js';
import { hashPassword } from '../auth/password.js';
import { addKey, deriveWrappingKey, newAccountKey, type Signer, type WrappingKey } from '../auth/signing-keys.js';
import { generateDemoUnit } from '../demo/generate.js';
import { applyOrgData } from './org-apply.js';
import { sessionInfo } from './session-service.js';
import { newId } from '../ids.js';
import { demoSkp } from '../demo/skp.js';
import { listJabatan } from '../db/repositories/jabatan-repo.js';
import { insertSkpBatch } from '../db/repositories/skp-repo.js';
import { insertRhkBatch } from '../db/repositories/rhk-repo.js';
import { recordAudit, type Trx, type WriteContext } from '../db/repositories/changes.js';
import { insertJsonRows } from '../db/repositories/bulk-insert.js';
import type { Rhk, Skp } from '../../../shared/domain/skp/types.js';
import { writeDemoEvaluasi } from './setup-demo-evaluasi.js';
import { writeDemoTpp } from './setup-demo-tpp.js';

/** The password of the demo unit's accounts; shown on screen, the data is clearly marked as demo. */
export const DEMO_PASSWORD = 'demo12345';

async function requireEmpty(core: CoreContext): Promise<void> {
  if (await getInstansi(core.db)) throw new AppFailure('ALREADY_SET_UP');
}

async function signInNew(core: CoreContext, userId: string, signer: Signer | null): Promise<SessionInfo> {
  const user = await findUserById(core.db, userId);
  if (!user) throw new AppFailure('INTERNAL');
  return sessionInfo(core, user, core.sessions.create(user.id, signer));
}

/** First run: the instansi, its top unit and the first admin (who is a pegawai of that unit). */
export async function initialSetup(core: CoreContext, input: ParsedArgsOf<'setup/init'>): Promise<SessionInfo> {
  await requireEmpty(core);
  const nip = normalizeNip(input.admin.nip);
  const problems = checkPegawaiFields({ nip, jenisAsn: input.admin.jenisAsn, golongan: input.admin.golongan, tmtMulai: null, tmtSelesai: null });
  if (problems.length > 0) {
    throw new AppFailure(problems.some((p) => p.field === 'nip') ? 'INVALID_NIP' : 'VALIDATION', problems.map((p) => p.message).join(' '), problems.map((p) => ({ path: `admin.${p.field}`, message: p.message })));
  }
  const userId = newId();
  // The person setting up typed this password for themselves here, so the key is their own (not
  // provisional, no forced change). Connecting the desk uploads it as provisional, because the
  // server cannot know who chose it (sync/connect.ts), and the change is asked for then.
  const [passwordHash, keys] = await Promise.all([hashPassword(input.admin.password), newAccountKey(input.admin.password, userId, [], false)]);
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
    const row = { id: userId, nip, nama: input.admin.nama, roles: ['admin', 'operator'] as const, unitId: unit.id, pegawaiId: pegawai.id, aktif: true, passwordHash };
    await saveUser(trx, ctx, { ...row, roles: [...row.roles], signingKeys: keys.signingKeys, wrappedKey: keys.wrappedKey }, undefined);
  });
  return signInNew(core, userId, keys.signer);
}

/** The demo unit's SKP for the current year (see demo/skp.ts), written in multi-row batches. */
async function writeDemoSkp(trx: Trx, ctx: WriteContext, operatorUserId: string, userOf: ReadonlyMap<string, string>): Promise<{ skp: Skp[]; rhk: Rhk[] }> {
  const jabatan = await listJabatan(trx);
  const pegawai = await trx.selectFrom('pegawai').select(['id', 'jabatanId', 'unitId']).execute();
  const unitRows = await trx.selectFrom('unitKerja').select(['id', 'nama', 'parentId']).execute();
  const units = new Map(unitRows.map((u) => [u.id, u]));
  const { skp, rhk, stamps } = demoSkp({ tahun: Number(ctx.now.slice(0, 4)), now: ctx.now, jabatan, units, pegawai, operatorUserId, userOf, newId });
  // Generated rows: one audit entry for the set, no per-row outbox commands (a demo desk is not
  // pushed row by row; joining a server merges whole tables, see sync/merge). Each SKP keeps the
  // moments the generator spread over the year; its RHK share them.
  await insertSkpBatch(trx, ctx, skp, 'skp/demo', false, stamps);
  await insertRhkBatch(trx, ctx, rhk, 'rhk/demo', false, (r) => stamps.get(r.skpId));
  await recordAudit(trx, ctx, { action: 'skp/demo', entity: 'skp', entityId: operatorUserId, after: { skp: skp.length, rhk: rhk.length } });
  return { skp, rhk };
}

/**
 * One account per demo pegawai, all with DEMO_PASSWORD, written in bulk: one argon2 hash and one
 * wrapping key shared by every account (each still gets its own key pair), one statement per chunk
 * and one audit entry for the set, so 10,000 accounts take well under a second.
 */
async function writeDemoAccounts(
  trx: Trx,
  ctx: WriteContext,
  people: readonly { pegawaiId: string; nip: string; nama: string; unitId: string; isOperator: boolean; id: string }[],
  passwordHash: string,
  wrapping: WrappingKey,
): Promise<Signer | null> {
  let operatorSigner: Signer | null = null;
  const rows = people.map((p) => {
    // Demo keys are not provisional by design: the demo password is public anyway (shown on
    // screen), a demo instansi never syncs, and every flow must be tryable at once.
    const keys = addKey(wrapping, p.id, [], false);
    if (p.isOperator) operatorSigner = keys.signer;
    const roles: Role[] = p.isOperator ? ['admin', 'operator'] : ['pegawai'];
    return {
      id: p.id, nip: p.nip, nama: p.nama, pegawai_id: p.pegawaiId, roles: JSON.stringify(roles), unit_id: p.unitId, aktif: 1, password_hash: passwordHash,
      signing_keys: JSON.stringify(keys.signingKeys), wrapped_key: JSON.stringify(keys.wrappedKey), failed_attempts: 0, locked_until: null, created_at: ctx.now, updated_at: ctx.now,
    };
  });
  await insertJsonRows(trx, 'user', Object.keys(rows[0] ?? {}), rows);
  await recordAudit(trx, ctx, { action: 'user/demo', entity: 'user', entityId: people.find((p) => p.isOperator)?.id ?? '', after: { accounts: rows.length } });
  return operatorSigner;
}

/**
 * Fills an empty database with the generated demo unit (marked as demo in the instansi name and
 * flag) and signs in as its operator. Accounts: every pegawai has one with DEMO_PASSWORD (role
 * pegawai, scope their unit); the operator (admin + operator, scope: the whole unit) is a staff
 * member of the kepegawaian sub-unit, as in a real dinas. Most pegawai get an SKP for the current
 * year (see demo/skp.ts) and the approved ones a year of realisasi and ratings (demo/evaluasi.ts);
 * the instansi gets TPP settings and the last full months of attendance (setup-demo-tpp.ts).
 */
export async function loadDemo(core: CoreContext, pegawaiCount: number): Promise<SessionInfo & { demoPassword: string }> {
  await requireEmpty(core);
  const demo = generateDemoUnit({ pegawaiCount, seed: 2022 });
  // One argon2 run each for the shared hash and the shared wrapping key, however many accounts.
  const [passwordHash, wrapping] = await Promise.all([hashPassword(DEMO_PASSWORD), deriveWrappingKey(DEMO_PASSWORD)]);
  let operatorSigner: Signer | null = null;
  const rootKode = demo.units.find((u) => u.parentKode === null)?.kode;
  let operatorId = '';
  await core.db.transaction().execute(async (trx) => {
    const ctx = { actorUserId: null, now: core.clock().toISOString() };
    core.emit({ name: 'progress', payload: { operation: 'setup/loadDemo', phase: 'menulis', done: 0, total: demo.pegawai.length } });
    const instansi = await insertInstansi(trx, ctx, { id: newId(), kode: demo.instansi.kode, nama: demo.instansi.nama, isDemo: true });
    await applyOrgData(trx, ctx, instansi.id, demo);
    const root = rootKode ? await findUnitByKode(trx, rootKode) : undefined;
    if (!root) throw new AppFailure('INTERNAL');
    const atasanKode = new Set(demo.jabatan.flatMap((j) => (j.atasanKode ? [j.atasanKode] : [])));
    const staff = demo.pegawai.filter((p) => !atasanKode.has(p.jabatanKode));
    const kepegawaianUnit = demo.units.find((u) => /kepegawaian/i.test(u.nama))?.kode;
    const operator = staff.find((p) => p.unitKode === kepegawaianUnit) ?? staff[0] ?? demo.pegawai[0];
    const pegawaiIdOf = new Map((await trx.selectFrom('pegawai').select(['id', 'nip']).execute()).map((r) => [r.nip, r.id]));
    const unitIdOf = new Map((await trx.selectFrom('unitKerja').select(['id', 'kode']).execute()).map((r) => [r.kode, r.id]));
    const userOf = new Map<string, string>();
    const people = demo.pegawai.map((p) => {
      const pegawaiId = pegawaiIdOf.get(p.nip);
      const unitId = unitIdOf.get(p.unitKode);
      if (!pegawaiId || !unitId) throw new AppFailure('INTERNAL');
      const isOperator = p === operator;
      const id = newId();
      if (isOperator) operatorId = id;
      userOf.set(pegawaiId, id);
      return { id, pegawaiId, nip: p.nip, nama: p.nama, unitId: isOperator ? root.id : unitId, isOperator };
    });
    operatorSigner = await writeDemoAccounts(trx, ctx, people, passwordHash, wrapping);
    const plans = await writeDemoSkp(trx, ctx, operatorId, userOf);
    await writeDemoEvaluasi(trx, ctx, { instansiId: instansi.id, ...plans, userOf, rootUnitId: root.id, operatorUserId: operatorId });
    await writeDemoTpp(trx, ctx, { operatorUserId: operatorId });
    core.emit({ name: 'progress', payload: { operation: 'setup/loadDemo', phase: 'selesai', done: demo.pegawai.length, total: demo.pegawai.length } });
  });
  return { ...(await signInNew(core, operatorId, operatorSigner)), demoPassword: DEMO_PASSWORD };
}
