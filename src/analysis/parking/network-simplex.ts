/**
 * Primal network simplex for a min-cost circulation with integer costs (Ahuja–Magnanti–Orlin;
 * the leaving-arc rule and flow update follow LEMON's NetworkSimplex). Integer costs make every
 * reduced cost exact in doubles (callers keep |costs| · nodes below 2^52), so optimality is
 * exact, not up to a tolerance. The initial tree hangs every node from a virtual root by an
 * artificial arc root→node of unbounded capacity: no flow can ever use those arcs (nothing
 * enters the root), and they form a strongly feasible tree, so Cunningham's rule prevents
 * cycling. Block-search pricing over the real arcs.
 *
 * Warm start (warm-basis.ts): given a feasible circulation whose free arcs (0 < flow <
 * capacity) form a forest (any basic solution has that, e.g. the previous run's optimum),
 * the tree is that forest hung from the root by one artificial arc per component. Free arcs
 * can move either way and artificial arcs carry 0 pointing away from the root, so the tree
 * is strongly feasible and the same pivots finish at an exact optimum, usually after few.
 */
import { DOWN, hangFreeForest, LOWER, TREE, UP, UPPER } from './warm-basis';

/** The arcs as columns: arc e runs from[e] → to[e] with capacity[e] and integer cost[e] per unit. */
export interface CirculationArcs {
  from: Int32Array;
  to: Int32Array;
  capacity: Float64Array;
  cost: Float64Array;
}


/**
 * Flows of a min-cost circulation on `nodeCount` nodes (all supplies 0). With `initialFlow`
 * (one value per arc) the pivots start from it; null when it is not a feasible circulation
 * with a forest of free arcs (the caller then starts cold).
 */
