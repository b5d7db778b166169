/**
 * Text fields with the contract's length limit shown, never enforced by cutting: the browser's
 * `maxlength` would truncate a paste without a word, so the text is kept whole, a counter shows
 * "2.644 / 2.000 karakter" and the field says the limit at once. Saving is refused by the same
 * schema until the text fits.
 *
 * @example
 * <LimitedTextarea label="Rencana hasil kerja" max={maxLengthOf(rhkSchema.shape.teks)} {...form.getInputProps('teks')} />
 */
import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatCount, maxCharsMessage } from '../../shared/validation/messages.js';
import { useLang, useT } from '../i18n/i18n.js';

/** The counter shows from this share of the limit on (short fields); textareas show it always. */
const SHOW_FROM = 0.8;

type Limit = { max: number | undefined; value?: string; error?: ReactNode; alwaysCount?: boolean };

function useLimit({ max, value, error, alwaysCount }: Limit): { description?: string; error?: ReactNode } {
  const t = useT();
  const { lang } = useLang();
  const length = (value ?? '').length;
  if (max === undefined) return { error };
  const over = length > max;
  const show = alwaysCount === true || over || length >= max * SHOW_FROM;
  return {
    description: show ? t.forms.counter(formatCount(length, lang), formatCount(max, lang)) : undefined,
    // The schema's own message wins when it has one (e.g. "Wajib diisi" after a submit).
    error: error ?? (over ? maxCharsMessage(max, lang) : undefined),
  };
}

type Props<P> = Omit<P, 'maxLength'> & { max: number | undefined; value?: string };

export function LimitedTextarea({ max, value, error, description, ...rest }: Props<TextareaProps>) {
  const limit = useLimit({ max, value, error, alwaysCount: true });
  return (
    <Textarea
      {...rest}
      value={value}
      error={limit.error}
      description={limit.description ?? description}
      inputWrapperOrder={['label', 'input', 'description', 'error']}
      data-over-limit={max !== undefined && (value ?? '').length > max ? 'true' : undefined}
    />
  );
}

export function LimitedTextInput({ max, value, error, description, ...rest }: Props<TextInputProps>) {
  const limit = useLimit({ max, value, error });
  return (
    <TextInput
      {...rest}
      value={value}
      error={limit.error}
      description={limit.description ?? description}
      inputWrapperOrder={limit.description ? ['label', 'input', 'description', 'error'] : undefined}
    />
  );
}
