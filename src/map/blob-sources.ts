/**
 * A big imported layer comes with its GeoJSON text as a Blob (worker/import-stash.ts), and
 * MapLibre is given a blob: URL to fetch and parse in its own worker: handing it the objects
 * instead structured-clones them on the main thread, seconds for a province. Each source's URL
 * is revoked when the source gets other data.
 *
 * MapLibre's worker does not fetch a blob: URL itself: a URL with "://" that is not http(s) or
 * file goes to a protocol handler, and with none registered in the worker, back to the main
 * thread (ajax.ts makeRequest, `getResource`), which fetched the text, parsed it, walked every
 * object with MapLibre's serializer and cloned it back: 3–4 s of main-thread script in a
 * province import, one task of 2.2 s. So the workers are taught the scheme (as
 * `importScriptInWorkers` is meant for): MapLibre reads the scheme as the text before "://",
 * which for `blob:http://host/uuid` is `blob:http`.
 */
import type { FeatureCollection } from 'geojson';
import { importScriptInWorkers, type GeoJSONSource, type Map as MapLibreMap } from 'maplibre-gl';
import { geojsonBlobOf } from '../worker/stash-keys';

/**
 * Run in each MapLibre worker (plain script, evaluated there): fetches a blob: URL in the worker
 * and parses it there. `self.addProtocol` is what MapLibre's worker exposes for this.
 */
export const WORKER_BLOB_PROTOCOL = `(() => {
  // MapLibre's worker sends the data it loaded from a URL back to the page (GeoJSON worker
  // source, loadData), which holds these very features already: a second copy, received and
  // deserialised on the main thread (seconds at province scale). Its serializer and postMessage
  // copy enumerable properties only, so the features, still read by the worker, stay here.
  function withoutReturnCopy(data) {
    if (data && Array.isArray(data.features)) Object.defineProperty(data, 'features', { value: data.features, enumerable: false, writable: true, configurable: true });
    return data;
  }
  async function loadBlob(params, abortController) {
    const response = await fetch(params.url, { signal: abortController && abortController.signal });
    if (!response.ok) throw new Error('blob: ' + response.status + ' ' + response.statusText);
    if (params.type === 'json') return { data: withoutReturnCopy(await response.json()) };
    if (params.type === 'arrayBuffer') return { data: await response.arrayBuffer() };
    return { data: await response.text() };
  }
  for (const scheme of ['blob:http', 'blob:https']) self.addProtocol(scheme, loadBlob);
})();
`;

let taught: Promise<void> | null = null;

/** Loads WORKER_BLOB_PROTOCOL into MapLibre's workers, once per page (AtlasMap, on load). */
export function teachWorkersBlobUrls(): Promise<void> {
  taught ??= importScriptInWorkers(URL.createObjectURL(new Blob([WORKER_BLOB_PROTOCOL], { type: 'text/javascript' }))).catch((error: unknown) => {
    // Not fatal: the main thread still answers the workers' requests, only slower.
    console.warn('MapLibre workers: blob: URLs will be fetched through the main thread', error);
  });
  return taught;
}

export class BlobSources {
  private urls = new Map<string, string>();

  constructor(private readonly map: MapLibreMap) {}

  /** Gives GeoJSON source `name` the collection: by its Blob's URL when it has one, else the objects. */
  give(name: string, collection: FeatureCollection): void {
    const source = this.map.getSource(name) as GeoJSONSource | undefined;
    if (!source) return;
    const blob = geojsonBlobOf.get(collection.features);
    const old = this.urls.get(name);
    if (old) URL.revokeObjectURL(old);
    this.urls.delete(name);
    if (!blob) {
      source.setData(collection);
      return;
    }
    const url = URL.createObjectURL(blob);
    this.urls.set(name, url);
    // At once, whether or not the workers know blob: URLs yet (they are taught when the map
    // loads, long before a planner imports): a worker that does not sends the fetch to the page.
    source.setData(url);
  }
}
