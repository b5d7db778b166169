/**
 * The SKP (Sasaran Kinerja Pegawai) as stored and synced: plain data, ISO dates, no derived
 * fields. Terms are defined in ../glossary.ts. Derived facts (menunggu RHK atasan, readiness,
 * peta cascading) are computed by the functions next to this file, never stored.
 */
import type { PerilakuKerja } from './berakhlak.js';

export const SKP_STATUSES = ['draft', 'diajukan', 'dikembalikan', 'disetujui'] as const;
export type SkpStatus = (typeof SKP_STATUSES)[number];

export const SKP_STATUS_LABEL = {
  draft: 'Draf',
  diajukan: 'Diajukan',
  dikembalikan: 'Dikembalikan',
  disetujui: 'Disetujui',
} as const satisfies Record<SkpStatus, string>;

export const PENDEKATAN = ['kuantitatif', 'kualitatif'] as const;
/** Kuantitatif: targets are numbers with a satuan. Kualitatif: targets are descriptions. */
export type Pendekatan = (typeof PENDEKATAN)[number];

/** One SKP covers `mulai`..`selesai` (inclusive ISO dates) inside calendar year `tahun`. */
export type Periode = { tahun: number; mulai: string; selesai: string };

/** SKP lampiran: three free-text lists. */
export type Lampiran = {
  dukunganSumberDaya: string[];
  skemaPertanggungjawaban: string[];
  konsekuensi: string[];
};

/**
 * Who rates this SKP, resolved from the jabatan tree (with Plt./Plh. overrides) by the caller and
 * frozen on the SKP when it is approved, so later moves in the tree do not rewrite a signed plan.
 */
export type PenilaiSnapshot = {
  penilaiPegawaiId: string | null;
  penilaiJabatanId: string | null;
  atasanPenilaiPegawaiId: string | null;
  atasanPenilaiJabatanId: string | null;
};

/** An operator approving or returning on the pejabat penilai's behalf, with the order it rests on. */
export type Delegasi = {
  /** The pejabat penilai the operator acts for. */
  penilaiPegawaiId: string;
  /** Reference to the explicit instruction (e.g. nota dinas number); required, shown in history. */
  referensi: string;
};

export const SKP_ACTIONS = ['ajukan', 'setujui', 'kembalikan', 'perbaiki', 'mulaiPerubahan'] as const;
export type SkpActionType = (typeof SKP_ACTIONS)[number];

export const SKP_ACTION_LABEL = {
  ajukan: 'Ajukan',
  setujui: 'Setujui',
  kembalikan: 'Kembalikan',
  perbaiki: 'Perbaiki',
  mulaiPerubahan: 'Perubahan SKP',
} as const satisfies Record<SkpActionType, string>;

/** One workflow step, appended to `Skp.riwayat` by `transition`. */
export type SkpStatusEvent = {
  at: string;
  action: SkpActionType;
  from: SkpStatus;
  to: SkpStatus;
  actorUserId: string;
  delegasi: Delegasi | null;
  /** The whole-SKP note of a return; null otherwise. */
  catatan: string | null;
  /**
   * The signed sync command that recorded this step and its key version (issue 8): the server
   * accepts a step only from that very command, signed by `actorUserId`, so the step is provable.
   * Absent/null: made where it could not be verified (a standalone desk's history merged later).
   */
  commandId?: string | null;
  keyVersion?: number | null;
};

export type Skp = {
  id: string;
  pegawaiId: string;
  jabatanId: string;
  unitId: string;
  periode: Periode;
  pendekatan: Pendekatan;
  status: SkpStatus;
  /** 1 for the original plan, +1 for each perubahan SKP. */
  versi: number;
  /** The version this one changes (perubahan SKP); null for versi 1. */
  previousVersionId: string | null;
  /** Frozen on approval; null before. */
  penilai: PenilaiSnapshot | null;
  perilaku: PerilakuKerja[];
  lampiran: Lampiran;
  /** Note for the whole SKP from the last return; cleared on the next submission. */
  returnNote: string | null;
  approvedAt: string | null;
  approvedByUserId: string | null;
  /** Set when the last approval/return was made by an operator on the penilai's behalf. */
  delegasi: Delegasi | null;
  riwayat: SkpStatusEvent[];
};

export const JENIS_RHK = ['utama', 'tambahan'] as const;
/** A. UTAMA (from the job) and B. TAMBAHAN (extra tasks) on the form. */
export type JenisRhk = (typeof JENIS_RHK)[number];

export const JENIS_INTERVENSI = ['langsung', 'tidak_langsung'] as const;
/** Direct cascading takes a part of the atasan's result; indirect supports it. */
export type JenisIntervensi = (typeof JENIS_INTERVENSI)[number];

export const ASPEK_IKI = ['kuantitas', 'kualitas', 'waktu', 'biaya'] as const;
export type AspekIki = (typeof ASPEK_IKI)[number];
export const ASPEK_IKI_LABEL = {
  kuantitas: 'Kuantitas',
  kualitas: 'Kualitas',
  waktu: 'Waktu',
  biaya: 'Biaya',
} as const satisfies Record<AspekIki, string>;

/** Suggestions for the JPT form's Perspektif column; stored as free text. */
export const PERSPEKTIF_SARAN = ['Perspektif Penerima Layanan', 'Penguatan Internal', 'Anggaran', 'Proses Bisnis'] as const;

export type Target =
  | { kind: 'kuantitatif'; nilai: number; satuan: string }
  | { kind: 'kualitatif'; teks: string };

/** Indikator Kinerja Individu with its target. */
export type Indikator = {
  id: string;
  aspek: AspekIki;
  teks: string;
  target: Target;
  /** "Lower is better" (e.g. complaints, days late): capaian is inverted (issue 10). Absent: higher is better. */
  lowerIsBetter?: boolean;
};

export type Rhk = {
  id: string;
  skpId: string;
  jenis: JenisRhk;
  /** 1-based row number within its jenis group. */
  urutan: number;
  teks: string;
  /** The atasan RHK this one intervenes (cascades from); null when not linked (yet). */
  intervensiRhkId: string | null;
  /** Kind of the link; null exactly when `intervensiRhkId` is null. */
  jenisIntervensi: JenisIntervensi | null;
  /** For the head of the unit: the Perjanjian Kinerja / organisational goal this RHK serves. */
  intervensiPerjanjianKinerja: string | null;
  /** JPT form only: balanced-scorecard perspective (free text, see PERSPEKTIF_SARAN). */
  perspektif: string | null;
  /** Note from the last return for this row; cleared on the next submission. */
  returnNote: string | null;
  /** The RHK this one was copied from (previous version, last period or template); null if new. */
  asalRhkId: string | null;
  indikator: Indikator[];
};
