/**
 * Indonesian strings of issue 9's finish: explanations behind chips and terms (tooltips), column
 * names of the denser tables, sort labels, and why an action is not offered. `finish-en.ts` is
 * typed as `typeof finishId`.
 */
import type { SkpStatus } from '../../shared/domain/skp/types.js';
import type { ReadinessStatus } from '../../shared/domain/skp/readiness.js';
import type { Role } from '../../shared/entities.js';

export const finishId = {
  /** What each sync state means for the person at the desk (the header chip's tooltip). */
  syncHint: {
    standalone: 'Mandiri: meja ini belum tersambung ke server unit. Semua data hanya tersimpan di komputer ini; admin dapat menyambungkannya di menu Sinkronisasi.',
    idle: 'Tersinkron: perubahan di meja ini sudah diterima server unit.',
    syncing: 'Sedang bertukar perubahan dengan server unit.',
    offline: 'Luring: server unit tidak terjangkau. Anda tetap dapat bekerja; perubahan dikirim otomatis saat jaringan kembali.',
    error: 'Sinkronisasi gagal. Rinciannya ada di menu Sinkronisasi.',
  },
  /** What each SKP status means (the status badge's tooltip). */
  statusHint: {
    belum_ada: 'Pegawai ini belum memiliki SKP untuk tahun tersebut.',
    draft: 'Masih disusun dan belum dikirim kepada pejabat penilai.',
    diajukan: 'Sudah dikirim kepada pejabat penilai dan menunggu persetujuan.',
    dikembalikan: 'Dikembalikan pejabat penilai dengan catatan untuk diperbaiki, lalu diajukan kembali.',
    disetujui: 'Sudah disetujui pejabat penilai. Perubahan selanjutnya melalui perubahan SKP (versi baru).',
  } satisfies Record<SkpStatus | ReadinessStatus, string>,
  /** The DATA DEMO chip. */
  demoHint: 'Data buatan untuk mencoba aplikasi: orang, jabatan dan SKP-nya fiktif. Jangan memasukkan data sungguhan ke unit demo.',
  /** What each role may do (the role chips in the header). */
  roleHint: {
    admin: 'Admin: mengelola akun pengguna dan menyambungkan meja ke server.',
    operator: 'Operator kepegawaian: mengelola data unit, pegawai dan jabatan, serta membantu penyusunan SKP.',
    pegawai: 'Pegawai: menyusun SKP sendiri; bila menjadi atasan, juga menyetujui SKP bawahan.',
  } satisfies Record<Role, string>,
  pegawai: {
    colNama: 'Nama',
    colNip: 'NIP',
    colAsn: 'ASN',
  },
  skp: {
    /** Shown instead of "Buat SKP <tahun>" when the core would refuse it. */
    alreadyHas: (tahun: number) => `Anda sudah memiliki SKP ${tahun}. Bukalah dari daftar di bawah.`,
    noJabatan: 'Anda belum memiliki jabatan, sehingga SKP belum dapat dibuat. Hubungi operator kepegawaian.',
    /** The same, for the pegawai an operator picked in "SKP baru". */
    pickedHas: (tahun: number) => `Pegawai ini sudah memiliki SKP ${tahun}; bukalah dari Daftar SKP.`,
    pickedNoJabatan: 'Pegawai ini belum memiliki jabatan; isi jabatannya di halaman Pegawai terlebih dahulu.',
  },
  sort: {
    by: (kolom: string) => `Urutkan menurut ${kolom}`,
    ascending: 'urut naik',
    descending: 'urut turun',
  },
};

export type FinishDictionary = typeof finishId;
