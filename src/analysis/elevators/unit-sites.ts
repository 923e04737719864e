/**
 * The geometric stages of the elevator analysis, cached per building (see stage-cache.ts):
 * the frame and stair façade of a building, then per unit its footprint and every site
 * reason (OUTSIDE_SITE, OVERLAPS_BUILDING, FIRE_LANE, PROTECTED, SPACING) with the objects
 * behind it, and the neighbours whose sunlight the shaft must be tested against.
 * None of this depends on requiredHours or the sun, so a change of those reuses it whole.
 */
import type { BuildingProperties, CommunityProperties, ProtectedProperties, RoadProperties } from '../../model/layers';
import { FIELD_DEFAULTS, protectedBufferM } from '../../model/standards';
import type { FeatureId } from '../../model/types';
import { hypot } from '../geometry/hypot';
import { type BBox, bboxDistance, type PlanarMultiPolygon, type Point, type Ring } from '../geometry/planar';
import type { PreparedFeature, PreparedLayer, PreparedLayers } from '../prepare';
import { ringBBox } from '../geometry/hull';
import { TypedPool } from '../geometry/typed-pool';
import { FOOTPRINT_STRIDE } from './footprints';
import { type FrameSide, minimumAreaRectangle, stairFacade, unitCount, unitFootprint } from './frame';
import { type ElevatorParams, type ReasonDetail, REASONS } from './params';
import { orientedRectangle, outsideReach, overlapArea, rectangleCloserThan, rectangleDistance, rectangleOverlaps, rectangleWithin } from './site-checks';

const round3 = (value: number) => Math.round(value * 1000) / 1000;

/**
 * "Closer than" a limit (DESIGN §3.6: strict) by more than this (m): a distance that is the
 * limit exactly comes back from lon/lat round trips ~1e-9 m either side, and must not be
 * closer wherever the building sits (the same 1e-6 m that keeps touching from overlapping).
 */
const AT_LIMIT_M = 1e-6;
const closer = (distance: number, limit: number) => distance < limit - AT_LIMIT_M;

/** A building's frame as the units need it; null when the footprint is degenerate. */
export type BuildingFrame = { facade: FrameSide; count: number } | null;

/**
 * A unit's site, as cached for the later stages. Kept small (one per unit, ~140k at city
 * scale): the planar ring is not kept (unitRing rebuilds it from the cached frame) and the
 * sunlight neighbours of all the building's units share one array.
 */
export interface UnitSite {
  /** Site reasons in report order: OUTSIDE_SITE, OVERLAPS_BUILDING, FIRE_LANE, PROTECTED, SPACING. Frozen. */
  details: ReasonDetail[];
  /** Bit (1 << index in REASONS) of every reason in `details`. */
  reasonMask: number;
  /** This unit's sunlight neighbours are BuildingSites.neighbours[neighbourStart … neighbourEnd). */
  neighbourStart: number;
  neighbourEnd: number;
}

export interface BuildingSites {
  units: UnitSite[];
  /** The units' footprints in WGS84, FOOTPRINT_STRIDE doubles each in unit order (see UnitFootprints). */
  footprints: Float64Array;
  /** Per unit in turn, the positions of the other buildings closer than neighbourRadiusM, ascending. */
  neighbours: Int32Array;
}

const NO_DETAILS = Object.freeze([]) as unknown as ReasonDetail[];
/** Each building's neighbour list is a view on a shared chunk (see typed-pool.ts). */
const neighbourPool = new TypedPool(Int32Array);
/** Each building's footprints likewise. */
const footprintPool = new TypedPool(Float64Array);

/** The planar footprint ring of every unit, in unit order: the rings the site checks use. */
export function unitRings(frame: { facade: FrameSide; count: number }, params: ElevatorParams): Ring[] {
  const rings: Ring[] = [];
  for (let unit = 1; unit <= frame.count; unit++) rings.push(unitFootprint(frame.facade, unit, frame.count, params.shaftWidthM, params.corridorDepthM + params.shaftDepthM));
  return rings;
}

/** Key of the frame stage: frames depend on the data, stairSide and unitWidthM only. */
export const frameKey = (p: ElevatorParams) => `${p.stairSide}:${p.unitWidthM}`;
/** Key of the site stage: the frame key plus the footprint's size and the distances it is checked at. */
export const siteKey = (p: ElevatorParams) =>
  `${frameKey(p)}:${p.shaftWidthM}:${p.corridorDepthM + p.shaftDepthM}:${p.minSpacingM}:${p.neighbourRadiusM}`;

export function buildingFrame(building: PreparedFeature<BuildingProperties>, params: ElevatorParams): BuildingFrame {
  if (building.shape.type !== 'polygon') return null;
  const frame = minimumAreaRectangle(building.shape.coordinates);
  if (!frame) return null;
  return { facade: stairFacade(frame, params.stairSide), count: unitCount(frame.length, params.unitWidthM, building.properties.units) };
}

