/**
 * Deterministic demo unit: a fictitious Dinas Pendidikan with a 4–5 level jabatan tree and as many
 * pegawai as asked. Pure (no I/O, no clock): the same options always give the same data, so tests,
 * benchmarks and the demo mode share one fixture.
 */
import type { JenisJabatan } from '../../../shared/domain/jabatan.js';
import { makeNiPppk, makeNip } from '../../../shared/domain/nip.js';
import { pickGelar, pickName, type Pendidikan, type Sex } from './names.js';
import { createRng, type Rng } from './prng.js';

export type DemoUnit = {
  instansi: { kode: string; nama: string };
  units: { kode: string; nama: string; parentKode: string | null }[];
  jabatan: { kode: string; nama: string; jenis: JenisJabatan; unitKode: string; atasanKode: string | null; kelas: number | null }[];
  pegawai: { nip: string; gelarDepan: string; nama: string; gelarBelakang: string; jenisAsn: 'PNS' | 'PPPK'; golongan: string; jabatanKode: string; unitKode: string }[];
};

type Level = 'head' | 'administrator' | 'pengawas' | 'muda' | 'ahli' | 'terampil' | 'pelaksana';
type Ctx = 'sekretariat' | 'bidang';
type JabatanDef = { nama: string; jenis: JenisJabatan; level: Level; kelas: number };
/** A single-holder structural position, in breadth-first order. */
type Post = JabatanDef & { parent: number | null; unitKode: string; ctx: Ctx };

/** Fixed "now" so output never depends on the clock. */
const REF_YEAR = 2024;
/** Share of pegawai who are PPPK (all among staff; structural posts are PNS). */
const PPPK_SHARE = 0.15;
const PEGAWAI_PER_BIDANG = 800;
/** Most staff jabatan one kepala sub bagian / seksi has under them. */
const MAX_STAFF_JABATAN = 7;

const ROOT_UNIT = 'Dinas Pendidikan Kabupaten Contoh';
const BIDANG = [
  'Bidang Pembinaan Sekolah Dasar',
  'Bidang Pembinaan Sekolah Menengah Pertama',
  'Bidang Pembinaan PAUD dan Pendidikan Nonformal',
  'Bidang Guru dan Tenaga Kependidikan',
  'Bidang Kebudayaan',
  'Bidang Sarana dan Prasarana',
] as const;
const SUB_UNITS: Record<Ctx, readonly string[]> = {
  sekretariat: ['Sub Bagian Umum dan Kepegawaian', 'Sub Bagian Keuangan', 'Sub Bagian Perencanaan dan Pelaporan'],
  bidang: ['Seksi Kurikulum dan Penilaian', 'Seksi Peserta Didik dan Pembangunan Karakter', 'Seksi Kelembagaan dan Sarana Prasarana'],
};
const pelaksana = (nama: string, kelas: number): JabatanDef => ({ nama, jenis: 'pelaksana', level: 'pelaksana', kelas });
const muda = (nama: string): JabatanDef => ({ nama, jenis: 'fungsional', level: 'muda', kelas: 9 });
const ahli = (nama: string): JabatanDef => ({ nama, jenis: 'fungsional', level: 'ahli', kelas: 8 });
const terampil = (nama: string): JabatanDef => ({ nama, jenis: 'fungsional', level: 'terampil', kelas: 6 });
/**
 * Staff jabatan per kind of sub-unit, in the order a sub-unit takes them (its own first). Fungsional
 * staff, ahli muda included, report to the structural head of their sub-unit like everyone else.
 */
