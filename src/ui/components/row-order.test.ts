import { describe, expect, it } from 'vitest';
import { compareCells } from './row-order';

const sorted = (cells: (number | string | null)[], direction: 1 | -1 = 1) => [...cells].sort((a, b) => compareCells(a, b, direction));

describe('the order of a sorted column', () => {
  it('orders Chinese names by pinyin, not by code point', () => {
    // By code point 中 (4E2D) 北 (5317) 安 (5B89); by pinyin ān, běi, zhōng.
    expect(sorted(['中山小区', '北山小区', '安吉小区'])).toEqual(['安吉小区', '北山小区', '中山小区']);
  });
  it('orders ids with numbers in them as numbers', () => {
    expect(sorted(['C10', 'C2', 'C1'])).toEqual(['C1', 'C2', 'C10']);
  });
  it('orders numbers by value, either way, with no value last either way', () => {
    expect(sorted([3, null, 10, 2])).toEqual([2, 3, 10, null]);
    expect(sorted([3, null, 10, 2], -1)).toEqual([10, 3, 2, null]);
    expect(sorted(['北', null, '安'], -1)).toEqual(['北', '安', null]);
  });
});
