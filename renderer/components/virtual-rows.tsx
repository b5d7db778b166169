/**
 * Long tables draw only the rows in view: a scroll box around the table, spacer rows above and
 * below the visible slice. Every row stays reachable by scrolling (no silent limit), and a screen
 * with thousands of rows opens as fast as one with thirty.
 */
import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useRef, type RefObject } from 'react';

export type VirtualRows = {
  /** The rows to draw now; give each `<tr>` `data-index={item.index}` and `ref={measure}`. */
  items: VirtualItem[];
  /** Heights of the spacer rows before and after the drawn rows. */
  before: number;
  after: number;
  measure: (el: Element | null) => void;
};

/**
 * @example
 * const [scrollRef, v] = useVirtualRows(rows.length, 48);
 * <div ref={scrollRef} style={{ maxHeight: '60vh', overflowY: 'auto' }}>…{v.items.map((i) => rows[i.index])}…</div>
 */
export function useVirtualRows(count: number, estimate: number): [scrollRef: RefObject<HTMLDivElement | null>, rows: VirtualRows] {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler, so its memoization caveat does not apply here.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count, getScrollElement: () => scrollRef.current, estimateSize: () => estimate, overscan: 10 });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = Math.max(0, virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0));
  // The scroll box goes on the element that scrolls (it needs a bounded height).
  return [scrollRef, { items, before, after, measure: virtualizer.measureElement }];
}

/** A spacer row standing in for the rows not drawn. */
export function SpacerRow({ height, colSpan }: { height: number; colSpan: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden style={{ height }}>
      <td colSpan={colSpan} style={{ padding: 0, border: 0 }} />
    </tr>
  );
}
