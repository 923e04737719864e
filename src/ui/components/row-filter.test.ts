import { describe, expect, it } from 'vitest';
import { queryWords, rowMatches } from './row-filter';

describe('the find box of a long table', () => {
  const row = ['C0412', '翠苑一区', '西湖片区', null];
  it('finds a row by a piece of its name or its id, in any case', () => {
    expect(rowMatches(row, queryWords('翠苑'))).toBe(true);
    expect(rowMatches(row, queryWords('c04'))).toBe(true);
    expect(rowMatches(row, queryWords('  西湖  '))).toBe(true);
    expect(rowMatches(row, queryWords('翠苑二区'))).toBe(false);
  });
  it('needs every word, each in any cell', () => {
    expect(rowMatches(row, queryWords('翠苑 西湖'))).toBe(true);
    expect(rowMatches(row, queryWords('翠苑 拱墅'))).toBe(false);
  });
  it('finds a row by the pinyin initials of a Chinese cell, as 定位 does', () => {
    expect(rowMatches(row, queryWords('cyyq'))).toBe(true); // 翠苑一区
    expect(rowMatches(row, queryWords('CY xh'))).toBe(true); // 翠苑, 西湖
    expect(rowMatches(row, queryWords('cyeq'))).toBe(false); // 翠苑二区
    // The initials of a Chinese cell only: an English cell is matched by its text, not run together.
    expect(rowMatches(['C1', 'Conditional area'], queryWords('ca'))).toBe(false);
    expect(rowMatches(['C1', 'Conditional area'], queryWords('cond'))).toBe(true);
  });
  it('matches every row when nothing is typed', () => {
    expect(queryWords('   ')).toEqual([]);
    expect(rowMatches(row, [])).toBe(true);
    expect(rowMatches([], [])).toBe(true);
  });
});
