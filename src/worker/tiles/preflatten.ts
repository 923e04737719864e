/**
 * Imported buildings flattened for the tile worker while the import dialog is still open: the
 * analysis worker has nothing else to do then, and flattening a province's 240k buildings
 * (0.45–0.7 s), then indexing them in the tile worker (0.3–0.35 s), was on the path from the
 * apply button to the buildings drawn. Flattened by the prepared feature array (the stash's,
 * which setLayers puts back in place of its key); the page then hands the buffers to the tile
 * worker under the import's stash key (tiles-client.ts preloadBuildingTiles), and on apply the
 * analysis worker answers with that key instead of flattening again.
 */
import { buildBuildingBuffers, type BuildingBuffers, type BuildingLike } from './building-buffers';

const flattened = new WeakMap<object, BuildingBuffers>();
/** The features last handed ahead, and the key the tile worker holds them under. */
let handed: { features: object; token: string } | null = null;

/** Flattens `features` after the current task (the prepared files go back to the page first). */
export function flattenSoon(features: readonly BuildingLike[]): void {
  setTimeout(() => {
    // Not when already handed ahead (the page asked before this ran, and they were flattened then).
    if (!flattened.has(features) && handed?.features !== features) flattened.set(features, buildBuildingBuffers(features));
  }, 0);
}

/** The buffers flattened ahead for exactly this array, once; undefined when there are none. */
export function takeFlattened(features: readonly BuildingLike[]): BuildingBuffers | undefined {
  const buffers = flattened.get(features);
  flattened.delete(features);
  return buffers;
}

/** The buffers of `features` (flattened ahead, or now) for the tile worker to hold under `token`. */
export function handAhead(features: readonly BuildingLike[], token: string): BuildingBuffers {
  const buffers = takeFlattened(features) ?? buildBuildingBuffers(features);
  handed = { features, token };
  return buffers;
}

/** The token the tile worker holds `features` under, when they were handed ahead; null otherwise. */
export function handedToken(features: readonly BuildingLike[]): string | null {
  return handed && handed.features === features ? handed.token : null;
}
