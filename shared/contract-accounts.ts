/** Channels of accounts made from pegawai in bulk (issue 9 item 4); joined in contract.ts. */
import { z } from 'zod';
import type { BulkAccountsPreview, BulkAccountsResult } from './entities.js';
import { id, optionalText } from './contract-fields.js';

/**
 * Which pegawai get an account: those listed, or those matching a unit (with its sub-units when
 * `subUnits`) and/or a search; both narrow each other. At least one of them.
 */
const bulkSelection = z
  .strictObject({
    pegawaiIds: z.array(id).min(1).max(5000).optional(),
    unitId: id.optional(),
    subUnits: z.boolean().optional(),
    query: optionalText(100).optional(),
  })
  .refine((a) => a.pegawaiIds !== undefined || a.unitId !== undefined || (a.query ?? '') !== '', {
    message: 'Pilih pegawai, unit kerja, atau isi pencarian terlebih dahulu.',
  });

export const accountArgSchemas = {
  'users/bulkPreview': bulkSelection,
  'users/bulkCreate': bulkSelection,
} as const;

/**
 * While the signed-in account's key is provisional or missing, only these answer (the rest say
 * PASSWORD_CHANGE_REQUIRED): the person changes their initial password first.
 */
export const PASSWORD_CHANGE_CHANNELS: ReadonlySet<string> = new Set(['auth/changePassword', 'auth/me', 'auth/signOut', 'app/info']);

export type AccountChannelResults = {
  'users/bulkPreview': BulkAccountsPreview;
  'users/bulkCreate': BulkAccountsResult;
};
