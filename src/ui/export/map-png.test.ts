import { describe, expect, it } from 'vitest';
import { metresPerPixel, niceScale } from './map-png';

describe('scale bar', () => {
  it('metres per pixel at the equator, zoom 0, is the circumference over 512', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.5, 0);
  });
  it('halves with each zoom level and shrinks with latitude', () => {
    expect(metresPerPixel(30, 16) / metresPerPixel(30, 17)).toBeCloseTo(2, 9);
    expect(metresPerPixel(60, 10) / metresPerPixel(0, 10)).toBeCloseTo(0.5, 9);
  });
  it('picks a round length that fits', () => {
    expect(niceScale(1, 150)).toEqual({ metres: 100, pixels: 100 });
    expect(niceScale(2, 150)).toEqual({ metres: 200, pixels: 100 });
    expect(niceScale(0.9, 150).metres).toBe(100);
    expect(niceScale(7, 150).metres).toBe(1000);
  });
});
