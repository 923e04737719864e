import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { CULLED_OUTLINES_FROM } from './outline-chunks';
import { districtChoropleth, poolingArcs } from './pooling';

/** `count` square districts D0, D1 … of 0.01° in a row eastwards from 120°E. */
function districts(count: number): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i) => {
      const x = 120 + i * 0.01;
      return { type: 'Feature', properties: { id: `D${i}` }, geometry: { type: 'Polygon', coordinates: [[[x, 30], [x + 0.01, 30], [x + 0.01, 30.01], [x, 30.01], [x, 30]]] } };
    }),
  };
}

describe('pooling map layers', () => {
  it('arcs join the districts\' inner points, leave out flows inside one district or without one, and are drawn with 24 segments', () => {
    const layer = poolingArcs(
      [
        { fromDistrictId: 'D0', toDistrictId: 'D1', spaces: 40 },
        { fromDistrictId: 'D1', toDistrictId: 'D1', spaces: 10 },
        { fromDistrictId: null, toDistrictId: 'D0', spaces: 5 },
        { fromDistrictId: 'D1', toDistrictId: 'D2', spaces: 10 },
      ],
      districts(3),
    );
    const arcs = layer.props.data as { from: [number, number]; to: [number, number]; spaces: number }[];
    expect(arcs.map((arc) => arc.spaces)).toEqual([40, 10]);
    expect(arcs[0].from[0]).toBeCloseTo(120.005, 9);
    expect(arcs[0].to[0]).toBeCloseTo(120.015, 9);
    expect(layer.props.numSegments).toBe(24);
  });

  it('the choropleth is one layer for a few districts; above the threshold its outlines are culled in chunks', () => {
    const rows = (count: number) => Array.from({ length: count }, (_, i) => ({ districtId: `D${i}`, value: i, features: 1, valued: 1 }));
    const few = districtChoropleth(rows(3), districts(3));
    expect(few.map((layer) => layer.id)).toEqual(['district-choropleth']);
    const data = few[0].props.data as FeatureCollection;
    expect(data.features.map((f) => f.properties!.aggregate)).toEqual([0, 1, 2]);
    const many = districtChoropleth(rows(CULLED_OUTLINES_FROM + 1), districts(CULLED_OUTLINES_FROM + 1));
    expect(many[0]).toMatchObject({ id: 'district-choropleth', props: { stroked: false, pickable: true } });
    expect(many.length).toBeGreaterThan(2);
    expect(many.slice(1).every((layer) => layer.id.startsWith('district-choropleth-outlines:'))).toBe(true);
  });
});
