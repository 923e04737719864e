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
import type { KeySection } from '../map-key';
import type { CodeLabel } from '../../model/codes';
import { OVER_BUILDINGS } from './over-buildings';

const ARC_SEGMENTS = 24;
/** Arcs run from the exporting district (orange) to the importing one (blue). */
const ARC_FROM = [230, 81, 0, 230] as const;
const ARC_TO = [13, 71, 161, 230] as const;

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
    getSourceColor: [...ARC_FROM], getTargetColor: [...ARC_TO],
    getWidth: (arc) => 3 + 14 * Math.sqrt(arc.spaces / max), widthUnits: 'pixels', getHeight: 0.6, pickable: true,
    // deck.gl's default 50 segments per arc: 1,700 arcs at province scale were ≈85k segments of
    // vertex work a frame under software WebGL; 24 still draws a smooth curve at any zoom.
    numSegments: ARC_SEGMENTS,
    parameters: OVER_BUILDINGS,
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

/** The legend of the pooling panel's layers: the choropleth (when drawn) and the arcs. */
export function poolingKey(choropleth: { title: CodeLabel; min: number; max: number } | null, arcs: boolean): KeySection[] {
  const sections: KeySection[] = [];
  const value = (x: number) => x.toLocaleString('en-US', { maximumFractionDigits: Math.abs(x) < 10 ? 3 : 0 });
  if (choropleth) {
    const range = Number.isFinite(choropleth.min) && Number.isFinite(choropleth.max) ? `${value(choropleth.min)} → ${value(choropleth.max)}` : '—';
    sections.push({
      id: 'district-choropleth', title: choropleth.title,
      entries: [
        { swatch: { kind: 'ramp', stops: [choroplethColour(choropleth.min, choropleth.min, choropleth.max), choroplethColour(choropleth.max, choropleth.min, choropleth.max)] }, label: { zh: range, en: range } },
        { swatch: { kind: 'fill', colour: choroplethColour(null, 0, 1) }, label: { zh: '无数据', en: 'no data' } },
      ],
    });
  }
  if (arcs) {
    sections.push({
      id: 'pooling-arcs', title: { zh: '跨片区调配车位', en: 'Spaces across districts' },
      entries: [{ swatch: { kind: 'line', colour: ARC_FROM, to: ARC_TO }, label: { zh: '调出 → 调入（线宽按车位数）', en: 'from → to (width by spaces)' } }],
    });
  }
  return sections;
}
