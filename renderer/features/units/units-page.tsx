import { Alert, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { useCanEditOrg } from '../../lib/session.js';
import { buildUnitTree } from '../../lib/unit-tree.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { UnitFormModal, type UnitDraft } from './unit-form-modal.js';
import { UnitTreeView } from './unit-tree-view.js';

/** Unit Kerja: the tree of units in reach; operators add sub-units and edit. */
export function UnitsPage() {
  const t = useT();
  const canEdit = useCanEditOrg();
  const units = useApiQuery('org/units', {}, ['unit_kerja']);
  const tree = useMemo(() => buildUnitTree(units.data ?? []), [units.data]);
  const [draft, setDraft] = useState<UnitDraft | null>(null);

  return (
    <Stack gap="md" data-page-content={units.data ? 'units' : undefined}>
      <Group justify="space-between">
        <Title order={2}>{t.units.title}</Title>
        {units.data && <Text c="dimmed">{t.units.count(units.data.length)}</Text>}
      </Group>
      <ErrorAlert error={units.error} />
      {units.loading && !units.data && <Loader aria-label={t.app.loading} />}
      {units.data && units.data.length === 0 && <Alert>{t.units.empty}</Alert>}
      <Paper withBorder p="sm">
        <UnitTreeView
          nodes={tree}
          canEdit={canEdit}
          onAddChild={(parent) => setDraft({ unit: null, parentId: parent.id })}
          onEdit={(unit) => setDraft({ unit, parentId: unit.parentId })}
        />
      </Paper>
      {draft && units.data && (
        <UnitFormModal
          draft={draft}
          units={units.data}
          onClose={() => setDraft(null)}
          onSaved={() => {
            setDraft(null);
            units.reload();
          }}
        />
      )}
    </Stack>
  );
}
