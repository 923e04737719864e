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
import { minCostCirculation, type CirculationArcs } from './network-simplex';
import { greedyAmounts, type Leftovers, startingFlow } from './starting-flow';

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
  // Index loops here and below: these run once per solve over every arc, often before V8
  // optimises them, and an unoptimised for…of allocates an iterator result per element.
  for (let i = 0; i < usable.length; i++) sets.union(problem.arcs[usable[i]].source, sourceCount + problem.arcs[usable[i]].sink);
  const groups = new Map<number, number[]>();
  for (let i = 0; i < usable.length; i++) {
    const a = usable[i];
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

function solveWithNetworkSimplex(problem: TransportProblem, arcs: number[], amounts: number[], leftovers: () => Leftovers, previous?: ReadonlyMap<number, number>): void {
  // Nodes: sources, then sinks, each in order of first appearance among the arcs.
  const scratch = leftovers();
  const { nodeOfSource, nodeOfSink } = scratch;
  const sources: number[] = [];
  const sinks: number[] = [];
  for (let i = 0; i < arcs.length; i++) {
    const source = problem.arcs[arcs[i]].source;
    if (nodeOfSource[source] === -1) nodeOfSource[source] = sources.push(source) - 1;
  }
  for (let i = 0; i < arcs.length; i++) {
    const sink = problem.arcs[arcs[i]].sink;
    if (nodeOfSink[sink] === -1) nodeOfSink[sink] = sources.length + sinks.push(sink) - 1;
  }
  const superSource = sources.length + sinks.length;
  const superSink = superSource + 1;
  const nodeCount = superSource + 2;
  // Integer costs, as fine as doubles allow: |potentials| ≤ M + nodes · maxW must stay below
  // 2^52 (about 1.7e-9 m per unit at 13,000 nodes and a 300 m walk).
  let maxCost = 0;
  for (let i = 0; i < arcs.length; i++) maxCost = Math.max(maxCost, problem.arcs[arcs[i]].cost);
  const room = Math.floor(2 ** 52 / (2 * nodeCount + 4)) - 1;
  // Capped at 1e9 per metre (nanometres): finer is pointless, and a denormal maximum would give ∞.
  const scale = maxCost > 0 ? Math.min(1e9, room / maxCost) : 1;
  // The circulation as columns (no object per arc): the arcs, then superSource → each
  // source, each sink → superSink, and the return arc superSink → superSource.
  const size = arcs.length + sources.length + sinks.length + 1;
  const circulation: CirculationArcs = { from: new Int32Array(size), to: new Int32Array(size), capacity: new Float64Array(size), cost: new Float64Array(size) };
  let maxWeight = 0;
  for (let i = 0; i < arcs.length; i++) {
    const { source, sink, cost } = problem.arcs[arcs[i]];
    const weight = Math.round(cost * scale);
    maxWeight = Math.max(maxWeight, weight);
    circulation.from[i] = nodeOfSource[source];
    circulation.to[i] = nodeOfSink[sink];
    circulation.capacity[i] = Math.min(problem.supplies[source], problem.capacities[sink]);
    circulation.cost[i] = weight;
  }
  const bigM = (Math.min(sources.length, sinks.length) + 1) * (maxWeight + 1);
  let e = arcs.length;
  let totalSupply = 0;
  for (let v = 0; v < sources.length; v++, e++) {
    circulation.from[e] = superSource;
    circulation.to[e] = v;
    circulation.capacity[e] = problem.supplies[sources[v]];
    totalSupply += problem.supplies[sources[v]];
  }
  for (let t = 0; t < sinks.length; t++, e++) {
    circulation.from[e] = sources.length + t;
    circulation.to[e] = superSink;
    circulation.capacity[e] = problem.capacities[sinks[t]];
  }
  circulation.from[e] = superSink;
  circulation.to[e] = superSource;
  circulation.capacity[e] = totalSupply;
  circulation.cost[e] = -bigM;
  // Start from the previous allocation (warm) or, cold, from the cheapest-first greedy one:
  // either is a feasible flow close to the optimum, so far fewer pivots remain than from zero.
  const start = previous && previous.size > 0 ? previous : greedyAmounts(problem, arcs, scratch);
  const warm = minCostCirculation(nodeCount, circulation, undefined, startingFlow(problem, arcs, start, sources, sinks, scratch));
  const flows = warm ?? minCostCirculation(nodeCount, circulation);
  for (let i = 0; i < arcs.length; i++) amounts[arcs[i]] = flows[i];
}

/** Checks the solution satisfies every bound (guards the rounding of the LP values). */
function checkFeasible(problem: TransportProblem, amounts: number[]): void {
  const used = new Float64Array(problem.supplies.length);
  const filled = new Float64Array(problem.capacities.length);
  for (let a = 0; a < problem.arcs.length; a++) {
    used[problem.arcs[a].source] += amounts[a];
    filled[problem.arcs[a].sink] += amounts[a];
  }
  for (let s = 0; s < used.length; s++) if (used[s] > problem.supplies[s]) throw new Error(`allocation over supply at source ${s}`);
  for (let t = 0; t < filled.length; t++) if (filled[t] > problem.capacities[t]) throw new Error(`allocation over capacity at sink ${t}`);
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
  const usable: number[] = [];
  for (let a = 0; a < problem.arcs.length; a++) {
    if (problem.supplies[problem.arcs[a].source] > 0 && problem.capacities[problem.arcs[a].sink] > 0) usable.push(a);
  }
  const groups = components(problem, usable);
  let highs: Highs | null = null;
  let solverComponents = 0;
  let left: Leftovers | null = null;
  const leftovers = () =>
    (left ??= {
      supply: Float64Array.from(problem.supplies),
      capacity: Float64Array.from(problem.capacities),
      nodeOfSource: new Int32Array(problem.supplies.length).fill(-1),
      nodeOfSink: new Int32Array(problem.capacities.length).fill(-1),
    });
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
  for (let a = 0; a < amounts.length; a++) {
    total += amounts[a];
    cost += amounts[a] * problem.arcs[a].cost;
  }
  return { amounts, total, cost, components: groups.length, solverComponents };
}
