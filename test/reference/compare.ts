/**
 * Runs one planar case through both the engine (src/analysis/network) and the reference
 * (test/reference), for the differential tests.
 */
import type { Shape } from '../../src/analysis/geometry/planar';
import { attachPlace, buildWalkingNetwork, networkDistance } from '../../src/analysis/network';
import { type Place, referenceAttach, referenceDistance } from './place-distance';
import { referenceNetwork, type XY } from './walking-network';

export const point = (x: number, y: number): Place => ({ kind: 'point', p: [x, y] });
export const box = (x0: number, y0: number, x1: number, y1: number): Place => ({
  kind: 'polygon',
  polygons: [[[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]]],
});
export const ring = (points: XY[]): Place => ({ kind: 'polygon', polygons: [[[...points, points[0]]]] });

export function engineShape(place: Place): Shape {
  return place.kind === 'point' ? { type: 'point', coordinates: place.p } : { type: 'polygon', coordinates: place.polygons };
}

export interface BothDistances {
  engine: number;
  reference: number;
  /** Graph summaries: [nodes, edges, T-junctions, kept length]. */
  engineGraph: [number, number, number, number];
  referenceGraph: [number, number, number, number];
}

export function bothDistances(lines: XY[][], a: Place, b: Place): BothDistances {
  const mine = referenceNetwork(lines);
  const theirs = buildWalkingNetwork(lines);
  return {
    engine: networkDistance(theirs, attachPlace(theirs, engineShape(a)), attachPlace(theirs, engineShape(b))),
    reference: referenceDistance(mine, referenceAttach(mine, a), referenceAttach(mine, b)),
    engineGraph: [theirs.nodeCount, theirs.edgeCount, theirs.stats.tJunctions, theirs.stats.keptLengthM],
    referenceGraph: [mine.nodeCount, mine.edges.length, mine.tJunctions, mine.keptLengthM],
  };
}
