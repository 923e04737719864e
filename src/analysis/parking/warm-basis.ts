/**
 * The warm-start basis of the network simplex (network-simplex.ts): a feasible circulation
 * given as flows becomes a spanning tree structure, free arcs as tree arcs.
 */

/** Arc and tree directions shared with network-simplex.ts. */
export const UP = 1; // the node's tree arc points from the node to its parent
export const DOWN = -1;
export const LOWER = 1; // non-tree arc at flow 0
export const UPPER = -1; // non-tree arc at capacity
export const TREE = 0;

export interface TreeArrays {
  parent: Int32Array;
  pred: Int32Array;
  predDir: Int8Array;
  depth: Int32Array;
  potential: Float64Array;
  attach(child: number, to: number): void;
}

/**
 * The warm-start basis: flows from `initial`, free arcs as tree arcs, each component hung
 * from the root by its first node's artificial arc (the other artificial arcs sit at 0
 * outside the tree). Returns the free arcs that would close a cycle (left out of the tree,
 * for the caller to pivot in), or null when the flow is not a feasible circulation.
 */
export function hangFreeForest(
  nodeCount: number, m: number, source: Int32Array, target: Int32Array, cap: Float64Array, cost: Float64Array,
  flow: Float64Array, state: Int8Array, initial: Float64Array, tree: TreeArrays,
): number[] | null {
  const balance = new Float64Array(nodeCount);
  const component = new Int32Array(nodeCount).map((_, i) => i);
  const find = (x: number): number => {
    while (component[x] !== x) x = component[x] = component[component[x]];
    return x;
  };
  const adjacency: number[][] = Array.from({ length: nodeCount }, () => []);
  const extra: number[] = [];
  for (let e = 0; e < m; e++) {
    const value = initial[e];
    if (!(value >= 0 && value <= cap[e])) return null;
    flow[e] = value;
    balance[source[e]] -= value;
    balance[target[e]] += value;
    state[e] = value === 0 ? LOWER : value === cap[e] ? UPPER : TREE;
    if (state[e] !== TREE) continue;
    const a = find(source[e]);
    const b = find(target[e]);
    if (a === b) {
      // Closes a cycle (bounds moved, or two earlier components merged through the super nodes).
      state[e] = LOWER; // placeholder: pivoted in by the caller, its direction from the reduced cost
      extra.push(e);
      continue;
    }
    component[a] = b;
    adjacency[source[e]].push(e);
    adjacency[target[e]].push(e);
  }
  if (balance.some((b) => b !== 0)) return null;
  const visited = new Uint8Array(nodeCount);
  const stack: number[] = [];
  for (let head = 0; head < nodeCount; head++) {
    state[m + head] = LOWER;
    if (visited[head]) continue;
    visited[head] = 1;
    state[m + head] = TREE;
    tree.attach(head, nodeCount);
    tree.pred[head] = m + head;
    tree.predDir[head] = DOWN;
    tree.depth[head] = 1;
    tree.potential[head] = 0;
    stack.push(head);
    while (stack.length > 0) {
      const x = stack.pop()!;
      for (const e of adjacency[x]) {
        const y = source[e] === x ? target[e] : source[e];
        if (visited[y]) continue;
        visited[y] = 1;
        tree.attach(y, x);
        tree.pred[y] = e;
        tree.predDir[y] = source[e] === y ? UP : DOWN;
        tree.depth[y] = tree.depth[x] + 1;
        // Tree arcs have zero reduced cost: cost + π(source) − π(target) = 0.
        tree.potential[y] = tree.predDir[y] === UP ? tree.potential[x] - cost[e] : tree.potential[x] + cost[e];
        stack.push(y);
      }
    }
  }
  return extra;
}
