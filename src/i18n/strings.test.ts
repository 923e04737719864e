import { describe, expect, it } from 'vitest';
import { en, zh } from './strings';
import { formatArea, formatCount, formatMoneyWan, formatShare } from './format';

describe('strings', () => {
  it('every Chinese key has an English string and vice versa', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
  });
});

describe('number formats (UX.md)', () => {
  it('money in 万元, 亿元 from 10,000 万元', () => {
    expect(formatMoneyWan(3250)).toBe('3,250 万元');
    expect(formatMoneyWan(25_660)).toBe('2.57 亿元');
  });
  it('areas in ㎡, hectares from 10,000 ㎡', () => {
    expect(formatArea(1234.6)).toBe('1,235 ㎡');
    expect(formatArea(25_000)).toBe('2.50 公顷');
  });
  it('shares with one decimal, counts grouped', () => {
    expect(formatShare(0.1234)).toBe('12.3%');
    expect(formatCount(12345)).toBe('12,345');
  });
});
