/**
 * Candidate sites for a new facility and the communities each can serve (DESIGN §3.3, §3.6):
 * any idle land or idle building with enough area (an idle building's floorAreaM2 replaces
 * its footprint area), reaching a community when the distance is within the radius and the
 * pooling mode lets it serve that community.
 */
import type { PoolingMode } from '../../model/codes';
import type { IdleLandProperties } from '../../model/layers';
import { intersectionArea } from '../geometry/clip';
import { attachmentOf, DijkstraWorkspace, DistanceField, networkOf } from '../network';
import { flatShapeDistance, layerSegments } from '../network/flat-shapes';
import type { PreparedFeature, PreparedLayers } from '../prepare';
import type { DistanceKind } from './params';

export interface CandidateSite {
  /** Position in prepared.layer('idleLand').features. */
  position: number;
  feature: PreparedFeature<IdleLandProperties>;
  siteAreaM2: number;
}

export interface SiteReach {
  /** Community position → distance in metres, for every community the site may serve. */
  communities: Map<number, number>;
}

export function siteArea(feature: PreparedFeature<IdleLandProperties>): number {
  const floor = feature.properties.floorAreaM2;
  return feature.properties.kind === 'idle_building' && typeof floor === 'number' && Number.isFinite(floor) ? floor : feature.areaM2;
}

export function candidateSites(prepared: PreparedLayers, minAreaM2: number): CandidateSite[] {
  return prepared
    .layer<IdleLandProperties>('idleLand')
    .features.map((feature, position) => ({ position, feature, siteAreaM2: siteArea(feature) }))
    .filter((site) => site.feature.shape.type === 'polygon' && site.siteAreaM2 >= minAreaM2);
}

/** Self mode: ≥ 50 % of the site's polygon lies within the community (the parking rule). */
function mostlyInside(site: PreparedFeature, community: PreparedFeature): boolean {
  if (site.shape.type !== 'polygon' || community.shape.type !== 'polygon' || site.areaM2 <= 0) return false;
  return intersectionArea(site.shape.coordinates, community.shape.coordinates) >= 0.5 * site.areaM2;
}

export interface ReachOptions {
  radiusM: number;
  mode: PoolingMode;
  distance: DistanceKind;
  /** Only these community positions are of interest (the previously uncovered). */
  targets: ReadonlySet<number>;
}

/** For each candidate, the target communities it reaches, with the distance. */
export function siteReach(prepared: PreparedLayers, sites: CandidateSite[], options: ReachOptions, onProgress?: (fraction: number) => void): SiteReach[] {
  const communities = prepared.layer('communities').features;
  const communityIndex = prepared.layer('communities').index;
  const network = options.distance === 'network' ? networkOf(prepared) : null;
  const workspace = network ? new DijkstraWorkspace(network) : null;
  const siteAttachment = network ? attachmentOf(prepared, 'idleLand') : () => null;
  const communityAttachment = network ? attachmentOf(prepared, 'communities') : () => null;
  const siteSegments = layerSegments(prepared, 'idleLand');
  const communitySegments = layerSegments(prepared, 'communities');

  return sites.map((site, n) => {
    if (n % 200 === 0) onProgress?.(n / sites.length);
    const reached = new Map<number, number>();
    const siteDistrict = options.mode === 'district' ? prepared.districtOf('idleLand', site.position) : null;
    let field: DistanceField | null = null;
    for (const c of communityIndex.within(site.feature.bbox, options.radiusM).sort((a, b) => a - b)) {
      if (!options.targets.has(c)) continue;
      if (options.mode === 'district' && (siteDistrict === null || prepared.districtOf('communities', c) !== siteDistrict)) continue;
      const straight = flatShapeDistance(site.feature.shape, siteSegments(site.position), communities[c].shape, communitySegments(c));
      // The network distance is never shorter than the straight line, so this filter is safe.
      if (!(straight <= options.radiusM)) continue;
      if (options.mode === 'self' && !(straight === 0 && mostlyInside(site.feature, communities[c]))) continue;
      let distance = straight;
      if (network && straight > 0) {
        const attachment = siteAttachment(site.position);
        if (!attachment) continue;
        field ??= new DistanceField(network, [attachment], options.radiusM, workspace!);
        distance = field.distanceTo(communityAttachment(c)).distanceM;
      }
      if (distance <= options.radiusM) reached.set(c, distance);
    }
    return { communities: reached };
  });
}
