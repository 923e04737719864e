import { describe, expect, it } from 'vitest';
import { rowPlace, tableSourcesOf, TABLE_SOURCES_KEY, withTableSources } from './table-sources';

const WORKBOOK = { fileName: '居民意愿.xlsx', sheet: '调查', rows: [4, 5, 7] };

describe('table sources', () => {
  it('names the workbook, the sheet and the sheet row of a stored row', () => {
    const sources = { 'surveys.csv': WORKBOOK };
    // Stored line 4 is the third record: sheet row 7 (rows 1–3 are the title and the header; row 6 was blank).
    expect(rowPlace('surveys.csv', 4, sources, true)).toBe('居民意愿.xlsx 工作表“调查”第 7 行');
    expect(rowPlace('surveys.csv', 4, sources, false)).toBe('居民意愿.xlsx, sheet "调查", row 7');
    // A CSV file's own name, its line as the import read it; a table of no known source (the demo's): the stored file.
    expect(rowPlace('elevator_votes.csv', 3, { 'elevator_votes.csv': { fileName: '表决.csv' } }, true)).toBe('表决.csv 第 3 行');
    expect(rowPlace('elevator_votes.csv', 3, sources, true)).toBe('elevator_votes.csv 第 3 行');
  });

  it('keeps the sources in the manifest beside its other keys, replacing those of the tables imported', () => {
    const first = withTableSources({ name: 'x' }, ['surveys.csv'], { 'surveys.csv': WORKBOOK });
    expect(first).toEqual({ name: 'x', [TABLE_SOURCES_KEY]: { 'surveys.csv': WORKBOOK } });
    const second = withTableSources(first, ['elevator_votes.csv'], { 'elevator_votes.csv': { fileName: '表决.csv' } });
    expect(tableSourcesOf(second)).toEqual({ 'surveys.csv': WORKBOOK, 'elevator_votes.csv': { fileName: '表决.csv' } });
    // Imported again from nowhere known: its old source goes; none left, the key goes; nothing imported, nothing changes.
    expect(withTableSources(first, ['surveys.csv'], {})).toEqual({ name: 'x' });
    expect(withTableSources(null, ['surveys.csv'], {})).toBeNull();
    expect(withTableSources(first, [], {})).toBe(first);
  });

  it('reads only well-formed entries from a saved manifest', () => {
    expect(tableSourcesOf({ [TABLE_SOURCES_KEY]: { a: { fileName: 'a.csv', rows: [1.5] }, b: { sheet: 'x' }, c: null } })).toEqual({ a: { fileName: 'a.csv' } });
    expect(tableSourcesOf(null)).toEqual({});
  });
});
