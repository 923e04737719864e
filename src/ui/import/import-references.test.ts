import { describe, expect, it } from 'vitest';
import type { PreparedFile } from '../../io';
import type { LayerSet } from '../../model/types';
import { importReferenceIssues } from './import-references';

const square = { type: 'Polygon' as const, coordinates: [[[120, 30], [120.001, 30], [120.001, 30.001], [120, 30]]] };
const features = (list: Record<string, unknown>[]) => list.map((properties) => ({ type: 'Feature' as const, geometry: square, properties }));
const collection = (list: Record<string, unknown>[]) => ({ type: 'FeatureCollection' as const, features: features(list) });
const file = (fileName: string, role: string, list: Record<string, unknown>[]) => ({ fileName, role, features: features(list) }) as unknown as PreparedFile;

const loaded = {
  communities: collection([{ id: 'C1' }, { id: 'C2' }]),
  buildings: collection([{ id: 'B1', communityId: 'C1' }, { id: 'B2', communityId: 'C2' }]),
} as unknown as LayerSet;

describe('importReferenceIssues', () => {
  it('names the imported building whose communityId is no loaded community, when the communities are kept', () => {
    const buildings = file('楼栋.geojson', 'buildings', [{ id: 'N1', communityId: 'C1' }, { id: 'N2', communityId: 'C7' }]);
    const issues = importReferenceIssues(loaded, [buildings], 'keep');
    expect(issues.map((issue) => issue.message)).toEqual([
      '楼栋.geojson: feature #2 (id "N2"), field communityId: "C7" is no community of communities.geojson, so the building is in no community (its elevator units are OUTSIDE_SITE); check the id',
    ]);
    // Replacing the demo leaves no communities to refer to: nothing to say.
    expect(importReferenceIssues(loaded, [buildings], 'replace')).toEqual([]);
  });

  it('names the kept buildings that new communities leave without their community, by the layer file', () => {
    const communities = file('小区.zip', 'communities', [{ id: 'C1' }]);
    const issues = importReferenceIssues(loaded, [communities], 'keep');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ fileName: 'buildings.geojson', featureId: 'B2', field: 'communityId' });
    expect(issues[0].messageZh).toContain('不是 小区.zip 中的小区');
  });

  it('says nothing for tables alone or references that all match', () => {
    expect(importReferenceIssues(loaded, [file('surveys.csv', 'surveys', [{ communityId: 'C9' }])], 'keep')).toEqual([]);
    expect(importReferenceIssues(loaded, [file('b.geojson', 'buildings', [{ id: 'N1', communityId: 'C2' }])], 'keep')).toEqual([]);
  });
});
