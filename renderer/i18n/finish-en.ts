/** English strings of issue 9's finish; same keys as `finish-id.ts` (the compiler checks it). */
import type { FinishDictionary } from './finish-id.js';

export const finishEn: FinishDictionary = {
  syncHint: {
    standalone: 'Standalone: this desk is not connected to a unit server yet. All data lives only on this computer; an admin can connect it under Sync.',
    idle: 'Synced: the changes made on this desk have reached the unit server.',
    syncing: 'Exchanging changes with the unit server.',
    offline: 'Offline: the unit server cannot be reached. You can keep working; changes are sent when the network returns.',
    error: 'Sync failed. The details are under Sync.',
  },
  statusHint: {
    belum_ada: 'This pegawai has no SKP for that year yet.',
    draft: 'Still being written; not yet sent to the assessor.',
    diajukan: 'Sent to the assessor and waiting for approval.',
    dikembalikan: 'Returned by the assessor with notes, to be revised and submitted again.',
    disetujui: 'Approved by the assessor. Later changes go through an SKP change (a new version).',
  },
  demoHint: 'Made-up data to try the application: its people, positions and SKP are fictitious. Do not enter real data in the demo unit.',
  roleHint: {
    admin: 'Admin: manages user accounts and connects the desk to a server.',
    operator: 'Personnel operator: manages the unit, pegawai and jabatan data and helps with SKP.',
    pegawai: 'Pegawai: writes their own SKP; as an atasan also approves their staff\'s SKP.',
  },
  pegawai: {
    colNama: 'Name',
    colNip: 'NIP',
    colAsn: 'ASN',
  },
  skp: {
    alreadyHas: (tahun: number) => `You already have an SKP for ${tahun}. Open it from the list below.`,
    noJabatan: 'You hold no jabatan yet, so no SKP can be made. Ask the personnel operator.',
    pickedHas: (tahun: number) => `This employee already has an SKP for ${tahun}; open it from the SKP list.`,
    pickedNoJabatan: 'This employee holds no jabatan yet; set it on the Pegawai page first.',
  },
  sort: {
    by: (kolom: string) => `Sort by ${kolom}`,
    ascending: 'ascending',
    descending: 'descending',
  },
};
