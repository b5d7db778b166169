/**
 * The appraisal table: every RHK with, per indikator, its target, the period's rencana aksi, the
 * realisasi, capaian (an aid, beside the ratings and never instead of them) and the evidence; each
 * RHK's dialog kinerja opens beneath its rows.
 */
import { Button, Stack, Table, Text } from '@mantine/core';
import { Fragment, useState } from 'react';
import type { EvaluasiSession } from '../../../shared/entities-evaluasi.js';
import { JENIS_RHK } from '../../../shared/domain/skp/types.js';
import { TermHint } from '../../components/term-hint.js';
import { useLang, useT } from '../../i18n/i18n.js';
import { groupRhk, rhkNumber, targetText } from '../skp/skp-format.js';
import { BuktiList } from './bukti-list.js';
import { CapaianCell } from './capaian-cell.js';
import { UmpanBalikThread } from './umpan-balik-thread.js';
import { formatNumber } from './labels.js';
import { valueText } from './value-text.js';

const NOWRAP = { whiteSpace: 'nowrap' } as const;

export function HasilKerjaTable({ session, onChanged }: { session: EvaluasiSession; onChanged: () => void }) {
  const t = useT();
  const { lang } = useLang();
  const s = t.evaluasi.session;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const groups = groupRhk(session.rhk);
  const toggle = (id: string) => setOpen((o) => (o.has(id) ? new Set([...o].filter((x) => x !== id)) : new Set([...o, id])));
  const cols = 7;
  return (
    <Table.ScrollContainer minWidth={1000}>
      <Table withTableBorder verticalSpacing={6} data-testid="hasil-kerja-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44} style={NOWRAP}>{s.colNo}</Table.Th>
            <Table.Th style={NOWRAP}>{s.colRhk}</Table.Th>
            <Table.Th style={NOWRAP}>{s.colIndikator}</Table.Th>
            <Table.Th style={NOWRAP}>{s.colRencana}</Table.Th>
            <Table.Th style={NOWRAP}>{s.colRealisasiVal}</Table.Th>
            <Table.Th style={NOWRAP}>
              <TermHint hint={s.capaianHint}>{s.colCapaian}</TermHint>
            </Table.Th>
            <Table.Th style={NOWRAP}>{s.colBukti}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        {JENIS_RHK.map((jenis) =>
          groups[jenis].length === 0 ? null : (
            <Table.Tbody key={jenis}>
              <Table.Tr>
                <Table.Td colSpan={cols} fw={700} bg="gray.0">
                  {t.skp.jenisRhk[jenis]}
                </Table.Td>
              </Table.Tr>
              {groups[jenis].map((r) => {
                const no = rhkNumber(r);
                const span = Math.max(1, r.indikator.length);
                const isOpen = open.has(r.rhkId);
                const rhkCell = (
                  <Table.Td rowSpan={span} style={{ verticalAlign: 'top' }} w="26%">
                    <Stack gap={4}>
                      <Text size="sm" fw={500}>
                        {r.teks}
                      </Text>
                      <Button size="compact-xs" variant="subtle" onClick={() => toggle(r.rhkId)} aria-expanded={isOpen} data-testid="umpan-balik-toggle" style={{ alignSelf: 'flex-start' }}>
                        {t.evaluasi.umpanBalik.title} ({formatNumber(r.umpanBalik.length, lang)})
                      </Button>
                    </Stack>
                  </Table.Td>
                );
                return (
                  <Fragment key={r.rhkId}>
                    {r.indikator.length === 0 && (
                      <Table.Tr data-testid="rhk-periode-row">
                        <Table.Td>{no}</Table.Td>
                        {rhkCell}
                        <Table.Td colSpan={cols - 2}>
                          <Text size="sm" c="dimmed">
                            {t.app.none}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    )}
                    {r.indikator.map((ind, k) => (
                      <Table.Tr key={ind.indikatorId} data-testid="rhk-periode-row" data-rhk={no}>
                        {k === 0 && (
                          <Table.Td rowSpan={span} style={{ verticalAlign: 'top' }}>
                            {no}
                          </Table.Td>
                        )}
                        {k === 0 && rhkCell}
                        <Table.Td>
                          <Text size="xs" c="dimmed">
                            {t.skp.aspek[ind.aspek]}
                          </Text>
                          <Text size="sm">{ind.teks}</Text>
                          <Text size="xs">
                            {s.colTarget}: <b>{targetText(ind.target, lang)}</b>
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm">{valueText(ind.rencanaNilai, ind.rencanaTeks, ind.target, lang) ?? t.app.none}</Text>
                        </Table.Td>
                        <Table.Td data-testid="realisasi-cell">
                          <Text size="sm" fw={500}>
                            {valueText(ind.nilai, ind.realisasiTeks, ind.target, lang) ?? t.app.none}
                          </Text>
                          {ind.nilaiPeriodik !== null && (
                            <Text size="xs" c="dimmed">
                              {s.periodik(formatNumber(ind.nilaiPeriodik, lang))}
                            </Text>
                          )}
                        </Table.Td>
                        <Table.Td>
                          <CapaianCell ind={ind} />
                        </Table.Td>
                        <Table.Td>
                          <BuktiList skpId={session.skp.id} bukti={ind.bukti} />
                        </Table.Td>
                      </Table.Tr>
                    ))}
                    {isOpen && (
                      <Table.Tr>
                        <Table.Td />
                        <Table.Td colSpan={cols - 1} bg="gray.0">
                          <UmpanBalikThread
                            skpId={session.skp.id}
                            periode={session.periode.key}
                            about={{ rhkId: r.rhkId, nilai: null }}
                            context={`RHK ${no}`}
                            messages={r.umpanBalik}
                            canAdd={session.allowed.addUmpanBalik}
                            onAdded={onChanged}
                          />
                        </Table.Td>
                      </Table.Tr>
                    )}
                  </Fragment>
                );
              })}
            </Table.Tbody>
          ),
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
