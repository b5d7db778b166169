/**
 * Indonesian strings of the sync screens (status indicator, Sinkronisasi, Konflik, joining a
 * unit from the setup page). Kept apart from `id.ts` so neither file grows past a screenful;
 * `sync-en.ts` is typed as `typeof syncId`.
 */
// Open records: a conflict may name an entity or field this version does not know yet.
const ENTITIES: Record<string, string> = {
  unit_kerja: 'Unit kerja',
  jabatan: 'Jabatan',
  pegawai: 'Pegawai',
  user: 'Akun',
  instansi: 'Instansi',
};
const FIELDS: Record<string, string> = {
  nip: 'NIP',
  nama: 'Nama',
  golongan: 'Golongan',
  gelarDepan: 'Gelar depan',
  gelarBelakang: 'Gelar belakang',
  jenisAsn: 'Jenis ASN',
  unitId: 'Unit kerja',
  jabatanId: 'Jabatan',
  kode: 'Kode',
  parentId: 'Unit induk',
  atasanJabatanId: 'Jabatan atasan',
  jenis: 'Jenis jabatan',
  kelas: 'Kelas jabatan',
  tmtMulai: 'TMT mulai',
  tmtSelesai: 'TMT selesai',
  roles: 'Peran',
  aktif: 'Aktif',
  pegawaiId: 'Pegawai',
  instansiId: 'Instansi',
  isDemo: 'Data demo',
};

export const syncId = {
  state: {
    standalone: 'Mandiri (tanpa server)',
    idle: 'Tersinkron',
    syncing: 'Menyinkronkan…',
    offline: 'Luring — perubahan tersimpan di komputer ini',
    error: 'Sinkronisasi gagal',
  },
  /** The header's narrow form; the full label goes into its tooltip. */
  stateShort: {
    standalone: 'Mandiri',
    idle: 'Tersinkron',
    syncing: 'Menyinkronkan…',
    offline: 'Luring',
    error: 'Sinkronisasi gagal',
  },
  ago: {
    justNow: 'baru saja',
    minutes: (n: number) => `${n} menit lalu`,
    hours: (n: number) => `${n} jam lalu`,
    days: (n: number) => `${n} hari lalu`,
  },
  received: (n: string) => `${n} baris diterima`,
  pending: (n: string) => `${n} belum tersinkron`,
  conflicts: (n: string) => `${n} konflik`,
  openConflicts: 'Buka daftar konflik',
  lastSyncAt: (time: string) => `Sinkron terakhir: ${time}`,
  syncNow: 'Sinkron sekarang',
  indicatorLabel: 'Status sinkronisasi',
  page: {
    title: 'Sinkronisasi',
    server: 'Server',
    state: 'Status',
    lastSync: 'Sinkron terakhir',
    pending: 'Belum tersinkron',
    conflicts: 'Konflik',
    lastError: 'Kesalahan terakhir',
    problem: 'Masalah data',
    never: 'Belum pernah',
    noServer: 'Belum tersambung',
    standaloneIntro:
      'Meja ini berjalan mandiri: semua data hanya ada di komputer ini. Sambungkan ke server unit agar data dapat dipakai bersama meja lain dan tercadang.',
    adminOnly: 'Hanya admin yang dapat menyambungkan meja ini ke server.',
    demoCannotConnect:
      'Meja ini berisi data demo, yang hanya untuk mencoba dan tidak boleh dikirim ke server. Untuk menyambungkan ke server, jalankan Meja Kinerja dengan folder data baru yang masih kosong.',
    connectTitle: 'Sambungkan ke server',
    connectSubmit: 'Sambungkan',
    connected: 'Meja tersambung ke server.',
    deviceDefault: (kode: string) => `Meja ${kode}`,
  },
  form: {
    serverUrl: 'Alamat server',
    serverUrlHint: 'Contoh: https://kinerja.pemkab.go.id',
    serverUrlInvalid: 'Alamat server harus diawali http:// atau https://.',
    nip: 'NIP akun Anda di server',
    password: 'Kata sandi akun di server',
    deviceName: 'Nama meja ini',
    deviceNameHint: 'Dipakai server untuk mengenali komputer ini.',
    bootstrapSecret: 'Kode pendaftaran instansi (opsional)',
    bootstrapHint:
      'Kode dari pengelola server untuk mendaftarkan instansi ini. Hanya diperlukan oleh meja pertama yang disambungkan; meja berikutnya cukup dengan akun.',
    required: 'Wajib diisi.',
  },
  join: {
    tab: 'Gabung ke server unit',
    intro:
      'Unit Anda sudah memakai server Meja Kinerja? Masukkan alamat server dan akun Anda; seluruh data unit akan diunduh ke komputer ini.',
    submit: 'Gabung dan unduh data',
    deviceDefault: 'Meja baru',
    progress: 'Mengunduh data unit dari server…',
    done: 'Data unit berhasil diunduh dari server. Silakan masuk.',
    incomplete: 'Penyambungan berhasil tetapi data belum lengkap terunduh. Periksa jaringan lalu coba lagi.',
  },
  conflict: {
    title: 'Konflik sinkronisasi',
    intro:
      'Perubahan di bawah ini ditolak server karena data yang sama sudah diubah di tempat lain, atau tidak lolos pemeriksaan server. Tidak ada yang hilang: pilih versi mana yang berlaku.',
    empty: 'Tidak ada konflik. Semua perubahan sudah diterima server.',
    editedBy: (who: string, time: string) => `Diubah oleh ${who} pada ${time}`,
    unknownActor: 'pengguna tidak dikenal',
    reason: 'Alasan',
    field: 'Kolom',
    mine: 'Versi Anda',
    theirs: 'Versi server',
    theirsOther: 'Data lain di server (kode/NIP sama)',
    notOnServer: '— tidak ada di server —',
    differs: 'berbeda',
    useMine: 'Pakai versi saya',
    useMineHint: 'Perubahan Anda dikirim lagi di atas versi server; server memeriksanya seperti perubahan biasa.',
    useTheirs: 'Pakai versi server',
    useTheirsHint: 'Data mengikuti server; perubahan Anda tetap tercatat di riwayat konflik.',
    resolved: 'Konflik diselesaikan.',
    yes: 'Ya',
    no: 'Tidak',
    entities: ENTITIES,
    fields: FIELDS,
  },
};

export type SyncDictionary = typeof syncId;
