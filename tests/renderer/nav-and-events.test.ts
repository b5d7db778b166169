import { describe, expect, it } from 'vitest';
import { atasanChainText } from '../../renderer/features/jabatan/atasan-chain.js';
import { visiblePages } from '../../renderer/features/shell/nav.js';
import { touches } from '../../renderer/lib/use-core-event.js';

describe('visiblePages', () => {
  it('shows a plain pegawai the read-only screens and SKP Saya', () => {
    expect(visiblePages(['pegawai'])).toEqual(['pegawai', 'jabatan', 'units', 'sync']);
    expect(visiblePages(['pegawai'], { hasPegawai: true, isAtasan: false })).toEqual(['skpSaya', 'pegawai', 'jabatan', 'units', 'sync']);
  });
  it('gives an atasan the approval inbox, the SKP list, readiness and peta, but not the operator tools', () => {
    expect(visiblePages(['pegawai'], { hasPegawai: true, isAtasan: true })).toEqual([
      'skpSaya', 'skpInbox', 'skp', 'skpReadiness', 'skpPeta', 'pegawai', 'jabatan', 'units', 'sync',
    ]);
  });
  it('gives operators every SKP screen, import, history and conflicts, admins also users', () => {
    expect(visiblePages(['operator'])).toEqual(['skpInbox', 'skp', 'skpReadiness', 'skpPeta', 'skpBulk', 'pegawai', 'jabatan', 'units', 'sheets', 'audit', 'sync', 'conflicts']);
    expect(visiblePages(['admin'], { hasPegawai: true, isAtasan: false })).toEqual([
      'skpSaya', 'skpInbox', 'skp', 'skpReadiness', 'skpPeta', 'skpBulk', 'pegawai', 'jabatan', 'units', 'sheets', 'users', 'audit', 'sync', 'conflicts',
    ]);
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
