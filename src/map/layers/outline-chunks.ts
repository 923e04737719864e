/**
 * Filled and outlined polygons at province scale. deck.gl outlines every ring with a PathLayer,
 * and with software WebGL those paths cost most of a frame: the parking panel's 12,000
 * communities and 35,000 parcels, outlined, took seconds a frame. Above OUTLINED_FEATURES_LIMIT
 * features the fills stay one layer (the one picked), drawn at every zoom, and the outlines
 * are drawn apart, in chunks of about 2 km, each with its bounds, only in view and from
 * OUTLINES_MIN_ZOOM in (layer-culling.ts). A selected feature keeps MapLibre's own selection
 * outline (style.ts `selection-line`) at every zoom.
 */
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer, type GeoJsonLayerProps } from '@deck.gl/layers';
import type { FeatureCollection, GeoJsonProperties } from 'geojson';
import { type CulledData, gridChunks } from '../layer-culling';
import { boundsOf } from './geometry-lookup';
import { keptData } from './kept-data';

/** Up to this many features a layer is drawn as before: filled and outlined at every zoom. */
export const OUTLINED_FEATURES_LIMIT = 5_000;
/** Above the limit, outlines are drawn from this zoom in (a 50 m parcel is then about 10 px). */
export const OUTLINES_MIN_ZOOM = 14;

export type FeatureChunk = FeatureCollection & CulledData;

/** The features by grid cell of their box's centre, each chunk with its bounds; kept per collection (kept-data.ts). */
export function featureChunks(collection: FeatureCollection, minZoom?: number): FeatureChunk[] {
  return keptData(collection, 'feature-chunks', [minZoom], () =>
    gridChunks(collection.features, (feature) => (feature.geometry ? boundsOf(feature) : null)).map(({ items, bounds }) => ({
      type: 'FeatureCollection',
      features: items,
      bounds,
      ...(minZoom === undefined ? {} : { minZoom }),
    })),
  );
}

/** Whether a layer of this many features has its outlines drawn only from OUTLINES_MIN_ZOOM in. */
export const outlinesFromZoom = (featureCount: number) => featureCount > OUTLINED_FEATURES_LIMIT;

/**
 * A filled, stroked GeoJsonLayer (props as for one), as one layer up to the limit; above it,
 * the fills under `props.id` and the outlines as `${id}-outlines:k` chunks from zoom 14.
 * `data` should be the same object while it does not change: its chunks are kept per object.
 */
export function polygonLayers(props: GeoJsonLayerProps<GeoJsonProperties> & { id: string; data: FeatureCollection; beforeId?: string }): Layer[] {
  if (props.stroked === false || !outlinesFromZoom(props.data.features.length)) return [new GeoJsonLayer(props)];
  return [
    new GeoJsonLayer({ ...props, stroked: false }),
    ...featureChunks(props.data, OUTLINES_MIN_ZOOM).map(
      (chunk, k) => new GeoJsonLayer({ ...props, id: `${props.id}-outlines:${k}`, data: chunk, filled: false, stroked: true, pickable: false }),
    ),
  ];
}
