/**
 * Evaluasi: the pejabat penilai's (and the operator's, read-only) way into appraisal sessions —
 * the approved SKP in reach, or a Beranda to-do list, then one SKP's session per period.
 */
import { Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PeriodeKey } from '../../../shared/domain/evaluasi/types.js';
import type { EvaluasiTodoKind } from '../../../shared/entities-evaluasi.js';
import { useT } from '../../i18n/i18n.js';
import { SessionScreen } from './session-screen.js';
import { StaffList } from './staff-list.js';
import { TodoList } from './todo-list.js';

type Filter = { todo?: EvaluasiTodoKind; skpId?: string; periode?: PeriodeKey } | undefined;
type Open = { skpId: string; periode?: PeriodeKey | undefined };

export function EvaluasiPage({ filter }: { filter: Filter }) {
  const t = useT();
  const s = t.evaluasi.session;
  const [open, setOpen] = useState<Open | null>(filter?.skpId ? { skpId: filter.skpId, periode: filter.periode } : null);
  const [todo, setTodo] = useState<EvaluasiTodoKind | null>(filter?.todo ?? null);
  if (open) return <SessionScreen key={`${open.skpId}:${open.periode ?? ''}`} skpId={open.skpId} periode={open.periode} title={s.title} onBack={() => setOpen(null)} />;
  return (
    <Stack gap="sm" data-page-content="evaluasi">
      <Title order={2}>{s.title}</Title>
      <Text c="dimmed" size="sm">
        {s.intro}
      </Text>
      {todo ? (
        <TodoList kind={todo} onOpen={(r) => setOpen({ skpId: r.skpId, periode: r.periode.key })} onShowAll={() => setTodo(null)} />
      ) : (
        <StaffList onOpen={(skpId) => setOpen({ skpId })} />
      )}
    </Stack>
  );
}
