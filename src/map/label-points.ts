/**
 * One label point per community or district. MapLibre places a polygon's label once per tile it crosses,
 * so a large community read 火炬小区 three times at street zoom; a point source labels it once.
 * The point is the area centroid of the feature's largest outer ring when that lies inside
 * the feature (most compounds), else the middle of the widest inside stretch of a horizontal
 * line across it (an L, a ring around a courtyard). Each point carries its largest part's span
 * of longitude (`spanDeg`), from which the style tells at a zoom whether the name fits across it
 * (detail-zoom.ts LABEL_FITS: Web Mercator draws a degree of longitude as wide at any latitude).
 */
import type { Feature, FeatureCollection, Point, Position } from 'geojson';

const cache = new WeakMap<FeatureCollection, FeatureCollection<Point>>();

/** The collection's label points, with the properties the label layer reads (id, name, spanDeg). Memoised per collection. */
export function labelPoints(collection: FeatureCollection): FeatureCollection<Point> {
  let points = cache.get(collection);
  if (!points) {
    const features: Feature<Point>[] = [];
    for (const feature of collection.features) {
      const rings = outerRings(feature);
      if (rings.length === 0) continue;
      const largest = rings.reduce((best, ring) => (Math.abs(ringArea(ring)) > Math.abs(ringArea(best)) ? ring : best));
      const centre = ringCentroid(largest);
      const all = [...rings, ...holesOf(feature)];
      const inside = centre !== null && all.filter((ring) => insideRing(centre, ring)).length % 2 === 1;
      const coordinates = inside ? centre : widestStretchMiddle(all, largest);
      if (!coordinates) continue;
      features.push({ type: 'Feature', id: feature.id, properties: { id: feature.properties?.id ?? feature.id ?? null, name: feature.properties?.name ?? null, spanDeg: longitudeSpan(largest) }, geometry: { type: 'Point', coordinates } });
    }
    points = { type: 'FeatureCollection', features };
    cache.set(collection, points);
  }
  return points;
}

function longitudeSpan(ring: Position[]): number {
  let west = Infinity;
  let east = -Infinity;
  for (const [lon] of ring) {
    if (lon < west) west = lon;
    if (lon > east) east = lon;
  }
  return east > west ? east - west : 0;
}

function outerRings(feature: Feature): Position[][] {
  const geometry = feature.geometry;
  if (geometry?.type === 'Polygon') return geometry.coordinates.length ? [geometry.coordinates[0]] : [];
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.flatMap((polygon) => (polygon.length ? [polygon[0]] : []));
  return [];
}

function holesOf(feature: Feature): Position[][] {
  const geometry = feature.geometry;
  if (geometry?.type === 'Polygon') return geometry.coordinates.slice(1);
  if (geometry?.type === 'MultiPolygon') return geometry.coordinates.flatMap((polygon) => polygon.slice(1));
  return [];
}

/** Signed shoelace area in degrees² (only compared and used for the centroid's weights). */
function ringArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
  return sum / 2;
}

/** Area centroid, taken relative to the first vertex (lon/lat are large numbers); null for a ring of no area. */
function ringCentroid(ring: Position[]): [number, number] | null {
  const [x0, y0] = ring[0];
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xj = ring[j][0] - x0;
    const yj = ring[j][1] - y0;
    const xi = ring[i][0] - x0;
    const yi = ring[i][1] - y0;
    const cross = xj * yi - xi * yj;
    area += cross;
    cx += (xj + xi) * cross;
    cy += (yj + yi) * cross;
  }
  if (area === 0 || !Number.isFinite(area)) return null;
  return [x0 + cx / (3 * area), y0 + cy / (3 * area)];
}

/** Even-odd crossing test. */
function insideRing([x, y]: [number, number], ring: Position[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/**
 * The middle of the widest stretch inside the feature (even-odd over all its rings) along a
 * horizontal line through the largest ring: at half its height, else a quarter or three quarters.
 */
function widestStretchMiddle(rings: Position[][], largest: Position[]): [number, number] | null {
  let south = Infinity;
  let north = -Infinity;
  for (const [, y] of largest) {
    south = Math.min(south, y);
    north = Math.max(north, y);
  }
  for (const share of [0.5, 0.25, 0.75]) {
    const y = south + (north - south) * share;
    const crossings: number[] = [];
    for (const ring of rings) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [xi, yi] = ring[i];
        const [xj, yj] = ring[j];
        if (yi > y !== yj > y) crossings.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
      }
    }
    crossings.sort((a, b) => a - b);
    let best: [number, number] | null = null;
    let width = 0;
    for (let k = 0; k + 1 < crossings.length; k += 2) {
      if (crossings[k + 1] - crossings[k] > width) {
        width = crossings[k + 1] - crossings[k];
        best = [(crossings[k] + crossings[k + 1]) / 2, y];
      }
    }
    if (best) return best;
  }
  return null;
}
