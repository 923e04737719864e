/**
 * The two or three figures a scene's card shows for each analysis, from that analysis's
 * result (the same query its panel reads): what an audience takes away from the scene.
 */
import { formatCount, formatDistance, formatShare } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import type { AnalysisRequest } from '../analyses/requests';

export type Figure = { label: string; value: string };

/** `data` is the result of the request named `name`; its shape follows that analysis. */
export function sceneFigures(name: AnalysisRequest['name'], data: Record<string, any>, lang: Lang): Figure[] {
  const zh = lang === 'zh';
  switch (name) {
    case 'parking':
      return [
        { label: zh ? '挖潜车位' : 'Spaces found', value: formatCount(data.totals.allocated) },
        { label: zh ? '仍缺车位' : 'Still short', value: formatCount(data.totals.unmet) },
        { label: zh ? '平均步行' : 'Mean walk', value: formatDistance(data.meanWalkM, lang) },
      ];
    case 'elevators':
      return [
        { label: zh ? '可行' : 'Feasible', value: formatCount(data.totals.feasible) },
        { label: zh ? '需协调' : 'Conditional', value: formatCount(data.totals.conditional) },
        { label: zh ? '不可行' : 'Infeasible', value: formatCount(data.totals.infeasible) },
      ];
    case 'services': {
      const { totalDemand, coveredDemand, newlyCoveredDemand } = data.totals;
      return [
        { label: zh ? '现状覆盖' : 'Covered now', value: formatShare(totalDemand ? coveredDemand / totalDemand : 0) },
        { label: zh ? '新增后覆盖' : 'After new sites', value: formatShare(totalDemand ? (coveredDemand + newlyCoveredDemand) / totalDemand : 0) },
      ];
    }
    case 'pooling':
      return [
        { label: zh ? '跨片区调配车位' : 'Spaces between districts', value: formatCount(data.totals.parkingImported) },
        { label: zh ? '片区内解决车位' : 'Met inside districts', value: formatCount(data.totals.parkingMetInside) },
        { label: zh ? '仍缺车位' : 'Still short', value: formatCount(data.totals.parkingUnmet) },
      ];
    case 'priority': {
      const top = data.communities[0];
      if (!top) return [{ label: zh ? '参评小区' : 'Communities ranked', value: '0' }];
      return [
        { label: zh ? '优先级第一' : 'First priority', value: top.name ?? String(top.id) },
        { label: zh ? '得分' : 'Score', value: top.score.toFixed(2) },
        { label: zh ? '参评小区' : 'Communities ranked', value: formatCount(data.communities.length) },
      ];
    }
    default:
      return [
        { label: zh ? '小区' : 'Communities', value: formatCount(data.totals.communities) },
        { label: zh ? '户数' : 'Households', value: formatCount(data.totals.households) },
      ];
  }
}
