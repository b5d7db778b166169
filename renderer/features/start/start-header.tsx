import { Group, Title } from '@mantine/core';
import { LanguageSwitch } from '../../components/language-switch.js';
import { useT } from '../../i18n/i18n.js';

/** App name and language switch above the setup and sign-in pages. */
export function StartHeader() {
  const t = useT();
  return (
    <Group justify="space-between" mb="lg">
      <Title order={1} size="h3" c="teal.8">
        {t.app.name}
      </Title>
      <LanguageSwitch />
    </Group>
  );
}
