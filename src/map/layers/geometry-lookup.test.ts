import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { featuresById, featuresWithIds } from './geometry-lookup';

const collection = (): FeatureCollection => ({
  type: 'FeatureCollection',
  features: ['A', 'B', 'A', 'C'].map((id, i) => ({ type: 'Feature', properties: { id, order: i }, geometry: { type: 'Point', coordinates: [120 + i, 30] } })),
});

describe('featuresWithIds', () => {
  it('finds the feature of each id, in the ids\' order, the last of a shared id, with or without the id map built', () => {
    const ids = new Set(['C', 'A', 'Z']);
    const unbuilt = collection();
    const found = featuresWithIds(unbuilt, ids).map((feature) => feature.properties!.order);
    expect(found).toEqual([3, 2]); // C, then the second A; Z names nothing
    const built = collection();
    const byId = featuresById(built);
    expect(featuresWithIds(built, ids).map((feature) => feature.properties!.order)).toEqual(found);
    expect(featuresWithIds(built, ids)[1]).toBe(byId.get('A'));
    expect(featuresWithIds(undefined, ids)).toEqual([]);
    expect(featuresWithIds(unbuilt, new Set())).toEqual([]);
  });
});
