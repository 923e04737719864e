/**
 * Added elevators (加装电梯), DESIGN §3.2 and §3.6: per candidate building, a shaft footprint
 * per unit on the stair façade, its verdict with every reason that applies and the objects
 * behind each reason, the sunlight it takes from neighbours, and the consent thresholds.
 *
 * @example
 * const result = runElevators(layers, { minFloors: 5 });
 * if (result.ok) console.log(result.value.totals);
 */
import type { BuildingProperties, ProtectedProperties, RoadProperties } from '../../model/layers';
import { FIELD_DEFAULTS } from '../../model/standards';
import { err, ok, type FeatureId, type LayerSet, type Result } from '../../model/types';
import { type PlanarMultiPolygon, type Shape, bboxDistance, shapeBBox, unprojectMultiPolygon } from '../geometry/planar';
import { prepareLayers, type PreparedLayers } from '../prepare';
import type { RunOptions } from '../run-options';
import { buildingCommunities, buildingHouseholds, communitiesById, consentThresholds, isResidential, roundHalfUp } from './consent';
import { minimumAreaRectangle, stairFacade, unitCount, unitFootprint } from './frame';
import {
  DEFAULT_ELEVATOR_PARAMS, type ElevatorBuilding, type ElevatorCommunitySummary, type ElevatorOutput, type ElevatorParams,
  type ElevatorUnit, INFEASIBLE_REASONS, type Reason, type ReasonDetail, REASONS,
} from './params';
import { validateParams } from './validate-params';
import { orientedRectangle, outsideReach, overlapArea, rectangleDistance, rectangleOverlaps, rectangleWithin } from './site-checks';
import { buildingHeight, SunlightChecker } from './sunlight-check';
import type { Polygon } from 'geojson';

export { DEFAULT_ELEVATOR_PARAMS } from './params';
export type * from './params';

const round3 = (value: number) => Math.round(value * 1000) / 1000;

export function isCandidate(properties: BuildingProperties, minFloors: number): boolean {
  return (
    isResidential(properties) &&
    typeof properties.floors === 'number' &&
    properties.floors >= minFloors &&
    (properties.hasElevator ?? FIELD_DEFAULTS.hasElevator) === false
  );
}

/** Distance from a point to the polygon's nearest outer vertex: an upper bound of the shapes' distance. */
function nearestVertexDistance(point: [number, number], polygon: PlanarMultiPolygon): number {
  let best = Infinity;
  for (const part of polygon) {
    for (const vertex of part[0] ?? []) {
      const d = Math.hypot(vertex[0] - point[0], vertex[1] - point[1]);
      if (d < best) best = d;
    }
  }
  return best;
}

interface Neighbourhood {
  roadHalfWidthMax: number;
  protectedBufferMax: number;
}

function neighbourhoodLimits(prepared: PreparedLayers): Neighbourhood {
  let roadHalfWidthMax = 0;
  for (const road of prepared.layer<RoadProperties>('roads').features) {
    roadHalfWidthMax = Math.max(roadHalfWidthMax, (road.properties.widthM ?? FIELD_DEFAULTS.roadWidthM) / 2);
  }
  let protectedBufferMax = 0;
  for (const object of prepared.layer<ProtectedProperties>('protected').features) {
    protectedBufferMax = Math.max(protectedBufferMax, object.properties.bufferM ?? FIELD_DEFAULTS.protectedBufferM);
  }
  return { roadHalfWidthMax, protectedBufferMax };
}

