/**
 * What of the dataset's manifest a project file keeps, in its `state` beside the URL hash: the
 * demo's parts still loaded next to imported data (demo-parts.ts, so their notice stays) and
 * the imported tables' sources (table-sources.ts, so messages name the planner's file and row).
 * The demo's own manifest is the app's, never the project's.
 */
import type { Dataset } from './dataset';
import { DEMO_PARTS_KEY } from './demo-parts';
import { TABLE_SOURCES_KEY, tableSourcesOf } from './table-sources';

export function manifestToProjectState(dataset: Pick<Dataset, 'source' | 'manifest'>): Record<string, unknown> {
  if (dataset.source === 'demo') return {};
  return keptKeys(dataset.manifest) ?? {};
}

/** The manifest of a project's data opened from its state (null when it kept none). */
export function manifestFromProjectState(state: Record<string, unknown>): Dataset['manifest'] {
  return keptKeys(state);
}

function keptKeys(from: Record<string, unknown> | null): Record<string, unknown> | null {
  const kept: Record<string, unknown> = {};
  const parts = from?.[DEMO_PARTS_KEY];
  if (Array.isArray(parts)) kept[DEMO_PARTS_KEY] = parts;
  const sources = tableSourcesOf(from);
  if (Object.keys(sources).length) kept[TABLE_SOURCES_KEY] = sources;
  return Object.keys(kept).length ? kept : null;
}
