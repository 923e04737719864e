/**
 * The exact allocation of DESIGN §3.1: integer x(s,t) ≥ 0 on the given arcs, Σt x ≤ supply(s),
 * Σs x ≤ capacity(t); maximise Σx, then among maximal totals minimise Σ cost·x.
 *
 * The arcs split into connected components that are solved on their own (the objective is a
 * sum over components). A component with a single source or a single sink is solved in
 * closed form: filling its arcs cheapest first is optimal there (any maximal allocation
 * moves min(supply, Σcap) units; swapping a unit onto a cheaper arc never hurts). Every other
 * component goes to the network simplex (default) or to HiGHS.
 *
 * Network simplex: costs are scaled to integers (micrometres where the range allows, see
 * solveWithNetworkSimplex) and a return arc t→s of cost −M closes the circulation. With M
 * above the cost of any simple augmenting path (≤ min(#sources, #sinks) · max cost), a
 * min-cost circulation carries the maximum flow (else an augmenting path plus the return
 * arc would be a negative cycle) and, among maximum flows, the least cost. Integer costs
 * make this exact; the rounding of distances moves the cost by at most total · 0.5 / scale
 * (scale ≈ 2^52 / (2 · nodes · max distance), i.e. nanometres per space at city scale).
 *
 * HiGHS: an LP solved twice, first max Σx, then min Σ cost·x with Σx fixed at that maximum.
 * The transportation matrix is totally unimodular, so simplex vertices are integral; values
 * are rounded only to remove float noise and checked. Used as an independent cross-check.
 */
import { loadHighs, type Highs } from '../solver/highs';
import { solveWithHighs } from './transport-highs';
import { minCostCirculation, type CirculationArc } from './network-simplex';
import { orderByCost } from './sort-by-cost';

/** Which exact method solves components with several sources and several sinks. */
export type TransportEngine = 'network-simplex' | 'highs';

export interface TransportArc {
  source: number;
  sink: number;
  cost: number;
}

export interface TransportProblem {
  supplies: readonly number[];
  capacities: readonly number[];
  arcs: readonly TransportArc[];
}

export interface TransportSolution {
  /** Units on each arc, aligned with problem.arcs. */
  amounts: number[];
  total: number;
  cost: number;
  components: number;
  /** Components that needed the LP solver. */
  solverComponents: number;
}

class UnionFind {
  private readonly parent: Int32Array;
  constructor(size: number) {
    this.parent = new Int32Array(size).map((_, i) => i);
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]];
      x = this.parent[x];
    }
    return x;
  }
  union(a: number, b: number): void {
    this.parent[this.find(a)] = this.find(b);
  }
}

/** Arcs grouped by connected component (sources and sinks as one node set). */
function components(problem: TransportProblem, usable: number[]): number[][] {
  const sourceCount = problem.supplies.length;
  const sets = new UnionFind(sourceCount + problem.capacities.length);
  for (const a of usable) sets.union(problem.arcs[a].source, sourceCount + problem.arcs[a].sink);
  const groups = new Map<number, number[]>();
  for (const a of usable) {
    const root = sets.find(problem.arcs[a].source);
    let group = groups.get(root);
    if (!group) groups.set(root, (group = []));
    group.push(a);
  }
  return [...groups.values()];
}

/** Whether a component has a single source or a single sink (no sets built per component). */
function isStar(problem: TransportProblem, arcs: number[]): boolean {
  const { source, sink } = problem.arcs[arcs[0]];
  let oneSource = true;
  let oneSink = true;
  for (let i = 1; i < arcs.length && (oneSource || oneSink); i++) {
    if (problem.arcs[arcs[i]].source !== source) oneSource = false;
    if (problem.arcs[arcs[i]].sink !== sink) oneSink = false;
  }
  return oneSource || oneSink;
}

/** One source or one sink: cheapest arcs first (ties by arc order, which changes no cost). */
function solveStar(problem: TransportProblem, arcs: number[], amounts: number[]): void {
  const remainingSupply = new Map<number, number>();
  const remainingCapacity = new Map<number, number>();
  const sorted = [...arcs].sort((a, b) => problem.arcs[a].cost - problem.arcs[b].cost || a - b);
  for (const a of sorted) {
    const { source, sink } = problem.arcs[a];
    const supply = remainingSupply.get(source) ?? problem.supplies[source];
    const capacity = remainingCapacity.get(sink) ?? problem.capacities[sink];
    const amount = Math.min(supply, capacity);
    amounts[a] = amount;
    remainingSupply.set(source, supply - amount);
    remainingCapacity.set(sink, capacity - amount);
  }
}

