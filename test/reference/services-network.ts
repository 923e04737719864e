/**
 * Reference of services coverage and siting with `distance: network` (DESIGN §3.3, §3.6),
 * from lon/lat layers, written from the text: proj4 tmerc about the bounding-box centre of
 * every layer given, the walking network of walking-network.ts, the distances of
 * place-distance.ts, and the siting objective by trying every set of at most K sites.
 * Pooling modes `cross` and `district` (by the `districtId` property only; a feature without
 * one throws, as the reference does not compute area shares); `self` is not covered.
 */
import type { FeatureCollection, Geometry, Position } from 'geojson';
import proj4 from 'proj4';
import { type Place, placePlace, placePoint, referenceAttach, referenceDistances, type RefAttachment } from './place-distance';
import { referenceNetwork, type RefNetwork, type XY } from './walking-network';

export interface RefServicesParams {
  type: string;
  radiusM: number;
  sites: number;
  mode: 'cross' | 'district';
  minAreaM2: number;
}

export interface RefServicesResult {
  /** straightM: least straight-line distance to a facility of the type (§3), for the §3.3 check. */
  communities: { id: unknown; distanceM: number | null; covered: boolean; straightM: number }[];
  /** Per candidate site (file order of the idle land kept as candidates): ids of uncovered communities it reaches. */
  reach: { id: unknown; communities: unknown[] }[];
  objective: number;
  network: RefNetwork;
}

type Layers = Record<string, FeatureCollection | undefined>;

function eachPosition(value: unknown, visit: (p: Position) => void): void {
  if (!Array.isArray(value)) return;
  if (typeof value[0] === 'number') visit(value as Position);
  else for (const child of value) eachPosition(child, visit);
}

/** The projection centre: the lon/lat bounding-box centre of every layer given. */
export function referenceCentre(layers: Layers): XY {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const collection of Object.values(layers)) {
    for (const feature of collection?.features ?? []) {
      const geometry = feature.geometry as Geometry | null;
      if (!geometry || geometry.type === 'GeometryCollection') continue;
      eachPosition(geometry.coordinates, ([x, y]) => {
        if (!Number.isFinite(x) || !Number.isFinite(y)) return;
        [x0, y0, x1, y1] = [Math.min(x0, x), Math.min(y0, y), Math.max(x1, x), Math.max(y1, y)];
      });
    }
  }
  return [(x0 + x1) / 2, (y0 + y1) / 2];
}

export function referenceProjector(layers: Layers): (p: Position) => XY {
  const [lon, lat] = referenceCentre(layers);
  const converter = proj4('EPSG:4326', `+proj=tmerc +lat_0=${lat} +lon_0=${lon} +k=1 +x_0=0 +y_0=0 +ellps=GRS80 +units=m`);
  return (p) => converter.forward([p[0], p[1]]) as XY;
}

export function toPlace(geometry: Geometry, project: (p: Position) => XY): Place | null {
  if (geometry.type === 'Point') return { kind: 'point', p: project(geometry.coordinates) };
  if (geometry.type === 'Polygon') return { kind: 'polygon', polygons: [geometry.coordinates.map((ring) => ring.map(project))] };
  if (geometry.type === 'MultiPolygon') return { kind: 'polygon', polygons: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(project))) };
  return null;
}

export function roadLinesOf(layers: Layers, project: (p: Position) => XY): XY[][] {
  const lines: XY[][] = [];
  for (const road of layers.roads?.features ?? []) {
    const g = road.geometry;
    if (g?.type === 'LineString') lines.push(g.coordinates.map(project));
    else if (g?.type === 'MultiLineString') for (const part of g.coordinates) lines.push(part.map(project));
  }
  return lines;
}

function ringArea(ring: XY[]): number {
  let twice = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    twice += x1 * y2 - x2 * y1;
  }
  return Math.abs(twice) / 2;
}

function placeArea(place: Place): number {
  if (place.kind === 'point') return 0;
  return place.polygons.reduce((sum, [outer, ...holes]) => sum + ringArea(outer) - holes.reduce((h, ring) => h + ringArea(ring), 0), 0);
}

const ELDERLY_TYPES = new Set(['elderly_care', 'canteen']);

