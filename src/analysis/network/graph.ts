/**
 * The walking network of DESIGN §3.6, built from planar road lines:
 * - vertices within 0.5 m of each other (inclusive) are one node, and merging chains
 *   (union-find over a 0.5 m grid);
 * - a line's end within 0.5 m of another line between that line's vertices is a T-junction:
 *   the other line is split at the nearest point, which joins the end's node;
 * - lines that cross without a shared vertex do not meet (bridges, tunnels);
 * - connected parts shorter than 1 km in total are dropped (the longest part always stays,
 *   and so does every part tied with it).
 * Every edge is one straight piece of road, so its length is its planar length and a
 * point on it is given by an offset from its `from` end.
 */
import { hypot } from '../geometry/hypot';
import type { Point } from '../geometry/planar';
import { type BoxIndex, buildFlatBoxIndex } from '../geometry/spatial-index';
import { findSplits } from './t-junctions';
import { UnionFind } from './union-find';

export const MERGE_TOLERANCE_M = 0.5;
export const MIN_COMPONENT_LENGTH_M = 1000;

export interface WalkingNetwork {
  nodeCount: number;
  edgeCount: number;
  /** Node at each edge's start and end (may be equal: a piece shorter than the merge tolerance). */
  from: Int32Array;
  to: Int32Array;
  length: Float64Array;
  /** Edge geometry: start (ax, ay) and end (bx, by) in metres. */
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
  /** Incident edges per node, self-loops left out (CSR: adjacencyStart has nodeCount + 1 entries). */
  adjacencyStart: Int32Array;
  adjacencyEdge: Int32Array;
  /** Spatial index over edge boxes (positions are edge numbers). */
  index: BoxIndex;
  stats: NetworkStats;
}

export interface NetworkStats {
  lines: number;
  tJunctions: number;
  components: number;
  droppedComponents: number;
  droppedLengthM: number;
  keptLengthM: number;
}

/**
 * Union of every pair of vertices within the tolerance, through a grid of tolerance-sized
 * cells held in an open-addressing table on typed arrays (a Map keyed by doubles cost ~40 %
 * of the network build). Only the partition matters downstream, not the order of unions.
 */
function mergeVertices(points: Point[]): UnionFind {
  const count = points.length;
  const unionFind = new UnionFind(count);
  const cell = MERGE_TOLERANCE_M;
  let size = 16;
  while (size < 2 * count) size *= 2;
  const mask = size - 1;
  const slotX = new Int32Array(size);
  const slotY = new Int32Array(size);
  const slotHead = new Int32Array(size).fill(-1);
  const next = new Int32Array(Math.max(1, count)).fill(-1);
  // Cell coordinates wrap at 2^32 for absurd inputs: a wrapped cell only adds candidates,
  // each still checked by its true distance.
  const slotOf = (cx: number, cy: number): number => {
    let slot = (Math.imul(cx, 73856093) ^ Math.imul(cy, 19349663)) & mask;
    while (slotHead[slot] !== -1 && (slotX[slot] !== cx || slotY[slot] !== cy)) slot = (slot + 1) & mask;
    return slot;
  };
  for (let i = 0; i < count; i++) {
    const p = points[i];
    const cx = Math.floor(p[0] / cell) | 0;
    const cy = Math.floor(p[1] / cell) | 0;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (let j = slotHead[slotOf((cx + dx) | 0, (cy + dy) | 0)]; j !== -1; j = next[j]) {
          const q = points[j];
          if (hypot(p[0] - q[0], p[1] - q[1]) <= MERGE_TOLERANCE_M) unionFind.union(i, j);
        }
      }
    }
    const own = slotOf(cx, cy);
    slotX[own] = cx;
    slotY[own] = cy;
    next[i] = slotHead[own];
    slotHead[own] = i;
  }
  return unionFind;
}

/** Edges before short components are dropped, as parallel typed arrays sized exactly (no object per edge, no regrowth). */
interface RawEdges {
  from: Int32Array;
  to: Int32Array;
  ax: Float64Array;
  ay: Float64Array;
  bx: Float64Array;
  by: Float64Array;
}

/** Builds the network from road lines (each a list of planar points; one entry per LineString part). */
export function buildWalkingNetwork(lines: Point[][]): WalkingNetwork {
  const usable = lines.filter((line) => line.length >= 2 && line.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])));
  const vertexBase: number[] = [];
  const points: Point[] = [];
  for (const line of usable) {
    vertexBase.push(points.length);
    for (const p of line) points.push(p);
  }
  const merged = mergeVertices(points);
  const splits = findSplits(usable, vertexBase, MERGE_TOLERANCE_M);

  // One edge per segment plus one per T-junction cutting it.
  let edgeTotal = points.length - usable.length;
  for (const list of splits.values()) edgeTotal += list.length;
  const raw: RawEdges = {
    from: new Int32Array(edgeTotal), to: new Int32Array(edgeTotal),
    ax: new Float64Array(edgeTotal), ay: new Float64Array(edgeTotal), bx: new Float64Array(edgeTotal), by: new Float64Array(edgeTotal),
  };
  let added = 0;
  const addEdge = (fromVertex: number, toVertex: number, a: Point, b: Point) => {
    raw.from[added] = merged.find(fromVertex);
    raw.to[added] = merged.find(toVertex);
    raw.ax[added] = a[0];
    raw.ay[added] = a[1];
    raw.bx[added] = b[0];
    raw.by[added] = b[1];
    added++;
  };
  let segment = 0;
  let tJunctions = 0;
  usable.forEach((line, l) => {
    for (let k = 0; k + 1 < line.length; k++, segment++) {
      const here = splits.get(segment);
      if (!here) {
        addEdge(vertexBase[l] + k, vertexBase[l] + k + 1, line[k], line[k + 1]);
        continue;
      }
      // The segment cut at its T-junctions, in order along it.
      here.sort((x, y) => x.t - y.t);
      tJunctions += here.length;
      let vertex = vertexBase[l] + k;
      let point = line[k];
      for (const split of here) {
        addEdge(vertex, split.vertex, point, split.point);
        vertex = split.vertex;
        point = split.point;
      }
      addEdge(vertex, vertexBase[l] + k + 1, point, line[k + 1]);
    }
  });
  return finishNetwork(raw, usable.length, tJunctions);
}

