/**
 * One branch of the peta cascading: a jabatan with its holders' RHK, its loaded children, and a
 * button that loads the levels below it on demand (a 10,000-pegawai unit is never drawn whole).
 */
import { Badge, Box, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { PetaHolderView, PetaNodeView } from '../../../shared/entities.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { SKP_ENTITIES } from './skp-entities.js';
import { rhkNumber } from './skp-format.js';
import { StatusBadge } from './status-badge.js';

/** The filters of the page, repeated on every subtree call. */
export type PetaScope = { tahun: number; unitId: string | null };

function Holder({ h }: { h: PetaHolderView }) {
  const t = useT();
  return (
    <Stack gap={2} pl="md" data-testid="peta-holder">
      <Group gap="xs">
        <Text size="sm">{h.namaLengkap}</Text>
        {h.status ? <StatusBadge status={h.status} /> : <Text size="xs" c="dimmed">{t.skp.peta.noSkp}</Text>}
      </Group>
      {h.rhk.map((r) => (
        <Group key={r.rhkId} gap="xs" pl="md" wrap="nowrap" data-testid="peta-rhk" data-tanpa={r.tanpaIntervensiBawahan ? 'true' : 'false'}>
          <Text size="xs" c="dimmed" w={32}>
            {rhkNumber(r)}
          </Text>
          <Text size="xs">{r.teks}</Text>
          {r.diintervensiOleh > 0 && (
            <Badge size="sm" variant="outline" tt="none">
              {t.skp.rhk.diintervensiOleh(r.diintervensiOleh)}
            </Badge>
          )}
          {r.tanpaIntervensiBawahan && (
            <Badge size="sm" color="red" variant="light" tt="none" data-testid="peta-tanpa">
              {t.skp.peta.tanpaIntervensi}
            </Badge>
          )}
          {r.menungguRhkAtasan && (
            <Badge size="sm" color="yellow" tt="none" data-testid="peta-menunggu">
              {t.skp.rhk.menunggu}
            </Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}

/** The children of `rootJabatanId`, fetched when its branch is opened (and refreshed with SKP changes). */
function Subtree({ rootJabatanId, level, scope }: { rootJabatanId: string; level: number; scope: PetaScope }) {
  const t = useT();
  const sub = useApiQuery('skp/peta', { tahun: scope.tahun, ...(scope.unitId ? { unitId: scope.unitId } : {}), rootJabatanId }, SKP_ENTITIES);
  const root = sub.data?.roots[0];
  return (
    <>
      <ErrorAlert error={sub.error} />
      {!root && sub.loading && <Loader size="xs" ml={(level + 1) * 24} aria-label={t.app.loading} />}
      {root?.children.map((c) => (
        <PetaBranch key={c.jabatanId} node={c} level={level + 1} scope={scope} />
      ))}
    </>
  );
}

export function PetaBranch({ node, level, scope }: { node: PetaNodeView; level: number; scope: PetaScope }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const more = node.childCount > node.children.length;
  return (
    <>
      {/* Nodes out of view skip layout and paint until scrolled to (the first view has ~60 with ~500 RHK). */}
      <Box
        pl={level * 24}
        style={{ borderLeft: level > 0 ? '2px solid var(--mantine-color-gray-3)' : undefined, contentVisibility: 'auto', containIntrinsicSize: 'auto 240px' }}
        data-testid="peta-node"
      >
        <Text fw={600} size="sm">
          {node.nama}{' '}
          <Text span size="xs" c="dimmed">
            {node.kode}
          </Text>
        </Text>
        {node.holders.length === 0 && (
          <Text size="xs" c="dimmed" pl="md">
            {t.skp.peta.vacant}
          </Text>
        )}
        {node.holders.map((h) => (
          <Holder key={h.pegawaiId} h={h} />
        ))}
        {more && (
          <Button variant="subtle" size="compact-xs" ml="md" onClick={() => setOpen((o) => !o)} aria-expanded={open} data-testid="peta-expand">
            {open ? t.skp.peta.collapse : t.skp.peta.expand(node.childCount)}
          </Button>
        )}
      </Box>
      {node.children.map((c) => (
        <PetaBranch key={c.jabatanId} node={c} level={level + 1} scope={scope} />
      ))}
      {more && open && <Subtree rootJabatanId={node.jabatanId} level={level} scope={scope} />}
    </>
  );
}
