import type { ReactNode } from 'react';
import { Button, Group } from '@mantine/core';
import { useT } from '../i18n/i18n.js';

/** The row under every dialog and form: "Batal" on the left, the dialog's own confirm button(s) after it. */
export function ModalActions({ onCancel, children }: { onCancel: () => void; children: ReactNode }) {
  const t = useT();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t.app.cancel}
      </Button>
      {children}
    </Group>
  );
}
