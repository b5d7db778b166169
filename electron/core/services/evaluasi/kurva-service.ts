/**
 * Kurva distribusi (SE MenPANRB 3/2023): the operator records the unit's predikat kinerja
 * organisasi per year; the unit's spread of predikat (annual, or one period) is checked against
 * the curve of that predikat (shared/domain/evaluasi/kurva.ts). It warns — never blocks — and
 * names who each warning is about.
 */
import type { CoreContext } from '../../context.js';
import { requireRole, requireUnitInScope, type Actor } from '../../auth/actor.js';
import type { ParsedArgsOf } from '../../../../shared/contract.js';
import { AppFailure } from '../../../../shared/result.js';
import { isOperator } from '../../../../shared/domain/skp/actor.js';
import { distribusi } from '../../../../shared/domain/evaluasi/distribusi.js';
import { checkKurva, describeKurvaRule, KURVA_DISTRIBUSI, type KurvaWarning } from '../../../../shared/domain/evaluasi/kurva.js';
import type { PeriodeKey, PredikatOrganisasiUnit } from '../../../../shared/domain/evaluasi/types.js';
import type { KurvaPegawai, KurvaView, ProgressRow } from '../../../../shared/entities-evaluasi.js';
import { saveDoc } from '../../db/repositories/evaluasi-doc-repo.js';
import { predikatOrganisasiOf } from '../../db/repositories/evaluasi-query-repo.js';
import { findUnit } from '../../db/repositories/unit-repo.js';
import { derivedId } from '../../ids.js';
import { writeEvaluasi } from './access.js';
import { unitLines, unitViewUnits } from './unit-evaluasi.js';

/**
 * Who a warning is about: over a ceiling ('maks'), those in the capped groups; under a floor
 * ('min', 'minJumlah'), the other rated pegawai — their ratings are the ones to look at again.
 */
function affectedBy(w: KurvaWarning, lines: readonly ProgressRow[]): KurvaPegawai[] {
  const inGroup = (l: ProgressRow) => l.predikat !== null && w.predikats.includes(l.predikat);
  const hit = lines.filter((l) => l.predikat !== null && (w.kind === 'maks' ? inGroup(l) : !inGroup(l)));
  return hit.flatMap((l) => (l.predikat === null ? [] : [{ ...l.pegawai, skpId: l.skpId, predikat: l.predikat }]));
}

/**
 * @example
 * const k = await kurvaGet(core, actor, { unitId, tahun: 2025 });
 * k.peringatan[0]?.pegawai.map((p) => p.namaLengkap); // who the first warning is about
 */
export async function kurvaGet(core: CoreContext, actor: Actor, a: { unitId: string; tahun: number; periode?: PeriodeKey; subUnit?: boolean }): Promise<KurvaView> {
  const units = await unitViewUnits(core, actor, a.unitId, a.subUnit);
  const periode = a.periode ?? 'TAHUNAN';
  const [unit, org, lines] = await Promise.all([findUnit(core.db, a.unitId), predikatOrganisasiOf(core.db, a.unitId, a.tahun), unitLines(core, units, a.tahun, periode, { realisasi: false })]);
  if (!unit) throw new AppFailure('NOT_FOUND', 'Unit kerja tidak ditemukan.');
  const d = distribusi(lines.map((l) => ({ pegawaiId: l.pegawai.pegawaiId, predikat: l.predikat })));
  const predikatOrganisasi = org?.row.predikat ?? null;
  // Without a predikat organisasi there is no curve: the spread alone (checked against nothing).
  const check = checkKurva(predikatOrganisasi ?? 'baik', d.counts);
  return {
    unitId: a.unitId,
    unitNama: unit.nama,
    tahun: a.tahun,
    periode,
    predikatOrganisasi,
    aturan: predikatOrganisasi ? KURVA_DISTRIBUSI[predikatOrganisasi].map(describeKurvaRule) : [],
    spread: check.spread,
    dinilai: check.total,
    belumDinilai: d.belumDinilai,
    peringatan: predikatOrganisasi
      ? check.warnings.map((w) => ({ aturan: w.aturan, pesan: w.pesan, predikats: w.predikats, jumlah: w.jumlah, persen: w.persen, pegawai: affectedBy(w, lines) }))
      : [],
    bolehAturPredikat: isOperator(actor.user.roles) && actor.scopeUnitIds.has(a.unitId),
  };
}

export async function setPredikatOrganisasi(core: CoreContext, actor: Actor, a: ParsedArgsOf<'kurva/setPredikatOrganisasi'>): Promise<KurvaView> {
  requireRole(actor, 'operator', 'admin');
  requireUnitInScope(actor, a.unitId);
  await writeEvaluasi(core, actor, ['predikat_organisasi'], async (trx, ctx) => {
    if (!(await findUnit(trx, a.unitId))) throw new AppFailure('NOT_FOUND', 'Unit kerja tidak ditemukan.');
    const existing = await predikatOrganisasiOf(trx, a.unitId, a.tahun);
    const row: PredikatOrganisasiUnit = { id: existing?.row.id ?? derivedId('predikat_organisasi', a.unitId, a.tahun), unitId: a.unitId, tahun: a.tahun, predikat: a.predikat };
    await saveDoc(trx, ctx, 'predikat_organisasi', 'predikatOrganisasi/upsert', row, existing, { auditAction: 'predikatOrganisasi/tetapkan' });
  });
  return kurvaGet(core, actor, { unitId: a.unitId, tahun: a.tahun });
}
