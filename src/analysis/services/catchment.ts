/**
 * Catchments for the map. Network: the road stretches within the radius of a facility of the
 * type (partial edges clipped), as one GeoJSON MultiLineString in lon/lat. Straight line: just
 * each facility's centre and radius — the UI draws the circles.
 */
import type { MultiLineString } from 'geojson';
import type { ServiceType } from '../../model/codes';
import { SERVICE_DEFAULTS } from '../../model/standards';
import { err, ok, type FeatureId, type LayerSet, type Result } from '../../model/types';
import { attachmentsOf, DistanceField, edgePoint, type Interval, networkOf, placePointDistance } from '../network';
import { prepareLayers } from '../prepare';
import { facilitiesOfType } from './distances';
import type { DistanceKind } from './params';

export type CatchmentOutput =
  | { type: ServiceType; radiusM: number; distance: 'euclidean'; circles: { facilityId: FeatureId; centre: [number, number]; radiusM: number }[] }
  | { type: ServiceType; radiusM: number; distance: 'network'; geometry: MultiLineString; lengthM: number };

function mergeIntervals(pieces: Interval[]): Interval[] {
  const sorted = pieces.filter(([a, b]) => a < b).sort((x, y) => x[0] - y[0]);
  const out: Interval[] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

export function serviceCatchment(layers: LayerSet, params: { type: ServiceType; radiusM?: number; distance?: DistanceKind }): Result<CatchmentOutput> {
  const defaults = SERVICE_DEFAULTS[params.type];
  if (!defaults) return err({ code: 'BAD_PARAMETER', message: `catchment: "${String(params.type)}" is not a service type`, field: 'type' });
  const radiusM = params.radiusM ?? defaults.radiusM.value;
  const distance = params.distance ?? 'euclidean';
  const prepared = prepareLayers(layers);
  const facilities = facilitiesOfType(prepared, params.type);
  if (distance === 'euclidean') {
    const circles = facilities.features.map((f) => ({
      facilityId: f.id,
      centre: (f.geometry.type === 'Point' ? [f.geometry.coordinates[0], f.geometry.coordinates[1]] : [NaN, NaN]) as [number, number],
      radiusM,
    }));
    return ok({ type: params.type, radiusM, distance, circles });
  }
  if (!layers.roads?.features.length) return err({ code: 'MISSING_LAYER', message: 'catchment: network distance needs the roads layer (roads.geojson)', layer: 'roads' });

  const network = networkOf(prepared);
  const attachments = attachmentsOf(prepared, 'facilities');
  const sources = facilities.positions.map((p) => attachments[p]);
  const field = new DistanceField(network, sources, radiusM);
  const lines: [number, number][][] = [];
  let lengthM = 0;
  for (let edge = 0; edge < network.edgeCount; edge++) {
    const length = network.length[edge];
    const pieces: Interval[] = [];
    const fromLeft = radiusM - field.nodeDistance(network.from[edge]);
    if (fromLeft >= 0) pieces.push([0, Math.min(length, fromLeft)]);
    const fromRight = radiusM - field.nodeDistance(network.to[edge]);
    if (fromRight >= 0) pieces.push([Math.max(0, length - fromRight), length]);
    // A facility attached in the middle of the edge reaches both ways from its stretch.
    for (const { source, intervals } of field.sourceStretches(edge)) {
      const shape = sources[source]!.shape;
      for (const [a, b] of intervals) {
        const leftCost = placePointDistance(shape, ...edgePoint(network, edge, a));
        const rightCost = placePointDistance(shape, ...edgePoint(network, edge, b));
        if (leftCost <= radiusM) pieces.push([Math.max(0, a - (radiusM - leftCost)), b]);
        if (rightCost <= radiusM) pieces.push([a, Math.min(length, b + (radiusM - rightCost))]);
      }
    }
    for (const [a, b] of mergeIntervals(pieces)) {
      lengthM += b - a;
      lines.push([prepared.projection.inverse(edgePoint(network, edge, a)), prepared.projection.inverse(edgePoint(network, edge, b))]);
    }
  }
  return ok({ type: params.type, radiusM, distance, geometry: { type: 'MultiLineString', coordinates: lines }, lengthM: Math.round(lengthM * 100) / 100 });
}
