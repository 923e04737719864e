import { describe, expect, it } from 'vitest';
import { legendCover } from './MapLegend';

describe('legendCover', () => {
  const map = { width: 770, height: 552 };
  it('takes a strip at the left for a tall legend, at the bottom for a short wide one', () => {
    // The demo's legend at 1400 × 900: 260 × 359 px, 10 px from the left and the bottom.
    expect(legendCover(map, { width: 260, height: 359, left: 10, bottom: 10 })).toEqual({ left: 270 });
    // Folded to its title: 62 × 36 px.
    expect(legendCover(map, { width: 62, height: 36, left: 10, bottom: 10 })).toEqual({ bottom: 46 });
  });
  it('covers nothing when the legend is not shown or the map has no size', () => {
    expect(legendCover(map, null)).toEqual({});
    expect(legendCover(map, { width: 0, height: 0, left: 10, bottom: 10 })).toEqual({});
    expect(legendCover({ width: 0, height: 0 }, { width: 260, height: 359, left: 10, bottom: 10 })).toEqual({});
  });
});
