/**
 * deck.gl's interleaved overlay (NOTES.md trap 1: MapLibreOverlay, not MapboxOverlay), in a
 * chunk of its own: the first frame draws only MapLibre layers, so deck.gl and luma.gl load
 * with the first analysis or tool layer (AtlasMap.refreshDeck), not with the page.
 */
import { MapLibreOverlay } from '@deck.gl/maplibre';
import type { Map as MapLibreMap } from 'maplibre-gl';

/** Adds the overlay to a loaded map (after `load`, or beforeId ordering is lost: NOTES.md trap 3). */
export function addOverlay(map: MapLibreMap): MapLibreOverlay {
  // Layer errors surface in the console (and so fail the e2e tests) instead of vanishing.
  const overlay = new MapLibreOverlay({ interleaved: true, layers: [], onError: (error) => console.error('deck.gl:', error?.message ?? error) });
  map.addControl(overlay);
  return overlay;
}

export type DeckOverlay = MapLibreOverlay;
