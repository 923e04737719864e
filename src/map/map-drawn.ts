/**
 * When the map shows everything it was given, and whether deck.gl can pick yet: split from
 * atlas-map.ts. The e2e tests wait on whenMapDrawn (test/e2e/harness.ts `settle`, through
 * src/ui/settled.ts) instead of sleeping.
 */
import type { Layer } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { DeckOverlay } from './deck-overlay';

/** What the map reads of deck.gl's Deck behind the overlay. */
interface DeckInternals {
  isInitialized: boolean;
  needsRedraw(options: { clearRedrawFlags: boolean }): false | string;
  layerManager: { getLayers(): Layer[] } | null;
}

/**
 * Resolves once MapLibre is idle after a repaint (no move, every source and tile loaded, no
 * fade or transition left) and then a whole frame passes with no further render while deck.gl
 * has nothing pending. deck.gl draws inside MapLibre's frames and asks for one more when a
 * layer has loaded, which under software WebGL comes about a second after MapLibre's own idle
 * (NOTES.md).
 */
export async function whenMapDrawn(map: MapLibreMap, removed: () => boolean, pending: () => boolean): Promise<void> {
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  for (;;) {
    if (removed()) return;
    await new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
    let rendered = false;
    const onRender = () => { rendered = true; };
    map.on('render', onRender);
    // deck.gl's loop runs in the frames after MapLibre's: a repaint it asks for shows here.
    await frame();
    await frame();
    map.off('render', onRender);
    if (!rendered && !pending()) return;
  }
}

/** Whether deck.gl has layers still to load or draw: its chunk, its layer groups in the style, a layer's data, a redraw. */
export function deckPending(overlay: DeckOverlay | null, analysisLayerCount: number, groupsPending: boolean): boolean {
  if (!overlay) return analysisLayerCount > 0;
  if (groupsPending) return true;
  const deck = deckReady(overlay);
  if (!deck) return analysisLayerCount > 0;
  if (deck.needsRedraw({ clearRedrawFlags: false })) return true;
  return (deck.layerManager?.getLayers() ?? []).some((layer) => !layer.isLoaded);
}

/**
 * The overlay's Deck once it can draw and pick, else null. deck.gl creates its WebGL device
 * asynchronously after the overlay is added: until then Deck.pickObject throws ("deck.gl:
 * assertion failed"), which a hover or click right after the first deck layer (a tool chosen)
 * did on a loaded machine. MapLibreOverlay keeps its Deck private, and Deck its layer manager.
 */
export function deckReady(overlay: DeckOverlay | null): DeckInternals | null {
  const deck = (overlay as unknown as { _deck?: DeckInternals } | null)?._deck;
  return deck?.isInitialized ? deck : null;
}
