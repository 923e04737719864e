/**
 * Engine services output (straight line) against the reference: per community demand,
 * distance and coverage; totals; the siting objective. Optimal site sets are not unique
 * (§3.6), so the engine's sites are checked as a certificate: candidates of enough area, at
 * most K, each listed with the demand of every previously uncovered community it reaches, and
 * together reaching the reference's optimum; coveredAfter and the newly covered totals must
 * follow from that very choice.
 */
import type { LayerSet } from '../../src/model/types';
import { coveredBy, referenceServices, type RefServices, type RefServicesParams } from './services';

/** Demands and shares: the engine rounds them to 6 decimals. */
export const DEMAND_ABS = 1e-6;
/** Distances: float noise of the projection (and the engine's 6-decimal rounding). */
export const DISTANCE_ABS = 1e-6;

export interface EngineServices {
  totals: { communities: number; totalDemand: number; covered: number; coveredDemand: number; newlyCovered: number; newlyCoveredDemand: number };
  communities: { id: string | number; demand: number; distanceM: number | null; covered: boolean; coveredAfter: boolean }[];
  sites: { id: string | number; newlyCoveredDemand: number }[];
  solver: { status: string; objective: number; gap: number | null };
}

const near = (a: number, b: number, abs: number) => Math.abs(a - b) <= abs + 1e-9 * Math.abs(b);

export async function compareServices(layers: LayerSet, params: RefServicesParams, engine: EngineServices): Promise<{ problems: string[]; ref: RefServices }> {
  const problems: string[] = [];
  const say = (line: string) => problems.push(line);
  const ref = await referenceServices(layers, params);
  if (engine.communities.length !== ref.communities.length) say(`communities: ${engine.communities.length} vs ${ref.communities.length}`);
  ref.communities.forEach((c, i) => {
    const e = engine.communities[i];
    if (!e || e.id !== c.id) return say(`community #${i}: id ${e?.id} vs ${c.id}`);
    if (!near(e.demand, c.demand, DEMAND_ABS)) say(`community ${c.id}: demand ${e.demand} vs ${c.demand}`);
    if ((e.distanceM === null) !== (c.distanceM === null) || (c.distanceM !== null && !near(e.distanceM!, c.distanceM, DISTANCE_ABS))) say(`community ${c.id}: distanceM ${e.distanceM} vs ${c.distanceM}`);
    // Inclusive: a distance at the radius up to float noise (DISTANCE_SLACK_M) is covered, as in parking.
    if (e.covered !== c.covered) say(`community ${c.id}: covered ${e.covered} vs ${c.covered}`);
  });
  const t = engine.totals;
  if (t.communities !== ref.totals.communities) say(`totals.communities ${t.communities} vs ${ref.totals.communities}`);
  if (t.covered !== ref.totals.covered) say(`totals.covered ${t.covered} vs ${ref.totals.covered}`);
  if (!near(t.totalDemand, ref.totals.totalDemand, DEMAND_ABS)) say(`totals.totalDemand ${t.totalDemand} vs ${ref.totals.totalDemand}`);
  if (!near(t.coveredDemand, ref.totals.coveredDemand, DEMAND_ABS)) say(`totals.coveredDemand ${t.coveredDemand} vs ${ref.totals.coveredDemand}`);

  // Siting.
  if (engine.solver.status !== 'optimal') say(`solver.status ${engine.solver.status}`);
  if (!near(engine.solver.objective, ref.objective, DEMAND_ABS)) say(`solver.objective ${engine.solver.objective} vs the reference optimum ${ref.objective}`);
  if (!near(t.newlyCoveredDemand, ref.objective, DEMAND_ABS)) say(`totals.newlyCoveredDemand ${t.newlyCoveredDemand} vs the reference optimum ${ref.objective}`);
  if (engine.sites.length > ref.sites) say(`${engine.sites.length} sites listed, at most ${ref.sites} allowed`);
  const candidate = new Map(ref.candidates.map((s) => [s.id, s]));
  const chosen = engine.sites.flatMap((site) => {
    const s = candidate.get(site.id);
    if (!s) {
      say(`site ${site.id}: not a candidate (too small, or not idle land)`);
      return [];
    }
    const demand = coveredBy(ref.communities, [s]);
    if (!near(site.newlyCoveredDemand, demand, DEMAND_ABS)) say(`site ${site.id}: newlyCoveredDemand ${site.newlyCoveredDemand} vs ${demand} (reaches ${s.reach.map((c) => ref.communities[c].id)})`);
    if (s.reach.length === 0) say(`site ${site.id}: listed though it reaches no one`);
    return [s];
  });
  if (!near(coveredBy(ref.communities, chosen), ref.objective, DEMAND_ABS)) say(`the engine's sites cover ${coveredBy(ref.communities, chosen)}, the optimum is ${ref.objective}`);
  const reached = new Set(chosen.flatMap((s) => s.reach));
  ref.communities.forEach((c, i) => {
    const e = engine.communities[i];
    if (e && e.id === c.id && e.coveredAfter !== (e.covered || reached.has(i))) say(`community ${c.id}: coveredAfter ${e.coveredAfter}, the engine's sites say ${e.covered || reached.has(i)}`);
  });
  if (t.newlyCovered !== reached.size) say(`totals.newlyCovered ${t.newlyCovered}, the engine's sites reach ${reached.size}`);
  return { problems, ref };
}
