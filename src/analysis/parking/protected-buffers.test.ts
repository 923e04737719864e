/**
 * Protected buffers cut from parking parcels (DESIGN §3.1, §3.6: ≥ 32 segments per quarter
 * circle), on hand-worked fixtures drawn in metres (see test-fixtures.ts).
 */
import { describe, expect, it } from 'vitest';
import { circleRing, subtractMultiPolygons } from '../geometry/clip';
import { multiPolygonArea, shapeDistance } from '../geometry/planar';
import { community, parcel, runParkingValue } from './parking-fixtures';
import { layersFromMetres, rect, type MetreFeature } from './test-fixtures';

const run = runParkingValue;

describe('parking: protected buffers', () => {
  it('protected buffers cut the usable area (point → circle, polygon → default 10 m buffer)', async () => {
    const layers = layersFromMetres({
      communities: [community('C', rect(0, 30, 150, 100), 1000)],
      idleLand: [parcel('tree-lot', rect(0, 0, 20, 20)), parcel('heritage-lot', rect(115, 0, 145, 20))],
      protected: [
        { properties: { id: 'tree', kind: 'ancient_tree', bufferM: 5 }, point: [10, 10] },
        { properties: { id: 'hall', kind: 'historic_building' }, ring: rect(100, 0, 110, 10) },
      ],
    });
    const out = await run(layers, { mode: 'cross' });
    const [tree, heritage] = out.parcels;
    // 400 m² minus a 128-gon of radius 5 (78.51 m²) → 321.5 m² → 10 spaces (13 without the tree).
    expect(tree.usableAreaM2).toBeCloseTo(400 - 0.5 * 128 * 25 * Math.sin((2 * Math.PI) / 128), 3);
    expect(tree.capacity).toBe(10);
    // 600 m² minus the buffered hall (5 × 10 strip plus a rounded corner, ≈ 80.7 m²) → 17 spaces.
    expect(heritage.usableAreaM2).toBeGreaterThan(519);
    expect(heritage.usableAreaM2).toBeLessThan(519.5);
    expect(heritage.capacity).toBe(17);
    expect(out.defaultsApplied.protectedBufferM).toBe(1);
  });

  it('overlapping buffers are cut once (inclusion–exclusion equals the clipper)', async () => {
    const trees: [number, number][] = [[8, 10], [12, 10], [10, 13], [30, 30]];
    const layers = layersFromMetres({
      communities: [community('C', rect(0, 30, 50, 100), 1000)],
      idleLand: [parcel('lot', rect(0, 0, 20, 20))],
      protected: trees.map(([x, y], i) => ({ properties: { id: `t${i}`, kind: 'ancient_tree', bufferM: 5 }, point: [x, y] as [number, number] })),
    });
    const out = await run(layers, { mode: 'cross' });
    const clipped = subtractMultiPolygons([[rect(0, 0, 20, 20)]], trees.map((centre) => [[circleRing(centre, 5, 32)]]));
    expect(clipped.failed).toBe(false);
    expect(out.parcels[0].usableAreaM2).toBeCloseTo(multiPolygonArea(clipped.value), 4);
  });

  it('a protected MultiPolygon with a part inside a parcel cuts its buffer from it', async () => {
    // The far part is 400 m off; the 4 × 4 m part sits in the parcel's middle: its 10 m
    // buffer (the default) must be cut, as for the same square given as a Polygon.
    const square = rect(48, 48, 52, 52);
    const withProtected = (object: MetreFeature) =>
      layersFromMetres({
        communities: [community('C', rect(0, 110, 100, 210), 1000)],
        idleLand: [parcel('P', rect(0, 0, 100, 100))],
        protected: [object],
      });
    const multi = await run(withProtected({ properties: { id: 'H', kind: 'heritage' }, rings: [rect(-400, -400, -396, -396), square] }), { mode: 'cross' });
    const single = await run(withProtected({ properties: { id: 'H', kind: 'heritage' }, ring: square }), { mode: 'cross' });
    expect(single.parcels[0].usableAreaM2).toBeLessThan(9600);
    expect(multi.parcels[0].usableAreaM2).toBeCloseTo(single.parcels[0].usableAreaM2, 3);
    expect(multi.parcels[0].capacity).toBe(single.parcels[0].capacity);
  });

  it('a non-convex historic building cuts its buffer (footprint and edge stadiums) from the parcel', async () => {
    // An L-shaped building straddling the parcel's west edge.
    const l: [number, number][] = [[-10, 30], [20, 30], [20, 40], [5, 40], [5, 50], [-10, 50], [-10, 30]];
    const layers = layersFromMetres({
      communities: [community('C', rect(0, 110, 100, 210), 1000)],
      idleLand: [parcel('P', rect(0, 0, 100, 100))],
      protected: [{ properties: { id: 'H', kind: 'historic_building' }, ring: l }],
    });
    const out = await run(layers, { mode: 'cross' });
    // Reference: the usable area by a 0.1 m grid over the parcel, each cell kept when its
    // centre lies 10 m or more from the L (the parcel's corner at the origin, as drawn).
    const building = { type: 'polygon' as const, coordinates: [[l]] };
    let kept = 0;
    for (let x = 0.05; x < 100; x += 0.1) {
      for (let y = 0.05; y < 60; y += 0.1) if (shapeDistance({ type: 'point', coordinates: [x, y] }, building) >= 10) kept++;
    }
    const usable = kept * 0.01 + 100 * 40;
    expect(out.invalidParcels).toEqual([]);
    expect(Math.abs(out.parcels[0].usableAreaM2 - usable)).toBeLessThan(1);
    expect(out.parcels[0].usableAreaM2).toBeLessThan(10000 - 25 * 30);
  });
});
