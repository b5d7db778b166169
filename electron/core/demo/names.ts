/**
 * Name pools for demo data: realistic Indonesian names from several traditions, and the gelar
 * (titles) civil servants commonly carry. All persons generated from these are fictitious.
 */
import type { Rng } from './prng.js';

export type Sex = 'L' | 'P';

type NameGroup = {
  /** Traditions where H./Hj. (hajj titles) are common. */
  muslim: boolean;
  male: { first: readonly string[]; last: readonly string[] };
  female: { first: readonly string[]; last: readonly string[] };
};

const JAWA: NameGroup = {
  muslim: true,
  male: {
    first: ['Budi', 'Agus', 'Bambang', 'Slamet', 'Joko', 'Wahyu', 'Eko', 'Dwi', 'Hadi', 'Sigit', 'Teguh', 'Yudi', 'Heru', 'Bayu'],
    last: ['Santoso', 'Wibowo', 'Susanto', 'Nugroho', 'Setiawan', 'Prasetyo', 'Purnomo', 'Wijaya', 'Sutrisno', 'Hartono', 'Raharjo', 'Sulistyo'],
  },
  female: {
    first: ['Sri', 'Dewi', 'Endang', 'Rina', 'Wulan', 'Ratna', 'Indah', 'Retno', 'Tri', 'Yuni', 'Ning', 'Sulastri'],
    last: ['Lestari', 'Rahayu', 'Wulandari', 'Handayani', 'Susanti', 'Astuti', 'Purwanti', 'Kusumawati', 'Wahyuni', 'Setyaningsih', 'Utami'],
  },
};

const SUNDA: NameGroup = {
  muslim: true,
  male: {
    first: ['Asep', 'Ujang', 'Dadang', 'Cecep', 'Dede', 'Yayat', 'Iwan', 'Enjang', 'Dadan', 'Ade', 'Jajang'],
    last: ['Sunarya', 'Permana', 'Hermawan', 'Suryana', 'Kusnadi', 'Sopandi', 'Ruhiyat', 'Gunawan', 'Supriatna', 'Mulyana'],
  },
  female: {
    first: ['Euis', 'Neng', 'Imas', 'Yeni', 'Lilis', 'Cucu', 'Enok', 'Tati', 'Iis', 'Rina'],
    last: ['Rosita', 'Nurhasanah', 'Sumiati', 'Komalasari', 'Kurniasih', 'Rohaeti', 'Nurlaela', 'Suryani', 'Maryati'],
  },
};

const BATAK_MARGA = [
  'Simanjuntak', 'Siregar', 'Nasution', 'Harahap', 'Sitompul', 'Hutapea', 'Panjaitan', 'Sihombing',
  'Situmorang', 'Lubis', 'Pardede', 'Sinaga', 'Simatupang', 'Manurung', 'Tambunan', 'Hutagalung',
] as const;

const BATAK: NameGroup = {
  muslim: false,
  male: {
    first: ['Togar', 'Parulian', 'Hotman', 'Bonar', 'Maruli', 'Sahat', 'Tumpal', 'Binsar', 'Poltak', 'Jonner', 'Robert'],
    last: BATAK_MARGA,
  },
  female: {
    first: ['Rotua', 'Tiurma', 'Dameria', 'Romauli', 'Lasma', 'Rosmawati', 'Hotnida', 'Maria', 'Nurmaida', 'Sondang'],
    last: BATAK_MARGA,
  },
};

const MINANG: NameGroup = {
  muslim: true,
  male: {
    first: ['Rizal', 'Afrizal', 'Yusrizal', 'Zulkifli', 'Syafrizal', 'Hendri', 'Fadli', 'Erwin', 'Irwan', 'Yusril'],
    last: ['Chaniago', 'Tanjung', 'Koto', 'Sikumbang', 'Piliang', 'Jambak', 'Putra', 'Caniago', 'Malin Kayo', 'Sutan'],
  },
  female: {
    first: ['Yulia', 'Fitri', 'Rahmi', 'Yenni', 'Elvi', 'Desi', 'Lusi', 'Yusnita', 'Nelvi', 'Mardiana'],
    last: ['Yanti', 'Novita', 'Sari', 'Wati', 'Zulfa', 'Fitriani', 'Marlina', 'Yusnidar', 'Syafitri'],
  },
};

const BUGIS: NameGroup = {
  muslim: true,
  male: {
    first: ['Andi Arsyad', 'Syamsul', 'Ridwan', 'Rusdi', 'Andi Baso', 'Amiruddin', 'Baharuddin', 'Muhtar', 'Andi Irfan', 'Saharuddin'],
    last: ['Rahman', 'Latif', 'Mappiare', 'Sulaiman', 'Makkasau', 'Paturusi', 'Daeng Ngalle', 'Mattalatta', 'Arief', 'Lasinrang'],
  },
  female: {
    first: ['Andi Nurhayati', 'Hasnah', 'Jumriah', 'Sitti', 'Hasmawati', 'Andi Tenri', 'Kasmawati', 'Nurbaya', 'Rosdiana', 'Haslinda'],
    last: ['Rahman', 'Latif', 'Ampa', 'Sulaiman', 'Tenriawaru', 'Mappaseng', 'Hamzah', 'Syamsuddin', 'Arifin'],
  },
};

