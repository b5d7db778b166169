import type { JenisJabatan } from '../../../shared/domain/jabatan.js';
import type { Jabatan, JenisAsn, Pegawai, SheetCounts, SheetName, UnitKerja } from '../../../shared/entities.js';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.js';
import type { ChangeKind, Trx, WriteContext } from '../db/repositories/changes.js';
import { listUnits, saveUnit, unitChangeKind } from '../db/repositories/unit-repo.js';
import { jabatanChangeKind, listJabatan, saveJabatan } from '../db/repositories/jabatan-repo.js';
import { listPegawai, pegawaiChangeKind, savePegawai } from '../db/repositories/pegawai-repo.js';
import { newId } from '../ids.js';

/** Org rows that refer to each other by code (kode, NIP), as a spreadsheet or the demo has them. */
export type OrgData = {
  units: { kode: string; nama: string; parentKode: string | null }[];
  jabatan: { kode: string; nama: string; jenis: JenisJabatan; unitKode: string; atasanKode: string | null; kelas: number | null }[];
  pegawai: {
    nip: string;
    gelarDepan: string;
    nama: string;
    gelarBelakang: string;
    jenisAsn: JenisAsn;
    golongan: string;
    jabatanKode: string | null;
    unitKode: string;
    /** Absent means "keep what the database has". */
    tmtMulai?: string | null;
    tmtSelesai?: string | null;
  }[];
};

export type OrgCounts = Record<SheetName, SheetCounts>;

const zero = (): SheetCounts => ({ insert: 0, update: 0, unchanged: 0 });

/**
 * Orders rows so a referenced row (parent unit, atasan jabatan) is written before its referrer.
 * Iterative, so a very deep chain cannot overflow the stack; a cycle throws (validation refuses
 * cycles first, so this is a last line of defence).
 */
function parentsFirst<T extends { kode: string }>(rows: readonly T[], parentOf: (r: T) => string | null): T[] {
  const byKode = new Map(rows.map((r) => [r.kode, r]));
  const out: T[] = [];
  const done = new Set<string>();
  for (const start of rows) {
    const chain: T[] = [];
    const onChain = new Set<string>();
    let cur: T | undefined = start;
    while (cur && !done.has(cur.kode)) {
      if (onChain.has(cur.kode)) throw new Error(`Rantai induk berputar pada kode ${cur.kode}`);
      onChain.add(cur.kode);
      chain.push(cur);
      const p = parentOf(cur);
      cur = p ? byKode.get(p) : undefined;
    }
    for (const r of chain.reverse()) {
      done.add(r.kode);
      out.push(r);
    }
  }
  return out;
}

function need<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`Rujukan tidak ditemukan: ${what}`);
  return v;
}

/** Where resolved rows go: written through the repositories, or only classified (a preview). */
type Sink = {
  unit: (row: UnitKerja, existing: UnitKerja | undefined) => Promise<ChangeKind> | ChangeKind;
  jabatan: (row: Jabatan, existing: Jabatan | undefined) => Promise<ChangeKind> | ChangeKind;
  pegawai: (row: Pegawai, existing: Pegawai | undefined) => Promise<ChangeKind> | ChangeKind;
};

/**
 * Resolves code references to ids (existing rows keep theirs, new rows get new ones) and hands each
 * row to the sink in dependency order. The one place that decides what importing data means.
 */
