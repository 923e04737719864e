/**
 * District pooling: a hand-worked fixture with exact figures, the table's totals against the
 * parking and services results on the committed demo, and a property test that it never throws.
 */
import fc from 'fast-check';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataDir } from '../../cli/data-dir';
import { SERVICE_TYPES } from '../../model/codes';
import type { LayerSet } from '../../model/types';
import { runParking } from '../parking';
import { layersFromMetres, rect, type MetreFeature } from '../parking/test-fixtures';
import { runServices } from '../services';
import { runPooling, type PoolingOutput } from './index';

async function pooling(...args: Parameters<typeof runPooling>): Promise<PoolingOutput> {
  const result = await runPooling(...args);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const community = (id: string, ring: MetreFeature['ring'], p: Record<string, unknown>): MetreFeature => ({ properties: { id, ...p }, ring });
const zeroShares = Object.fromEntries(SERVICE_TYPES.map((t) => [t, 0]));

/*
 * D1 x 0–500, D2 x 500–1000 (both y 0–500), D3 y 500–1000 across; x ≥ 1000 is in no district.
 * Deficits (ratio 0.8): A 80 − 20 = 60, B 40, C 8 − 8 = 0, N 20. Capacities (30 m² a space):
 * P 3045 m² → 101, Q 310 → 10, L 155 → 5 (areas clear of whole spaces, so float noise cannot floor them). Reach ≤ 300 m: A–P 10, B–P 160, B–Q 10, N–L 10
 * (A–Q 310, N–Q 380 are too far). The only maximum: A←P 60, B←Q 10 + P 30, N←L 5 = 105.
 */
const fixture = layersFromMetres({
  districts: [
    { properties: { id: 'D1', name: '东片' }, ring: rect(0, 0, 500, 500) },
    { properties: { id: 'D2', name: '西片' }, ring: rect(500, 0, 1000, 500) },
    { properties: { id: 'D3' }, ring: rect(0, 500, 1000, 1000) },
  ],
  communities: [
    community('A', rect(300, 100, 400, 200), { households: 100, parkingSpaces: 20, population: 260, elderlyShare: 0.25 }),
    community('B', rect(600, 100, 700, 200), { households: 50, districtId: 'D2', population: 130, elderlyShare: 0.2 }),
    community('C', rect(100, 700, 200, 800), { households: 10, parkingSpaces: 8, population: 26, elderlyShare: 0.5 }),
    community('N', rect(1100, 100, 1200, 200), { households: 25, parkingSpaces: 0, population: 65, elderlyShare: 0.2 }),
  ],
  idleLand: [
    { properties: { id: 'P', kind: 'vacant' }, ring: rect(410, 100, 440, 201.5) },
    { properties: { id: 'Q', kind: 'wasteland' }, ring: rect(710, 100, 720, 131) },
    { properties: { id: 'W', kind: 'idle_building', floorAreaM2: 600 }, ring: rect(300, 600, 320, 610) },
    { properties: { id: 'L', kind: 'leftover' }, ring: rect(1210, 100, 1220, 115.5) },
  ],
  facilities: [
    // Elderly care reaches A (50 m) and B (255 m), not C (474 m) or N; the clinic reaches only C.
    { properties: { id: 'E', type: 'elderly_care' }, point: [350, 250] },
    { properties: { id: 'K', type: 'clinic' }, point: [150, 900] },
  ],
});

describe('pooling: hand-worked fixture', () => {
  it('gives every district row exactly', async () => {
    const out = await pooling(fixture);
    const idle = (kind: string, area: number) => ({ vacant: 0, wasteland: 0, idle_land: 0, leftover: 0, idle_building: 0, [kind]: area });
    expect(out.districts.map((d) => d.id)).toEqual(['D1', 'D2', 'D3', null]);
    const [d1, d2, d3, none] = out.districts;
    expect(d1).toMatchObject({
      name: '东片', communities: 1, households: 100, idleAreaM2: 3045, idleAreaByKind: idle('vacant', 3045), parkingCapacity: 101,
      parkingDeficit: 60, parkingMetInside: 60, parkingImported: 0, parkingExported: 30, parkingUnmet: 0,
      coverage: { ...zeroShares, elderly_care: 1 },
    });
    expect(d2).toMatchObject({
      name: '西片', households: 50, idleAreaM2: 310, idleAreaByKind: idle('wasteland', 310), parkingCapacity: 10,
      parkingDeficit: 40, parkingMetInside: 10, parkingImported: 30, parkingExported: 0, parkingUnmet: 0,
      coverage: { ...zeroShares, elderly_care: 1 },
    });
    // An idle building counts by its footprint (200 m²), not its floor area (600 m²).
    expect(d3).toMatchObject({
      name: null, households: 10, idleAreaM2: 200, idleAreaByKind: idle('idle_building', 200), parkingCapacity: 0,
      parkingDeficit: 0, parkingMetInside: 0, parkingImported: 0, parkingExported: 0, parkingUnmet: 0,
      coverage: { ...zeroShares, clinic: 1 },
    });
    // Land in no district serving a community in no district: null never matches (§3.6).
    expect(none).toMatchObject({
      name: null, households: 25, idleAreaM2: 155, idleAreaByKind: idle('leftover', 155), parkingCapacity: 5,
      parkingDeficit: 20, parkingMetInside: 0, parkingImported: 5, parkingExported: 5, parkingUnmet: 15, coverage: zeroShares,
    });
  });

  it('says which defaults its parking and coverage runs took (DESIGN §2)', async () => {
    // B has no parkingSpaces; the fixture's communities all carry population and elderlyShare.
    expect((await pooling(fixture)).defaultsApplied).toEqual({ parkingSpaces: 1, protectedBufferM: 0, population: 0, elderlyShare: 0 });
    const communities = fixture.communities!;
    const bare = { ...fixture, communities: { ...communities, features: communities.features.map((f, i) => (i === 3 ? { ...f, properties: { id: 'N', households: 25, parkingSpaces: 0 } } : f)) } } as LayerSet;
    expect((await pooling(bare)).defaultsApplied).toEqual({ parkingSpaces: 1, protectedBufferM: 0, population: 1, elderlyShare: 1 });
  });
  it('aggregates flows between districts and totals', async () => {
    const out = await pooling(fixture);
    expect(out.flows).toEqual([
      { fromDistrictId: 'D1', toDistrictId: 'D2', spaces: 30 },
      { fromDistrictId: null, toDistrictId: null, spaces: 5 },
    ]);
    expect(out.totals).toMatchObject({
      communities: 4, households: 185, idleAreaM2: 3710, parkingCapacity: 116, parkingDeficit: 120,
      parkingMetInside: 70, parkingImported: 35, parkingExported: 35, parkingUnmet: 15, parkingAllocated: 105,
    });
    // Elderly care: (65 + 26) of 65 + 26 + 13 + 13; clinic: 26 of 260 + 130 + 26 + 65.
    expect(out.totals.coverage.elderly_care).toBeCloseTo(91 / 117, 6);
    expect(out.totals.coverage.clinic).toBeCloseTo(26 / 481, 6);
    expect(out.params.parking.mode).toBe('cross');
  });

  it('always pools across districts, whatever mode is passed, and honours parking parameters', async () => {
    const out = await pooling(fixture, { mode: 'self', maxWalkM: 100 } as never);
    // Within 100 m: A←P 60, B←Q 10, N←L 5; B–P (160 m) is out.
    expect(out.totals).toMatchObject({ parkingAllocated: 75, parkingImported: 5, parkingMetInside: 70 });
    expect(out.params.parking).toMatchObject({ mode: 'cross', maxWalkM: 100 });
  });

  it('shows no null row when every feature is in a district, and reports bad input as a value', async () => {
    const inside = { ...fixture, communities: { ...fixture.communities!, features: fixture.communities!.features.slice(0, 3) } };
    const idle = { ...fixture.idleLand!, features: fixture.idleLand!.features.slice(0, 3) };
    expect((await pooling({ ...inside, idleLand: idle })).districts.map((d) => d.id)).toEqual(['D1', 'D2', 'D3']);
    const missing = await runPooling({ districts: fixture.districts });
    expect(missing).toMatchObject({ ok: false, error: { code: 'MISSING_LAYER' } });
    expect(await runPooling(fixture, { ratio: -1 })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAM' } });
    expect(await runPooling(fixture, { distance: 'crow' as never })).toMatchObject({ ok: false, error: { field: 'distance' } });
  });
});

describe('pooling: totals equal the parking and services results on the demo', () => {
  const demo = loadDataDir(join(import.meta.dirname, '../../../data/demo'));

  it('matches a cross parking run and the coverage of every service type', async () => {
    const out = await pooling(demo);
    const parking = await runParking(demo, { mode: 'cross' });
    if (!parking.ok) throw new Error(parking.error.message);
    const { totals } = parking.value;
    expect(out.totals.parkingDeficit).toBe(totals.deficit);
    expect(out.totals.parkingCapacity).toBe(totals.capacity);
    expect(out.totals.parkingAllocated).toBe(totals.allocated);
    expect(out.totals.parkingUnmet).toBe(totals.unmet);
    expect(out.totals.parkingImported).toBe(out.totals.parkingExported);
    expect(out.totals.households).toBe(parking.value.communities.reduce((sum, c) => sum + c.households, 0));
    expect(out.flows.reduce((sum, f) => sum + f.spaces, 0)).toBe(out.totals.parkingImported);
    // The demo's land-rich district lends across its border (what the map's arcs show).
    expect(out.flows.length).toBeGreaterThan(0);
    for (const type of SERVICE_TYPES) {
      const services = await runServices(demo, { type, sites: 0 });
      if (!services.ok) throw new Error(services.error.message);
      const { coveredDemand, totalDemand } = services.value.totals;
      expect(out.totals.coverage[type], type).toBeCloseTo(coveredDemand / totalDemand, 6);
      // Each district's share, weighted by its demand, adds back up to the covered demand.
      const demandByDistrict = new Map<unknown, number>();
      for (const c of services.value.communities) demandByDistrict.set(c.districtId, (demandByDistrict.get(c.districtId) ?? 0) + c.demand);
      const covered = out.districts.reduce((sum, d) => sum + (d.coverage[type] ?? 0) * (demandByDistrict.get(d.id) ?? 0), 0);
      // Shares carry 6 decimals: allow that rounding, relative to the demand.
      expect(Math.abs(covered - coveredDemand)).toBeLessThanOrEqual(1e-6 * totalDemand);
    }
  });
});

describe('pooling: never throws', () => {
  it('returns a value or an error for random layouts and parameters', async () => {
    const box = fc.tuple(fc.integer({ min: -300, max: 300 }), fc.integer({ min: -300, max: 300 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }));
    const ring = ([x, y, w, h]: [number, number, number, number]) => rect(x, y, x + w, y + h);
    await fc.assert(
      fc.asyncProperty(
        fc.array(box, { minLength: 0, maxLength: 3 }),
        fc.array(fc.record({ box, households: fc.oneof(fc.integer({ min: 0, max: 300 }), fc.constant(undefined)), district: fc.constantFrom(undefined, null, 'D0', 'X') }), { maxLength: 4 }),
        fc.array(fc.record({ box, kind: fc.constantFrom('vacant', 'wasteland', 'idle_land', 'leftover', 'idle_building') }), { maxLength: 4 }),
        fc.record({ ratio: fc.double({ min: -1, max: 2, noNaN: true }), maxWalkM: fc.integer({ min: 0, max: 400 }) }),
        async (districts, communities, parcels, params) => {
          const layers: LayerSet = layersFromMetres({
            districts: districts.map((b, i) => ({ properties: { id: `D${i}` }, ring: ring(b) })),
            communities: communities.map((c, i) => community(`C${i}`, ring(c.box), { households: c.households, ...(c.district !== undefined ? { districtId: c.district } : {}) })),
            idleLand: parcels.map((p, i) => ({ properties: { id: `I${i}`, kind: p.kind }, ring: ring(p.box) })),
            facilities: [{ properties: { id: 'F', type: 'market' }, point: [0, 0] }],
          });
          const result = await runPooling(layers, params);
          if (result.ok) {
            const { totals } = result.value;
            expect(totals.parkingImported).toBe(totals.parkingExported);
            expect(totals.parkingMetInside + totals.parkingImported).toBe(totals.parkingAllocated);
          } else expect(typeof result.error.message).toBe('string');
        },
      ),
      { numRuns: 60 },
    );
  });
});
