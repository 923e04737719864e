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
import { communityOverviewLayer } from './elevator-communities';
import { DETAILED_UNITS_LIMIT, unitGraphics, unitKey } from './elevator-units';
import { featuresById } from './geometry-lookup';
import { keptData } from './kept-data';

export const VERDICT_MARKS = { feasible: '✓', conditional: '!', infeasible: '✕' } as const;

export { DETAILED_UNITS_LIMIT, UNITS_MIN_ZOOM, unitKey } from './elevator-units';

interface Mark {
  position: [number, number];
  text: string;
}

/** The verdict marks at the units' centres, kept per result (kept-data.ts; detailed results only). */
function unitMarks(result: ElevatorOutput): Mark[] {
  return keptData(result, 'marks', [], () => {
    const { centres } = unitGraphics(result);
    return result.units.map((unit, i): Mark => ({ position: [centres[2 * i], centres[2 * i + 1]], text: VERDICT_MARKS[unit.status] }));
  });
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
  const byId = featuresById(buildings);
  const losses = index < 0 ? [] : result.units[index].sunlight.filter((loss) => loss.hoursAfter < loss.hoursBefore);
  return { type: 'FeatureCollection', features: losses.flatMap((loss) => byId.get(String(loss.buildingId)) ?? []) };
}

/**
 * The elevator layers. Everything but the selected unit's outline is built once per result
 * (elevator-units.ts and the caches above), so selecting a unit re-renders one small layer.
 * Above DETAILED_UNITS_LIMIT, below zoom 14, where the units are not drawn, the communities
 * show the verdict of most of their units (elevator-communities.ts).
 */
export function elevatorLayers(result: ElevatorOutput, buildings: FeatureCollection | undefined, selectedKey: string | null, communities?: FeatureCollection) {
  const graphics = unitGraphics(result);
  const detailed = result.units.length <= DETAILED_UNITS_LIMIT;
  const index = selectedKey === null ? -1 : result.units.findIndex((unit) => unitKey(unit) === selectedKey);
  // Above the limit, only the selected unit's: a province's ≈28k outlined buildings cost about
  // 3 s a frame with software WebGL, and say little at that scale.
  const neighbours = detailed ? losingNeighbours(result, buildings) : selectedUnitNeighbours(result, index, buildings);
  const layers: Layer[] = [];
  if (!detailed) layers.push(communityOverviewLayer(result, communities));
  layers.push(
    new GeoJsonLayer({
      id: 'elevator-sun-neighbours',
      data: neighbours,
      filled: true, stroked: true,
      getFillColor: [249, 168, 37, 60], getLineColor: [230, 120, 0, 255], getLineWidth: 2.5, lineWidthUnits: 'pixels',
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
          getFillColor: (_: unknown, { index, target }: { index: number; target: number[] }) => {
            for (let channel = 0; channel < 4; channel++) target[channel] = chunk.fillColours[index * 4 + channel];
            return target as [number, number, number, number];
          },
        }),
    ),
  );
  if (detailed) {
    layers.push(
      new PathLayer({ id: 'elevator-outlines', data: graphics.outlines as never, _pathType: 'loop', getColor: [33, 33, 33, 255], getWidth: 1, widthUnits: 'pixels' }),
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
      getLineColor: [255, 111, 0, 255], getLineWidth: 3, lineWidthUnits: 'pixels',
    }),
  );
  return layers;
}

export function shadowLayer(shadows: FeatureCollection) {
  return new GeoJsonLayer({
    id: 'elevator-shadows',
    data: shadows,
    // Under the buildings, as real shadows are (interleaved overlay).
    beforeId: 'buildings-extrusion',
    filled: true,
    stroked: false,
    getFillColor: (feature: Feature) => (feature.properties?.kind === 'shaft' ? [183, 28, 28, 110] : [38, 50, 56, 70]),
  });
}
