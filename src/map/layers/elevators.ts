/**
 * Elevator footprints coloured by verdict, with a mark as well as a colour (✓ ! ✕) so
 * colour-blind viewers and black-and-white prints read them; neighbours losing sunlight
 * outlined; the selected unit outlined in orange; the shadow view as translucent polygons.
 */
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer, PathLayer, SolidPolygonLayer, TextLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';
import { unitFootprint } from '../../analysis/elevators/footprints';
import type { ElevatorOutput } from '../../analysis/elevators';
import { communityOverviewLayer, OVERVIEW_MAX_ZOOM, overviewKey, overviewMaxZoom } from './elevator-communities';
import { DETAILED_UNITS_LIMIT, UNIT_FILL_ALPHA, unitFill, unitGraphics, unitKey } from './elevator-units';
import type { CulledData } from '../layer-culling';
import type { KeySection } from '../map-key';
import { featuresById, featuresWithIds } from './geometry-lookup';
import { keptData } from './kept-data';
import { type MapTheme, VERDICT_MARKS } from '../palette';
import { ELEVATOR_COLOURS } from './view-colours';

export { VERDICT_MARKS };

export { DETAILED_UNITS_LIMIT, UNITS_MIN_ZOOM, unitKey } from './elevator-units';
export { OVERVIEW_MAX_ZOOM, overviewMaxZoom } from './elevator-communities';

interface Mark {
  position: [number, number];
  text: string;
}

/** The units' box: [west, south, east, north] over their chunks. */
function unitsBounds(result: ElevatorOutput): CulledData['bounds'] {
  const box: CulledData['bounds'] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { polygons } of unitGraphics(result).chunks) {
    const [west, south, east, north] = polygons.bounds;
    box[0] = Math.min(box[0], west);
    box[1] = Math.min(box[1], south);
    box[2] = Math.max(box[2], east);
    box[3] = Math.max(box[3], north);
  }
  return box;
}

/**
 * The verdict marks at the units' centres, kept per result (kept-data.ts; detailed results
 * only). Drawn from OVERVIEW_MAX_ZOOM in (layer-culling.ts reads the array's own `bounds` and
 * `minZoom`): further out they sat over each other and over the overview's patterns.
 */
function unitMarks(result: ElevatorOutput): Mark[] & CulledData {
  return keptData(result, 'marks', [], () => {
    const { centres } = unitGraphics(result);
    const marks = result.units.map((unit, i): Mark => ({ position: [centres[2 * i], centres[2 * i + 1]], text: VERDICT_MARKS[unit.status] }));
    return Object.assign(marks, { bounds: unitsBounds(result), minZoom: OVERVIEW_MAX_ZOOM });
  });
}

/** The units' outlines (detailed results), from OVERVIEW_MAX_ZOOM in as the marks. */
function unitOutlines(result: ElevatorOutput) {
  return keptData(result, 'outlines', [], () => ({ ...unitGraphics(result).outlines, bounds: unitsBounds(result), minZoom: OVERVIEW_MAX_ZOOM }));
}

/** Every building losing sunlight, as one collection kept per result and buildings layer. */
function losingNeighbours(result: ElevatorOutput, buildings: FeatureCollection | undefined): FeatureCollection {
  return keptData(result, 'sun-neighbours', [buildings], (): FeatureCollection => {
    const losing = new Set<string>();
    for (const unit of result.units) for (const loss of unit.sunlight) if (loss.hoursAfter < loss.hoursBefore) losing.add(String(loss.buildingId));
    const byId = featuresById(buildings);
    return { type: 'FeatureCollection', features: [...losing].flatMap((id) => byId.get(id) ?? []) };
  });
}

/** The buildings the unit at `index` takes sunlight from (none without a selection). */
function selectedUnitNeighbours(result: ElevatorOutput, index: number, buildings: FeatureCollection | undefined): FeatureCollection {
  const losses = index < 0 ? [] : result.units[index].sunlight.filter((loss) => loss.hoursAfter < loss.hoursBefore);
  return { type: 'FeatureCollection', features: featuresWithIds(buildings, new Set(losses.map((loss) => String(loss.buildingId)))) };
}

/**
 * The elevator layers. Everything but the selected unit's outline is built once per result
 * (elevator-units.ts and the caches above), so selecting a unit re-renders one small layer.
 * Below overviewMaxZoom (16, where a unit is a pixel or two; above DETAILED_UNITS_LIMIT 14,
 * below which the units are not drawn), the communities show the verdict of most of their
 * units (elevator-communities.ts). In the theme the map is drawn in (view-colours.ts): a
 * theme change restyles the same data (updateTriggers).
 */
