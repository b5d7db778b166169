import { Container, Paper, Tabs, Text, Title } from '@mantine/core';
import type { Instansi, SessionInfo } from '../../../shared/entities.js';
import { useT } from '../../i18n/i18n.js';
import { StartHeader } from './start-header.js';
import { SetupDemoForm, type DemoCredentials } from './setup-demo-form.js';
import { SetupJoinForm } from './setup-join-form.js';
import { SetupNewForm } from './setup-new-form.js';

type Props = {
  onDone: (session: SessionInfo, demo?: DemoCredentials) => void;
  /** The unit came down from the server: the person signs in with their account from there. */
  onJoined: (instansi: Instansi | null) => void;
};

/** First run: a new unit, the demo unit, or joining a unit that already syncs with a server. */
export function SetupPage({ onDone, onJoined }: Props) {
  const t = useT();
  return (
    <Container size="md" py="xl">
      <StartHeader />
      <Paper withBorder p="lg" radius="md">
        <Title order={2}>{t.setup.title}</Title>
        <Text c="dimmed" mb="md">
          {t.setup.intro}
        </Text>
        <Tabs defaultValue="new" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="new">{t.setup.newTab}</Tabs.Tab>
            <Tabs.Tab value="demo">{t.setup.demoTab}</Tabs.Tab>
            <Tabs.Tab value="join">{t.sync.join.tab}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="new">
            <SetupNewForm onDone={(s) => onDone(s)} />
          </Tabs.Panel>
          <Tabs.Panel value="demo">
            <SetupDemoForm onDone={onDone} />
          </Tabs.Panel>
          <Tabs.Panel value="join">
            <SetupJoinForm onJoined={onJoined} />
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Container>
  );
}
