/**
 * The pejabat penilai's part: rating hasil kerja and rating perilaku kerja with their umpan balik,
 * the predikat shown live from the matrix (shared predikatOrNull), save, lock ("Kunci evaluasi"),
 * and once locked "Buka kembali" with a reason. Annual: the justification when the predikat set
 * differs from the suggestion. Every refusal of the core is shown beside its field or as a sentence.
 */
import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { evaluasiArgSchemas } from '../../../shared/contract.js';
import { needsJustification } from '../../../shared/domain/evaluasi/annual.js';
import { predikatOrNull } from '../../../shared/domain/evaluasi/predikat.js';
import type { Rating } from '../../../shared/domain/evaluasi/types.js';
import type { EvaluasiSession } from '../../../shared/entities-evaluasi.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { LimitedTextarea } from '../../components/limited-text.js';
import { SubmitButton } from '../../components/submit-button.js';
import { TermHint } from '../../components/term-hint.js';
import { useToast } from '../../components/toast.js';
import { useT } from '../../i18n/i18n.js';
import { issueAt, maxLengthOf } from '../../lib/contract-form.js';
import { LockBadge } from './lock-badge.js';
import { PredikatBadge } from './predikat-badge.js';
import { RatingControl } from './rating-control.js';
import { lockReason, rateReason, reopenReason } from './rating-reasons.js';
import { ReasonModal } from './reason-modal.js';
import { useMutation } from './use-mutation.js';

const RATE = evaluasiArgSchemas['evaluasi/rate'].shape;
const MAX_UB = maxLengthOf(RATE.umpanBalikHasilKerja);
const MAX_ALASAN = maxLengthOf(evaluasiArgSchemas['evaluasi/reopen'].shape.alasan);
const FIELDS = ['ratingHasilKerja', 'ratingPerilaku', 'umpanBalikHasilKerja', 'umpanBalikPerilaku', 'catatan', 'alasanPredikat'];

type Draft = { hk: Rating | null; pk: Rating | null; ubHk: string; ubPk: string; catatan: string; alasan: string };

function draftOf(s: EvaluasiSession): Draft {
  const e = s.evaluasi;
  return {
    hk: e?.ratingHasilKerja ?? null,
    pk: e?.ratingPerilaku ?? null,
    ubHk: e?.umpanBalikHasilKerja ?? '',
    ubPk: e?.umpanBalikPerilaku ?? '',
    catatan: e?.catatan ?? '',
    alasan: e?.alasanPredikat ?? '',
  };
}

const orNull = (s: string) => (s.trim() === '' ? null : s);

