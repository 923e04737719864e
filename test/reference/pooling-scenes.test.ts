/**
 * District pooling against the literal reference: rows per district in file order, a row for
 * an id no polygon carries, the `null` row, gross idle area by kind (idle buildings by
 * footprint), the parking deficit, flows of a cross run split into met inside / imported /
 * exported, and coverage shares of demand by existing facilities.
 */
import { describe, expect, it } from 'vitest';
import { checkPooling } from './run';
import { rect, sceneLayers, type Drawn } from './scene';

const community = (id: string, box: [number, number, number, number], extra: Record<string, unknown> = {}): Drawn => ({ properties: { id, households: 100, ...extra }, rings: [rect(...box)] });
const idle = (id: string, kind: string, box: [number, number, number, number], extra: Record<string, unknown> = {}): Drawn => ({ properties: { id, kind, ...extra }, rings: [rect(...box)] });

describe('pooling table', () => {
  const layers = sceneLayers({
    districts: [
      { properties: { id: 'D1', name: '一' }, rings: [rect(0, 0, 500, 500)] },
      { properties: { id: 'D2', name: '二' }, polygons: [[rect(500, 0, 1000, 500)], [rect(0, 600, 200, 800)]] },
      { properties: { id: 'D-empty' }, rings: [rect(3000, 3000, 3100, 3100)] },
    ],
    communities: [
      community('a', [100, 100, 300, 300], { households: 300, parkingSpaces: 50, population: 900, elderlyShare: 0.25 }),
      community('b', [520, 100, 700, 300], { households: 200 }), // D2; takes a's spare parcel across the border
      community('c', [1100, 100, 1300, 300], { households: 120, parkingSpaces: 10 }), // no district
      community('d', [20, 620, 180, 780], { households: 60 }), // D2 by its far part
      community('e', [1500, 100, 1600, 200], { households: 40, districtId: 'D9' }), // an id no polygon carries
    ],
    idleLand: [
      idle('i1', 'vacant', [310, 100, 400, 200]), // D1, next to a and b
      idle('i2', 'wasteland', [450, 300, 490, 340]), // D1, 30 m from b
      idle('i3', 'leftover', [1050, 100, 1090, 160]), // no district: serves c and b
      idle('i4', 'idle_land', [1310, 100, 1400, 160]), // no district
      idle('i5', 'idle_building', [700, 350, 720, 370], { floorAreaM2: 2000 }), // footprint 400 m² counts
      idle('i6', 'vacant', [20, 800, 60, 840]), // D2's far part touches d
      idle('i7', 'leftover', [1610, 100, 1660, 150]), // no district, next to e
    ],
    facilities: [
      { properties: { id: 'f1', type: 'clinic' }, point: [200, 200] },
      { properties: { id: 'f2', type: 'elderly_care' }, point: [1200, 320] },
      { properties: { id: 'f3', type: 'market' }, point: [900, 700] },
      { properties: { id: 'f4', type: 'childcare' }, point: [3050, 3050] },
    ],
    protected: [{ properties: { id: 'T', kind: 'ancient_tree' }, point: [1050, 100] }],
  });

  it('agrees with the reference for several parking parameters', async () => {
    for (const params of [{}, { ratio: 1.2, maxWalkM: 150 }, { ratio: 2, minSpaces: 50 }, { maxWalkM: 500, levels: 2 }, { ratio: 0 }]) {
      const out = await checkPooling(layers, params);
      expect(out.problems).toEqual([]);
    }
  });

  it('has a row per district, one for D9 and one for null', async () => {
    const out = await checkPooling(layers, {});
    // The scene exercises every flow kind: inside D1, D1 → D2, null → null, null → D2 and null → D9.
    const row = (id: string | null) => out.engine.districts.find((r) => r.id === id)!;
    expect([row('D1').parkingMetInside, row('D1').parkingExported, row(null).parkingImported, row('D9').parkingImported].every((x) => x > 0)).toBe(true);
    expect(new Set(out.engine.districts.map((r) => r.id))).toEqual(new Set(['D1', 'D2', 'D-empty', 'D9', null]));
    const empty = out.engine.districts.find((r) => r.id === 'D-empty')!;
    expect(Object.values(empty.coverage).every((share) => share === null)).toBe(true);
  });
});