const STAFF: Record<string, readonly JabatanDef[]> = {
  'Sub Bagian Umum dan Kepegawaian': [
    pelaksana('Pengadministrasi Perkantoran', 6), muda('Analis Sumber Daya Manusia Aparatur Ahli Muda'), ahli('Analis Sumber Daya Manusia Aparatur Ahli Pertama'),
    terampil('Arsiparis Terampil'), pelaksana('Penata Layanan Operasional', 7), pelaksana('Operator Layanan Operasional', 5), pelaksana('Pengadministrasi Umum', 5),
  ],
  'Sub Bagian Keuangan': [
    pelaksana('Pengelola Keuangan', 7), muda('Analis Keuangan Pusat dan Daerah Ahli Muda'), pelaksana('Bendahara', 7),
    pelaksana('Penata Laporan Keuangan', 7), pelaksana('Pengadministrasi Keuangan', 6), pelaksana('Pengadministrasi Umum', 5), pelaksana('Operator Layanan Operasional', 5),
  ],
  'Sub Bagian Perencanaan dan Pelaporan': [
    muda('Perencana Ahli Muda'), ahli('Perencana Ahli Pertama'), ahli('Pranata Komputer Ahli Pertama'), muda('Statistisi Ahli Muda'),
    pelaksana('Pengolah Data dan Informasi', 6), pelaksana('Penyusun Rencana Kegiatan dan Anggaran', 7), pelaksana('Pengadministrasi Umum', 5),
  ],
  'Seksi Kurikulum dan Penilaian': [
    ahli('Guru Ahli Pertama'), muda('Pengawas Sekolah Ahli Muda'), muda('Pengembang Teknologi Pembelajaran Ahli Muda'),
    ahli('Penilik Ahli Pertama'), pelaksana('Pengolah Data dan Informasi', 6), terampil('Pranata Laboratorium Pendidikan Terampil'), pelaksana('Pengadministrasi Umum', 5),
  ],
  'Seksi Peserta Didik dan Pembangunan Karakter': [
    ahli('Guru Ahli Pertama'), ahli('Pamong Belajar Ahli Pertama'), muda('Penilik Ahli Muda'),
    pelaksana('Penata Layanan Operasional', 7), terampil('Pustakawan Terampil'), pelaksana('Pengolah Data dan Informasi', 6), pelaksana('Pengadministrasi Umum', 5),
  ],
  'Seksi Kelembagaan dan Sarana Prasarana': [
    pelaksana('Pengelola Sarana dan Prasarana', 6), muda('Pamong Budaya Ahli Muda'), ahli('Penata Kelola Sistem dan Teknologi Informasi Ahli Pertama'),
    pelaksana('Pengadministrasi Umum', 5), pelaksana('Pengolah Data dan Informasi', 6), terampil('Pustakawan Terampil'), pelaksana('Penata Layanan Operasional', 7),
  ],
};
/** Staff of a unit with no sub-unit kept (tiny demos): the head's or an administrator's own staff. */
const STAFF_FALLBACK: readonly JabatanDef[] = [pelaksana('Pengadministrasi Umum', 5), pelaksana('Pengolah Data dan Informasi', 6), muda('Perencana Ahli Muda')];

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function bidangName(i: number): string {
  const base = BIDANG[i % BIDANG.length] ?? BIDANG[0];
  const round = Math.floor(i / BIDANG.length);
  return round === 0 ? base : `${base} Wilayah ${round + 1}`;
}

/** The ideal structure for `n` pegawai, breadth-first, plus the units it creates. */
function buildPosts(n: number, units: DemoUnit['units']): Post[] {
  units.push({ kode: '01', nama: ROOT_UNIT, parentKode: null });
  const posts: Post[] = [
    { nama: 'Kepala Dinas', jenis: 'jpt_pratama', level: 'head', kelas: 14, parent: null, unitKode: '01', ctx: 'sekretariat' },
  ];
  const bidangCount = Math.max(1, Math.round(n / PEGAWAI_PER_BIDANG));
  const admins: number[] = [];
  for (let a = 0; a <= bidangCount; a += 1) {
    const ctx: Ctx = a === 0 ? 'sekretariat' : 'bidang';
    const nama = a === 0 ? 'Sekretariat' : bidangName(a - 1);
    const unitKode = `01.${pad(a + 1)}`;
    units.push({ kode: unitKode, nama, parentKode: '01' });
    admins.push(posts.length);
    posts.push({ nama: a === 0 ? 'Sekretaris' : `Kepala ${nama}`, jenis: 'administrator', level: 'administrator', kelas: a === 0 ? 12 : 11, parent: 0, unitKode, ctx });
  }
  const seksi: number[] = [];
  for (const a of admins) {
    const admin = posts[a];
    if (!admin) continue;
    SUB_UNITS[admin.ctx].forEach((nama, k) => {
      const unitKode = `${admin.unitKode}.${pad(k + 1)}`;
      units.push({ kode: unitKode, nama, parentKode: admin.unitKode });
      seksi.push(posts.length);
      posts.push({ nama: `Kepala ${nama}`, jenis: 'pengawas', level: 'pengawas', kelas: 9, parent: a, unitKode, ctx: admin.ctx });
    });
  }
  return posts;
}

