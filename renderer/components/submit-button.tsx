/**
 * A confirm button that, when it cannot be used, says why: the reason sits beside it in words and
 * in a tooltip, so a greyed-out "Simpan" is never a riddle. Validation problems are not a reason
 * to disable it: clicking shows each message beside its field.
 *
 * @example
 * <SubmitButton reason={owner ? null : t.forms.reason.pickPegawai} onClick={create}>Buat SKP</SubmitButton>
 */
import { Button, Text, Tooltip, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = ButtonProps & {
  /** Why the button is off; null or undefined when it may be used. */
  reason?: string | null;
  type?: 'submit' | 'button';
  onClick?: () => void;
  children: ReactNode;
};

export function SubmitButton({ reason, type = 'submit', onClick, children, ...rest }: Props) {
  if (!reason) {
    return (
      <Button type={type} onClick={onClick} {...rest}>
        {children}
      </Button>
    );
  }
  return (
    <>
      <Text size="xs" c="dimmed" maw={260} ta="right" data-testid="disabled-reason">
        {reason}
      </Text>
      <Tooltip label={reason} withArrow>
        {/* A disabled button gets no pointer events; the span carries the tooltip. */}
        <span tabIndex={0}>
          <Button type={type} disabled {...rest} aria-description={reason}>
            {children}
          </Button>
        </span>
      </Tooltip>
    </>
  );
}
