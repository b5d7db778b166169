/** The demo credentials as one slim line that expands to the full explanation, instead of a big alert. */
import { Anchor, CloseButton, Collapse, Group, Paper, Text } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n/i18n.js';
import { formatNip } from '../../lib/format.js';
import type { DemoCredentials } from '../start/setup-demo-form.js';

export function DemoBanner({ demo, onDismiss }: { demo: DemoCredentials; onDismiss: () => void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <Paper bg="orange.0" px="sm" py={4} mb="xs" radius="sm" data-testid="demo-credentials">
      <Group gap="xs" wrap="nowrap" justify="space-between">
        <Group gap="xs" wrap="nowrap" miw={0}>
          <IconInfoCircle size={16} color="var(--mantine-color-orange-7)" aria-hidden />
          <Text size="sm" truncate="end">
            {t.home.demoShort(formatNip(demo.nip), demo.password)}
          </Text>
          <Anchor component="button" size="sm" onClick={() => setOpen((o) => !o)} aria-expanded={open} style={{ whiteSpace: 'nowrap' }}>
            {open ? t.home.demoLess : t.home.demoMore}
          </Anchor>
        </Group>
        <CloseButton size="sm" aria-label={t.app.close} onClick={onDismiss} />
      </Group>
      <Collapse expanded={open}>
        <Text size="sm" pt={4} pb={4}>
          {t.setup.demoCredentials(formatNip(demo.nip), demo.password)}
        </Text>
      </Collapse>
    </Paper>
  );
}
