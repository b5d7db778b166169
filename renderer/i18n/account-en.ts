/** English strings of the signed-in person's own account; same keys as `account-id.ts`. */
import type { AccountDictionary } from './account-id.js';

export const accountEn: AccountDictionary = {
  changePassword: 'Change password',
  oldPassword: 'Current password',
  newPassword: 'New password',
  newPasswordRepeat: 'Repeat new password',
  tooShort: (min: number) => `The new password needs at least ${min} characters.`,
  mismatch: 'The two new passwords differ.',
  sameAsOld: 'The new password must differ from the current one.',
  changed: 'Password changed. From now on your changes are signed with a new key.',
  provisionalTitle: 'Change your password',
  provisional:
    'An admin set this account’s password. Before you approve or return an SKP, choose your own password: an approval only counts when signed with a password only you know.',
  noKeyTitle: 'Your changes cannot be signed yet',
  noKey: 'This account has no signing key on this desk, so the server will refuse your changes. Change your password to make a new key.',
};
