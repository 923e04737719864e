/**
 * The embedded demo district (data/demo, made by `atlas demo`), bundled as static files and
 * fetched from the app's own origin: no request leaves localhost.
 */
import { LAYER_FILES, LAYER_NAMES } from '../model/layer-names';
import type { LayerSet } from '../model/types';

const demoFiles = import.meta.glob('../../data/demo/*', { query: '?url', import: 'default', eager: true }) as Record<string, string>;

function urlOf(fileName: string): string | undefined {
  return demoFiles[`../../data/demo/${fileName}`];
}

export interface DemoData {
  layers: LayerSet;
  manifest: Record<string, unknown> | null;
  tables: Record<string, string>;
}

const TABLES = ['surveys.csv', 'elevator_votes.csv'];
const FILES = [...LAYER_NAMES.map((name) => LAYER_FILES[name]), 'manifest.json', ...TABLES];

/** Requests started by prefetchDemo, each taken (once) by the next loadDemo. */
const early = new Map<string, Promise<Response>>();

/**
 * Starts every demo request at once, while the page checks IndexedDB for a saved workspace
 * (in the worker, which has to start first): the first frame waited for that check before
 * the demo's first byte. The bodies are read only if loadDemo runs (no saved workspace).
 */
export function prefetchDemo(): void {
  for (const file of FILES) {
    const url = urlOf(file);
    if (!url || early.has(file)) continue;
    const started = fetch(url);
    started.catch(() => {}); // not unhandled when a restored workspace leaves it unread; loadDemo still sees the error
    early.set(file, started);
  }
}

function request(file: string, url: string, signal?: AbortSignal): Promise<Response> {
  const started = early.get(file);
  early.delete(file);
  return started ?? fetch(url, { signal });
}

async function read<T>(file: string, as: (response: Response) => Promise<T>, signal?: AbortSignal, checked = false): Promise<T | undefined> {
  const url = urlOf(file);
  if (!url) return undefined;
  const response = await request(file, url, signal);
  if (checked && !response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return as(response);
}

export async function loadDemo(signal?: AbortSignal): Promise<DemoData> {
  const layers: LayerSet = {};
  const tables: Record<string, string> = {};
  // All at once: the layers, the manifest and the tables were three round trips in a row.
  const [manifest] = await Promise.all([
    read('manifest.json', (response) => response.json() as Promise<Record<string, unknown>>, signal),
    ...LAYER_NAMES.map(async (name) => {
      const layer = await read(LAYER_FILES[name], (response) => response.json(), signal, true);
      if (layer) (layers as Record<string, unknown>)[name] = layer;
    }),
    ...TABLES.map(async (table) => {
      const text = await read(table, (response) => response.text(), signal);
      if (text !== undefined) tables[table] = text;
    }),
  ]);
  return { layers, manifest: manifest ?? null, tables };
}
