/** The detail drawer of one pegawai (or the form of a new one). */
import { Button, Drawer, Group, Loader, Stack } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { useCanEditOrg } from '../../lib/session.js';
import { useApiQuery } from '../../lib/use-api-query.js';
import { PegawaiDetailView } from './pegawai-detail-view.js';
import { PegawaiForm } from './pegawai-form.js';

export type DrawerTarget = { kind: 'new' } | { kind: 'existing'; id: string };

type Props = { target: DrawerTarget; onClose: () => void; onCreated: (id: string) => void };

export function PegawaiDrawer({ target, onClose, onCreated }: Props) {
  const t = useT();
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      title={target.kind === 'new' ? t.pegawai.newTitle : t.pegawai.detailTitle}
      closeButtonProps={{ 'aria-label': t.app.close }}
    >
      {target.kind === 'new' ? (
        <PegawaiForm initial={null} onCancel={onClose} onSaved={(p) => onCreated(p.id)} />
      ) : (
        <ExistingPegawai key={target.id} id={target.id} />
      )}
    </Drawer>
  );
}

function ExistingPegawai({ id }: { id: string }) {
  const t = useT();
  const canEdit = useCanEditOrg();
  const detail = useApiQuery('pegawai/get', { id }, ['pegawai', 'jabatan', 'unit_kerja']);
  const [editing, setEditing] = useState(false);
  if (!detail.data) {
    return detail.error ? <ErrorAlert error={detail.error} /> : <Loader aria-label={t.app.loading} />;
  }
  if (editing) {
    return (
      <PegawaiForm
        initial={detail.data.pegawai}
        onCancel={() => setEditing(false)}
        onSaved={() => {
          setEditing(false);
          detail.reload();
        }}
      />
    );
  }
  return (
    <Stack gap="md">
      <ErrorAlert error={detail.error} />
      <PegawaiDetailView detail={detail.data} />
      {canEdit && (
        <Group justify="flex-end">
          <Button onClick={() => setEditing(true)}>{t.pegawai.editTitle}</Button>
        </Group>
      )}
    </Stack>
  );
}
