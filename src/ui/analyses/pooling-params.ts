/**
 * 片区联动 runs its parking part with the parking panel's parameters (DESIGN §3.6: "flows with
 * the given parameters"), mode aside: pooling's flows are always those of a cross run. The
 * two tabs share the URL keys (`ratio`, `area`, `walk`, `levels`, `min`), and switching
 * between them keeps those keys, so the pooling table follows what the parking panel was set to.
 */
import type { AnalysisName } from '../../state/store';
import type { Lang } from '../../i18n/strings';
import { paramsFromUrl } from '../components/params';
import { PARKING_SPECS } from './parking-specs';

export const POOLING_SPECS = PARKING_SPECS.filter((spec) => spec.key !== 'mode');

const SHARING: readonly AnalysisName[] = ['parking', 'pooling'];
const SHARED_KEYS = new Set(POOLING_SPECS.map((spec) => spec.urlKey));

/** Pooling's request from the URL: the parking parameters less the mode (the engine runs cross). */
export function poolingParams(url: Record<string, string>) {
  return paramsFromUrl(POOLING_SPECS, url);
}

/** The URL parameters a tab switch keeps: parking's shared keys between 停车挖潜 and 片区联动, none otherwise. */
export function paramsForTab(from: AnalysisName, to: AnalysisName, url: Record<string, string>): Record<string, string> {
  if (from === to) return url;
  if (!SHARING.includes(from) || !SHARING.includes(to)) return {};
  return Object.fromEntries(Object.entries(url).filter(([key]) => SHARED_KEYS.has(key)));
}

/** The parking parameters a pooling result used, as a line: "配建指标(车位/户) 0.8 · 单车位面积 30 ㎡ · 步行距离上限 300 m · …". */
export function poolingParamsLine(parking: Record<string, unknown>, lang: Lang): string {
  const parts = POOLING_SPECS.map((spec) => `${spec.label[lang]} ${String(parking[spec.key] ?? spec.default)}${spec.unit ? ` ${spec.unit}` : ''}`);
  return lang === 'zh'
    ? `停车参数（同“停车挖潜”，按跨片区组合）：${parts.join(' · ')}`
    : `Parking parameters (as in Parking, pooled across districts): ${parts.join(' · ')}`;
}

