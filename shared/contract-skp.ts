/** The SKP channel groups of the contract (issue 5): SKP, RHK, workflow, inbox, peta, templates; joined in contract.ts. */
import { z } from 'zod';
import { NILAI_BERAKHLAK, type NilaiBerakhlak } from './domain/skp/berakhlak.js';
import { PETA_DEPTH } from './domain/skp/peta.js';
import { SKP_RULES } from './domain/skp/rules.js';
import { ASPEK_IKI, JENIS_INTERVENSI, JENIS_RHK, PENDEKATAN, SKP_STATUSES } from './domain/skp/types.js';
import type {
  AtasanRhkPicker,
  BulkSkpResult,
  PetaCascading,
  ReadinessBoard,
  SkpDetail,
  SkpSummary,
  SkpTemplateView,
  SkpVersionInfo,
} from './entities.js';
import { SKP_SORT } from './entities.js';
import { INBOX_TABS, type InboxCounts } from './home.js';
import { id, isoDate, optionalText, tahun, text } from './contract-fields.js';

const periode = z.strictObject({ tahun, mulai: isoDate, selesai: isoDate });
const skpText = text(SKP_RULES.maxTeks);
const catatan = text(SKP_RULES.maxCatatan);
const target = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('kuantitatif'), nilai: z.number().min(0).max(1e12), satuan: text(60) }),
  z.strictObject({ kind: z.literal('kualitatif'), teks: skpText }),
]);
/** An indikator; `id` absent for a new one (the core makes it). */
const indikator = z.strictObject({
  id: id.optional(),
  aspek: z.enum(ASPEK_IKI),
  teks: skpText,
  target,
  /** "Lower is better" (complaints, days late): capaian is inverted (issue 10). */
  lowerIsBetter: z.boolean().optional(),
});
const indikatorList = z.array(indikator).min(1).max(SKP_RULES.maxIndikatorPerRhk);
const lampiranList = z.array(text(1000)).max(SKP_RULES.maxLampiranItems);
const lampiran = z.strictObject({ dukunganSumberDaya: lampiranList, skemaPertanggungjawaban: lampiranList, konsekuensi: lampiranList });
const perilaku = z
  .array(z.strictObject({ nilai: z.enum(NILAI_BERAKHLAK as [NilaiBerakhlak, ...NilaiBerakhlak[]]), ekspektasiKhusus: optionalText(SKP_RULES.maxTeks) }))
  .length(NILAI_BERAKHLAK.length)
  .refine((rows) => new Set(rows.map((r) => r.nilai)).size === rows.length, { message: 'Setiap nilai BerAKHLAK hanya sekali.' });
/** An operator acting for the pejabat penilai names the penilai and the instruction (recorded). */
const delegasi = z.strictObject({ penilaiPegawaiId: id, referensi: text(200) });
/** The row revision the edit was made on (`rowVersion` from skp/get); a stale one is refused. */
const baseVersion = z.int().min(0);
const perspektif = optionalText(200).nullable();
const rhkTemplate = z.strictObject({ jenis: z.enum(JENIS_RHK), teks: skpText, perspektif, indikator: indikatorList });
const page = { offset: z.int().min(0).max(1_000_000), limit: z.int().min(1).max(500) };

