/**
 * The sheet's map snapshot as SVG path data: the community and what lies around it
 * (buildings, idle land, roads) projected into a local transverse Mercator centred on the
 * community (DESIGN §3), north up, fitted into a fixed frame with the parcels that take its
 * parking. Plain SVG prints crisply and needs no WebGL, so a PDF from the browser's print
 * always has the map.
 */
import type { Geometry, Position } from 'geojson';
import { createLocalProjection } from '../../analysis/geometry/projection';
import type { FeatureId, LayerSet } from '../../model/types';
import { niceScale } from '../export/map-png';

export const FRAME = { width: 640, height: 360, paddingM: 40 } as const;

export interface SitePath {
  id: FeatureId;
  d: string;
  /** Layer-specific style key: idle land kind, road width, verdict… */
  kind: string;
  own?: boolean;
  /** An elevator unit's centre and smaller side in frame units, where its verdict mark goes. */
  centre?: [number, number];
  size?: number;
}

export interface SiteDrawing {
  community: string;
  buildings: SitePath[];
  idleLand: SitePath[];
  roads: (SitePath & { widthPx: number })[];
  elevatorUnits: SitePath[];
  /** Metres per frame unit, and a round scale bar that fits a quarter of the frame. */
  metresPerUnit: number;
  scale: { metres: number; pixels: number };
}

type Project = (position: Position) => [number, number];

function pathOf(geometry: Geometry | null | undefined, project: Project): string {
  if (!geometry) return '';
  const ring = (positions: Position[], close: boolean) =>
    positions.map((p, i) => `${i === 0 ? 'M' : 'L'}${project(p).map((v) => v.toFixed(1)).join(' ')}`).join('') + (close ? 'Z' : '');
  switch (geometry.type) {
    case 'Polygon':
      return geometry.coordinates.map((r) => ring(r, true)).join('');
    case 'MultiPolygon':
      return geometry.coordinates.flatMap((polygon) => polygon.map((r) => ring(r, true))).join('');
    case 'LineString':
      return ring(geometry.coordinates, false);
    case 'MultiLineString':
      return geometry.coordinates.map((line) => ring(line, false)).join('');
    default:
      return '';
  }
}

function lonLatBox(geometry: Geometry | null | undefined): [number, number, number, number] | null {
  if (!geometry || geometry.type === 'GeometryCollection') return null;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number') {
      box[0] = Math.min(box[0], value[0]);
      box[1] = Math.min(box[1], value[1] as number);
      box[2] = Math.max(box[2], value[0]);
      box[3] = Math.max(box[3], value[1] as number);
    } else value.forEach(visit);
  };
  visit(geometry.coordinates);
  return Number.isFinite(box[0]) ? box : null;
}

/** Where a unit's mark fits: the centre of its outer ring's box and the box's smaller side. */
function markPlace(geometry: Geometry, project: Project): { centre?: [number, number]; size?: number } {
  const ring = geometry.type === 'Polygon' ? geometry.coordinates[0] : geometry.type === 'MultiPolygon' ? geometry.coordinates[0]?.[0] : undefined;
  if (!ring?.length) return {};
  const points = ring.map(project);
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  return { centre: [(x0 + x1) / 2, (y0 + y1) / 2], size: Math.min(x1 - x0, y1 - y0) };
}

const overlaps = (a: [number, number, number, number] | null, b: [number, number, number, number]) => !!a && a[0] <= b[2] && a[2] >= b[0] && a[1] <= b[3] && a[3] >= b[1];

export function siteDrawing(
  layers: LayerSet,
  communityId: FeatureId,
  elevatorUnits: { buildingId: FeatureId; unit: number; status: string; footprint: Geometry }[] = [],
  /** Idle-land parcels the frame must show whole too: those that take the community's parking (up to the walking limit away). */
  alsoFrame: ReadonlySet<string> = new Set(),
): SiteDrawing | null {
  const community = layers.communities?.features.find((f) => String(f.properties?.id ?? f.id) === String(communityId));
  const box = lonLatBox(community?.geometry);
  if (!community || !box) return null;
  for (const parcel of layers.idleLand?.features ?? []) {
    const parcelBox = alsoFrame.has(String(parcel.properties?.id ?? parcel.id)) ? lonLatBox(parcel.geometry) : null;
    if (parcelBox) [box[0], box[1], box[2], box[3]] = [Math.min(box[0], parcelBox[0]), Math.min(box[1], parcelBox[1]), Math.max(box[2], parcelBox[2]), Math.max(box[3], parcelBox[3])];
  }
  const projection = createLocalProjection((box[0] + box[2]) / 2, (box[1] + box[3]) / 2);
  const [x0, y0] = projection.forward([box[0], box[1]]);
  const [x1, y1] = projection.forward([box[2], box[3]]);
  // Fit the padded community extent into the frame, keeping metres square.
  const spanX = x1 - x0 + 2 * FRAME.paddingM;
  const spanY = y1 - y0 + 2 * FRAME.paddingM;
  const metresPerUnit = Math.max(spanX / FRAME.width, spanY / FRAME.height);
  const project: Project = (p) => {
    const [x, y] = projection.forward(p);
    return [FRAME.width / 2 + x / metresPerUnit, FRAME.height / 2 - y / metresPerUnit];
  };
  // The lon/lat box the frame shows, to skip features far away cheaply.
  const corner = (u: number, v: number) => projection.inverse([(u - FRAME.width / 2) * metresPerUnit, (FRAME.height / 2 - v) * metresPerUnit]);
  const [west, south] = corner(0, FRAME.height);
  const [east, north] = corner(FRAME.width, 0);
  const view: [number, number, number, number] = [west, south, east, north];
  const inView = <T extends { geometry: Geometry | null }>(features: readonly T[] | undefined) => (features ?? []).filter((f) => overlaps(lonLatBox(f.geometry), view));

  const buildings = inView(layers.buildings?.features).map((f) => ({
    id: f.properties?.id ?? f.id ?? '',
    d: pathOf(f.geometry, project),
    kind: String(f.properties?.floors ?? ''),
    own: String(f.properties?.communityId) === String(communityId),
  }));
  const idleLand = inView(layers.idleLand?.features).map((f) => ({ id: f.properties?.id ?? f.id ?? '', d: pathOf(f.geometry, project), kind: f.properties?.kind ?? 'vacant' }));
  const roads = inView(layers.roads?.features).map((f) => ({
    id: f.properties?.id ?? f.id ?? '',
    d: pathOf(f.geometry, project),
    kind: f.properties?.fireLane ? 'fireLane' : 'road',
    widthPx: Math.max(1, (f.properties?.widthM ?? 4) / metresPerUnit),
  }));
  const units = elevatorUnits.map((u) => ({ id: `${u.buildingId}-${u.unit}`, d: pathOf(u.footprint, project), kind: u.status, ...markPlace(u.footprint, project) }));
  return {
    community: pathOf(community.geometry, project),
    buildings,
    idleLand,
    roads,
    elevatorUnits: units,
    metresPerUnit,
    scale: niceScale(metresPerUnit, FRAME.width / 4),
  };
}
