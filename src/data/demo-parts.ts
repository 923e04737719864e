/**
 * Which loaded layers and tables are the demo's fictional data. An import over the demo that
 * keeps the demo's other layers (保留示例数据的其他图层) leaves fictional buildings, roads… next to
 * the planner's real data: the notice 示例数据为虚拟片区 must stay for those (UX "Look"). The
 * list lives in the manifest (`demoParts`), so it is saved and restored with the workspace
 * and undone with the import.
 */
import type { LayerName } from '../model/layer-names';
import type { Role } from '../io/types';
import { TABLE_FILES, type TableName } from '../io/table-files';
import type { Dataset } from './dataset';

export const DEMO_PARTS_KEY = 'demoParts';

type Parts = Pick<Dataset, 'layers' | 'tables'>;

/** The layers with features and the tables with rows, in a stable order (layers, then tables). */
function presentParts(data: Parts): Role[] {
  const layers = (Object.keys(data.layers) as LayerName[]).filter((name) => (data.layers[name]?.features.length ?? 0) > 0);
  const tables = (Object.keys(TABLE_FILES) as TableName[]).filter((name) => Boolean(data.tables[TABLE_FILES[name]]?.trim()));
  return [...layers, ...tables];
}

/**
 * The demo's data in the loaded dataset: 'all' for the demo itself, the list of layers and
 * tables still from the demo after a keep-mode import, null when none is the demo's.
 */
export function demoParts(dataset: Pick<Dataset, 'source' | 'manifest' | 'layers' | 'tables'>): 'all' | Role[] | null {
  if (dataset.source === 'demo') return 'all';
  const listed = dataset.manifest?.[DEMO_PARTS_KEY];
  if (!Array.isArray(listed)) return null;
  const present = new Set(presentParts(dataset));
  const parts = listed.filter((part): part is Role => typeof part === 'string' && present.has(part as Role));
  return parts.length ? parts : null;
}

/**
 * The manifest after an import: the demo's parts that the import did not replace, or no
 * demoParts key when none remains (`manifest` is the one the import would keep otherwise).
 */
export function manifestAfterImport(current: Dataset, next: Parts, imported: { layers: object; tables: Record<string, string> }, manifest: Dataset['manifest']): Dataset['manifest'] {
  const before = demoParts(current);
  const fromDemo = before === 'all' ? presentParts(current) : before ?? [];
  const replaced = (part: Role) => part in imported.layers || (part in TABLE_FILES && TABLE_FILES[part as TableName] in imported.tables);
  const nextPresent = new Set(presentParts(next));
  const kept = fromDemo.filter((part) => !replaced(part) && nextPresent.has(part));
  const { [DEMO_PARTS_KEY]: _old, ...rest } = manifest ?? {};
  if (kept.length) return { ...rest, [DEMO_PARTS_KEY]: kept };
  return manifest && Object.keys(rest).length ? rest : null;
}
