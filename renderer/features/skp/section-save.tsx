/** The save row under an editable SKP section: the core's refusal, then the button. */
import { Button, Group } from '@mantine/core';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';

type Props = { label: string; busy: boolean; dirty: boolean; error: AppError | null; onSave: () => void };

export function SectionSave({ label, busy, dirty, error, onSave }: Props) {
  return (
    <>
      <ErrorAlert error={error} />
      <Group justify="flex-end">
        <Button onClick={onSave} loading={busy} disabled={!dirty}>
          {label}
        </Button>
      </Group>
    </>
  );
}
