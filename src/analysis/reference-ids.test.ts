/**
 * A reference (districtId, communityId) written as text names the feature whose id is that
 * number: a spreadsheet's "1" next to a Shapefile's 1. Found by the design audit: district
 * mode matched nothing and pooling listed every district twice, with no warning.
 */
import { describe, expect, it } from 'vitest';
import { collection, deepFreeze, rectangle } from '../../test/fixtures/geo';
import type { FeatureId, LayerSet } from '../model/types';
import { runElevators } from './elevators';
import { runParking } from './parking';
import { runPooling } from './pooling';
import { prepareLayers } from './prepare';
import { runSummary } from './summary';

/** Districts 1 (west) and 2 (east) by number; the communities name theirs as text. */
function mixedIds(): LayerSet {
  return deepFreeze({
    districts: collection([rectangle(-500, -500, 0, 500, { id: 1, name: '西' }), rectangle(0, -500, 500, 500, { id: 2, name: '东' })]),
    communities: collection([
      rectangle(-200, 0, -100, 100, { id: 11, districtId: '1', households: 100 }),
      rectangle(100, 0, 200, 100, { id: 12, districtId: '2', households: 50 }),
    ]),
    // Each community's parcel lies in the other's district but within walking distance of its own community only.
    idleLand: collection([rectangle(210, 0, 260, 60, { id: 'P1', kind: 'vacant' as const }), rectangle(-90, 0, -40, 60, { id: 'P2', kind: 'vacant' as const })]),
    buildings: collection([rectangle(-190, 10, -130, 22, { id: 'B1', communityId: '11', floors: 6, hasElevator: false })]),
  }) as LayerSet;
}

describe('references by text to numeric ids', () => {
  it('districtOf gives the district\'s own id, typed as in the districts layer; an unknown reference stays as it is', () => {
    const layers = mixedIds();
    const prepared = prepareLayers(layers);
    expect(prepared.districtOf('communities', 0)).toBe(1);
    expect(prepared.districtOf('communities', 1)).toBe(2);
    expect(prepared.canonicalId('districts', 2)).toBe(2);
    expect(prepared.canonicalId('districts', '9')).toBe('9');
    expect(prepared.canonicalId('communities', '11')).toBe(11);
  });

  it('parking in district mode pairs each community with the parcel of its district (by hand: 80 + 40 spaces)', async () => {
    // Demand 0.8 × households: 80 and 40; supply 0. P2 (3,000 m²) is in district 1 with community 11, P1 in district 2 with 12.
    const result = await runParking(mixedIds(), { mode: 'district' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.totals.allocated).toBe(120);
    expect(result.value.communities.map((c) => c.districtId)).toEqual([1, 2]);
  });

  it('pooling lists each district once', async () => {
    const result = await runPooling(mixedIds());
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.districts.map((row) => row.id)).toEqual([1, 2]);
  });

  it('a building\'s communityId "11" names community 11: its district in the summary, its site for the elevators', () => {
    const summary = runSummary(mixedIds());
    if (!summary.ok) throw new Error(summary.error.message);
    expect(summary.value.districts.find((row) => row.id === 1)?.buildings).toBe(1);
    const elevators = runElevators(mixedIds());
    if (!elevators.ok) throw new Error(elevators.error.message);
    expect(elevators.value.buildings.map((row) => row.communityId)).toEqual([11]);
    expect(elevators.value.units.every((unit) => !unit.reasons.includes('OUTSIDE_SITE'))).toBe(true);
  });
});

/** No districts layer: the communities write their district as text, the parcels as numbers. */
function mixedWithoutDistricts(communityDistricts: [FeatureId, FeatureId], parcelDistricts: [FeatureId, FeatureId]): LayerSet {
  return deepFreeze({
    communities: collection([
      rectangle(-200, 0, -100, 100, { id: 11, districtId: communityDistricts[0], households: 100 }),
      rectangle(100, 0, 200, 100, { id: 12, districtId: communityDistricts[1], households: 50 }),
    ]),
    // P1 lies 10 m from community 12, P2 10 m from 11; P1 is 310 m from 11 and P2 140 m from 12.
    idleLand: collection([
      rectangle(210, 0, 260, 60, { id: 'P1', kind: 'vacant' as const, districtId: parcelDistricts[0] }),
      rectangle(-90, 0, -40, 60, { id: 'P2', kind: 'vacant' as const, districtId: parcelDistricts[1] }),
    ]),
  }) as LayerSet;
}

describe('district references without a districts layer', () => {
  it('"1" and 1 are one district, written as the first layer wrote it (communities before idle land)', async () => {
    const layers = mixedWithoutDistricts(['1', '2'], [1, 2]);
    const prepared = prepareLayers(layers);
    expect(prepared.districtOf('communities', 0)).toBe('1');
    expect(prepared.districtOf('idleLand', 0)).toBe('1');
    // By hand: 11 (district 1) has only P1 in its district, 310 m away: nothing. 12 (district 2)
    // has P2, 140 m away: its 40 spaces (0.8 × 50). Before, "2" never met 2: nothing at all.
    const parking = await runParking(layers, { mode: 'district' });
    if (!parking.ok) throw new Error(parking.error.message);
    expect(parking.value.totals.allocated).toBe(40);
    expect(parking.value.parcels.map((parcel) => parcel.districtId)).toEqual(['1', '2']);
    const pooling = await runPooling(layers);
    if (!pooling.ok) throw new Error(pooling.error.message);
    expect(pooling.value.districts.map((row) => row.id)).toEqual(['1', '2']);
  });

  it('pairs a community with its district\'s parcel when the text and the number agree (by hand: 80 + 40 spaces)', async () => {
    const layers = mixedWithoutDistricts(['1', '2'], [2, 1]);
    const parking = await runParking(layers, { mode: 'district' });
    if (!parking.ok) throw new Error(parking.error.message);
    expect(parking.value.totals.allocated).toBe(120);
  });

  it('data that writes every reference one way keeps it as written', () => {
    const prepared = prepareLayers(mixedWithoutDistricts([1, 2], [2, 1]));
    expect(prepared.districtOf('communities', 1)).toBe(2);
    expect(prepared.districtOf('idleLand', 1)).toBe(1);
  });
});
