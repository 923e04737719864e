import { describe, expect, it } from 'vitest';
import { tabTarget } from './tabs';

describe('tab keys (WAI-ARIA tabs pattern)', () => {
  it('← and → move one tab, wrapping round at either end', () => {
    expect(tabTarget('ArrowRight', 0, 3)).toBe(1);
    expect(tabTarget('ArrowRight', 2, 3)).toBe(0);
    expect(tabTarget('ArrowLeft', 1, 3)).toBe(0);
    expect(tabTarget('ArrowLeft', 0, 3)).toBe(2);
  });

  it('Home and End go to the first and the last; other keys and an empty list move nothing', () => {
    expect(tabTarget('Home', 2, 3)).toBe(0);
    expect(tabTarget('End', 0, 3)).toBe(2);
    for (const key of ['Tab', 'Enter', ' ', 'ArrowDown', 'a']) expect(tabTarget(key, 1, 3)).toBeNull();
    expect(tabTarget('ArrowRight', 0, 0)).toBeNull();
  });
});
