import { describe, expect, it } from 'vitest';
import { money } from './sheet-format';

describe('the sheet\'s money', () => {
  it('in 万元 with one decimal, 亿元 from 10,000 万元', () => {
    expect(money(518.2, 'zh')).toBe('518.2 万元');
    expect(money(25_660, 'zh')).toBe('2.57 亿元');
  });
  it('in English in millions of yuan, as the rest of the app', () => {
    expect(money(518.2, 'en')).toBe('¥5.18 m');
    expect(money(25_660, 'en')).toBe('¥257 m');
    expect(money(4.5, 'en')).toBe('¥0.045 m');
  });
});
