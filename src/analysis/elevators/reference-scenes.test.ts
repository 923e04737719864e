/**
 * Differential tests, hand-built scenes: the engine against the naive reference written from
 * DESIGN.md alone (test/fixtures/elevators/reference). Each scene aims at one edge of §3.2 /
 * §3.6 and also checks, on the reference, that the edge is really hit. Metres as in scene.ts:
 * the slab B is 24 × 10 m at (0, 0)–(24, 10); its two shafts are x 4.8–7.2 and 16.8–19.2,
 * y 10–13.9.
 */
import { describe, expect, it } from 'vitest';
import { line, point, polygon, rectangle, scene, slab, wholeSite } from '../../../test/fixtures/elevators/scene';
import { compareElevators } from '../../../test/fixtures/elevators/reference/compare';
import type { Shape } from '../../../test/fixtures/elevators/reference/plane';
import { blocks, referenceElevators, type RefParams, type RefResult } from '../../../test/fixtures/elevators/reference/reference';
import type { LayerSet } from '../../model/types';
import { type ElevatorParams, runElevators } from '.';

function differential(layers: LayerSet, params: Partial<ElevatorParams & RefParams> = {}): RefResult {
  const engine = runElevators(layers, params);
  if (!engine.ok) throw new Error(engine.error.message);
  const ref = referenceElevators(layers as never, params);
  expect(compareElevators(engine.value, ref).differences).toEqual([]);
  return ref;
}

const reasons = (ref: RefResult) => ref.units.map((u) => u.reasons);
const NO_SUN = { requiredHours: 0 };

