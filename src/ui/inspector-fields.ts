/**
 * How the inspector names a feature's fields and shows their values: the Chinese name
 * planners' files use for a schema field (its first alias), the codes in words (改造状态
 * planned → 已纳入计划, items → 管网改造、屋面修缮…, funding in 万元 by source), counts grouped,
 * shares as percentages. A feature of an analysis layer reads as its drawn layer's, with the
 * analysis's own fields (analysis-fields.ts). Fields nobody knows are shown as they are.
 */
import { FIELD_ALIASES } from '../model/aliases';
import { analysisFieldLabel, analysisFieldValue, sourceLayer } from './analysis-fields';
import {
  CATEGORY_LABELS, type CodeLabel, FACILITY_TYPE_LABELS, FUNDING_SOURCE_LABELS, IDLE_LAND_KIND_LABELS, PROPERTY_MANAGEMENT_LABELS,
  PROTECTED_KIND_LABELS, RENOVATION_ITEMS, RENOVATION_STATUS_LABELS,
} from '../model/codes';
import type { LayerName } from '../model/layer-names';
import { formatArea, formatCount, formatMoneyWan, formatShare } from '../i18n/format';
import type { Lang } from '../i18n/strings';
import { buildingUseText } from './building-use';

/** Fields the aliases do not name (nested or list values). */
const EXTRA_LABELS: Record<string, CodeLabel> = {
  items: { zh: '改造内容', en: 'renovation items' },
  funding: { zh: '资金来源', en: 'funding' },
};

/** English names where the key's words would carry its unit ("investment wan", "height m"): the value says the unit. */
const ENGLISH_LABELS: Record<string, string> = {
  investmentWan: 'investment',
  elderlyShare: 'share aged 60+',
  floorAreaM2: 'floor area',
  heightM: 'height',
  widthM: 'width',
  bufferM: 'buffer',
  builtYear: 'year built',
};

const isChinese = (text: string) => /[\u4e00-\u9fff]/.test(text);

/** The field's name in the UI language: the first Chinese alias of the layer's schema field; in English its words. */
export function fieldLabel(picked: string, key: string, lang: Lang): string {
  const named = analysisFieldLabel(picked, key, lang);
  if (named !== null) return named;
  const layer = sourceLayer(picked);
  if (lang === 'en') return EXTRA_LABELS[key]?.en ?? ENGLISH_LABELS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/_/g, ' ').toLowerCase();
  const alias = FIELD_ALIASES[layer as LayerName]?.[key]?.find(isChinese);
  return alias ?? EXTRA_LABELS[key]?.zh ?? key;
}

/** Code lists by layer and field, for the values to show in words. */
const CODED: Record<string, Record<string, CodeLabel>> = {
  'communities.renovationStatus': RENOVATION_STATUS_LABELS,
  'communities.displayStatus': RENOVATION_STATUS_LABELS,
  'communities.category': CATEGORY_LABELS,
  'communities.propertyManagement': PROPERTY_MANAGEMENT_LABELS,
  'facilities.type': FACILITY_TYPE_LABELS,
  'idleLand.kind': IDLE_LAND_KIND_LABELS,
  'protected.kind': PROTECTED_KIND_LABELS,
};

const metres = (value: number) => `${Number(value.toFixed(1))} m`;
const UNITS: Record<string, (value: number, lang: Lang) => string> = {
  households: (value, lang) => formatCount(value, lang === 'zh' ? '户' : ''),
  population: (value, lang) => formatCount(value, lang === 'zh' ? '人' : ''),
  parkingSpaces: (value, lang) => formatCount(value, lang === 'zh' ? '个' : ''),
  investmentWan: (value, lang) => formatMoneyWan(value, lang),
  floorAreaM2: (value, lang) => formatArea(value, lang),
  elderlyShare: (value) => formatShare(value),
  heightM: metres,
  widthM: metres,
  bufferM: metres,
};

/** The value as text (React renders it as a text node, never as HTML). */
export function fieldValue(picked: string, key: string, value: unknown, lang: Lang): string {
  if (value === null || value === undefined || value === '') return '—';
  const analysed = analysisFieldValue(picked, key, value, lang);
  if (analysed !== null) return analysed;
  const layer = sourceLayer(picked);
  if (layer === 'buildings' && key === 'use' && (typeof value === 'string' || typeof value === 'number')) return buildingUseText(value, lang);
  const coded = CODED[`${layer}.${key}`];
  if (coded && typeof value === 'string' && coded[value]) return coded[value][lang];
  if (typeof value === 'boolean') return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
  if (typeof value === 'number' && Number.isFinite(value) && UNITS[key]) return UNITS[key](value, lang);
  if (key === 'items' && Array.isArray(value)) {
    return value.map((item) => RENOVATION_ITEMS[item as keyof typeof RENOVATION_ITEMS]?.[lang] ?? String(item)).join(lang === 'zh' ? '、' : ', ') || '—';
  }
  if (key === 'funding' && typeof value === 'object') {
    const parts = Object.entries(value as Record<string, unknown>)
      .filter(([, amount]) => typeof amount === 'number' && amount !== 0)
      .map(([source, amount]) => `${FUNDING_SOURCE_LABELS[source as keyof typeof FUNDING_SOURCE_LABELS]?.[lang] ?? source} ${formatMoneyWan(amount as number, lang)}`);
    return parts.join(lang === 'zh' ? '、' : ', ') || '—';
  }
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * The district a card can filter the dashboard to: a district's own id, or the district a
 * feature (or an analysis layer's copy of it) is in; null when it names none.
 */
export function cardDistrict(layer: string, properties: Record<string, unknown>): string | null {
  const value = sourceLayer(layer) === 'districts' ? properties.id : properties.districtId;
  return value === undefined || value === null || value === '' ? null : String(value);
}
