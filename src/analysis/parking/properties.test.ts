/**
 * Property tests: the allocator against independent oracles on random small instances, and
 * runParking's invariants on random layouts of rectangles (whose distances, overlaps and
 * areas are known in closed form, so eligibility is checked independently of the kernel).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteForceTransport, enumerateTransport } from './brute-force';
import { runParking, type ParkingOutput } from './index';
import { layersFromMetres, rect, type MetreFeature } from './test-fixtures';
import { solveTransport, type TransportProblem } from './transport';

const problemArbitrary = (maxSide: number, maxAmount: number, integerCosts: boolean) =>
  fc
    .record({
      supplies: fc.array(fc.integer({ min: 0, max: maxAmount }), { minLength: 1, maxLength: maxSide }),
      capacities: fc.array(fc.integer({ min: 0, max: maxAmount }), { minLength: 1, maxLength: maxSide }),
      density: fc.double({ min: 0.2, max: 1, noNaN: true }),
      seed: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 64, maxLength: 64 }),
    })
    .map(({ supplies, capacities, density, seed }): TransportProblem => {
      const arcs: { source: number; sink: number; cost: number }[] = [];
      let k = 0;
      supplies.forEach((_, source) =>
        capacities.forEach((__, sink) => {
          const r = seed[k++ % seed.length];
          if (r > density) return;
          const cost = integerCosts ? Math.round(r * 10) : (r * 300) / density;
          arcs.push({ source, sink, cost });
        }),
      );
      return { supplies, capacities, arcs };
    });

describe('transport allocator vs independent oracles', () => {
  it('matches full enumeration on tiny instances (ties in cost included)', async () => {
    await fc.assert(
      fc.asyncProperty(problemArbitrary(3, 3, true), async (problem) => {
        fc.pre(problem.arcs.length <= 6);
        const want = enumerateTransport(problem);
        for (const engine of ['network-simplex', 'highs'] as const) {
          const got = await solveTransport(problem, undefined, engine);
          expect(got.total).toBe(want.total);
          expect(got.cost).toBeCloseTo(want.cost, 6);
        }
        expect(bruteForceTransport(problem)).toEqual({ total: want.total, cost: expect.closeTo(want.cost, 6) });
      }),
      { numRuns: 200 },
    );
  });

  it('handles tiny (denormal) costs', async () => {
    const problem: TransportProblem = {
      supplies: [1, 1],
      capacities: [1, 1],
      arcs: [
        { source: 0, sink: 0, cost: 0 },
        { source: 0, sink: 1, cost: 0 },
        { source: 1, sink: 0, cost: 0 },
        { source: 1, sink: 1, cost: 7.41e-321 },
      ],
    };
    expect((await solveTransport(problem)).total).toBe(2);
  });

  it('matches successive shortest paths on larger random instances with real costs', async () => {
    await fc.assert(
      fc.asyncProperty(problemArbitrary(7, 12, false), fc.constantFrom('network-simplex' as const, 'highs' as const), async (problem, engine) => {
        const got = await solveTransport(problem, undefined, engine);
        const want = bruteForceTransport(problem);
        expect(got.total).toBe(want.total);
        expect(Math.abs(got.cost - want.cost)).toBeLessThanOrEqual(1e-6 * Math.max(1, want.cost));
        // Bounds hold and amounts are integers.
        const used = new Array(problem.supplies.length).fill(0);
        const filled = new Array(problem.capacities.length).fill(0);
        got.amounts.forEach((x, a) => {
          expect(Number.isInteger(x) && x >= 0).toBe(true);
          used[problem.arcs[a].source] += x;
          filled[problem.arcs[a].sink] += x;
        });
        used.forEach((u, s) => expect(u).toBeLessThanOrEqual(problem.supplies[s]));
        filled.forEach((f, t) => expect(f).toBeLessThanOrEqual(problem.capacities[t]));
      }),
      { numRuns: 300 },
    );
  });
});

interface Box { x: number; y: number; w: number; h: number; district: string | null }
const boxArbitrary = (maxSize: number) =>
  fc.record({
    x: fc.integer({ min: 0, max: 40 }).map((v) => v * 10),
    y: fc.integer({ min: 0, max: 40 }).map((v) => v * 10),
    w: fc.integer({ min: 4, max: maxSize }).map((v) => v + 0.25),
    h: fc.integer({ min: 4, max: maxSize }).map((v) => v + 0.25),
    district: fc.constantFrom('D1', 'D2', null),
  });

const gap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, b0 - a1, a0 - b1);
const boxDistance = (a: Box, b: Box) => Math.hypot(gap(a.x, a.x + a.w, b.x, b.x + b.w), gap(a.y, a.y + a.h, b.y, b.y + b.h));
const overlap = (a0: number, a1: number, b0: number, b1: number) => Math.max(0, Math.min(a1, b1) - Math.max(a0, b0));
const insideShare = (parcel: Box, community: Box) =>
  (overlap(parcel.x, parcel.x + parcel.w, community.x, community.x + community.w) *
    overlap(parcel.y, parcel.y + parcel.h, community.y, community.y + community.h)) /
  (parcel.w * parcel.h);

describe('runParking invariants on random layouts', () => {
  it('flows only on eligible pairs, within bounds, at the optimum, as plain JSON', async () => {
    const scenario = fc.record({
      communities: fc.array(fc.tuple(boxArbitrary(80), fc.integer({ min: 0, max: 40 }), fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined })), { minLength: 1, maxLength: 5 }),
      parcels: fc.array(boxArbitrary(30), { minLength: 0, maxLength: 7 }),
      mode: fc.constantFrom('self' as const, 'district' as const, 'cross' as const),
      maxWalkM: fc.integer({ min: 0, max: 200 }),
      levels: fc.integer({ min: 1, max: 2 }),
      minSpaces: fc.integer({ min: 0, max: 8 }),
    });
    await fc.assert(
      fc.asyncProperty(scenario, async (s) => {
        const communityFeatures: MetreFeature[] = s.communities.map(([box, households, parkingSpaces], i) => ({
          properties: { id: `c${i}`, households, parkingSpaces, districtId: box.district },
          ring: rect(box.x, box.y, box.x + box.w, box.y + box.h),
        }));
        const parcelFeatures: MetreFeature[] = s.parcels.map((box, i) => ({
          properties: { id: `p${i}`, kind: 'vacant', districtId: box.district },
          ring: rect(box.x, box.y, box.x + box.w, box.y + box.h),
        }));
        const layers = layersFromMetres({ communities: communityFeatures, idleLand: parcelFeatures });
        const params = { mode: s.mode, maxWalkM: s.maxWalkM, levels: s.levels, minSpaces: s.minSpaces };
        const result = await runParking(layers, params);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const out: ParkingOutput = result.value;
        expect(JSON.parse(JSON.stringify(out))).toEqual(out);

        const boxes = new Map(s.communities.map(([box], i) => [`c${i}`, box]));
        const parcelBoxes = new Map(s.parcels.map((box, i) => [`p${i}`, box]));
        const eligible = (communityId: string, parcelId: string) => {
          const c = boxes.get(communityId)!;
          const p = parcelBoxes.get(parcelId)!;
          if (boxDistance(c, p) > s.maxWalkM + 1e-6) return false;
          if (s.mode === 'district') return c.district !== null && c.district === p.district;
          if (s.mode === 'self') return insideShare(p, c) >= 0.5 - 1e-9;
          return true;
        };
        for (const flow of out.flows) {
          expect(eligible(String(flow.communityId), String(flow.parcelId))).toBe(true);
          expect(flow.distanceM).toBeCloseTo(boxDistance(boxes.get(String(flow.communityId))!, parcelBoxes.get(String(flow.parcelId))!), 6);
        }
        for (const parcel of out.parcels) {
          const box = parcelBoxes.get(String(parcel.id))!;
          expect(parcel.usableAreaM2).toBeCloseTo(box.w * box.h, 6);
          expect(parcel.retained).toBe(parcel.capacity >= s.minSpaces);
          expect(parcel.allocated).toBeLessThanOrEqual(parcel.retained ? parcel.capacity : 0);
        }
        for (const community of out.communities) expect(community.allocated).toBeLessThanOrEqual(community.deficit);

        // The optimum, from the oracle on independently computed eligible pairs.
        const problem: TransportProblem = {
          supplies: out.communities.map((c) => c.deficit),
          capacities: out.parcels.map((p) => (p.retained ? p.capacity : 0)),
          arcs: out.communities.flatMap((c, ci) =>
            out.parcels.flatMap((p, pi) =>
              eligible(String(c.id), String(p.id)) ? [{ source: ci, sink: pi, cost: boxDistance(boxes.get(String(c.id))!, parcelBoxes.get(String(p.id))!) }] : [],
            ),
          ),
        };
        const want = bruteForceTransport(problem);
        expect(out.totals.allocated).toBe(want.total);
        expect(Math.abs(out.cost - want.cost)).toBeLessThanOrEqual(1e-6 * Math.max(1, want.cost));
        expect(out.totals.unmet).toBe(out.totals.deficit - out.totals.allocated);
      }),
      { numRuns: 80 },
    );
  });

  it('never throws on hostile input', async () => {
    const hostile = fc.record({
      households: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.constant(Number.NaN), fc.constant(-5), fc.string()),
      kind: fc.oneof(fc.constantFrom('vacant', 'leftover', 'idle_building'), fc.string()),
      coordinate: fc.oneof(fc.double(), fc.constant(Number.POSITIVE_INFINITY), fc.constant(200)),
      ratio: fc.oneof(fc.double({ min: -1, max: 3 }), fc.constant(Number.NaN)),
    });
    await fc.assert(
      fc.asyncProperty(hostile, async (h) => {
        const layers = layersFromMetres({
          communities: [{ properties: { id: 'c', households: h.households }, ring: rect(0, 0, 50, 50) }],
          idleLand: [{ properties: { id: 'p', kind: h.kind }, ring: rect(60, 0, 90, 30) }],
        });
        const feature = layers.idleLand!.features[0];
        if (feature.geometry.type === 'Polygon') feature.geometry.coordinates[0][2] = [h.coordinate, 30.27];
        const result = await runParking(layers, { ratio: h.ratio });
        expect(typeof result.ok).toBe('boolean');
        expect(() => JSON.stringify(result)).not.toThrow();
      }),
      { numRuns: 60 },
    );
  });
});