describe('engine = reference, hand-built scenes', () => {
  it('a community boundary touching the shafts from inside is within; 1 mm short is OUTSIDE_SITE', () => {
    const touching = differential(scene({ buildings: [slab()], communities: [rectangle(-50, -50, 50, 13.9, { id: 'C', households: 40 })] }), NO_SUN);
    expect(reasons(touching)).toEqual([[], []]);
    const short = differential(scene({ buildings: [slab()], communities: [rectangle(-50, -50, 50, 13.899, { id: 'C', households: 40 })] }), NO_SUN);
    expect(reasons(short)).toEqual([['OUTSIDE_SITE'], ['OUTSIDE_SITE']]);
    // A notch in the boundary reaching into unit 2's footprint only, its corners outside it.
    const notch = polygon([[-50, -50], [50, -50], [50, 20], [19, 20], [18, 12], [17, 20], [-50, 20]], { id: 'C', households: 40 });
    expect(reasons(differential(scene({ buildings: [slab()], communities: [notch] }), NO_SUN))).toEqual([[], ['OUTSIDE_SITE']]);
  });

  it('strict limits, exactly at the limit and 1 mm inside: FIRE_LANE, PROTECTED, SPACING', () => {
    const at = differential(
      scene({
        buildings: [slab(), rectangle(-20, 19.9, 6, 25, { id: 'S', communityId: 'C', floors: 1 })],
        roads: [line([[30, -50], [30, 50]], { id: 'R', widthM: 4 })],
        protectedObjects: [point(6, 23.9, { id: 'T', kind: 'ancient_tree' })],
      }),
      NO_SUN,
    );
    // Road 10.8 m from unit 2, tree exactly 10 m and S exactly 6 m from unit 1: not closer (strict <).
    expect(reasons(at)).toEqual([[], []]);
    const inside = differential(
      scene({
        buildings: [slab(), rectangle(-20, 19.899, 6, 25, { id: 'S', communityId: 'C', floors: 1 })],
        roads: [line([[21.199, -50], [21.199, 50]], { id: 'R', widthM: 4 })],
        protectedObjects: [point(6, 23.899, { id: 'T', kind: 'ancient_tree' })],
      }),
      NO_SUN,
    );
    expect(reasons(inside)).toEqual([['PROTECTED', 'SPACING'], ['FIRE_LANE']]);
    const roadAtLimit = differential(scene({ buildings: [slab()], roads: [line([[21.2, -50], [21.2, 50]], { id: 'R', widthM: 4 })] }), NO_SUN);
    expect(reasons(roadAtLimit)).toEqual([[], []]);
  });

  it('a protected polygon: exactly bufferM away is clear, holding the shaft is PROTECTED', () => {
    const hall = (y0: number) => rectangle(0, y0, 12, y0 + 6, { id: 'H', kind: 'historic_building', bufferM: 5 });
    expect(reasons(differential(scene({ buildings: [slab()], protectedObjects: [hall(18.9)] }), NO_SUN))).toEqual([[], []]);
    expect(reasons(differential(scene({ buildings: [slab()], protectedObjects: [hall(18.899)] }), NO_SUN))).toEqual([['PROTECTED'], []]);
    expect(reasons(differential(scene({ buildings: [slab()], protectedObjects: [rectangle(-30, 11, 40, 40, { id: 'H', kind: 'historic_building', bufferM: 0.5 })] }), NO_SUN)))
      .toEqual([['PROTECTED'], ['PROTECTED']]);
  });

  it('a north–south slab with stairSide east: the east frame side, units from its south end; `units` wins over the length', () => {
    const ns = rectangle(0, 0, 10, 36, { id: 'N', communityId: 'C', floors: 6 });
    const east = differential(scene({ buildings: [ns] }), { stairSide: 'east' });
    expect(east.units.map((u) => Math.min(...u.footprintM.map((p) => p[1])))).toEqual([expect.closeTo(4.8, 2), expect.closeTo(16.8, 2), expect.closeTo(28.8, 2)]);
    const two = differential(scene({ buildings: [rectangle(0, 0, 10, 36, { id: 'N', communityId: 'C', floors: 6, units: 2 })] }), { stairSide: 'east' });
    expect(two.units.map((u) => Math.min(...u.footprintM.map((p) => p[1])))).toEqual([expect.closeTo(7.8, 2), expect.closeTo(25.8, 2)]);
    // stairSide north on the same slab: the short north side takes all three shafts.
    const north = differential(scene({ buildings: [ns] }), NO_SUN);
    expect(north.units.map((u) => Math.min(...u.footprintM.map((p) => p[0])))).toEqual([expect.closeTo(0.47, 2), expect.closeTo(3.8, 2), expect.closeTo(7.13, 2)]);
    differential(scene({ buildings: [ns] }), { stairSide: 'west' });
    differential(scene({ buildings: [slab()] }), { stairSide: 'south' });
  });

  it('a square turned 45°: north-west and north-east tie, the west side wins, units from its west end', () => {
    const diamond = polygon([[10, 0], [20, 10], [10, 20], [0, 10]], { id: 'D', communityId: 'C', floors: 5, units: 2 });
    const ref = differential(scene({ buildings: [diamond] }));
    const centre = (i: number) => ref.units[i].footprintM.reduce((s, p) => [s[0] + p[0] / 4, s[1] + p[1] / 4], [0, 0]);
    expect(centre(0)[0]).toBeLessThan(centre(1)[0]);
    expect(centre(0)[0]).toBeLessThan(10);
    expect(centre(1)[0]).toBeLessThan(10);
    differential(scene({ buildings: [diamond] }), { stairSide: 'south' });
  });

  it('a stepped footprint: the shafts attach to the frame side, bridging the step', () => {
    const stepped = polygon([[0, 0], [36, 0], [36, 8], [18, 8], [18, 10], [0, 10]], { id: 'P', communityId: 'C', floors: 6 });
    const ref = differential(scene({ buildings: [stepped] }));
    expect(ref.units.map((u) => Math.min(...u.footprintM.map((p) => p[1])))).toEqual([expect.closeTo(10, 2), expect.closeTo(10, 2), expect.closeTo(10, 2)]);
  });

  it('heightM wins over floors; a neighbour exactly 60 m away is not tested, 59.9 m away it is', () => {
    // B is 50 m tall (18 by floors): its shaft (51.5 m) shades a house due north at noon, B does not.
    const tall = slab({ heightM: 50 });
    const house = (gap: number) => rectangle(14, 13.9 + gap, 22, 20 + gap, { id: 'H', communityId: 'C', floors: 2 });
    const at60 = differential(scene({ buildings: [tall, house(60)] }), { requiredHours: 8 });
    expect(at60.units.flatMap((u) => u.sunlight)).toEqual([]);
    const in60 = differential(scene({ buildings: [tall, house(59.9)] }), { requiredHours: 8 });
    expect(in60.units[1].sunlight).toEqual([{ buildingId: 'H', hoursBefore: expect.any(Number), hoursAfter: expect.any(Number) }]);
    const [loss] = in60.units[1].sunlight;
    expect(loss.hoursAfter).toBeLessThan(loss.hoursBefore);
    expect(loss.hoursBefore).toBeLessThanOrEqual(8);
    // By floors only (18 m, shaft 19.5 m) the shaft's noon shadow stops 22 m short of the house.
    expect(differential(scene({ buildings: [slab(), house(59.9)] }), { requiredHours: 8 }).units.flatMap((u) => u.sunlight)).toEqual([]);
  });

  it('a shaft shading a neighbour at some samples only; SUNLIGHT only when after < requiredHours', () => {
    // A low house due north of unit 1, its south façade at y = 33: the slab (18 m) shades it in
    // the morning, the shaft (19.5 m) around noon only.
    const house = rectangle(2, 33, 10, 40, { id: 'W', communityId: 'C', floors: 1 });
    const ref = differential(scene({ buildings: [slab(), house] }), { requiredHours: 8 });
    const [loss] = ref.units[0].sunlight;
    expect(loss.hoursAfter).toBeGreaterThan(0);
    expect(loss.hoursAfter).toBeLessThan(loss.hoursBefore);
    // With requiredHours at the hours left, after < requiredHours fails: no SUNLIGHT.
    expect(reasons(differential(scene({ buildings: [slab(), house] }), { requiredHours: loss.hoursAfter }))[0]).toEqual([]);
    expect(reasons(differential(scene({ buildings: [slab(), house] }), { requiredHours: loss.hoursAfter + 1 / 12 }))[0]).toEqual(['SUNLIGHT']);
  });

  it('a receiving point shaded by its own building (the bottom of a U open to the south)', () => {
    // Notch x 2–10, y 30–38 in a 12 m house: its wings darken the notch's point (6, 38) except
    // near noon, when the shaft of the 22 m slab takes what is left.
    const ring: [number, number][] = [[-4, 30], [2, 30], [2, 38], [10, 38], [10, 30], [16, 30], [16, 45], [-4, 45]];
    const u = polygon(ring, { id: 'U', communityId: 'C', floors: 4 });
    const ref = differential(scene({ buildings: [slab({ heightM: 22 }), u] }), { requiredHours: 8 });
    expect(ref.units[0].sunlight.map((s) => s.buildingId)).toEqual(['U']);
    const own: Shape = [[ring]];
    const ownShade = ref.samples.filter((sun) => blocks([6, 37.99], sun, own, 12)).length;
    expect(ownShade).toBeGreaterThan(24);
    expect(ownShade).toBeLessThan(96);
  });

  it('buildings that are not candidates still block, overlap and space; no communityId takes the community holding most of it', () => {
    const shop = rectangle(0, 14.5, 8, 20, { id: 'S', floors: 3, use: 'commercial' });
    const noFloors = rectangle(16, 15, 24, 22, { id: 'Q', heightM: 12 });
    const straddling = rectangle(100, 0, 124, 10, { id: 'X', floors: 6 });
    const communities = [rectangle(-200, -200, 106, 200, { id: 'C', households: 90 }), rectangle(106, -200, 200, 200, { id: 'E', households: 33 })];
    const ref = differential(scene({ buildings: [slab(), shop, noFloors, straddling], communities }), { requiredHours: 8 });
    expect(ref.buildings.map((b) => [b.id, b.communityId])).toEqual([['B', 'C'], ['X', 'E']]);
    expect(reasons(ref)[0]).toContain('SPACING');
  });

  it('a MultiPolygon candidate takes the frame of both parts', () => {
    const multi = {
      type: 'Feature' as const,
      properties: { id: 'M', communityId: 'C', floors: 6 },
      geometry: { type: 'MultiPolygon' as const, coordinates: [rectangle(0, 0, 12, 10, {}).geometry.coordinates, rectangle(14, 0, 26, 10, {}).geometry.coordinates] },
    };
    const ref = differential(scene({ buildings: [multi as never] }));
    expect(ref.units).toHaveLength(2);
  });

  it('a communityId naming no community, and no communities layer at all: OUTSIDE_SITE, no households', () => {
    const stray = differential(scene({ buildings: [slab({ communityId: 'Z' })] }), NO_SUN);
    expect(reasons(stray)).toEqual([['OUTSIDE_SITE'], ['OUTSIDE_SITE']]);
    expect(stray.buildings.map((b) => [b.communityId, b.households])).toEqual([['Z', 0]]);
    const { communities: _, ...noCommunities } = scene({ buildings: [slab()] }) as Record<string, unknown>;
    expect(reasons(differential(noCommunities as LayerSet, NO_SUN))).toEqual([['OUTSIDE_SITE'], ['OUTSIDE_SITE']]);
  });

  it('MultiPolygon community and protected object, MultiLineString road', () => {
    const multi = <P>(type: 'MultiPolygon' | 'MultiLineString', parts: { geometry: { coordinates: unknown } }[], properties: P) =>
      ({ type: 'Feature', properties, geometry: { type, coordinates: parts.map((f) => f.geometry.coordinates) } }) as never;
    const site = multi('MultiPolygon', [rectangle(-50, -50, 50, 13.9, {}), rectangle(60, -50, 120, 50, {})], { id: 'C', households: 30 });
    const road = multi('MultiLineString', [line([[100, -50], [100, 50]], {}), line([[-50, 16], [50, 16]], {})], { id: 'R', widthM: 4.4 });
    const hall = multi('MultiPolygon', [rectangle(80, 0, 90, 10, {}), rectangle(-8, 12, -2, 18, {})], { id: 'H', kind: 'historic_building', bufferM: 7 });
    const ref = differential(scene({ buildings: [slab(), rectangle(70, 0, 94, 10, { id: 'E', communityId: 'C', floors: 5 })], communities: [site], roads: [road], protectedObjects: [hall] }), NO_SUN);
    // B: the road's second line 2.1 m north of both shafts (< 2.2), the hall's second part 6.8 m west of unit 1 (< 7).
    // E stands in the community's second part; the hall's first part is 2.8 m and 0 m from its shafts.
    expect(reasons(ref)).toEqual([['FIRE_LANE', 'PROTECTED'], ['FIRE_LANE'], ['PROTECTED'], ['PROTECTED']]);
  });

  it('consent: households by floor area, half up; 2/3 take part, 3/4 of them agree', () => {
    const a = rectangle(0, 0, 24, 10, { id: 'A', communityId: 'C', floors: 6 });
    const b = rectangle(0, 40, 24, 50, { id: 'B2', communityId: 'C', floors: 5 });
    const c = rectangle(40, 0, 52, 10, { id: 'C3', communityId: 'C', floors: 3 });
    const ref = differential(scene({ buildings: [a, b, c], communities: [wholeSite(101)] }), NO_SUN);
    expect(ref.buildings.map((r) => r.households)).toEqual([48, 40]);
  });
});
