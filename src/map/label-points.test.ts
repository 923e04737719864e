import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { labelPoints } from './label-points';

const polygon = (id: string, rings: number[][][], name = id) => ({ type: 'Feature' as const, properties: { id, name }, geometry: { type: 'Polygon' as const, coordinates: rings } });

describe('community label points', () => {
  it('a square: its centre, once, with id and name', () => {
    const collection: FeatureCollection = { type: 'FeatureCollection', features: [polygon('A', [[[120, 30], [120.002, 30], [120.002, 30.002], [120, 30.002], [120, 30]]], '甲小区')] };
    const points = labelPoints(collection);
    expect(points.features).toHaveLength(1);
    const [x, y] = points.features[0].geometry.coordinates;
    expect(x).toBeCloseTo(120.001, 9);
    expect(y).toBeCloseTo(30.001, 9);
    expect(points.features[0].properties).toEqual({ id: 'A', name: '甲小区', spanDeg: expect.closeTo(0.002, 12) });
    expect(labelPoints(collection)).toBe(points);
  });

  it('a U whose centroid falls outside, or a ring whose centroid is in its courtyard: a point inside the feature instead', () => {
    // A U: 3×3 less the notch 1…2 × 1…3; its area centroid (1.5, 1.36) lies in the notch.
    const u = polygon('U', [[[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]].map(([x, y]) => [120 + x * 0.001, 30 + y * 0.001])]);
    const ring = polygon('R', [
      [[0, 0], [3, 0], [3, 3], [0, 3], [0, 0]].map(([x, y]) => [121 + x * 0.001, 30 + y * 0.001]),
      [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]].map(([x, y]) => [121 + x * 0.001, 30 + y * 0.001]),
    ]);
    const [uPoint, ringPoint] = labelPoints({ type: 'FeatureCollection', features: [u, ring] }).features.map((f) => f.geometry.coordinates);
    // The U at half height (y = 1.5): its arms 0…1 and 2…3, as wide; the first wins: (0.5, 1.5).
    const [ux, uy] = [(uPoint[0] - 120) / 0.001, (uPoint[1] - 30) / 0.001];
    expect(ux).toBeCloseTo(0.5, 6);
    expect(uy).toBeCloseTo(1.5, 6);
    // The ring around a courtyard: at y = 1.5 the stretches are 0…1 and 2…3; the first wins: (0.5, 1.5).
    const [rx, ry] = [(ringPoint[0] - 121) / 0.001, (ringPoint[1] - 30) / 0.001];
    expect(rx).toBeCloseTo(0.5, 6);
    expect(ry).toBeCloseTo(1.5, 6);
  });

  it('a multipolygon is labelled on its largest part; features without polygons get none', () => {
    const multi = { type: 'Feature' as const, properties: { id: 'M', name: 'M' }, geometry: { type: 'MultiPolygon' as const, coordinates: [
      [[[120, 30], [120.001, 30], [120.001, 30.001], [120, 30.001], [120, 30]]],
      [[[121, 30], [121.004, 30], [121.004, 30.004], [121, 30.004], [121, 30]]],
    ] } };
    const none = { type: 'Feature' as const, properties: { id: 'N' }, geometry: null };
    const points = labelPoints({ type: 'FeatureCollection', features: [multi, none as never] });
    expect(points.features).toHaveLength(1);
    expect(points.features[0].geometry.coordinates[0]).toBeCloseTo(121.002, 9);
    // Its span is the largest part's: 0.004°, not the 1.004° of both parts.
    expect(points.features[0].properties?.spanDeg).toBeCloseTo(0.004, 12);
  });
});
