/**
 * Property tests on random valid scenes: never throws, footprints are valid closed GeoJSON
 * polygons, and every unit reported feasible really clears buildings, roads, protected
 * objects and the site boundary (checked with the kernel's own clipper and distance).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { line, point, polygon, scene } from '../../../test/fixtures/elevators/scene';
import type { LayerSet } from '../../model/types';
import { intersectionArea, subtractMultiPolygons } from '../geometry/clip';
import { multiPolygonArea, projectGeometry, shapeDistance } from '../geometry/planar';
import { prepareLayers } from '../prepare';
import { runElevators, unitFootprint } from '.';

const buildingArbitrary = fc.record({
  x: fc.double({ min: -120, max: 120, noNaN: true }),
  y: fc.double({ min: -120, max: 120, noNaN: true }),
  length: fc.double({ min: 6, max: 60, noNaN: true }),
  depth: fc.double({ min: 6, max: 15, noNaN: true }),
  turn: fc.double({ min: -Math.PI, max: Math.PI, noNaN: true }),
  floors: fc.integer({ min: 1, max: 18 }),
  hasElevator: fc.boolean(),
});

const sceneArbitrary = fc.record({
  buildings: fc.array(buildingArbitrary, { minLength: 1, maxLength: 12 }),
  roads: fc.array(fc.tuple(fc.double({ min: -150, max: 150, noNaN: true }), fc.double({ min: -150, max: 150, noNaN: true }), fc.integer({ min: 3, max: 12 })), { maxLength: 3 }),
  trees: fc.array(fc.tuple(fc.double({ min: -150, max: 150, noNaN: true }), fc.double({ min: -150, max: 150, noNaN: true })), { maxLength: 3 }),
});

type SceneSpec = typeof sceneArbitrary extends fc.Arbitrary<infer T> ? T : never;

function build(spec: SceneSpec): LayerSet {
  return scene({
    buildings: spec.buildings.map((b, i) => {
      const c = Math.cos(b.turn);
      const s = Math.sin(b.turn);
      const corners = [[-b.length / 2, -b.depth / 2], [b.length / 2, -b.depth / 2], [b.length / 2, b.depth / 2], [-b.length / 2, b.depth / 2]];
      return polygon(corners.map(([u, v]) => [b.x + u * c - v * s, b.y + u * s + v * c] as [number, number]), { id: `b${i}`, floors: b.floors, hasElevator: b.hasElevator });
    }),
    communities: [polygon([[-150, -150], [150, -150], [150, 150], [-150, 150]], { id: 'C', households: 300 })],
    roads: spec.roads.map(([x, y, width], i) => line([[x, -150], [y, 150]], { id: `r${i}`, widthM: width })),
    protectedObjects: spec.trees.map(([x, y], i) => point(x, y, { id: `t${i}`, kind: 'ancient_tree' })),
  });
}

describe('elevators on random scenes', () => {
  it('never throws; footprints are valid, closed, counter-clockwise polygons', () => {
    fc.assert(
      fc.property(sceneArbitrary, (spec) => {
        const result = runElevators(build(spec));
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value.footprints).toHaveLength(result.value.units.length * 8);
        for (let i = 0; i < result.value.units.length; i++) {
          const footprint = unitFootprint(result.value.footprints, i);
          expect(footprint.type).toBe('Polygon');
          const ring = footprint.coordinates[0];
          expect(ring).toHaveLength(5);
          expect(ring[0]).toEqual(ring[4]);
          expect(ring.flat().every(Number.isFinite)).toBe(true);
          let twiceArea = 0;
          for (let i = 0; i < 4; i++) twiceArea += ring[i][0] * ring[i + 1][1] - ring[i + 1][0] * ring[i][1];
          expect(twiceArea).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('every feasible unit clears buildings, roads, protected objects and the site boundary', () => {
    fc.assert(
      fc.property(sceneArbitrary, (spec) => {
        const layers = build(spec);
        const result = runElevators(layers);
        if (!result.ok) throw new Error(result.error.message);
        const prepared = prepareLayers(layers);
        const community = prepared.layer('communities').features[0].shape;
        for (const [i, unit] of result.value.units.entries()) {
          if (unit.status !== 'feasible') continue;
          const shape = projectGeometry(unitFootprint(result.value.footprints, i), prepared.projection)!;
          if (shape.type !== 'polygon' || community.type !== 'polygon') throw new Error('not a polygon');
          expect(multiPolygonArea(subtractMultiPolygons(shape.coordinates, [community.coordinates]).value)).toBeLessThan(1e-3);
          for (const building of prepared.layer('buildings').features) {
            if (building.id === unit.buildingId || building.shape.type !== 'polygon') continue;
            expect(intersectionArea(shape.coordinates, building.shape.coordinates)).toBeLessThan(1e-3);
            expect(shapeDistance(shape, building.shape)).toBeGreaterThanOrEqual(6 - 1e-6);
          }
          for (const road of prepared.layer<{ widthM: number }>('roads').features) {
            expect(shapeDistance(shape, road.shape)).toBeGreaterThanOrEqual(road.properties.widthM / 2 - 1e-6);
          }
          for (const tree of prepared.layer('protected').features) expect(shapeDistance(shape, tree.shape)).toBeGreaterThanOrEqual(10 - 1e-6);
        }
        for (const entry of result.value.units.flatMap((u) => u.sunlight)) expect(entry.hoursAfter).toBeLessThan(entry.hoursBefore);
      }),
      { numRuns: 60, seed: 11 },
    );
  });
});
