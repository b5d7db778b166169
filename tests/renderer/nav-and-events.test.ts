import { describe, expect, it } from 'vitest';
import { atasanChainText } from '../../renderer/features/jabatan/atasan-chain.js';
import { navBadges, navSections, visiblePages } from '../../renderer/features/shell/nav.js';
import { hasNoSkpYet, homeItems } from '../../renderer/features/home/home-items.js';
import type { HomeSummary } from '../../shared/home.js';
import { touches } from '../../renderer/lib/use-core-event.js';

describe('visiblePages', () => {
  it('shows a plain pegawai the read-only screens, SKP Saya and Realisasi Saya', () => {
    expect(visiblePages(['pegawai'])).toEqual(['beranda', 'verify', 'pegawai', 'jabatan', 'units', 'sync']);
    expect(visiblePages(['pegawai'], { hasPegawai: true, isAtasan: false })).toEqual(['beranda', 'skpSaya', 'realisasiSaya', 'verify', 'pegawai', 'jabatan', 'units', 'sync']);
  });
  it('gives an atasan the approval inbox, the SKP list, readiness, peta and Evaluasi, but not the operator tools', () => {
    expect(visiblePages(['pegawai'], { hasPegawai: true, isAtasan: true })).toEqual([
      'beranda', 'skpSaya', 'skpInbox', 'skp', 'skpReadiness', 'skpPeta', 'realisasiSaya', 'evaluasi', 'verify', 'pegawai', 'jabatan', 'units', 'sync',
    ]);
  });
  it('gives operators every SKP and evaluation screen, import, overrides, history and conflicts, admins also settings and users', () => {
    expect(visiblePages(['operator'])).toEqual([
      'beranda', 'skpInbox', 'skp', 'skpReadiness', 'skpPeta', 'skpBulk', 'evaluasi', 'kurva', 'progresUnit', 'tpp', 'verify', 'pegawai', 'jabatan', 'units', 'sheets', 'penilaiOverride', 'audit', 'sync', 'conflicts',
    ]);
    expect(visiblePages(['admin'], { hasPegawai: true, isAtasan: false })).toEqual([
      'beranda', 'skpSaya', 'skpInbox', 'skp', 'skpReadiness', 'skpPeta', 'skpBulk', 'realisasiSaya', 'evaluasi', 'kurva', 'progresUnit', 'pengaturanKinerja', 'tpp', 'verify',
      'pegawai', 'jabatan', 'units', 'sheets', 'penilaiOverride', 'users', 'audit', 'sync', 'conflicts',
    ]);
  });
});

describe('navSections', () => {
  it('puts Beranda on top and the rest in Kinerja / Data pegawai / Administrasi, leaving empty groups out', () => {
    expect(navSections(visiblePages(['pegawai'], { hasPegawai: true, isAtasan: false }))).toEqual([
      { group: null, pages: ['beranda'] },
      { group: 'kinerja', pages: ['skpSaya', 'realisasiSaya', 'verify'] },
      { group: 'dataPegawai', pages: ['pegawai', 'jabatan', 'units'] },
      { group: 'administrasi', pages: ['sync'] },
    ]);
    expect(navSections(visiblePages(['admin'])).map((s) => s.group)).toEqual([null, 'kinerja', 'dataPegawai', 'administrasi']);
    expect(navSections(visiblePages(['admin'])).flatMap((s) => s.pages)).toEqual(visiblePages(['admin']));
  });
});

const SYNC = { state: 'standalone', serverUrl: null, lastSyncAt: null, pending: 0, conflicts: 0, lastError: null, received: 0 } as const;
const mine = { draft: 1, diajukan: 0, dikembalikan: 2, disetujui: 0 };
/** No evaluation to-dos (issue 10): these tests are about the SKP counts. */
const evaluasi = { isiRealisasi: null, beriNilai: null, segeraDitutup: null, terimaNilai: null, batasTahunan: null };

