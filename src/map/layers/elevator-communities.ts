/**
 * An elevator result by community, for the zoomed-out map. A unit's footprint is a pixel or
 * two until about zoom 16 (a 2.4 m shaft at 30°N), so the district view a review meeting opens
 * on showed nothing of the analysis, and above DETAILED_UNITS_LIMIT the units are not drawn
 * at all below zoom 14 (elevator-units.ts). Below overviewMaxZoom each community
 * with candidate units is filled with the verdict most of its units have, read from the
 * per-community summary the engine already gives; a tie goes to the less favourable verdict,
 * so that an evenly split community is not shown at its better half. The panel says so.
 * Every other community of the layer is filled as having none ('none'): left to the basemap,
 * its renovation status colour would read as a verdict (在建 amber is 需协调's, 已完工 green
 * is 可行's). As UX.md asks of verdicts, colour is not the only sign: 需协调 is dotted and
 * 不可行 hatched (deck.gl's procedural fill patterns), 可行 solid, so that colour-blind viewers
 * and black-and-white prints tell them apart.
 */
import type { Color } from '@deck.gl/core';
import { FillStyleExtension } from '@deck.gl/extensions';
import { GeoJsonLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';
import type { ElevatorCommunitySummary, ElevatorOutput, UnitStatus } from '../../analysis/elevators';
import { featureId } from '../../model/types';
import type { CulledData } from '../layer-culling';
import { DETAILED_UNITS_LIMIT, UNITS_MIN_ZOOM } from './elevator-units';
import { boundsOf, featuresById } from './geometry-lookup';
import { keptData } from './kept-data';
import { type KeySection, PATTERN_INK } from '../map-key';
import type { MapTheme } from '../palette';
import { ELEVATOR_COLOURS } from './view-colours';

/** From this zoom in the units are drawn legibly (with their marks, for detailed results) and the overview is not. */
export const OVERVIEW_MAX_ZOOM = 16;

/**
 * Where the overview of `result` gives way to its units: OVERVIEW_MAX_ZOOM, or, above
 * DETAILED_UNITS_LIMIT, UNITS_MIN_ZOOM, where the unit fills start. Drawing the 12,000
 * communities of a province's overview under its unit chunks from 14 to 16 as well made a
 * pan at zoom 15 slower: 333 ms a frame against 300 (medians of three pans each, alternated
 * in one page; p95 up to 497 against 367), for communities hidden under their own units.
 */
export function overviewMaxZoom(result: Pick<ElevatorOutput, 'units'>): number {
  return result.units.length > DETAILED_UNITS_LIMIT ? UNITS_MIN_ZOOM : OVERVIEW_MAX_ZOOM;
}

/** The verdict most of the community's candidate units have (ties: the less favourable); null without candidates. */
export function communityVerdict(row: Pick<ElevatorCommunitySummary, 'feasible' | 'conditional' | 'infeasible'>): UnitStatus | null {
  if (row.feasible + row.conditional + row.infeasible === 0) return null;
  // From the least favourable up, replacing only on a strictly larger count.
  let verdict: UnitStatus = 'infeasible';
  if (row.conditional > row[verdict]) verdict = 'conditional';
  if (row.feasible > row[verdict]) verdict = 'feasible';
  return verdict;
}

/** What the overview fills a community with: its verdict, or 'none' without candidate units. */
export type OverviewVerdict = UnitStatus | 'none';

/** Every community of the layer, each with `properties.id` and `verdict` (an OverviewVerdict), hidden from overviewMaxZoom in (layer-culling.ts). */
export type CommunityOverview = FeatureCollection & CulledData;

/** The overview of `result` over the communities layer, built once per result and layer (kept-data.ts). */
export function communityOverview(result: ElevatorOutput, communities: FeatureCollection | undefined): CommunityOverview {
  return keptData(result, 'community-overview', [communities], (): CommunityOverview => {
    const rows = new Map(result.communities.map((row) => [String(row.id), row]));
    const features: Feature[] = [];
    for (const [id, feature] of featuresById(communities)) {
      if (!feature.geometry) continue;
      const row = rows.get(id);
      const verdict: OverviewVerdict = (row && communityVerdict(row)) ?? 'none';
      // The community's own id (a number stays a number), as selections elsewhere carry it.
      features.push({ type: 'Feature', geometry: feature.geometry, properties: { id: featureId(feature as never) ?? id, verdict } });
    }
    const collection: FeatureCollection = { type: 'FeatureCollection', features };
    return { ...collection, bounds: boundsOf(collection), maxZoom: overviewMaxZoom(result) };
  });
}

/** Fills all but opaque, so that the basemap's status colours under them do not show through. */
const FILL_ALPHA = 230;
type OverviewFills = Record<OverviewVerdict, [number, number, number, number]>;
const fillsIn = (theme: MapTheme): OverviewFills => {
  const { verdict, noCandidate } = ELEVATOR_COLOURS[theme];
  return {
    feasible: [...verdict.feasible, FILL_ALPHA],
    conditional: [...verdict.conditional, FILL_ALPHA],
    infeasible: [...verdict.infeasible, FILL_ALPHA],
    none: [...noCandidate],
  };
};
/** The overview's fills in each theme (view-colours.ts). */
export const OVERVIEW_FILLS_OF: Record<MapTheme, OverviewFills> = { light: fillsIn('light'), dark: fillsIn('dark') };
/** The light ones. */
export const OVERVIEW_FILLS = OVERVIEW_FILLS_OF.light;
/** The patterns drawn over a verdict's colour, in screen pixels; the verdicts not named here are solid. */
export const OVERVIEW_PATTERNS = {
  conditional: { type: 'dots', radius: 1.5, gap: 4 },
  infeasible: { type: 'hatch', angle: 45, strokeWidth: 1.5, gap: 4 },
} as const;
const PATTERN_INK_COLOUR: Color = [...PATTERN_INK];
const NO_BACKGROUND: Color = [0, 0, 0, 0];
const patterned = (verdict: OverviewVerdict) => verdict in OVERVIEW_PATTERNS;
const verdictOf = (feature: Feature) => (feature.properties?.verdict as OverviewVerdict | undefined) ?? 'none';

/**
 * The overview as a deck.gl layer, under the buildings as the other panels' community fills are,
 * picked (a click flies to the community). A patterned verdict is drawn as its pattern in ink
 * over its colour as the background; a solid one as its colour. A theme change restyles the
 * same data (updateTriggers).
 */
export function communityOverviewLayer(result: ElevatorOutput, communities: FeatureCollection | undefined, theme: MapTheme = 'light') {
  const fills = OVERVIEW_FILLS_OF[theme];
  return new GeoJsonLayer({
    id: 'elevator-communities',
    data: communityOverview(result, communities),
    beforeId: 'buildings-extrusion',
    filled: true, stroked: false, pickable: true,
    getFillColor: (feature: Feature) => (patterned(verdictOf(feature)) ? PATTERN_INK_COLOUR : fills[verdictOf(feature)]),
    extensions: [new FillStyleExtension({ pattern: true, proceduralPattern: true })],
    fillPatternMapping: OVERVIEW_PATTERNS,
    fillPatternSizeUnits: 'pixels',
    getFillPattern: (feature: Feature) => verdictOf(feature),
    getFillPatternBackgroundColor: (feature: Feature) => (patterned(verdictOf(feature)) ? fills[verdictOf(feature)] : NO_BACKGROUND),
    updateTriggers: { getFillColor: theme, getFillPatternBackgroundColor: theme },
  });
}

/** The overview's legend: shown below `maxZoom` (overviewMaxZoom), where the layer is drawn, and it fills every community. */
export function overviewKey(maxZoom: number, theme: MapTheme = 'light'): KeySection {
  const fills = OVERVIEW_FILLS_OF[theme];
  return {
    id: 'elevator-communities', title: { zh: '小区 · 多数单元的判定', en: 'Communities · verdict of most units' },
    coversCommunities: true, maxZoom,
    entries: [
      { swatch: { kind: 'fill', colour: fills.feasible }, label: { zh: '可行', en: 'feasible' } },
      { swatch: { kind: 'fill', colour: fills.conditional, pattern: 'dots' }, label: { zh: '需协调', en: 'conditional' } },
      { swatch: { kind: 'fill', colour: fills.infeasible, pattern: 'hatch' }, label: { zh: '不可行', en: 'infeasible' } },
      { swatch: { kind: 'fill', colour: fills.none }, label: { zh: '无候选楼栋', en: 'no candidate building' } },
    ],
  };
}
