/**
 * What the inspector says about a feature picked on an analysis layer: the layer it draws
 * (parking-communities is 小区, so its fields and codes read as the communities' do), and
 * the fields the analysis adds, named and formatted in both languages (缺口满足率 41.7%, not
 * shareMet 0.4166…). Fields only the drawing needs (heat, a line's ends) are not shown.
 */
import type { CodeLabel } from '../model/codes';
import { LAYER_LABELS, type LayerName } from '../model/layer-names';
import { formatAggregate, formatCount, formatDistance, formatMinimumArea, formatShare } from '../i18n/format';
import type { Lang } from '../i18n/strings';

/**
 * Analysis layers that draw a base layer's features (their properties carry its id): a click
 * on one selects that feature as a click on the base map does (MapView).
 */
export const BASE_LAYER_OF: Record<string, LayerName> = {
  'parking-communities': 'communities',
  'parking-parcels': 'idleLand',
  'services-communities': 'communities',
  'priority-score': 'communities',
  'resident-needs': 'communities',
  'district-choropleth': 'districts',
};

/** The layer whose fields a picked feature carries: the base layer drawn, also where a click selects nothing. */
const SOURCE_LAYER_OF: Record<string, LayerName> = {
  ...BASE_LAYER_OF,
  'services-sites': 'idleLand',
  'elevator-votes': 'buildings',
  'elevator-communities': 'communities',
};

/** Analysis layers of their own (lines between features), titled as their legends are. */
const OWN_TITLES: Record<string, CodeLabel> = {
  'parking-flows': { zh: '停车调配', en: 'Parking allocation' },
  'pooling-arcs': { zh: '跨片区调配车位', en: 'Spaces across districts' },
};

export function sourceLayer(layer: string): string {
  return SOURCE_LAYER_OF[layer] ?? layer;
}

const ANALYSIS_TITLE: CodeLabel = { zh: '分析图层', en: 'Analysis layer' };

/** One feature of a layer, in English (the layer list's names are plural; Chinese has no plural). */
const SINGULAR_EN: Record<LayerName, string> = {
  districts: 'District', communities: 'Community', buildings: 'Building', idleLand: 'Idle land',
  facilities: 'Facility', roads: 'Road', protected: 'Protected object',
};

/** The inspector's title: the drawn layer's name (one feature of it), an analysis line's own, never a layer id. */
export function layerTitle(layer: string): CodeLabel {
  const source = sourceLayer(layer) as LayerName;
  const named = LAYER_LABELS[source];
  if (named) return { zh: named.zh, en: SINGULAR_EN[source] };
  return OWN_TITLES[layer] ?? ANALYSIS_TITLE;
}

interface AnalysisField {
  label: CodeLabel;
  value?(value: number, lang: Lang): string;
  codes?: Record<string, CodeLabel>;
}

const spaces = (value: number, lang: Lang) => formatCount(value, lang === 'zh' ? '个' : '');
const share = (value: number) => formatShare(value);
const households = (value: number, lang: Lang) => formatCount(value, lang === 'zh' ? '户' : '');
/** Vote thresholds and shortfalls: whole ㎡ rounded up, so the figure shown is still enough. */
const minimumArea = (value: number) => formatMinimumArea(value);
const distance = (value: number, lang: Lang) => formatDistance(value, lang);

const FLOW_FIELDS: Record<string, AnalysisField> = {
  spaces: { label: { zh: '调配车位', en: 'spaces' }, value: spaces },
  crossDistrict: { label: { zh: '跨片区', en: 'across districts' } },
  communityId: { label: { zh: '小区编号', en: 'community id' } },
  parcelId: { label: { zh: '地块编号', en: 'parcel id' } },
  distanceM: { label: { zh: '步行距离', en: 'walking distance' }, value: distance },
};

