/**
 * The services analysis in `network` mode (runServices, and siteReach for every candidate)
 * against the reference of services-network.ts, on one layer set: every difference as a line.
 */
import { prepareLayers } from '../../src/analysis/prepare';
import { runServices } from '../../src/analysis/services';
import { candidateSites, siteReach } from '../../src/analysis/services/reach';
import type { ServiceType } from '../../src/model/codes';
import type { LayerSet } from '../../src/model/types';
import { referenceServices, type RefServicesParams } from './services-network';

/** The engine rounds distances to 6 decimals; this covers that and float noise. */
export const DISTANCE_TOLERANCE_M = 1e-6;

export interface ServicesComparison {
  differences: string[];
  communities: number;
  reachable: number;
  candidates: number;
  /** Communities whose distance lies within the tolerance of the radius: covered not compared. */
  onTheRadius: number;
  /** Communities whose network distance is below their straight-line distance, and by how much at most. */
  belowStraight: number;
  shortfallM: number;
}

export async function compareServices(layers: LayerSet, params: RefServicesParams): Promise<ServicesComparison> {
  const reference = referenceServices(layers, params);
  const run = await runServices(layers, { ...params, type: params.type as ServiceType, distance: 'network', timeLimitS: 30 });
  if (!run.ok) throw new Error(run.error.message);
  const engine = run.value;
  const differences: string[] = [];
  let onTheRadius = 0;
  let belowStraight = 0;
  let shortfallM = 0;
  const near = (d: number | null) => d !== null && Math.abs(d - params.radiusM) <= DISTANCE_TOLERANCE_M;
  engine.communities.forEach((row, c) => {
    const mine = reference.communities[c];
    const apart = row.distanceM === null || mine.distanceM === null ? row.distanceM !== mine.distanceM : Math.abs(row.distanceM - mine.distanceM) > DISTANCE_TOLERANCE_M;
    if (apart) differences.push(`${String(row.id)}: distanceM engine ${row.distanceM} reference ${mine.distanceM}`);
    // §3.3 says "never shorter than the straight line", but §3.6's distance is shorter where a
    // path crosses merged vertices or a T-junction (up to 0.5 m each, at no cost): counted, not a difference.
    if (mine.distanceM !== null && mine.distanceM < mine.straightM - DISTANCE_TOLERANCE_M) {
      belowStraight++;
      shortfallM = Math.max(shortfallM, mine.straightM - mine.distanceM);
    }
    if (near(mine.distanceM)) onTheRadius++;
    else if (row.covered !== mine.covered) differences.push(`${String(row.id)}: covered engine ${row.covered} reference ${mine.covered}`);
  });

  // Which uncovered communities each candidate reaches, over the reference's uncovered ones.
  const prepared = prepareLayers(layers);
  const sites = candidateSites(prepared, params.minAreaM2);
  const uncovered = new Set(reference.communities.map((row, c) => (row.covered ? -1 : c)).filter((c) => c >= 0));
  const reach = siteReach(prepared, sites, { radiusM: params.radiusM, mode: params.mode, distance: 'network', targets: uncovered });
  if (sites.length !== reference.reach.length) differences.push(`candidates: engine ${sites.length} reference ${reference.reach.length}`);
  sites.forEach((site, s) => {
    const theirs = [...reach[s].communities.keys()].sort((a, b) => a - b).map((c) => prepared.layer('communities').features[c].id);
    const mine = reference.reach[s]?.communities ?? [];
    if (String(site.feature.id) !== String(reference.reach[s]?.id) || JSON.stringify(theirs) !== JSON.stringify(mine)) {
      differences.push(`site ${String(site.feature.id)}: reaches engine ${JSON.stringify(theirs)} reference ${JSON.stringify(mine)}`);
    }
  });
  if (Math.abs(engine.solver.objective - reference.objective) > 1e-6 * Math.max(1, reference.objective)) {
    differences.push(`objective: engine ${engine.solver.objective} (${engine.solver.status}) reference ${reference.objective}`);
  }
  return {
    differences,
    communities: engine.communities.length,
    reachable: reference.communities.filter((row) => row.distanceM !== null).length,
    candidates: sites.length,
    onTheRadius,
    belowStraight,
    shortfallM,
  };
}
