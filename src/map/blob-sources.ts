/**
 * A big imported layer comes with its GeoJSON text as a Blob (worker/import-stash.ts): MapLibre
 * then fetches a blob: URL and parses it in its own worker. Handing it the objects instead
 * structured-clones them on the main thread, seconds for 240k buildings. Each source's URL is
 * revoked when the source gets other data.
 */
import type { FeatureCollection } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { geojsonBlobOf } from '../worker/stash-keys';

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
    source.setData(url);
  }
}
