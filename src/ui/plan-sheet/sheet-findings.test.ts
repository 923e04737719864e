import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LifeCircleOutput } from '../../analysis/services/life-circle';
import { SERVICE_TYPES } from '../../model/codes';
import { serviceFindings } from './sheet-findings';

const cell = (distanceM: number | null) => ({ distanceM, lifeCircle: distanceM !== null && distanceM <= 300 ? 5 : null });
const result = {
  distance: 'euclidean',
  types: SERVICE_TYPES,
  communities: [{ id: 'C1', name: null, districtId: null, services: Object.fromEntries(SERVICE_TYPES.map((type) => [type, cell(type === 'childcare' ? 288 : null)])) }],
  counts: {},
} as unknown as LifeCircleOutput;

describe('serviceFindings', () => {
  it('tells a type with no facility loaded at all (Shanghai has no 养老) from one out of reach', () => {
    const facilities: FeatureCollection = { type: 'FeatureCollection', features: [
      { type: 'Feature', properties: { id: 'F1', type: 'childcare' }, geometry: { type: 'Point', coordinates: [121.5, 31.2] } },
      { type: 'Feature', properties: { id: 'F2', type: 'canteen' }, geometry: { type: 'Point', coordinates: [121.6, 31.2] } },
    ] };
    const findings = serviceFindings(result, 'C1', facilities)!;
    const byType = Object.fromEntries(findings.map((f) => [f.type, f]));
    expect(byType.elderly_care).toMatchObject({ distanceM: null, covered: false, noFacility: true });
    expect(byType.canteen).toMatchObject({ distanceM: null, covered: false, noFacility: false });
    expect(byType.childcare).toMatchObject({ distanceM: 288, covered: true, noFacility: false });
  });
});
