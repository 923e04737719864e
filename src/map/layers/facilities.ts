/**
 * Facilities as deck.gl points coloured by type (pure config → layer, as in kepler's
 * renderLayer). The data reference is stable, so hover and pan never rebuild attributes.
 */
import { ScatterplotLayer } from '@deck.gl/layers';
import type { FeatureCollection, Point } from 'geojson';
import type { FacilityType } from '../../model/codes';
import { FACILITY_COLOURS, FACILITY_FILL_ALPHA, hexToRgb } from '../palette';

type FacilityFeature = FeatureCollection<Point, { type: FacilityType; id: string }>['features'][number];

/** `opacity`: the layer panel's factor for facilities (layer-opacity.ts). */
export function facilitiesLayer(collection: FeatureCollection, opacity = 1) {
  return new ScatterplotLayer<FacilityFeature>({
    id: 'facilities',
    opacity,
    data: collection.features as FacilityFeature[],
    getPosition: (feature) => feature.geometry.coordinates as [number, number],
    getFillColor: (feature) => [...hexToRgb(FACILITY_COLOURS[feature.properties.type] ?? '#333333'), FACILITY_FILL_ALPHA],
    getLineColor: [255, 255, 255, 255],
    lineWidthUnits: 'pixels',
    getLineWidth: 1.5,
    stroked: true,
    radiusUnits: 'pixels',
    getRadius: 6,
    radiusMinPixels: 4,
    pickable: true,
  });
}
