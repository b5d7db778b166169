/** English strings of the forms and toasts; see forms-id.ts. */
import type { formsId } from './forms-id.js';

export const formsEn: typeof formsId = {
  counter: (n: string, max: string) => `${n} / ${max} characters`,
  checkFields: 'Please check the following:',
  passwordNew: (min: number) => `Password (at least ${min} characters)`,
  dateInvalid: 'Invalid date (DD/MM/YYYY)',
  datePlaceholder: 'DD/MM/YYYY',
  reason: {
    maxIndikator: (n: number) => `At most ${n} indikator per RHK.`,
    pickPegawai: 'Choose a pegawai first.',
    needNote: 'Write a note for the SKP or for at least one RHK.',
    needDelegasi: 'Fill in the instruction from the pejabat penilai.',
    noParent: 'Choose the parent unit first.',
  },
  toast: {
    pegawaiSaved: 'Pegawai saved.',
    unitSaved: 'Unit saved.',
    jabatanSaved: 'Jabatan saved.',
    userSaved: 'User account saved.',
    templateSaved: 'SKP template saved.',
    skpAjukan: 'SKP submitted.',
    skpSetujui: 'SKP approved.',
    skpKembalikan: 'SKP returned to the pegawai.',
    skpMulaiPerubahan: 'SKP revision started as a new version.',
  },
};