/**
 * A feasible start from a previous allocation (warm start): each arc's previous amount, cut
 * to what its source and sink still allow, in arc order. Returns the circulation's flows,
 * arcs as laid out by solveWithNetworkSimplex.
 */
function startingFlow(problem: TransportProblem, arcs: number[], previous: ReadonlyMap<number, number>, sources: Map<number, number>, sinks: Map<number, number>): Float64Array {
  const sinkCount = problem.capacities.length;
  const flows = new Float64Array(arcs.length + sources.size + sinks.size + 1);
  const leftSupply = new Map<number, number>();
  const leftCapacity = new Map<number, number>();
  let total = 0;
  arcs.forEach((a, i) => {
    const { source, sink } = problem.arcs[a];
    const wanted = previous.get(source * sinkCount + sink) ?? 0;
    if (wanted <= 0) return;
    const supply = leftSupply.get(source) ?? problem.supplies[source];
    const capacity = leftCapacity.get(sink) ?? problem.capacities[sink];
    const amount = Math.min(wanted, supply, capacity);
    flows[i] = amount;
    leftSupply.set(source, supply - amount);
    leftCapacity.set(sink, capacity - amount);
    total += amount;
  });
  let i = arcs.length;
  for (const source of sources.keys()) flows[i++] = problem.supplies[source] - (leftSupply.get(source) ?? problem.supplies[source]);
  for (const sink of sinks.keys()) flows[i++] = problem.capacities[sink] - (leftCapacity.get(sink) ?? problem.capacities[sink]);
  flows[i] = total;
  return flows;
}

/**
 * What is left of every supply and capacity, shared by the components of one solve: they are
 * disjoint in sources and sinks, so one copy serves them all (no map per component).
 */
interface Leftovers {
  supply: Float64Array;
  capacity: Float64Array;
}

/**
 * Cheapest arcs first, each as much as its source and sink still allow (keyed like `previous`).
 * orderByCost: the order (cost, then arc) is total, so the amounts are those of any sort with
 * that comparator.
 */
function greedyAmounts(problem: TransportProblem, arcs: number[], left: Leftovers): Map<number, number> {
  const sinkCount = problem.capacities.length;
  const costs = new Float64Array(arcs.length);
  const ids = new Int32Array(arcs.length);
  for (let i = 0; i < arcs.length; i++) {
    costs[i] = problem.arcs[arcs[i]].cost;
    ids[i] = arcs[i];
  }
  const amounts = new Map<number, number>();
  for (const i of orderByCost(costs, ids)) {
    const { source, sink } = problem.arcs[arcs[i]];
    const amount = Math.min(left.supply[source], left.capacity[sink]);
    if (amount <= 0) continue;
    amounts.set(source * sinkCount + sink, amount);
    left.supply[source] -= amount;
    left.capacity[sink] -= amount;
  }
  return amounts;
}

