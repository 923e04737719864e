/**
 * Filled and outlined polygons at city and province scale. deck.gl outlines every ring with a
 * PathLayer, and with software WebGL those paths cost most of a frame, on screen or not: the
 * parking panel's 12,000 communities and 35,000 parcels, outlined, took seconds a frame, and
 * 3,000 communities ≈300 ms at any zoom. Above CULLED_OUTLINES_FROM features the fills stay
 * one layer (the one picked), drawn at every zoom, and the outlines are drawn apart, in chunks
 * of about 2 km, each with its bounds, only in view (layer-culling.ts); above
 * OUTLINED_FEATURES_LIMIT only from OUTLINES_MIN_ZOOM in. The selected feature, when the caller
 * names it, is outlined by a layer of its own at every zoom (one feature: nothing to cull).
 */
import type { Layer } from '@deck.gl/core';
import { GeoJsonLayer, type GeoJsonLayerProps } from '@deck.gl/layers';
import type { FeatureCollection, GeoJsonProperties } from 'geojson';
import { type CulledData, gridChunks } from '../layer-culling';
import { boundsOf, featuresById } from './geometry-lookup';
import { keptData } from './kept-data';

/** Up to this many features a layer is drawn as before: filled and outlined at every zoom. */
export const OUTLINED_FEATURES_LIMIT = 5_000;
/**
 * Above this many features the outlines are cut in chunks drawn only in view, at every zoom up
 * to OUTLINED_FEATURES_LIMIT: deck.gl's outline paths cost their vertex work off screen too
 * (3,000 outlined communities, ≈300 ms a frame under software WebGL, at any zoom).
 */
export const CULLED_OUTLINES_FROM = 500;
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

/** The selected feature's outline (its `properties.id`): up to CULLED_OUTLINES_FROM features the layer's own accessors draw it. */
export interface SelectedOutline {
  id: string | null;
  lineColor: [number, number, number, number];
  /** In pixels. */
  lineWidth: number;
}

/**
 * A filled, stroked GeoJsonLayer (props as for one), as one layer up to CULLED_OUTLINES_FROM
 * features; above, the fills under `props.id`, the outlines as `${id}-outlines:k` chunks (from
 * zoom 14 above OUTLINED_FEATURES_LIMIT), and the `selected` feature's outline as `${id}-selected`.
 * `data` should be the same object while it does not change: its chunks are kept per object.
 */
export function polygonLayers(
  props: GeoJsonLayerProps<GeoJsonProperties> & { id: string; data: FeatureCollection; beforeId?: string; selected?: SelectedOutline },
): Layer[] {
  const { selected, ...layerProps } = props;
  const count = layerProps.data.features.length;
  if (layerProps.stroked === false || count <= CULLED_OUTLINES_FROM) return [new GeoJsonLayer(layerProps)];
  const layers: Layer[] = [
    new GeoJsonLayer({ ...layerProps, stroked: false }),
    ...featureChunks(layerProps.data, outlinesFromZoom(count) ? OUTLINES_MIN_ZOOM : undefined).map(
      (chunk, k) => new GeoJsonLayer({ ...layerProps, id: `${layerProps.id}-outlines:${k}`, data: chunk, filled: false, stroked: true, pickable: false }),
    ),
  ];
  const feature = selected?.id == null ? undefined : featuresById(layerProps.data).get(selected.id);
  if (selected && feature) {
    layers.push(
      new GeoJsonLayer({
        id: `${layerProps.id}-selected`,
        beforeId: layerProps.beforeId,
        // Kept per collection and id: the same selection redrawn is not re-uploaded.
        data: keptData(layerProps.data, 'selected-outline', [feature], (): FeatureCollection => ({ type: 'FeatureCollection', features: [feature] })),
        filled: false,
        stroked: true,
        pickable: false,
        getLineColor: selected.lineColor,
        getLineWidth: selected.lineWidth,
        lineWidthUnits: 'pixels',
      } as GeoJsonLayerProps<GeoJsonProperties> & { beforeId?: string }),
    );
  }
  return layers;
}
