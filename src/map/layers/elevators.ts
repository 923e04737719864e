/**
 * Elevator footprints coloured by verdict, with a mark as well as a colour (✓ ! ✕) so
 * colour-blind viewers and black-and-white prints read them; neighbours losing sunlight
 * outlined; the shadow view as translucent polygons.
 */
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer, TextLayer } from '@deck.gl/layers';
import type { Feature, FeatureCollection } from 'geojson';
import { unitFootprint } from '../../analysis/elevators/footprints';
import type { ElevatorOutput, ElevatorUnit } from '../../analysis/elevators';
import { VERDICT_COLOURS, hexToRgb } from '../palette';
import { featuresById, anchorOf } from './geometry-lookup';

export const VERDICT_MARKS = { feasible: '✓', conditional: '!', infeasible: '✕' } as const;

/**
 * Above this many units the map draws verdicts by colour only, without the marks and the
 * outline of every unit, and outlines the selected unit in a layer of its own. A province of
 * 240k buildings has ~550k units: their marks and outlines (≈2M line segments) made each
 * software-rendered frame so slow that opening the panel held the page for a minute.
 */
export const DETAILED_UNITS_LIMIT = 20_000;
export const unitKey = (unit: Pick<ElevatorUnit, 'buildingId' | 'unit'>) => `${unit.buildingId}-${unit.unit}`;

export function elevatorLayers(result: ElevatorOutput, buildings: FeatureCollection | undefined, selectedKey: string | null) {
  const footprints: FeatureCollection = {
    type: 'FeatureCollection',
    features: result.units.map((unit, i) => ({ type: 'Feature', geometry: unitFootprint(result.footprints, i), properties: { key: unitKey(unit), status: unit.status, buildingId: unit.buildingId, unit: unit.unit, reasons: unit.reasons.join(',') } })),
  };
  const losing = new Set(result.units.flatMap((unit) => unit.sunlight.filter((s) => s.hoursAfter < s.hoursBefore).map((s) => String(s.buildingId))));
  const byId = featuresById(buildings);
  const neighbours = [...losing].flatMap((id) => (byId.get(id) ? [byId.get(id)!] : []));
  const detailed = result.units.length <= DETAILED_UNITS_LIMIT;
  const layers: Layer[] = [
    new GeoJsonLayer({
      id: 'elevator-sun-neighbours',
      data: { type: 'FeatureCollection', features: neighbours } as FeatureCollection,
      filled: true, stroked: true,
      getFillColor: [249, 168, 37, 60], getLineColor: [230, 120, 0, 255], getLineWidth: 2.5, lineWidthUnits: 'pixels',
    }),
    new GeoJsonLayer({
      id: 'elevator-units',
      data: footprints,
      filled: true, stroked: detailed, pickable: true,
      getFillColor: (feature: Feature) => [...hexToRgb(VERDICT_COLOURS[feature.properties!.status as keyof typeof VERDICT_COLOURS]), 230] as [number, number, number, number],
      getLineColor: (feature: Feature) => (feature.properties!.key === selectedKey ? [255, 111, 0, 255] : [33, 33, 33, 255]),
      getLineWidth: (feature: Feature) => (feature.properties!.key === selectedKey ? 3 : 1),
      lineWidthUnits: 'pixels',
      updateTriggers: { getLineColor: selectedKey, getLineWidth: selectedKey },
    }),
  ];
  if (detailed) {
    const marks = footprints.features.map((feature) => ({ position: anchorOf(feature), text: VERDICT_MARKS[feature.properties!.status as keyof typeof VERDICT_MARKS], status: feature.properties!.status as string }));
    layers.push(
      new TextLayer({
        id: 'elevator-marks',
        data: marks,
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
  } else {
    const selected = selectedKey === null ? undefined : footprints.features.find((feature) => feature.properties!.key === selectedKey);
    layers.push(
      new GeoJsonLayer({
        id: 'elevator-selected',
        data: { type: 'FeatureCollection', features: selected ? [selected] : [] } as FeatureCollection,
        filled: false, stroked: true,
        getLineColor: [255, 111, 0, 255], getLineWidth: 3, lineWidthUnits: 'pixels',
      }),
    );
  }
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
