/**
 * T-junctions of the walking network (DESIGN §3.6): a line's end within the tolerance of
 * another line, strictly between that line's vertices, splits it at the nearest point.
 */
import { hypot } from '../geometry/hypot';
import type { Point } from '../geometry/planar';
import { SegmentGrid } from './segment-grid';

export interface Split {
  t: number;
  point: Point;
  /** Global vertex number of the line end that makes the junction. */
  vertex: number;
}

/**
 * Finds T-junctions: the nearest interior point of another line's segment within the tolerance.
 * Segments live in flat arrays and a grid of their own (no box or result arrays per query).
 */
export function findSplits(lines: Point[][], vertexBase: number[], tolerance: number): Map<number, Split[]> {
  let segmentCount = 0;
  for (const line of lines) segmentCount += Math.max(0, line.length - 1);
  const segmentLine = new Int32Array(segmentCount);
  const segmentStart = new Int32Array(segmentCount);
  const minX = new Float64Array(segmentCount);
  const minY = new Float64Array(segmentCount);
  const maxX = new Float64Array(segmentCount);
  const maxY = new Float64Array(segmentCount);
  let s = 0;
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    for (let k = 0; k + 1 < line.length; k++, s++) {
      const a = line[k];
      const b = line[k + 1];
      segmentLine[s] = l;
      segmentStart[s] = k;
      minX[s] = Math.min(a[0], b[0]);
      minY[s] = Math.min(a[1], b[1]);
      maxX[s] = Math.max(a[0], b[0]);
      maxY[s] = Math.max(a[1], b[1]);
    }
  }
  const grid = new SegmentGrid(minX, minY, maxX, maxY, tolerance);
  const splits = new Map<number, Split[]>(); // keyed by segment number
  // Each (end, segment) pair is met once, ends in line order: a segment's splits come out in
  // line-end order whatever order the grid lists segments in.
  const visitEnd = (line: Point[], l: number, end: number) => {
    const p = line[end];
    const count = grid.near(p[0], p[1], p[0] - tolerance, p[1] - tolerance, p[0] + tolerance, p[1] + tolerance);
    for (let f = 0; f < count; f++) {
      const segment = grid.found[f];
      if (segmentLine[segment] === l) continue;
      const other = lines[segmentLine[segment]];
      const a = other[segmentStart[segment]];
      const b = other[segmentStart[segment] + 1];
      const dx = b[0] - a[0];
      const dy = b[1] - a[1];
      const lengthSquared = dx * dx + dy * dy;
      if (lengthSquared === 0) continue;
      const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / lengthSquared;
      // Strictly between the vertices: at a vertex, vertex merging already decides.
      if (!(t > 0 && t < 1)) continue;
      const point: Point = [a[0] + t * dx, a[1] + t * dy];
      if (hypot(p[0] - point[0], p[1] - point[1]) > tolerance) continue;
      const list = splits.get(segment);
      if (list) list.push({ t, point, vertex: vertexBase[l] + end });
      else splits.set(segment, [{ t, point, vertex: vertexBase[l] + end }]);
    }
  };
  for (let l = 0; l < lines.length; l++) {
    const line = lines[l];
    if (line.length < 2) continue;
    visitEnd(line, l, 0);
    visitEnd(line, l, line.length - 1);
  }
  return splits;
}
