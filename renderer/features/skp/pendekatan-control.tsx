/** Kuantitatif / kualitatif; used by the create, header, template and bulk forms. */
import { PENDEKATAN, type Pendekatan } from '../../../shared/domain/skp/types.js';
import { useT } from '../../i18n/i18n.js';
import { ChoiceControl } from './choice-control.js';

type Props = { value: Pendekatan; onChange: (p: Pendekatan) => void; disabled?: boolean };

export function PendekatanControl({ value, onChange, disabled }: Props) {
  const t = useT();
  return <ChoiceControl label={t.skp.create.pendekatan} options={PENDEKATAN} labels={t.skp.pendekatan} value={value} onChange={onChange} disabled={disabled} />;
}
