import { describe, expect, it } from 'vitest';
import { CIRCLE_MIN_RADIUS_PX, circlesMinZoom } from './services';

const circles = (radiusM: number, centres: [number, number][]) => ({
  type: 'elderly_care' as const, radiusM, distance: 'euclidean' as const,
  circles: centres.map((centre, i) => ({ facilityId: `F${i}`, centre, radiusM })),
});

describe('the zoom from which catchment circles are drawn', () => {
  it('where a circle is 10 px in radius (worked by hand)', () => {
    expect(CIRCLE_MIN_RADIUS_PX).toBe(10);
    // 300 m at 30° N: 78,271.517 × cos 30° = 67,785.6 m a pixel at zoom 0; log2(10 × 67,785.6 / 300) = log2(2,259.5) = 11.14.
    expect(circlesMinZoom(circles(300, [[120.1, 29.9], [120.2, 30.1]]))).toBe(11.1);
    // 500 m: log2(1,355.7) = 10.4; at the equator log2(10 × 78,271.517 / 500) = log2(1,565.4) = 10.6.
    expect(circlesMinZoom(circles(500, [[120.1, 30]]))).toBe(10.4);
    expect(circlesMinZoom(circles(500, [[0, 0]]))).toBe(10.6);
  });
  it('0 without circles or a radius', () => {
    expect(circlesMinZoom(circles(300, []))).toBe(0);
    expect(circlesMinZoom(circles(0, [[120, 30]]))).toBe(0);
    expect(circlesMinZoom(circles(300, [[NaN, NaN]]))).toBe(0);
  });
});
