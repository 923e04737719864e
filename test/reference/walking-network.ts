/**
 * A deliberately naive reference of DESIGN §3.6's walking network, written from the text
 * alone (not from src/analysis/network), for differential tests. Planar metres in, metres out.
 *
 * - Nodes: every pair of vertices within 0.5 m (inclusive) is united, O(n²) union-find, so
 *   merging chains.
 * - T-junctions: for every end of every line and every segment of every OTHER line, the
 *   foot of the perpendicular strictly between that segment's vertices, when within 0.5 m of
 *   the end, splits the segment there; the split point joins the end's node (it is not
 *   merged with anything else). An end near two segments of a bent line splits both.
 * - Edge length: planar length of each piece. Components: total length of their pieces
 *   (self-loops included); those under 1000 m are dropped unless they are the longest (every
 *   part tied for longest is kept).
 * - Attachment and distances: see place-distance.ts.
 */
export type XY = [number, number];

export interface RefEdge {
  u: number;
  v: number;
  a: XY;
  b: XY;
  length: number;
}

export interface RefNetwork {
  nodeCount: number;
  edges: RefEdge[];
  /** adjacency[node] = edge numbers (a self-loop listed once). */
  adjacency: number[][];
  tJunctions: number;
  components: number;
  droppedComponents: number;
  keptLengthM: number;
}

export const MERGE_M = 0.5;
export const MIN_PART_M = 1000;

class Sets {
  parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i];
    return i;
  }
  union(i: number, j: number): void {
    const a = this.find(i);
    const b = this.find(j);
    if (a !== b) this.parent[Math.max(a, b)] = Math.min(a, b);
  }
}

const length = (a: XY, b: XY) => Math.hypot(b[0] - a[0], b[1] - a[1]);

export function referenceNetwork(input: XY[][]): RefNetwork {
  const lines = input.filter((line) => line.length >= 2 && line.every((p) => Number.isFinite(p[0]) && Number.isFinite(p[1])));
  const vertices: XY[] = [];
  const vertexOf: number[][] = lines.map((line) => line.map((p) => vertices.push(p) - 1));
  const sets = new Sets(vertices.length);
  for (let i = 0; i < vertices.length; i++) {
    for (let j = i + 1; j < vertices.length; j++) if (length(vertices[i], vertices[j]) <= MERGE_M) sets.union(i, j);
  }

  // splits[line][segment] = points (with their vertex) cutting that segment.
  const splits: { t: number; point: XY; vertex: number }[][][] = lines.map((line) => line.slice(1).map(() => []));
  let tJunctions = 0;
  lines.forEach((line, l) => {
    for (const end of [0, line.length - 1]) {
      const p = line[end];
      lines.forEach((other, m) => {
        if (m === l) return;
        for (let k = 0; k + 1 < other.length; k++) {
          const a = other[k];
          const b = other[k + 1];
          const dx = b[0] - a[0];
          const dy = b[1] - a[1];
          const squared = dx * dx + dy * dy;
          if (squared === 0) continue;
          const t = ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / squared;
          if (!(t > 0 && t < 1)) continue;
          const foot: XY = [a[0] + t * dx, a[1] + t * dy];
          if (length(p, foot) > MERGE_M) continue;
          splits[m][k].push({ t, point: foot, vertex: vertexOf[l][end] });
          tJunctions++;
        }
      });
    }
  });

  const raw: { u: number; v: number; a: XY; b: XY }[] = [];
  lines.forEach((line, l) => {
    for (let k = 0; k + 1 < line.length; k++) {
      const cuts = [...splits[l][k]].sort((x, y) => x.t - y.t);
      const stops = [{ point: line[k], vertex: vertexOf[l][k] }, ...cuts, { point: line[k + 1], vertex: vertexOf[l][k + 1] }];
      for (let i = 0; i + 1 < stops.length; i++) {
        raw.push({ u: sets.find(stops[i].vertex), v: sets.find(stops[i + 1].vertex), a: stops[i].point, b: stops[i + 1].point });
      }
    }
  });

  // Components over the vertex numbers (a node is named by its root vertex).
  const parts = new Sets(vertices.length);
  for (const e of raw) parts.union(e.u, e.v);
  const total = new Map<number, number>();
  for (const e of raw) total.set(parts.find(e.u), (total.get(parts.find(e.u)) ?? 0) + length(e.a, e.b));
  const longest = Math.max(...total.values());
  const kept = (root: number) => total.get(root)! >= MIN_PART_M || total.get(root)! === longest;

  const nodeNumber = new Map<number, number>();
  const number = (vertex: number) => {
    if (!nodeNumber.has(vertex)) nodeNumber.set(vertex, nodeNumber.size);
    return nodeNumber.get(vertex)!;
  };
  const edges: RefEdge[] = raw.filter((e) => kept(parts.find(e.u))).map((e) => ({ u: number(e.u), v: number(e.v), a: e.a, b: e.b, length: length(e.a, e.b) }));
  const adjacency: number[][] = Array.from({ length: nodeNumber.size }, () => []);
  edges.forEach((e, i) => {
    adjacency[e.u].push(i);
    if (e.v !== e.u) adjacency[e.v].push(i);
  });
  let keptLengthM = 0;
  let droppedComponents = 0;
  for (const [root, sum] of total) {
    if (kept(root)) keptLengthM += sum;
    else droppedComponents++;
  }
  return { nodeCount: nodeNumber.size, edges, adjacency, tJunctions, components: total.size, droppedComponents, keptLengthM };
}

/** Plain Dijkstra from (node, cost) seeds; Infinity where not reached. */
export function dijkstra(network: RefNetwork, seeds: Map<number, number>): number[] {
  const distance = new Array<number>(network.nodeCount).fill(Infinity);
  const done = new Array<boolean>(network.nodeCount).fill(false);
  // A sorted-on-pop list of [cost, node] (lazy deletion): simple rather than fast.
  const queue: [number, number][] = [];
  for (const [node, cost] of seeds) {
    if (cost < distance[node]) {
      distance[node] = cost;
      queue.push([cost, node]);
    }
  }
  while (queue.length > 0) {
    let best = 0;
    for (let i = 1; i < queue.length; i++) if (queue[i][0] < queue[best][0]) best = i;
    const [cost, node] = queue[best];
    queue[best] = queue[queue.length - 1];
    queue.pop();
    if (done[node] || cost > distance[node]) continue;
    done[node] = true;
    for (const e of network.adjacency[node]) {
      const edge = network.edges[e];
      const next = edge.u === node ? edge.v : edge.u;
      const through = cost + edge.length;
      if (through < distance[next]) {
        distance[next] = through;
        queue.push([through, next]);
      }
    }
  }
  return distance;
}
