/**
 * What panels may ask of the map without holding it: their deck layers (registered under
 * their own key; the map draws the union) and camera moves.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { Layer } from '@deck.gl/core';
import type { AtlasMap } from '../map/atlas-map';
import type { FlyToBoundsOptions } from '../map/camera-moves';
import { appStore, createStore, useAppState } from '../state/store';
import type { FeatureCollection } from 'geojson';
import type { FeatureId, LayerSet } from '../model/types';
import type { LayerName } from '../model/layer-names';
import { layerSetBbox } from '../analysis/geometry/layer-bbox';
import { boundsOf, featuresById } from '../map/layers/geometry-lookup';
import { clearOfOverlaysIn } from './map-overlays';
import type { KeySection } from '../map/map-key';
import type { MapTheme } from '../map/palette';

export const panelLayersStore = createStore<Record<string, Layer[]>>({});
/** Each panel's map key (map-key.ts), shown by the legend while the panel is mounted. */
export const panelKeyStore = createStore<Record<string, KeySection[]>>({});

let currentMap: AtlasMap | null = null;

/**
 * The map's zoom as it moves, at most once a frame (MapView feeds it). The store's camera
 * follows only at the end of a move; the legend's sections follow this, so a scene's flight
 * across zoom 16 swaps the elevator keys where the layers swap, not after landing.
 */
export const liveZoomStore = createStore<{ zoom: number | null }>({ zoom: null });

/**
 * `select` of the map's zoom, live while it moves (liveZoomStore); the store's camera before the
 * map has moved. The component renders again only when the selected value changes, so `select`
 * should return a primitive (a flag, a joined key), not a new object each call.
 */
export function useLiveZoom<T>(select: (zoom: number | null) => T): T {
  const cameraZoom = useAppState((state) => state.camera?.zoom ?? null);
  return useSyncExternalStore(liveZoomStore.subscribe, () => select(liveZoomStore.get().zoom ?? cameraZoom));
}

/**
 * The theme the map is painted with now (AtlasMap's onThemeShown): the UI's (ui/theme.ts) once
 * the map has loaded, light while an export holds it (map-theme.ts). Deck layers and the legend
 * take their colours from it, so they match the map, and exports are drawn light throughout.
 */
export const mapThemeStore = createStore<{ theme: MapTheme }>({ theme: 'light' });

export const useMapTheme = (): MapTheme => useSyncExternalStore(mapThemeStore.subscribe, () => mapThemeStore.get().theme);

export function registerMap(map: AtlasMap | null) {
  currentMap = map;
}

export function atlasMap(): AtlasMap | null {
  return currentMap;
}

/** Puts `value` under `key` in a panels' store while the calling component is mounted (pass a memoised value). */
function usePanelEntry<T>(store: { update(change: Record<string, T[]>): void }, key: string, value: T[]) {
  useEffect(() => {
    store.update({ [key]: value });
  }, [store, key, value]);
  useEffect(() => () => store.update({ [key]: [] }), [store, key]);
}

/** Shows `layers` on the map while the calling component is mounted. */
export const usePanelLayers = (key: string, layers: Layer[]) => usePanelEntry(panelLayersStore, key, layers);

/** Shows `sections` in the legend while the calling component is mounted (pass a memoised array). */
export const usePanelKey = (key: string, sections: KeySection[]) => usePanelEntry(panelKeyStore, key, sections);

type ClickHandler = (properties: Record<string, unknown>) => void;
const layerClickHandlers = new Map<string, ClickHandler>();

/** Calls `handler` with the picked object's properties when a deck layer with this id is clicked. */
export function useLayerClick(layerId: string, handler: ClickHandler) {
  useEffect(() => {
    layerClickHandlers.set(layerId, handler);
    return () => {
      if (layerClickHandlers.get(layerId) === handler) layerClickHandlers.delete(layerId);
    };
  }, [layerId, handler]);
}

export function dispatchLayerClick(layerId: string, properties: Record<string, unknown>): boolean {
  const handler = layerClickHandlers.get(layerId);
  handler?.(properties);
  return Boolean(handler);
}

/** Selects a community everywhere (map, tables, URL) and flies the map to it (no further out than `minZoom`). */
export function selectCommunity(communities: FeatureCollection | undefined, id: FeatureId, minZoom?: number) {
  selectAndFly('communities', communities, id, minZoom === undefined ? {} : { minZoom });
}

/** How close selecting a point flies in (selectAndFly). */
export const POINT_ZOOM = 16;

/**
 * Selects a feature of `layer` everywhere (map, tables, URL) and flies the map to it (`options`:
 * no further out than minZoom, clear of an overlay's edge); its properties, or null when the
 * layer has no such feature.
 */
export function selectAndFly(layer: LayerName, collection: FeatureCollection | undefined, id: FeatureId, options: FlyToBoundsOptions = {}): Record<string, unknown> | null {
  const properties = selectFeature(layer, collection, id);
  flyToFeature(collection, id, options);
  return properties;
}

/** Selects a feature of `layer` everywhere (map, tables, URL); its properties, or null when the layer has no such feature. */
export function selectFeature(layer: LayerName, collection: FeatureCollection | undefined, id: FeatureId): Record<string, unknown> | null {
  appStore.update({ selection: { layer, id } });
  const feature = featuresById(collection).get(String(id));
  return feature ? (feature.properties ?? {}) : null;
}

/**
 * Flies the map to a feature of `collection` (selectAndFly's `options`; unless they say what is
 * covered, clear of the legend and the control row); a point to POINT_ZOOM, as it has no extent to fit.
 */
export function flyToFeature(collection: FeatureCollection | undefined, id: FeatureId, options: FlyToBoundsOptions = {}) {
  const feature = featuresById(collection).get(String(id));
  const map = atlasMap();
  if (!feature || !map) return;
  const fit = options.covered === undefined ? { covered: clearOfOverlaysIn(map.map.getContainer()), ...options } : options;
  // A point (a facility) has no extent to fit: zoom 16 shows it among its blocks, where 17.5 showed a courtyard.
  map.flyToBounds(boundsOf(feature), feature.geometry?.type === 'Point' ? { maxZoom: POINT_ZOOM, ...fit } : fit);
}

/** Flies the map to every feature of these layers (an import, 缩放至图层), clear of the legend and the control row; false when they hold none. */
export function flyToLayers(layers: Partial<LayerSet>): boolean {
  const box = layerSetBbox(layers as LayerSet);
  const map = atlasMap();
  if (!box) return false;
  map?.flyToBounds(box, { covered: clearOfOverlaysIn(map.map.getContainer()) });
  return true;
}
