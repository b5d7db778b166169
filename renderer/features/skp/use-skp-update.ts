import type { ArgsOf } from '../../../shared/contract.js';
import type { SkpDetail } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { useSkpAction } from './use-skp-action.js';

type Parts = Omit<ArgsOf<'skp/update'>, 'id' | 'baseVersion'>;

/**
 * Saves parts of an SKP with skp/update on the revision the screen shows (`baseVersion`). On
 * success `done` runs (the section hands its draft back) and the new state goes to `onSaved`; on a
 * refusal the section keeps what was typed and shows `error`.
 *
 * @example
 * const update = useSkpUpdate(detail, onSaved); void update.save({ lampiran }, draft.reset);
 */
export function useSkpUpdate(detail: SkpDetail, onSaved: (d: SkpDetail) => void): { busy: boolean; error: AppError | null; save: (parts: Parts, done: () => void) => Promise<void> } {
  const action = useSkpAction();
  const save = async (parts: Parts, done: () => void) => {
    const r = await action.run('skp/update', { id: detail.skp.id, baseVersion: detail.rowVersion, ...parts });
    if (!r.ok) return;
    done();
    onSaved(r.value);
  };
  return { busy: action.busy, error: action.error, save };
}
