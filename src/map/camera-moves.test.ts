import { describe, expect, it } from 'vitest';
import { closestFit } from './camera-moves';

describe('closestFit', () => {
  // A stand-in for MapLibre's fit: a 1,000 × 600 px extent fitted in what the padding leaves.
  const zoomOf = (padding: { left: number; right: number; bottom: number }) => {
    const [width, height] = [800 - padding.left - padding.right, 550 - padding.bottom];
    return width <= 0 || height <= 0 ? undefined : Math.log2(Math.min(width / 1000, height / 600));
  };

  it('takes the padding that shows the bounds largest', () => {
    const beside = { left: 330, right: 372, bottom: 60 }; // 98 × 490 px clear
    const above = { left: 60, right: 60, bottom: 430 }; // 680 × 120 px clear
    expect(closestFit([beside, above], zoomOf)).toBe(above);
    expect(closestFit([above, beside], zoomOf)).toBe(above);
  });

  it('skips a padding the bounds cannot fit in; none when none fits (the fit then goes over the overlays)', () => {
    const none = { left: 500, right: 400, bottom: 60 };
    const some = { left: 60, right: 60, bottom: 60 };
    expect(closestFit([none, some], zoomOf)).toBe(some);
    expect(closestFit([none, { ...none, bottom: 600 }], zoomOf)).toBeNull();
    expect(closestFit([some], zoomOf)).toBe(some);
  });
});
