/**
 * The find box above a long table (DataTable, the life-circle matrix): what is typed, and how
 * many of the table's rows keep every word of it (row-filter.ts). From the keyboard, ↓ goes on
 * to the rows and Enter takes the first row found (a DataTable selects it: the map flies there).
 */
import type { KeyboardEvent } from 'react';
import { formatFixed } from '../../i18n/format';
import { useLang } from '../i18n';

export function FindBox({ query, onQuery, found, total, testId, onFirstRow, onToRows }: {
  query: string; onQuery(query: string): void; found: number; total: number; testId?: string;
  /** Enter: take the first row found. */
  onFirstRow?(): void;
  /** ↓: move the focus to the rows. */
  onToRows?(): void;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter' && onFirstRow && found > 0) {
      event.preventDefault();
      onFirstRow();
    } else if (event.key === 'ArrowDown' && onToRows && found > 0) {
      event.preventDefault();
      onToRows();
    }
  };
  const zh = useLang() === 'zh';
  return (
    <div className="table-find">
      <input
        type="search" value={query} onChange={(event) => onQuery(event.target.value)} onKeyDown={onKeyDown} data-testid={testId}
        placeholder={zh ? '查找：名称、编号或拼音首字母' : 'Find: name, id or pinyin initials'} aria-label={zh ? '在表中查找名称、编号或拼音首字母' : 'Find a name, id or pinyin initials in the table'}
      />
      <span className="muted" aria-live="polite">{zh ? `${formatFixed(found)} / ${formatFixed(total)} 行` : `${formatFixed(found)} of ${formatFixed(total)} rows`}</span>
    </div>
  );
}
