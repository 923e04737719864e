/**
 * A sortable table; clicking a row calls onSelect (the panels fly the map to it). Cells
 * are text only; numeric cells group thousands (cell-text.ts). A table wider than its panel
 * (片区联动's eight columns) scrolls sideways in its own box with its first column fixed, and
 * a shadow at an edge with more beyond it (scroll-edges.ts); the panel and the page never do.
 */
import { Fragment, useMemo, useRef, useState, type ReactNode } from 'react';
import { cellText } from './cell-text';
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
            {sorted.slice(0, limit).map((row) => {
              const key = rowKey(row);
              const more = detail?.(row);
              return (
                <Fragment key={key}>
                  <tr aria-selected={selectedKey === key} onClick={() => onSelect?.(row)} tabIndex={0} onKeyDown={(event) => { if (event.key === 'Enter') onSelect?.(row); }}>
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
