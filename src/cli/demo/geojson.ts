/**
 * From the plan in metres to the files: lon/lat through the local transverse Mercator
 * (the same projection family the analyses use), coordinates rounded to 7 decimals (about
 * 1 cm), one feature per line so a diff of the committed demo stays readable.
 */
import type { Point } from '../../analysis/geometry/planar';
import type { LocalProjection } from '../../analysis/geometry/projection';
import type { LayerName } from '../../model/layers';
import type { CommunityProperties } from '../../model/layers';
import type { GridPlan, PlannedCommunity } from './plan-types';
import { rectRing } from './plan-types';
import type { DemoSink } from './sink';

export interface OutputFeature {
  type: 'Feature';
  properties: Record<string, unknown>;
  geometry: { type: 'Point'; coordinates: number[] } | { type: 'LineString'; coordinates: number[][] } | { type: 'Polygon'; coordinates: number[][][] };
}

const round7 = (value: number) => Math.round(value * 1e7) / 1e7;

export class LonLatWriter {
  /** [minLon, minLat, maxLon, maxLat] of everything written. */
  readonly bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];

  constructor(private readonly projection: LocalProjection) {}

  point(p: Point): number[] {
    const [lon, lat] = this.projection.inverse(p);
    const out = [round7(lon), round7(lat)];
    if (out[0] < this.bbox[0]) this.bbox[0] = out[0];
    if (out[1] < this.bbox[1]) this.bbox[1] = out[1];
    if (out[0] > this.bbox[2]) this.bbox[2] = out[0];
    if (out[1] > this.bbox[3]) this.bbox[3] = out[1];
    return out;
  }

  polygon(ring: Point[], properties: Record<string, unknown>): OutputFeature {
    return { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [ring.map((p) => this.point(p))] } };
  }

  line(line: Point[], properties: Record<string, unknown>): OutputFeature {
    return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates: line.map((p) => this.point(p)) } };
  }

  pointFeature(p: Point, properties: Record<string, unknown>): OutputFeature {
    return { type: 'Feature', properties, geometry: { type: 'Point', coordinates: this.point(p) } };
  }
}

export function featureCollectionText(features: readonly OutputFeature[]): string {
  if (features.length === 0) return '{"type":"FeatureCollection","features":[]}\n';
  return `{"type":"FeatureCollection","features":[\n${features.map((f) => JSON.stringify(f)).join(',\n')}\n]}\n`;
}

export function layerFeatures(
  grid: GridPlan,
  communities: readonly PlannedCommunity[],
  communityProperties: readonly CommunityProperties[],
  sink: DemoSink,
  writer: LonLatWriter,
): Record<LayerName, OutputFeature[]> {
  return {
    districts: grid.districts.map((d) => writer.polygon(rectRing(d.bounds), { id: d.id, name: d.name, street: d.street })),
    communities: communities.map((c, i) => writer.polygon(c.ring, communityProperties[i] as Record<string, unknown>)),
    buildings: sink.buildings.map((b) =>
      writer.polygon(b.ring, { id: b.id, communityId: b.communityId, floors: b.floors, hasElevator: b.hasElevator, units: b.units, use: 'residential', heightM: b.heightM }),
    ),
    idleLand: sink.idle.map((p) =>
      writer.polygon(p.ring, { id: p.id, kind: p.kind, ...(p.floorAreaM2 !== undefined ? { floorAreaM2: p.floorAreaM2 } : {}), owner: p.owner, districtId: p.districtId }),
    ),
    facilities: sink.facilities.map((f) => writer.pointFeature(f.at, { id: f.id, type: f.type, capacity: f.capacity, name: f.name, districtId: f.districtId })),
    roads: sink.roads.map((r) =>
      writer.line(r.line, { id: r.id, class: r.roadClass, widthM: r.widthM, fireLane: r.fireLane, ...(r.name ? { name: r.name } : {}) }),
    ),
    protected: sink.protectedObjects.map((p) => {
      const properties = { id: p.id, kind: p.kind, bufferM: p.bufferM, name: p.name };
      return p.ring ? writer.polygon(p.ring, properties) : writer.pointFeature(p.at as Point, properties);
    }),
  };
}
