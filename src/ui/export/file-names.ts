/**
 * The names of the files the app hands to the browser, in the UI language: a Chinese planner
 * saves 老旧小区改造-表格.xlsx, not renewal-atlas-tables.xlsx. A project file keeps its
 * `.atlas.json` ending in both languages (it is opened by content, from any `.json`); a
 * layer's file is named by the layer (小区.geojson, idle_land.geojson), a name the import
 * dialog recognises again (io/fields.ts proposeRole).
 */
import type { Lang } from '../../i18n/strings';
import { LAYER_FILES, LAYER_LABELS, type LayerName } from '../../model/layer-names';

export const PROJECT_EXTENSION = '.atlas.json';

const NAMES: Record<'tables' | 'map' | 'deck' | 'project', Record<Lang, string>> = {
  tables: { zh: '老旧小区改造-表格.xlsx', en: 'renewal-atlas-tables.xlsx' },
  map: { zh: '老旧小区改造-地图.png', en: 'renewal-atlas-map.png' },
  deck: { zh: '老旧小区改造-汇报.pptx', en: 'renewal-atlas-review-deck.pptx' },
  project: { zh: `老旧小区改造${PROJECT_EXTENSION}`, en: `renewal-atlas${PROJECT_EXTENSION}` },
};

/** 导出全部表格, the map PNG, the review deck (汇报文稿) and the project file. */
export function downloadName(kind: keyof typeof NAMES, lang: Lang): string {
  return NAMES[kind][lang];
}

/** One layer's export without its extension: 小区 / communities, 闲置资源 / idle_land. */
export function layerFileBase(layer: LayerName, lang: Lang): string {
  return lang === 'zh' ? LAYER_LABELS[layer].zh : LAYER_FILES[layer].replace(/\.geojson$/, '');
}
