/**
 * What an edit did, in both languages: the undo / redo buttons name the last edit in the
 * language the UI has now, not the one it had when the planner made the edit.
 */
import type { Lang } from '../i18n/strings';
import { LAYER_LABELS, type LayerName } from '../model/layer-names';

/** A note in words; plain text (a test's, a script's) reads the same in both languages. */
export type EditNote = string | { zh: string; en: string };

export function editNoteText(note: EditNote, lang: Lang): string {
  return typeof note === 'string' ? note : note[lang];
}

export const removeLayerNote = (layer: LayerName): EditNote => ({ zh: `移除图层 ${LAYER_LABELS[layer].zh}`, en: `Remove layer ${LAYER_LABELS[layer].en}` });

export const drawSiteNote = (id: string): EditNote => ({ zh: `绘制选址 ${id}`, en: `Draw site ${id}` });

/** An import, named by its files: the first three, then how many more. */
export function importNote(fileNames: readonly string[]): EditNote {
  if (fileNames.length === 0) return { zh: '导入数据', en: 'Import data' };
  const first = fileNames.slice(0, 3);
  return fileNames.length > 3
    ? { zh: `导入 ${first.join('、')} 等 ${fileNames.length} 个文件`, en: `Import ${first.join(', ')} and ${fileNames.length - 3} more` }
    : { zh: `导入 ${first.join('、')}`, en: `Import ${first.join(', ')}` };
}
