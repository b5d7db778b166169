/**
 * Riwayat: who changed what and when, in words ("SKP Cecep Permana 2026: diajukan"), filtered by
 * person, kind of data and date range, paged with the total, and exported to xlsx as filtered.
 */
import '@mantine/dates/styles.css';
import 'dayjs/locale/id';
import { Button, Group, Loader, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { describeAudit } from '../../../shared/domain/audit-words.js';
import { AUDIT_ENTITY_KINDS, type AuditEntityKind, type AuditItem } from '../../../shared/entities.js';
import type { AppError } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useToast } from '../../components/toast.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { invoke } from '../../lib/api.js';
import { downloadFile } from '../../lib/download.js';
import { formatCount, formatDateTime } from '../../lib/format.js';
import { useApiQuery } from '../../lib/use-api-query.js';

const PAGE = 50;

/** A picked local day as the contract's plain ISO date. */
function isoDay(v: string | Date | null): string | undefined {
  if (v === null) return undefined;
  if (typeof v === 'string') return /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : undefined;
  return `${v.getFullYear()}-${String(v.getMonth() + 1).padStart(2, '0')}-${String(v.getDate()).padStart(2, '0')}`;
}

function isEntity(v: string | null): v is AuditEntityKind {
  return v !== null && AUDIT_ENTITY_KINDS.some((k) => k === v);
}

export function AuditPage() {
  const t = useT();
  const { lang } = useLang();
  const toast = useToast();
  const r = t.records.audit;
  const [actor, setActor] = useState<string | null>(null);
  const [entity, setEntity] = useState<AuditEntityKind | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<AppError | null>(null);

  const filter = {
    ...(actor ? { actorUserId: actor } : {}),
    ...(entity ? { entity } : {}),
    ...(isoDay(from) ? { from: isoDay(from) } : {}),
    ...(isoDay(to) ? { to: isoDay(to) } : {}),
  };
  const list = useApiQuery('audit/search', { ...filter, offset: (page - 1) * PAGE, limit: PAGE }, ['*']);
  const actors = useApiQuery('audit/actors', {}, ['*']);
  const rows = list.data?.rows ?? [];
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE));
  const n = (x: number) => formatCount(x, lang);
  const changed = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setPage(1);
  };

  const exportXlsx = async () => {
    setExporting(true);
    setExportError(null);
    const res = await invoke('audit/export', filter);
    setExporting(false);
    if (!res.ok) return setExportError(res.error);
    downloadFile(res.value);
    toast.show({ message: r.exported(res.value.fileName) });
  };

  const actorText = (a: AuditItem) => (a.actorState === 'system' ? r.system : (a.actorNama ?? r.deletedUser));
  const dateProps = { valueFormat: 'DD/MM/YYYY', locale: lang, placeholder: r.datePlaceholder, clearable: true, w: 150 } as const;

  return (
    <Stack gap="md" data-page-content={list.data ? 'audit' : undefined}>
      <Title order={2}>{t.audit.title}</Title>
      <Text c="dimmed">{r.intro}</Text>
      <Group align="flex-end" gap="sm" data-testid="audit-filters">
        <Select
          label={r.filterActor}
          placeholder={r.filterActorAll}
          data={(actors.data ?? []).map((a) => ({ value: a.id, label: a.nama }))}
          value={actor}
          onChange={changed(setActor)}
          searchable
          clearable
          nothingFoundMessage={r.empty}
          w={240}
          data-testid="audit-filter-actor"
        />
        <Select
          label={r.filterEntity}
          placeholder={r.filterEntityAll}
          data={AUDIT_ENTITY_KINDS.map((k) => ({ value: k, label: r.entities[k] ?? k }))}
          value={entity}
          onChange={changed((v: string | null) => setEntity(isEntity(v) ? v : null))}
          clearable
          w={190}
          data-testid="audit-filter-entity"
        />
        <DateInput label={r.filterFrom} value={from} onChange={changed(setFrom)} maxDate={to ?? undefined} {...dateProps} data-testid="audit-filter-from" />
        <DateInput label={r.filterTo} value={to} onChange={changed(setTo)} minDate={from ?? undefined} {...dateProps} data-testid="audit-filter-to" />
        <Button
          variant="subtle"
          onClick={() => {
            setActor(null);
            setEntity(null);
            setFrom(null);
            setTo(null);
            setPage(1);
          }}
          disabled={Object.keys(filter).length === 0}
        >
          {r.reset}
        </Button>
        <Button leftSection={<IconDownload size={16} />} variant="light" onClick={() => void exportXlsx()} loading={exporting} disabled={total === 0} ml="auto" data-testid="audit-export">
          {r.export}
        </Button>
      </Group>
      <ErrorAlert error={list.error ?? exportError} />
      {list.loading && !list.data && <Loader aria-label={t.app.loading} />}
      {list.data && (
        <Text size="sm" fw={500} data-testid="audit-total">
          {r.total(n(total))}
        </Text>
      )}
      {list.data && rows.length === 0 && <Text c="dimmed">{r.empty}</Text>}
      {rows.length > 0 && (
        <Table striped verticalSpacing={4} data-testid="audit-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={170}>{r.colAt}</Table.Th>
              <Table.Th w={220}>{r.colActor}</Table.Th>
              <Table.Th>{r.colWhat}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(a.at, lang)}</Table.Td>
                <Table.Td>{actorText(a)}</Table.Td>
                <Table.Td data-testid="audit-what">{describeAudit(a, r.words)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {total > 0 && (
        <Group justify="space-between">
          <Text size="sm" c="dimmed" data-testid="audit-shown">
            {r.shown(n((page - 1) * PAGE + 1), n((page - 1) * PAGE + rows.length), n(total))}
          </Text>
          {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" />}
        </Group>
      )}
    </Stack>
  );
}
