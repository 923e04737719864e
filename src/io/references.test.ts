/**
 * A reference to another layer that names nothing is said (it was analysed silently: a
 * building with a mistyped communityId had every unit OUTSIDE_SITE, an unknown districtId made a
 * district of its own in pooling).
 */
import { describe, expect, it } from 'vitest';
import type { LayerSet } from '../model/types';
import { danglingReferences } from './references';

const square = { type: 'Polygon' as const, coordinates: [[[120, 30], [120.001, 30], [120.001, 30.001], [120, 30], [120, 30]]] };
const features = (list: Record<string, unknown>[]) => ({ type: 'FeatureCollection' as const, features: list.map((properties) => ({ type: 'Feature' as const, geometry: square, properties })) });
const fileOf = (layer: string) => `${layer}.geojson`;

describe('danglingReferences', () => {
  it('names the building whose communityId is no community, and the feature whose districtId is no district', () => {
    const layers = {
      districts: features([{ id: 1 }, { id: 'D2' }]),
      communities: features([{ id: 'C1', districtId: '1' }, { id: 'C2', districtId: 'D3' }, { id: 'C3' }]),
      buildings: features([{ id: 'B1', communityId: 'C1' }, { id: 'B2', communityId: 'C9' }, { id: 'B3' }]),
      idleLand: features([{ id: 'P1', kind: 'vacant', districtId: 'D2' }, { id: 'P2', kind: 'vacant', districtId: 7 }]),
    } as unknown as LayerSet;
    const issues = danglingReferences(layers, fileOf);
    expect(issues.map((issue) => issue.message)).toEqual([
      'buildings.geojson: feature #2 (id "B2"), field communityId: "C9" is no community of communities.geojson, so the building is in no community (its elevator units are OUTSIDE_SITE); check the id',
      'communities.geojson: feature #2 (id "C2"), field districtId: "D3" is no district of districts.geojson, so it counts as a district of its own; check the id',
      'idleLand.geojson: feature #2 (id "P2"), field districtId: 7 is no district of districts.geojson, so it counts as a district of its own; check the id',
    ]);
    expect(issues.every((issue) => issue.severity === 'warning' && issue.code === 'UNKNOWN_REFERENCE')).toBe(true);
    expect(issues[0]).toMatchObject({ fileName: 'buildings.geojson', featureIndex: 1, featureId: 'B2', field: 'communityId' });
    expect(issues[0].messageZh).toContain('字段 communityId："C9" 不是 communities.geojson 中的小区');
  });

  it('says nothing when the layer referred to is not loaded (districts known by id only)', () => {
    const layers = { communities: features([{ id: 'C1', districtId: 'D1' }]), buildings: features([{ id: 'B1', communityId: 'C1' }]) } as unknown as LayerSet;
    expect(danglingReferences(layers, fileOf)).toEqual([]);
  });

  it('past a limit, counts the rest of one layer and field in one more warning', () => {
    const layers = {
      communities: features([{ id: 'C1' }]),
      buildings: features(Array.from({ length: 1005 }, (_, i) => ({ id: `B${i}`, communityId: i === 3 ? 'C1' : 'C9' }))),
    } as unknown as LayerSet;
    const issues = danglingReferences(layers, fileOf, 10);
    expect(issues).toHaveLength(11);
    expect(issues.slice(0, 10).every((issue) => issue.code === 'UNKNOWN_REFERENCE')).toBe(true);
    expect(issues[10]).toMatchObject({ code: 'UNKNOWN_REFERENCE_MORE', severity: 'warning', field: 'communityId' });
    expect(issues[10].message).toBe('buildings.geojson: 994 more features whose communityId is no community of communities.geojson');
    expect(issues[10].messageZh).toBe('buildings.geojson：另有 994 个要素的 communityId 不是 communities.geojson 中的小区');
    expect(danglingReferences(layers, fileOf)).toHaveLength(1004);
  });
});
