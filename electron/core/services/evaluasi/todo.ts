/**
 * The evaluation to-dos of Beranda, as lists (evaluasi/todo) whose totals ARE the Beranda counts:
 * one function builds the rows, Beranda counts them, the list pages them.
 * - isiRealisasi: own approved SKP whose current period has no reported realisasi (and is open);
 * - beriNilai: as pejabat penilai (jabatan tree or override), reported periods not yet locked;
 * - segeraDitutup: own or rated-by-me periods ending within 14 days and not locked;
 * - terimaNilai: own locked ratings not acknowledged yet.
 */
import { today, type CoreContext } from '../../context.js';
import type { Actor } from '../../auth/actor.js';
import type { ParsedArgsOf, ResultOf } from '../../../../shared/contract.js';
import { daysBetween } from '../../../../shared/domain/evaluasi/iso-date.js';
import { periodeLocked } from '../../../../shared/domain/evaluasi/lock.js';
import { penilaiOn } from '../../../../shared/domain/evaluasi/penilai.js';
import { batasEvaluasiTahunan, closingPeriods, periodeEvaluasiOf } from '../../../../shared/domain/evaluasi/periode-evaluasi.js';
import type { EvaluasiTodoCounts } from '../../../../shared/home.js';
import { EVALUASI_TODO_KINDS, type EvaluasiTodoKind, type EvaluasiTodoRow } from '../../../../shared/entities-evaluasi.js';
import { approvedSkpOf, docsAt, overridesNaming, overridesOf, peopleByIds } from '../../db/repositories/evaluasi-query-repo.js';
import { listJabatan } from '../../db/repositories/jabatan-repo.js';
import type { StoredSkp } from '../../db/repositories/skp-repo.js';
import { personRef } from '../skp/detail.js';
import { meOf, type Me } from '../skp/access.js';
import { pengaturan } from './settings-service.js';

/** Days ahead that count as "closing". */
export const SEGERA_HARI = 14;
/** Days before the annual deadline that Beranda starts reminding. */
export const BATAS_PENGINGAT_HARI = 30;

/** Approved SKP of `tahun` that `me` rates today: by the jabatan tree unless an override says otherwise, or by an override. */
async function skpRatedBy(core: CoreContext, me: Me, tahun: number, date: string): Promise<StoredSkp[]> {
  if (!me.pegawaiId) return [];
  const myId = me.pegawaiId;
  const below = me.jabatanId ? (await listJabatan(core.db)).filter((j) => j.atasanJabatanId === me.jabatanId) : [];
  const naming = await overridesNaming(core.db, myId);
  const candidates = await approvedSkpOf(core.db, tahun, { jabatanIds: below.map((j) => j.id), pegawaiIds: naming.map((o) => o.pegawaiId) });
  const belowIds = new Set(below.map((j) => j.id));
  const [people, overrides] = await Promise.all([
    peopleByIds(core.db, candidates.map((s) => s.skp.pegawaiId)),
    overridesOf(core.db, { pegawaiIds: candidates.map((s) => s.skp.pegawaiId) }),
  ]);
  return candidates.filter((s) => {
    const p = people.get(s.skp.pegawaiId);
    if (!p) return false;
    const structural = belowIds.has(s.skp.jabatanId) ? [myId] : [];
    return penilaiOn(date, p, structural, overrides.filter((o) => o.pegawaiId === p.id)).includes(myId);
  });
}

type Line = EvaluasiTodoRow & { nama: string };

