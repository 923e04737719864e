/**
 * A sortable table; clicking a row calls onSelect (the panels fly the map to it). Cells
 * are text only; numeric cells group thousands (cell-text.ts). A table wider than its panel
 * (片区联动's eight columns) scrolls sideways in its own box with its first column fixed, and
 * a shadow at an edge with more beyond it (scroll-edges.ts); the panel and the page never do.
 * The rows are one Tab stop, moved through with the arrow keys (row-keys.ts).
 */
import { Fragment, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cellText } from './cell-text';
import { rowTarget, tabStopKey } from './row-keys';
import { revealFocusedCell, useScrollEdges } from './scroll-edges';
import './data-table.css';

export interface Column<Row> {
  key: string;
  header: string;
  value(row: Row): number | string | null;
  render?(row: Row): ReactNode;
  numeric?: boolean;
}

export function DataTable<Row>({ rows, columns, rowKey, onSelect, selectedKey, testId, initialSort, limit = 500, detail }: {
  rows: readonly Row[];
  columns: Column<Row>[];
  rowKey(row: Row): string;
  onSelect?(row: Row): void;
  selectedKey?: string | null;
  testId?: string;
  initialSort?: { key: string; descending: boolean };
  limit?: number;
  /** Shown in a full-width row under the row it returns something for (the row's own list). */
  detail?(row: Row): ReactNode;
}) {
  const [sort, setSort] = useState(initialSort ?? null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    const column = columns.find((c) => c.key === sort.key);
    if (!column) return rows;
    const direction = sort.descending ? -1 : 1;
    return [...rows].sort((a, b) => {
      const x = column.value(a);
      const y = column.value(b);
      if (x === y) return 0;
      if (x === null) return 1;
      if (y === null) return -1;
      return (x < y ? -1 : 1) * direction;
    });
  }, [rows, columns, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  const edges = useScrollEdges(scroller);
  const shown = useMemo(() => sorted.slice(0, limit), [sorted, limit]);
  const shownKeys = useMemo(() => shown.map(rowKey), [shown, rowKey]);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const tabStop = tabStopKey(shownKeys, focusedKey, selectedKey);
  const rowElements = useRef(new Map<string, HTMLTableRowElement>());
  const onRowKeyDown = (row: Row, index: number) => (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter') {
      onSelect?.(row);
      return;
    }
    const target = rowTarget(event.key, index, shownKeys.length);
    if (target === null) return;
    event.preventDefault();
    rowElements.current.get(shownKeys[target])?.focus();
  };
  return (
    <div className="table-frame" data-more-start={edges.moreStart} data-more-end={edges.moreEnd}>
      <div className="table-scroll" ref={scroller} style={{ scrollPaddingLeft: edges.stickyWidth }} onFocus={revealFocusedCell}>
        <table className="data-table" data-testid={testId}>
          <thead>
            <tr>
              {columns.map((column) => (
                <th key={column.key} scope="col" aria-sort={sort?.key === column.key ? (sort.descending ? 'descending' : 'ascending') : 'none'} className={column.numeric ? 'num' : undefined}>
                  <button type="button" data-testid={testId ? `${testId}-sort-${column.key}` : undefined} onClick={() => setSort((current) => ({ key: column.key, descending: current?.key === column.key ? !current.descending : column.numeric === true }))}>
                    {column.header}{sort?.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((row, index) => {
              const key = shownKeys[index];
              const more = detail?.(row);
              return (
                <Fragment key={key}>
                  <tr
                    aria-selected={selectedKey === key} onClick={() => onSelect?.(row)} tabIndex={key === tabStop ? 0 : -1}
                    onFocus={(event) => { if (event.target === event.currentTarget) setFocusedKey(key); }} onKeyDown={onRowKeyDown(row, index)}
                    ref={(element) => { if (element) rowElements.current.set(key, element); else rowElements.current.delete(key); }}
                  >
                    {columns.map((column) => (
                      <td key={column.key} className={column.numeric ? 'num' : undefined}>{column.render ? column.render(row) : cellText(column.value(row), column.numeric)}</td>
                    ))}
                  </tr>
                  {more && <tr className="row-detail"><td colSpan={columns.length}>{more}</td></tr>}
                </Fragment>
              );
            })}
          </tbody>
        </table>
        {sorted.length > limit && <p className="muted">… {sorted.length - limit}</p>}
      </div>
    </div>
  );
}
