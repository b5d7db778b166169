/**
 * A date input that reads and shows DD/MM/YYYY whatever the OS or browser locale, on
 * `@mantine/dates` DateInput (calendar in the app's language). The value in and out is the
 * contract's ISO `YYYY-MM-DD` (or null). A typed text that is not a real date says so beside the
 * field instead of silently snapping back to the last good value.
 *
 * @example
 * <DateField label="TMT mulai" value={v.tmtMulai} onChange={(iso) => set('tmtMulai', iso)} />
 */
import { DateInput } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useLang, useT } from '../i18n/i18n.js';
import { parseDateInput } from '../lib/date-input.js';

type Props = {
  label: ReactNode;
  value: string | null;
  onChange: (iso: string | null) => void;
  error?: ReactNode;
  description?: ReactNode;
  required?: boolean;
  readOnly?: boolean;
  onBlur?: () => void;
  'data-testid'?: string;
};

export const DATE_INPUT_FORMAT = 'DD/MM/YYYY';

export function DateField({ label, value, onChange, error, description, required, readOnly, onBlur, ...rest }: Props) {
  const t = useT();
  const { lang } = useLang();
  // The raw text while it is not a date (null when it is one, or empty); said once the field is left,
  // so the first digits typed do not already turn it red.
  const [badText, setBadText] = useState<string | null>(null);
  const [left, setLeft] = useState(false);
  return (
    <DateInput
      label={label}
      value={value}
      onChange={(v) => {
        setBadText(null);
        onChange(v);
      }}
      onInput={(e) => {
        const text = e.currentTarget.value;
        setLeft(false);
        setBadText(text.trim() !== '' && parseDateInput(text) === null ? text : null);
        // Clearing the text clears the value (DateInput does so only when clearable).
        if (text.trim() === '' && value !== null) onChange(null);
      }}
      onBlur={() => {
        setLeft(true);
        onBlur?.();
      }}
      dateParser={parseDateInput}
      valueFormat={DATE_INPUT_FORMAT}
      locale={lang}
      placeholder={t.forms.datePlaceholder}
      fixOnBlur={false}
      clearable={!required && !readOnly}
      required={required}
      readOnly={readOnly}
      description={description}
      error={badText !== null && left ? t.forms.dateInvalid : error}
      leftSection={<IconCalendar size={16} stroke={1.5} />}
      popoverProps={{ withinPortal: true }}
      {...rest}
    />
  );
}
