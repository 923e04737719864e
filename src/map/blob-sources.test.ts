/**
 * The script MapLibre's workers are taught blob: URLs with (blob-sources.ts), run as they run it
 * (a plain script, `self.addProtocol` from the worker), with a fetch that stands for the worker's.
 */
import { describe, expect, it } from 'vitest';
import { WORKER_BLOB_PROTOCOL } from './blob-sources';

type Loader = (params: { url: string; type?: string }, abortController?: AbortController) => Promise<{ data: unknown }>;

/** Evaluates the script with a fake worker `self` and `fetch`; returns the loaders it registered. */
function runInFakeWorker(fetch: (url: string, init?: RequestInit) => Promise<Response>): Map<string, Loader> {
  const protocols = new Map<string, Loader>();
  const self = { addProtocol: (scheme: string, loader: Loader) => protocols.set(scheme, loader) };
  new Function('self', 'fetch', WORKER_BLOB_PROTOCOL)(self, fetch);
  return protocols;
}

const COLLECTION = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'R1', widthM: 4 }, geometry: { type: 'LineString', coordinates: [[120, 30], [120.001, 30]] } }] };

describe('blob: URLs in MapLibre workers', () => {
  it('registers the scheme as MapLibre reads it from a blob: URL (the text before "://")', () => {
    const protocols = runInFakeWorker(async () => new Response(''));
    expect([...protocols.keys()].sort()).toEqual(['blob:http', 'blob:https']);
    const url = 'blob:http://127.0.0.1:4173/6f1c2a9e-0000-4000-8000-000000000000';
    expect(protocols.has(url.substring(0, url.indexOf('://')))).toBe(true);
  });

  it('fetches in the worker and parses a GeoJSON source there, with the abort signal passed on', async () => {
    const asked: { url: string; signal?: AbortSignal | null }[] = [];
    const protocols = runInFakeWorker(async (url, init) => {
      asked.push({ url, signal: init?.signal });
      return new Response(JSON.stringify(COLLECTION));
    });
    const abort = new AbortController();
    const url = 'blob:http://127.0.0.1:4173/a';
    const { data } = await protocols.get('blob:http')!({ url, type: 'json' }, abort);
    const collection = data as typeof COLLECTION;
    expect(collection.features).toEqual(COLLECTION.features);
    expect(asked).toEqual([{ url, signal: abort.signal }]);
  });

  it('keeps the features out of the copy MapLibre sends back to the page, and readable in the worker', async () => {
    const protocols = runInFakeWorker(async () => new Response(JSON.stringify(COLLECTION)));
    const { data } = await protocols.get('blob:http')!({ url: 'blob:http://host/a', type: 'json' });
    const collection = data as typeof COLLECTION;
    // What geojson-vt and MapLibre's worker read:
    expect(collection.type).toBe('FeatureCollection');
    expect(collection.features.length).toBe(1);
    expect([...collection.features]).toEqual(COLLECTION.features);
    // What postMessage and MapLibre's serializer (for…in over own properties) copy:
    expect(structuredClone(collection)).toEqual({ type: 'FeatureCollection' });
    const copied: Record<string, unknown> = {};
    for (const key in collection) if (Object.hasOwn(collection, key)) copied[key] = (collection as Record<string, unknown>)[key];
    expect(copied).toEqual({ type: 'FeatureCollection' });
  });

  it('gives bytes or text for other request types, and an error for a revoked URL', async () => {
    const protocols = runInFakeWorker(async (url) => (url.endsWith('gone') ? new Response('', { status: 404, statusText: 'Not Found' }) : new Response('abc')));
    const load = protocols.get('blob:https')!;
    const bytes = (await load({ url: 'blob:https://host/x', type: 'arrayBuffer' })).data as ArrayBuffer;
    expect(new TextDecoder().decode(bytes)).toBe('abc');
    expect((await load({ url: 'blob:https://host/x', type: 'string' })).data).toBe('abc');
    await expect(load({ url: 'blob:https://host/gone', type: 'json' })).rejects.toThrow('blob: 404 Not Found');
  });
});
