/**
 * A large elevator result by community, for the zoomed-out map. Above DETAILED_UNITS_LIMIT the
 * unit fills are drawn from zoom 14 only (elevator-units.ts: a footprint is under a pixel
 * before), so a city's overview showed nothing of the analysis. Below that zoom each community
 * with candidate units is filled with the verdict most of its units have, read from the
 * per-community summary the engine already gives; a tie goes to the less favourable verdict,
 * so that an evenly split community is not shown at its better half. The panel says so.
 * Every other community of the layer is filled as having none ('none'): left to the basemap,
 * its renovation status colour would read as a verdict (在建 amber is 需协调's, 已完工 green
 * is 可行's).
 */
import type { Feature, FeatureCollection } from 'geojson';
import type { ElevatorCommunitySummary, ElevatorOutput, UnitStatus } from '../../analysis/elevators';
import { featureId } from '../../model/types';
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

/** What the overview fills a community with: its verdict, or 'none' without candidate units. */
export type OverviewVerdict = UnitStatus | 'none';

/** Every community of the layer, each with `properties.id` and `verdict` (an OverviewVerdict), hidden from zoom 14 in (layer-culling.ts). */
export type CommunityOverview = FeatureCollection & CulledData;

/** The overview of `result` over the communities layer, built once per result and layer (kept-data.ts). */
export function communityOverview(result: ElevatorOutput, communities: FeatureCollection | undefined): CommunityOverview {
  return keptData(result, 'community-overview', [communities], (): CommunityOverview => {
    const rows = new Map(result.communities.map((row) => [String(row.id), row]));
    const features: Feature[] = [];
    const bounds: CulledData['bounds'] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [id, feature] of featuresById(communities)) {
      if (!feature.geometry) continue;
      const row = rows.get(id);
      const verdict: OverviewVerdict = (row && communityVerdict(row)) ?? 'none';
      // The community's own id (a number stays a number), as selections elsewhere carry it.
      features.push({ type: 'Feature', geometry: feature.geometry, properties: { id: featureId(feature as never) ?? id, verdict } });
      const [west, south, east, north] = boundsOf(feature);
      bounds[0] = Math.min(bounds[0], west);
      bounds[1] = Math.min(bounds[1], south);
      bounds[2] = Math.max(bounds[2], east);
      bounds[3] = Math.max(bounds[3], north);
    }
    return { type: 'FeatureCollection', features, bounds, maxZoom: UNITS_MIN_ZOOM };
  });
}
