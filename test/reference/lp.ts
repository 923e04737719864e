/**
 * The reference's exact optimisations, written as LP-format text and handed to HiGHS's
 * one-shot `solve` (not the model API the engine uses):
 * - transport: max Σx, then min Σ d·x subject to Σx ≥ that maximum. The bipartite bound
 *   matrix is totally unimodular, and the second LP's feasible set is the first's optimal
 *   face, a face of an integral polytope: both optima are attained at integral vertices,
 *   which the simplex returns (checked: a fractional value throws).
 * - maximal covering: max Σ w·z, z_c ≤ Σ_{s reaches c} y_s, Σ y ≤ K, y binary, 0 ≤ z ≤ 1.
 */
import loadHighs from 'highs';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
let instance: Promise<Highs> | null = null;
let solves = 0;

async function solve(text: string, options: Record<string, unknown> = { presolve: 'off' }): Promise<{ objective: number; values: Map<string, number> }> {
  // A fresh WASM instance now and then: one instance's heap grows with every solve.
  if (!instance || ++solves % 200 === 0) instance = loadHighs();
  const highs = await instance;
  const result = highs.solve(text, { output_flag: false, ...options } as never);
  if (result.Status !== 'Optimal') throw new Error(`reference LP: ${result.Status}`);
  const values = new Map<string, number>();
  for (const [name, column] of Object.entries(result.Columns)) values.set(name, (column as { Primal: number }).Primal);
  return { objective: result.ObjectiveValue, values };
}

/** `terms` as LP text, a few per line. */
const sum = (terms: string[]) => terms.map((t, i) => (i > 0 && i % 8 === 0 ? `\n  + ${t}` : i > 0 ? `+ ${t}` : t)).join(' ');
const coefficient = (x: number) => (Number.isInteger(x) ? String(x) : x.toPrecision(17));

export async function solveTransportLP(
  supplies: number[],
  capacities: number[],
  pairs: { c: number; p: number; distanceM: number }[],
): Promise<{ total: number; cost: number; amounts: number[] }> {
  const used = pairs.filter((pair) => supplies[pair.c] > 0 && capacities[pair.p] > 0);
  if (used.length === 0) return { total: 0, cost: 0, amounts: pairs.map(() => 0) };
  const name = (k: number) => `x${k}`;
  const rows: string[] = [];
  supplies.forEach((s, c) => {
    const terms = used.flatMap((pair, k) => (pair.c === c ? [name(k)] : []));
    if (terms.length) rows.push(` s${c}: ${sum(terms)} <= ${s}`);
  });
  capacities.forEach((cap, p) => {
    const terms = used.flatMap((pair, k) => (pair.p === p ? [name(k)] : []));
    if (terms.length) rows.push(` t${p}: ${sum(terms)} <= ${cap}`);
  });
  const all = sum(used.map((_, k) => name(k)));
  const first = await solve(`Maximize\n obj: ${all}\nSubject To\n${rows.join('\n')}\nEnd\n`);
  const total = Math.round(first.objective);
  if (Math.abs(first.objective - total) > 1e-6) throw new Error(`reference LP: fractional maximum ${first.objective}`);
  const costTerms = sum(used.map((pair, k) => `${coefficient(pair.distanceM)} ${name(k)}`));
  const second = await solve(`Minimize\n obj: ${costTerms}\nSubject To\n${rows.join('\n')}\n total: ${all} >= ${total}\nEnd\n`);
  const amounts = used.map((_, k) => {
    const x = second.values.get(name(k)) ?? 0;
    if (Math.abs(x - Math.round(x)) > 1e-6) throw new Error(`reference LP: fractional flow ${x}`);
    return Math.round(x);
  });
  const cost = amounts.reduce((t, x, k) => t + x * used[k].distanceM, 0);
  if (amounts.reduce((t, x) => t + x, 0) !== total) throw new Error('reference LP: the second solve lost spaces');
  const byPair = new Map(used.map((pair, k) => [pair, amounts[k]]));
  return { total, cost, amounts: pairs.map((pair) => byPair.get(pair) ?? 0) };
}

/** Optimum of the maximal covering problem (weights per community, reach per site, at most k sites). */
export async function solveCoveringMIP(weights: number[], reach: number[][], k: number): Promise<number> {
  const reached = [...new Set(reach.flat())].filter((c) => weights[c] > 0).sort((a, b) => a - b);
  if (k === 0 || reached.length === 0) return 0;
  const rows = reached.map((c) => ` r${c}: z${c} ${reach.flatMap((cs, s) => (cs.includes(c) ? [`- y${s}`] : [])).join(' ')} <= 0`);
  const sites = reach.flatMap((cs, s) => (cs.length ? [`y${s}`] : []));
  rows.push(` k: ${sum(sites)} <= ${k}`);
  const bounds = [...reached.map((c) => ` z${c} <= 1`), ...sites.map((y) => ` ${y} <= 1`)];
  const text = `Maximize\n obj: ${sum(reached.map((c) => `${coefficient(weights[c])} z${c}`))}\nSubject To\n${rows.join('\n')}\nBounds\n${bounds.join('\n')}\nGenerals\n ${sites.join(' ')}\nEnd\n`;
  const { values } = await solve(text, { mip_rel_gap: 0, mip_abs_gap: 0 });
  const chosen = new Set(sites.filter((y) => (values.get(y) ?? 0) > 0.5).map((y) => Number(y.slice(1))));
  if (chosen.size > k) throw new Error('reference MIP: too many sites');
  const covered = new Set([...chosen].flatMap((s) => reach[s]));
  return [...covered].reduce((t, c) => t + weights[c], 0);
}