const BALI: NameGroup = {
  muslim: false,
  male: {
    first: ['I Wayan', 'I Made', 'I Nyoman', 'I Ketut', 'I Putu', 'I Gede', 'I Komang', 'I Kadek', 'Ida Bagus', 'I Gusti Ngurah'],
    last: ['Sudarsana', 'Artawan', 'Suarjana', 'Wirawan', 'Sukadana', 'Mahendra', 'Adnyana', 'Widiana', 'Suputra', 'Arsana'],
  },
  female: {
    first: ['Ni Wayan', 'Ni Made', 'Ni Nyoman', 'Ni Ketut', 'Ni Putu', 'Ni Luh', 'Ni Komang', 'Ni Kadek', 'Ida Ayu', 'Anak Agung'],
    last: ['Sukarini', 'Widiastuti', 'Suryani', 'Ariani', 'Sri Wahyuni', 'Ayu Lestari', 'Sumertini', 'Puspawati', 'Ardani', 'Marheni'],
  },
};

const ISLAMI: NameGroup = {
  muslim: true,
  male: {
    first: ['Muhammad', 'Ahmad', 'Abdul', 'Rahmat', 'Fajar', 'Hasan', 'Ilham', 'Yusuf', 'Arif', 'Imam', 'Rizki', 'Hamzah'],
    last: ['Hidayatullah', 'Fauzi', 'Ramadhan', 'Hakim', 'Syahputra', 'Maulana', 'Firdaus', 'Nurdin', 'Hidayat', 'Kurniawan', 'Saputra'],
  },
  female: {
    first: ['Nur', 'Aisyah', 'Fatimah', 'Khadijah', 'Aminah', 'Siti', 'Nurul', 'Annisa', 'Zahra', 'Halimah', 'Maryam'],
    last: ['Rahmawati', 'Fitriani', 'Nurjanah', 'Hasanah', 'Azzahra', 'Maharani', 'Aminah', 'Khairunnisa', 'Safitri', 'Hidayati'],
  },
};

/** Weighted roughly like a Javanese-majority regency with a mixed workforce. */
const GROUPS: readonly { group: NameGroup; weight: number }[] = [
  { group: JAWA, weight: 32 },
  { group: ISLAMI, weight: 20 },
  { group: SUNDA, weight: 14 },
  { group: BATAK, weight: 10 },
  { group: MINANG, weight: 9 },
  { group: BUGIS, weight: 8 },
  { group: BALI, weight: 7 },
];
const TOTAL_WEIGHT = GROUPS.reduce((s, g) => s + g.weight, 0);

function pickGroup(rng: Rng): NameGroup {
  let r = rng.next() * TOTAL_WEIGHT;
  for (const g of GROUPS) {
    r -= g.weight;
    if (r < 0) return g.group;
  }
  return JAWA;
}

/**
 * A random fictitious name for the given sex; `muslim` tells whether H./Hj. would fit.
 *
 * @example
 * pickName(createRng(1), 'P'); // e.g. { nama: 'Ni Made Sukarini', muslim: false }
 */
export function pickName(rng: Rng, sex: Sex): { nama: string; muslim: boolean } {
  const group = pickGroup(rng);
  const pool = sex === 'L' ? group.male : group.female;
  const first = rng.pick(pool.first);
  let last = rng.pick(pool.last);
  // Avoid "Aminah Aminah" style doubles.
  if (last === first) last = rng.pick(pool.last);
  return { nama: last === first ? first : `${first} ${last}`, muslim: group.muslim };
}

/** Bachelor degrees (S1). */
export const GELAR_S1 = ['S.Pd.', 'S.E.', 'S.Kom.', 'S.H.', 'S.Sos.', 'S.T.', 'S.AP.', 'S.Ak.', 'S.Si.', 'S.I.Kom.'] as const;
/** Master degrees (S2). */
export const GELAR_S2 = ['M.Si.', 'M.M.', 'M.Pd.', 'M.AP.', 'M.Kom.', 'M.H.'] as const;
/** Diploma III degrees. */
export const GELAR_D3 = ['A.Md.', 'A.Md.Kom.', 'A.Md.Ak.'] as const;

/** Education level, which decides the gelar belakang. */
export type Pendidikan = 'SMA' | 'D3' | 'S1' | 'S2' | 'S3';

/**
 * Gelar for a fictitious person: academic titles first in gelar depan ("Dr. Hj."), older S1
 * holders sometimes with the pre-1990s Drs./Dra./Ir. instead of an S1 gelar belakang.
 *
 * @example
 * pickGelar(rng, { sex: 'P', muslim: true, birthYear: 1970, pendidikan: 'S3' });
 * // e.g. { gelarDepan: 'Dr. Hj.', gelarBelakang: 'S.Pd., M.Si.' }
 */
export function pickGelar(
  rng: Rng,
  p: { sex: Sex; muslim: boolean; birthYear: number; pendidikan: Pendidikan },
): { gelarDepan: string; gelarBelakang: string } {
  const depan: string[] = [];
  const belakang: string[] = [];
  if (p.pendidikan === 'D3') belakang.push(rng.pick(GELAR_D3));
  if (p.pendidikan === 'S1' || p.pendidikan === 'S2' || p.pendidikan === 'S3') {
    const oldStyle = p.birthYear < 1972 && rng.chance(0.4);
    if (oldStyle && rng.chance(0.25)) depan.push('Ir.');
    else if (oldStyle) depan.push(p.sex === 'L' ? 'Drs.' : 'Dra.');
    else belakang.push(rng.pick(GELAR_S1));
  }
  if (p.pendidikan === 'S2' || p.pendidikan === 'S3') belakang.push(rng.pick(GELAR_S2));
  if (p.pendidikan === 'S3') depan.unshift('Dr.');
  if (p.muslim && p.birthYear <= 1990 && rng.chance(0.12)) depan.push(p.sex === 'L' ? 'H.' : 'Hj.');
  return { gelarDepan: depan.join(' '), gelarBelakang: belakang.join(', ') };
}
