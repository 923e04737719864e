/**
 * District pooling on the map (issue 6): arcs for parking spaces moving between districts,
 * width by spaces; and a district choropleth for any aggregated field.
 */
import { ArcLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';
import type { PoolingFlow } from '../../analysis/pooling';
import type { DistrictAggregate } from '../../analysis/status/aggregate';
import { anchorOf, featuresById } from './geometry-lookup';
import { polygonLayers } from './outline-chunks';

const ARC_SEGMENTS = 24;

export function poolingArcs(flows: PoolingFlow[], districts: FeatureCollection | undefined) {
  const byId = featuresById(districts);
  const arcs = flows.flatMap((flow) => {
    if (flow.fromDistrictId === null || flow.toDistrictId === null || flow.fromDistrictId === flow.toDistrictId) return [];
    const from = byId.get(String(flow.fromDistrictId));
    const to = byId.get(String(flow.toDistrictId));
    return from && to ? [{ from: anchorOf(from), to: anchorOf(to), spaces: flow.spaces }] : [];
  });
  const max = Math.max(1, ...arcs.map((arc) => arc.spaces));
  return new ArcLayer({
    id: 'pooling-arcs', data: arcs,
    getSourcePosition: (arc) => arc.from, getTargetPosition: (arc) => arc.to,
    getSourceColor: [230, 81, 0, 230], getTargetColor: [13, 71, 161, 230],
    getWidth: (arc) => 3 + 14 * Math.sqrt(arc.spaces / max), widthUnits: 'pixels', getHeight: 0.6, pickable: true,
    // deck.gl's default 50 segments per arc: 1,700 arcs at province scale were ≈85k segments of
    // vertex work a frame under software WebGL; 24 still draws a smooth curve at any zoom.
    numSegments: ARC_SEGMENTS,
  });
}

/** Sequential blues from the lowest to the highest value; no value stays grey. */
export function choroplethColour(value: number | null, min: number, max: number): [number, number, number, number] {
  if (value === null) return [200, 200, 200, 120];
  const t = max > min ? (value - min) / (max - min) : 1;
  return [Math.round(222 - t * 190), Math.round(235 - t * 150), Math.round(247 - t * 100), 190];
}

export function districtChoropleth(rows: DistrictAggregate[], districts: FeatureCollection | undefined) {
  const byId = featuresById(districts);
  const values = rows.filter((row) => row.value !== null).map((row) => row.value as number);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const features = rows.flatMap((row) => {
    const feature = row.districtId === null ? undefined : byId.get(String(row.districtId));
    return feature ? [{ ...feature, properties: { ...feature.properties, aggregate: row.value } } as Feature] : [];
  });
  // polygonLayers: ~900 districts at province scale, their outlines culled to the view (outline-chunks.ts).
  return polygonLayers({
    id: 'district-choropleth', beforeId: 'communities-fill',
    data: { type: 'FeatureCollection', features } as FeatureCollection,
    filled: true, stroked: true, pickable: true,
    getFillColor: (feature: Feature) => choroplethColour((feature.properties?.aggregate as number | null) ?? null, min, max),
    getLineColor: [40, 53, 147, 255], getLineWidth: 2, lineWidthUnits: 'pixels',
  });
}
