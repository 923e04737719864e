/**
 * A sortable table; clicking a row calls onSelect (the panels fly the map to it). Cells
 * are text only; numeric cells group thousands (cell-text.ts). A table wider than its panel
 * (片区联动's eight columns) scrolls sideways in its own box with its first column fixed, and
 * a shadow at an edge with more beyond it (scroll-edges.ts); the panel and the page never do.
 * The rows are one Tab stop, moved through with the arrow keys (row-keys.ts). A long table
 * draws only the rows in its box's view (virtual-lines.ts), so every row is there to scroll to,
 * and a row selected elsewhere (on the map) is scrolled into the box's view; it has a find box
 * above it that keeps the rows with every word typed in their names or ids (row-filter.ts).
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { cellText } from './cell-text';
import { rowTarget, tabStopKey } from './row-keys';
import { revealFocusedCell, useScrollEdges } from './scroll-edges';
import { rowsMatching } from './row-filter';
import { compareCells } from './row-order';
import { useVirtualLines, VIRTUAL_FROM } from './virtual-lines';
import { FindBox } from './FindBox';
import './data-table.css';

export interface Column<Row> {
  key: string;
  header: string;
  value(row: Row): number | string | null;
  render?(row: Row): ReactNode;
  numeric?: boolean;
}

export function DataTable<Row>({ rows, columns, rowKey, onSelect, selectedKey, testId, initialSort, detail }: {
  rows: readonly Row[];
  columns: Column<Row>[];
  rowKey(row: Row): string;
  onSelect?(row: Row): void;
  selectedKey?: string | null;
  testId?: string;
  initialSort?: { key: string; descending: boolean };
  /** Shown in a full-width row under the row it returns something for (the row's own list). */
  detail?(row: Row): ReactNode;
}) {
  const [sort, setSort] = useState(initialSort ?? null);
  const findable = rows.length >= VIRTUAL_FROM;
  const [query, setQuery] = useState('');
  const found = useMemo(() => {
    const texts = columns.filter((column) => !column.numeric);
    return rowsMatching(rows, findable ? query : '', (row) => [rowKey(row), ...texts.map((column) => column.value(row))]);
  }, [rows, columns, rowKey, query, findable]);
  const sorted = useMemo(() => {
    if (!sort) return found;
    const column = columns.find((c) => c.key === sort.key);
    if (!column) return found;
    const direction = sort.descending ? -1 : 1;
    return [...found].sort((a, b) => compareCells(column.value(a), column.value(b), direction));
  }, [found, columns, sort]);
  const scroller = useRef<HTMLDivElement>(null);
  const edges = useScrollEdges(scroller);
  const sortedKeys = useMemo(() => sorted.map(rowKey), [sorted, rowKey]);
  // A line is a row, or the detail under it: each is drawn (and measured) on its own.
  const lines = useMemo(() => sorted.flatMap((row, index) => {
    const more = detail?.(row);
    return more ? [{ row, index, more: null }, { row, index, more }] : [{ row, index, more: null }];
  }), [sorted, detail]);
  const lineOfRow = useMemo(() => {
    const lineOf = new Int32Array(sorted.length);
    lines.forEach((line, at) => { if (!line.more) lineOf[line.index] = at; });
    return lineOf;
  }, [lines, sorted.length]);
  const lineKey = (line: number) => sortedKeys[lines[line].index] + (lines[line].more ? ' detail' : '');
  const drawn = useVirtualLines(scroller, lines.length, lineKey);
  const drawnKeys = useMemo(() => drawn.indices.filter((line) => !lines[line].more).map((line) => sortedKeys[lines[line].index]), [drawn.indices, lines, sortedKeys]);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const tabStop = tabStopKey(drawnKeys, focusedKey, selectedKey);
  const rowElements = useRef(new Map<string, HTMLTableRowElement>());
  // A row moved to by key that was not drawn yet: focused once scrolling has drawn it.
  const focusWhenDrawn = useRef<string | null>(null);
  useEffect(() => {
    const key = focusWhenDrawn.current;
    const element = key === null ? undefined : rowElements.current.get(key);
    if (element) {
      focusWhenDrawn.current = null;
      element.focus();
    }
  });
  // A row selected on the map (or by another panel) is brought into the box's view: only when
  // the selection or its line changes, never on a re-render (scrolling re-renders the table).
  const selectedIndex = selectedKey == null ? -1 : sortedKeys.indexOf(selectedKey);
  const selectedLine = selectedIndex >= 0 ? lineOfRow[selectedIndex] : -1;
  const reveal = useRef(drawn.reveal);
  reveal.current = drawn.reveal;
  useEffect(() => {
    if (selectedLine >= 0) reveal.current(selectedLine);
  }, [selectedKey, selectedLine]);
  // Focuses row `index` of the order, scrolling it into the box (and drawing it) first if need be.
  const focusRow = (index: number) => {
    const element = rowElements.current.get(sortedKeys[index]);
    if (element && drawn.indices.includes(lineOfRow[index])) {
      element.focus();
      return;
    }
    focusWhenDrawn.current = sortedKeys[index];
    drawn.reveal(lineOfRow[index]);
  };
  const onRowKeyDown = (row: Row, index: number) => (event: KeyboardEvent<HTMLTableRowElement>) => {
    if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Enter') {
      onSelect?.(row);
      return;
    }
    const target = rowTarget(event.key, index, sortedKeys.length);
    if (target === null) return;
    event.preventDefault();
    focusRow(target);
  };
  return (
    <>
    {findable && (
      <FindBox
        query={query} onQuery={setQuery} found={found.length} total={rows.length} testId={testId ? `${testId}-find` : undefined}
        onFirstRow={onSelect && (() => onSelect(sorted[0]))} onToRows={() => focusRow(0)}
      />
    )}
    <div className="table-frame" data-more-start={edges.moreStart} data-more-end={edges.moreEnd}>
      <div className="table-scroll" ref={scroller} style={{ scrollPaddingLeft: edges.stickyWidth }} onFocus={revealFocusedCell}>
        <table className="data-table" data-testid={testId} aria-rowcount={drawn.virtual ? sorted.length + 1 : undefined}>
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
            <SpacerLine height={drawn.before} columns={columns.length} />
            {drawn.indices.map((line) => {
              const { row, index, more } = lines[line];
              const key = sortedKeys[index];
              if (more) return <tr key={`${key} detail`} className="row-detail" data-index={line} ref={drawn.measure}><td colSpan={columns.length}>{more}</td></tr>;
              return (
                <tr
                  key={key} data-index={line} aria-rowindex={drawn.virtual ? index + 2 : undefined}
                  aria-selected={selectedKey === key} onClick={() => onSelect?.(row)} tabIndex={key === tabStop ? 0 : -1}
                  onFocus={(event) => { if (event.target === event.currentTarget) setFocusedKey(key); }} onKeyDown={onRowKeyDown(row, index)}
                  ref={(element) => {
                    if (element) rowElements.current.set(key, element);
                    else rowElements.current.delete(key);
                    drawn.measure(element);
                  }}
                >
                  {columns.map((column) => (
                    <td key={column.key} className={column.numeric ? 'num' : undefined}>{column.render ? column.render(row) : cellText(column.value(row), column.numeric)}</td>
                  ))}
                </tr>
              );
            })}
            <SpacerLine height={drawn.after} columns={columns.length} />
          </tbody>
        </table>
      </div>
    </div>
    </>
  );
}

/** Stands for the lines of a long table not drawn (virtual-lines.ts); nothing when there are none. */
export function SpacerLine({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return <tr className="virtual-space" aria-hidden="true" style={{ height }}><td colSpan={columns} /></tr>;
}
