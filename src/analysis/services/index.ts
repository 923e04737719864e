/**
 * Community services (公共服务设施补短板, DESIGN §3.3, §3.6, output of §4): which communities a
 * facility type covers within its radius, and which (at most K) idle parcels would newly
 * cover the most demand — the maximal covering location problem, solved exactly.
 */
import type { CommunityProperties, IdleLandProperties } from '../../model/layers';
import { err, ok, type FeatureId, type LayerSet, type Result } from '../../model/types';
import { networkOf, type NetworkStats } from '../network';
import { prepareLayers } from '../prepare';
import type { RunOptions } from '../run-options';
import { type CoveringSolution, type CoveringStatus, solveMaximalCovering } from './covering';
import { nearestFacilities } from './distances';
import { communityDemand, RADIUS_EPSILON_M, resolveServicesParams, type ServicesParams } from './params';
import { candidateSites, siteReach } from './reach';

export { DEFAULT_SERVICES_PARAMS, communityDemand, resolveServicesParams, type DistanceKind, type ServicesParams } from './params';
export { coveredWeight, greedyCovering, solveMaximalCovering, type CoveringProblem, type CoveringSolution } from './covering';
export { lifeCircleCompliance, type LifeCircleOutput } from './life-circle';
export { serviceCatchment, type CatchmentOutput } from './catchment';

export interface ServicesCommunityRow {
  id: FeatureId;
  name: string | null;
  districtId: FeatureId | null;
  demand: number;
  /** Distance to the nearest facility of the type; null when there is none or none connects. */
  distanceM: number | null;
  nearestFacilityId: FeatureId | null;
  covered: boolean;
  coveredAfter: boolean;
  /** The nearest chosen new site covering it (only for communities not covered before). */
  newSiteId: FeatureId | null;
}

export interface ServicesSiteRow {
  id: FeatureId;
  kind: string;
  districtId: FeatureId | null;
  siteAreaM2: number;
  /** Demand of every previously uncovered community the site reaches (overlaps count for each site). */
  newlyCoveredDemand: number;
  communityIds: FeatureId[];
}

export interface ServicesOutput {
  params: ServicesParams;
  totals: { communities: number; totalDemand: number; covered: number; coveredDemand: number; newlyCovered: number; newlyCoveredDemand: number };
  communities: ServicesCommunityRow[];
  sites: ServicesSiteRow[];
  solver: { status: CoveringStatus; objective: number; gap: number | null };
  candidateSites: number;
  /** Communities whose population or elderly share took the documented default. */
  defaultsApplied: { population: number; elderlyShare: number };
  network: NetworkStats | null;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

export async function runServices(layers: LayerSet, params?: Partial<ServicesParams>, options?: RunOptions): Promise<Result<ServicesOutput>> {
  const resolved = resolveServicesParams(params);
  if (!resolved.ok) return resolved;
  const p = resolved.value;
  if (!layers.communities?.features.length) {
    return err({ code: 'MISSING_LAYER', message: 'services: the communities layer is missing or empty', layer: 'communities' });
  }
  if (p.distance === 'network' && !layers.roads?.features.length) {
    return err({ code: 'MISSING_LAYER', message: 'services: network distance needs the roads layer (roads.geojson)', layer: 'roads' });
  }
  try {
    return ok(await computeServices(layers, p, options));
  } catch (error) {
    return err({ code: 'ANALYSIS_FAILED', message: `services: ${(error as Error).message}` });
  }
}

/** solveMaximalCovering's answer when no site may be chosen or none reaches anything. */
const nothingToSite = (): CoveringSolution => ({ chosen: [], objective: 0, status: 'optimal', gap: 0 });

async function computeServices(layers: LayerSet, p: ServicesParams, options?: RunOptions): Promise<ServicesOutput> {
  const progress = options?.onProgress;
  const prepared = prepareLayers(layers);
  const communities = prepared.layer<CommunityProperties>('communities').features;
  progress?.(0, 'distances');
  const nearest = nearestFacilities(prepared, p.type, p.distance);
  const defaultsApplied = { population: 0, elderlyShare: 0 };
  const demands = communities.map((community) => {
    const { demand, defaulted } = communityDemand(community.properties, p.demandShare);
    for (const field of defaulted) defaultsApplied[field] += 1;
    return demand;
  });
  const covered = nearest.map((n) => n.distanceM !== null && n.distanceM <= p.radiusM + RADIUS_EPSILON_M);
  const uncovered = new Set(communities.map((_, c) => c).filter((c) => !covered[c]));

  progress?.(0.3, 'sites');
  const sites = candidateSites(prepared, p.minAreaM2);
  // No site to place, or nothing left to cover: no reach and no model (pooling asks six types
  // with sites 0; at province scale that was 240k empty Maps per call). Same answer as the solver's.
  const reach = p.sites > 0 && uncovered.size > 0
    ? siteReach(prepared, sites, { radiusM: p.radiusM, mode: p.mode, distance: p.distance, targets: uncovered }, (f) => progress?.(0.3 + 0.4 * f, 'sites'))
    : null;

  progress?.(0.7, 'solver');
  const solution = reach === null
    ? nothingToSite()
    : await solveMaximalCovering({ weights: demands, reach: reach.map((r) => [...r.communities.keys()]), maxSites: p.sites, timeLimitS: p.timeLimitS });

  // Nearest chosen site per newly covered community; chosen sites listed in file order.
  const newSite = new Map<number, { id: FeatureId; distance: number }>();
  const siteRows: ServicesSiteRow[] = [];
  for (const s of solution.chosen) {
    const site = sites[s];
    const reached = [...reach![s].communities.entries()].sort((a, b) => a[0] - b[0]);
    if (reached.length === 0) continue;
    for (const [c, distance] of reached) {
      const known = newSite.get(c);
      if (!known || distance < known.distance) newSite.set(c, { id: site.feature.id, distance });
    }
    siteRows.push({
      id: site.feature.id,
      kind: (site.feature.properties as IdleLandProperties).kind,
      districtId: prepared.districtOf('idleLand', site.position),
      siteAreaM2: round6(site.siteAreaM2),
      newlyCoveredDemand: round6(reached.reduce((sum, [c]) => sum + demands[c], 0)),
      communityIds: reached.map(([c]) => communities[c].id),
    });
  }

  const rows: ServicesCommunityRow[] = communities.map((community, c) => ({
    id: community.id,
    name: community.properties.name ?? null,
    districtId: prepared.districtOf('communities', c),
    demand: demands[c],
    distanceM: nearest[c].distanceM === null ? null : round6(nearest[c].distanceM!),
    nearestFacilityId: nearest[c].facilityId,
    covered: covered[c],
    coveredAfter: covered[c] || newSite.has(c),
    newSiteId: newSite.get(c)?.id ?? null,
  }));
  const sum = (pick: (row: ServicesCommunityRow) => boolean) => round6(rows.reduce((total, row) => total + (pick(row) ? row.demand : 0), 0));
  progress?.(1);
  return {
    params: p,
    totals: {
      communities: rows.length,
      totalDemand: sum(() => true),
      covered: rows.filter((r) => r.covered).length,
      coveredDemand: sum((r) => r.covered),
      newlyCovered: rows.filter((r) => !r.covered && r.coveredAfter).length,
      newlyCoveredDemand: sum((r) => !r.covered && r.coveredAfter),
    },
    communities: rows,
    sites: siteRows,
    solver: { status: solution.status, objective: round6(solution.objective), gap: solution.gap },
    candidateSites: sites.length,
    defaultsApplied,
    network: p.distance === 'network' ? networkOf(prepared).stats : null,
  };
}
