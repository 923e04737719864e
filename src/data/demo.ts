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

export async function loadDemo(signal?: AbortSignal): Promise<DemoData> {
  const layers: LayerSet = {};
  await Promise.all(
    LAYER_NAMES.map(async (name) => {
      const url = urlOf(LAYER_FILES[name]);
      if (!url) return;
      const response = await fetch(url, { signal });
      if (!response.ok) throw new Error(`${LAYER_FILES[name]}: HTTP ${response.status}`);
      (layers as Record<string, unknown>)[name] = await response.json();
    }),
  );
  const manifestUrl = urlOf('manifest.json');
  const manifest = manifestUrl ? ((await (await fetch(manifestUrl, { signal })).json()) as Record<string, unknown>) : null;
  const tables: Record<string, string> = {};
  for (const table of ['surveys.csv', 'elevator_votes.csv']) {
    const url = urlOf(table);
    if (url) tables[table] = await (await fetch(url, { signal })).text();
  }
  return { layers, manifest, tables };
}
