/**
 * A unit's or jabatan's kode names one row in the instansi (what spreadsheets and the desk's forms
 * refer to), so a command giving its row a kode another row holds is a CONFLICT. The desk is shown
 * that other row (to resolve against) only when the device's unit subtree holds it; otherwise it
 * learns no more than that the kode is taken elsewhere.
 */
import { deviceSees, type CommandContext } from './command-context.js';
import { Rejection } from './rejection.js';

type Named = { id: string; kode: string; nama: string };

/**
 * Throws the CONFLICT unless `holder` (the row found by `row.kode`) is absent or is `row` itself.
 * `holderUnitId` is where the holder sits (for the visibility check); `what` and `elsewhere` word
 * the message ("Kode jabatan …", "… jabatan di unit kerja lain").
 *
 * @example
 * requireFreeKode(c, row, sameKode, (r) => r.unitId, { what: 'jabatan', elsewhere: 'jabatan di unit kerja lain' });
 */
export function requireFreeKode<R extends Named>(
  c: CommandContext,
  row: R,
  holder: { row: R; version: number } | undefined,
  holderUnitId: (r: R) => string,
  words: { what: string; elsewhere: string },
): void {
  if (!holder || holder.row.id === row.id) return;
  const visible = deviceSees(c, holderUnitId(holder.row));
  throw new Rejection(
    'CONFLICT',
    `Kode ${words.what} "${row.kode}" sudah dipakai oleh ${visible ? holder.row.nama : words.elsewhere}.`,
    visible ? { row: holder.row, version: holder.version } : undefined,
  );
}
