import type { Role } from '../../../../shared/entities.js';
import type { SkpActor, SkpParties } from '../../../../shared/domain/skp/actor.js';
import { newSkp } from '../../../../shared/domain/skp/template.js';
import type { Indikator, Rhk, Skp, SkpStatus } from '../../../../shared/domain/skp/types.js';

/** Deterministic uuid-shaped ids: u(1) -> '00000000-0000-7000-8000-000000000001'. */
export const u = (n: number): string => `00000000-0000-7000-8000-${String(n).padStart(12, '0')}`;

export function idMaker(start = 1000): () => string {
  let n = start;
  return () => u((n += 1));
}

export const PEGAWAI = { owner: u(1), penilai: u(2), atasanPenilai: u(3), other: u(4), operatorPegawai: u(5) };
export const JABATAN = { owner: u(11), penilai: u(12), atasanPenilai: u(13) };
export const UNIT = u(21);
export const NOW = '2025-02-01T08:00:00.000Z';

export function skpWith(status: SkpStatus, over: Partial<Skp> = {}): Skp {
  return {
    ...newSkp({ id: u(100), pegawaiId: PEGAWAI.owner, jabatanId: JABATAN.owner, unitId: UNIT, periode: { tahun: 2025, mulai: '2025-01-01', selesai: '2025-12-31' }, pendekatan: 'kuantitatif' }),
    status,
    ...over,
  };
}

export function iki(n: number, over: Partial<Indikator> = {}): Indikator {
  return { id: u(500 + n), aspek: 'kuantitas', teks: `Jumlah dokumen ${n}`, target: { kind: 'kuantitatif', nilai: 12, satuan: 'dokumen' }, ...over };
}

export function rhk(n: number, over: Partial<Rhk> = {}): Rhk {
  return {
    id: u(200 + n),
    skpId: u(100),
    jenis: 'utama',
    urutan: n,
    teks: `Tersusunnya laporan ${n}`,
    intervensiRhkId: u(300 + n),
    jenisIntervensi: 'langsung',
    intervensiPerjanjianKinerja: null,
    perspektif: null,
    returnNote: null,
    asalRhkId: null,
    indikator: [iki(n)],
    ...over,
  };
}

const actor = (userId: number, pegawaiId: string | null, roles: Role[], delegasi: SkpActor['delegasi'] = null): SkpActor => ({
  userId: u(userId),
  pegawaiId,
  roles,
  delegasi,
});

const goodDelegasi = { penilaiPegawaiId: PEGAWAI.penilai, referensi: 'ND-12/2025' };

/** Every kind of caller the rules distinguish, with whether its unit scope covers the SKP. */
export const ACTORS = {
  pemilik: { actor: actor(31, PEGAWAI.owner, ['pegawai']), inScope: false },
  pemilikOperatorDelegasi: { actor: actor(32, PEGAWAI.owner, ['pegawai', 'operator'], goodDelegasi), inScope: true },
  penilai: { actor: actor(33, PEGAWAI.penilai, ['pegawai']), inScope: false },
  atasanPenilai: { actor: actor(34, PEGAWAI.atasanPenilai, ['pegawai']), inScope: false },
  pegawaiLain: { actor: actor(35, PEGAWAI.other, ['pegawai']), inScope: false },
  operator: { actor: actor(36, PEGAWAI.operatorPegawai, ['operator']), inScope: true },
  operatorDelegasi: { actor: actor(37, null, ['operator'], goodDelegasi), inScope: true },
  operatorDelegasiTanpaReferensi: { actor: actor(38, null, ['operator'], { ...goodDelegasi, referensi: '  ' }), inScope: true },
  operatorDelegasiBukanPenilai: { actor: actor(39, null, ['operator'], { penilaiPegawaiId: PEGAWAI.other, referensi: 'ND-1' }), inScope: true },
  operatorDelegasiDariPemilik: { actor: actor(40, null, ['operator'], { penilaiPegawaiId: PEGAWAI.owner, referensi: 'ND-1' }), inScope: true },
  operatorLuarUnit: { actor: actor(41, null, ['operator'], goodDelegasi), inScope: false },
  adminDelegasi: { actor: actor(42, null, ['admin'], goodDelegasi), inScope: true },
} as const;
export type ActorKind = keyof typeof ACTORS;
export const ACTOR_KINDS = Object.keys(ACTORS) as ActorKind[];

export function partiesFor(kind: ActorKind, penilaiPegawaiIds: readonly string[] = [PEGAWAI.penilai]): SkpParties {
  return { penilaiPegawaiIds, inActorScope: ACTORS[kind].inScope };
}
