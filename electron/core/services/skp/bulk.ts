/**
 * Bulk help for operators: copy last period's SKP as drafts, the SKP template per jabatan, and one
 * RHK applied to the SKP of many holders of a jabatan. Each pegawai that cannot be served is
 * skipped with the reason; the rest is written in one transaction.
 */
import type { CoreContext } from '../../context.js';
import { writeContext } from '../../context.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import type { BulkSkpResult, Jabatan } from '../../../../shared/entities.js';
import { AppFailure } from '../../../../shared/result.js';
import { formatNamaLengkap } from '../../../../shared/domain/nama.js';
import { isOperator } from '../../../../shared/domain/skp/actor.js';
import { checkEdit } from '../../../../shared/domain/skp/editable.js';
import { SKP_MSG } from '../../../../shared/domain/skp/messages.js';
import { checkPeriode, clashingSkp } from '../../../../shared/domain/skp/periode.js';
import { checkRhk } from '../../../../shared/domain/skp/rhk-rules.js';
import { applyRhkToMany as planApply, draftFromPrevious, type RhkTemplate, type SkpTemplate } from '../../../../shared/domain/skp/template.js';
import { latestVersion, versionChains, versionInForce } from '../../../../shared/domain/skp/versions.js';
import { transition } from '../../../../shared/domain/skp/workflow.js';
import type { Pendekatan, Rhk, Skp } from '../../../../shared/domain/skp/types.js';
import { requireRole, type Actor as CoreActor } from '../../auth/actor.js';
import { findJabatan } from '../../db/repositories/jabatan-repo.js';
import { findPegawai } from '../../db/repositories/pegawai-repo.js';
import { insertSkp, skpOfPegawai, updateSkp } from '../../db/repositories/skp-repo.js';
import { insertRhkBatch, rhkOfSkp } from '../../db/repositories/rhk-repo.js';
import { listSkpSummaries } from '../../db/repositories/skp-summary-repo.js';
import { findTemplateOfJabatan, saveTemplate } from '../../db/repositories/skp-template-repo.js';
import { newId } from '../../ids.js';
import { meOf, skpActorOf } from './access.js';

type Skipped = BulkSkpResult['skipped'];

function requireOperator(actor: CoreActor): void {
  requireRole(actor, 'operator', 'admin');
  if (!isOperator(actor.user.roles)) throw new AppFailure('FORBIDDEN');
}

/** The jabatan, when inside the operator's scope (else NOT_FOUND: ids cannot be probed). */
async function jabatanInScope(core: CoreContext, actor: CoreActor, jabatanId: string): Promise<Jabatan> {
  const j = await findJabatan(core.db, jabatanId);
  if (!j || !actor.scopeUnitIds.has(j.unitId)) throw new AppFailure('NOT_FOUND', 'Jabatan tidak ditemukan.');
  return j;
}

async function summaries(core: CoreContext, actor: CoreActor, ids: readonly string[]): Promise<BulkSkpResult['done']> {
  if (ids.length === 0) return [];
  const { rows } = await listSkpSummaries(core.db, { reach: { unitIds: [...actor.scopeUnitIds] }, ids, latestOnly: false, order: 'nama', offset: 0, limit: ids.length });
  return rows;
}

/** Problems of an RHK template against a pendekatan (the fields a real RHK would be checked on). */
function templateProblems(r: RhkTemplate, pendekatan: Pendekatan): string[] {
  const probe: Rhk = { ...r, id: '', skpId: '', urutan: 1, intervensiRhkId: null, jenisIntervensi: null, intervensiPerjanjianKinerja: null, returnNote: null, asalRhkId: null };
  // As a non-head row: a template carries no link, so only its own fields are judged.
  return checkRhk(probe, pendekatan, false).map((p) => p.message);
}

