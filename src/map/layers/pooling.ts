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
import { keptData } from './kept-data';
import type { MapTheme } from '../palette';
import { mix, POOLING_COLOURS, type RGBA } from './view-colours';
import { formatAggregate } from '../../i18n/format';

const ARC_SEGMENTS = 24;

/**
 * Arcs run from the exporting district (orange) to the importing one (blue), in the theme the
 * map is drawn in (view-colours.ts). `flows` should be the same array while they do not change:
 * the arcs are kept per array (kept-data.ts), so a theme change only restyles.
 */
export function poolingArcs(flows: PoolingFlow[], districts: FeatureCollection | undefined, theme: MapTheme = 'light') {
  const { arcFrom, arcTo } = POOLING_COLOURS[theme];
  const arcs = keptData(flows, 'pooling-arcs', [districts], () => {
    const byId = featuresById(districts);
    return flows.flatMap((flow) => {
      if (flow.fromDistrictId === null || flow.toDistrictId === null || flow.fromDistrictId === flow.toDistrictId) return [];
      const from = byId.get(String(flow.fromDistrictId));
      const to = byId.get(String(flow.toDistrictId));
      return from && to ? [{ from: anchorOf(from), to: anchorOf(to), spaces: flow.spaces }] : [];
    });
  });
  const max = Math.max(1, ...arcs.map((arc) => arc.spaces));
  return new ArcLayer({
    id: 'pooling-arcs', data: arcs,
    getSourcePosition: (arc) => arc.from, getTargetPosition: (arc) => arc.to,
    getSourceColor: [...arcFrom], getTargetColor: [...arcTo],
    getWidth: (arc) => 3 + 14 * Math.sqrt(arc.spaces / max), widthUnits: 'pixels', getHeight: 0.6, pickable: true,
    // deck.gl's default 50 segments per arc: 1,700 arcs at province scale were ≈85k segments of
    // vertex work a frame under software WebGL; 24 still draws a smooth curve at any zoom.
    numSegments: ARC_SEGMENTS,
    parameters: OVER_BUILDINGS,
  });
}

/**
 * Sequential blues from the lowest to the highest value, darker for more on the light ground,
 * brighter for more on the dark one (view-colours.ts); no value stays grey.
 */
export function choroplethColour(value: number | null, min: number, max: number, theme: MapTheme = 'light'): RGBA {
  const { choroplethLow, choroplethHigh, choroplethAlpha, noValue } = POOLING_COLOURS[theme];
  if (value === null) return [...noValue];
  return mix(choroplethLow, choroplethHigh, max > min ? (value - min) / (max - min) : 1, choroplethAlpha);
}

/** `rows` should be the same array while they do not change: the features are kept per array, so a theme change only restyles. */
export function districtChoropleth(rows: DistrictAggregate[], districts: FeatureCollection | undefined, theme: MapTheme = 'light') {
  const values = rows.filter((row) => row.value !== null).map((row) => row.value as number);
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const data = keptData(rows, 'district-choropleth', [districts], (): FeatureCollection => {
    const byId = featuresById(districts);
    const features = rows.flatMap((row) => {
      const feature = row.districtId === null ? undefined : byId.get(String(row.districtId));
      return feature ? [{ ...feature, properties: { ...feature.properties, aggregate: row.value } } as Feature] : [];
    });
    return { type: 'FeatureCollection', features };
  });
  // polygonLayers: ~900 districts at province scale, their outlines culled to the view (outline-chunks.ts).
  return polygonLayers({
    id: 'district-choropleth', beforeId: 'communities-fill',
    data,
    filled: true, stroked: true, pickable: true,
    getFillColor: (feature: Feature) => choroplethColour((feature.properties?.aggregate as number | null) ?? null, min, max, theme),
    getLineColor: POOLING_COLOURS[theme].districtLine, getLineWidth: 2, lineWidthUnits: 'pixels',
    updateTriggers: { getFillColor: theme },
  });
}

/** The legend of the pooling panel's layers: the choropleth (when drawn) and the arcs. */
export function poolingKey(choropleth: { title: CodeLabel; min: number; max: number } | null, arcs: boolean, theme: MapTheme = 'light'): KeySection[] {
  const sections: KeySection[] = [];
  const { arcFrom, arcTo } = POOLING_COLOURS[theme];
  if (choropleth) {
    const range = Number.isFinite(choropleth.min) && Number.isFinite(choropleth.max) ? `${formatAggregate(choropleth.min)} → ${formatAggregate(choropleth.max)}` : '—';
    sections.push({
      id: 'district-choropleth', title: choropleth.title,
      entries: [
        { swatch: { kind: 'ramp', stops: [choroplethColour(choropleth.min, choropleth.min, choropleth.max, theme), choroplethColour(choropleth.max, choropleth.min, choropleth.max, theme)] }, label: { zh: range, en: range } },
        { swatch: { kind: 'fill', colour: choroplethColour(null, 0, 1, theme) }, label: { zh: '无数据', en: 'no data' } },
      ],
    });
  }
  if (arcs) {
    sections.push({
      id: 'pooling-arcs', title: { zh: '跨片区调配车位', en: 'Spaces across districts' },
      entries: [{ swatch: { kind: 'line', colour: arcFrom, to: arcTo }, label: { zh: '调出 → 调入（线宽按车位数）', en: 'from → to (width by spaces)' } }],
    });
  }
  return sections;
}
