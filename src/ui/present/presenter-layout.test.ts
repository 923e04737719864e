import { describe, expect, it } from 'vitest';
import { NO_INSETS, presenterInsets, presenterViewSize, samePadding } from './presenter-layout';

describe('presenter layout', () => {
  it('keeps the clock row, the legend column and the card row clear on a projector-sized window', () => {
    expect(presenterInsets([1280, 720])).toEqual({ top: 56, right: 352, bottom: 240, left: 24 });
    // 1280 − 24 − 352 by 720 − 56 − 240.
    expect(presenterViewSize([1280, 720])).toEqual([904, 424]);
    expect(presenterViewSize([1920, 1080])).toEqual([1544, 784]);
  });

  it('takes at most 40 % of a side on a small window, so the scene stays large', () => {
    const insets = presenterInsets([600, 400]);
    expect(insets.right).toBe(240);
    expect(insets.bottom).toBe(160);
    expect(insets.top).toBe(56);
    expect(presenterViewSize([600, 400])).toEqual([600 - 24 - 240, 400 - 56 - 160]);
  });

  it('compares paddings to half a pixel, a missing side as 0', () => {
    expect(samePadding({ top: 56.2, right: 352, bottom: 240, left: 24 }, presenterInsets([1280, 720]))).toBe(true);
    expect(samePadding({}, NO_INSETS)).toBe(true);
    expect(samePadding({ top: 0, right: 0, bottom: 0, left: 0 }, presenterInsets([1280, 720]))).toBe(false);
  });
});
