/**
 * A district batch names the communities of DESIGN §3's district: the districtId property when
 * present, else the district holding the largest share of the community's area (real data
 * seldom has a districtId column). The engine's answer comes from the dashboard analysis.
 */
import { describe, expect, it } from 'vitest';
import { collection, rectangle } from '../../../test/fixtures/geo';
import { runDashboard } from '../../analysis/status';
import type { CommunityFeature, LayerSet } from '../../model/types';
import { batchDistricts, communityCounts, communityDistrictsFrom, districtOfCommunity, sheetCommunities } from './sheet-target';

const layers = {
  districts: collection([
    rectangle(-1000, -500, 0, 500, { id: 330102, name: '上城区' }),
    rectangle(0, -500, 1000, 500, { id: 330105, name: '拱墅区' }),
  ]),
  communities: collection([
    // No districtId: mostly in the west (70 of 100 m).
    rectangle(-70, -50, 30, 50, { id: 'A2', name: '乙' }),
    rectangle(-900, -50, -800, 50, { id: 'A1', name: '甲' }),
    // A districtId wins over geometry (text naming the numeric id).
    rectangle(100, -50, 200, 50, { id: 'A3', name: '丙', districtId: '330102' }),
    rectangle(300, -50, 400, 50, { id: 'A4', name: '丁' }),
    // In no district.
    rectangle(2000, 0, 2100, 100, { id: 'A5', name: '戊' }),
  ]),
} as unknown as LayerSet;
const communities = layers.communities!.features as CommunityFeature[];

describe('sheet target', () => {
  const result = runDashboard(layers, { year: null, filter: {} });
  if (!result.ok) throw new Error(result.error.message);
  const districts = communityDistrictsFrom(result.value.communities);

  it('finds the communities of a district without a districtId column, in id order', () => {
    expect(sheetCommunities(communities, 'district:330102', districts).map((c) => c.properties.id)).toEqual(['A1', 'A2', 'A3']);
    expect(sheetCommunities(communities, 'district:330105', districts).map((c) => c.properties.id)).toEqual(['A4']);
    expect(districtOfCommunity(communities[4], districts)).toBeNull();
    expect(Object.fromEntries(communityCounts(communities, districts))).toEqual({ 330102: 3, 330105: 1 });
  });

  it('falls back to the districtId property while the engine has not answered', () => {
    expect(sheetCommunities(communities, 'district:330102').map((c) => c.properties.id)).toEqual(['A3']);
    expect(sheetCommunities(communities, 'A4', districts).map((c) => c.properties.id)).toEqual(['A4']);
  });

  it('offers a batch only for districts holding a community, once counted (hangzhou-osm offered 萧山区（0 个小区）)', () => {
    const all = [...layers.districts!.features, { type: 'Feature', properties: { id: 330109, name: '萧山区' }, geometry: null }] as never[];
    const names = (list: readonly { properties: { name: string } }[]) => list.map((d) => d.properties.name);
    const counted = batchDistricts(all, communityCounts(communities, districts));
    expect(names(counted.offered)).toEqual(['上城区', '拱墅区']);
    expect(names(counted.empty)).toEqual(['萧山区']);
    // While counting, each is listed (its count says 计算中…).
    expect(names(batchDistricts(all, null).offered)).toEqual(['上城区', '拱墅区', '萧山区']);
  });
});
