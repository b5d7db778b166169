/** Accounts in bulk and the Pengguna list (issue 9 item 4). Re-exported by entities.ts. */
import type { FileDownload, UserAccount } from './entities.js';

/** One row of the Pengguna list: the account with where it sits and whether its owner must change the password. */
export type UserListRow = UserAccount & {
  unitNama: string;
  jabatanNama: string | null;
  /** The account's current key is provisional or missing: its owner changes the password at the next sign-in. */
  mustChangePassword: boolean;
};

/** Who a bulk account creation would reach: the pegawai matched, and those already with an account. */
export type BulkAccountsPreview = {
  matched: number;
  withAccount: number;
  toCreate: number;
  /** The largest number of accounts one run creates. */
  maxPerRun: number;
};

/** One new account with its initial password, shown once (slips and the xlsx). */
export type InitialPasswordSlip = { userId: string; nama: string; nip: string; unitNama: string; jabatanNama: string | null; password: string };

export type BulkAccountsResult = {
  created: InitialPasswordSlip[];
  /** Pegawai left out because they already have an account (by NIP or link). */
  skipped: { nama: string; nip: string }[];
  /** The same slips as a workbook (NIP as text), for printing elsewhere or handing out. */
  xlsx: FileDownload;
  /** How long the run took, for the operator's record and the report. */
  elapsedMs: number;
};
