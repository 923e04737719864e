/**
 * Imported buildings and roads flattened for the tile worker while the import dialog is still
 * open: the analysis worker has nothing else to do then, and flattening a province's 240k
 * buildings (0.45–0.7 s), then indexing them in the tile worker (0.3–0.35 s), was on the path
 * from the apply button to the buildings drawn. The page asks for each layer by the import's
 * stash key as soon as the prepared files are back (tiles-client.ts preloadTiles) and hands it
 * to the tile worker; on apply the analysis worker answers with that key instead of flattening again.
 */
import type { BuildingLike } from './building-buffers';
import { flattenLayer, type TileBuffers, type TileLayerName } from './tile-layers';

/** Per layer, the features last handed ahead (the stash's array, which setLayers puts back in place of its key), and their key. */
const handed = new Map<TileLayerName, { features: object; token: string }>();

/** The buffers of `features` for the tile worker to hold under `token`. */
export function handAhead(layer: TileLayerName, features: readonly BuildingLike[], token: string): TileBuffers {
  handed.set(layer, { features, token });
  return flattenLayer(layer, features);
}

/** Forgets the features handed ahead unless their key is still `held` (an import cancelled). */
export function forgetHandedUnless(held: ReadonlySet<string>): void {
  for (const [layer, { token }] of handed) if (!held.has(token)) handed.delete(layer);
}

/** The token the tile worker holds `features` under, when they were handed ahead; null otherwise. */
export function handedToken(layer: TileLayerName, features: readonly BuildingLike[]): string | null {
  const entry = handed.get(layer);
  return entry && entry.features === features ? entry.token : null;
}
