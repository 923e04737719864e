/**
 * The measurements the estimate and the sheet's scope need from buildings: footprint area
 * and perimeter, planar in a local transverse Mercator centred on the community (DESIGN §3),
 * and the community's scope (buildings, total floor area = Σ footprint × floors, households).
 */
import type { CommunityProperties } from '../../model/layers';
import type { BuildingFeature, FeatureId } from '../../model/types';
import { multiPolygonArea, type PlanarMultiPolygon, type Ring } from '../geometry/planar';
import { createLocalProjection } from '../geometry/projection';
import { ELEVATOR_DEFAULTS } from '../../model/standards';
import { minimumAreaRectangle, unitCount } from '../elevators/frame';

export interface CostBuilding {
  id: FeatureId;
  floors?: number;
  heightM?: number;
  units?: number;
  footprintM2: number;
  perimeterM: number;
  /** Long side of the footprint's frame (minimum-area rectangle), m: the unit count without `units`. */
  frameLengthM?: number;
}

/**
 * Stairwell units of a building as the elevator analysis counts them (DESIGN §3.2): `units`,
 * else max(1, round(frame length / unitWidthM)); one when the frame is unknown.
 */
export function unitsOf(building: CostBuilding, unitWidthM: number = ELEVATOR_DEFAULTS.unitWidthM.value): number {
  return unitCount(building.frameLengthM ?? 0, unitWidthM, building.units);
}

export interface CommunityScope {
  buildings: number;
  /** Σ footprint × floors (a building without floors counts one storey). */
  floorAreaM2: number;
  footprintM2: number;
  households: number | null;
  builtYear: number | null;
  /** Stairwell units (unitsOf: `units`, else from the frame length, as the elevator analysis counts them). */
  units: number;
}

function ringLength(ring: Ring): number {
  let length = 0;
  for (let i = 1; i < ring.length; i++) length += Math.hypot(ring[i][0] - ring[i - 1][0], ring[i][1] - ring[i - 1][1]);
  // Rings that are not closed still have their closing side.
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (first && last && (first[0] !== last[0] || first[1] !== last[1])) length += Math.hypot(first[0] - last[0], first[1] - last[1]);
  return length;
}

/** Measures buildings (Polygon or MultiPolygon) in metres; features without usable geometry measure 0. */
export function costBuildingsFromFeatures(features: readonly BuildingFeature[]): CostBuilding[] {
  let centre: [number, number] | null = null;
  for (const feature of features) {
    const geometry = feature.geometry;
    const position = geometry?.type === 'Polygon' ? geometry.coordinates[0]?.[0] : geometry?.type === 'MultiPolygon' ? geometry.coordinates[0]?.[0]?.[0] : undefined;
    if (position && Number.isFinite(position[0]) && Number.isFinite(position[1])) {
      centre = [position[0], position[1]];
      break;
    }
  }
  const projection = centre ? createLocalProjection(centre[0], centre[1]) : null;
  return features.map((feature) => {
    const properties = feature.properties ?? ({} as BuildingFeature['properties']);
    const geometry = feature.geometry;
    let planar: PlanarMultiPolygon = [];
    if (projection && geometry?.type === 'Polygon') planar = [geometry.coordinates.map((ring) => ring.map((p) => projection.forward(p)))];
    else if (projection && geometry?.type === 'MultiPolygon') planar = geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map((p) => projection.forward(p))));
    // Façades are the outer walls: perimeter of the outer rings only (courtyards are rare and small).
    const perimeterM = planar.reduce((sum, polygon) => sum + (polygon[0] ? ringLength(polygon[0]) : 0), 0);
    return {
      id: properties.id ?? feature.id ?? '',
      floors: properties.floors,
      heightM: properties.heightM,
      units: properties.units,
      footprintM2: multiPolygonArea(planar),
      perimeterM,
      frameLengthM: minimumAreaRectangle(planar)?.length ?? 0,
    };
  });
}

export function scopeOf(community: CommunityProperties, buildings: readonly CostBuilding[]): CommunityScope {
  return {
    buildings: buildings.length,
    floorAreaM2: buildings.reduce((sum, b) => sum + b.footprintM2 * (b.floors ?? 1), 0),
    footprintM2: buildings.reduce((sum, b) => sum + b.footprintM2, 0),
    households: community.households ?? null,
    builtYear: community.builtYear ?? null,
    units: buildings.reduce((sum, b) => sum + unitsOf(b), 0),
  };
}