export function RatingPanel({ session, onChanged }: { session: EvaluasiSession; onChanged: (s: EvaluasiSession) => void }) {
  const t = useT();
  const w = t.evaluasi.rating;
  const toast = useToast();
  const m = useMutation();
  const [d, setD] = useState<Draft>(() => draftOf(session));
  const [missing, setMissing] = useState<Record<string, string>>({});
  const [modal, setModal] = useState<'lock' | 'reopen' | null>(null);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  const live = predikatOrNull(d.hk, d.pk);
  const saved = draftOf(session);
  const dirty = JSON.stringify(saved) !== JSON.stringify(d);
  const saran = session.tahunan?.saran.predikat ?? null;
  const mustJustify = session.tahunan !== null && needsJustification(saran, live);
  const readOnly = !session.allowed.rate;
  const err = m.error;
  const placed = (err?.issues?.length ?? 0) > 0 && (err?.issues?.every((i) => FIELDS.includes(i.path)) ?? false);
  const fieldError = (path: string) => missing[path] ?? issueAt(err, path);

  const save = async () => {
    const need: Record<string, string> = {};
    if (d.hk === null) need.ratingHasilKerja = w.reason.needRatings;
    if (d.pk === null) need.ratingPerilaku = w.reason.needRatings;
    if (mustJustify && d.alasan.trim() === '') need.alasanPredikat = w.reason.needJustification;
    setMissing(need);
    if (d.hk === null || d.pk === null || Object.keys(need).length > 0) return;
    const r = await m.run('evaluasi/rate', {
      skpId: session.skp.id,
      periode: session.periode.key,
      ...(session.evaluasiRowVersion !== null ? { baseVersion: session.evaluasiRowVersion } : {}),
      ratingHasilKerja: d.hk,
      ratingPerilaku: d.pk,
      umpanBalikHasilKerja: orNull(d.ubHk),
      umpanBalikPerilaku: orNull(d.ubPk),
      catatan: orNull(d.catatan),
      alasanPredikat: session.tahunan ? orNull(d.alasan) : null,
    });
    if (r.ok) {
      toast.show({ message: w.saved });
      onChanged(r.value);
    }
  };
  const step = async (kind: 'lock' | 'reopen', alasan: string) => {
    const args = { skpId: session.skp.id, periode: session.periode.key };
    const r = kind === 'lock' ? await m.run('evaluasi/lock', args) : await m.run('evaluasi/reopen', { ...args, alasan });
    if (r.ok) {
      setModal(null);
      toast.show({ message: kind === 'lock' ? w.locked : w.reopened });
      onChanged(r.value);
    }
  };

  return (
    <Paper withBorder p="sm" data-testid="rating-panel">
      <Group justify="space-between" mb="xs">
        <Group gap="sm">
          <Title order={4}>{w.title}</Title>
          {session.terkunci && <LockBadge />}
        </Group>
        <Group gap="xs" data-testid="predikat-live">
          <Text size="sm" fw={500}>
            <TermHint hint={w.predikatHint}>{w.predikatLive}</TermHint>
          </Text>
          <PredikatBadge predikat={live} size="lg" />
        </Group>
      </Group>
      {session.terkunci && (
        <Alert color="gray" variant="light" mb="xs" data-testid="locked-note">
          {w.lockedNote}
        </Alert>
      )}
      {live === null && !readOnly && (
        <Text size="xs" c="dimmed" mb="xs">
          {w.predikatPending}
        </Text>
      )}
      <SimpleGrid cols={2} spacing="md">
        <Stack gap="xs">
          <RatingControl label={w.hasilKerja} value={d.hk} onChange={(v) => set('hk', v)} disabled={readOnly} error={fieldError('ratingHasilKerja')} testId="rating-hk" />
          <LimitedTextarea label={w.umpanBalikHasilKerja} value={d.ubHk} onChange={(e) => set('ubHk', e.currentTarget.value)} readOnly={readOnly} autosize minRows={2} maxRows={6} max={MAX_UB} error={issueAt(err, 'umpanBalikHasilKerja')} />
        </Stack>
        <Stack gap="xs">
          <RatingControl label={w.perilaku} value={d.pk} onChange={(v) => set('pk', v)} disabled={readOnly} error={fieldError('ratingPerilaku')} testId="rating-pk" />
          <LimitedTextarea label={w.umpanBalikPerilaku} value={d.ubPk} onChange={(e) => set('ubPk', e.currentTarget.value)} readOnly={readOnly} autosize minRows={2} maxRows={6} max={MAX_UB} error={issueAt(err, 'umpanBalikPerilaku')} />
        </Stack>
      </SimpleGrid>
      <Stack gap="xs" mt="xs">
        {session.tahunan && (
          <LimitedTextarea
            label={t.evaluasi.tahunan.justification}
            description={t.evaluasi.tahunan.justificationHint}
            value={d.alasan}
            onChange={(e) => set('alasan', e.currentTarget.value)}
            readOnly={readOnly}
            autosize
            minRows={1}
            maxRows={5}
            max={MAX_UB}
            required={mustJustify}
            error={fieldError('alasanPredikat')}
            data-testid="alasan-predikat"
          />
        )}
        <LimitedTextarea label={w.catatan} value={d.catatan} onChange={(e) => set('catatan', e.currentTarget.value)} readOnly={readOnly} autosize minRows={1} maxRows={5} max={MAX_UB} error={issueAt(err, 'catatan')} />
      </Stack>
      {!modal && <ErrorAlert error={placed ? null : err} />}
      <Group justify="flex-end" mt="sm" gap="sm">
        {session.terkunci ? (
          <SubmitButton type="button" variant="light" color="orange" reason={reopenReason(session, w.reason)} onClick={() => setModal('reopen')}>
            {w.reopen}
          </SubmitButton>
        ) : (
          <>
            <SubmitButton type="button" reason={rateReason(session, w.reason)} loading={m.busy && !modal} onClick={() => void save()}>
              {w.save}
            </SubmitButton>
            <SubmitButton type="button" color="gray.8" reason={lockReason(session, dirty, w.reason)} onClick={() => setModal('lock')}>
              {w.lock}
            </SubmitButton>
          </>
        )}
      </Group>
      {modal === 'lock' && (
        <ReasonModal title={w.lockTitle} intro={w.lockConfirm} confirm={w.lock} color="gray.8" busy={m.busy} error={m.error} onConfirm={() => void step('lock', '')} onClose={() => setModal(null)} />
      )}
      {modal === 'reopen' && (
        <ReasonModal
          title={w.reopenTitle}
          intro={w.reopenIntro}
          field={{ label: w.reopenReason, path: 'alasan', max: MAX_ALASAN, emptyReason: w.reason.needReason }}
          confirm={w.reopen}
          color="orange"
          busy={m.busy}
          error={m.error}
          onConfirm={(alasan) => void step('reopen', alasan)}
          onClose={() => setModal(null)}
        />
      )}
    </Paper>
  );
}
