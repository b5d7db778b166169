/** Bantuan SKP for operators: copy last period, templates per jabatan, one RHK to many pegawai. */
import { Stack, Tabs, Title } from '@mantine/core';
import { useT } from '../../i18n/i18n.js';
import { ApplyRhkTab } from './apply-rhk-tab.js';
import { CopyPeriodTab } from './copy-period-tab.js';
import { TemplateTab } from './template-tab.js';

export function BulkPage() {
  const t = useT();
  return (
    <Stack gap="md" data-page-content="skpBulk">
      <Title order={2}>{t.skp.bulk.title}</Title>
      <Tabs defaultValue="copy" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="copy">{t.skp.bulk.copyTab}</Tabs.Tab>
          <Tabs.Tab value="template">{t.skp.bulk.templateTab}</Tabs.Tab>
          <Tabs.Tab value="apply">{t.skp.bulk.applyTab}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="copy" pt="md">
          <CopyPeriodTab />
        </Tabs.Panel>
        <Tabs.Panel value="template" pt="md">
          <TemplateTab />
        </Tabs.Panel>
        <Tabs.Panel value="apply" pt="md">
          <ApplyRhkTab />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
