/**
 * The maximal covering location problem (Church & ReVelle 1974), solved exactly with HiGHS:
 *   maximise Σ w_c z_c  subject to  z_c ≤ Σ_{s reaches c} y_s,  Σ y_s ≤ K,  y binary, 0 ≤ z ≤ 1.
 * z may stay continuous: with y integral the optimum sets z_c = min(1, Σ y) anyway.
 * A greedy pick seeds the solver; it is reported as optimal only when HiGHS proves it.
 */
import { loadHighs } from '../solver/highs';
import { undominatedReach } from './dominated-sites';

export interface CoveringProblem {
  /** Weight (demand) per community. */
  weights: readonly number[];
  /** Per site, the communities it reaches. */
  reach: readonly (readonly number[])[];
  maxSites: number;
  timeLimitS?: number;
}

export type CoveringStatus = 'optimal' | 'time_limit' | 'interrupted' | 'solver_error';

export interface CoveringSolution {
  /** Chosen sites, ascending; none that add nothing. */
  chosen: number[];
  objective: number;
  status: CoveringStatus;
  /** Relative gap between the best bound and the objective (0 when optimal); null when unknown. */
  gap: number | null;
}

export function coveredWeight(problem: CoveringProblem, chosen: readonly number[]): number {
  const covered = new Set<number>();
  for (const s of chosen) for (const c of problem.reach[s]) covered.add(c);
  let total = 0;
  for (const c of covered) total += problem.weights[c];
  return total;
}

/** Repeatedly the site adding the most uncovered weight (ties: lowest number). */
export function greedyCovering(problem: CoveringProblem): number[] {
  const covered = new Set<number>();
  const chosen: number[] = [];
  for (let round = 0; round < problem.maxSites; round++) {
    let best = -1;
    let bestGain = 0;
    problem.reach.forEach((communities, s) => {
      let gain = 0;
      for (const c of communities) if (!covered.has(c)) gain += problem.weights[c];
      if (gain > bestGain) {
        best = s;
        bestGain = gain;
      }
    });
    if (best < 0) break;
    chosen.push(best);
    for (const c of problem.reach[best]) covered.add(c);
  }
  return chosen.sort((a, b) => a - b);
}

/** Drops chosen sites whose removal loses nothing, so every listed site matters. */
function prune(problem: CoveringProblem, chosen: number[]): number[] {
  let kept = [...chosen].sort((a, b) => a - b);
  const full = coveredWeight(problem, kept);
  for (const s of [...kept]) {
    const without = kept.filter((t) => t !== s);
    if (coveredWeight(problem, without) >= full) kept = without;
  }
  return kept;
}

const round = (x: number) => Math.round(x * 1e9) / 1e9;

export async function solveMaximalCovering(problem: CoveringProblem): Promise<CoveringSolution> {
  // Keep communities worth something that some site reaches, and the undominated sites reaching
  // one of them: the optimum is the same (dominated-sites.ts), the model far smaller.
  const reduced: CoveringProblem = { ...problem, reach: undominatedReach(problem.reach, problem.weights) };
  const useful = reduced.reach.map((communities, s) => ({ s, communities: [...communities] })).filter((x) => x.communities.length > 0);
  const k = Math.max(0, Math.floor(problem.maxSites));
  if (useful.length === 0 || k === 0) return { chosen: [], objective: 0, status: 'optimal', gap: 0 };
  if (useful.length <= k) {
    const chosen = prune(problem, useful.map((x) => x.s));
    return { chosen, objective: coveredWeight(problem, chosen), status: 'optimal', gap: 0 };
  }

  const communityColumn = new Map<number, number>();
  for (const { communities } of useful) for (const c of communities) if (!communityColumn.has(c)) communityColumn.set(c, useful.length + communityColumn.size);
  const reachingSites = new Map<number, number[]>();
  useful.forEach(({ communities }, y) => {
    for (const c of communities) {
      const sites = reachingSites.get(c);
      if (sites) sites.push(y);
      else reachingSites.set(c, [y]);
    }
  });

  // Greedy over the kept sites, so its pick is a valid seed for the model.
  const greedy = greedyCovering(reduced);
  const greedyObjective = coveredWeight(problem, greedy);
  let outcome: { chosen: number[]; status: CoveringStatus; bound: number | null };
  try {
    outcome = await runHighs(problem, useful, communityColumn, reachingSites, k, greedy);
  } catch {
    outcome = { chosen: greedy, status: 'solver_error', bound: null };
  }
  let chosen = outcome.chosen;
  // The solver's pick must at least match its own seed; otherwise keep the seed.
  if (coveredWeight(problem, chosen) < greedyObjective) chosen = greedy;
  chosen = prune(problem, chosen);
  const objective = coveredWeight(problem, chosen);
  let gap: number | null = null;
  if (outcome.status === 'optimal') gap = 0;
  else if (outcome.bound !== null && Number.isFinite(outcome.bound)) gap = objective > 0 ? round(Math.max(0, outcome.bound - objective) / objective) : null;
  return { chosen, objective, status: outcome.status, gap };
}

