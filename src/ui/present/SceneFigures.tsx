/**
 * The two or three figures a scene's card shows, read from the same (cached) queries the
 * analysis panels use.
 */
import { useMemo } from 'react';
import { formatCount, formatDistance, formatShare } from '../../i18n/format';
import type { AnalysisName } from '../../state/store';
import { useAnalysis } from '../use-analysis';
import { useLang } from '../i18n';
import { requestsFor } from '../analyses/requests';

type Figure = { label: string; value: string };

function useFigures(analysis: AnalysisName, url: Record<string, string>): Figure[] | null {
  const lang = useLang();
  const zh = lang === 'zh';
  const request = useMemo(() => requestsFor(analysis, url)[0], [analysis, url]);
  const query = useAnalysis(request.name as 'summary', request.params as never);
  const data = query.data as unknown as Record<string, any> | undefined;
  if (!data) return null;
  switch (request.name) {
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
    case 'services':
      return [
        { label: zh ? '现状覆盖' : 'Covered now', value: formatShare(data.totals.totalDemand ? data.totals.coveredDemand / data.totals.totalDemand : 0) },
        { label: zh ? '新增后覆盖' : 'After new sites', value: formatShare(data.totals.totalDemand ? (data.totals.coveredDemand + data.totals.newlyCoveredDemand) / data.totals.totalDemand : 0) },
      ];
    default:
      return [
        { label: zh ? '小区' : 'Communities', value: formatCount(data.totals.communities) },
        { label: zh ? '户数' : 'Households', value: formatCount(data.totals.households) },
      ];
  }
}

export function SceneFigures({ analysis, url }: { analysis: AnalysisName; url: Record<string, string> }) {
  const figures = useFigures(analysis, url);
  if (!figures) return null;
  return (
    <div className="scene-figures" data-testid="scene-figures">
      {figures.map((figure) => (
        <div key={figure.label} className="scene-figure"><span className="scene-figure-value">{figure.value}</span><span className="scene-figure-label">{figure.label}</span></div>
      ))}
    </div>
  );
}
