/**
 * The import dialog's check of references between layers (src/io/references.ts), run on the
 * data as it will be once applied: the imported layers in place of theirs (with `replace`,
 * alone), the loaded rest kept. A buildings file whose communityId names no community (every
 * unit of such a building would be 不可行, OUTSIDE_SITE), or communities whose districtId names
 * no district, is said before the import, as `atlas analyze` says it.
 */
import type { PreparedFile } from '../../io';
import { danglingReferences } from '../../io/references';
import { mergeImport, type ImportMode } from '../../data/dataset';
import { LAYER_FILES, LAYER_GEOMETRY, type LayerName } from '../../model/layer-names';
import type { LayerSet } from '../../model/types';

/** Warnings listed one by one per layer and field; the rest are counted (IssueList lists 200 a kind). */
const LISTED = 200;

export function importReferenceIssues(loaded: LayerSet, files: readonly PreparedFile[], mode: ImportMode) {
  const imported: Record<string, unknown> = {};
  const fileOfLayer = new Map<LayerName, string>();
  for (const file of files) {
    if (!file.role || !(file.role in LAYER_GEOMETRY)) continue;
    imported[file.role] = { type: 'FeatureCollection', features: file.features };
    fileOfLayer.set(file.role as LayerName, file.fileName);
  }
  if (fileOfLayer.size === 0) return [];
  const after = mergeImport({ layers: loaded, tables: {} }, imported as Partial<LayerSet>, {}, mode).layers;
  return danglingReferences(after, (layer) => fileOfLayer.get(layer) ?? LAYER_FILES[layer], LISTED);
}
