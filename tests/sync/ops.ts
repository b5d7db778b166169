/**
 * Random org edits a person could make on a desk, picked by index into what that desk currently
 * shows, made by one of the desk's accounts (an account without the right gets a refusal, which
 * changes nothing). Small pools of codes and NIPs make desks collide on purpose (same kode, same
 * NIP). Transfers move a pegawai with their jabatan, or a jabatan, to another unit: rows enter and
 * leave partial-scope desks.
 */
import fc from 'fast-check';
import { makeNip } from '../../shared/domain/nip.js';
import type { ActingDesk } from './actors.js';

export type Op =
  | { type: 'newUnit'; parent: number; kode: number }
  | { type: 'renameUnit'; pick: number; nama: number }
  | { type: 'newJabatan'; unit: number; kode: number; atasan: number }
  | { type: 'editJabatan'; pick: number; atasan: number; nama: number }
  | { type: 'moveJabatan'; pick: number; unit: number }
  | { type: 'newPegawai'; unit: number; nip: number; jabatan: number }
  | { type: 'editPegawai'; pick: number; golongan: number; unit: number; nama: number }
  | { type: 'transfer'; pick: number; unit: number; jabatan: number };

const n = fc.nat(50);
export const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ type: fc.constant('newUnit' as const), parent: n, kode: fc.nat(5) }),
  fc.record({ type: fc.constant('renameUnit' as const), pick: n, nama: fc.nat(3) }),
  fc.record({ type: fc.constant('newJabatan' as const), unit: n, kode: fc.nat(5), atasan: n }),
  fc.record({ type: fc.constant('editJabatan' as const), pick: n, atasan: n, nama: fc.nat(3) }),
  fc.record({ type: fc.constant('moveJabatan' as const), pick: n, unit: n }),
  fc.record({ type: fc.constant('newPegawai' as const), unit: n, nip: fc.nat(7), jabatan: n }),
  fc.record({ type: fc.constant('editPegawai' as const), pick: n, golongan: fc.nat(3), unit: n, nama: fc.nat(3) }),
  fc.record({ type: fc.constant('transfer' as const), pick: n, unit: n, jabatan: n }),
);

const GOLONGAN = ['II/a', 'III/a', 'III/b', 'IV/a'];

export function pick<T>(list: readonly T[], i: number): T | undefined {
  return list.length === 0 ? undefined : list[i % list.length];
}

/** NIPs are unique per run (the sequence carries the run number) but shared by the desks. */
export function poolNip(run: number, i: number): string {
  return makeNip({ birthDate: `1980-0${1 + (i % 9)}-1${i % 10}`, tmtCpns: '2005-03', sex: i % 2 === 0 ? 'L' : 'P', sequence: 1 + ((run * 8 + i) % 999) });
}

/** Applies one op through the contract, as the UI would; a refusal (duplicate, cycle, no right…) is fine. */
export async function applyOp(a: ActingDesk, run: number, op: Op): Promise<void> {
  const units = await listOr(a.call('org/units', {}));
  const jabatan = await listOr(a.call('org/jabatanList', {}));
  const found = await a.call('pegawai/search', { query: '', offset: 0, limit: 500 });
  const pegawai = found?.ok ? found.value.rows.map((r) => r.id) : [];
  const tag = `${a.desk.name}`;
  switch (op.type) {
    case 'newUnit': {
      const parent = pick(units, op.parent);
      if (parent) await a.call('org/unitSave', { parentId: parent.id, kode: `R${run}-U${op.kode}`, nama: `Unit ${op.kode} dari ${tag}` });
      return;
    }
    case 'renameUnit': {
      const u = pick(units.filter((x) => x.parentId !== null), op.pick);
      if (u) await a.call('org/unitSave', { id: u.id, parentId: u.parentId, kode: u.kode, nama: `Unit ${u.kode} nama ${op.nama} (${tag})` });
      return;
    }
    case 'newJabatan': {
      const u = pick(units, op.unit);
      const atasan = op.atasan % 3 === 0 ? undefined : pick(jabatan, op.atasan);
      if (u) await a.call('org/jabatanSave', { unitId: u.id, kode: `R${run}-J${op.kode}`, nama: `Jabatan ${op.kode}`, jenis: 'pelaksana', atasanJabatanId: atasan?.id ?? null, kelas: 5 });
      return;
    }
    case 'editJabatan':
    case 'moveJabatan': {
      const j = pick(jabatan, op.pick);
      if (!j) return;
      const atasanId = op.type === 'editJabatan' ? (op.atasan % 3 === 0 ? null : (pick(jabatan, op.atasan)?.id ?? null)) : j.atasanJabatanId;
      const unitId = op.type === 'moveJabatan' ? (pick(units, op.unit)?.id ?? j.unitId) : j.unitId;
      const nama = op.type === 'editJabatan' ? `Jabatan ${j.kode} v${op.nama} (${tag})` : j.nama;
      await a.call('org/jabatanSave', { id: j.id, unitId, kode: j.kode, nama, jenis: j.jenis, atasanJabatanId: atasanId, kelas: j.kelas });
      return;
    }
    case 'newPegawai': {
      const u = pick(units, op.unit);
      const j = op.jabatan % 2 === 0 ? undefined : pick(jabatan, op.jabatan);
      if (u) {
        await a.call('pegawai/save', {
          nip: poolNip(run, op.nip), gelarDepan: '', nama: `Pegawai ${op.nip} (${tag})`, gelarBelakang: '', jenisAsn: 'PNS', golongan: 'III/a', jabatanId: j?.id ?? null, unitId: u.id, tmtMulai: null, tmtSelesai: null,
        });
      }
      return;
    }
    case 'editPegawai':
    case 'transfer': {
      const id = pick(pegawai, op.pick);
      const u = pick(units, op.unit);
      if (!id || !u) return;
      const got = await a.call('pegawai/get', { id });
      if (!got?.ok) return;
      const p = got.value.pegawai;
      if (op.type === 'editPegawai') await a.call('pegawai/save', { ...p, golongan: GOLONGAN[op.golongan] ?? 'III/a', unitId: u.id, nama: `Pegawai v${op.nama} (${tag})` });
      // A transfer (mutasi): another unit and, mostly, that unit's or any other jabatan.
      else await a.call('pegawai/save', { ...p, unitId: u.id, jabatanId: op.jabatan % 4 === 0 ? null : (pick(jabatan, op.jabatan)?.id ?? null) });
      return;
    }
  }
}

async function listOr<T>(p: Promise<{ ok: true; value: T[] } | { ok: false } | null>): Promise<T[]> {
  const r = await p;
  return r?.ok ? r.value : [];
}
