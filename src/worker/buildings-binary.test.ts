/**
 * The typed arrays deck.gl draws big building layers from, checked against values worked out by
 * hand: rings closed and rewound (outer clockwise, holes counter-clockwise, deck's default),
 * a MultiPolygon split into one polygon per part, a hole triangulated around.
 */
import { describe, expect, it } from 'vitest';
import { buildBuildingsBinary, floorColour, transferablesOf } from './buildings-binary';

const features = [
  // GeoJSON's counter-clockwise outer ring: reversed. 5 floors → the 4-floor step; 5 × 3 m.
  { geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] }, properties: { floors: 5 } },
  // Two triangles: the first counter-clockwise (reversed), the second clockwise (kept); heightM wins.
  {
    geometry: { type: 'MultiPolygon', coordinates: [[[[10, 0], [11, 0], [10, 1], [10, 0]]], [[[20, 0], [20, 1], [21, 0], [20, 0]]]] },
    properties: { floors: 12, heightM: 40 },
  },
  // A 10 × 10 square with a 2 × 2 hole given clockwise (reversed); no floors → 1 floor, 3 m.
  {
    geometry: { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]], [[2, 2], [2, 4], [4, 4], [4, 2], [2, 2]]] },
    properties: {},
  },
];

const pairs = (array: ArrayLike<number>) => Array.from({ length: array.length / 2 }, (_, i) => [array[2 * i], array[2 * i + 1]]);

describe('buildBuildingsBinary', () => {
  const binary = buildBuildingsBinary(features);

  it('gives one polygon per part, with vertex starts and the feature each came from', () => {
    expect(binary.length).toBe(4);
    expect(Array.from(binary.startIndices)).toEqual([0, 5, 9, 13, 23]);
    expect(Array.from(binary.featureOf)).toEqual([0, 1, 1, 2]);
  });

  it('closes every ring, outer rings clockwise and holes counter-clockwise', () => {
    expect(pairs(binary.positions)).toEqual([
      [0, 1], [1, 1], [1, 0], [0, 0], [0, 1],
      [10, 1], [11, 0], [10, 0], [10, 1],
      [20, 0], [20, 1], [21, 0], [20, 0],
      [0, 10], [10, 10], [10, 0], [0, 0], [0, 10],
      [4, 2], [4, 4], [2, 4], [2, 2], [4, 2],
    ]);
    expect(Array.from(binary.vertexValid)).toEqual([1, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 0, 1, 1, 1, 1, 0, 1, 1, 1, 1, 0]);
  });

  it('repeats each polygon’s colour (by floors, as the style steps) and elevation on its vertices', () => {
    const light = [0xcf, 0xd8, 0xdc, 255]; // FLOOR_STEPS 4 floors: #cfd8dc
    const dark = [0x60, 0x7d, 0x8b, 255]; // 12 floors: #607d8b
    const lowest = [0xec, 0xef, 0xf1, 255]; // below 4 floors: #eceff1
    const expected = [...Array(5).fill(light), ...Array(8).fill(dark), ...Array(10).fill(lowest)].flat();
    expect(Array.from(binary.colours)).toEqual(expected);
    expect(Array.from(binary.elevations)).toEqual([...Array(5).fill(15), ...Array(8).fill(40), ...Array(10).fill(3)]);
  });

  it('triangulates each top face inside its own vertices, covering exactly its area (hole left out)', () => {
    const triangles = pairs(binary.indices).length ? Array.from({ length: binary.indices.length / 3 }, (_, i) => Array.from(binary.indices.slice(3 * i, 3 * i + 3))) : [];
    const xy = pairs(binary.positions);
    const areaOf = ([a, b, c]: number[]) => Math.abs((xy[b][0] - xy[a][0]) * (xy[c][1] - xy[a][1]) - (xy[c][0] - xy[a][0]) * (xy[b][1] - xy[a][1])) / 2;
    const areas = [0, 0, 0, 0];
    for (const triangle of triangles) {
      const polygon = Array.from(binary.startIndices).findIndex((start, i) => triangle[0] >= start && triangle[0] < binary.startIndices[i + 1]);
      for (const vertex of triangle) expect(vertex >= binary.startIndices[polygon] && vertex < binary.startIndices[polygon + 1]).toBe(true);
      areas[polygon] += areaOf(triangle);
    }
    expect(triangles.length).toBe(2 + 1 + 1 + 8);
    expect(areas).toEqual([1, 0.5, 0.5, 96]);
  });

  it('steps colours like the style and hands over every buffer for transfer', () => {
    expect(floorColour(3.9)).toEqual([0xec, 0xef, 0xf1]);
    expect(floorColour(6)).toEqual([0xb0, 0xbe, 0xc5]);
    expect(transferablesOf(binary)).toHaveLength(7);
  });
});
