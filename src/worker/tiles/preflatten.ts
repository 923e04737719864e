/**
 * Imported buildings flattened for the tile worker while the import dialog is still open: the
 * analysis worker has nothing else to do then, and flattening a province's 240k buildings
 * (0.45–0.7 s) was on the path from the apply button to the buildings drawn. Kept by the
 * prepared feature array (the stash's, which setLayers puts back in place of its key), taken
 * once: the buffers are transferred to the tile worker.
 */
import { buildBuildingBuffers, type BuildingBuffers, type BuildingLike } from './building-buffers';

const flattened = new WeakMap<object, BuildingBuffers>();

/** Flattens `features` after the current task (the prepared files go back to the page first). */
export function flattenSoon(features: readonly BuildingLike[]): void {
  setTimeout(() => {
    if (!flattened.has(features)) flattened.set(features, buildBuildingBuffers(features));
  }, 0);
}

/** The buffers flattened ahead for exactly this array, once; undefined when there are none. */
export function takeFlattened(features: readonly BuildingLike[]): BuildingBuffers | undefined {
  const buffers = flattened.get(features);
  flattened.delete(features);
  return buffers;
}
