import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { characterInitials, isInitialsQuery, pinyinInitials } from './pinyin-initials';

describe('pinyin initials', () => {
  it('spells a name by its initials, read from the collator (worked out by hand)', () => {
    expect(pinyinInitials('橘池北苑')).toEqual(['jcby']);
    expect(pinyinInitials('清洲片区')).toEqual(['qzpq', 'qzpo']);
    expect(pinyinInitials('秋亭街道')).toEqual(['qtjd']);
    expect(pinyinInitials('大关东十苑')).toEqual(['dgdsy', 'tgdsy']);
    expect(pinyinInitials('三塘北村')).toEqual(['stbc']);
    expect(pinyinInitials('翠苑')).toEqual(['cy']);
    expect(pinyinInitials('嵊州')).toEqual(['sz']);
    expect(pinyinInitials('衢州')).toEqual(['qz']);
    expect(pinyinInitials('阿')).toEqual(['a']);
  });

  it('keeps a polyphone\'s other readings common in names (长庆 cháng, 朝晖 zhāo, 厦 xià)', () => {
    expect(characterInitials('长')).toBe('zc');
    expect(pinyinInitials('长庆')).toEqual(['zq', 'cq']);
    expect(pinyinInitials('朝晖')).toEqual(['ch', 'zh']);
    expect(pinyinInitials('厦门')).toEqual(['sm', 'xm']);
    expect(pinyinInitials('银行')).toEqual(['yx', 'yh']);
  });

  it('keeps letters and digits, drops the rest', () => {
    expect(pinyinInitials('3号楼')).toEqual(['3hl']);
    expect(pinyinInitials('A区·东')).toEqual(['aqd', 'aod']);
    expect(pinyinInitials('（）—')).toEqual([]);
    expect(pinyinInitials('')).toEqual([]);
  });

  it('bounds the readings of a name full of polyphones', () => {
    const readings = pinyinInitials('长重厦行朝乐单曾会解');
    expect(readings.length).toBeLessThanOrEqual(16);
    expect(readings[0]).toBe('zzsxcldchj');
    expect(readings.every((reading) => reading.length === 10)).toBe(true);
  });

  it('tells an initials query: two letters or more, letters and digits only', () => {
    expect(isInitialsQuery('jcby')).toBe(true);
    expect(isInitialsQuery('3hl')).toBe(true);
    expect(isInitialsQuery('3h')).toBe(false);
    expect(isInitialsQuery('c0003')).toBe(false);
    expect(isInitialsQuery('d001x')).toBe(true);
    expect(isInitialsQuery('北苑')).toBe(false);
  });

  it('never throws, and gives lower-case letters and digits only', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => {
      const readings = pinyinInitials(text);
      expect(readings.length).toBeLessThanOrEqual(16);
      for (const reading of readings) expect(reading).toBe(reading.toLowerCase());
    }));
  });
});
