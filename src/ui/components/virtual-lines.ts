/**
 * Long tables draw only the lines in view. At province scale the elevator table has 12,000
 * communities and the life-circle matrix 12,000 × 7 cells; laying them all out held the page
 * for about half a second, so the tables used to stop at 500 lines and the rest could not be
 * seen at all. From VIRTUAL_FROM lines on, a table draws the lines its scrolling box shows
 * (TanStack Virtual measures each drawn line) and one empty spacer line above and below for
 * the rest, so the scroll bar is the whole table's. Shorter tables draw every line, as before.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useState, type RefObject } from 'react';

export const VIRTUAL_FROM = 200;
/** One line of 13-px text with its padding and border; lines are measured once drawn. */
const ESTIMATED_LINE_PX = 27;
const OVERSCAN_LINES = 10;

export interface VirtualLines {
  /** Whether lines are left out (false: every line is drawn). */
  virtual: boolean;
  /** The lines to draw, first to last. */
  indices: number[];
  /** Heights of the spacer lines standing for the lines not drawn above and below, px. */
  before: number;
  after: number;
  /** Ref for each drawn line's element, which carries `data-index={line}`. */
  measure(element: HTMLElement | null): void;
  /** Scrolls the box (only the box) until line `index` is in view under the header; no-op if it is. */
  reveal(index: number): void;
}

/** The spacers' heights around the drawn lines `[first, last]` of a list `total` px tall whose lines start `start` px down. */
export function spacerHeights(drawn: readonly { start: number; end: number }[], total: number, start: number): { before: number; after: number } {
  if (drawn.length === 0) return { before: Math.max(0, total - start), after: 0 };
  return { before: Math.max(0, drawn[0].start - start), after: Math.max(0, total - drawn[drawn.length - 1].end) };
}

/** The scrollTop that brings a line spanning [top, bottom] (content px) into view under a `header`-px sticky header; the current one if it is in view. */
export function revealScrollTop(line: { top: number; bottom: number }, box: { scrollTop: number; clientHeight: number }, header: number): number {
  const viewTop = box.scrollTop + header;
  const viewBottom = box.scrollTop + box.clientHeight;
  if (line.top < viewTop) return Math.max(0, line.top - header);
  if (line.bottom > viewBottom) return line.bottom - box.clientHeight;
  return box.scrollTop;
}

/**
 * Where the lines start in the box (under the table's top margin and its header row), the
 * height of the sticky header and of the box's sideways scroll bar, followed as they resize
 * (the language switch rewraps the header): the lines in view are those between the two bars.
 */
function useBoxEdges(scroller: RefObject<HTMLElement | null>): { start: number; header: number; scrollBar: number } {
  const [edges, setEdges] = useState({ start: ESTIMATED_LINE_PX, header: ESTIMATED_LINE_PX, scrollBar: 0 });
  useLayoutEffect(() => {
    const box = scroller.current;
    const header = box?.querySelector('thead');
    if (!box || !header) return;
    const update = () => {
      const height = header.getBoundingClientRect().height;
      const margin = parseFloat(getComputedStyle(header.closest('table')!).marginTop) || 0;
      const next = { start: margin + height, header: height, scrollBar: Math.max(0, box.offsetHeight - box.clientHeight) };
      setEdges((current) => (current.start === next.start && current.header === next.header && current.scrollBar === next.scrollBar ? current : next));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(header);
    observer.observe(box);
    return () => observer.disconnect();
  }, [scroller]);
  return edges;
}

const drawEvery = (count: number) => Array.from({ length: count }, (_, index) => index);

/** The lines of a table of `count` lines in the scrolling box `scroller` (whose first child is the table) to draw. */
export function useVirtualLines(scroller: RefObject<HTMLElement | null>, count: number, lineKey: (index: number) => string): VirtualLines {
  const virtual = count >= VIRTUAL_FROM;
  const { start, header, scrollBar } = useBoxEdges(scroller);
  const virtualizer = useVirtualizer<HTMLElement, HTMLElement>({
    count, enabled: virtual, getScrollElement: () => scroller.current, estimateSize: () => ESTIMATED_LINE_PX,
    overscan: OVERSCAN_LINES, paddingStart: start, scrollPaddingStart: header, scrollPaddingEnd: scrollBar, getItemKey: lineKey,
  });
  const revealDrawn = (index: number) => {
    const box = scroller.current;
    const line = box?.querySelector<HTMLElement>(`tbody > tr[data-index="${index}"]`);
    if (!box || !line) return;
    // Offsets against the box's content, not the page: only the box scrolls, never the panel.
    const top = line.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTop = revealScrollTop({ top, bottom: top + line.getBoundingClientRect().height }, box, header);
  };
  if (!virtual) return { virtual, indices: drawEvery(count), before: 0, after: 0, measure: () => {}, reveal: revealDrawn };
  const items = virtualizer.getVirtualItems();
  return {
    virtual,
    indices: items.map((item) => item.index),
    ...spacerHeights(items, virtualizer.getTotalSize(), start),
    measure: virtualizer.measureElement,
    reveal: (index) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  };
}
