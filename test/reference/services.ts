/**
 * Reference community services, straight-line distance (DESIGN §3.3, §3.6 "Services"):
 * demand per type with the field defaults, coverage by the nearest facility of the type
 * (distance ≤ radius), candidate sites (any idle land with enough area, an idle building's
 * floorAreaM2 replacing its footprint), which uncovered communities each site reaches under
 * the pooling mode, and the maximal-covering optimum by brute force over every set of at most
 * K useful sites (HiGHS when there are too many sets to list).
 */
import type { LayerSet } from '../../src/model/types';
import { distance } from './geometry';
import { num, refData, type Id, type RefData, type RefFeature } from './features';
import { solveCoveringMIP } from './lp';
import { DISTANCE_SLACK_M, insideShare, SHARE_SLACK, type Mode } from './parking';

export type ServiceType = 'elderly_care' | 'childcare' | 'canteen' | 'market' | 'clinic' | 'community_service';
export const SERVICE_TYPES: ServiceType[] = ['elderly_care', 'childcare', 'canteen', 'market', 'clinic', 'community_service'];
/** §3.3: radius, demand share of population ('elderly': × elderlyShare), least site area. */
export const TYPE_DEFAULTS: Record<ServiceType, { radiusM: number; share: number | 'elderly'; minAreaM2: number }> = {
  elderly_care: { radiusM: 300, share: 'elderly', minAreaM2: 350 },
  childcare: { radiusM: 300, share: 0.03, minAreaM2: 200 },
  canteen: { radiusM: 500, share: 'elderly', minAreaM2: 150 },
  market: { radiusM: 500, share: 1, minAreaM2: 300 },
  clinic: { radiusM: 500, share: 1, minAreaM2: 120 },
  community_service: { radiusM: 300, share: 1, minAreaM2: 600 },
};

export interface RefServicesParams { type: ServiceType; radiusM?: number; sites?: number; mode?: Mode; minAreaM2?: number }

export interface RefServiceCommunity { id: Id; district: Id | null; demand: number; distanceM: number | null; covered: boolean }
export interface RefSite { id: Id; siteArea: number; reach: number[]; feature: RefFeature }

export interface RefServices {
  radiusM: number;
  sites: number;
  communities: RefServiceCommunity[];
  /** Every candidate site (area ≥ the least), file order, with the uncovered communities it reaches (positions). */
  candidates: RefSite[];
  /** Best newly covered demand with at most `sites` sites. */
  objective: number;
  totals: { communities: number; totalDemand: number; covered: number; coveredDemand: number };
}

export function demandOf(props: Record<string, unknown>, type: ServiceType): number {
  const population = num(props.population) ? props.population : (num(props.households) ? props.households : 0) * 2.6;
  const share = TYPE_DEFAULTS[type].share;
  return population * (share === 'elderly' ? (num(props.elderlyShare) ? props.elderlyShare : 0.2) : share);
}

/** Newly covered demand of a set of sites: each reached community once. */
export const coveredBy = (communities: RefServiceCommunity[], sites: RefSite[]) =>
  [...new Set(sites.flatMap((s) => s.reach))].reduce((t, c) => t + communities[c].demand, 0);

function bestSubset(communities: RefServiceCommunity[], useful: RefSite[], k: number): number {
  let best = 0;
  const visit = (start: number, chosen: RefSite[]) => {
    best = Math.max(best, coveredBy(communities, chosen));
    if (chosen.length === k) return;
    for (let i = start; i < useful.length; i++) visit(i + 1, [...chosen, useful[i]]);
  };
  visit(0, []);
  return best;
}

const choose = (n: number, k: number) => { let r = 1; for (let i = 0; i < k; i++) r = (r * (n - i)) / (i + 1); return r; };

export async function referenceServices(layers: LayerSet, params: RefServicesParams, data: RefData = refData(layers)): Promise<RefServices> {
  const defaults = TYPE_DEFAULTS[params.type];
  const radiusM = params.radiusM ?? defaults.radiusM;
  const k = params.sites ?? 3;
  const mode = params.mode ?? 'district';
  const minArea = params.minAreaM2 ?? defaults.minAreaM2;
  const facilities = data.layer('facilities').filter((f) => f.props.type === params.type && f.shape.kind === 'point');
  const communityFeatures = data.layer('communities');
  const communities = communityFeatures.map((f): RefServiceCommunity => {
    const distances = facilities.map((facility) => distance(f.shape, facility.shape));
    const d = distances.length ? Math.min(...distances) : null;
    return { id: f.id, district: data.districtOf('communities', f), demand: demandOf(f.props, params.type), distanceM: d, covered: d !== null && d <= radiusM + DISTANCE_SLACK_M };
  });
  const candidates = data.layer('idleLand')
    .filter((f) => f.shape.kind === 'polygon')
    .map((f): RefSite => {
      const floor = f.props.floorAreaM2;
      const siteArea = f.props.kind === 'idle_building' && num(floor) ? floor : f.area;
      const reach: number[] = [];
      const district = data.districtOf('idleLand', f);
      communityFeatures.forEach((c, i) => {
        if (communities[i].covered) return;
        if (!(distance(f.shape, c.shape) <= radiusM + DISTANCE_SLACK_M)) return;
        if (mode === 'district' && !(district !== null && district === communities[i].district)) return;
        if (mode === 'self' && !(insideShare(f, c) >= 0.5 - SHARE_SLACK)) return;
        reach.push(i);
      });
      return { id: f.id, siteArea, reach, feature: f };
    })
    // Rounded to 6 decimals first, as the engine does: a site drawn at the least area reads a few 1e-8 m² under it.
    .filter((s) => Math.round(s.siteArea * 1e6) / 1e6 >= minArea);
  const useful = candidates.filter((s) => s.reach.some((c) => communities[c].demand > 0));
  let sets = 0;
  for (let j = 0; j <= Math.min(k, useful.length); j++) sets += choose(useful.length, j);
  const objective = sets <= 50_000
    ? bestSubset(communities, useful, k)
    : await solveCoveringMIP(communities.map((c) => c.demand), useful.map((s) => s.reach), k);
  const sum = (pick: (c: RefServiceCommunity) => boolean) => communities.reduce((t, c) => t + (pick(c) ? c.demand : 0), 0);
  return {
    radiusM, sites: k, communities, candidates, objective,
    totals: { communities: communities.length, totalDemand: sum(() => true), covered: communities.filter((c) => c.covered).length, coveredDemand: sum((c) => c.covered) },
  };
}