export async function copyLastPeriod(core: CoreContext, actor: CoreActor, a: ParsedArgsOf<'skp/copyLastPeriod'>): Promise<ResultOf<'skp/copyLastPeriod'>> {
  requireOperator(actor);
  const periodeProblems = checkPeriode(a.periode);
  if (periodeProblems.length > 0) throw new AppFailure('VALIDATION', periodeProblems.join(' '));
  const skipped: Skipped = [];
  const made: string[] = [];
  await core.db.transaction().execute(async (trx) => {
    const ctx = writeContext(core, actor);
    for (const pegawaiId of new Set(a.pegawaiIds)) {
      const p = await findPegawai(trx, pegawaiId);
      if (!p || !actor.scopeUnitIds.has(p.unitId)) {
        skipped.push({ pegawaiId, namaLengkap: '', message: 'Pegawai tidak ditemukan atau di luar wewenang Anda.' });
        continue;
      }
      const skip = (message: string) => skipped.push({ pegawaiId, namaLengkap: formatNamaLengkap(p), message });
      if (!p.jabatanId) {
        skip('Pegawai belum memiliki jabatan.');
        continue;
      }
      const last = (await skpOfPegawai(trx, p.id, a.dariTahun)).map((s) => s.skp);
      // The plan follows the jabatan: prefer last period's SKP on the same jabatan, the version in force.
      const chains = [...versionChains(last).values()];
      const sameJabatan = chains.filter((c) => c[0]?.jabatanId === p.jabatanId);
      const chain = (sameJabatan.length ? sameJabatan : chains).at(-1) ?? [];
      const source = versionInForce(chain) ?? latestVersion(chain);
      if (!source) {
        skip(`Tidak ada SKP tahun ${a.dariTahun} untuk disalin.`);
        continue;
      }
      const fields = { id: newId(), pegawaiId: p.id, jabatanId: p.jabatanId, unitId: p.unitId, periode: a.periode, pendekatan: source.pendekatan };
      if (clashingSkp(fields, (await skpOfPegawai(trx, p.id, a.periode.tahun)).map((s) => s.skp))) {
        skip(SKP_MSG.periodeTumpangTindih);
        continue;
      }
      const draft = draftFromPrevious(source, (await rhkOfSkp(trx, [source.id])).map((r) => r.rhk), fields, newId);
      await insertSkp(trx, ctx, draft.skp, 'skp/salinPeriodeLalu');
      await insertRhkBatch(trx, ctx, draft.rhk);
      made.push(draft.skp.id);
    }
  });
  if (made.length) core.emit({ name: 'data/changed', payload: { entities: ['skp', 'rhk'] } });
  return { done: await summaries(core, actor, made), skipped };
}

export async function templateGet(core: CoreContext, actor: CoreActor, a: ParsedArgsOf<'skp/templateGet'>): Promise<ResultOf<'skp/templateGet'>> {
  const me = await meOf(core.db, actor);
  // The holder of the jabatan may read its template too (they start their SKP from it).
  const j = me.jabatanId === a.jabatanId ? await findJabatan(core.db, a.jabatanId) : isOperator(actor.user.roles) ? await jabatanInScope(core, actor, a.jabatanId) : undefined;
  if (!j) throw new AppFailure('NOT_FOUND', 'Jabatan tidak ditemukan.');
  const t = await findTemplateOfJabatan(core.db, j.id);
  return t ? { ...t.template, jabatanNama: j.nama } : null;
}

export async function templateSave(core: CoreContext, actor: CoreActor, a: ParsedArgsOf<'skp/templateSave'>): Promise<ResultOf<'skp/templateSave'>> {
  requireOperator(actor);
  const j = await jabatanInScope(core, actor, a.jabatanId);
  const rhk = a.rhk.map((r) => ({ ...r, perspektif: r.perspektif === '' ? null : r.perspektif, indikator: r.indikator.map((i) => ({ ...i, id: i.id ?? newId() })) }));
  const problems = rhk.flatMap((r, i) => templateProblems(r, a.pendekatan).map((m) => ({ path: `rhk.${i}`, message: m })));
  if (problems.length > 0) throw new AppFailure('VALIDATION', problems.map((p) => p.message).join(' '), problems);
  const template = await core.db.transaction().execute(async (trx) => {
    const existing = await findTemplateOfJabatan(trx, j.id);
    const t: SkpTemplate = { id: existing?.template.id ?? newId(), jabatanId: j.id, pendekatan: a.pendekatan, rhk, lampiran: a.lampiran, updatedAt: writeContext(core, actor).now };
    await saveTemplate(trx, writeContext(core, actor), t, existing);
    return t;
  });
  core.emit({ name: 'data/changed', payload: { entities: ['skp_template'] } });
  return { ...template, jabatanNama: j.nama };
}

