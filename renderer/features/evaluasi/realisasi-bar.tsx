/**
 * Where the period's realisasi stands, above the table: status, when reported, the revision note,
 * and for the pejabat penilai "Minta revisi" (with a note); for the pegawai "Terima" once rated.
 */
import { Alert, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { evaluasiArgSchemas } from '../../../shared/contract.js';
import type { EvaluasiSession } from '../../../shared/entities-evaluasi.js';
import { SubmitButton } from '../../components/submit-button.js';
import { useToast } from '../../components/toast.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { maxLengthOf } from '../../lib/contract-form.js';
import { formatDateTime } from '../../lib/format.js';
import { LockBadge } from './lock-badge.js';
import { RealisasiStatusBadge } from './realisasi-status-badge.js';
import { ReasonModal } from './reason-modal.js';
import { useMutation } from './use-mutation.js';

const MAX_CATATAN = maxLengthOf(evaluasiArgSchemas['realisasi/requestRevision'].shape.catatan);

export function RealisasiBar({ session, onChanged }: { session: EvaluasiSession; onChanged: (s?: EvaluasiSession) => void }) {
  const t = useT();
  const { lang } = useLang();
  const toast = useToast();
  const m = useMutation();
  const [asking, setAsking] = useState(false);
  const r = session.realisasi;
  const w = t.evaluasi.realisasi;
  const args = { skpId: session.skp.id, periode: session.periode.key };
  const ask = async (catatan: string) => {
    const res = await m.run('realisasi/requestRevision', { ...args, catatan });
    if (res.ok) {
      setAsking(false);
      toast.show({ message: w.revisionRequested });
      onChanged();
    }
  };
  const acknowledge = async () => {
    const res = await m.run('evaluasi/acknowledge', args);
    if (res.ok) {
      toast.show({ message: w.acknowledged });
      onChanged(res.value);
    } else toast.show({ color: 'red', message: res.error.message, sticky: true });
  };
  return (
    <>
      <Group gap="sm" data-testid="realisasi-bar">
        <Text size="sm">{t.evaluasi.common.periode}:</Text>
        <Text size="sm" fw={600}>
          {session.periode.label}
        </Text>
        <RealisasiStatusBadge status={r?.status ?? null} />
        {r?.dilaporkanAt && (
          <Text size="xs" c="dimmed">
            {t.evaluasi.session.dilaporkanAt(formatDateTime(r.dilaporkanAt, lang))}
          </Text>
        )}
        {session.terkunci && <LockBadge />}
        {session.evaluasi?.diterimaAt && (
          <Text size="xs" c="teal.8">
            {w.diterima(formatDateTime(session.evaluasi.diterimaAt, lang))}
          </Text>
        )}
        <Group gap="xs" ml="auto">
          {session.capacity.penilai && r?.status === 'dilaporkan' && !session.terkunci && (
            <SubmitButton type="button" size="xs" variant="light" color="orange" reason={session.allowed.requestRevision ? null : w.reason.notAllowed} onClick={() => setAsking(true)}>
              {w.requestRevision}
            </SubmitButton>
          )}
          {session.allowed.acknowledge && (
            <SubmitButton type="button" size="xs" color="teal" loading={m.busy} onClick={() => void acknowledge()}>
              {w.acknowledge}
            </SubmitButton>
          )}
        </Group>
      </Group>
      {r?.catatanRevisi && (
        <Alert color="orange" variant="light" title={w.revisionTitle} data-testid="revision-note">
          {r.catatanRevisi}
        </Alert>
      )}
      {asking && (
        <ReasonModal
          title={w.requestRevisionTitle}
          intro={t.evaluasi.session.catatanRevisi}
          field={{ label: w.revisionNote, path: 'catatan', max: MAX_CATATAN, emptyReason: t.forms.reason.needNote }}
          confirm={w.requestRevision}
          color="orange"
          busy={m.busy}
          error={m.error}
          onConfirm={(c) => void ask(c)}
          onClose={() => setAsking(false)}
        />
      )}
    </>
  );
}