export function elevatorLayers(result: ElevatorOutput, buildings: FeatureCollection | undefined, selectedKey: string | null, communities?: FeatureCollection, theme: MapTheme = 'light') {
  const colours = ELEVATOR_COLOURS[theme];
  const graphics = unitGraphics(result);
  const detailed = result.units.length <= DETAILED_UNITS_LIMIT;
  const index = selectedKey === null ? -1 : result.units.findIndex((unit) => unitKey(unit) === selectedKey);
  // Above the limit, only the selected unit's: a province's ≈28k outlined buildings cost about
  // 3 s a frame with software WebGL, and say little at that scale.
  const neighbours = detailed ? losingNeighbours(result, buildings) : selectedUnitNeighbours(result, index, buildings);
  const layers: Layer[] = [];
  layers.push(communityOverviewLayer(result, communities, theme));
  layers.push(
    new GeoJsonLayer({
      id: 'elevator-sun-neighbours',
      data: neighbours,
      filled: true, stroked: true,
      getFillColor: [...colours.sunNeighbourFill], getLineColor: [...colours.sunNeighbourLine], getLineWidth: 2.5, lineWidthUnits: 'pixels',
    }),
    ...graphics.chunks.map(
      (chunk, k) =>
        new SolidPolygonLayer({
          id: `elevator-units:${k}`,
          data: chunk.polygons as never,
          filled: true,
          pickable: true,
          // Closed rings already (elevator-units.ts); the fill is flat, so the winding order does not matter.
          _normalize: false,
          getFillColor: (_: unknown, { index, target }: { index: number; target: number[] }) => unitFill(result, chunk, index, theme, target),
          updateTriggers: { getFillColor: theme },
        }),
    ),
  );
  if (detailed) {
    layers.push(
      new PathLayer({ id: 'elevator-outlines', data: unitOutlines(result) as never, _pathType: 'loop', getColor: [...colours.unitOutline], getWidth: 1, widthUnits: 'pixels' }),
      new TextLayer<Mark>({
        id: 'elevator-marks',
        data: unitMarks(result),
        getPosition: (mark) => mark.position,
        getText: (mark) => mark.text,
        getSize: 13,
        getColor: [255, 255, 255, 255],
        fontWeight: 700,
        characterSet: ['✓', '!', '✕'],
        sizeMinPixels: 9,
        sizeMaxPixels: 16,
      }),
    );
  }
  const selected: Feature[] = index < 0 ? [] : [{ type: 'Feature', geometry: unitFootprint(result.footprints, index), properties: { key: selectedKey } }];
  layers.push(
    new GeoJsonLayer({
      id: 'elevator-selected',
      data: { type: 'FeatureCollection', features: selected } as FeatureCollection,
      filled: false, stroked: true,
      getLineColor: [...colours.selectedLine], getLineWidth: 3, lineWidthUnits: 'pixels',
    }),
  );
  return layers;
}

/**
 * The legend of elevatorLayers (and of shadowLayer when it is drawn): the overview below
 * overviewMaxZoom; the units from it in, with their marks when the result is detailed.
 */
export function elevatorKey(result: ElevatorOutput, options: { shadows?: boolean; theme?: MapTheme } = {}): KeySection[] {
  const theme = options.theme ?? 'light';
  const colours = ELEVATOR_COLOURS[theme];
  const detailed = result.units.length <= DETAILED_UNITS_LIMIT;
  const unit = (status: keyof typeof VERDICT_MARKS, label: KeySection['title']): KeySection['entries'][number] => ({
    swatch: { kind: 'fill', colour: [...colours.verdict[status], UNIT_FILL_ALPHA], ...(detailed ? { mark: VERDICT_MARKS[status] } : {}) }, label,
  });
  const sections: KeySection[] = [
    overviewKey(overviewMaxZoom(result), theme),
    {
      id: 'elevator-units', title: { zh: '加装电梯单元', en: 'Elevator units' }, minZoom: overviewMaxZoom(result),
      entries: [unit('feasible', { zh: '可行', en: 'feasible' }), unit('conditional', { zh: '需协调', en: 'conditional' }), unit('infeasible', { zh: '不可行', en: 'infeasible' })],
    },
    {
      id: 'elevator-sunlight', title: { zh: '日照', en: 'Sunlight' },
      entries: [
        { swatch: { kind: 'outline', colour: colours.sunNeighbourLine }, label: detailed ? { zh: '日照受影响的楼栋', en: 'buildings losing sunlight' } : { zh: '选中单元影响日照的楼栋', en: 'buildings the selected unit shades' } },
        { swatch: { kind: 'outline', colour: colours.selectedLine }, label: { zh: '选中的单元', en: 'selected unit' } },
      ],
    },
  ];
  if (options.shadows) {
    sections.push({
      id: 'elevator-shadows', title: { zh: '阴影（大寒日）', en: 'Shadows (Major Cold day)' },
      entries: [
        { swatch: { kind: 'fill', colour: colours.buildingShadow }, label: { zh: '楼栋阴影', en: 'building shadow' } },
        { swatch: { kind: 'fill', colour: colours.shaftShadow }, label: { zh: '电梯井阴影', en: 'shaft shadow' } },
      ],
    });
  }
  return sections;
}

export function shadowLayer(shadows: FeatureCollection, theme: MapTheme = 'light') {
  const { shaftShadow, buildingShadow } = ELEVATOR_COLOURS[theme];
  return new GeoJsonLayer({
    id: 'elevator-shadows',
    data: shadows,
    // Under the buildings, as real shadows are (interleaved overlay).
    beforeId: 'buildings-extrusion',
    filled: true,
    stroked: false,
    getFillColor: (feature: Feature) => [...(feature.properties?.kind === 'shaft' ? shaftShadow : buildingShadow)],
    updateTriggers: { getFillColor: theme },
  });
}
