/**
 * The least of dA + dB over a stretch [lo, hi] of one edge where two places are both attached
 * (DESIGN §3.6: the least over their attachment points), exactly.
 *
 * Along the edge a place's distance is the least of convex pieces: the distance to one of its
 * edges (a point is one degenerate edge), and 0 on each stretch inside a polygon. Each piece is
 * ≥ the distance everywhere and equal to it where it is the nearest, so the least of dA + dB is
 * the least, over pairs of pieces, of a convex sum: one ternary search each. A ternary search
 * on dA + dB itself is exact only for convex places: a site whose side wavers by millimetres
 * along the road came out at 13.003 m for 13 m. A piece whose least over the stretch is above
 * another piece's greatest (at an end, being convex) is nowhere the nearest and is skipped, so
 * usually one or two pieces per place remain.
 */
import type { Point, Shape } from '../geometry/planar';
import { flatSegments, pointSegment, segmentDistance } from './flat-shapes';
import type { WalkingNetwork } from './graph';
import { withinIntervals } from './place-geometry';

interface Piece {
  f: (s: number) => number;
  lo: number;
  hi: number;
}

/** Least of f over [lo, hi] for a function convex there. */
export function minimiseOver(f: (x: number) => number, lo: number, hi: number): number {
  let best = Math.min(f(lo), f(hi));
  for (let i = 0; i < 60 && hi - lo > 1e-7; i++) {
    const m1 = lo + (hi - lo) / 3;
    const m2 = hi - (hi - lo) / 3;
    const [f1, f2] = [f(m1), f(m2)];
    best = Math.min(best, f1, f2);
    if (f1 <= f2) hi = m2;
    else lo = m1;
  }
  return best;
}

/** The convex pieces of a place's distance that may be its least somewhere on [lo, hi] of the edge. */
function piecesOf(network: WalkingNetwork, edge: number, shape: Shape, lo: number, hi: number): Piece[] {
  const ax = network.ax[edge];
  const ay = network.ay[edge];
  const dx = network.bx[edge] - ax;
  const dy = network.by[edge] - ay;
  const length = network.length[edge];
  // As edgePoint: the point at offset s.
  const at = (s: number): Point => {
    const t = length === 0 ? 0 : s / length;
    return [ax + t * dx, ay + t * dy];
  };
  const [px, py] = at(lo);
  const [qx, qy] = at(hi);
  const edges = flatSegments(shape);
  let bound = Infinity;
  for (let i = 0; i < edges.length; i += 4) {
    const [cx, cy, ex, ey] = [edges[i], edges[i + 1], edges[i + 2], edges[i + 3]];
    bound = Math.min(bound, Math.max(pointSegment(px, py, cx, cy, ex, ey), pointSegment(qx, qy, cx, cy, ex, ey)));
  }
  const pieces: Piece[] = [];
  for (let i = 0; i < edges.length; i += 4) {
    const [cx, cy, ex, ey] = [edges[i], edges[i + 1], edges[i + 2], edges[i + 3]];
    if (segmentDistance(px, py, qx, qy, cx, cy, ex, ey) > bound + 1e-9) continue;
    pieces.push({ f: (s) => pointSegment(...at(s), cx, cy, ex, ey), lo, hi });
  }
  if (shape.type === 'polygon') {
    for (const [s0, s1] of withinIntervals(shape, [ax, ay], [network.bx[edge], network.by[edge]], 0)) {
      if (s0 <= hi && s1 >= lo) pieces.push({ f: () => 0, lo: Math.max(lo, s0), hi: Math.min(hi, s1) });
    }
  }
  return pieces;
}

/** Least of dA(s) + dB(s) over offsets s in [lo, hi] of one edge. */
export function overlapLeast(network: WalkingNetwork, edge: number, shapeA: Shape, shapeB: Shape, lo: number, hi: number): number {
  const piecesB = piecesOf(network, edge, shapeB, lo, hi);
  let best = Infinity;
  for (const p of piecesOf(network, edge, shapeA, lo, hi)) {
    for (const q of piecesB) {
      const from = Math.max(p.lo, q.lo);
      const to = Math.min(p.hi, q.hi);
      if (from <= to) best = Math.min(best, minimiseOver((s) => p.f(s) + q.f(s), from, to));
    }
  }
  return best;
}
