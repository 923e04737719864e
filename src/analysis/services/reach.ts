/**
 * Candidate sites for a new facility and the communities each can serve (DESIGN §3.3, §3.6):
 * any idle land or idle building with enough area (an idle building's floorAreaM2 replaces
 * its footprint area), reaching a community when the distance is within the radius and the
 * pooling mode lets it serve that community.
 */
import type { PoolingMode } from '../../model/codes';
import type { IdleLandProperties } from '../../model/layers';
import { insideShare, SHARE_EPSILON } from '../parking/pairs';
import { attachedAt, attachmentOf, DijkstraWorkspace, DistanceField, networkOf } from '../network';
import { flatShapeDistance, layerSegments } from '../network/flat-shapes';
import type { PreparedFeature, PreparedLayers } from '../prepare';
import { RADIUS_EPSILON_M, type DistanceKind } from './params';

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
    // Rounded to 6 decimals first: a site drawn at exactly the minimum reads a few 1e-8 ㎡ under it after the lon/lat round trip.
    .filter((site) => site.feature.shape.type === 'polygon' && Math.round(site.siteAreaM2 * 1e6) / 1e6 >= minAreaM2);
}

/**
 * Self mode: ≥ 50 % of the site's polygon lies within the community, by the parking rule
 * itself (§3.6): its share, inclusive up to float noise. A site drawn exactly half inside read
 * 299.99999999 of 600 m² and served no one, where parking took the same parcel.
 */
function mostlyInside(prepared: PreparedLayers, sitePosition: number, community: number): boolean {
  return insideShare(prepared, community, sitePosition) >= 0.5 - SHARE_EPSILON;
}

export interface ReachOptions {
  radiusM: number;
  mode: PoolingMode;
  distance: DistanceKind;
  /** Only these community positions are of interest (the previously uncovered). */
  targets: ReadonlySet<number>;
}

/**
 * For each candidate, the target communities it reaches, with the distance. Along the network
 * a site touching or inside a community is at 0 (§3.6) and any other at its network distance,
 * which is not bounded below by the straight line: a path through merged vertices or a
 * T-junction crosses up to 0.5 m there at no cost. So the communities a site's field reaches
 * are found from where they attach (attachedAt), not by a straight-line search.
 */
export function siteReach(prepared: PreparedLayers, sites: CandidateSite[], options: ReachOptions, onProgress?: (fraction: number) => void): SiteReach[] {
  const communities = prepared.layer('communities').features;
  const communityIndex = prepared.layer('communities').index;
  // Self mode serves only communities holding half the site: they touch it, at 0, with no network.
  const network = options.distance === 'network' && options.mode !== 'self' ? networkOf(prepared) : null;
  const workspace = network ? new DijkstraWorkspace(network) : null;
  const siteAttachment = network ? attachmentOf(prepared, 'idleLand') : () => null;
  const communityAttachment = network ? attachmentOf(prepared, 'communities') : () => null;
  const communitiesAt = network ? attachedAt(prepared, 'communities') : null;
  const siteSegments = layerSegments(prepared, 'idleLand');
  const communitySegments = layerSegments(prepared, 'communities');

  // Inclusive radius, up to float noise (params.ts).
  const reachM = options.radiusM + RADIUS_EPSILON_M;
  return sites.map((site, n) => {
    if (n % 200 === 0) onProgress?.(n / sites.length);
    const siteDistrict = options.mode === 'district' ? prepared.districtOf('idleLand', site.position) : null;
    const serves = (c: number) => options.targets.has(c) && (options.mode !== 'district' || (siteDistrict !== null && prepared.districtOf('communities', c) === siteDistrict));
    const straight = (c: number) => flatShapeDistance(site.feature.shape, siteSegments(site.position), communities[c].shape, communitySegments(c));
    const reached = new Map<number, number>();
    if (!network) {
      for (const c of communityIndex.within(site.feature.bbox, reachM)) {
        if (!serves(c)) continue;
        const distance = straight(c);
        if (!(distance <= reachM)) continue;
        if (options.mode === 'self' && !(distance === 0 && mostlyInside(prepared, site.position, c))) continue;
        reached.set(c, distance);
      }
    } else {
      for (const c of communityIndex.within(site.feature.bbox, 0)) if (serves(c) && straight(c) === 0) reached.set(c, 0);
      const attachment = siteAttachment(site.position);
      if (attachment) {
        const field = new DistanceField(network, [attachment], reachM, workspace!);
        const candidates = new Set<number>();
        for (const node of field.reachedNodes()) for (const c of communitiesAt!.byNode.get(node) ?? []) candidates.add(c);
        for (const { edge } of attachment.stretches) for (const c of communitiesAt!.byEdge.get(edge) ?? []) candidates.add(c);
        for (const c of candidates) {
          if (reached.has(c) || !serves(c)) continue;
          const distance = field.distanceTo(communityAttachment(c)).distanceM;
          if (distance <= reachM) reached.set(c, distance);
        }
      }
    }
    // In community order, as the covering model and the site rows read them.
    return { communities: new Map([...reached].sort((a, b) => a[0] - b[0])) };
  });
}
