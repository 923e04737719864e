import { describe, expect, it } from 'vitest';
import { countNoun, featureCount, joinList } from './format';

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
