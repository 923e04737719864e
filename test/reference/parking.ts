/**
 * Reference parking (DESIGN §3.1, §3.6 "Parking"), literal and naive: demand, supply and
 * deficit per community; every parcel of a parking kind with its usable area bracketed
 * between two drawings of the protected buffers; the eligible pairs by brute force over all
 * pairs; and the exact lexicographic optimum (most spaces, then least spaces × distance)
 * from two LP solves with HiGHS (lp.ts).
 */
import type { LayerSet } from '../../src/model/types';
import { convexBuffer, differenceArea, distance, intersectionArea, type Polys } from './geometry';
import { num, refData, type Id, type RefData, type RefFeature } from './features';
import { solveTransportLP } from './lp';

export type Mode = 'self' | 'district' | 'cross';
export interface RefParkingParams { ratio: number; areaPerSpaceM2: number; levels: number; minSpaces: number; maxWalkM: number; mode: Mode }
export const PARKING_DEFAULTS: RefParkingParams = { ratio: 0.8, areaPerSpaceM2: 30, levels: 1, minSpaces: 5, maxWalkM: 300, mode: 'district' };
export const PARKING_KINDS = ['vacant', 'wasteland', 'idle_land', 'leftover'];
/** Segments per quarter circle of the drawn buffers (§3.6: at least 32). */
export const PER_QUARTER = 32;
/** Float slack at the inclusive limits: a distance "exactly" at the walk, a share "exactly" 50 %. */
export const DISTANCE_SLACK_M = 1e-6;
export const SHARE_SLACK = 1e-9;

export interface RefCommunity { id: Id; district: Id | null; households: number; demand: number; supply: number; deficit: number; feature: RefFeature }
export interface RefParcel {
  id: Id; district: Id | null; area: number;
  /** Usable area with buffers drawn inside the true buffer (discs inscribed): an upper bound. */
  usableHigh: number;
  /** Usable area with buffers drawn around the true buffer (discs circumscribed): a lower bound. */
  usableLow: number;
  /** Capacities floor(u / areaPerSpace) × levels for u in [usableLow, usableHigh]: one value unless a floor boundary lies in between. */
  capacities: number[];
  feature: RefFeature;
}
export interface RefPair { c: number; p: number; distanceM: number }

export const demandOf = (households: number, ratio: number) => Math.ceil(Math.round(households * ratio * 1e6) / 1e6);

/** Share of the parcel's whole area inside the community (self mode, §3.6). */
export const insideShare = (parcel: RefFeature, community: RefFeature) =>
  parcel.shape.kind === 'polygon' && community.shape.kind === 'polygon' && parcel.area > 0 ? intersectionArea(parcel.shape.polys, community.shape.polys) / parcel.area : 0;

export function refCommunities(data: RefData, ratio: number): RefCommunity[] {
  return data.layer('communities').map((feature) => {
    const households = feature.props.households as number;
    const demand = demandOf(households, ratio);
    const supply = num(feature.props.parkingSpaces) ? feature.props.parkingSpaces : 0;
    return { id: feature.id, district: data.districtOf('communities', feature), households, demand, supply, deficit: Math.max(0, demand - supply), feature };
  });
}

export function refParcels(data: RefData, params: Pick<RefParkingParams, 'areaPerSpaceM2' | 'levels'>): RefParcel[] {
  const objects = data.layer('protected').map((o) => ({ o, r: num(o.props.bufferM) && o.props.bufferM >= 0 ? o.props.bufferM : 10 }));
  return data.layer('idleLand')
    .filter((f) => PARKING_KINDS.includes(f.props.kind as string) && f.shape.kind === 'polygon')
    .map((feature) => {
      const polys = (feature.shape as { polys: Polys }).polys;
      // Only objects nearer than their radius can take area (an object at exactly r only touches).
      const near = objects.filter(({ o, r }) => distance(o.shape, feature.shape) < r || (r === 0 && distance(o.shape, feature.shape) === 0));
      const cut = (scale: number) => differenceArea(polys, near.flatMap(({ o, r }) => convexBuffer(o.shape, r, PER_QUARTER, scale)));
      const usableHigh = cut(1);
      const usableLow = near.length === 0 ? usableHigh : cut(1 / Math.cos(Math.PI / (4 * PER_QUARTER)));
      const lo = Math.floor(usableLow / params.areaPerSpaceM2), hi = Math.floor(usableHigh / params.areaPerSpaceM2);
      const capacities: number[] = [];
      for (let k = lo; k <= hi; k++) capacities.push(k * params.levels);
      return { id: feature.id, district: data.districtOf('idleLand', feature), area: feature.area, usableHigh, usableLow, capacities, feature };
    });
}

/** Whether the mode lets parcel p serve community c (the walk is checked apart). */
export function modeAllows(mode: Mode, c: RefCommunity, p: RefParcel): boolean {
  if (mode === 'cross') return true;
  if (mode === 'district') return c.district !== null && c.district === p.district;
  return insideShare(p.feature, c.feature) >= 0.5 - SHARE_SLACK;
}

export interface RefParking {
  params: RefParkingParams;
  data: RefData;
  communities: RefCommunity[];
  parcels: RefParcel[];
  /** Distance of every community–parcel pair, [c][p]. */
  distances: number[][];
  /** Capacity the allocation used per parcel (0 for dropped ones). */
  capacity: number[];
  retained: boolean[];
  pairs: RefPair[];
  totals: { demand: number; supply: number; deficit: number; capacity: number; allocated: number; unmet: number };
  cost: number;
}

/**
 * The reference run. `capacityOf` picks a parcel's capacity among its admissible values (when
 * the drawing tolerance straddles a floor boundary the engine's own value may be passed in).
 */
export async function referenceParking(layers: LayerSet, partial: Partial<RefParkingParams> = {}, capacityOf?: (parcel: RefParcel) => number): Promise<RefParking> {
  const params = { ...PARKING_DEFAULTS, ...partial };
  const data = refData(layers);
  const communities = refCommunities(data, params.ratio);
  const parcels = refParcels(data, params);
  const distances = communities.map((c) => parcels.map((p) => distance(c.feature.shape, p.feature.shape)));
  const chosen = parcels.map((p) => (capacityOf ? capacityOf(p) : p.capacities[p.capacities.length - 1]));
  const retained = chosen.map((value) => value >= params.minSpaces);
  const capacity = chosen.map((value, i) => (retained[i] ? value : 0));
  const pairs: RefPair[] = [];
  communities.forEach((c, ci) =>
    parcels.forEach((p, pi) => {
      if (!retained[pi] || c.deficit === 0) return;
      if (!(distances[ci][pi] <= params.maxWalkM + DISTANCE_SLACK_M)) return;
      if (modeAllows(params.mode, c, p)) pairs.push({ c: ci, p: pi, distanceM: distances[ci][pi] });
    }),
  );
  const solution = await solveTransportLP(communities.map((c) => c.deficit), capacity, pairs);
  const sum = <T>(xs: T[], f: (x: T) => number) => xs.reduce((t, x) => t + f(x), 0);
  const deficit = sum(communities, (c) => c.deficit);
  return {
    params, data, communities, parcels, distances, capacity, retained, pairs,
    totals: {
      demand: sum(communities, (c) => c.demand), supply: sum(communities, (c) => c.supply), deficit,
      capacity: sum(capacity, (x) => x), allocated: solution.total, unmet: deficit - solution.total,
    },
    cost: solution.cost,
  };
}
