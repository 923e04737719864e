/**
 * fast-check scenes for the differential tests: a few districts, communities, idle parcels,
 * protected objects and facilities on a 10 m grid (so touching, exact limits and 50/50 splits
 * come up often), with optional fields left out at random to exercise their defaults.
 */
import fc from 'fast-check';
import { rect, type Drawn, type Scene } from './scene';
import type { XY } from './geometry';

const cell = (max: number) => fc.integer({ min: 0, max }).map((v) => v * 10);
/** Sides of `step` × [min, max] metres (plus `odd`, for areas off the multiples of a space) at a corner on the 10 m grid. */
const box = (min: number, max: number, step: number, odd = 0) =>
  fc.record({
    x: cell(50), y: cell(50),
    w: fc.tuple(fc.integer({ min, max }), fc.constantFrom(0, odd)).map(([v, o]) => v * step + o),
    h: fc.tuple(fc.integer({ min, max }), fc.constantFrom(0, odd)).map(([v, o]) => v * step + o),
  });
/** A rectangle, or (three times in four) a MultiPolygon of two when the second lies east of the first. */
const shape = (min: number, max: number, step: number, odd = 0) =>
  fc.tuple(box(min, max, step, odd), fc.option(box(min, max, step, odd), { freq: 4, nil: undefined })).map(([a, b]): Pick<Drawn, 'rings' | 'polygons'> => {
    const first = rect(a.x, a.y, a.x + a.w, a.y + a.h);
    // A second part only where it cannot overlap the first (parts of a valid MultiPolygon).
    if (!b || b.x <= a.x + a.w) return { rings: [first] };
    return { polygons: [[first], [rect(b.x, b.y, b.x + b.w, b.y + b.h)]] };
  });
const optional = <T>(arb: fc.Arbitrary<T>, freq = 2) => fc.option(arb, { freq, nil: undefined });
const props = (entries: Record<string, unknown>) => Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined));

export const sceneArbitrary: fc.Arbitrary<Scene> = fc
  .record({
    districts: fc.array(shape(2, 8, 50), { maxLength: 3 }),
    communities: fc.array(fc.record({
      shape: shape(3, 15, 10),
      households: fc.integer({ min: 0, max: 300 }),
      parkingSpaces: optional(fc.integer({ min: 0, max: 120 })),
      population: optional(fc.integer({ min: 0, max: 900 })),
      elderlyShare: optional(fc.integer({ min: 0, max: 10 }).map((v) => v / 20)),
      district: optional(fc.integer({ min: 0, max: 3 }), 4),
    }), { minLength: 1, maxLength: 5 }),
    parcels: fc.array(fc.record({
      shape: shape(1, 12, 5, 0.5),
      /** Moved next to or into a community (its first corner + offset), half the time. */
      anchor: optional(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: -4, max: 8 }), fc.integer({ min: -4, max: 8 }))),
      kind: fc.constantFrom('vacant', 'wasteland', 'idle_land', 'leftover', 'idle_building'),
      floorAreaM2: optional(fc.integer({ min: 0, max: 2000 })),
      district: optional(fc.integer({ min: 0, max: 3 }), 5),
    }), { maxLength: 7 }),
    protected: fc.array(fc.record({
      at: fc.tuple(cell(50), cell(50)),
      /** Moved to a parcel's first corner + offset (multiples of 2.5 m), three times in four. */
      anchor: optional(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: -6, max: 6 }), fc.integer({ min: -6, max: 6 })), 4),
      size: optional(fc.integer({ min: 3, max: 20 })),
      bufferM: optional(fc.constantFrom(0, 5, 10, 12.5), 1),
    }), { maxLength: 3 }),
    facilities: fc.array(fc.record({
      at: fc.tuple(cell(60), cell(60)),
      type: fc.constantFrom('elderly_care', 'childcare', 'canteen', 'market', 'clinic', 'community_service', 'parking'),
    }), { maxLength: 4 }),
  })
  .map((s): Scene => {
    const districtId = (i: number | undefined) => (i === undefined ? undefined : i < s.districts.length ? `D${i}` : 'D-none');
    const corner = (d: Pick<Drawn, 'rings' | 'polygons'>): XY => (d.rings ?? d.polygons![0])[0][0];
    const move = (d: Pick<Drawn, 'rings' | 'polygons'>, to: XY): Pick<Drawn, 'rings' | 'polygons'> => {
      const [x0, y0] = corner(d);
      const shift = (r: XY[]) => r.map(([x, y]): XY => [x - x0 + to[0], y - y0 + to[1]]);
      return d.rings ? { rings: d.rings.map(shift) } : { polygons: d.polygons!.map((p) => p.map(shift)) };
    };
    const parcelShapes = s.parcels.map((p) => {
      if (!p.anchor) return p.shape;
      const c = s.communities[p.anchor[0] % s.communities.length];
      const [cx, cy] = corner(c.shape);
      return move(p.shape, [cx + p.anchor[1] * 5, cy + p.anchor[2] * 5]);
    });
    const protectedAt = s.protected.map((o): XY => {
      if (!o.anchor || parcelShapes.length === 0) return o.at as XY;
      const [px, py] = corner(parcelShapes[o.anchor[0] % parcelShapes.length]);
      return [px + o.anchor[1] * 2.5, py + o.anchor[2] * 2.5];
    });
    return {
      districts: s.districts.map((d, i) => ({ properties: { id: `D${i}` }, ...d })),
      communities: s.communities.map((c, i) => ({
        properties: props({ id: `C${i}`, households: c.households, parkingSpaces: c.parkingSpaces, population: c.population, elderlyShare: c.elderlyShare, districtId: districtId(c.district) }),
        ...c.shape,
      })),
      idleLand: s.parcels.map((p, i) => ({
        properties: props({ id: `P${i}`, kind: p.kind, floorAreaM2: p.kind === 'idle_building' ? p.floorAreaM2 : undefined, districtId: districtId(p.district) }),
        ...parcelShapes[i],
      })),
      protected: s.protected.map((o, i) => {
        const [x, y] = protectedAt[i];
        return {
          properties: props({ id: `T${i}`, kind: o.size ? 'historic_building' : 'ancient_tree', bufferM: o.bufferM }),
          ...(o.size ? { rings: [rect(x, y, x + o.size, y + o.size * 0.6)] } : { point: [x, y] as XY }),
        };
      }),
      facilities: s.facilities.map((f, i) => ({ properties: { id: `F${i}`, type: f.type }, point: f.at as XY })),
    };
  });

export const parkingParamsArbitrary = fc.record({
  mode: fc.constantFrom('self' as const, 'district' as const, 'cross' as const),
  ratio: fc.constantFrom(0.5, 0.8, 1, 1.1, 1.5),
  areaPerSpaceM2: fc.constantFrom(25, 30),
  levels: fc.constantFrom(1, 2),
  minSpaces: fc.constantFrom(0, 5, 10),
  maxWalkM: fc.constantFrom(0, 50, 100, 150, 300),
});

export const servicesParamsArbitrary = fc.record({
  type: fc.constantFrom('elderly_care' as const, 'childcare' as const, 'canteen' as const, 'market' as const, 'clinic' as const, 'community_service' as const),
  sites: fc.integer({ min: 0, max: 3 }),
  mode: fc.constantFrom('self' as const, 'district' as const, 'cross' as const),
  radiusM: fc.constantFrom(undefined, 50, 100, 200),
  minAreaM2: fc.constantFrom(undefined, 0, 400),
});
