/**
 * Pure geometry for the map tools: geodesic lengths and areas (turf), the ring of a drawn
 * site, the dashed outline that marks proposed sites, and the next proposed id. No React,
 * no map: everything here is data in, data out, and tested in measure.test.ts.
 */
import { area, kinks, length, lineString, polygon } from '@turf/turf';
import type { Feature, FeatureCollection, Polygon, Position } from 'geojson';
import type { IdleLandKind } from '../../model/codes';
import { formatArea, formatDistance } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';

export type LonLat = [number, number];

/** Length along the points, metres, on the ellipsoid-free great circle turf uses. */
export function pathLengthM(points: readonly LonLat[]): number {
  if (points.length < 2) return 0;
  return length(lineString(points.map((p) => [...p])), { units: 'meters' });
}

/** The closed ring of a polygon drawn through `points` (first point repeated at the end). */
export function closedRing(points: readonly LonLat[]): Position[] {
  const ring = points.map((p) => [p[0], p[1]]);
  if (ring.length > 0) ring.push([...ring[0]]);
  return ring;
}

/** Area of the polygon through `points`, m²; 0 below three points. */
export function polygonAreaM2(points: readonly LonLat[]): number {
  if (points.length < 3) return 0;
  return area(polygon([closedRing(points)]));
}

/**
 * True when the drawn outline crosses itself. Such a parcel is dropped by the parking
 * analysis as invalid (parcels.ts, SELF_INTERSECTION), so it is refused at drawing time.
 */
export function crossesItself(points: readonly LonLat[]): boolean {
  if (points.length < 4) return false;
  return kinks(polygon([closedRing(points)])).features.length > 0;
}

/** "123 m" / "1.23 km" along the points, or the area in ㎡ / 公顷 for a polygon. */
export function measurementText(shape: 'line' | 'polygon', points: readonly LonLat[], lang: Lang): string {
  if (shape === 'line') return formatDistance(pathLengthM(points), lang);
  return formatArea(polygonAreaM2(points), lang);
}

/**
 * The outline of a ring as short dashes (dash and gap in metres): deck.gl's PathLayer draws
 * solid lines only without the extensions package, and a dashed outline is the planners'
 * usual sign of "proposed, not surveyed". Uses a local equirectangular scale: sites are
 * a few hundred metres across, where its error is far below a pixel.
 */
export function dashedOutline(ring: readonly Position[], dashM = 6, gapM = 4): Position[][] {
  const dashes: Position[][] = [];
  if (ring.length < 2) return dashes;
  const metresPerDegreeLat = 111_320;
  const metresPerDegreeLon = metresPerDegreeLat * Math.cos((ring[0][1] * Math.PI) / 180);
  const period = dashM + gapM;
  let travelled = 0; // along the whole ring, so the pattern continues around corners
  for (let i = 0; i + 1 < ring.length; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const segmentM = Math.hypot((x1 - x0) * metresPerDegreeLon, (y1 - y0) * metresPerDegreeLat);
    if (segmentM === 0) continue;
    const at = (m: number): Position => [x0 + ((x1 - x0) * m) / segmentM, y0 + ((y1 - y0) * m) / segmentM];
    let m = 0;
    while (m < segmentM) {
      const phase = (travelled + m) % period;
      if (phase < dashM) {
        const end = Math.min(segmentM, m + (dashM - phase));
        dashes.push([at(m), at(end)]);
        m = end;
      } else {
        m += period - phase;
      }
    }
    travelled += segmentM;
  }
  return dashes;
}

/** A label anchor inside most drawn shapes: the mean of the vertices. */
export function vertexCentre(ring: readonly Position[]): LonLat {
  const points = ring.length > 1 && ring[0][0] === ring[ring.length - 1][0] && ring[0][1] === ring[ring.length - 1][1] ? ring.slice(0, -1) : ring;
  const sum = points.reduce((acc, p) => [acc[0] + p[0], acc[1] + p[1]], [0, 0]);
  return [sum[0] / Math.max(1, points.length), sum[1] / Math.max(1, points.length)];
}

/** The next free proposed id, P-<n>, one above the highest already in idle land. */
export function nextProposedId(idleLand: FeatureCollection | undefined): string {
  let highest = 0;
  for (const feature of idleLand?.features ?? []) {
    const match = /^P-(\d+)$/.exec(String(feature.properties?.id ?? ''));
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `P-${highest + 1}`;
}

// A type alias (not an interface) so it fits AnyFeature's Record<string, unknown>.
export type SiteProperties = {
  id: string;
  kind: IdleLandKind;
  /** Marks a site drawn in the app, so nobody takes it for surveyed land (layers.ts). */
  proposed: true;
  name?: string;
};

/** The idle-land feature for a drawn candidate site. */
export function siteFeature(points: readonly LonLat[], properties: Omit<SiteProperties, 'proposed'>): Feature<Polygon, SiteProperties> {
  const name = properties.name?.trim();
  return {
    type: 'Feature',
    properties: { id: properties.id, kind: properties.kind, proposed: true, ...(name ? { name } : {}) },
    geometry: { type: 'Polygon', coordinates: [closedRing(points)] },
  };
}