/** Drops short components, numbers the remaining nodes densely and builds the adjacency. */
function finishNetwork(raw: RawEdges, lineCount: number, tJunctions: number): WalkingNetwork {
  const rawCount = raw.from.length;
  const lengths = new Float64Array(rawCount);
  let maxVertex = 0;
  for (let i = 0; i < rawCount; i++) {
    lengths[i] = hypot(raw.bx[i] - raw.ax[i], raw.by[i] - raw.ay[i]);
    maxVertex = Math.max(maxVertex, raw.from[i] + 1, raw.to[i] + 1);
  }
  const components = new UnionFind(maxVertex);
  for (let i = 0; i < rawCount; i++) components.union(raw.from[i], raw.to[i]);
  // Total length per component, summed in edge order; components listed by first edge.
  const rootOf = new Int32Array(rawCount);
  const totals = new Float64Array(maxVertex);
  const seen = new Uint8Array(maxVertex);
  const roots: number[] = [];
  for (let i = 0; i < rawCount; i++) {
    const root = components.find(raw.from[i]);
    rootOf[i] = root;
    if (!seen[root]) {
      seen[root] = 1;
      roots.push(root);
    }
    totals[root] += lengths[i];
  }
  let longestLength = -Infinity;
  for (const root of roots) longestLength = Math.max(longestLength, totals[root]);
  // Every part tied for the longest is "the longest part" (§3.6 names no tie-break): all stay.
  const keepRoot = (root: number) => totals[root] === longestLength || totals[root] >= MIN_COMPONENT_LENGTH_M;
  let droppedComponents = 0;
  let droppedLengthM = 0;
  let keptLengthM = 0;
  for (const root of roots) {
    if (keepRoot(root)) keptLengthM += totals[root];
    else {
      droppedComponents += 1;
      droppedLengthM += totals[root];
    }
  }

  const nodeOfVertex = new Int32Array(maxVertex).fill(-1);
  let nodeCount = 0;
  const numberOf = (vertex: number) => {
    if (nodeOfVertex[vertex] === -1) nodeOfVertex[vertex] = nodeCount++;
    return nodeOfVertex[vertex];
  };
  let edgeCount = 0;
  for (let i = 0; i < rawCount; i++) if (keepRoot(rootOf[i])) edgeCount++;
  const network = {
    from: new Int32Array(edgeCount), to: new Int32Array(edgeCount), length: new Float64Array(edgeCount),
    ax: new Float64Array(edgeCount), ay: new Float64Array(edgeCount), bx: new Float64Array(edgeCount), by: new Float64Array(edgeCount),
  };
  const boxMinX = new Float64Array(edgeCount);
  const boxMinY = new Float64Array(edgeCount);
  const boxMaxX = new Float64Array(edgeCount);
  const boxMaxY = new Float64Array(edgeCount);
  for (let i = 0, n = 0; i < rawCount; i++) {
    if (!keepRoot(rootOf[i])) continue;
    network.from[n] = numberOf(raw.from[i]);
    network.to[n] = numberOf(raw.to[i]);
    network.length[n] = lengths[i];
    network.ax[n] = raw.ax[i];
    network.ay[n] = raw.ay[i];
    network.bx[n] = raw.bx[i];
    network.by[n] = raw.by[i];
    boxMinX[n] = Math.min(raw.ax[i], raw.bx[i]);
    boxMinY[n] = Math.min(raw.ay[i], raw.by[i]);
    boxMaxX[n] = Math.max(raw.ax[i], raw.bx[i]);
    boxMaxY[n] = Math.max(raw.ay[i], raw.by[i]);
    n++;
  }
  const adjacencyStart = new Int32Array(nodeCount + 1);
  for (let n = 0; n < edgeCount; n++) {
    if (network.from[n] === network.to[n]) continue;
    adjacencyStart[network.from[n] + 1]++;
    adjacencyStart[network.to[n] + 1]++;
  }
  for (let v = 0; v < nodeCount; v++) adjacencyStart[v + 1] += adjacencyStart[v];
  const adjacencyEdge = new Int32Array(adjacencyStart[nodeCount]);
  const fill = adjacencyStart.slice(0, nodeCount);
  for (let n = 0; n < edgeCount; n++) {
    if (network.from[n] === network.to[n]) continue;
    adjacencyEdge[fill[network.from[n]]++] = n;
    adjacencyEdge[fill[network.to[n]]++] = n;
  }
  return {
    nodeCount, edgeCount, ...network, adjacencyStart, adjacencyEdge, index: buildFlatBoxIndex(boxMinX, boxMinY, boxMaxX, boxMaxY),
    stats: { lines: lineCount, tJunctions, components: roots.length, droppedComponents, droppedLengthM, keptLengthM },
  };
}
