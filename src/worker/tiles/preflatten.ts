/**
 * Imported buildings flattened for the tile worker while the import dialog is still open: the
 * analysis worker has nothing else to do then, and flattening a province's 240k buildings
 * (0.45–0.7 s), then indexing them in the tile worker (0.3–0.35 s), was on the path from the
 * apply button to the buildings drawn. The page asks for them by the import's stash key as soon
 * as the prepared files are back (tiles-client.ts preloadBuildingTiles) and hands them to the
 * tile worker; on apply the analysis worker answers with that key instead of flattening again.
 */
import { buildBuildingBuffers, type BuildingBuffers, type BuildingLike } from './building-buffers';

/** The features last handed ahead (the stash's array, which setLayers puts back in place of its key), and their key. */
let handed: { features: object; token: string } | null = null;

/** The buffers of `features` for the tile worker to hold under `token`. */
export function handAhead(features: readonly BuildingLike[], token: string): BuildingBuffers {
  handed = { features, token };
  return buildBuildingBuffers(features);
}

/** Forgets the features handed ahead unless their key is still `held` (an import cancelled). */
export function forgetHandedUnless(held: ReadonlySet<string>): void {
  if (handed && !held.has(handed.token)) handed = null;
}

/** The token the tile worker holds `features` under, when they were handed ahead; null otherwise. */
export function handedToken(features: readonly BuildingLike[]): string | null {
  return handed && handed.features === features ? handed.token : null;
}
