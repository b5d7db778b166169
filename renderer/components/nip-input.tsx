/**
 * A NIP / NI PPPK field that explains itself while typing, with the same messages the core uses
 * (shared/domain/nip). A length error is held back until the field is left, so the first digits
 * typed do not turn the field red.
 */
import { TextInput } from '@mantine/core';
import { useState } from 'react';
import type { JenisAsn } from '../../shared/entities.js';
import { parseNip } from '../../shared/domain/nip.js';
import { useT } from '../i18n/i18n.js';
import { formatNip } from '../lib/format.js';

type Props = {
  value: string;
  onChange: (value: string) => void;
  jenisAsn: JenisAsn;
  /** An error from the core for this field (e.g. a duplicate NIP). */
  serverError?: string | null;
  required?: boolean;
  disabled?: boolean;
};

export function NipInput({ value, onChange, jenisAsn, serverError, required, disabled }: Props) {
  const t = useT();
  const [left, setLeft] = useState(false);
  const parsed = value.trim() === '' ? null : parseNip(value, jenisAsn);
  const errors = parsed && !parsed.ok ? parsed.errors.filter((e) => left || e.code !== 'NIP_LENGTH') : [];
  const label = jenisAsn === 'PNS' ? t.person.nip : t.person.niPppk;
  const description = parsed?.ok ? t.person.nipOk(formatNip(parsed.value.nip)) : jenisAsn === 'PNS' ? t.person.nipHintPns : t.person.nipHintPppk;
  const error = serverError ?? (errors.length > 0 ? errors.map((e) => e.message).join(' ') : undefined);
  return (
    <TextInput
      label={label}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      onBlur={() => setLeft(true)}
      description={description}
      error={error}
      inputMode="numeric"
      autoComplete="off"
      required={required}
      disabled={disabled}
    />
  );
}

/** True when the NIP would pass the core's check (for enabling a submit button). */
export function isNipValid(value: string, jenisAsn: JenisAsn): boolean {
  return parseNip(value, jenisAsn).ok;
}