type Person = Omit<DemoUnit['pegawai'][number], 'jabatanKode' | 'unitKode'>;

const PNS_GOL: Record<Level, readonly string[]> = {
  head: ['IV/c', 'IV/d'],
  administrator: ['IV/a', 'IV/b'],
  pengawas: ['III/c', 'III/d'],
  muda: ['III/c', 'III/d'],
  ahli: ['III/a', 'III/b'],
  terampil: ['II/c', 'II/d', 'III/a', 'III/b'],
  pelaksana: ['II/a', 'II/b', 'II/c', 'II/d', 'III/a', 'III/b', 'III/c', 'III/d'],
};
const PPPK_GOL: Record<Level, readonly string[]> = {
  head: [], administrator: [], pengawas: [],
  muda: ['X', 'XI'],
  ahli: ['IX', 'X', 'XI'],
  terampil: ['VII', 'VIII'],
  pelaksana: ['V', 'VI', 'VII'],
};
const BIRTH_YEARS: Record<Level, readonly [number, number]> = {
  head: [1966, 1974],
  administrator: [1967, 1980],
  pengawas: [1970, 1988],
  muda: [1972, 1990],
  ahli: [1985, 1998],
  terampil: [1975, 2000],
  pelaksana: [1966, 2000],
};

function pendidikanFor(rng: Rng, level: Level, golongan: string): Pendidikan {
  switch (level) {
    case 'head': return rng.chance(0.2) ? 'S3' : 'S2';
    case 'administrator': return rng.pick(['S1', 'S2', 'S2', 'S2', 'S2', 'S2', 'S2', 'S2', 'S2', 'S3'] as const);
    case 'pengawas':
    case 'muda': return rng.chance(0.45) ? 'S2' : 'S1';
    case 'ahli': return rng.chance(0.1) ? 'S2' : 'S1';
    case 'terampil': return 'D3';
    case 'pelaksana': return golongan.startsWith('III') || golongan === 'VII' ? 'S1' : rng.pick(['SMA', 'D3'] as const);
  }
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** One fictitious person; `counters` keeps NIP sequences unique per 15-digit prefix. */
function makePerson(rng: Rng, level: Level, pppk: boolean, counters: Map<string, number>): Person {
  const sex: Sex = rng.chance(0.5) ? 'L' : 'P';
  const { nama, muslim } = pickName(rng, sex);
  const [lo, hi] = BIRTH_YEARS[level];
  const birthYear = rng.int(lo, hi);
  const month = rng.int(1, 12);
  const birthDate = `${birthYear}-${pad(month)}-${pad(rng.int(1, daysIn(birthYear, month)))}`;
  const golongan = rng.pick(pppk ? PPPK_GOL[level] : PNS_GOL[level]);
  const gelar = pickGelar(rng, { sex, muslim, birthYear, pendidikan: pendidikanFor(rng, level, golongan) });

  const sequenceFor = (prefix: string): number => {
    const n = (counters.get(prefix) ?? rng.int(0, 40)) + 1;
    counters.set(prefix, n);
    return n;
  };
  let nip: string;
  if (pppk) {
    const tahunPengangkatan = rng.int(2019, REF_YEAR);
    const prefix = makeNiPppk({ birthDate, tahunPengangkatan, sex, sequence: 1 }).slice(0, 15);
    nip = makeNiPppk({ birthDate, tahunPengangkatan, sex, sequence: sequenceFor(prefix) });
  } else {
    const tmtCpns = `${Math.min(REF_YEAR - 1, birthYear + rng.int(22, 30))}-${pad(rng.int(1, 12))}`;
    const prefix = makeNip({ birthDate, tmtCpns, sex, sequence: 1 }).slice(0, 15);
    nip = makeNip({ birthDate, tmtCpns, sex, sequence: sequenceFor(prefix) });
  }
  return { nip, ...gelar, nama, jenisAsn: pppk ? 'PPPK' : 'PNS', golongan };
}

/**
 * Generates a demo unit with exactly `pegawaiCount` pegawai. The tree is Kepala Dinas → Sekretaris /
 * Kepala Bidang → Kepala Sub Bagian / Kepala Seksi → staff (pelaksana and fungsional alike report
 * to the structural head of their sub-unit, as in a real dinas); it widens with the count (10,000
 * pegawai: 14 administrator posts, 42 pengawas) and, for tiny counts, keeps only the top of the
 * tree (1 pegawai = the head alone). Structural posts have exactly one holder; staff jabatan are
 * shared by several pegawai.
 *
 * @example
 * const demo = generateDemoUnit({ pegawaiCount: 30, seed: 7 });
 * demo.pegawai.length; // 30
 */
export function generateDemoUnit(opts: { pegawaiCount: number; seed?: number }): DemoUnit {
  const n = opts.pegawaiCount;
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`pegawaiCount must be a positive integer, got ${n}`);
  const rng = createRng(opts.seed ?? 1);
  const allUnits: DemoUnit['units'] = [];
  // Tiny units keep only the top of the tree so that most pegawai are still staff.
  const budget = Math.max(1, Math.floor(n * 0.4));
  const posts = buildPosts(n, allUnits).slice(0, budget);
  const usedUnits = new Set(posts.map((x) => x.unitKode));
  const units = allUnits.filter((u) => usedUnits.has(u.kode));

  const jabatan: DemoUnit['jabatan'] = [];
  const kodeOf = (i: number): string => `JAB-${pad(i + 1, 5)}`;
  posts.forEach((x, i) => {
    jabatan.push({ kode: kodeOf(i), nama: x.nama, jenis: x.jenis, unitKode: x.unitKode, atasanKode: x.parent === null ? null : kodeOf(x.parent), kelas: x.kelas });
  });

  // Staff go to the leaves (posts without kept children), spread evenly.
  const hasChild = new Set(posts.map((x) => x.parent));
  const leaves = posts.map((_, i) => i).filter((i) => !hasChild.has(i));
  const staffTotal = n - posts.length;
  const staffJabatan: { def: JabatanDef; index: number; holders: number }[] = [];
  leaves.forEach((leaf, li) => {
    const s = Math.floor(staffTotal / leaves.length) + (li < staffTotal % leaves.length ? 1 : 0);
    const post = posts[leaf];
    if (s === 0 || !post) return;
    const m = Math.min(s, 1 + Math.ceil(s / 12), MAX_STAFF_JABATAN);
    const unitNama = units.find((u) => u.kode === post.unitKode)?.nama ?? '';
    (STAFF[unitNama] ?? STAFF_FALLBACK).slice(0, m).forEach((def, k) => {
      const index = jabatan.length;
      jabatan.push({ kode: kodeOf(index), nama: def.nama, jenis: def.jenis, unitKode: post.unitKode, atasanKode: kodeOf(leaf), kelas: def.kelas });
      staffJabatan.push({ def, index, holders: Math.floor(s / m) + (k < s % m ? 1 : 0) });
    });
  });

  const counters = new Map<string, number>();
  const pegawai: DemoUnit['pegawai'] = [];
  posts.forEach((x, i) => {
    pegawai.push({ ...makePerson(rng, x.level, false, counters), jabatanKode: kodeOf(i), unitKode: x.unitKode });
  });
  // Selection sampling: exactly round(15 %) PPPK among staff, spread at random.
  let pppkLeft = Math.min(staffTotal, Math.round(n * PPPK_SHARE));
  let staffLeft = staffTotal;
  for (const sj of staffJabatan) {
    const j = jabatan[sj.index];
    if (!j) continue;
    for (let h = 0; h < sj.holders; h += 1) {
      const pppk = rng.next() * staffLeft < pppkLeft;
      if (pppk) pppkLeft -= 1;
      staffLeft -= 1;
      pegawai.push({ ...makePerson(rng, sj.def.level, pppk, counters), jabatanKode: j.kode, unitKode: j.unitKode });
    }
  }
  return { instansi: { kode: 'DEMO', nama: `DEMO — ${ROOT_UNIT}` }, units, jabatan, pegawai };
}
