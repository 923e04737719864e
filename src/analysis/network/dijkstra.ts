/**
 * Multi-source Dijkstra over the walking network with a binary heap. A workspace keeps its
 * arrays between runs and resets only the nodes it touched, so thousands of short bounded
 * runs (one per candidate site) cost no allocation.
 */
import type { WalkingNetwork } from './graph';

/** Binary min-heap of (node, key) pairs; stale entries are skipped by the caller. */
export class NodeHeap {
  private keys = new Float64Array(1024);
  private nodes = new Int32Array(1024);
  size = 0;

  push(node: number, key: number): void {
    if (this.size === this.keys.length) {
      const keys = new Float64Array(this.size * 2);
      keys.set(this.keys);
      const nodes = new Int32Array(this.size * 2);
      nodes.set(this.nodes);
      this.keys = keys;
      this.nodes = nodes;
    }
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.keys[parent] <= key) break;
      this.keys[i] = this.keys[parent];
      this.nodes[i] = this.nodes[parent];
      i = parent;
    }
    this.keys[i] = key;
    this.nodes[i] = node;
  }

  /** Removes the least entry; returns its node (its key is in `lastKey`). */
  pop(): number {
    const node = this.nodes[0];
    this.lastKey = this.keys[0];
    const key = this.keys[--this.size];
    const moved = this.nodes[this.size];
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= this.size) break;
      if (child + 1 < this.size && this.keys[child + 1] < this.keys[child]) child++;
      if (this.keys[child] >= key) break;
      this.keys[i] = this.keys[child];
      this.nodes[i] = this.nodes[child];
      i = child;
    }
    this.keys[i] = key;
    this.nodes[i] = moved;
    return node;
  }

  lastKey = 0;
}

export interface Seed {
  node: number;
  cost: number;
  /** Label carried along (e.g. the facility's position), reported per node. */
  source: number;
}

export class DijkstraWorkspace {
  readonly distance: Float64Array;
  readonly source: Int32Array;
  private touched: number[] = [];
  private readonly heap = new NodeHeap();

  constructor(private readonly network: WalkingNetwork) {
    this.distance = new Float64Array(network.nodeCount).fill(Infinity);
    this.source = new Int32Array(network.nodeCount).fill(-1);
  }

  /** Shortest distances from the seeds, settled up to `limit` (nodes beyond stay Infinity or partial). */
  run(seeds: Iterable<Seed>, limit = Infinity): void {
    this.reset();
    const { distance, source, heap } = this;
    const { adjacencyStart, adjacencyEdge, from, to, length } = this.network;
    for (const seed of seeds) {
      if (seed.cost > limit || seed.cost >= distance[seed.node]) continue;
      if (distance[seed.node] === Infinity) this.touched.push(seed.node);
      distance[seed.node] = seed.cost;
      source[seed.node] = seed.source;
      heap.push(seed.node, seed.cost);
    }
    while (heap.size > 0) {
      const node = heap.pop();
      const key = heap.lastKey;
      if (key > distance[node]) continue;
      if (key > limit) break;
      for (let k = adjacencyStart[node]; k < adjacencyStart[node + 1]; k++) {
        const edge = adjacencyEdge[k];
        const next = from[edge] === node ? to[edge] : from[edge];
        const candidate = key + length[edge];
        if (candidate < distance[next] && candidate <= limit) {
          if (distance[next] === Infinity) this.touched.push(next);
          distance[next] = candidate;
          source[next] = source[node];
          heap.push(next, candidate);
        }
      }
    }
    heap.size = 0;
  }

  /** Nodes given a distance by the last run: every node within its limit of the seeds. */
  get reached(): readonly number[] {
    return this.touched;
  }

  private reset(): void {
    for (const node of this.touched) {
      this.distance[node] = Infinity;
      this.source[node] = -1;
    }
    this.touched = [];
  }
}