export function minCostCirculation(nodeCount: number, arcs: CirculationArcs, maxPivots?: number): Float64Array;
export function minCostCirculation(nodeCount: number, arcs: CirculationArcs, maxPivots: number | undefined, initialFlow: Float64Array): Float64Array | null;
export function minCostCirculation(nodeCount: number, arcs: CirculationArcs, maxPivots = 50_000_000, initialFlow?: Float64Array): Float64Array | null {
  const m = arcs.from.length;
  const root = nodeCount;
  const total = m + nodeCount; // real arcs, then one artificial arc per node
  const source = new Int32Array(total);
  const target = new Int32Array(total);
  const cap = new Float64Array(total);
  const cost = new Float64Array(total);
  const flow = new Float64Array(total);
  const state = new Int8Array(total);
  source.set(arcs.from);
  target.set(arcs.to);
  cap.set(arcs.capacity);
  cost.set(arcs.cost);
  state.fill(LOWER, 0, m);
  const n = nodeCount + 1;
  const parent = new Int32Array(n).fill(-1);
  const pred = new Int32Array(n).fill(-1);
  const predDir = new Int8Array(n);
  const depth = new Int32Array(n);
  const potential = new Float64Array(n);
  // Children as doubly linked sibling lists, for re-hanging subtrees in O(1) per node.
  const firstChild = new Int32Array(n).fill(-1);
  const nextSibling = new Int32Array(n).fill(-1);
  const prevSibling = new Int32Array(n).fill(-1);
  const attach = (child: number, to: number) => {
    parent[child] = to;
    prevSibling[child] = -1;
    nextSibling[child] = firstChild[to];
    if (firstChild[to] !== -1) prevSibling[firstChild[to]] = child;
    firstChild[to] = child;
  };
  const detach = (child: number) => {
    const p = parent[child];
    if (prevSibling[child] !== -1) nextSibling[prevSibling[child]] = nextSibling[child];
    else firstChild[p] = nextSibling[child];
    if (nextSibling[child] !== -1) prevSibling[nextSibling[child]] = prevSibling[child];
  };
  for (let v = 0; v < nodeCount; v++) {
    const e = m + v;
    source[e] = root;
    target[e] = v;
    cap[e] = Infinity;
    if (initialFlow) continue; // hung below, from the forest of free arcs
    state[e] = TREE;
    attach(v, root);
    pred[v] = e;
    predDir[v] = DOWN;
    depth[v] = 1;
  }
  let extra: number[] = [];
  if (initialFlow) {
    const tree = { parent, pred, predDir, depth, potential, attach };
    const leftover = hangFreeForest(nodeCount, m, source, target, cap, cost, flow, state, initialFlow, tree);
    if (!leftover) return null;
    extra = leftover;
  }

  const blockSize = Math.max(10, Math.ceil(Math.sqrt(m)));
  let nextArc = 0;
  /**
   * Block search: the most violating arc of the first block that has one; -1 when optimal.
   * Blocks count from where the last search stopped. A tree arc's state is 0, so its
   * violation is ±0 and never below bestViolation (≤ 0): no test for it. At province scale
   * this loop reads most arcs on most pivots near the optimum (83 M reads for 58,000
   * pivots), so it is kept branch-light.
   */
  const findEntering = (): number => {
    let best = -1;
    let bestViolation = 0;
    let e = nextArc;
    for (let left = m; left > 0; ) {
      const size = blockSize < left ? blockSize : left;
      left -= size;
      for (let k = 0; k < size; k++) {
        const violation = state[e] * (cost[e] + potential[source[e]] - potential[target[e]]);
        if (violation < bestViolation) {
          bestViolation = violation;
          best = e;
        }
        e = e + 1 === m ? 0 : e + 1;
      }
      if (best !== -1) break;
    }
    nextArc = e;
    return best;
  };

  const path: number[] = [];
  // The path's old tree arcs and directions, reused by every pivot (a path has ≤ n nodes).
  const oldPred = new Int32Array(n);
  const oldDir = new Int8Array(n);
  const stack: number[] = [];
  /**
   * One pivot: push along the cycle the entering arc closes, forward (dir 1) or backward
   * (dir −1), as far as the first blocking arc. Arcs at a bound enter the way their state
   * says; a warm start's leftover free arcs (extra) enter whichever way does not raise the cost.
   */
  const pivotOn = (entering: number, dir: number): void => {
    const first = dir === 1 ? source[entering] : target[entering];
    const second = dir === 1 ? target[entering] : source[entering];
    let u = first;
    let v = second;
    while (u !== v) {
      if (depth[u] >= depth[v]) u = parent[u];
      else v = parent[v];
    }
    const join = u;
    // Leaving arc: the blocking arc last met going round the cycle from the join (Cunningham).
    let delta = dir === 1 ? cap[entering] - flow[entering] : flow[entering];
    let leavingNode = -1;
    let side = 0;
    for (let x = first; x !== join; x = parent[x]) {
      const e = pred[x];
      const residual = predDir[x] === DOWN ? cap[e] - flow[e] : flow[e];
      if (residual < delta) {
        delta = residual;
        leavingNode = x;
        side = 1;
      }
    }
    for (let x = second; x !== join; x = parent[x]) {
      const e = pred[x];
      const residual = predDir[x] === UP ? cap[e] - flow[e] : flow[e];
      if (residual <= delta) {
        delta = residual;
        leavingNode = x;
        side = 2;
      }
    }
    if (delta === Infinity) throw new Error('network simplex: unbounded circulation (a negative cycle of unlimited capacity)');
    if (delta > 0) {
      const value = dir * delta;
      flow[entering] += value;
      for (let x = source[entering]; x !== join; x = parent[x]) flow[pred[x]] -= predDir[x] * value;
      for (let x = target[entering]; x !== join; x = parent[x]) flow[pred[x]] += predDir[x] * value;
    }
    if (side === 0) {
      state[entering] = dir === 1 ? UPPER : LOWER;
      return;
    }
    const leaving = pred[leavingNode];
    state[entering] = TREE;
    state[leaving] = flow[leaving] === 0 ? LOWER : UPPER;
    // Re-hang the subtree cut off by the leaving arc from the entering arc: reverse the path
    // from the entering arc's endpoint in that subtree up to the leaving node.
    const inner = side === 1 ? first : second;
    const outer = side === 1 ? second : first;
    path.length = 0;
    for (let x = inner; ; x = parent[x]) {
      path.push(x);
      if (x === leavingNode) break;
    }
    for (let i = 0; i < path.length; i++) {
      oldPred[i] = pred[path[i]];
      oldDir[i] = predDir[path[i]];
    }
    for (let i = path.length - 1; i >= 0; i--) detach(path[i]);
    attach(path[0], outer);
    pred[path[0]] = entering;
    predDir[path[0]] = source[entering] === path[0] ? UP : DOWN;
    for (let i = 1; i < path.length; i++) {
      attach(path[i], path[i - 1]);
      pred[path[i]] = oldPred[i - 1];
      predDir[path[i]] = -oldDir[i - 1] as 1 | -1;
    }
    // Depths and potentials of the moved subtree (tree arcs have zero reduced cost).
    stack.length = 0;
    stack.push(path[0]);
    while (stack.length > 0) {
      const x = stack.pop()!;
      const p = parent[x];
      depth[x] = depth[p] + 1;
      potential[x] = predDir[x] === UP ? potential[p] - cost[pred[x]] : potential[p] + cost[pred[x]];
      for (let c = firstChild[x]; c !== -1; c = nextSibling[c]) stack.push(c);
    }
  };
  for (const e of extra) {
    // Free arcs that closed a cycle in the warm basis: pivot each in (or to a bound).
    pivotOn(e, cost[e] + potential[source[e]] - potential[target[e]] > 0 ? -1 : 1);
  }
  for (let pivot = 0; pivot < maxPivots; pivot++) {
    const entering = m === 0 ? -1 : findEntering();
    if (entering === -1) return flow.slice(0, m);
    pivotOn(entering, state[entering]);
  }
  throw new Error('network simplex: pivot limit reached');
}