const ANALYSIS_FIELDS: Record<string, Record<string, AnalysisField>> = {
  'parking-communities': {
    deficit: { label: { zh: '车位缺口', en: 'parking deficit' }, value: spaces },
    allocated: { label: { zh: '已调配车位', en: 'spaces allocated' }, value: spaces },
    shareMet: { label: { zh: '缺口满足率', en: 'share of the deficit met' }, value: share },
  },
  'parking-parcels': {
    capacity: { label: { zh: '可建车位', en: 'capacity' }, value: spaces },
    allocated: { label: { zh: '已调配车位', en: 'spaces allocated' }, value: spaces },
    retained: { label: { zh: '选用', en: 'used' } },
  },
  'parking-flows': FLOW_FIELDS,
  'pooling-arcs': { spaces: FLOW_FIELDS.spaces },
  'services-communities': {
    coverage: {
      label: { zh: '覆盖情况', en: 'coverage' },
      codes: { covered: { zh: '已覆盖', en: 'covered' }, newly: { zh: '新址覆盖', en: 'newly covered' }, uncovered: { zh: '未覆盖', en: 'not covered' } },
    },
    distanceM: { label: { zh: '到最近设施', en: 'to the nearest facility' }, value: distance },
  },
  'priority-score': { value: { label: { zh: '优先级得分', en: 'priority score' }, value: (value) => value.toFixed(2) } },
  'resident-needs': { value: { label: { zh: '提出该需求的受访户', en: 'respondents asking for it' }, value: share } },
  'elevator-votes': {
    voteStatus: {
      label: { zh: '加梯表决', en: 'elevator vote' },
      codes: { reached: { zh: '已达标', en: 'threshold reached' }, short: { zh: '未达标', en: 'short of the threshold' }, none: { zh: '未表决', en: 'no vote' } },
    },
    missingHouseholds: { label: { zh: '尚差户数', en: 'households short' }, value: households },
    // 民法典 art. 278 by floor area: unknown when the votes table gives no areas.
    voteArea: {
      label: { zh: '按面积表决', en: 'vote by floor area' },
      codes: { reached: { zh: '已达标', en: 'threshold reached' }, short: { zh: '未达标', en: 'short of the threshold' }, unknown: { zh: '面积未知', en: 'area unknown' } },
    },
    missingAreaM2: { label: { zh: '尚差面积', en: 'floor area short' }, value: minimumArea },
    mustTakePart: { label: { zh: '需参与表决户数', en: 'households that must take part' }, value: households },
    mustAgree: { label: { zh: '需同意户数', en: 'households that must agree' }, value: households },
    mustTakePartAreaM2: { label: { zh: '需参与表决面积', en: 'floor area that must take part' }, value: minimumArea },
    mustAgreeAreaM2: { label: { zh: '需同意面积', en: 'floor area that must agree' }, value: minimumArea },
  },
  'district-choropleth': { aggregate: { label: { zh: '汇总值', en: 'aggregate' }, value: formatAggregate } },
};

/** Properties the drawing needs and a reader does not: the status shown for the year; per layer, a 0–1 colour ramp position, a line's ends. */
const HIDDEN = new Set(['displayStatus', 'dimmed']);
const HIDDEN_BY_LAYER: Record<string, readonly string[]> = {
  'priority-score': ['heat'],
  'resident-needs': ['heat'],
  'parking-flows': ['from', 'to'],
  'pooling-arcs': ['from', 'to'],
};

export function shownField(layer: string, key: string): boolean {
  return !HIDDEN.has(key) && !HIDDEN_BY_LAYER[layer]?.includes(key);
}

/** The analysis's name for one of its fields, or null when the field is the drawn layer's own. */
export function analysisFieldLabel(layer: string, key: string, lang: Lang): string | null {
  return ANALYSIS_FIELDS[layer]?.[key]?.label[lang] ?? null;
}

/** An analysis field's value in words, or null when the analysis does not format it (booleans, ids, the drawn layer's fields). */
export function analysisFieldValue(layer: string, key: string, value: unknown, lang: Lang): string | null {
  const field = ANALYSIS_FIELDS[layer]?.[key];
  if (!field) return null;
  if (field.codes && typeof value === 'string' && field.codes[value]) return field.codes[value][lang];
  if (field.value && typeof value === 'number' && Number.isFinite(value)) return field.value(value, lang);
  return null;
}
