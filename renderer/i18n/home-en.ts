/** English strings of Beranda, the grouped menu and the split Persetujuan; same keys as `home-id.ts`. */
import { evaluasiEn } from './evaluasi-en.js';
import type { HomeDictionary } from './home-id.js';

const n = (x: number) => x.toLocaleString('en-GB');

export const homeEn: HomeDictionary = {
  navBeranda: 'Home',
  groups: { kinerja: 'Performance', dataPegawai: 'Staff data', administrasi: 'Administration' },
  badge: (count: number) => `${n(count)} waiting`,
  title: 'Home',
  greeting: (nama: string, tahun: number) => `Welcome, ${nama} — this is what waits for you in ${tahun}.`,
  nothing: 'None',
  open: 'Open list',
  items: {
    menungguSaya: { label: 'Waiting for my approval', hint: 'SKP your staff submitted to you as pejabat penilai.' },
    diUnitSaya: { label: 'Submitted in my units', hint: 'Every SKP submitted in the units you manage.' },
    dikembalikan: { label: 'My SKP returned', hint: 'Fix it following the pejabat penilai’s notes, then submit again.' },
    draft: { label: 'My SKP in draft', hint: 'Complete the RHK, then submit to the pejabat penilai.' },
    belumAdaSkp: { label: 'Staff without an SKP', hint: 'Holders of jabatan in your reach who have no SKP this year yet.' },
    konflik: { label: 'Sync conflicts', hint: 'Changes the server refused, waiting for your decision.' },
    ...evaluasiEn.home.items,
  },
  noSkpYet: (tahun: number) => `You have no SKP for ${tahun} yet.`,
  createInSkpSaya: 'Create it in My SKP',
  syncTitle: 'Sync',
  syncPending: (count: number) => (count === 0 ? 'Every change has been sent.' : `${n(count)} changes not yet sent to the server.`),
  syncStandalone: 'This desk is not connected to a server; data is stored on this computer only.',
  demoShort: (nip: string, password: string) => `Demo account — NIP ${nip}, password ${password}`,
  demoMore: 'More',
  demoLess: 'Less',
  inbox: {
    title: 'Approvals',
    tabs: { menungguSaya: 'Waiting for me', diUnitSaya: 'In my units' },
    intro: {
      menungguSaya: 'SKP your staff submitted to you as pejabat penilai, longest waiting first.',
      diUnitSaya: 'Every SKP submitted in the units you manage. Approving for the pejabat penilai needs a recorded delegation.',
    },
    empty: {
      menungguSaya: 'No SKP waits for your approval.',
      diUnitSaya: 'No SKP has been submitted in your units.',
    },
    search: 'Search name or NIP',
  },
  range: (from: number, to: number, total: number) => (total === 0 ? '0 SKP' : `${n(from)}–${n(to)} of ${n(total)} SKP`),
  pickerTotal: (shown: number, total: number) => `Showing ${n(shown)} of ${n(total)} — type to narrow`,
  statusFilter: 'Status',
  allStatuses: 'All statuses',
  readinessFiltered: 'Only jabatan with holders who have no SKP',
  showAll: 'Show all',
};