/**
 * Distance from a point to the polygon's nearest outer vertex: an upper bound of the
 * footprint's distance (the point is the footprint's centre). Squared inside the loop
 * (Math.hypot is slow); the one returned value is Math.hypot of the winner, as before.
 */
function nearestVertexDistance(point: Point, polygon: PlanarMultiPolygon): number {
  let best = Infinity;
  let bestDx = 0;
  let bestDy = 0;
  for (const part of polygon) {
    for (const vertex of part[0] ?? []) {
      const dx = vertex[0] - point[0];
      const dy = vertex[1] - point[1];
      const d = dx * dx + dy * dy;
      if (d < best) {
        best = d;
        bestDx = dx;
        bestDy = dy;
      }
    }
  }
  return best === Infinity ? Infinity : hypot(bestDx, bestDy);
}

export interface SiteContext {
  prepared: PreparedLayers;
  params: ElevatorParams;
  buildings: PreparedLayer<BuildingProperties>;
  roads: PreparedLayer<RoadProperties>;
  protectedObjects: PreparedLayer<ProtectedProperties>;
  roadHalfWidthMax: number;
  protectedBufferMax: number;
}

export function siteContext(prepared: PreparedLayers, params: ElevatorParams): SiteContext {
  const roads = prepared.layer<RoadProperties>('roads');
  const protectedObjects = prepared.layer<ProtectedProperties>('protected');
  let roadHalfWidthMax = 0;
  for (const road of roads.features) roadHalfWidthMax = Math.max(roadHalfWidthMax, (road.properties.widthM ?? FIELD_DEFAULTS.roadWidthM) / 2);
  let protectedBufferMax = 0;
  for (const object of protectedObjects.features) protectedBufferMax = Math.max(protectedBufferMax, protectedBufferM(object.properties.bufferM));
  return { prepared, params, buildings: prepared.layer<BuildingProperties>('buildings'), roads, protectedObjects, roadHalfWidthMax, protectedBufferMax };
}


/** Whether `box` meets `query` grown by `distance`: BoxIndex.within's test (flatbush's, on the same doubles). */
function boxMeetsGrown(box: BBox, query: BBox, distance: number): boolean {
  return !(query[2] + distance < box[0] || query[3] + distance < box[1] || query[0] - distance > box[2] || query[1] - distance > box[3]);
}

/**
 * Whether the boxes lie apart by more than `limit` on one axis (with a margin far above float
 * noise): the distance is then at least that, so `distance < limit` cannot hold and the exact
 * distance is not needed. Most roads are 4–8 m wide, far under the widest one the query uses.
 */
function clearlyBeyond(box: BBox, query: BBox, limit: number): boolean {
  const reach = limit + 1e-6;
  return box[0] - query[2] > reach || query[0] - box[2] > reach || box[1] - query[3] > reach || query[1] - box[3] > reach;
}

/** The footprint's four corners in WGS84 into `out` at `offset` (lon, lat pairs; the ring closes on the first). */
function writeFootprint(ring: Ring, prepared: PreparedLayers, out: Float64Array, offset: number): void {
  const { inverseInto } = prepared.projection;
  for (let corner = 0; corner < 4; corner++) inverseInto(ring[corner][0], ring[corner][1], out, offset + 2 * corner);
}

