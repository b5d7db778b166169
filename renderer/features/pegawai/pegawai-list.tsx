/**
 * The virtualized pegawai list: only the rows on screen (plus a margin) exist in the DOM, and
 * their pages are fetched as they come into view, so 10,000 rows scroll as smoothly as 10.
 */
import { Badge, Box, Group, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef } from 'react';
import type { PegawaiRow, PegawaiSort } from '../../../shared/entities.js';
import { SortButton, type SortState } from '../../components/sort-button.js';
import { useT } from '../../i18n/i18n.js';
import { formatNip } from '../../lib/format.js';
import classes from './pegawai-list.module.css';
import type { PegawaiPages } from './use-pegawai-pages.js';

// One line per pegawai: at 1366×768 about 15 rows fit, where two-line rows showed 8.
const ROW_HEIGHT = 36;

type Props = {
  data: PegawaiPages;
  sort: SortState<PegawaiSort>;
  onSort: (next: SortState<PegawaiSort>) => void;
  onOpen: (row: PegawaiRow) => void;
};

export function PegawaiList({ data, sort, onSort, onOpen }: Props) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = data.total ?? 0;
  // The app does not use the React Compiler, so its memoization caveat does not apply here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 15,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure, filterKey } = data;

  useEffect(() => {
    if (count > 0) ensure(first, last);
  }, [ensure, first, last, count]);

  // A new search starts at the top (a data change keeps the position).
  useEffect(() => {
    scrollRef.current?.scrollTo({ top: 0 });
  }, [filterKey]);

  return (
    <Box className={classes.frame}>
      <div className={`${classes.grid} ${classes.head}`} data-testid="pegawai-head">
        <SortButton label={t.finish.pegawai.colNama} column="nama" sort={sort} onSort={onSort} />
        <SortButton label={t.finish.pegawai.colNip} column="nip" sort={sort} onSort={onSort} />
        <span>{t.finish.pegawai.colAsn}</span>
        <span>{t.pegawai.colGolongan}</span>
        <SortButton label={t.pegawai.colJabatan} column="jabatan" sort={sort} onSort={onSort} />
        <SortButton label={t.pegawai.colUnit} column="unit" sort={sort} onSort={onSort} />
      </div>
      <div ref={scrollRef} className={classes.scroll} role="list" aria-label={t.pegawai.listLabel} data-testid="pegawai-list">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = data.row(item.index);
            return (
              <div
                key={item.key}
                role="listitem"
                className={classes.item}
                data-striped={item.index % 2 === 1 || undefined}
                style={{ height: item.size, transform: `translateY(${item.start}px)` }}
              >
                {row ? <PegawaiRowButton row={row} onOpen={onOpen} /> : <PlaceholderRow label={t.pegawai.rowLoading} />}
              </div>
            );
          })}
        </div>
      </div>
    </Box>
  );
}

function PegawaiRowButton({ row, onOpen }: { row: PegawaiRow; onOpen: (row: PegawaiRow) => void }) {
  const t = useT();
  return (
    <UnstyledButton className={`${classes.grid} ${classes.row}`} onClick={() => onOpen(row)} data-testid="pegawai-row">
      <span className={classes.cell}>
        <Group gap={6} wrap="nowrap">
          <Text fw={500} size="sm" truncate="end" title={row.namaLengkap}>
            {row.namaLengkap}
          </Text>
          {!row.aktif && (
            <Badge size="xs" color="gray" variant="outline">
              {t.pegawai.inactive}
            </Badge>
          )}
        </Group>
      </span>
      <Text size="xs" ff="monospace" className={classes.nowrap}>
        {formatNip(row.nip)}
      </Text>
      <Text size="xs" c="dimmed">
        {row.jenisAsn}
      </Text>
      <Text size="sm">{row.golongan}</Text>
      <Text size="sm" truncate="end" c={row.jabatanNama ? undefined : 'dimmed'} title={row.jabatanNama ?? undefined}>
        {row.jabatanNama ?? t.pegawai.noJabatan}
      </Text>
      <Text size="sm" truncate="end" c="dimmed" title={row.unitNama}>
        {row.unitNama}
      </Text>
    </UnstyledButton>
  );
}

function PlaceholderRow({ label }: { label: string }) {
  return (
    <div className={`${classes.grid} ${classes.row}`} aria-label={label} aria-busy>
      <Skeleton height={10} width="70%" />
      <Skeleton height={8} width="80%" />
      <Skeleton height={8} width="60%" />
      <Skeleton height={10} width="50%" />
      <Skeleton height={10} width="80%" />
      <Skeleton height={10} width="60%" />
    </div>
  );
}
