import { describe, expect, it } from 'vitest';
import { countNoun } from './format';

describe('countNoun', () => {
  it('says one in the singular, every other count in the plural, grouped', () => {
    expect(countNoun(1, 'error')).toBe('1 error');
    expect(countNoun(0, 'file')).toBe('0 files');
    expect(countNoun(1200, 'feature')).toBe('1,200 features');
    expect(countNoun(2, 'community', 'communities')).toBe('2 communities');
  });
});