async function walkOrgData(db: Kysely<Database>, instansiId: string, data: OrgData, sink: Sink): Promise<OrgCounts> {
  const counts: OrgCounts = { unit: zero(), jabatan: zero(), pegawai: zero() };
  const units = new Map<string, UnitKerja>((await listUnits(db)).map((u) => [u.kode, u]));
  for (const r of parentsFirst(data.units, (u) => u.parentKode)) {
    const existing = units.get(r.kode);
    const parentId = r.parentKode ? need(units.get(r.parentKode), `unit ${r.parentKode}`).id : null;
    const unit: UnitKerja = { id: existing?.id ?? newId(), instansiId: existing?.instansiId ?? instansiId, parentId, kode: r.kode, nama: r.nama };
    counts.unit[await sink.unit(unit, existing)] += 1;
    units.set(r.kode, unit);
  }

  const jabatan = new Map<string, Jabatan>((await listJabatan(db)).map((j) => [j.kode, j]));
  for (const r of parentsFirst(data.jabatan, (j) => j.atasanKode)) {
    const existing = jabatan.get(r.kode);
    const j: Jabatan = {
      id: existing?.id ?? newId(),
      unitId: need(units.get(r.unitKode), `unit ${r.unitKode}`).id,
      kode: r.kode,
      nama: r.nama,
      jenis: r.jenis,
      atasanJabatanId: r.atasanKode ? need(jabatan.get(r.atasanKode), `jabatan ${r.atasanKode}`).id : null,
      kelas: r.kelas,
    };
    counts.jabatan[await sink.jabatan(j, existing)] += 1;
    jabatan.set(r.kode, j);
  }

  const pegawai = new Map<string, Pegawai>((await listPegawai(db)).map((p) => [p.nip, p]));
  for (const r of data.pegawai) {
    const existing = pegawai.get(r.nip);
    const p: Pegawai = {
      id: existing?.id ?? newId(),
      nip: r.nip,
      gelarDepan: r.gelarDepan,
      nama: r.nama,
      gelarBelakang: r.gelarBelakang,
      jenisAsn: r.jenisAsn,
      golongan: r.golongan,
      jabatanId: r.jabatanKode ? need(jabatan.get(r.jabatanKode), `jabatan ${r.jabatanKode}`).id : null,
      unitId: need(units.get(r.unitKode), `unit ${r.unitKode}`).id,
      tmtMulai: r.tmtMulai === undefined ? (existing?.tmtMulai ?? null) : r.tmtMulai,
      tmtSelesai: r.tmtSelesai === undefined ? (existing?.tmtSelesai ?? null) : r.tmtSelesai,
    };
    counts.pegawai[await sink.pegawai(p, existing)] += 1;
    pegawai.set(r.nip, p);
  }
  return counts;
}

/**
 * Writes org data into the local database inside the caller's transaction, matching existing rows
 * by unit/jabatan kode and pegawai NIP, so applying the same data twice changes nothing the second
 * time. The caller validates first (references resolvable, no cycles); anything left unresolved
 * here throws and the whole transaction rolls back.
 */
export async function applyOrgData(trx: Trx, ctx: WriteContext, instansiId: string, data: OrgData): Promise<OrgCounts> {
  return walkOrgData(trx, instansiId, data, {
    unit: (row, existing) => saveUnit(trx, ctx, row, existing),
    jabatan: (row, existing) => saveJabatan(trx, ctx, row, existing),
    pegawai: (row, existing) => savePegawai(trx, ctx, row, existing),
  });
}

/** Sees each planned row with its database original and verdict (the import preview's row list). */
export type PlanObserver = {
  unit?: (row: UnitKerja, existing: UnitKerja | undefined, kind: ChangeKind) => void;
  jabatan?: (row: Jabatan, existing: Jabatan | undefined, kind: ChangeKind) => void;
  pegawai?: (row: Pegawai, existing: Pegawai | undefined, kind: ChangeKind) => void;
};

/** What applyOrgData would insert, update or leave unchanged, without writing anything. */
export async function planOrgData(db: Kysely<Database>, instansiId: string, data: OrgData, observe: PlanObserver = {}): Promise<OrgCounts> {
  return walkOrgData(db, instansiId, data, {
    unit: (row, existing) => seen(observe.unit, row, existing, unitChangeKind(existing, row)),
    jabatan: (row, existing) => seen(observe.jabatan, row, existing, jabatanChangeKind(existing, row)),
    pegawai: (row, existing) => seen(observe.pegawai, row, existing, pegawaiChangeKind(existing, row)),
  });
}

function seen<T>(f: ((row: T, existing: T | undefined, kind: ChangeKind) => void) | undefined, row: T, existing: T | undefined, kind: ChangeKind): ChangeKind {
  f?.(row, existing, kind);
  return kind;
}