export const skpArgSchemas = {
  /** SKP of the actor's scope; filters combine. */
  'skp/list': z.strictObject({
    tahun,
    unitId: id.optional(),
    /** One pegawai's SKP; narrows the caller's reach, never widens it (others' ids give an empty list). */
    pegawaiId: id.optional(),
    status: z.array(z.enum(SKP_STATUSES)).min(1).max(SKP_STATUSES.length).optional(),
    /** Only SKP with UTAMA RHK still waiting for their atasan RHK. */
    menunggu: z.boolean().optional(),
    query: optionalText(100).optional(),
    ...page,
    /** Order of the list; by pegawai name when absent. */
    sort: z.enum(SKP_SORT).optional(),
    desc: z.boolean().optional(),
  }),
  'skp/get': z.strictObject({ id }),
  /** New draft for the pegawai's current jabatan; `dariTemplat` starts from the jabatan's template. */
  'skp/create': z.strictObject({ pegawaiId: id, periode, pendekatan: z.enum(PENDEKATAN), dariTemplat: z.boolean().optional() }),
  /** Header, perilaku (ekspektasi khusus pimpinan) and/or lampiran; at least one part. */
  'skp/update': z
    .strictObject({
      id,
      baseVersion,
      periode: periode.optional(),
      pendekatan: z.enum(PENDEKATAN).optional(),
      perilaku: perilaku.optional(),
      lampiran: lampiran.optional(),
      /**
       * Changing `pendekatan` while RHK exist invalidates every target: the call is refused unless
       * it says what happens to them — 'convert' each target to the new kind, or 'clear' them.
       */
      konversiTarget: z.enum(['convert', 'clear']).optional(),
    })
    .refine((a) => a.periode !== undefined || a.pendekatan !== undefined || a.perilaku !== undefined || a.lampiran !== undefined, {
      message: 'Tidak ada bagian SKP yang diubah.',
    }),
  /** Create (no `id`) or edit one RHK with its indikator. Links are set with rhk/link. */
  'rhk/save': z.strictObject({
    id: id.optional(),
    skpId: id,
    /** Required when `id` is given. */
    baseVersion: baseVersion.optional(),
    jenis: z.enum(JENIS_RHK),
    /** Position within its jenis group; absent = at the end / unchanged. */
    urutan: z.int().min(1).max(SKP_RULES.maxRhk).optional(),
    teks: skpText,
    /** Head of the unit only: the Perjanjian Kinerja / organisational goal served. */
    intervensiPerjanjianKinerja: optionalText(SKP_RULES.maxTeks).nullable(),
    perspektif,
    indikator: indikatorList,
  }),
  /** Refused while other RHK intervene it, unless `pindahKeRhkId` (same SKP) takes over their links. */
  'rhk/delete': z.strictObject({ id, pindahKeRhkId: id.nullable() }),
  /** Set or clear the atasan RHK this RHK intervenes. */
  'rhk/link': z
    .strictObject({ id, intervensiRhkId: id.nullable(), jenisIntervensi: z.enum(JENIS_INTERVENSI).nullable() })
    .refine((a) => (a.intervensiRhkId === null) === (a.jenisIntervensi === null), {
      message: 'Jenis intervensi diisi tepat bila RHK atasan dipilih.',
      path: ['jenisIntervensi'],
    }),
  'skp/submit': z.strictObject({ id }),
  'skp/approve': z.strictObject({ id, delegasi: delegasi.nullable() }),
  /** At least one note (whole SKP or per RHK) — the domain refuses a return without one. */
  'skp/return': z.strictObject({
    id,
    catatan: catatan.nullable(),
    catatanRhk: z.array(z.strictObject({ rhkId: id, catatan })).max(SKP_RULES.maxRhk),
    delegasi: delegasi.nullable(),
  }),
  /** Opens a new draft version of an approved SKP; the old version is kept. */
  'skp/startPerubahan': z.strictObject({ id }),
  /** Every version of the chain the given SKP belongs to. */
  'skp/versions': z.strictObject({ id }),
  /** The picker for one RHK of SKP `skpId`: the pejabat penilai's RHK matching `query`. */
  'skp/atasanRhkOptions': z.strictObject({ skpId: id, query: optionalText(100), limit: z.int().min(1).max(200) }),
  /**
   * Persetujuan: submitted SKP, newest version only, never the caller's own. Tab `menungguSaya`:
   * where the caller holds the pejabat penilai's jabatan; `diUnitSaya` (operators/admins): every
   * one in their units. `query` (name/NIP) and `unitId` (its subtree) narrow the page and `total`.
   */
  'skp/inbox': z.strictObject({
    tahun: tahun.optional(),
    tab: z.enum(INBOX_TABS).default('menungguSaya'),
    query: optionalText(100).optional(),
    unitId: id.optional(),
    offset: page.offset.default(0),
    limit: page.limit.default(50),
  }),
  'skp/readiness': z.strictObject({ tahun, unitId: id.optional() }),
  /**
   * depth: levels below the root(s) shown at once (a 10,000-pegawai unit is opened level by level);
   * totals: also count the summary over the caller's whole reach (slower: asked for on its own).
   */
  'skp/peta': z.strictObject({
    tahun,
    unitId: id.optional(),
    rootJabatanId: id.optional(),
    depth: z.int().min(0).max(PETA_DEPTH.max).optional(),
    totals: z.boolean().optional(),
  }),
  /** Operators: a draft for each pegawai copied from their SKP of `dariTahun` (links cleared). */
  'skp/copyLastPeriod': z.strictObject({ pegawaiIds: z.array(id).min(1).max(500), dariTahun: tahun, periode }),
  'skp/templateGet': z.strictObject({ jabatanId: id }),
  'skp/templateSave': z.strictObject({
    jabatanId: id,
    pendekatan: z.enum(PENDEKATAN),
    rhk: z.array(rhkTemplate).max(SKP_RULES.maxRhk),
    lampiran,
  }),
  /** Operators: add one RHK to the editable SKP of `tahun` of the jabatan's holders (all, or those listed). */
  'skp/applyRhkToMany': z.strictObject({ jabatanId: id, tahun, rhk: rhkTemplate, pegawaiIds: z.array(id).min(1).max(5000).optional() }),
} as const;

export type SkpChannelResults = {
  'skp/list': { total: number; rows: SkpSummary[] };
  'skp/get': SkpDetail;
  'skp/create': SkpDetail;
  'skp/update': SkpDetail;
  'rhk/save': SkpDetail;
  'rhk/delete': SkpDetail;
  'rhk/link': SkpDetail;
  'skp/submit': SkpDetail;
  'skp/approve': SkpDetail;
  'skp/return': SkpDetail;
  /** The new version. */
  'skp/startPerubahan': SkpDetail;
  'skp/versions': SkpVersionInfo[];
  'skp/atasanRhkOptions': AtasanRhkPicker;
  /** `counts`: every tab's total for `tahun` without query/unit (the same as the Beranda counts). */
  'skp/inbox': { total: number; rows: SkpSummary[]; counts: InboxCounts };
  'skp/readiness': ReadinessBoard;
  'skp/peta': PetaCascading;
  'skp/copyLastPeriod': BulkSkpResult;
  'skp/templateGet': SkpTemplateView | null;
  'skp/templateSave': SkpTemplateView;
  'skp/applyRhkToMany': BulkSkpResult;
};