export async function applyRhkToMany(core: CoreContext, actor: CoreActor, a: ParsedArgsOf<'skp/applyRhkToMany'>): Promise<ResultOf<'skp/applyRhkToMany'>> {
  requireOperator(actor);
  const j = await jabatanInScope(core, actor, a.jabatanId);
  const rhkTemplate: RhkTemplate = { ...a.rhk, perspektif: a.rhk.perspektif === '' ? null : a.rhk.perspektif, indikator: a.rhk.indikator.map((i) => ({ ...i, id: i.id ?? newId() })) };
  const holders = await core.db.selectFrom('pegawai').select(['id', 'gelarDepan', 'nama', 'gelarBelakang', 'unitId']).where('jabatanId', '=', j.id).execute();
  const byId = new Map(holders.map((h) => [h.id, h]));
  const wanted = a.pegawaiIds ? [...new Set(a.pegawaiIds)] : holders.map((h) => h.id);
  const skipped: Skipped = [];
  const done: string[] = [];
  await core.db.transaction().execute(async (trx) => {
    const ctx = writeContext(core, actor);
    const targets: { skp: Skp; existing: Rhk[] }[] = [];
    for (const pegawaiId of wanted) {
      const h = byId.get(pegawaiId);
      if (!h || !actor.scopeUnitIds.has(h.unitId)) {
        skipped.push({ pegawaiId, namaLengkap: '', message: 'Pegawai ini tidak memegang jabatan tersebut atau di luar wewenang Anda.' });
        continue;
      }
      const skip = (message: string) => skipped.push({ pegawaiId, namaLengkap: formatNamaLengkap(h), message });
      const all = await skpOfPegawai(trx, h.id, a.tahun);
      const current = latestVersion(all.map((s) => ({ ...s.skp, stored: s })).filter((s) => s.jabatanId === j.id));
      if (!current) {
        skip(`Belum ada SKP tahun ${a.tahun} pada jabatan ini.`);
        continue;
      }
      const parties = { penilaiPegawaiIds: [], inActorScope: actor.scopeUnitIds.has(current.unitId) };
      const edit = checkEdit(current, 'rhk', skpActorOf(actor), parties);
      if (!edit.ok) {
        skip(edit.message);
        continue;
      }
      const problems = templateProblems(rhkTemplate, current.pendekatan);
      if (problems.length > 0) {
        skip(problems.join(' '));
        continue;
      }
      let skp: Skp = current;
      const existing = (await rhkOfSkp(trx, [skp.id])).map((r) => r.rhk);
      if (edit.autoAction === 'perbaiki') {
        const r = transition(skp, { type: 'perbaiki' }, skpActorOf(actor), { ...parties, now: ctx.now, rhk: existing, isPuncak: false, newerVersionExists: false });
        if (!r.ok) {
          skip(r.message);
          continue;
        }
        await updateSkp(trx, ctx, r.next, current.stored, 'skp/perbaiki');
        skp = r.next;
      }
      targets.push({ skp, existing });
    }
    const rows = planApply(rhkTemplate, targets.map((t) => ({ skpId: t.skp.id, existing: t.existing })), newId);
    await insertRhkBatch(trx, ctx, rows, 'rhk/terapkanMassal');
    done.push(...targets.map((t) => t.skp.id));
  });
  if (done.length) core.emit({ name: 'data/changed', payload: { entities: ['skp', 'rhk'] } });
  return { done: await summaries(core, actor, done), skipped };
}
