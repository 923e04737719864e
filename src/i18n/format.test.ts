import { describe, expect, it } from 'vitest';
import { countNoun, featureCount, formatAggregate, formatFloorArea, formatMeanWalk, formatMinimumArea, formatMoneyWan, formatUpTo, joinList, moneyAxis, numberFormat } from './format';

describe('countNoun', () => {
  it('says one in the singular, every other count in the plural, grouped', () => {
    expect(countNoun(1, 'error')).toBe('1 error');
    expect(countNoun(0, 'file')).toBe('0 files');
    expect(countNoun(1200, 'feature')).toBe('1,200 features');
    expect(countNoun(2, 'community', 'communities')).toBe('2 communities');
  });
});

describe('featureCount', () => {
  it('counts a layer\'s features, one in the singular in English', () => {
    expect(featureCount(1, 'en')).toBe('1 feature');
    expect(featureCount(1200, 'en')).toBe('1,200 features');
    expect(featureCount(12, 'zh')).toBe('12 个要素');
  });
});

describe('joinList', () => {
  it('joins Chinese items with 、 and English ones with a comma', () => {
    expect(joinList(['停车', '电梯'], 'zh')).toBe('停车、电梯');
    expect(joinList(['parking', 'elevator'], 'en')).toBe('parking, elevator');
  });
});

describe('money in English', () => {
  it('in millions of yuan everywhere, as precise as the Chinese', () => {
    expect(formatMoneyWan(3250, 'en')).toBe('¥32.50 m');
    expect(formatMoneyWan(25_660, 'en')).toBe('¥257 m');
    expect(formatMoneyWan(1370, 'en')).toBe('¥13.70 m');
  });
  it('the axis of a money chart in the same units as its tooltips', () => {
    expect(moneyAxis('en').name).toBe('¥ m');
    expect(moneyAxis('en').label(21_000)).toBe('210');
    expect(moneyAxis('zh').name).toBe('万元');
    expect(moneyAxis('zh').label(21_000)).toBe('21,000');
  });
});

describe('floor areas and area thresholds', () => {
  it('a floor area in whole ㎡, grouped, also past 10,000 ㎡ (no 公顷 for a building)', () => {
    expect(formatFloorArea(1200)).toBe('1,200 ㎡');
    expect(formatFloorArea(12_345.6)).toBe('12,346 ㎡');
  });

  it('a threshold rounded up to a whole ㎡, so the figure shown is still enough', () => {
    expect(formatMinimumArea(800)).toBe('800 ㎡');
    expect(formatMinimumArea(666.7)).toBe('667 ㎡');
    expect(formatMinimumArea(500.1)).toBe('501 ㎡');
    expect(formatMinimumArea(0.1)).toBe('1 ㎡');
    expect(formatMinimumArea(10_400)).toBe('10,400 ㎡');
  });
});

describe('formatMeanWalk', () => {
  it('says a dash, not 不可达, when nothing was allocated (the engine\'s meanWalkM is null: no one walks)', () => {
    expect(formatMeanWalk(null, 'zh')).toBe('—');
    expect(formatMeanWalk(null, 'en')).toBe('—');
    expect(formatMeanWalk(0, 'zh')).toBe('0 m');
    expect(formatMeanWalk(147.6, 'zh')).toBe('148 m');
  });
});

describe('kept number formats', () => {
  it('hands back one formatter per digits, and formats as toLocaleString would', () => {
    expect(numberFormat(2, 2)).toBe(numberFormat(2, 2));
    expect(numberFormat(0, 3)).not.toBe(numberFormat(2, 2));
    for (const value of [0, -0, 1234567.891, -9.87654, 0.0005, 1e21]) {
      for (const digits of [0, 1, 2, 3]) {
        expect(numberFormat(digits, digits).format(value)).toBe(value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
        expect(formatUpTo(value, digits)).toBe(value.toLocaleString('en-US', { maximumFractionDigits: digits }));
      }
    }
  });

  it('writes an aggregate with three decimals under 10 and none above', () => {
    expect(formatAggregate(3.14159)).toBe('3.142');
    expect(formatAggregate(-2.5)).toBe('-2.5');
    expect(formatAggregate(12345.678)).toBe('12,346');
  });
});
