/**
 * Prepared layers: a LayerSet projected once into the local plane, with a spatial index per
 * layer and each feature's district, kept between analysis runs. The cache is keyed by the
 * LayerSet object itself (its identity is the data version): a new LayerSet means new data.
 */
import type { FeatureCollection, Geometry } from 'geojson';
import { LAYER_NAMES, type LayerName } from '../model/layer-names';
import { featureId, type FeatureId, type LayerSet } from '../model/types';
import { intersectionArea } from './geometry/clip';
import { type BBox, bboxDistance, type Point, pointInMultiPolygon, projectGeometry, type Shape, shapeArea } from './geometry/planar';
import { projectionForLayers, type LocalProjection } from './geometry/projection';
import { type BoxIndex, buildBoxIndex } from './geometry/spatial-index';

export interface PreparedFeature<P = Record<string, unknown>> {
  /** Position in the layer's feature array (file order). */
  index: number;
  id: FeatureId;
  properties: P;
  geometry: Geometry;
  shape: Shape;
  bbox: BBox;
  areaM2: number;
}

export interface PreparedLayer<P = Record<string, unknown>> {
  features: PreparedFeature<P>[];
  /** Features dropped because their geometry could not be projected (empty or wrong type). */
  invalid: { index: number; id: FeatureId | undefined }[];
  index: BoxIndex;
}

export interface PreparedLayers {
  source: LayerSet;
  projection: LocalProjection;
  layer<P = Record<string, unknown>>(name: LayerName): PreparedLayer<P>;
  /** District of the feature at `position` in layer(name).features, per DESIGN §3 (property first, else largest share of area). */
  districtOf(name: LayerName, position: number): FeatureId | null;
  /**
   * The id of layer `name`'s feature that a reference (a districtId, a communityId) names: the
   * same value, else the first id equal to it as text ("1" names district 1: a spreadsheet's
   * text next to a Shapefile's number), else the reference unchanged. District references
   * naming no district feature meet each other the same way (see addUnmatchedReferences).
   */
  canonicalId(name: LayerName, reference: FeatureId): FeatureId;
  /** Memo space for analyses: derived tables (distances, graphs) keyed by name. */
  memo: Map<string, unknown>;
}

const cache = new WeakMap<LayerSet, PreparedLayers>();

/** An overlap under 1 mm² is float noise of touching boundaries, not a share of area (districtOf; a building's community in elevators/consent.ts). */
export const SHARE_NOISE_M2 = 1e-6;

/**
 * shapeBBox of planar.ts without building the segment list (a third of prepare's time at
 * city scale): the same vertices visited in the same order — every vertex of each path of at
 * least two points — so the box is identical, Infinity-wide when the shape has no segment.
 */
export function vertexBBox(shape: Shape): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  if (shape.type === 'point') extendByPath(box, [shape.coordinates, shape.coordinates]);
  else if (shape.type === 'line') for (const line of shape.coordinates) extendByPath(box, line);
  else for (const polygon of shape.coordinates) for (const ring of polygon) extendByPath(box, ring);
  return box;
}

function extendByPath(box: BBox, path: Point[]): void {
  if (path.length < 2) return;
  for (let i = 0; i < path.length; i++) {
    const x = path[i][0];
    const y = path[i][1];
    if (x < box[0]) box[0] = x;
    if (y < box[1]) box[1] = y;
    if (x > box[2]) box[2] = x;
    if (y > box[3]) box[3] = y;
  }
}

/** The shape's box when the shape is usable (finite coordinates, at least one segment), else null. */
function usableBBox(shape: Shape | null): BBox | null {
  if (!shape) return null;
  if (shape.type === 'point' && !shape.coordinates.every(Number.isFinite)) return null;
  const box = vertexBBox(shape);
  return box.every(Number.isFinite) ? box : null;
}

function prepareLayer<P>(collection: FeatureCollection | undefined, projection: LocalProjection): PreparedLayer<P> {
  const features: PreparedFeature<P>[] = [];
  const invalid: PreparedLayer<P>['invalid'] = [];
  const source = collection?.features ?? [];
  for (let index = 0; index < source.length; index++) {
    const feature = source[index];
    const id = featureId(feature as never);
    let shape: Shape | null = null;
    try {
      shape = projectGeometry(feature.geometry, projection);
    } catch {
      shape = null;
    }
    const bbox = usableBBox(shape);
    if (!shape || !bbox || id === undefined) {
      invalid.push({ index, id });
      continue;
    }
    features.push({
      index,
      id,
      properties: (feature.properties ?? {}) as P,
      geometry: feature.geometry,
      shape,
      bbox,
      areaM2: shapeArea(shape),
    });
  }
  return { features, invalid, index: buildBoxIndex(features.map((f) => f.bbox)) };
}

