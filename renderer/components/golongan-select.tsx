import { NativeSelect } from '@mantine/core';
import type { JenisAsn } from '../../shared/entities.js';
import { PNS_GOLONGAN, PPPK_GOLONGAN } from '../../shared/domain/pangkat.js';
import { useT } from '../i18n/i18n.js';

/** Golongan for the chosen jenis ASN: PNS with the pangkat name, PPPK I–XVII. */
export function golonganOptions(jenisAsn: JenisAsn): { value: string; label: string }[] {
  return jenisAsn === 'PNS'
    ? PNS_GOLONGAN.map((g) => ({ value: g.golongan, label: `${g.golongan} — ${g.pangkat}` }))
    : PPPK_GOLONGAN.map((g) => ({ value: g, label: g }));
}

type Props = { jenisAsn: JenisAsn; value: string; onChange: (value: string) => void; error?: string | null; required?: boolean };

export function GolonganSelect({ jenisAsn, value, onChange, error, required }: Props) {
  const t = useT();
  return (
    <NativeSelect
      label={t.person.golongan}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={[{ value: '', label: t.person.chooseGolongan }, ...golonganOptions(jenisAsn)]}
      error={error ?? undefined}
      required={required}
    />
  );
}

type JenisProps = { value: JenisAsn; onChange: (value: JenisAsn) => void };

export function JenisAsnSelect({ value, onChange }: JenisProps) {
  const t = useT();
  return (
    <NativeSelect
      label={t.person.jenisAsn}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value === 'PPPK' ? 'PPPK' : 'PNS')}
      data={['PNS', 'PPPK']}
    />
  );
}
