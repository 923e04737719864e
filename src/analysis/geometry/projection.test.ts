import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import { createLocalProjection } from './projection';

describe('createLocalProjection', () => {
  // The direct path skips proj4's transform wrapper: it must give the wrapper's numbers bit for bit.
  it('forward and inverse equal proj4 exactly', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (const [lon, lat] of [[120.15, 30.27], [116.4, 39.9], [-73.98, 40.75], [151.2, -33.87]]) {
      const projection = createLocalProjection(lon, lat);
      const converter = proj4('EPSG:4326', projection.definition);
      for (let i = 0; i < 2000; i++) {
        const lonLat = [lon + (random() - 0.5) * 0.8, lat + (random() - 0.5) * 0.8];
        expect(projection.forward(lonLat)).toEqual(converter.forward([lonLat[0], lonLat[1]]));
        const xy: [number, number] = [(random() - 0.5) * 80000, (random() - 0.5) * 80000];
        expect(projection.inverse(xy)).toEqual(converter.inverse([xy[0], xy[1]]));
      }
    }
  });

  it('non-finite input still goes through proj4 (which rejects it)', () => {
    const projection = createLocalProjection(120.15, 30.27);
    expect(() => projection.forward([NaN, 30])).toThrow();
  });
});
