/**
 * What the main thread knows about feature arrays the worker prepared on import, by array
 * identity (WeakMaps: an edited layer is a new array and simply falls back to cloning):
 * the worker's stash key (client.sendLayers sends it instead of the features) and, for a big
 * layer, a Blob of its GeoJSON text (the map gives MapLibre a blob: URL to fetch and parse in
 * its own worker instead of structured-cloning the objects on the main thread).
 */
export const stashKeyOf = new WeakMap<object, string>();
export const geojsonBlobOf = new WeakMap<object, Blob>();
/** A table's rows as CSV text, written in the worker (import-stash.ts, PreparedSummary.tableText). */
export const tableTextOf = new WeakMap<object, string>();
