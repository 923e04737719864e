/**
 * Residents' voice and priority on the map (issue 10): communities shaded by priority score
 * or by the share asking for an item; candidate buildings by their elevator vote
 * (已达标 green, 差 N 户 or N ㎡ amber, 未表决 grey).
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';
import type { BuildingVote } from '../../analysis/residents';
import { featuresById } from './geometry-lookup';
import { keptData } from './kept-data';
import { polygonLayers } from './outline-chunks';
import type { KeySection } from '../map-key';
import type { CodeLabel } from '../../model/codes';
import type { MapTheme } from '../palette';
import { mix, RESIDENTS_COLOURS, type RGBA } from './view-colours';

/** Light yellow → deep red, for "more urgent" or "more asked for" (深色: dark gold → red 300, view-colours.ts). */
export function heatColour(t: number | null, theme: MapTheme = 'light'): RGBA {
  const { heatLow, heatHigh, heatAlpha, noValue } = RESIDENTS_COLOURS[theme];
  if (t === null || !Number.isFinite(t)) return [...noValue];
  return mix(heatLow, heatHigh, Math.max(0, Math.min(1, t)), heatAlpha);
}

const heatFill = (theme: MapTheme) => (feature: Feature) => heatColour(feature.properties?.heat as number | null, theme);
const HEAT_FILL: Record<MapTheme, (feature: Feature) => RGBA> = { light: heatFill('light'), dark: heatFill('dark') };

/**
 * `values` should be the same Map while they do not change: the layer's data is kept per Map
 * (kept-data.ts); a selection or a theme change (the map's, view-colours.ts) only restyles.
 */
export function communityHeatLayer(id: string, values: Map<string, number | null>, communities: FeatureCollection | undefined, selectedId: string | null, theme: MapTheme = 'light') {
  const line = RESIDENTS_COLOURS[theme].communityLine;
  const data = keptData(values, id, [communities], (): FeatureCollection => {
    const byId = featuresById(communities);
    const known = [...values.values()].filter((v): v is number => v !== null);
    const [min, max] = [Math.min(...known), Math.max(...known)];
    const features = [...values.entries()].flatMap(([communityId, value]) => {
      const feature = byId.get(communityId);
      return feature ? [{ ...feature, properties: { ...feature.properties, value, heat: value === null ? null : max > min ? (value - min) / (max - min) : 1 } } as Feature] : [];
    });
    return { type: 'FeatureCollection', features };
  });
  return polygonLayers({
    id, beforeId: 'buildings-extrusion',
    data,
    filled: true, stroked: true, pickable: true,
    getFillColor: HEAT_FILL[theme],
    getLineColor: (feature: Feature) => (String(feature.properties?.id) === selectedId ? [255, 111, 0, 255] : line),
    getLineWidth: (feature: Feature) => (String(feature.properties?.id) === selectedId ? 4 : 1),
    lineWidthUnits: 'pixels',
    updateTriggers: { getFillColor: theme, getLineColor: [selectedId, theme], getLineWidth: selectedId },
    selected: { id: selectedId, lineColor: [255, 111, 0, 255], lineWidth: 4 },
  });
}

const VOTE_COLOURS: Record<BuildingVote['status'], RGBA> = { reached: [46, 125, 50, 230], short: [249, 168, 37, 230], none: [158, 158, 158, 170] };

/**
 * What the inspector shows of a building's vote (analysis-fields.ts names them): the verdict
 * and what is short, by households and by floor area, and a candidate's thresholds.
 */
export function voteProperties(vote: BuildingVote): Record<string, unknown> {
  // A building that is not a candidate has no thresholds: left out rather than shown as —.
  const thresholds = Object.entries({ mustTakePart: vote.mustTakePart, mustAgree: vote.mustAgree, mustTakePartAreaM2: vote.mustTakePartAreaM2, mustAgreeAreaM2: vote.mustAgreeAreaM2 })
    .filter(([, value]) => value !== null && value !== undefined);
  return { voteStatus: vote.status, voteArea: vote.areaStatus, missingHouseholds: vote.missingHouseholds, missingAreaM2: vote.missingAreaM2, ...Object.fromEntries(thresholds) };
}

/** `votes` should be the same array while they do not change (its layer data is kept per array). */
export function voteLayer(votes: BuildingVote[], buildings: FeatureCollection | undefined) {
  const data = keptData(votes, 'votes', [buildings], (): FeatureCollection => {
    const byId = featuresById(buildings);
    const features = votes.flatMap((vote) => {
      const feature = byId.get(String(vote.buildingId));
      return feature ? [{ ...feature, properties: { ...feature.properties, ...voteProperties(vote) } } as Feature] : [];
    });
    return { type: 'FeatureCollection', features };
  });
  // Drawn as prisms 1 m above each building's own: MapLibre's extrusions would hide a flat fill.
  return new GeoJsonLayer({
    id: 'elevator-votes',
    data,
    filled: true, stroked: false, pickable: true, extruded: true,
    getElevation: (feature: Feature) => Number(feature.properties?.heightM ?? (Number(feature.properties?.floors ?? 1) * 3)) + 1,
    getFillColor: (feature: Feature) => VOTE_COLOURS[feature.properties?.voteStatus as BuildingVote['status']] ?? VOTE_COLOURS.none,
  });
}

/**
 * The legend of a communityHeatLayer: its ramp from the lowest to the highest value (the layer
 * stretches the values over it) and the grey of no value.
 */
export function heatKey(id: string, title: CodeLabel, theme: MapTheme = 'light'): KeySection {
  return {
    id, title, coversCommunities: true,
    entries: [
      { swatch: { kind: 'ramp', stops: [heatColour(0, theme), heatColour(0.5, theme), heatColour(1, theme)] }, label: { zh: '最低 → 最高', en: 'lowest → highest' } },
      { swatch: { kind: 'fill', colour: heatColour(null, theme) }, label: { zh: '无数据', en: 'no data' } },
    ],
  };
}

/** The legend of voteLayer. */
export function voteKey(): KeySection {
  return {
    id: 'elevator-votes', title: { zh: '楼栋 · 加装电梯表决', en: 'Buildings · elevator vote' },
    entries: [
      { swatch: { kind: 'fill', colour: VOTE_COLOURS.reached }, label: { zh: '已达标', en: 'threshold reached' } },
      { swatch: { kind: 'fill', colour: VOTE_COLOURS.short }, label: { zh: '差 N 户或 N ㎡', en: 'households or floor area short' } },
      { swatch: { kind: 'fill', colour: VOTE_COLOURS.none }, label: { zh: '未表决', en: 'no vote' } },
    ],
  };
}
