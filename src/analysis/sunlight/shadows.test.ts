import { describe, expect, it } from 'vitest';
import { polygon, rectangle, scene } from '../../../test/fixtures/elevators/scene';
import { multiPolygonArea, projectGeometry } from '../geometry/planar';
import { prepareLayers } from '../prepare';
import { shadowPolygons, sweepPolygon } from './shadows';

describe('shadow polygons', () => {
  it('a 30 m tower at true solar noon casts 30 / tan(39.65°) ≈ 36.2 m due north', () => {
    const layers = scene({ buildings: [rectangle(0, 0, 10, 10, { id: 'T', heightM: 30 })] });
    const result = shadowPolygons(layers, { hour: 12 });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.sun.azimuthDeg).toBeCloseTo(180, 1);
    const length = 30 / Math.tan((result.value.sun.altitudeDeg * Math.PI) / 180);
    expect(length).toBeCloseTo(36.2, 0);
    const shape = projectGeometry(result.value.shadows.features[0].geometry, prepareLayers(layers).projection)!;
    if (shape.type !== 'polygon') throw new Error('not a polygon');
    const ys = shape.coordinates[0][0].map((p) => p[1]);
    expect(Math.max(...ys)).toBeCloseTo(10 + length, 1);
    expect(Math.min(...ys)).toBeCloseTo(0, 1);
    expect(multiPolygonArea(shape.coordinates)).toBeCloseTo(10 * (10 + length), -1);
  });

  it('adds planned shafts 1.5 m above their building; nothing when the sun is down', () => {
    const layers = scene({ buildings: [rectangle(0, 0, 24, 10, { id: 'B', floors: 6 })] });
    const footprint = rectangle(4.8, 10, 7.2, 13.9, {}).geometry;
    const result = shadowPolygons(layers, { minutesFromNoon: -120, shafts: [{ footprint, buildingId: 'B' }] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.shadows.features.map((f) => [f.properties.kind, f.properties.heightM])).toEqual([['building', 18], ['shaft', 19.5]]);
    const night = shadowPolygons(layers, { hour: 5 });
    expect(night.ok && night.value.shadows.features.length).toBe(0);
  });

  it('sweeps a concave footprint exactly: an L of 300 m² moved 10 m east covers the union of its positions', () => {
    const l = polygon([[0, 0], [20, 0], [20, 10], [10, 10], [10, 20], [0, 20]], {});
    const shape = projectGeometry(l.geometry, prepareLayers(scene({ buildings: [l as never] })).projection)!;
    if (shape.type !== 'polygon') throw new Error('not a polygon');
    // Swept 10 m east: bottom bar 30 × 10 plus upper arm 20 × 10 = 500 m².
    expect(multiPolygonArea(sweepPolygon(shape.coordinates[0], 10, 0))).toBeCloseTo(500, 0);
  });
});
