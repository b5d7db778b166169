/**
 * Indonesian strings of Beranda, the grouped menu, the split Persetujuan and list totals.
 * `home-en.ts` is typed as `HomeDictionary`.
 */
import { evaluasiId } from './evaluasi-id.js';
import type { HomeItemKey } from '../features/home/home-items.js';
import type { NavGroup } from '../features/shell/nav.js';
import type { InboxTab } from '../../shared/home.js';

const n = (x: number) => x.toLocaleString('id-ID');

export const homeId = {
  navBeranda: 'Beranda',
  groups: { kinerja: 'Kinerja', dataPegawai: 'Data pegawai', administrasi: 'Administrasi' } satisfies Record<NavGroup, string>,
  /** Read out after the menu item's name by screen readers. */
  badge: (count: number) => `${n(count)} menunggu`,
  title: 'Beranda',
  greeting: (nama: string, tahun: number) => `Selamat datang, ${nama} — berikut yang menunggu Anda untuk tahun ${tahun}.`,
  nothing: 'Tidak ada',
  open: 'Buka daftar',
  items: {
    menungguSaya: { label: 'Menunggu persetujuan saya', hint: 'SKP bawahan yang diajukan kepada Anda sebagai pejabat penilai.' },
    diUnitSaya: { label: 'Diajukan di unit saya', hint: 'Semua SKP yang diajukan di unit yang Anda kelola.' },
    dikembalikan: { label: 'SKP saya dikembalikan', hint: 'Perbaiki sesuai catatan pejabat penilai, lalu ajukan lagi.' },
    draft: { label: 'SKP saya masih draf', hint: 'Lengkapi RHK, lalu ajukan kepada pejabat penilai.' },
    belumAdaSkp: { label: 'Pegawai belum punya SKP', hint: 'Pemegang jabatan dalam jangkauan Anda yang belum membuat SKP tahun ini.' },
    konflik: { label: 'Konflik sinkronisasi', hint: 'Perubahan yang ditolak server dan menunggu keputusan Anda.' },
    ...evaluasiId.home.items,
  } satisfies Record<HomeItemKey, { label: string; hint: string }>,
  noSkpYet: (tahun: number) => `Anda belum punya SKP tahun ${tahun}.`,
  createInSkpSaya: 'Buat di SKP Saya',
  syncTitle: 'Sinkronisasi',
  syncPending: (count: number) => (count === 0 ? 'Semua perubahan sudah terkirim.' : `${n(count)} perubahan belum terkirim ke server.`),
  syncStandalone: 'Meja ini belum terhubung ke server; data hanya tersimpan di komputer ini.',
  demoShort: (nip: string, password: string) => `Akun demo — NIP ${nip}, kata sandi ${password}`,
  demoMore: 'Selengkapnya',
  demoLess: 'Ringkas',
  inbox: {
    title: 'Persetujuan',
    tabs: { menungguSaya: 'Menunggu saya', diUnitSaya: 'Di unit saya' } satisfies Record<InboxTab, string>,
    intro: {
      menungguSaya: 'SKP bawahan yang diajukan kepada Anda sebagai pejabat penilai, yang paling lama menunggu lebih dulu.',
      diUnitSaya: 'Semua SKP yang diajukan di unit yang Anda kelola. Menyetujui atas nama pejabat penilai memerlukan delegasi tercatat.',
    } satisfies Record<InboxTab, string>,
    empty: {
      menungguSaya: 'Tidak ada SKP yang menunggu persetujuan Anda.',
      diUnitSaya: 'Tidak ada SKP yang diajukan di unit Anda.',
    } satisfies Record<InboxTab, string>,
    search: 'Cari nama atau NIP',
  },
  /** A list's position: "1–50 dari 1.204". */
  range: (from: number, to: number, total: number) => (total === 0 ? '0 SKP' : `${n(from)}–${n(to)} dari ${n(total)} SKP`),
  /** Under a search picker that shows only the first matches. */
  pickerTotal: (shown: number, total: number) => `Menampilkan ${n(shown)} dari ${n(total)} — ketik untuk menyaring`,
  statusFilter: 'Status',
  allStatuses: 'Semua status',
  readinessFiltered: 'Hanya jabatan dengan pemegang yang belum punya SKP',
  showAll: 'Tampilkan semua',
};
export type HomeDictionary = typeof homeId;
