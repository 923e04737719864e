/** GeoJSON writer: an RFC 7946 FeatureCollection, UTF-8 bytes. */
import type { RawFeature } from '../types';

export function featureCollectionText(features: RawFeature[], pretty = false): string {
  const collection = { type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', ...(f.id !== undefined ? { id: f.id } : {}), geometry: f.geometry, properties: f.properties ?? {} })) };
  return JSON.stringify(collection, null, pretty ? 2 : undefined) + '\n';
}

export function writeGeoJson(features: RawFeature[], pretty = false): Uint8Array {
  return new TextEncoder().encode(featureCollectionText(features, pretty));
}