/** Every unit of one candidate building (its rings from unitRings), checked against its site (no sunlight). */
export function unitSites(
  context: SiteContext,
  position: number,
  rings: Ring[],
  communityId: FeatureId | null,
  community: PreparedFeature<CommunityProperties> | undefined,
): BuildingSites {
  const { params, buildings, roads, protectedObjects, prepared } = context;
  const searchRadius = Math.max(params.neighbourRadiusM, params.minSpacingM);
  // A hair inside the radius less AT_LIMIT_M, so the float rounding of a hypot can never reach it.
  const radiusInside = params.neighbourRadiusM - AT_LIMIT_M;
  const radiusSquaredInside = radiusInside * radiusInside * (1 - 1e-9);
  const boxes: BBox[] = [];
  const all: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const ring of rings) {
    const box = ringBBox(ring);
    boxes.push(box);
    all[0] = Math.min(all[0], box[0]);
    all[1] = Math.min(all[1], box[1]);
    all[2] = Math.max(all[2], box[2]);
    all[3] = Math.max(all[3], box[3]);
  }
  // One index query for the whole building: each unit then keeps those within its own reach,
  // the same set a per-unit query gives (the query is only a superset filter).
  const nearby = buildings.index.within(all, searchRadius).sort((a, b) => a - b);
  // Roads and protected objects likewise: one query per building, each unit then keeps those
  // whose box meets its own query box, the very test (and set) a per-unit query makes.
  const nearbyRoads = roads.index.within(all, context.roadHalfWidthMax).sort((a, b) => a - b);
  const nearbyProtected = protectedObjects.index.within(all, context.protectedBufferMax).sort((a, b) => a - b);
  const communityPolygon = community && community.shape.type === 'polygon' ? community.shape.coordinates : null;

  const neighbours: number[] = [];
  const footprints = footprintPool.take(rings.length * FOOTPRINT_STRIDE);
  const units = rings.map((ring, u): UnitSite => {
    const box = boxes[u];
    const rect = orientedRectangle(ring);
    const details: ReasonDetail[] = [];
    if (!communityPolygon || !rectangleWithin(rect, communityPolygon)) {
      const reach = communityPolygon ? outsideReach(ring, communityPolygon) : undefined;
      details.push({ reason: 'OUTSIDE_SITE', layer: 'communities', objectId: communityId, ...(reach !== undefined ? { distanceM: round3(reach) } : {}) });
    }
    const neighbourStart = neighbours.length;
    // Made on the first SPACING only: most units have none (~140k units).
    let spacing: ReasonDetail[] | null = null;
    for (const other of nearby) {
      if (other === position) continue;
      const neighbour = buildings.features[other];
      if (neighbour.shape.type !== 'polygon') continue;
      // bboxDistance is a hypot of the two axis gaps, never below either: one axis gap at or
      // past the radius decides the skip below without it (most of the building's query).
      const nb = neighbour.bbox;
      if (nb[0] - box[2] >= searchRadius || box[0] - nb[2] >= searchRadius || nb[1] - box[3] >= searchRadius || box[1] - nb[3] >= searchRadius) continue;
      const gap = bboxDistance(box, nb);
      if (gap >= searchRadius) continue;
      if (gap > params.minSpacingM + 1e-6) {
        // Apart beyond minSpacingM, and the two boxes' farthest corners closer than the radius:
        // the vertex bound below (centre and vertices lie in the boxes) would be under it too,
        // so the building is a neighbour and nothing else can apply. Most pairs end here.
        const farX = Math.max(nb[2] - box[0], box[2] - nb[0]);
        const farY = Math.max(nb[3] - box[1], box[3] - nb[1]);
        if (farX * farX + farY * farY < radiusSquaredInside) {
          neighbours.push(other);
          continue;
        }
      }
      // The exact distance matters below minSpacingM, or when 60 m is in doubt (a vertex gives an upper bound).
      const upper = nearestVertexDistance(rect.centre, neighbour.shape.coordinates);
      if (gap > params.minSpacingM + 1e-6 && upper >= radiusInside) {
        // Apart and clearly beyond minSpacingM (no SPACING, no overlap): only "closer than neighbourRadiusM?" is asked, which
        // the first close enough edge pair answers (the same values rectangleDistance takes the minimum of).
        if (rectangleCloserThan(ring, neighbour.shape.coordinates, radiusInside)) neighbours.push(other);
        continue;
      }
      const exact = gap <= 0 || gap < params.minSpacingM;
      const distance = exact ? rectangleDistance(rect, ring, neighbour.shape) : upper;
      if (distance === 0 && rectangleOverlaps(rect, neighbour.shape.coordinates)) {
        details.push({ reason: 'OVERLAPS_BUILDING', layer: 'buildings', objectId: neighbour.id, overlapM2: round3(overlapArea(ring, neighbour.shape.coordinates)) });
      }
      if (closer(distance, params.minSpacingM)) (spacing ??= []).push({ reason: 'SPACING', layer: 'buildings', objectId: neighbour.id, distanceM: round3(distance), limitM: params.minSpacingM });
      if (closer(distance, params.neighbourRadiusM)) neighbours.push(other);
    }
    for (const i of nearbyRoads) {
      const road = roads.features[i];
      if (!boxMeetsGrown(road.bbox, box, context.roadHalfWidthMax)) continue;
      const limit = (road.properties.widthM ?? FIELD_DEFAULTS.roadWidthM) / 2;
      if (clearlyBeyond(road.bbox, box, limit)) continue;
      const distance = rectangleDistance(rect, ring, road.shape);
      if (closer(distance, limit)) details.push({ reason: 'FIRE_LANE', layer: 'roads', objectId: road.id, distanceM: round3(distance), limitM: limit });
    }
    for (const i of nearbyProtected) {
      const object = protectedObjects.features[i];
      if (!boxMeetsGrown(object.bbox, box, context.protectedBufferMax)) continue;
      const limit = protectedBufferM(object.properties.bufferM);
      if (clearlyBeyond(object.bbox, box, limit)) continue;
      const distance = rectangleDistance(rect, ring, object.shape);
      if (closer(distance, limit)) details.push({ reason: 'PROTECTED', layer: 'protected', objectId: object.id, distanceM: round3(distance), limitM: limit });
    }
    if (spacing !== null) for (const detail of spacing) details.push(detail);
    let reasonMask = 0;
    for (const detail of details) reasonMask |= 1 << REASONS.indexOf(detail.reason);
    // Frozen: units without a sunlight loss report this very array (see index.ts).
    const frozen = details.length === 0 ? NO_DETAILS : (Object.freeze(details) as ReasonDetail[]);
    writeFootprint(ring, prepared, footprints, u * FOOTPRINT_STRIDE);
    return { details: frozen, reasonMask, neighbourStart, neighbourEnd: neighbours.length };
  });
  return { units, footprints, neighbours: neighbourPool.from(neighbours) };
}
