/**
 * SKP (issue 5). Stored shapes and rules live in shared/domain/skp; these are the views the core
 * returns for the screens (lists, detail, picker, inbox, readiness board, peta cascading).
 * Re-exported by entities.ts, which is what callers import.
 */
import type { NilaiBerakhlak } from './domain/skp/berakhlak.js';
import type { SkpPart } from './domain/skp/editable.js';
import type { PetaHolder, PetaTotals } from './domain/skp/peta.js';
import type { Bottleneck, JabatanReadiness, ReadinessStatus } from './domain/skp/readiness.js';
import type { SkpTemplate } from './domain/skp/template.js';
import type { Indikator, JenisRhk, Pendekatan, Periode, Rhk, Skp, SkpActionType, SkpStatus, SkpStatusEvent } from './domain/skp/types.js';
import type { PersonRef } from './entities.js';

/** Columns SKP lists can be ordered by (pegawai name first: the default). */
export const SKP_SORT = ['nama', 'jabatan', 'unit', 'status'] as const;
export type SkpSort = (typeof SKP_SORT)[number];

/** One SKP in a list or the atasan's inbox. */
export type SkpSummary = {
  id: string;
  pegawaiId: string;
  nip: string;
  namaLengkap: string;
  jabatanId: string;
  jabatanNama: string;
  unitId: string;
  unitNama: string;
  periode: Periode;
  pendekatan: Pendekatan;
  status: SkpStatus;
  versi: number;
  rhkCount: number;
  /** UTAMA RHK still waiting for their atasan RHK. */
  menungguCount: number;
  /** When it was last submitted (the inbox sorts on it); null if never. */
  diajukanAt: string | null;
  updatedAt: string;
};

/** The atasan RHK an RHK intervenes, as the side-by-side view shows it. */
export type IntervensiRef = {
  rhkId: string;
  skpId: string;
  jenis: JenisRhk;
  urutan: number;
  teks: string;
  indikator: Indikator[];
  pemilikNama: string;
  /** The target is in an older version of the atasan SKP (a perubahan replaced it): re-link. */
  versiLama: boolean;
};

export type RhkView = Rhk & {
  menungguRhkAtasan: boolean;
  intervensi: IntervensiRef | null;
  /** Subordinate RHK intervening this one (deleting it needs re-linking them). */
  diintervensiOleh: number;
  /** Local revision, sent back as `baseVersion` on rhk/save. */
  rowVersion: number;
};

export type PerilakuView = { nilai: NilaiBerakhlak; nama: string; panduan: readonly string[]; ekspektasiKhusus: string };

/**
 * `signed`: the step names the signed command that recorded it and this desk is connected to the
 * server, which accepts a step only from that command ("ditandatangani oleh …"); otherwise the
 * step was made on a standalone desk and cannot be verified ("belum terverifikasi").
 */
export type SkpHistoryEntry = SkpStatusEvent & { actorNama: string | null; delegasiPenilaiNama: string | null; signed: boolean };

export type SkpVersionInfo = {
  id: string;
  versi: number;
  status: SkpStatus;
  previousVersionId: string | null;
  approvedAt: string | null;
  /** The newest approved version: the plan in force. */
  berlaku: boolean;
  createdAt: string;
};

/** Everything the SKP screen shows, in one call. */
export type SkpDetail = {
  skp: Skp;
  /** Local revision of the SKP row, sent back as `baseVersion` on skp/update. */
  rowVersion: number;
  pegawai: PersonRef & { golongan: string; pangkat: string | null; unitNama: string };
  /** Frozen snapshot once approved; before that, resolved from the jabatan tree (with Plt./Plh.). */
  penilai: PersonRef | null;
  atasanPenilai: PersonRef | null;
  /** The owner heads the unit: RHK name the Perjanjian Kinerja instead of an atasan RHK. */
  isPuncak: boolean;
  /** JPT form (Perspektif column). */
  isJpt: boolean;
  rhk: RhkView[];
  perilaku: PerilakuView[];
  riwayat: SkpHistoryEntry[];
  versions: SkpVersionInfo[];
  /**
   * What the signed-in user may do now (from transition / checkEdit), to show or hide buttons.
   * `needsDelegation`: approving or returning is offered only on the pejabat penilai's recorded
   * instruction (an operator who is not the penilai); the call must then carry `delegasi`.
   */
  allowed: { actions: SkpActionType[]; editable: SkpPart[]; needsDelegation: boolean };
};

/** One row of the atasan RHK picker. */
export type AtasanRhkOption = {
  rhkId: string;
  skpId: string;
  jenis: JenisRhk;
  urutan: number;
  teks: string;
  indikator: Indikator[];
  /** How many subordinate RHK already intervene it. */
  diintervensiOleh: number;
};

export type AtasanRhkPicker = {
  /** The pejabat penilai's SKP the options come from; null when there is none yet. */
  atasanSkp: { skpId: string; status: SkpStatus; versi: number; pemilikNama: string; jabatanNama: string } | null;
  options: AtasanRhkOption[];
  /** Options matching the query beyond `options` (the list is cut at `limit`). */
  more: number;
  isPuncak: boolean;
  /** Why the list is empty, in Indonesian (e.g. the atasan has no SKP yet); null otherwise. */
  notice: string | null;
};

export type ReadinessRow = JabatanReadiness & { kode: string; nama: string; unitNama: string; atasanJabatanId: string | null };
export type BottleneckRow = Bottleneck & { kode: string; nama: string; pemegang: string[] };
export type ReadinessBoard = {
  tahun: number;
  rows: ReadinessRow[];
  bottlenecks: BottleneckRow[];
  totals: Record<ReadinessStatus, number>;
};

export type PetaHolderView = PetaHolder & { namaLengkap: string };
/** `children` stops at the requested depth; `childCount` > `children.length` means it can be opened. */
export type PetaNodeView = { jabatanId: string; kode: string; nama: string; holders: PetaHolderView[]; childCount: number; children: PetaNodeView[] };
/** `totals` covers the caller's whole reach (whatever the root); null unless asked for. */
export type PetaCascading = { tahun: number; roots: PetaNodeView[]; totals: PetaTotals | null };

export type SkpTemplateView = SkpTemplate & { jabatanNama: string };

/** Outcome of a bulk operator action: what was made and what was skipped, with why. */
export type BulkSkpResult = {
  done: SkpSummary[];
  skipped: { pegawaiId: string; namaLengkap: string; message: string }[];
};
