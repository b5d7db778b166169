/** English strings of the start-up recovery screen; same keys as `recovery-id.ts`. */
import type { RecoveryDictionary } from './recovery-id.js';

export const recoveryEn: RecoveryDictionary = {
  title: 'The database update failed',
  intro:
    'The application could not bring the database up to this version. Before every update a copy of the data is taken automatically in the data folder (backups subfolder). Restore from a copy to go back to the data as it was when the copy was taken.',
  copies: 'Available copies',
  noCopies: 'No copy yet. Contact the admin or technical support; the data file has not been deleted.',
  restore: (label: string) => `Restore from the copy of ${label}`,
  confirm: (label: string) => `Restore the data from the copy of ${label}? Changes made after that time are not included. The current data file is kept in the backups subfolder.`,
  confirmButton: 'Yes, restore',
  stillFailing: 'The data was restored from the copy, but the database update still fails. Contact the admin or technical support.',
};
