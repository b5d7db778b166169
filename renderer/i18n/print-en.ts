import type { printId } from './print-id.js';

export const printEn: typeof printId = {
  cetakSkp: 'Print SKP',
  cetakDraf: 'Print SKP (draft)',
  cetakHint: 'PDF for wet-ink signature. Before approval every page is marked "DRAF".',
  dicetak: (code: string) => `SKP PDF created. Verification code ${code}.`,
  verify: {
    title: 'Verify document',
    intro: 'Check a printed document: type the verification code shown on the paper, or drop its PDF file here.',
    codeLabel: 'Verification code',
    codePlaceholder: 'e.g. 7G2K9-M4QXA',
    check: 'Check code',
    drop: 'Drop a PDF file here, or click to choose one',
    dropHint: 'The file is compared byte for byte with the original print of its version.',
    dropReject: 'Only PDF files can be checked',
    status: {
      asli: 'AUTHENTIC — the data is still what was printed',
      berubah: 'CHANGED — differs from what was printed',
      tidak_dikenal: 'UNKNOWN — this code was never printed from this desk',
    },
    changes: 'What changed',
    document: 'Document',
    nama: 'Name',
    nip: 'NIP',
    periode: 'Period',
    versi: 'Version',
    statusDokumen: 'Status when printed',
    dicetakPada: 'First printed',
    langkah: 'Approval history',
    fileMatches: 'The file is identical to the original print.',
  },
};
