import { describe, expect, it } from 'vitest';
import { chineseNumber, compareCells, compareNames } from './row-order';

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
  it('orders Chinese numerals in a name by their value, not their pinyin', () => {
    // By pinyin alone: 二 èr, 九 jiǔ, 六 liù, 十 shí, 一 yī (the real Hangzhou set's 大关东一苑 … 十苑).
    expect(sorted(['大关东十苑', '大关东六苑', '大关东一苑', '大关东二苑', '大关东九苑'])).toEqual(['大关东一苑', '大关东二苑', '大关东六苑', '大关东九苑', '大关东十苑']);
    expect(sorted(['朝晖十二区', '朝晖二十区', '朝晖三区', '朝晖十区'])).toEqual(['朝晖三区', '朝晖十区', '朝晖十二区', '朝晖二十区']);
    expect(sorted(['翠苑新村东二区', '翠苑2区', '翠苑一区'])).toEqual(['翠苑一区', '翠苑2区', '翠苑新村东二区']);
  });
  it('files a name that starts with a numeral under its pinyin, as a reader looks for it', () => {
    // 三塘 sān (S), 八丈井 bā (B), 五一新村 wǔ (W), 九里松 jiǔ (J), 安吉 ān (A).
    expect(sorted(['三塘北村', '五一新村', '八丈井新村', '九里松花苑', '安吉小区'])).toEqual(['安吉小区', '八丈井新村', '九里松花苑', '三塘北村', '五一新村']);
  });
  it('reads the shapes of Chinese numerals', () => {
    expect([..."一二三四五六七八九"].map(chineseNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(['十', '十五', '二十', '二十三', '一十', '二〇一九', '零'].map(chineseNumber)).toEqual([10, 15, 20, 23, 10, 2019, 0]);
    expect(['十十', '三十五六', '一二十', '零十'].map(chineseNumber)).toEqual([null, null, null, null]);
    expect(compareNames('朝晖一区', '朝晖1区')).toBe(0);
  });
});