async function linesOf(core: CoreContext, skp: readonly StoredSkp[], keep: (l: Omit<Line, 'nama' | 'pegawai'>, ctx: { terkunci: boolean; diterima: boolean; berjalan: boolean }) => boolean): Promise<Line[]> {
  const settings = await pengaturan(core.db);
  const ids = skp.map((s) => s.skp.id);
  const now = today(core);
  const [realisasi, evaluasi, people] = await Promise.all([docsAt(core.db, 'realisasi', ids), docsAt(core.db, 'evaluasi', ids), peopleByIds(core.db, skp.map((s) => s.skp.pegawaiId))]);
  const out: Line[] = [];
  for (const s of skp) {
    const evs = evaluasi.filter((d) => d.row.skpId === s.skp.id).map((d) => d.row);
    const p = people.get(s.skp.pegawaiId);
    for (const periode of periodeEvaluasiOf(s.skp.periode, settings.periodeEvaluasi)) {
      const r = realisasi.find((d) => d.row.skpId === s.skp.id && d.row.periode === periode.key)?.row;
      const e = evs.find((x) => x.periode === periode.key);
      const base = { skpId: s.skp.id, periode, realisasi: r?.status ?? null, predikat: e?.predikat ?? null, sisaHari: daysBetween(now, periode.selesai) };
      const berjalan = periode.key !== 'TAHUNAN' && periode.mulai <= now && now <= periode.selesai;
      if (!keep(base, { terkunci: periodeLocked(periode.key, evs), diterima: e?.diterimaAt != null, berjalan })) continue;
      out.push({ ...base, nama: p?.nama ?? '', pegawai: p ? personRef(p, p.jabatanNama) : { pegawaiId: s.skp.pegawaiId, nip: '', namaLengkap: '', jabatanNama: '' } });
    }
  }
  return out.sort((a, b) => a.sisaHari - b.sisaHari || a.nama.localeCompare(b.nama, 'id') || a.skpId.localeCompare(b.skpId));
}

/**
 * Every row of one to-do list for the caller (unpaged); null when the list is not theirs.
 *
 * @example
 * (await todoRows(core, actor, 2025, 'beriNilai'))?.length; // the Beranda count
 */
export async function todoRows(core: CoreContext, actor: Actor, tahun: number, jenis: EvaluasiTodoKind): Promise<EvaluasiTodoRow[] | null> {
  const me = await meOf(core.db, actor);
  if (!me.pegawaiId) return null;
  const date = today(core);
  const own = () => approvedSkpOf(core.db, tahun, { pegawaiIds: [me.pegawaiId ?? ''] });
  let lines: Line[];
  switch (jenis) {
    case 'isiRealisasi':
      lines = await linesOf(core, await own(), (l, c) => c.berjalan && !c.terkunci && l.realisasi !== 'dilaporkan');
      break;
    case 'beriNilai':
      lines = await linesOf(core, await skpRatedBy(core, me, tahun, date), (l, c) => l.realisasi === 'dilaporkan' && !c.terkunci);
      break;
    case 'segeraDitutup': {
      const skp = [...(await own()), ...(await skpRatedBy(core, me, tahun, date))];
      lines = await linesOf(core, skp, (l, c) => !c.terkunci && closingPeriods(date, [l.periode], SEGERA_HARI).length > 0);
      break;
    }
    case 'terimaNilai':
      lines = await linesOf(core, await own(), (l, c) => l.predikat !== null && c.terkunci && !c.diterima);
      break;
  }
  return lines.map(({ nama: _nama, ...row }) => row);
}

export async function todoList(core: CoreContext, actor: Actor, a: ParsedArgsOf<'evaluasi/todo'>): Promise<ResultOf<'evaluasi/todo'>> {
  const rows = (await todoRows(core, actor, a.tahun, a.jenis)) ?? [];
  return { total: rows.length, rows: rows.slice(a.offset, a.offset + a.limit) };
}

/** Beranda's evaluation counts: each the total of its list, and the annual deadline when near. */
export async function todoCounts(core: CoreContext, actor: Actor, tahun: number): Promise<EvaluasiTodoCounts> {
  const counts: Record<EvaluasiTodoKind, number | null> = { isiRealisasi: null, beriNilai: null, segeraDitutup: null, terimaNilai: null };
  for (const k of EVALUASI_TODO_KINDS) counts[k] = (await todoRows(core, actor, tahun, k))?.length ?? null;
  const settings = await pengaturan(core.db);
  const tanggal = batasEvaluasiTahunan(tahun, settings.batasEvaluasiTahunan);
  const sisaHari = daysBetween(today(core), tanggal);
  return { ...counts, batasTahunan: sisaHari >= 0 && sisaHari <= BATAS_PENGINGAT_HARI ? { tanggal, sisaHari } : null };
}
