import { describe, expect, it } from 'vitest';
import type { PlanarMultiPolygon, Point } from '../geometry/planar';
import { makePrism, refillPrism } from './prism';

const fields = (p: ReturnType<typeof makePrism>) => ({ bbox: [...p.bbox], heightM: p.heightM, hull: Array.from(p.hullXY), edges: Array.from(p.edges), polygon: p.polygon });

describe('refillPrism', () => {
  // A refilled shaft prism must hold exactly what a new one would (the rays read nothing else).
  it('gives makePrism’s numbers for rectangles and odd rings, refilling or falling back', () => {
    let seed = 3;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    let scratch = makePrism([[[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]], 1);
    for (let trial = 0; trial < 2000; trial++) {
      const cx = random() * 1000;
      const cy = random() * 1000;
      const angle = random() * Math.PI * 2;
      const [ux, uy] = [Math.cos(angle), Math.sin(angle)];
      const w = random() < 0.05 ? 0 : 2.4;
      const corners: Point[] = [[cx, cy], [cx + ux * w, cy + uy * w], [cx + ux * w - uy * 3.9, cy + uy * w + ux * 3.9], [cx - uy * 3.9, cy + ux * 3.9]];
      const ring: Point[] = random() < 0.1 ? [...corners, [cx + 1, cy - 2], [cx, cy]] : [...corners, [cx, cy]];
      const polygon: PlanarMultiPolygon = [[ring]];
      const height = random() * 30;
      scratch = refillPrism(scratch, polygon, height);
      expect(fields(scratch)).toEqual(fields(makePrism(polygon, height)));
    }
  });
});