export function referenceDemand(type: string, properties: Record<string, unknown>): number {
  const population = typeof properties.population === 'number' ? properties.population : (properties.households as number) * 2.6;
  if (ELDERLY_TYPES.has(type)) return population * (typeof properties.elderlyShare === 'number' ? properties.elderlyShare : 0.2);
  if (type === 'childcare') return population * 0.03;
  return population;
}

function districtOf(properties: Record<string, unknown>): string | null {
  if (!('districtId' in properties)) throw new Error('reference: a feature without districtId (area shares are not implemented)');
  return properties.districtId === null || properties.districtId === undefined ? null : String(properties.districtId);
}

/** Best total demand over every set of at most k sites (each community counted once). */
export function bestCovering(reach: number[][], demand: number[], k: number): number {
  const useful = reach.filter((list) => list.length > 0);
  let best = 0;
  const walk = (start: number, left: number, covered: Set<number>) => {
    best = Math.max(best, [...covered].reduce((sum, c) => sum + demand[c], 0));
    if (left === 0) return;
    for (let s = start; s < useful.length; s++) walk(s + 1, left - 1, new Set([...covered, ...useful[s]]));
  };
  walk(0, k, new Set());
  return best;
}

export function referenceServices(layers: Layers, params: RefServicesParams): RefServicesResult {
  const project = referenceProjector(layers);
  const network = referenceNetwork(roadLinesOf(layers, project));
  const attach = (place: Place | null): RefAttachment | null => (place ? referenceAttach(network, place) : null);
  const communities = (layers.communities?.features ?? []).map((f) => ({ feature: f, place: toPlace(f.geometry, project)! }));
  const communityAttachments = communities.map((c) => attach(c.place));
  const facilities = (layers.facilities?.features ?? []).filter((f) => f.properties?.type === params.type && f.geometry?.type === 'Point').map((f) => toPlace(f.geometry, project)!);

  const distance = communities.map(() => Infinity);
  const straight = communities.map(() => Infinity);
  for (const facility of facilities) {
    const along = referenceDistances(network, attach(facility), communityAttachments);
    communities.forEach((c, i) => {
      const direct = placePoint(c.place, (facility as { p: XY }).p);
      straight[i] = Math.min(straight[i], direct);
      distance[i] = Math.min(distance[i], direct === 0 ? 0 : along[i]);
    });
  }
  const rows = communities.map((c, i) => ({
    id: c.feature.properties?.id,
    distanceM: Number.isFinite(distance[i]) ? distance[i] : null,
    covered: distance[i] <= params.radiusM,
    straightM: straight[i],
  }));

  const demand = communities.map((c) => referenceDemand(params.type, c.feature.properties ?? {}));
  const uncovered = rows.map((row, i) => (row.covered ? -1 : i)).filter((i) => i >= 0);
  const sites = (layers.idleLand?.features ?? [])
    .map((f) => ({ feature: f, place: f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon' ? toPlace(f.geometry, project) : null }))
    .filter((s): s is { feature: typeof s.feature; place: Place } => s.place !== null)
    .filter((s) => {
      const floor = s.feature.properties?.floorAreaM2;
      const area = s.feature.properties?.kind === 'idle_building' && typeof floor === 'number' ? floor : placeArea(s.place);
      return area >= params.minAreaM2;
    });
  const reachIndex: number[][] = [];
  const reach = sites.map((site) => {
    const along = referenceDistances(network, attach(site.place), uncovered.map((c) => communityAttachments[c]));
    const reached = uncovered.filter((c, k) => {
      if (params.mode === 'district') {
        const own = districtOf(site.feature.properties ?? {});
        if (own === null || own !== districtOf(communities[c].feature.properties ?? {})) return false;
      }
      const d = placePlace(site.place, communities[c].place) === 0 ? 0 : along[k];
      return d <= params.radiusM;
    });
    reachIndex.push(reached);
    return { id: site.feature.properties?.id, communities: reached.map((c) => rows[c].id) };
  });
  return { communities: rows, reach, objective: params.sites > 0 ? bestCovering(reachIndex, demand, params.sites) : 0, network };
}
