/**
 * Attaching a place to the walking network (DESIGN §3.6): a place whose least distance to
 * the network is at most 500 m attaches at every network point within 0.01 m of that least
 * distance; each point is charged the place's own distance to it.
 *
 * The attached points on one edge form a few stretches (a road through a community attaches
 * along its whole stretch inside). Since a distance is 1-Lipschitz along the edge, the
 * cheapest way from the place to the edge's start node is through the stretch point nearest
 * to the start, and likewise for the end: so a place becomes a handful of (node, cost) seeds,
 * plus its stretches for places met on the same edge without passing a node.
 */
import type { Point, Shape } from '../geometry/planar';
import type { WalkingNetwork } from './graph';
import { flatSegments } from './flat-shapes';
import { flatPlaceSegmentDistance, flatWithinIntervals, type Interval, placePointDistance } from './place-geometry';
import { overlapLeast } from './overlap';

export const MAX_ATTACH_DISTANCE_M = 500;
export const ATTACH_TOLERANCE_M = 0.01;

export interface EdgeStretches {
  edge: number;
  intervals: Interval[];
}

export interface Attachment {
  shape: Shape;
  leastDistanceM: number;
  /** Cost from the place to a node, least per node. */
  seeds: Map<number, number>;
  stretches: EdgeStretches[];
}

export function edgeStart(network: WalkingNetwork, edge: number): Point {
  return [network.ax[edge], network.ay[edge]];
}

export function edgeEnd(network: WalkingNetwork, edge: number): Point {
  return [network.bx[edge], network.by[edge]];
}

/** Point at `offset` metres from an edge's start. */
export function edgePoint(network: WalkingNetwork, edge: number, offset: number): Point {
  const length = network.length[edge];
  const t = length === 0 ? 0 : offset / length;
  return [network.ax[edge] + t * (network.bx[edge] - network.ax[edge]), network.ay[edge] + t * (network.by[edge] - network.ay[edge])];
}

/** Box of a place's points (outer rings for polygons), updated in place: no array per vertex. */
function placeBox(shape: Shape): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  if (shape.type === 'point') extendBox(box, shape.coordinates);
  else if (shape.type === 'line') for (const line of shape.coordinates) for (const p of line) extendBox(box, p);
  else for (const polygon of shape.coordinates) for (const p of polygon[0] ?? []) extendBox(box, p);
  return box;
}

function extendBox(box: [number, number, number, number], p: Point): void {
  box[0] = Math.min(box[0], p[0]);
  box[1] = Math.min(box[1], p[1]);
  box[2] = Math.max(box[2], p[0]);
  box[3] = Math.max(box[3], p[1]);
}

/** Least distance from a place to the network, searching outwards; Infinity beyond `limit`. */
export function leastNetworkDistance(network: WalkingNetwork, shape: Shape, limit = MAX_ATTACH_DISTANCE_M): number {
  return leastDistance(network, shape, flatSegments(shape), placeBox(shape), limit);
}

function leastDistance(network: WalkingNetwork, shape: Shape, edges: Float64Array, box: [number, number, number, number], limit: number): number {
  const { ax, ay, bx, by } = network;
  for (const reach of [5, 40, 160, limit]) {
    const radius = Math.min(reach, limit);
    let best = Infinity;
    for (const edge of network.index.within(box, radius)) {
      const d = flatPlaceSegmentDistance(shape, edges, ax[edge], ay[edge], bx[edge], by[edge]);
      if (d < best) best = d;
    }
    // Every edge within `radius` was looked at, so a best within it is the true least.
    if (best <= radius) return best;
    if (radius >= limit) break;
  }
  return Infinity;
}

/** The least cost known from a place to a node: kept when lower (or first). */
function offerSeed(seeds: Map<number, number>, node: number, cost: number): void {
  const known = seeds.get(node);
  if (known === undefined || cost < known) seeds.set(node, cost);
}

/** Attaches a place, or null when it lies more than 500 m from every remaining road. */
export function attachPlace(network: WalkingNetwork, shape: Shape): Attachment | null {
  // The place's box and flat edges serve both the least distance and the stretches.
  const box = placeBox(shape);
  const edges = flatSegments(shape);
  const least = leastDistance(network, shape, edges, box, MAX_ATTACH_DISTANCE_M);
  if (!(least <= MAX_ATTACH_DISTANCE_M)) return null;
  const radius = least + ATTACH_TOLERANCE_M;
  const seeds = new Map<number, number>();
  const stretches: EdgeStretches[] = [];
  for (const edge of network.index.within(box, radius)) {
    const intervals = flatWithinIntervals(shape, edges, edgeStart(network, edge), edgeEnd(network, edge), radius);
    if (intervals.length === 0) continue;
    stretches.push({ edge, intervals });
    const first = intervals[0][0];
    const last = intervals[intervals.length - 1][1];
    const [fx, fy] = edgePoint(network, edge, first);
    const [lx, ly] = edgePoint(network, edge, last);
    offerSeed(seeds, network.from[edge], placePointDistance(shape, fx, fy) + first);
    offerSeed(seeds, network.to[edge], placePointDistance(shape, lx, ly) + (network.length[edge] - last));
  }
  return { shape, leastDistanceM: least, seeds, stretches };
}

/**
 * Least cost between two places attached to the same edge, along that edge only (no node
 * in between): Infinity when they share no edge.
 */
export function sameEdgeDistance(network: WalkingNetwork, first: Attachment, second: Attachment): number {
  if (first.stretches.length === 0 || second.stretches.length === 0) return Infinity;
  const byEdge = new Map(second.stretches.map((s) => [s.edge, s.intervals]));
  let best = Infinity;
  for (const { edge, intervals } of first.stretches) {
    const others = byEdge.get(edge);
    if (others) best = Math.min(best, stretchDistance(network, edge, first.shape, intervals, second.shape, others));
  }
  return best;
}

/**
 * Least d1(a) + |a − b| + d2(b) over attached offsets a of one place and b of the other on one
 * edge. d is 1-Lipschitz along the edge, so for a < b raising a (within its stretch, up to b) or
 * lowering b never costs more: the least is at the facing ends of two disjoint stretches, or at
 * a point of an overlap, where it is the least of d1 + d2 (overlap.ts).
 */
export function stretchDistance(network: WalkingNetwork, edge: number, shapeA: Shape, intervalsA: Interval[], shapeB: Shape, intervalsB: Interval[]): number {
  const dA = (s: number) => placePointDistance(shapeA, ...edgePoint(network, edge, s));
  const dB = (s: number) => placePointDistance(shapeB, ...edgePoint(network, edge, s));
  let best = Infinity;
  for (const [a0, a1] of intervalsA) {
    for (const [b0, b1] of intervalsB) {
      if (a1 < b0) best = Math.min(best, dA(a1) + (b0 - a1) + dB(b0));
      else if (b1 < a0) best = Math.min(best, dB(b1) + (a0 - b1) + dA(a0));
      else best = Math.min(best, overlapLeast(network, edge, shapeA, shapeB, Math.max(a0, b0), Math.min(a1, b1)));
    }
  }
  return best;
}
