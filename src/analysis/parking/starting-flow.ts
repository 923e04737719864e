/**
 * Where the network simplex of transport.ts starts a component: the previous allocation cut to
 * what is still allowed (warm start), or the cheapest-first greedy amounts.
 */
import type { TransportProblem } from './transport';
import { orderByCost } from './sort-by-cost';

/**
 * A feasible start from a previous allocation (warm start): each arc's previous amount, cut
 * to what its source and sink still allow, in arc order. Returns the circulation's flows,
 * arcs as laid out by solveWithNetworkSimplex (sources, then sinks, are nodes 0, 1, …, in
 * the order of `sources` and `sinks`; what is left is kept per node).
 */
export function startingFlow(problem: TransportProblem, arcs: number[], previous: ReadonlyMap<number, number>, sources: number[], sinks: number[], node: Leftovers): Float64Array {
  const sinkCount = problem.capacities.length;
  const flows = new Float64Array(arcs.length + sources.length + sinks.length + 1);
  const left = new Float64Array(sources.length + sinks.length);
  sources.forEach((source, v) => (left[v] = problem.supplies[source]));
  sinks.forEach((sink, t) => (left[sources.length + t] = problem.capacities[sink]));
  let total = 0;
  for (let i = 0; i < arcs.length; i++) {
    const { source, sink } = problem.arcs[arcs[i]];
    const wanted = previous.get(source * sinkCount + sink) ?? 0;
    if (wanted <= 0) continue;
    const from = node.nodeOfSource[source];
    const to = node.nodeOfSink[sink];
    const amount = Math.min(wanted, left[from], left[to]);
    flows[i] = amount;
    left[from] -= amount;
    left[to] -= amount;
    total += amount;
  }
  let i = arcs.length;
  for (let v = 0; v < sources.length; v++) flows[i++] = problem.supplies[sources[v]] - left[v];
  for (let t = 0; t < sinks.length; t++) flows[i++] = problem.capacities[sinks[t]] - left[sources.length + t];
  flows[i] = total;
  return flows;
}

/**
 * What is left of every supply and capacity, shared by the components of one solve: they are
 * disjoint in sources and sinks, so one copy serves them all (no map per component).
 */
export interface Leftovers {
  supply: Float64Array;
  capacity: Float64Array;
  /** Circulation node of each source and sink of the component being solved (−1 before it). */
  nodeOfSource: Int32Array;
  nodeOfSink: Int32Array;
}

/**
 * Cheapest arcs first, each as much as its source and sink still allow (keyed like `previous`).
 * orderByCost: the order (cost, then arc) is total, so the amounts are those of any sort with
 * that comparator.
 */
export function greedyAmounts(problem: TransportProblem, arcs: number[], left: Leftovers): Map<number, number> {
  const sinkCount = problem.capacities.length;
  const costs = new Float64Array(arcs.length);
  const ids = new Int32Array(arcs.length);
  for (let i = 0; i < arcs.length; i++) {
    costs[i] = problem.arcs[arcs[i]].cost;
    ids[i] = arcs[i];
  }
  const amounts = new Map<number, number>();
  const order = orderByCost(costs, ids);
  for (let k = 0; k < order.length; k++) {
    const { source, sink } = problem.arcs[arcs[order[k]]];
    const amount = Math.min(left.supply[source], left.capacity[sink]);
    if (amount <= 0) continue;
    amounts.set(source * sinkCount + sink, amount);
    left.supply[source] -= amount;
    left.capacity[sink] -= amount;
  }
  return amounts;
}
