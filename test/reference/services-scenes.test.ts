/**
 * Community services (straight line) against the literal reference on hand-built scenes:
 * demand per type with the field defaults, facilities inside, touching and exactly at the
 * radius, candidate sites at the least area, idle buildings by floor area, the pooling modes
 * for siting, and overlapping sites.
 */
import { describe, expect, it } from 'vitest';
import { checkServices } from './run';
import { rect, sceneLayers, type Drawn } from './scene';
import { SERVICE_TYPES } from './services';

const community = (id: string, box: [number, number, number, number], extra: Record<string, unknown> = {}): Drawn => ({ properties: { id, households: 100, ...extra }, rings: [rect(...box)] });
const facility = (id: string, type: string, point: [number, number]): Drawn => ({ properties: { id, type }, point });
const idle = (id: string, box: [number, number, number, number], extra: Record<string, unknown> = {}): Drawn => ({ properties: { id, kind: 'vacant', ...extra }, rings: [rect(...box)] });

describe('coverage by existing facilities', () => {
  const layers = sceneLayers({
    communities: [
      community('inside', [0, 0, 100, 100], { population: 400, elderlyShare: 0.3 }),
      community('edge', [200, 0, 300, 100]), // facility on its boundary; population 260 by default
      community('at-300', [0, 400, 100, 500], { population: 100 }), // clinic exactly 300 m east, market 500 m
      community('beyond', [0, 1000, 100, 1100], { elderlyShare: 0.5 }), // 300.01 m
      community('none', [2000, 0, 2100, 100], { households: 0 }),
    ],
    facilities: [
      facility('c-in', 'elderly_care', [50, 50]),
      facility('c-edge', 'clinic', [300, 50]),
      facility('c-300', 'clinic', [400, 450]),
      facility('m-500', 'market', [600, 450]),
      facility('c-beyond', 'community_service', [400.01, 1050]),
      facility('child', 'childcare', [50, 1100]),
      facility('park', 'parking', [2050, 50]), // not a service type: never covers
    ],
  });

  it('agrees on demand, distance and coverage for every type, at the default radius and at the limits', async () => {
    for (const type of SERVICE_TYPES) {
      for (const radiusM of [undefined, 300, 299.99, 300.01, 500]) {
        const out = await checkServices(layers, { type, radiusM, sites: 0 });
        expect(out.problems).toEqual([]);
      }
    }
    const clinic = await checkServices(layers, { type: 'clinic', radiusM: 300, sites: 0 });
    expect(clinic.ref.communities.map((c) => c.covered)).toEqual([true, true, true, false, false]);
    const elderly = await checkServices(layers, { type: 'elderly_care', sites: 0 });
    expect(elderly.ref.communities.map((c) => c.demand)).toEqual([120, expect.closeTo(52, 9), 20, expect.closeTo(130, 9), 0]);
  });
});

describe('siting', () => {
  // Three districts in a row; every community uncovered (no facility of the type).
  const districts: Drawn[] = [
    { properties: { id: 'W' }, rings: [rect(0, 0, 1000, 1000)] },
    { properties: { id: 'E' }, rings: [rect(1000, 0, 2000, 1000)] },
  ];
  const layers = sceneLayers({
    districts,
    communities: [
      community('w1', [100, 100, 300, 300], { population: 1000 }),
      community('w2', [500, 100, 700, 300], { population: 800 }),
      community('w3', [100, 600, 300, 800], { population: 300 }),
      community('e1', [1100, 100, 1300, 300], { population: 900 }),
      community('e2', [1500, 500, 1700, 700], { population: 700 }),
      community('out', [2200, 100, 2400, 300], { population: 5000 }), // in no district
    ],
    idleLand: [
      idle('between-w', [380, 150, 400, 170]), // 400 m²: reaches w1 and w2 at ≤ 300
      idle('exact-min', [150, 400, 170, 420]), // exactly 400 m² drawn (float noise at the least area)
      idle('small', [150, 350, 160, 360]), // 100 m²: too small for most types
      idle('in-w3', [200, 650, 240, 700], { kind: 'leftover' }), // inside w3: self mode
      idle('half-e1', [1280, 150, 1320, 170], { kind: 'wasteland' }), // exactly half inside e1
      { properties: { id: 'bldg', kind: 'idle_building', floorAreaM2: 900 }, rings: [rect(1400, 300, 1410, 310)] }, // 100 m² footprint, 900 m² floor
      { properties: { id: 'bldg-nofloor', kind: 'idle_building' }, rings: [rect(1650, 300, 1670, 320)] }, // 400 m² by footprint
      idle('vacant-floor', [1900, 150, 1910, 160], { floorAreaM2: 5000 }), // floorAreaM2 only counts for idle buildings
      idle('border', [990, 200, 1010, 400]), // straddles W|E: a 50/50 tie, W first
      idle('outside', [2050, 150, 2100, 200]), // in no district, next to 'out'
      idle('at-limit', [600, 650, 620, 670]), // exactly 300 m east of w3
    ],
  });

  it('agrees on the optimum and the listed sites for every mode, K and type', async () => {
    for (const mode of ['district', 'self', 'cross'] as const) {
      for (const sites of [0, 1, 2, 3, 5]) {
        for (const type of ['elderly_care', 'clinic', 'childcare', 'community_service'] as const) {
          for (const minAreaM2 of [undefined, 400]) {
            const out = await checkServices(layers, { type, mode, sites, minAreaM2, radiusM: type === 'clinic' ? 300 : undefined });
            expect(out.problems).toEqual([]);
          }
        }
      }
    }
  });

  it('lets a site exactly half inside serve in self mode, as parking does (a random case, shrunk)', async () => {
    const half = sceneLayers({
      communities: [community('C0', [0, 0, 30, 30], { households: 1 }), community('C1', [0, 0, 30, 30], { households: 0 })],
      idleLand: [idle('P0', [0, 0, 60, 10])], // 600 m², 300 inside C0 (and C1)
    });
    const out = await checkServices(half, { type: 'elderly_care', mode: 'self', sites: 1 });
    expect(out.problems).toEqual([]);
    expect(out.engine.solver.objective).toBeCloseTo(0.52, 9);
  });

  it('reads the site area and reach as §3.6 says', async () => {
    const out = await checkServices(layers, { type: 'childcare', mode: 'district', sites: 3 });
    const area = new Map(out.ref.candidates.map((s) => [s.id, s.siteArea]));
    expect(area.get('bldg')).toBe(900);
    expect(area.get('bldg-nofloor')).toBeCloseTo(400, 6);
    expect(area.has('small') || area.has('vacant-floor')).toBe(false);
    const reach = new Map(out.ref.candidates.map((s) => [s.id, s.reach.map((c) => out.ref.communities[c].id)]));
    expect(reach.get('between-w')).toEqual(['w1', 'w2']);
    expect(reach.get('outside')).toEqual([]); // null never matches in district mode
    expect(reach.get('at-limit')).toEqual(['w3']); // inclusive
    const self = await checkServices(layers, { type: 'childcare', mode: 'self', sites: 3 });
    const selfReach = new Map(self.ref.candidates.map((s) => [s.id, s.reach.map((c) => self.ref.communities[c].id)]));
    expect(selfReach.get('in-w3')).toEqual(['w3']);
    expect(selfReach.get('half-e1')).toEqual(['e1']);
  });
});
