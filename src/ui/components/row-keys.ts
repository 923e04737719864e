/**
 * Keys between the rows of a DataTable: the table is one Tab stop (roving tabindex, as the tab
 * lists are: tabs.ts), not one per row; a 500-row table was 500 Tab presses to get past. ↓ and ↑
 * move to the next and previous row (no wrapping: a table has a top and a bottom), Page Down and
 * Page Up by ten, Home and End to the first and the last.
 */
export const ROWS_PER_PAGE = 10;

/** The row index a key moves the focus to from `current` among `count` rows; null for any other key. */
export function rowTarget(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  const clamp = (index: number) => Math.min(count - 1, Math.max(0, index));
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + ROWS_PER_PAGE);
    case 'PageUp':
      return clamp(current - ROWS_PER_PAGE);
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}

/** The key of the row in the Tab order: the one last focused, else the selected one, else the first (each only while shown). */
export function tabStopKey(shown: readonly string[], focused: string | null, selected: string | null | undefined): string | null {
  if (focused !== null && shown.includes(focused)) return focused;
  if (selected != null && shown.includes(selected)) return selected;
  return shown[0] ?? null;
}
