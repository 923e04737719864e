/**
 * A table wider than its panel scrolls sideways in its own box (DataTable.tsx), and so do the
 * dashboard's charts on a narrow window (DashboardCharts.tsx); these say
 * whether there is more of it to either side (the box draws an edge shadow there) and how wide
 * its fixed first column is, and bring a focused cell whole into view beside that column: the
 * browser's own scrolling on focus stops at a cell partly in view, or under the fixed column.
 */
import { useLayoutEffect, useState, type FocusEvent, type RefObject } from 'react';

export interface ScrollEdges {
  moreStart: boolean;
  moreEnd: boolean;
  /** Width of the first header cell (the column that stays put), px. */
  stickyWidth: number;
}

const NONE: ScrollEdges = { moreStart: false, moreEnd: false, stickyWidth: 0 };

/** Whether a box scrolled to `scrollLeft` hides some of its content to the left or the right (1 px of rounding allowed). */
export function scrollEdges(box: { scrollLeft: number; clientWidth: number; scrollWidth: number }): Pick<ScrollEdges, 'moreStart' | 'moreEnd'> {
  return { moreStart: box.scrollLeft > 1, moreEnd: box.scrollLeft + box.clientWidth < box.scrollWidth - 1 };
}

/** The edges of the scrolling box `ref`, followed as it scrolls and as it or its content resizes. */
export function useScrollEdges(ref: RefObject<HTMLElement | null>): ScrollEdges {
  const [edges, setEdges] = useState(NONE);
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box) return;
    const update = () => {
      const next = { ...scrollEdges(box), stickyWidth: box.querySelector('th')?.getBoundingClientRect().width ?? 0 };
      setEdges((current) => (current.moreStart === next.moreStart && current.moreEnd === next.moreEnd && Math.abs(current.stickyWidth - next.stickyWidth) < 0.5 ? current : next));
    };
    update();
    box.addEventListener('scroll', update, { passive: true });
    // The box, and each child: content added later (the dashboard's residents charts come with
    // their own query) widens the box's content without resizing the box.
    const observer = new ResizeObserver(update);
    const observeAll = () => {
      observer.observe(box);
      for (const child of box.children) observer.observe(child);
    };
    observeAll();
    const children = new MutationObserver(() => {
      observeAll();
      update();
    });
    children.observe(box, { childList: true });
    return () => {
      box.removeEventListener('scroll', update);
      observer.disconnect();
      children.disconnect();
    };
  }, [ref]);
  return edges;
}

/**
 * How far to scroll (px, positive to the right) to show a cell spanning [left, right] whole in
 * the view [start, end] (its start already past the fixed column); a cell wider than the view
 * shows from its start.
 */
export function revealOffset(cell: { left: number; right: number }, start: number, end: number): number {
  if (cell.left < start || cell.right - cell.left > end - start) return cell.left - start;
  if (cell.right > end) return cell.right - end;
  return 0;
}

/** A focus handler for the scrolling box: scrolls the focused cell (not the fixed first column's) whole into view. */
export function revealFocusedCell(event: FocusEvent<HTMLElement>): void {
  const box = event.currentTarget;
  const cell = (event.target as Element).closest('th, td');
  if (!cell || !box.contains(cell) || (cell as HTMLTableCellElement).cellIndex === 0) return;
  const fixed = box.querySelector('th')?.getBoundingClientRect().width ?? 0;
  const left = box.getBoundingClientRect().left + box.clientLeft;
  const offset = revealOffset(cell.getBoundingClientRect(), left + fixed, left + box.clientWidth);
  if (offset !== 0) box.scrollLeft += offset;
}
