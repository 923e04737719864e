/**
 * The TypeScript shapes every part of the app shares: features, layers and a layer set.
 * All geometry is WGS84 lon/lat (RFC 7946) once inside the app (DESIGN §2).
 */
import type { Feature, FeatureCollection, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type {
  BuildingProperties, CommunityProperties, DistrictProperties, FacilityProperties, IdleLandProperties,
  LayerName, ProtectedProperties, RoadProperties,
} from './layers';

export type FeatureId = string | number;
export type PolygonalGeometry = Polygon | MultiPolygon;

export type DistrictFeature = Feature<PolygonalGeometry, DistrictProperties>;
export type CommunityFeature = Feature<PolygonalGeometry, CommunityProperties>;
export type BuildingFeature = Feature<PolygonalGeometry, BuildingProperties>;
export type IdleLandFeature = Feature<PolygonalGeometry, IdleLandProperties>;
export type FacilityFeature = Feature<Point, FacilityProperties>;
export type RoadFeature = Feature<LineString | MultiLineString, RoadProperties>;
export type ProtectedFeature = Feature<Point | PolygonalGeometry, ProtectedProperties>;

export interface LayerFeatureMap {
  districts: DistrictFeature;
  communities: CommunityFeature;
  buildings: BuildingFeature;
  idleLand: IdleLandFeature;
  facilities: FacilityFeature;
  roads: RoadFeature;
  protected: ProtectedFeature;
}

/** Any subset of the seven layers; analyses say which they need. */
export type LayerSet = { [K in LayerName]?: FeatureCollection<LayerFeatureMap[K]['geometry'], LayerFeatureMap[K]['properties']> };

export type AnyFeature = Feature<Geometry, Record<string, unknown>>;

/** A feature's id: its `id` property, else the GeoJSON feature id. */
export function featureId(feature: { id?: FeatureId; properties?: Record<string, unknown> | null }): FeatureId | undefined {
  const fromProperties = feature.properties?.id;
  if (typeof fromProperties === 'string' || typeof fromProperties === 'number') return fromProperties;
  return feature.id;
}

/** Result of an analysis or a loader: a value or an error, never a throw across a boundary. */
export type Result<T, E = AnalysisError> = { ok: true; value: T } | { ok: false; error: E };

export interface AnalysisError {
  /** Machine-readable code, e.g. MISSING_FIELD. */
  code: string;
  /** One line naming the file or layer, the feature and the field (DESIGN §4, §6). */
  message: string;
  layer?: LayerName;
  featureIds?: FeatureId[];
  field?: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const err = <E = AnalysisError>(error: E): Result<never, E> => ({ ok: false, error });
