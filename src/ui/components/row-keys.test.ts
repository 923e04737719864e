import { describe, expect, it } from 'vitest';
import { ROWS_PER_PAGE, rowTarget, tabStopKey } from './row-keys';

describe('rowTarget', () => {
  it('moves by one, by a page, to either end, and stops at the edges', () => {
    expect(rowTarget('ArrowDown', 0, 5)).toBe(1);
    expect(rowTarget('ArrowDown', 4, 5)).toBe(4);
    expect(rowTarget('ArrowUp', 0, 5)).toBe(0);
    expect(rowTarget('ArrowUp', 3, 5)).toBe(2);
    expect(rowTarget('PageDown', 2, 50)).toBe(2 + ROWS_PER_PAGE);
    expect(rowTarget('PageDown', 45, 50)).toBe(49);
    expect(rowTarget('PageUp', 5, 50)).toBe(0);
    expect(rowTarget('Home', 7, 9)).toBe(0);
    expect(rowTarget('End', 0, 9)).toBe(8);
    expect(rowTarget('Enter', 0, 9)).toBeNull();
    expect(rowTarget('ArrowDown', 0, 0)).toBeNull();
  });
});

describe('tabStopKey', () => {
  it('keeps the last focused row, else the selected one, else the first, each only while shown', () => {
    expect(tabStopKey(['a', 'b', 'c'], 'c', 'b')).toBe('c');
    expect(tabStopKey(['a', 'b', 'c'], null, 'b')).toBe('b');
    expect(tabStopKey(['a', 'b', 'c'], 'z', 'y')).toBe('a');
    expect(tabStopKey([], null, null)).toBeNull();
  });
});
