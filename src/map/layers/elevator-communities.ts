/**
 * A large elevator result by community, for the zoomed-out map. Above DETAILED_UNITS_LIMIT the
 * unit fills are drawn from zoom 14 only (elevator-units.ts: a footprint is under a pixel
 * before), so a city's overview showed nothing of the analysis. Below that zoom each community
 * with candidate units is filled with the verdict most of its units have, read from the
 * per-community summary the engine already gives; a tie goes to the less favourable verdict,
 * so that an evenly split community is not shown at its better half. The panel says so.
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ElevatorCommunitySummary, ElevatorOutput, UnitStatus } from '../../analysis/elevators';
import type { CulledData } from '../layer-culling';
import { UNITS_MIN_ZOOM } from './elevator-units';
import { boundsOf, featuresById } from './geometry-lookup';
import { keptData } from './kept-data';

/** The verdict most of the community's candidate units have (ties: the less favourable); null without candidates. */
export function communityVerdict(row: Pick<ElevatorCommunitySummary, 'feasible' | 'conditional' | 'infeasible'>): UnitStatus | null {
  if (row.feasible + row.conditional + row.infeasible === 0) return null;
  // From the least favourable up, replacing only on a strictly larger count.
  let verdict: UnitStatus = 'infeasible';
  if (row.conditional > row[verdict]) verdict = 'conditional';
  if (row.feasible > row[verdict]) verdict = 'feasible';
  return verdict;
}

/** The communities with candidate units, each with `properties.id` and `verdict`, hidden from zoom 14 in (layer-culling.ts). */
export type CommunityOverview = FeatureCollection & CulledData;

/** The overview of `result` over the communities layer, built once per result and layer (kept-data.ts). */
export function communityOverview(result: ElevatorOutput, communities: FeatureCollection | undefined): CommunityOverview {
  return keptData(result, 'community-overview', [communities], (): CommunityOverview => {
    const byId = featuresById(communities);
    const features: Feature[] = [];
    const bounds: CulledData['bounds'] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const row of result.communities) {
      const verdict = communityVerdict(row);
      const feature = row.id === null ? undefined : byId.get(String(row.id));
      if (!verdict || !feature?.geometry) continue;
      features.push({ type: 'Feature', geometry: feature.geometry, properties: { id: row.id, verdict } });
      const [west, south, east, north] = boundsOf(feature);
      bounds[0] = Math.min(bounds[0], west);
      bounds[1] = Math.min(bounds[1], south);
      bounds[2] = Math.max(bounds[2], east);
      bounds[3] = Math.max(bounds[3], north);
    }
    return { type: 'FeatureCollection', features, bounds, maxZoom: UNITS_MIN_ZOOM };
  });
}