async function runHighs(
  problem: CoveringProblem,
  useful: { s: number; communities: number[] }[],
  communityColumn: Map<number, number>,
  reachingSites: Map<number, number[]>,
  k: number,
  greedy: number[],
): Promise<{ chosen: number[]; status: CoveringStatus; bound: number | null }> {
  const highs = await loadHighs();
  const numCols = useful.length + communityColumn.size;
  const colCost = new Float64Array(numCols);
  const integrality = new Int32Array(numCols);
  for (let y = 0; y < useful.length; y++) integrality[y] = highs.constants.variableType.integer;
  for (const [c, column] of communityColumn) colCost[column] = problem.weights[c];

  // Rows: z_c − Σ y ≤ 0 per community, then Σ y ≤ K.
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const [c, column] of communityColumn) {
    indices.push(column);
    values.push(1);
    for (const y of reachingSites.get(c) ?? []) {
      indices.push(y);
      values.push(-1);
    }
    starts.push(indices.length);
  }
  for (let y = 0; y < useful.length; y++) {
    indices.push(y);
    values.push(1);
  }
  starts.push(indices.length);
  const numRows = communityColumn.size + 1;
  const rowUpper = new Float64Array(numRows);
  rowUpper[numRows - 1] = k;

  const model = highs.createModel({
    numCols, numRows, sense: highs.constants.objectiveSense.maximize, colCost,
    colLower: new Float64Array(numCols), colUpper: new Float64Array(numCols).fill(1),
    rowLower: new Float64Array(numRows).fill(-highs.infinity), rowUpper,
    matrix: { format: 'csr', numRows, numCols, starts: new Int32Array(starts), indices: new Int32Array(indices), values: new Float64Array(values) },
    integrality: integrality as never,
  });
  try {
    model.options.set({ output_flag: false, time_limit: problem.timeLimitS ?? 10, mip_rel_gap: 0 });
    const seed = new Float64Array(numCols);
    const usefulPosition = new Map(useful.map((x, y) => [x.s, y]));
    for (const s of greedy) {
      const y = usefulPosition.get(s);
      if (y === undefined) continue;
      seed[y] = 1;
      for (const c of useful[y].communities) seed[communityColumn.get(c)!] = 1;
    }
    model.setSolution({ colValue: seed });
    model.run();
    const code = model.getModelStatus();
    const codes = highs.constants.modelStatus;
    const status: CoveringStatus = code === codes.optimal ? 'optimal' : code === codes.timeLimit ? 'time_limit' : code === codes.interrupted ? 'interrupted' : 'solver_error';
    const colValue = model.getSolution().colValue;
    const chosen = useful.filter((_, y) => colValue[y] > 0.5).map((x) => x.s);
    let bound: number | null = null;
    try {
      bound = Number(model.info.get('mip_dual_bound'));
    } catch {
      bound = null;
    }
    return { chosen: chosen.length <= k ? chosen : greedy, status, bound };
  } finally {
    model.dispose();
  }
}
