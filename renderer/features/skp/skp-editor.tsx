/**
 * One SKP: header blocks, workflow buttons, periode/pendekatan, hasil kerja, perilaku kerja,
 * lampiran, versions and history. Which parts can be edited comes from `allowed.editable`; an
 * older version opens read-only. `review` (from the inbox) adds the side-by-side cascade view.
 */
import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { SkpDetail } from '../../../shared/entities.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { useT } from '../../i18n/i18n.js';
import { HeaderSection } from './header-section.js';
import { LampiranSection } from './lampiran-section.js';
import { PeopleBlock } from './people-block.js';
import { PerilakuSection } from './perilaku-section.js';
import { RhkCompare } from './rhk-compare.js';
import { RhkSection } from './rhk-section.js';
import { StatusBadge } from './status-badge.js';
import { useSkpDetail } from './use-skp-detail.js';
import { HistorySection, VersionsSection } from './versions-section.js';
import { WorkflowBar } from './workflow-bar.js';
import { PrintButton } from './print-button.js';
import type { GlossaryTerm } from '../../../shared/domain/glossary.js';
import { TermHint } from '../../components/term-hint.js';

type Props = { skpId: string; onBack: () => void; onOpen: (skpId: string) => void; review?: boolean };

/** A titled block; `term` makes the title explain itself (the law's words, from the glossary). */
function Section({ title, term, children }: { title: string; term?: GlossaryTerm; children: ReactNode }) {
  return (
    <Paper withBorder p="sm">
      <Title order={4} mb="xs">
        {term ? <TermHint term={term}>{title}</TermHint> : title}
      </Title>
      {children}
    </Paper>
  );
}

function ReturnNotes({ detail }: { detail: SkpDetail }) {
  const t = useT();
  const rhkNotes = detail.rhk.filter((r) => r.returnNote).length;
  if (!detail.skp.returnNote && rhkNotes === 0) return null;
  return (
    <Alert color="orange" title={t.skp.editor.returnedTitle} data-testid="skp-return-note">
      {detail.skp.returnNote}
    </Alert>
  );
}

export function SkpEditor({ skpId, onBack, onOpen, review }: Props) {
  const t = useT();
  const { detail, error, loading, accept } = useSkpDetail(skpId);
  const newest = detail?.versions.reduce((m, v) => (v.versi > m.versi ? v : m), detail.versions[0] ?? { id: skpId, versi: 0 });
  const isOld = detail !== undefined && newest !== undefined && newest.id !== detail.skp.id && newest.versi > detail.skp.versi;
  const editable = (part: SkpDetail['allowed']['editable'][number]) => !isOld && (detail?.allowed.editable.includes(part) ?? false);

  return (
    <Stack gap="md" data-testid="skp-editor">
      <Group>
        <Button variant="subtle" onClick={onBack}>
          ← {t.skp.common.back}
        </Button>
        {loading && <Loader size="sm" aria-label={t.app.loading} />}
      </Group>
      <ErrorAlert error={error} />
      {detail && (
        <>
          <Group gap="sm">
            <Title order={2}>{t.skp.editor.title(detail.pegawai.namaLengkap)}</Title>
            <StatusBadge status={detail.skp.status} />
            <Text c="dimmed">
              {t.skp.common.versi(detail.skp.versi)} · {t.skp.common.periode(detail.skp.periode.mulai, detail.skp.periode.selesai)}
            </Text>
          </Group>
          {isOld && newest && (
            <Alert color="gray" data-testid="skp-old-version">
              <Group justify="space-between">
                <Text size="sm">{t.skp.editor.readOnlyOld}</Text>
                <Button size="xs" variant="light" onClick={() => onOpen(newest.id)}>
                  {t.skp.editor.openCurrent}
                </Button>
              </Group>
            </Alert>
          )}
          <ReturnNotes detail={detail} />
          <PeopleBlock detail={detail} />
          <Group gap="xs" align="start">
            {!isOld && <WorkflowBar detail={detail} onChanged={accept} onOpen={onOpen} />}
            <PrintButton detail={detail} />
          </Group>
          {review && <RhkCompare detail={detail} />}
          <Section title={t.skp.editor.header}>
            <HeaderSection key={`h-${detail.skp.id}`} detail={detail} editable={editable('header')} onSaved={accept} />
          </Section>
          <Section title={t.skp.rhk.section} term="RHK">
            <RhkSection detail={detail} editable={editable('rhk')} onSaved={accept} />
          </Section>
          <Section title={t.skp.perilaku.section} term="perilaku kerja BerAKHLAK">
            <PerilakuSection key={`p-${detail.skp.id}`} detail={detail} editable={editable('ekspektasi')} onSaved={accept} />
          </Section>
          <Section title={t.skp.lampiran.section} term="lampiran">
            <LampiranSection key={`l-${detail.skp.id}`} detail={detail} editable={editable('lampiran')} onSaved={accept} />
          </Section>
          <Section title={t.skp.versions.section} term="perubahan SKP">
            <VersionsSection detail={detail} onOpen={onOpen} />
          </Section>
          <Section title={t.skp.history.section}>
            <HistorySection detail={detail} />
          </Section>
        </>
      )}
    </Stack>
  );
}
