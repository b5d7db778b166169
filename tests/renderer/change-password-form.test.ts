import { describe, expect, it } from 'vitest';
import { passwordFormIssues } from '../../renderer/features/account/change-password-modal.js';
import { PASSWORD_MIN_LENGTH } from '../../shared/contract.js';

describe('the change-password form', () => {
  it('flags a short new password, one equal to the old, and a repeat that differs, field by field', () => {
    const short = 'x'.repeat(PASSWORD_MIN_LENGTH - 1);
    expect(passwordFormIssues({ oldPassword: 'lama-12345', newPassword: short, repeat: short })).toEqual({ newPassword: 'tooShort' });
    expect(passwordFormIssues({ oldPassword: 'lama-12345', newPassword: 'lama-12345', repeat: 'lama-12345' })).toEqual({ newPassword: 'sameAsOld' });
    expect(passwordFormIssues({ oldPassword: 'lama-12345', newPassword: 'baru-12345', repeat: 'baru-1234' })).toEqual({ repeat: 'mismatch' });
    expect(passwordFormIssues({ oldPassword: 'lama-12345', newPassword: 'baru-12345', repeat: 'baru-12345' })).toEqual({});
    // Nothing typed yet: no error shown.
    expect(passwordFormIssues({ oldPassword: '', newPassword: '', repeat: '' })).toEqual({});
  });
});
