/**
 * What lies under the pointer: deck.gl's analysis layers first (they are drawn on top), then
 * MapLibre's own layers, facilities within 4 px before the polygons under the point. Split
 * from atlas-map.ts: the map calls it on click and, once a frame at most, on hover.
 */
import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import type { PickingInfo } from '@deck.gl/core';
import type { FeatureCollection } from 'geojson';
import type { LayerSet } from '../model/types';
import type { DeckOverlay } from './deck-overlay';
import { deckReady } from './map-drawn';
import type { PickedFeature } from './map-events';
import { MAPLIBRE_PICK_LAYERS } from './style';
import { featuresById } from './layers/geometry-lookup';

export function pickAt(map: MapLibreMap, overlay: DeckOverlay | null, data: LayerSet, x: number, y: number): PickedFeature | null {
  const deckPick = deckReady(overlay) ? overlay?.pickObject({ x, y, radius: 4 }) as PickingInfo | null | undefined : null;
  // A layer cut in chunks (elevator-units.ts, line-chunks.ts) names in its data the layer id
  // clicks are reported under, one for all its chunks.
  const deckData = deckPick?.layer?.props.data as { propertiesAt?: (index: number) => Record<string, unknown>; pickLayer?: string } | undefined;
  const deckLayer = deckData?.pickLayer ?? deckPick?.layer?.id ?? 'analysis';
  if (deckPick?.object) {
    const object = deckPick.object as { properties?: Record<string, unknown> };
    return { layer: deckLayer, properties: object.properties ?? (object as Record<string, unknown>), x, y };
  }
  // A layer on binary data picks an index, no object: its data names the row's properties.
  if (deckPick && deckPick.index >= 0 && typeof deckData?.propertiesAt === 'function') return { layer: deckLayer, properties: deckData.propertiesAt(deckPick.index), x, y };
  // Only layers drawn at this zoom: queryRenderedFeatures also finds the features of a layer
  // whose fractional minzoom (dense points from 12.6: detail-zoom.ts) hides it in a tile of the
  // zoom below, so an unseen facility was picked.
  const zoom = map.getZoom();
  const drawn = (id: string) => map.getLayer(id)?.isHidden(zoom) === false;
  const layerIds = Object.keys(MAPLIBRE_PICK_LAYERS).filter(drawn);
  // Facilities first, within 4 px of the pointer (as deck.gl picked them), then what is under it.
  const near: MapGeoJSONFeature[] = drawn('facilities-circle') ? map.queryRenderedFeatures([[x - 4, y - 4], [x + 4, y + 4]], { layers: ['facilities-circle'] }) : [];
  const hit = near[0] ?? map.queryRenderedFeatures([x, y], { layers: layerIds })[0];
  if (!hit) return null;
  const layer = MAPLIBRE_PICK_LAYERS[hit.layer.id];
  // Building and road tiles carry only what the style needs, and MapLibre turns nested
  // properties into text: the inspector gets the whole feature.
  const whole = layer === 'buildings' || layer === 'roads' || layer === 'facilities' ? featuresById(data[layer] as FeatureCollection | undefined).get(String(hit.properties.id)) : undefined;
  return { layer, properties: (whole?.properties as Record<string, unknown> | undefined) ?? hit.properties, x, y };
}
