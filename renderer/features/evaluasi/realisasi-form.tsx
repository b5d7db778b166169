/**
 * The pegawai's realisasi of one period: per RHK and indikator the rencana aksi, the realisasi
 * (a value for a kuantitatif target, a description otherwise) and the evidence; save and report.
 * The atasan's revision note is shown on top; a locked period is read-only and says why.
 */
import { Alert, Group, NumberInput, Paper, Stack, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { evaluasiArgSchemas } from '../../../shared/contract.js';
import type { RealisasiSheet } from '../../../shared/entities-evaluasi.js';
import type { Result } from '../../../shared/result.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { LimitedTextarea } from '../../components/limited-text.js';
import { SubmitButton } from '../../components/submit-button.js';
import { useToast } from '../../components/toast.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { maxLengthOf } from '../../lib/contract-form.js';
import { readFileAsBase64 } from '../../lib/read-file.js';
import { groupRhk, rhkNumber, targetText } from '../skp/skp-format.js';
import { BuktiEditor } from './bukti-editor.js';
import { BuktiList } from './bukti-list.js';
import { CapaianCell } from './capaian-cell.js';
import { LockBadge } from './lock-badge.js';
import { RealisasiStatusBadge } from './realisasi-status-badge.js';
import { draftOfSheet, hasAnyRealisasi, itemsOfDraft, type ItemDraft, type RealisasiDraft } from './realisasi-draft.js';
import { useMutation } from './use-mutation.js';
import { valueText } from './value-text.js';

const MAX_TEKS = maxLengthOf(evaluasiArgSchemas['realisasi/save'].shape.items.element.shape.teks);
const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function RealisasiForm({ latest }: { latest: RealisasiSheet }) {
  const t = useT();
  const { lang } = useLang();
  const toast = useToast();
  const m = useMutation();
  const w = t.evaluasi.realisasi;
  const [sheet, setSheet] = useState(latest);
  const [draft, setDraft] = useState<RealisasiDraft>(() => draftOfSheet(latest));
  const [seen, setSeen] = useState(latest);
  const dirty = JSON.stringify(draftOfSheet(sheet)) !== JSON.stringify(draft);
  // A reload (this form's own write, an upload, a lock, a pull) brings the stored sheet; what was
  // typed and not saved stays on screen.
  if (latest !== seen) {
    setSeen(latest);
    setSheet(latest);
    if (!dirty) setDraft(draftOfSheet(latest));
  }
  const editable = sheet.allowed.edit;
  const items = itemsOfDraft(sheet, draft);
  const args = { skpId: sheet.skpId, periode: sheet.periode.key };
  const set = (id: string, patch: Partial<ItemDraft>) => setDraft((d) => ({ ...d, [id]: { ...(d[id] ?? { rencanaNilai: null, rencanaTeks: '', nilai: null, teks: '', bukti: [] }), ...patch } }));
  // The core names a field by its place in the list sent (`items.3.nilai`).
  const issue = (indikatorId: string, field: string) => {
    const k = items.findIndex((i) => i.indikatorId === indikatorId);
    return m.error?.issues?.find((i) => i.path === `items.${k}.${field}`)?.message;
  };
  const placed = (m.error?.issues?.length ?? 0) > 0 && (m.error?.issues?.every((i) => i.path.startsWith('items.')) ?? false);

  const accept = (next: RealisasiSheet, keepDraft = false) => {
    setSheet(next);
    if (!keepDraft) setDraft(draftOfSheet(next));
  };
  const save = async (): Promise<Result<RealisasiSheet>> => {
    const r = await m.run('realisasi/save', { ...args, ...(sheet.rowVersion !== null ? { baseVersion: sheet.rowVersion } : {}), items });
    if (r.ok) accept(r.value);
    return r;
  };
  const report = async () => {
    if (dirty) {
      const saved = await save();
      if (!saved.ok) return;
    }
    const r = await m.run('realisasi/report', args);
    if (r.ok) {
      accept(r.value);
      toast.show({ message: w.reported });
    }
  };
  const upload = async (indikatorId: string, file: File): Promise<string | null> => {
    const base64 = await readFileAsBase64(file);
    const r = await m.run('realisasi/attach', { ...args, indikatorId, nama: file.name, mime: file.type, base64 });
    if (!r.ok) return r.error.message;
    // The stored sheet now holds the file; the other edits on screen stay as typed.
    setSheet(r.value.sheet);
    set(indikatorId, { bukti: [...(draft[indikatorId]?.bukti ?? []), r.value.bukti] });
    toast.show({ message: t.evaluasi.bukti.uploaded(file.name) });
    return null;
  };

  const saveReason = editable ? null : sheet.terkunci ? w.reason.locked : sheet.status === 'dilaporkan' ? w.reason.reported : w.reason.notOwner;
  const reportReason = sheet.allowed.report || (editable && dirty) ? (hasAnyRealisasi(draft) ? null : w.reason.empty) : sheet.terkunci ? w.reason.locked : sheet.status === 'dilaporkan' ? w.reason.reported : w.reason.notAllowed;
  const groups = groupRhk(sheet.rhk);

  return (
    <Stack gap="sm" data-testid="realisasi-form" data-periode={sheet.periode.key}>
      <Group gap="sm">
        <Text fw={600}>{sheet.periode.label}</Text>
        <RealisasiStatusBadge status={sheet.status} />
        {sheet.terkunci && <LockBadge />}
      </Group>
      {sheet.terkunci && (
        <Alert color="gray" variant="light" title={w.lockedTitle} data-testid="realisasi-locked">
          {w.lockedText}
        </Alert>
      )}
      {sheet.catatanRevisi && (
        <Alert color="orange" variant="light" title={w.revisionTitle} data-testid="revision-note">
          {sheet.catatanRevisi}
        </Alert>
      )}
      <Paper withBorder p={0}>
        <Table.ScrollContainer minWidth={980}>
          <Table withTableBorder verticalSpacing={6}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={44} style={NOWRAP}>{t.evaluasi.session.colNo}</Table.Th>
                <Table.Th style={NOWRAP}>{t.evaluasi.session.colIndikator}</Table.Th>
                <Table.Th style={NOWRAP}>{w.rencana}</Table.Th>
                <Table.Th style={NOWRAP}>{w.nilai}</Table.Th>
                <Table.Th style={NOWRAP}>{t.evaluasi.session.colCapaian}</Table.Th>
                <Table.Th style={NOWRAP} w={240}>{t.evaluasi.bukti.title}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...groups.utama, ...groups.tambahan].map((r) => (
                <RhkRows key={r.rhkId} no={rhkNumber(r)} teks={r.teks}>
                  {r.indikator.map((ind) => {
                    const x = draft[ind.indikatorId];
                    const kuant = ind.target.kind === 'kuantitatif';
                    const label = `${rhkNumber(r)} ${ind.teks}`;
                    return (
                      <Table.Tr key={ind.indikatorId} data-testid="realisasi-row">
                        <Table.Td />
                        <Table.Td>
                          <Text size="sm">{ind.teks}</Text>
                          <Text size="xs">
                            {t.evaluasi.session.colTarget}: <b>{targetText(ind.target, lang)}</b>
                          </Text>
                        </Table.Td>
                        <Table.Td w={170}>
                          {!editable ? (
                            <Text size="sm">{valueText(ind.rencanaNilai, ind.rencanaTeks, ind.target, lang) ?? t.app.none}</Text>
                          ) : kuant ? (
                            <NumberInput aria-label={`${w.rencanaNilai}: ${label}`} value={x?.rencanaNilai ?? ''} onChange={(v) => set(ind.indikatorId, { rencanaNilai: typeof v === 'number' ? v : null })} min={0} decimalSeparator={lang === 'id' ? ',' : '.'} thousandSeparator={lang === 'id' ? '.' : ','} error={issue(ind.indikatorId, 'rencanaNilai')} size="xs" />
                          ) : (
                            <LimitedTextarea aria-label={`${w.rencanaTeks}: ${label}`} value={x?.rencanaTeks ?? ''} onChange={(e) => set(ind.indikatorId, { rencanaTeks: e.currentTarget.value })} autosize minRows={1} maxRows={4} max={MAX_TEKS} size="xs" error={issue(ind.indikatorId, 'rencanaTeks')} />
                          )}
                        </Table.Td>
                        <Table.Td w={200}>
                          {!editable ? (
                            <Text size="sm" fw={500}>
                              {valueText(ind.nilai, ind.realisasiTeks, ind.target, lang) ?? t.app.none}
                            </Text>
                          ) : kuant ? (
                            <NumberInput aria-label={`${w.nilai}: ${label}`} value={x?.nilai ?? ''} onChange={(v) => set(ind.indikatorId, { nilai: typeof v === 'number' ? v : null })} min={0} decimalSeparator={lang === 'id' ? ',' : '.'} thousandSeparator={lang === 'id' ? '.' : ','} rightSection={<Text size="xs" c="dimmed" pr={4}>{ind.target.kind === 'kuantitatif' ? ind.target.satuan : ''}</Text>} rightSectionWidth={80} error={issue(ind.indikatorId, 'nilai')} size="xs" />
                          ) : (
                            <LimitedTextarea aria-label={`${w.teks}: ${label}`} value={x?.teks ?? ''} onChange={(e) => set(ind.indikatorId, { teks: e.currentTarget.value })} autosize minRows={1} maxRows={4} max={MAX_TEKS} size="xs" error={issue(ind.indikatorId, 'teks')} />
                          )}
                        </Table.Td>
                        <Table.Td>
                          <CapaianCell ind={ind} />
                        </Table.Td>
                        <Table.Td>
                          {editable ? (
                            <BuktiEditor skpId={sheet.skpId} bukti={x?.bukti ?? []} onChange={(b) => set(ind.indikatorId, { bukti: b })} onUpload={(f) => upload(ind.indikatorId, f)} label={label} />
                          ) : (
                            <BuktiList skpId={sheet.skpId} bukti={ind.bukti} />
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </RhkRows>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Paper>
      <ErrorAlert error={placed ? null : m.error} />
      <Group justify="flex-end" gap="sm">
        <SubmitButton type="button" variant="default" reason={saveReason} loading={m.busy} onClick={() => void save().then((r) => r.ok && toast.show({ message: w.saved }))}>
          {w.save}
        </SubmitButton>
        <SubmitButton type="button" reason={reportReason} loading={m.busy} onClick={() => void report()}>
          {w.report}
        </SubmitButton>
      </Group>
    </Stack>
  );
}

function RhkRows({ no, teks, children }: { no: string; teks: string; children: ReactNode }) {
  return (
    <>
      <Table.Tr bg="gray.0">
        <Table.Td fw={600}>{no}</Table.Td>
        <Table.Td colSpan={5}>
          <Text size="sm" fw={600}>
            {teks}
          </Text>
        </Table.Td>
      </Table.Tr>
      {children}
    </>
  );
}