/**
 * District references that name no district feature (no districts layer, or an id it lacks)
 * still meet across layers: a community's "1" and a parcel's 1 are one district. Each such
 * text takes the form first written, in layer order then file order, so data that writes a
 * reference one way keeps it unchanged.
 */
function addUnmatchedReferences(layers: LayerSet, byText: Map<string, FeatureId>): void {
  for (const name of LAYER_NAMES) {
    if (name === 'districts') continue;
    for (const feature of layers[name]?.features ?? []) {
      const reference = (feature.properties as { districtId?: unknown } | null)?.districtId;
      if ((typeof reference === 'string' || typeof reference === 'number') && !byText.has(String(reference))) byText.set(String(reference), reference);
    }
  }
}

export function prepareLayers(layers: LayerSet): PreparedLayers {
  const cached = cache.get(layers);
  if (cached) return cached;
  const projection = projectionForLayers(layers);
  const prepared = new Map<LayerName, PreparedLayer>();
  const districts = new Map<LayerName, (FeatureId | null)[]>();
  const idsByText = new Map<LayerName, { exact: Set<FeatureId>; byText: Map<string, FeatureId> }>();

  const layer = <P = Record<string, unknown>>(name: LayerName): PreparedLayer<P> => {
    let found = prepared.get(name);
    if (!found) {
      found = prepareLayer(layers[name] as FeatureCollection | undefined, projection);
      prepared.set(name, found);
    }
    return found as PreparedLayer<P>;
  };

  const canonicalId = (name: LayerName, reference: FeatureId): FeatureId => {
    let ids = idsByText.get(name);
    if (!ids) {
      const features = layer(name).features;
      const byText = new Map<string, FeatureId>();
      for (const feature of features) if (!byText.has(String(feature.id))) byText.set(String(feature.id), feature.id);
      if (name === 'districts') addUnmatchedReferences(layers, byText);
      ids = { exact: new Set(features.map((feature) => feature.id)), byText };
      idsByText.set(name, ids);
    }
    return ids.exact.has(reference) ? reference : ids.byText.get(String(reference)) ?? reference;
  };

  const computeDistrict = (feature: PreparedFeature): FeatureId | null => {
    const own = feature.properties.districtId;
    if (typeof own === 'string' || typeof own === 'number') return canonicalId('districts', own);
    const districtLayer = layer('districts');
    const candidates = districtLayer.index.search(feature.bbox).sort((a, b) => a - b);
    if (feature.shape.type === 'point') {
      const point = feature.shape.coordinates;
      for (const i of candidates) {
        const district = districtLayer.features[i];
        if (district.shape.type === 'polygon' && pointInMultiPolygon(point, district.shape.coordinates)) return district.id;
      }
      return null;
    }
    if (feature.shape.type !== 'polygon') return null;
    let best: FeatureId | null = null;
    let bestArea = 0;
    // Candidates are in file order, and only a clearly larger share replaces: ties go to the first
    // (§3.6). "Clearly" absorbs clipping noise, so an exact 50/50 split is a tie, not a coin toss.
    // Below SHARE_NOISE_M2 an overlap is no share at all: a feature drawn against a district from
    // outside comes back from lon/lat overlapping it by a sliver (≈ 3e-9 m² along 5 m of edge).
    for (const i of candidates) {
      const district = districtLayer.features[i];
      if (district.shape.type !== 'polygon' || bboxDistance(district.bbox, feature.bbox) > 0) continue;
      const area = intersectionArea(feature.shape.coordinates, district.shape.coordinates);
      if (area > SHARE_NOISE_M2 && area > bestArea + 1e-9 * Math.max(1, bestArea)) {
        bestArea = area;
        best = district.id;
      }
    }
    return best;
  };

  // Per feature, on demand: asking for one building's district must not overlay all of them.
  const districtOf = (name: LayerName, position: number): FeatureId | null => {
    let list = districts.get(name);
    if (!list) {
      list = [];
      districts.set(name, list);
    }
    if (list[position] === undefined) {
      const feature = layer(name).features[position];
      list[position] = feature ? computeDistrict(feature) : null;
    }
    return list[position] ?? null;
  };

  const result: PreparedLayers = { source: layers, projection, layer, districtOf, canonicalId, memo: new Map() };
  cache.set(layers, result);
  return result;
}