function solveWithNetworkSimplex(problem: TransportProblem, arcs: number[], amounts: number[], leftovers: () => Leftovers, previous?: ReadonlyMap<number, number>): void {
  const nodeOfSource = new Map<number, number>();
  const nodeOfSink = new Map<number, number>();
  for (const a of arcs) if (!nodeOfSource.has(problem.arcs[a].source)) nodeOfSource.set(problem.arcs[a].source, nodeOfSource.size);
  for (const a of arcs) if (!nodeOfSink.has(problem.arcs[a].sink)) nodeOfSink.set(problem.arcs[a].sink, nodeOfSource.size + nodeOfSink.size);
  const superSource = nodeOfSource.size + nodeOfSink.size;
  const superSink = superSource + 1;
  const nodeCount = superSource + 2;
  // Integer costs, as fine as doubles allow: |potentials| ≤ M + nodes · maxW must stay below
  // 2^52 (about 1.7e-9 m per unit at 13,000 nodes and a 300 m walk).
  const maxCost = arcs.reduce((max, a) => Math.max(max, problem.arcs[a].cost), 0);
  const room = Math.floor(2 ** 52 / (2 * nodeCount + 4)) - 1;
  // Capped at 1e9 per metre (nanometres): finer is pointless, and a denormal maximum would give ∞.
  const scale = maxCost > 0 ? Math.min(1e9, room / maxCost) : 1;
  const weights = arcs.map((a) => Math.round(problem.arcs[a].cost * scale));
  const maxWeight = weights.reduce((max, w) => Math.max(max, w), 0);
  const bigM = (Math.min(nodeOfSource.size, nodeOfSink.size) + 1) * (maxWeight + 1);
  const circulation: CirculationArc[] = arcs.map((a, i) => ({
    from: nodeOfSource.get(problem.arcs[a].source)!,
    to: nodeOfSink.get(problem.arcs[a].sink)!,
    capacity: Math.min(problem.supplies[problem.arcs[a].source], problem.capacities[problem.arcs[a].sink]),
    cost: weights[i],
  }));
  let totalSupply = 0;
  for (const [source, node] of nodeOfSource) {
    circulation.push({ from: superSource, to: node, capacity: problem.supplies[source], cost: 0 });
    totalSupply += problem.supplies[source];
  }
  for (const [sink, node] of nodeOfSink) circulation.push({ from: node, to: superSink, capacity: problem.capacities[sink], cost: 0 });
  circulation.push({ from: superSink, to: superSource, capacity: totalSupply, cost: -bigM });
  // Start from the previous allocation (warm) or, cold, from the cheapest-first greedy one:
  // either is a feasible flow close to the optimum, so far fewer pivots remain than from zero.
  const start = previous && previous.size > 0 ? previous : greedyAmounts(problem, arcs, leftovers());
  const warm = minCostCirculation(nodeCount, circulation, undefined, startingFlow(problem, arcs, start, nodeOfSource, nodeOfSink));
  const flows = warm ?? minCostCirculation(nodeCount, circulation);
  arcs.forEach((a, i) => {
    amounts[a] = flows[i];
  });
}

/** Checks the solution satisfies every bound (guards the rounding of the LP values). */
function checkFeasible(problem: TransportProblem, amounts: number[]): void {
  const used = new Float64Array(problem.supplies.length);
  const filled = new Float64Array(problem.capacities.length);
  problem.arcs.forEach((arc, a) => {
    used[arc.source] += amounts[a];
    filled[arc.sink] += amounts[a];
  });
  used.forEach((u, s) => {
    if (u > problem.supplies[s]) throw new Error(`allocation over supply at source ${s}`);
  });
  filled.forEach((f, t) => {
    if (f > problem.capacities[t]) throw new Error(`allocation over capacity at sink ${t}`);
  });
}

/** Solves the lexicographic transportation problem exactly. Throws only on solver failure. */
export async function solveTransport(
  problem: TransportProblem,
  onProgress?: (fraction: number) => void,
  engine: TransportEngine = 'network-simplex',
  /** Amounts of a previous solve keyed by source × capacities.length + sink: a warm start, never a change of result. */
  previous?: ReadonlyMap<number, number>,
): Promise<TransportSolution> {
  const amounts = new Array<number>(problem.arcs.length).fill(0);
  const usable = problem.arcs
    .map((_, a) => a)
    .filter((a) => problem.supplies[problem.arcs[a].source] > 0 && problem.capacities[problem.arcs[a].sink] > 0);
  const groups = components(problem, usable);
  let highs: Highs | null = null;
  let solverComponents = 0;
  let left: Leftovers | null = null;
  const leftovers = () => (left ??= { supply: Float64Array.from(problem.supplies), capacity: Float64Array.from(problem.capacities) });
  for (let g = 0; g < groups.length; g++) {
    const arcs = groups[g];
    if (isStar(problem, arcs)) solveStar(problem, arcs, amounts);
    else {
      let useHighs = engine === 'highs';
      if (!useHighs) {
        try {
          solveWithNetworkSimplex(problem, arcs, amounts, leftovers, previous);
        } catch {
          useHighs = true; // a pivot limit or an internal error: the LP route is just as exact
        }
      }
      if (useHighs) {
        highs ??= await loadHighs();
        solveWithHighs(highs, problem, arcs, amounts);
      }
      solverComponents += 1;
    }
    onProgress?.((g + 1) / groups.length);
  }
  checkFeasible(problem, amounts);
  let total = 0;
  let cost = 0;
  amounts.forEach((amount, a) => {
    total += amount;
    cost += amount * problem.arcs[a].cost;
  });
  return { amounts, total, cost, components: groups.length, solverComponents };
}
