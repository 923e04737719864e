/**
 * The standard review deck (标准汇报场景, state/standard-deck.ts) for what is loaded now: the
 * camera fits every layer on the map as it is sized now (Scene.frame scales it to the
 * deck export's map, as for a scene saved by hand; presenting fits the data's bounds in its own
 * clear area), in the UI's language, as of this year,
 * with the basemap and layer opacities the view has now.
 */
import { datasetStore } from '../../data/dataset';
import { layerSetBbox } from '../../analysis/geometry/layer-bbox';
import type { Scene } from '../../state/scenes';
import { inventoryOf, standardDeck } from '../../state/standard-deck';
import { appStore } from '../../state/store';
import { atlasMap } from '../map-context';

export function buildStandardDeck(): Scene[] {
  const { layers } = datasetStore.get();
  const map = atlasMap();
  const box = layerSetBbox(layers);
  const container = map?.map.getContainer();
  const camera = map && box ? map.cameraForBounds(box) : null;
  const frame: [number, number] | undefined = camera && container ? [container.clientWidth, container.clientHeight] : undefined;
  const { lang, basemap, layerOpacity } = appStore.get();
  return standardDeck({ inventory: inventoryOf(layers), camera, frame, bounds: box ?? undefined, lang, year: new Date().getFullYear(), look: { basemap, layerOpacity } });
}

/** Appends the standard deck after the scenes there are (scenes have no undo: nothing is replaced); returns the scenes added. */
export function appendStandardDeck(): Scene[] {
  const deck = buildStandardDeck();
  if (deck.length) appStore.update((state) => ({ scenes: [...state.scenes, ...deck] }));
  return deck;
}
