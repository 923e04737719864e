/**
 * The two or three figures a scene's card shows for each analysis, from that analysis's
 * result (the same query its panel reads): what an audience takes away from the scene.
 */
import { formatCount, formatMeanWalk, formatShare } from '../../i18n/format';
import type { Lang } from '../../i18n/strings';
import { POOLING_MODE_LABELS, RENOVATION_STATUS_LABELS, type PoolingMode, type RenovationStatus } from '../../model/codes';
import type { AppState } from '../../state/store';
import { comparing } from '../analyses/scenario-b';
import { type AnalysisRequest, requestsFor } from '../analyses/requests';
import { dashboardParams } from '../dashboard/dashboard-params';

export type Figure = { label: string; value: string };

/**
 * The query a scene's card reads: its analysis's first, except where the scene says more —
 * a parking comparison (方案比选) shows the three modes side by side; an overview as of a year
 * (the year slider set) shows the status as of that year, from the dashboard's query.
 */
export function figureRequest(state: Partial<Pick<AppState, 'analysis' | 'params' | 'year' | 'filter'>>): AnalysisRequest {
  const analysis = state.analysis ?? 'summary';
  const url = state.params ?? {};
  const requests = requestsFor(analysis, url);
  if (analysis === 'parking' && comparing(url)) return requests.find((request) => request.name === 'parkingModes') ?? requests[0];
  if (analysis === 'summary' && state.year != null) return { name: 'dashboard', params: dashboardParams(state.year, state.filter ?? {}) };
  return requests[0];
}

/** Every query a scene needs before it is shown: its panel's and its card's. */
export function sceneRequests(state: Parameters<typeof figureRequest>[0]): AnalysisRequest[] {
  return [...requestsFor(state.analysis ?? 'summary', state.params ?? {}), figureRequest(state)];
}

/** `data` is the result of the request named `name`; its shape follows that analysis. */
export function sceneFigures(name: AnalysisRequest['name'], data: Record<string, any>, lang: Lang): Figure[] {
  const zh = lang === 'zh';
  switch (name) {
    case 'parkingModes':
      // The spaces each pooling mode finds, in the panel's order (self, district, cross).
      return (data as unknown as { mode: PoolingMode; allocated: number }[]).map((row) => ({
        label: zh ? `${POOLING_MODE_LABELS[row.mode].zh}挖潜` : `Found by ${POOLING_MODE_LABELS[row.mode].en}`,
        value: formatCount(row.allocated),
      }));
    case 'dashboard': {
      const count = (status: RenovationStatus) => formatCount(data.byStatus[status].communities);
      // Communities are counted, and the label says so (UX.md: counts with their unit; the audience sees no chart).
      const zhLabel = (status: RenovationStatus) => `${RENOVATION_STATUS_LABELS[status].zh}小区`;
      return [
        { label: zh ? `${data.year} 年${zhLabel('completed')}` : `Communities completed by ${data.year}`, value: count('completed') },
        { label: zh ? zhLabel('under_construction') : 'Communities under construction', value: count('under_construction') },
        { label: zh ? zhLabel('candidate') : 'Candidate communities', value: count('candidate') },
      ];
    }
    case 'parking':
      return [
        { label: zh ? '挖潜车位' : 'Spaces found', value: formatCount(data.totals.allocated) },
        { label: zh ? '仍缺车位' : 'Still short', value: formatCount(data.totals.unmet) },
        { label: zh ? '平均步行' : 'Mean walk', value: formatMeanWalk(data.meanWalkM, lang) },
      ];
    case 'elevators':
      return [
        // Units (单元, one elevator each), as the panel's 候选单元（部）: the audience sees no panel.
        { label: zh ? '可行（部）' : 'Feasible units', value: formatCount(data.totals.feasible) },
        { label: zh ? '需协调（部）' : 'Conditional units', value: formatCount(data.totals.conditional) },
        { label: zh ? '不可行（部）' : 'Infeasible units', value: formatCount(data.totals.infeasible) },
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
