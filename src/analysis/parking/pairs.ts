/**
 * Community–parcel pairs within walking distance, and the share of a parcel inside a
 * community (self mode). Both are found through the flatbush index, never all pairs, and kept
 * in prepared.memo: distances for the largest walking limit asked so far (a smaller limit
 * filters them, a larger one recomputes), shares per pair as they are first needed.
 */
import type { PoolingMode } from '../../model/codes';
import type { FeatureId } from '../../model/types';
import { intersectionArea } from '../geometry/clip';
import { bboxDistance } from '../geometry/planar';
import { flatShapeDistance, layerSegments } from '../network/flat-shapes';
import type { PreparedLayers } from '../prepare';
import { clipConvex, convexRing, openRingArea } from './buffers';
import type { CandidateParcel } from './parcels';

/** Slack for float noise at the inclusive limits (a distance "exactly" at the walk limit). */
export const DISTANCE_EPSILON_M = 1e-6;
export const SHARE_EPSILON = 1e-9;

export interface Pair {
  /** Position of the community in prepared.layer('communities').features. */
  community: number;
  /** Index into the parcel table's candidates. */
  candidate: number;
  distanceM: number;
}

interface PairMemo {
  walkM: number;
  candidates: CandidateParcel[];
  /** Pairs per community position, sorted by distance. */
  byCommunity: Pair[][];
  /**
   * Pairs whose exact distance was computed but exceeds the walk (their boxes are within it),
   * per community: a larger walk then computes only the parcels whose boxes it newly reaches.
   */
  beyond: Pair[][];
}

const PAIRS_KEY = 'parking:pairs';
const SHARES_KEY = 'parking:shares';

/**
 * Pairs within `walkM`. With `known` (a memo for a smaller walk), parcels whose boxes were
 * within its reach already have their exact distance there (in byCommunity or beyond) and
 * are not measured again; the result is the same set in the same order as from scratch.
 */
function computePairs(prepared: PreparedLayers, candidates: CandidateParcel[], walkM: number, known?: PairMemo): PairMemo {
  const communities = prepared.layer('communities').features;
  const parcels = prepared.layer('idleLand').features;
  // Candidate index of each parcel position, −1 for parcels that are not candidates.
  const candidateOfPosition = new Int32Array(parcels.length).fill(-1);
  candidates.forEach((c, i) => (candidateOfPosition[c.position] = i));
  const reach = walkM + DISTANCE_EPSILON_M;
  const knownReach = known ? known.walkM + DISTANCE_EPSILON_M : -Infinity;
  const parcelSegments = layerSegments(prepared, 'idleLand');
  const communitySegments = layerSegments(prepared, 'communities');
  const index = prepared.layer('idleLand').index;
  const beyond: Pair[][] = [];
  const byCommunity = communities.map((community, c) => {
    // Known pairs first, then new ones in index order, split by the walk as they come.
    const inside: Pair[] = [];
    const outside: Pair[] = [];
    // (A NaN distance, impossible on valid shapes, lands in neither list, as before.)
    const place = (pair: Pair) => (pair.distanceM > reach ? outside.push(pair) : pair.distanceM <= reach && inside.push(pair));
    if (known) {
      for (const pair of known.byCommunity[c]) place(pair);
      for (const pair of known.beyond[c]) place(pair);
    }
    const communitySegmentList = communitySegments(c);
    for (const position of index.within(community.bbox, reach)) {
      const candidate = candidateOfPosition[position];
      if (candidate === -1) continue;
      const parcel = parcels[position];
      const gap = bboxDistance(community.bbox, parcel.bbox);
      if (gap > reach || gap <= knownReach) continue;
      const distanceM = flatShapeDistance(community.shape, communitySegmentList, parcel.shape, parcelSegments(position));
      place({ community: c, candidate, distanceM });
    }
    beyond.push(outside);
    return inside.sort((a, b) => a.distanceM - b.distanceM || a.candidate - b.candidate);
  });
  return { walkM, candidates, byCommunity, beyond };
}

/** Pairs per community with distance ≤ walkM (inclusive, up to float noise). */
export function pairsWithin(prepared: PreparedLayers, candidates: CandidateParcel[], walkM: number): Pair[][] {
  let memo = prepared.memo.get(PAIRS_KEY) as PairMemo | undefined;
  if (!memo || memo.candidates !== candidates || memo.walkM < walkM) {
    memo = computePairs(prepared, candidates, walkM, memo && memo.candidates === candidates ? memo : undefined);
    prepared.memo.set(PAIRS_KEY, memo);
  }
  if (memo.walkM === walkM) return memo.byCommunity;
  const reach = walkM + DISTANCE_EPSILON_M;
  return memo.byCommunity.map((pairs) => {
    let end = 0;
    while (end < pairs.length && pairs[end].distanceM <= reach) end++;
    return pairs.slice(0, end);
  });
}

/** Share of the parcel's whole area lying inside the community, memoised per pair. */
export function insideShare(prepared: PreparedLayers, community: number, parcelPosition: number): number {
  let shares = prepared.memo.get(SHARES_KEY) as Map<number, number> | undefined;
  if (!shares) {
    shares = new Map();
    prepared.memo.set(SHARES_KEY, shares);
  }
  // A number per pair (no string built per lookup): positions are below the layer's length.
  const key = community * prepared.layer('idleLand').features.length + parcelPosition;
  let share = shares.get(key);
  if (share === undefined) {
    const communityShape = prepared.layer('communities').features[community].shape;
    const parcel = prepared.layer('idleLand').features[parcelPosition];
    share = 0;
    if (communityShape.type === 'polygon' && parcel.shape.type === 'polygon' && parcel.areaM2 > 0) {
      // A convex parcel is a clip window: Sutherland–Hodgman clips any simple ring against it
      // with the right area (possibly with zero-width bridges), holes subtracted; no polyclip.
      const parcelRing = convexRing(parcel.shape.coordinates);
      const inside = parcelRing
        ? communityShape.coordinates.reduce(
            (sum, polygon) =>
              sum + polygon.reduce((area, ring, r) => area + (r === 0 ? 1 : -1) * openRingArea(clipConvex(ring, parcelRing)), 0),
            0,
          )
        : intersectionArea(parcel.shape.coordinates, communityShape.coordinates);
      share = inside / parcel.areaM2;
    }
    shares.set(key, share);
  }
  return share;
}

/** Whether the pooling mode lets this pair count (the walking limit is checked by pairsWithin). */
export function modeAllows(
  mode: PoolingMode,
  prepared: PreparedLayers,
  pair: Pair,
  parcelPosition: number,
  communityDistrict: FeatureId | null,
  parcelDistrict: FeatureId | null,
): boolean {
  switch (mode) {
    case 'cross':
      return true;
    case 'district':
      return communityDistrict !== null && communityDistrict === parcelDistrict;
    case 'self':
      // A share above zero needs overlap, so only touching pairs are worth clipping.
      return pair.distanceM === 0 && insideShare(prepared, pair.community, parcelPosition) >= 0.5 - SHARE_EPSILON;
  }
}
