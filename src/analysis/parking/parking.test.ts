/**
 * Hand-worked parking fixtures with known answers (drawn in metres, see test-fixtures.ts).
 * Protected buffers are in protected-buffers.test.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { DEFAULT_PARKING_PARAMS, parkingDemand, runParking, runParkingModes } from './index';
import { community, parcel, runParkingValue } from './parking-fixtures';
import { layersFromMetres, rect } from './test-fixtures';

const run = runParkingValue;

describe('parking: allocation is the true optimum', () => {
  // A and B each lack 10 spaces. P (10 spaces) is nearest to both; Q (10) only A reaches.
  // Nearest-first gives A→P and leaves B with nothing (10); the optimum is A→Q, B→P (20).
  const layers = layersFromMetres({
    districts: [{ properties: { id: 'D1' }, ring: rect(-1000, -1000, 1000, 1000) }],
    communities: [community('A', rect(0, 0, 100, 100), 10), community('B', rect(200, 0, 300, 100), 10)],
    idleLand: [parcel('P', rect(110, 0, 180, 4.5)), parcel('Q', rect(-80.5, 0, -50, 10), 'wasteland')],
  });

  it('beats nearest-first and minimises the walk among maximal totals', async () => {
    const out = await run(layers, { ratio: 1, maxWalkM: 100 });
    expect(out.parcels.map((p) => p.capacity)).toEqual([10, 10]);
    expect(out.totals).toEqual({ demand: 20, supply: 0, deficit: 20, capacity: 20, allocated: 20, unmet: 0 });
    expect(out.cost).toBeCloseTo(10 * 50 + 10 * 20, 6);
    expect(out.solver.solverComponents).toBe(1); // a true two-by-two component went to HiGHS
    const flows = Object.fromEntries(out.flows.map((f) => [`${f.communityId}-${f.parcelId}`, f.spaces]));
    expect(flows).toEqual({ 'A-Q': 10, 'B-P': 10 });
    expect(out.meanWalkM).toBeCloseTo(35, 6);
    expect(out.parcelsUsed).toBe(2);
  });

  it('picks the cheaper of two maximal allocations', async () => {
    // A, B lack 5 each; P, Q hold 5 each. A–P 10, B–Q 22.4 beats A–Q 120.4, B–P 90.1 (m).
    const twin = layersFromMetres({
      communities: [community('A', rect(0, 0, 10, 10), 5), community('B', rect(0, 100, 10, 110), 5)],
      idleLand: [parcel('P', rect(20, 0, 35, 10.5)), parcel('Q', rect(20, 130, 35, 140.5))],
    });
    const out = await run(twin, { ratio: 1, mode: 'cross' });
    expect(out.totals.allocated).toBe(10);
    const flows = Object.fromEntries(out.flows.map((f) => [`${f.communityId}-${f.parcelId}`, f.spaces]));
    expect(flows).toEqual({ 'A-P': 5, 'B-Q': 5 });
  });
});

describe('parking: pooling modes and eligibility', () => {
  // C lacks 100 spaces; every parcel is 40 × 10 m = 400 m² → 13 spaces.
  const layers = layersFromMetres({
    districts: [
      { properties: { id: 'D1' }, ring: rect(-1000, -200, 0, 200) },
      { properties: { id: 'D2' }, ring: rect(0, -200, 1000, 200) },
    ],
    communities: [community('C', rect(-300, -100, -100, 100), 100)],
    idleLand: [
      parcel('half', rect(-120, 0, -80, 10)), // exactly 50 % inside C
      parcel('under-half', rect(-115, 20, -75, 30), 'leftover'), // 37.5 % inside C, D1
      parcel('d2-150', rect(50, 0, 90, 10), 'idle_land'), // D2, 150 m away
      parcel('d2-300', rect(200, 0, 240, 10)), // D2, exactly 300 m away
      parcel('d1-300.5', rect(-640.5, 0, -600.5, 10)), // D1, 300.5 m away
      parcel('nowhere', rect(-220, 210, -180, 220)), // in no district, 110 m away
      parcel('building', rect(-200, -50, -160, -40), 'idle_building'), // not a parking kind
    ],
  });

  it('self: a parcel exactly half inside counts, less than half does not', async () => {
    const out = await run(layers, { ratio: 1, mode: 'self' });
    expect(out.flows.map((f) => f.parcelId)).toEqual(['half']);
    expect(out.totals.allocated).toBe(13);
  });

  it('district: same district only; null district never matches', async () => {
    const out = await run(layers, { ratio: 1, mode: 'district' });
    expect(out.flows.map((f) => f.parcelId).sort()).toEqual(['half', 'under-half']);
    expect(out.parcels.find((p) => p.id === 'nowhere')?.districtId).toBeNull();
    expect(out.communities[0].districtId).toBe('D1');
  });

  it('cross: any district, walking limit inclusive', async () => {
    const out = await run(layers, { ratio: 1, mode: 'cross' });
    expect(out.flows.map((f) => f.parcelId).sort()).toEqual(['d2-150', 'd2-300', 'half', 'nowhere', 'under-half']);
    expect(out.flows.find((f) => f.parcelId === 'd2-300')?.distanceM).toBeCloseTo(300, 6);
    expect(out.totals.allocated).toBe(65);
    expect(out.totals.capacity).toBe(78); // every retained parking parcel, the idle building excluded
    expect(out.parcels.map((p) => p.id)).not.toContain('building');
  });

  it('a longer walk reaches the 300.5 m parcel (the pair cache grows)', async () => {
    const out = await run(layers, { ratio: 1, mode: 'cross', maxWalkM: 301 });
    expect(out.flows.map((f) => f.parcelId)).toContain('d1-300.5');
    const back = await run(layers, { ratio: 1, mode: 'cross', maxWalkM: 300 });
    expect(back.flows.map((f) => f.parcelId)).not.toContain('d1-300.5');
  });

  it('runParkingModes summarises the three modes', async () => {
    const result = await runParkingModes(layers, { ratio: 1 });
    expect(result.ok && result.value.map((s) => [s.mode, s.allocated, s.unmet, s.parcelsUsed])).toEqual([
      ['self', 13, 87, 1],
      ['district', 26, 74, 2],
      ['cross', 65, 35, 5],
    ]);
  });

  it('two communities outside every district never pool in district mode', async () => {
    const outside = layersFromMetres({
      districts: [{ properties: { id: 'D1' }, ring: rect(0, 0, 100, 100) }],
      communities: [community('X', rect(500, 500, 600, 600), 20)],
      idleLand: [parcel('Y', rect(610, 500, 650, 510))],
    });
    expect((await run(outside, { ratio: 1, mode: 'district' })).totals.allocated).toBe(0);
    expect((await run(outside, { ratio: 1, mode: 'cross' })).totals.allocated).toBe(13);
  });
});

describe('parking: capacity', () => {
  it('a MultiPolygon parcel counts all its parts, with a tree cutting one of them', async () => {
    const layers = layersFromMetres({
      communities: [community('C', rect(0, 30, 100, 100), 100)],
      idleLand: [{ properties: { id: 'two-part', kind: 'vacant' }, rings: [rect(0, 0, 10, 20), rect(20, 0, 30, 20)] }],
      protected: [{ properties: { id: 'tree', kind: 'ancient_tree', bufferM: 3 }, point: [5, 10] }],
    });
    const out = await run(layers, { ratio: 1, mode: 'cross' });
    const circle = 0.5 * 128 * 9 * Math.sin((2 * Math.PI) / 128);
    expect(out.parcels[0].usableAreaM2).toBeCloseTo(400 - circle, 4);
    expect(out.parcels[0].capacity).toBe(12);
    expect(out.totals.allocated).toBe(12);
  });

  it('a MultiPolygon parcel whose second part lies inside the community is at distance 0', async () => {
    // 100 + 400 m²: 80 % inside C (self mode counts it), 16 spaces. Before, only the first
    // part's vertex was tested for containment, so the parcel read as 40 m away.
    const layers = layersFromMetres({
      districts: [{ properties: { id: 'D1' }, ring: rect(-500, -500, 500, 500) }],
      communities: [community('C', rect(0, 0, 100, 100), 100, { parkingSpaces: 0 })],
      idleLand: [{ properties: { id: 'split', kind: 'vacant' }, rings: [rect(200, 0, 210, 10), rect(40, 40, 60, 60)] }],
    });
    for (const mode of ['self', 'district'] as const) {
      const out = await run(layers, { mode });
      expect(out.totals.allocated, mode).toBe(16);
      expect(out.flows.map((f) => f.distanceM), mode).toEqual([0]);
    }
  });

  it('minSpaces is compared after × levels; dropped parcels stay listed with retained false', async () => {
    const layers = layersFromMetres({
      communities: [community('C', rect(0, 0, 100, 100), 100)],
      idleLand: [parcel('small', rect(110, 0, 123.5, 10))], // 135 m² → 4 spaces
    });
    const one = await run(layers, { ratio: 1 });
    expect(one.parcels).toMatchObject([{ id: 'small', capacity: 4, retained: false, allocated: 0 }]);
    expect(one.totals.capacity).toBe(0);
    const two = await run(layers, { ratio: 1, levels: 2, mode: 'cross' });
    expect(two.parcels).toMatchObject([{ id: 'small', capacity: 8, retained: true, allocated: 8 }]);
  });

  it('a parcel drawn at an exact multiple of areaPerSpace holds that many spaces, whatever the float noise', async () => {
    // 10 × 30 m, 300 ㎡ as drawn: after the lon/lat round trip it can read 299.99999998 ㎡, and
    // a plain floor gave 9 spaces of 30 ㎡. The quotient is rounded to 6 decimals first, as demand's product is.
    for (const [x, y] of [[110, 0], [133.3, 71.9], [-512.7, 403.1], [1234.5, -987.6]]) {
      const layers = layersFromMetres({
        communities: [community('C', rect(0, 0, 100, 100), 100)],
        idleLand: [parcel('exact', rect(x, y, x + 10, y + 30))],
      });
      const out = await run(layers, { ratio: 1, mode: 'cross', maxWalkM: 5000 });
      expect(out.parcels[0].capacity, `at ${x}, ${y}: ${out.parcels[0].usableAreaM2} ㎡`).toBe(10);
    }
  });
});

describe('parking: districts, demand and errors', () => {
  const tie = (first: string, second: string) =>
    layersFromMetres({
      districts: [
        { properties: { id: first }, ring: first === 'W' ? rect(0, 0, 100, 100) : rect(100, 0, 200, 100) },
        { properties: { id: second }, ring: second === 'W' ? rect(0, 0, 100, 100) : rect(100, 0, 200, 100) },
      ],
      communities: [community('C', rect(60, 60, 140, 90), 10)],
      idleLand: [parcel('P', rect(80, 10, 120, 20))], // half in W, half in E
    });

  it('a tie for the largest share goes to the district first in file order', async () => {
    expect((await run(tie('W', 'E'))).parcels[0].districtId).toBe('W');
    expect((await run(tie('E', 'W'))).parcels[0].districtId).toBe('E');
  });

  it('demand rounds households × ratio to 6 decimals before the ceiling', async () => {
    expect(parkingDemand(50, 1.1)).toBe(55);
    expect(parkingDemand(10, 0.7)).toBe(7); // 7.000000000000001 in floating point
    expect(parkingDemand(3, 0.5)).toBe(2);
    const layers = layersFromMetres({
      communities: [community('C', rect(0, 0, 10, 10), 50, { parkingSpaces: 20 }), community('D', rect(20, 0, 30, 10), 7)],
    });
    const out = await run(layers, { ratio: 1.1 });
    expect(out.communities.map((c) => [c.demand, c.supply, c.deficit])).toEqual([
      [55, 20, 35],
      [8, 0, 8],
    ]);
    expect(out.defaultsApplied.parkingSpaces).toBe(1);
  });

  it('missing households is an error naming every such community', async () => {
    const layers = layersFromMetres({
      communities: [
        community('ok', rect(0, 0, 10, 10), 5),
        { properties: { id: 'no-hh-1' }, ring: rect(20, 0, 30, 10) },
        { properties: { id: 'no-hh-2', households: 'many' }, ring: rect(40, 0, 50, 10) },
      ],
    });
    const result = await runParking(layers);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('MISSING_FIELD');
    expect(result.error.featureIds).toEqual(['no-hh-1', 'no-hh-2']);
    expect(result.error.field).toBe('households');
    expect(result.error.message).toContain('no-hh-1');
  });

  it('parcels with invalid geometry are reported by id and left out', async () => {
    const layers = layersFromMetres({
      communities: [community('C', rect(0, 0, 100, 100), 100)],
      idleLand: [
        parcel('good', rect(110, 0, 150, 10)),
        parcel('bowtie', [[110, 20], [150, 40], [150, 20], [110, 40], [110, 20]]),
        parcel('open', rect(110, 50, 150, 60)),
        parcel('nan', rect(110, 70, 150, 80)),
      ],
    });
    const features = layers.idleLand!.features;
    (features[2].geometry as Polygon).coordinates[0].pop(); // unclosed
    (features[3].geometry as Polygon).coordinates[0][1] = [Number.NaN, 30.27];
    const out = await run(layers, { ratio: 1 });
    expect(out.invalidParcels).toEqual(['bowtie', 'open', 'nan']);
    expect(out.invalidParcelReasons.map((p) => p.reason)).toEqual(['SELF_INTERSECTION', 'NOT_CLOSED', 'BAD_COORDINATE']);
    expect(out.parcels.map((p) => p.id)).toEqual(['good']);
  });

  it('bad parameters are error values', async () => {
    const layers = layersFromMetres({ communities: [community('C', rect(0, 0, 10, 10), 5)] });
    const result = await runParking(layers, { areaPerSpaceM2: 0 });
    expect(result.ok || result.error.code).toBe('INVALID_PARAM');
    expect(DEFAULT_PARKING_PARAMS).toMatchObject({ ratio: 0.8, areaPerSpaceM2: 30, levels: 1, minSpaces: 5, maxWalkM: 300, mode: 'district' });
  });
});