export function runElevators(layers: LayerSet, params: Partial<ElevatorParams> = {}, options: RunOptions = {}): Result<ElevatorOutput> {
  const merged: ElevatorParams = { ...DEFAULT_ELEVATOR_PARAMS, ...Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined)) };
  const invalid = validateParams(merged);
  if (invalid) return err({ code: 'INVALID_PARAM', message: invalid.message, field: invalid.field });
  if (!layers.buildings) return err({ code: 'MISSING_LAYER', message: 'buildings.geojson: the buildings layer is required for the elevator analysis', layer: 'buildings' });

  const prepared = prepareLayers(layers);
  const buildings = prepared.layer<BuildingProperties>('buildings');
  const roads = prepared.layer<RoadProperties>('roads');
  const protectedObjects = prepared.layer<ProtectedProperties>('protected');
  const communityOf = buildingCommunities(prepared);
  const communities = communitiesById(prepared);
  const households = buildingHouseholds(prepared);
  const limits = neighbourhoodLimits(prepared);
  const sunlight = new SunlightChecker(prepared, merged);
  const warnings: string[] = [];
  if (!layers.communities) warnings.push('communities.geojson missing: every unit is OUTSIDE_SITE');
  if (buildings.invalid.length > 0) warnings.push(`buildings.geojson: ${buildings.invalid.length} feature(s) without usable geometry or id were skipped`);

  const units: ElevatorUnit[] = [];
  const buildingRows: ElevatorBuilding[] = [];
  const depth = merged.corridorDepthM + merged.shaftDepthM;
  const searchRadius = Math.max(merged.neighbourRadiusM, merged.minSpacingM);

  buildings.features.forEach((building, position) => {
    if (position % 500 === 0) options.onProgress?.(position / buildings.features.length, 'elevators');
    if (!isCandidate(building.properties, merged.minFloors) || building.shape.type !== 'polygon') return;
    const frame = minimumAreaRectangle(building.shape.coordinates);
    if (!frame) {
      warnings.push(`buildings.geojson: building ${building.id} has a degenerate footprint and was skipped`);
      return;
    }
    const facade = stairFacade(frame, merged.stairSide);
    const count = unitCount(frame.length, merged.unitWidthM, building.properties.units);
    const communityId = communityOf[position];
    const community = communityId === null ? undefined : communities.get(communityId);
    const shaftHeight = buildingHeight(building.properties, merged.floorHeightM) + merged.shaftExtraHeightM;
    let feasibleCount = 0;

    for (let unit = 1; unit <= count; unit++) {
      const ring = unitFootprint(facade, unit, count, merged.shaftWidthM, depth);
      const rect = orientedRectangle(ring);
      const shape: Shape = { type: 'polygon', coordinates: [[ring]] };
      const box = shapeBBox(shape);
      const details: ReasonDetail[] = [];

      if (!community || community.shape.type !== 'polygon' || !rectangleWithin(rect, community.shape.coordinates)) {
        const reach = community && community.shape.type === 'polygon' ? outsideReach(ring, community.shape.coordinates) : undefined;
        details.push({ reason: 'OUTSIDE_SITE', layer: 'communities', objectId: communityId, ...(reach !== undefined ? { distanceM: round3(reach) } : {}) });
      }

      const sunlightNeighbours: number[] = [];
      const spacing: ReasonDetail[] = [];
      for (const other of buildings.index.within(box, searchRadius).sort((a, b) => a - b)) {
        if (other === position) continue;
        const neighbour = buildings.features[other];
        if (neighbour.shape.type !== 'polygon' || bboxDistance(box, neighbour.bbox) >= searchRadius) continue;
        const gap = bboxDistance(box, neighbour.bbox);
        // The exact distance matters below minSpacingM, or when 60 m is in doubt (a vertex pair gives an upper bound).
        const upper = nearestVertexDistance(rect.centre, neighbour.shape.coordinates);
        const exact = gap <= 0 || gap < merged.minSpacingM || upper >= merged.neighbourRadiusM;
        const distance = exact ? rectangleDistance(rect, ring, neighbour.shape) : upper;
        if (distance === 0 && rectangleOverlaps(rect, neighbour.shape.coordinates)) {
          details.push({ reason: 'OVERLAPS_BUILDING', layer: 'buildings', objectId: neighbour.id, overlapM2: round3(overlapArea(ring, neighbour.shape.coordinates)) });
        }
        if (distance < merged.minSpacingM) spacing.push({ reason: 'SPACING', layer: 'buildings', objectId: neighbour.id, distanceM: round3(distance), limitM: merged.minSpacingM });
        if (distance < merged.neighbourRadiusM) sunlightNeighbours.push(other);
      }

      for (const i of roads.index.within(box, limits.roadHalfWidthMax).sort((a, b) => a - b)) {
        const road = roads.features[i];
        const limit = (road.properties.widthM ?? FIELD_DEFAULTS.roadWidthM) / 2;
        const distance = rectangleDistance(rect, ring, road.shape);
        if (distance < limit) details.push({ reason: 'FIRE_LANE', layer: 'roads', objectId: road.id, distanceM: round3(distance), limitM: limit });
      }

      for (const i of protectedObjects.index.within(box, limits.protectedBufferMax).sort((a, b) => a - b)) {
        const object = protectedObjects.features[i];
        const limit = object.properties.bufferM ?? FIELD_DEFAULTS.protectedBufferM;
        const distance = rectangleDistance(rect, ring, object.shape);
        if (distance < limit) details.push({ reason: 'PROTECTED', layer: 'protected', objectId: object.id, distanceM: round3(distance), limitM: limit });
      }
      details.push(...spacing);

      const losses = sunlight.losses(ring, shaftHeight, sunlightNeighbours);
      for (const loss of losses) {
        details.push({ reason: 'SUNLIGHT', layer: 'buildings', objectId: loss.buildingId, hoursBefore: loss.hoursBefore, hoursAfter: loss.hoursAfter, requiredHours: merged.requiredHours });
      }

      const found = new Set(details.map((d) => d.reason));
      const reasons: Reason[] = REASONS.filter((r) => found.has(r));
      const status = reasons.some((r) => INFEASIBLE_REASONS.includes(r)) ? 'infeasible' : reasons.length > 0 ? 'conditional' : 'feasible';
      if (status === 'feasible') feasibleCount++;
      units.push({
        buildingId: building.id,
        communityId,
        unit,
        status,
        reasons,
        footprint: unprojectMultiPolygon([[ring]], prepared.projection) as Polygon,
        sunlight: losses,
        details,
      });
    }
    const consent = consentThresholds(households[position]);
    buildingRows.push({ id: building.id, communityId, units: count, feasible: feasibleCount, households: households[position], ...consent });
  });
  options.onProgress?.(1, 'elevators');

  const [lon, lat] = prepared.projection.centre;
  const noon = sunlight.table.samples.reduce((best, s) => (s.altitudeDeg > best ? s.altitudeDeg : best), -90);
  return ok({
    totals: {
      candidateBuildings: buildingRows.length,
      candidateUnits: units.length,
      feasible: units.filter((u) => u.status === 'feasible').length,
      conditional: units.filter((u) => u.status === 'conditional').length,
      infeasible: units.filter((u) => u.status === 'infeasible').length,
    },
    units,
    buildings: buildingRows,
    communities: summariseCommunities(units, buildingRows),
    params: merged,
    sun: { lon, lat, samples: sunlight.table.samples.length, noonAltitudeDeg: noon },
    warnings,
  });
}

/** Per community: candidates, unit verdicts, and households served by feasible + conditional units. */
function summariseCommunities(units: ElevatorUnit[], buildings: ElevatorBuilding[]): ElevatorCommunitySummary[] {
  const rows = new Map<FeatureId | null, ElevatorCommunitySummary & { served: number }>();
  const rowFor = (id: FeatureId | null) => {
    let row = rows.get(id);
    if (!row) {
      row = { id, candidateBuildings: 0, feasible: 0, conditional: 0, infeasible: 0, householdsServed: 0, served: 0 };
      rows.set(id, row);
    }
    return row;
  };
  const servedUnits = new Map<FeatureId, number>();
  for (const unit of units) {
    rowFor(unit.communityId)[unit.status] += 1;
    if (unit.status !== 'infeasible') servedUnits.set(unit.buildingId, (servedUnits.get(unit.buildingId) ?? 0) + 1);
  }
  for (const building of buildings) {
    const row = rowFor(building.communityId);
    row.candidateBuildings += 1;
    row.served += (building.households * (servedUnits.get(building.id) ?? 0)) / building.units;
  }
  return [...rows.values()].map(({ served, ...row }) => ({ ...row, householdsServed: roundHalfUp(served) }));
}
