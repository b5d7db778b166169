/** A searchable jabatan picker for the operator tools. */
import { LimitedSelect } from '../../components/limited-select.js';
import { useMemo } from 'react';
import { useT } from '../../i18n/i18n.js';
import { useApiQuery } from '../../lib/use-api-query.js';

type Props = { value: string | null; onChange: (id: string | null) => void };

export function JabatanSelect({ value, onChange }: Props) {
  const t = useT();
  const all = useApiQuery('org/jabatanList', {}, ['jabatan']);
  const data = useMemo(() => (all.data ?? []).map((j) => ({ value: j.id, label: `${j.nama} — ${j.unitNama} (${j.kode})` })), [all.data]);
  return (
    <LimitedSelect
      label={t.skp.bulk.jabatan}
      placeholder={t.skp.bulk.jabatanPlaceholder}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      limit={50}
      w={420}
    />
  );
}
