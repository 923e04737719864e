import { describe, expect, it } from 'vitest';
import { cellText } from './cell-text';

describe('table cells (audit defect 9)', () => {
  it('groups thousands in numeric columns, keeps decimals, text and the dash', () => {
    expect(cellText(4547, true)).toBe('4,547');
    expect(cellText(1413, true)).toBe('1,413');
    expect(cellText(232760, true)).toBe('232,760');
    expect(cellText(-1234567.25, true)).toBe('-1,234,567.25');
    expect(cellText(999, true)).toBe('999');
    expect(cellText(0.572, true)).toBe('0.572');
    expect(cellText(null, true)).toBe('—');
    expect(cellText('1999', true)).toBe('1999');
    expect(cellText(4547)).toBe('4547');
  });
});