describe('navBadges and homeItems', () => {
  const atasan: HomeSummary = { tahun: 2026, inbox: { menungguSaya: 3, diUnitSaya: null }, mine, belumAdaSkp: 4, konflik: null, evaluasi, sync: SYNC };
  const operator: HomeSummary = { tahun: 2026, inbox: { menungguSaya: null, diUnitSaya: 7 }, mine: null, belumAdaSkp: 0, konflik: 2, evaluasi, sync: SYNC };

  it('badges what waits for me, leaving zero out', () => {
    expect(navBadges(atasan)).toEqual({ skpInbox: 3, skpSaya: 2 });
    expect(navBadges(operator)).toEqual({ skpInbox: 7, conflicts: 2 });
    expect(navBadges({ ...atasan, inbox: { menungguSaya: 0, diUnitSaya: 5 }, mine: { ...mine, dikembalikan: 0 } })).toEqual({});
    const rater = { ...atasan, evaluasi: { ...evaluasi, beriNilai: 2, isiRealisasi: 1, terimaNilai: 1 } };
    expect(navBadges(rater)).toEqual({ skpInbox: 3, skpSaya: 2, evaluasi: 2, realisasiSaya: 2 });
  });

  it('opens each evaluation to-do on exactly its evaluasi/todo list', () => {
    const rater = { ...atasan, evaluasi: { isiRealisasi: 1, beriNilai: 2, segeraDitutup: 0, terimaNilai: 3, batasTahunan: null } };
    const items = homeItems(rater, visiblePages(['pegawai'], { hasPegawai: true, isAtasan: true })).filter((i) => ['beriNilai', 'isiRealisasi', 'terimaNilai', 'segeraDitutup'].includes(i.key));
    expect(items.map((i) => [i.key, i.count, i.target])).toEqual([
      ['beriNilai', 2, { page: 'evaluasi', filter: { todo: 'beriNilai' } }],
      ['isiRealisasi', 1, { page: 'realisasiSaya', filter: { todo: 'isiRealisasi' } }],
      ['terimaNilai', 3, { page: 'realisasiSaya', filter: { todo: 'terimaNilai' } }],
      ['segeraDitutup', 0, { page: 'realisasiSaya', filter: { todo: 'segeraDitutup' } }],
    ]);
  });

  it('offers a count only with a list to open, each with the filter that lists its rows', () => {
    const pages = visiblePages(['pegawai'], { hasPegawai: true, isAtasan: true });
    expect(homeItems(atasan, pages).map((i) => [i.key, i.count, i.target])).toEqual([
      ['menungguSaya', 3, { page: 'skpInbox', filter: { tab: 'menungguSaya' } }],
      ['dikembalikan', 2, { page: 'skpSaya', filter: { status: 'dikembalikan' } }],
      ['draft', 1, { page: 'skpSaya', filter: { status: 'draft' } }],
      ['belumAdaSkp', 4, { page: 'skpReadiness', filter: { status: 'belum_ada' } }],
    ]);
    expect(homeItems(operator, visiblePages(['operator'])).map((i) => i.key)).toEqual(['diUnitSaya', 'belumAdaSkp', 'konflik']);
    // A plain pegawai has no Kesiapan page, so no "belum punya SKP" count even if the core sent one.
    expect(homeItems({ ...atasan, inbox: { menungguSaya: null, diUnitSaya: null } }, visiblePages(['pegawai'], { hasPegawai: true, isAtasan: false })).map((i) => i.key)).toEqual([
      'dikembalikan',
      'draft',
    ]);
  });
});

describe('hasNoSkpYet', () => {
  const base: HomeSummary = { tahun: 2026, inbox: { menungguSaya: null, diUnitSaya: null }, mine: { draft: 0, diajukan: 0, dikembalikan: 0, disetujui: 0 }, belumAdaSkp: null, konflik: null, evaluasi, sync: SYNC };
  it('holds for a person with an SKP page and no SKP of any status in the year', () => {
    const pages = visiblePages(['pegawai'], { hasPegawai: true, isAtasan: false });
    expect(hasNoSkpYet(base, pages)).toBe(true);
    expect(hasNoSkpYet({ ...base, mine: { draft: 0, diajukan: 0, dikembalikan: 0, disetujui: 1 } }, pages)).toBe(false);
    expect(hasNoSkpYet({ ...base, mine: null }, visiblePages(['operator']))).toBe(false);
    expect(hasNoSkpYet(base, visiblePages(['operator']))).toBe(false);
  });
});

describe('touches', () => {
  it('matches a change to a watched entity, or any change for "*"', () => {
    expect(touches(['pegawai'], ['pegawai', 'jabatan'])).toBe(true);
    expect(touches(['unit_kerja'], ['pegawai'])).toBe(false);
    expect(touches(['user'], ['*'])).toBe(true);
    expect(touches([], ['pegawai'])).toBe(true);
  });
});

describe('atasanChainText', () => {
  it('joins the chain, direct atasan first', () => {
    expect(atasanChainText([{ nama: 'Kepala Seksi' }, { nama: 'Kepala Bidang' }, { nama: 'Kepala Dinas' }])).toBe('Kepala Seksi › Kepala Bidang › Kepala Dinas');
    expect(atasanChainText([])).toBe('');
  });
});
