import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createLocalProjection, layerSetBbox } from './projection';

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
        const out = new Float64Array(4);
        projection.inverseInto(xy[0], xy[1], out, 1);
        expect([out[0], out[1], out[2], out[3]]).toEqual([0, ...converter.inverse([xy[0], xy[1]]), 0]);
      }
    }
  });

  it('non-finite input still goes through proj4 (which rejects it)', () => {
    const projection = createLocalProjection(120.15, 30.27);
    expect(() => projection.forward([NaN, 30])).toThrow();
    expect(() => projection.inverseInto(NaN, 5, new Float64Array(2), 0)).toThrow('coordinates must be finite numbers');
  });
});

describe('layerSetBbox', () => {
  /** The plain recursive walk over any nesting: a number-led array is a position. */
  const naiveBox = (geometries: unknown[]) => {
    const box = [Infinity, Infinity, -Infinity, -Infinity];
    const walk = (node: unknown): void => {
      if (!Array.isArray(node)) return;
      if (typeof node[0] === 'number') {
        const [x, y] = node;
        if (!Number.isFinite(x) || !Number.isFinite(y)) return;
        // Strict comparisons, as the walk under test: the first of equal values stays, so the
        // sign of a zero is that of the first zero met (Math.min/max would prefer −0 / +0).
        if (x < box[0]) box[0] = x;
        if (y < box[1]) box[1] = y;
        if (x > box[2]) box[2] = x;
        if (y > box[3]) box[3] = y;
        return;
      }
      node.forEach(walk);
    };
    for (const g of geometries as { type: string; coordinates?: unknown; geometries?: unknown[] }[]) {
      if (g.type === 'GeometryCollection') for (const part of g.geometries ?? []) walk((part as { coordinates: unknown }).coordinates);
      else walk(g.coordinates);
    }
    return Number.isFinite(box[0]) ? box : null;
  };

  it('is the plain recursive walk, malformed nesting included', () => {
    const leaf = fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.constant(NaN), fc.constant('x'), fc.constant(null));
    const { tree } = fc.letrec((tie) => ({ tree: fc.oneof({ depthSize: 'small' }, leaf, fc.array(tie('tree'), { maxLength: 4 })) }));
    const type = fc.constantFrom('Point', 'LineString', 'MultiPoint', 'Polygon', 'MultiLineString', 'MultiPolygon', 'Other');
    const geometry = fc.record({ type, coordinates: tree });
    const wellFormed = fc.array(fc.tuple(fc.double({ min: -180, max: 180, noNaN: true }), fc.double({ min: -90, max: 90, noNaN: true })), { minLength: 1, maxLength: 5 })
      .map((ring) => ({ type: 'MultiPolygon', coordinates: [[ring, ring], [ring]] }));
    fc.assert(
      fc.property(fc.array(fc.oneof(geometry, wellFormed), { maxLength: 6 }), (geometries) => {
        const layers = { roads: { type: 'FeatureCollection', features: geometries.map((g) => ({ type: 'Feature', properties: {}, geometry: g })) } };
        expect(layerSetBbox(layers as never)).toEqual(naiveBox(geometries));
      }),
      { numRuns: 3000 },
    );
  });
});
