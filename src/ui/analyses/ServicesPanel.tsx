/**
 * 公共服务设施补短板 (issue 5): coverage before and after exact siting (HiGHS MIP), the
 * solver's status, the map of covered / uncovered communities with catchments and proposed
 * sites, and the life-circle compliance matrix (设施普查) exportable as CSV.
 */
import { useMemo } from 'react';
import type { ServicesParams } from '../../analysis/services';
import { FACILITY_TYPE_LABELS, type ServiceType } from '../../model/codes';
import { formatCount, formatShare, joinList } from '../../i18n/format';
import { circlesMinZoom, servicesKey, servicesLayers } from '../../map/layers/services';
import { ParamsForm } from '../components/ParamsForm';
import { useUrlParams } from '../components/params';
import { useAnalysis } from '../use-analysis';
import { useDataset } from '../use-dataset';
import { useLang } from '../i18n';
import { useLiveZoom, useMapTheme, usePanelKey, usePanelLayers } from '../map-context';
import { AnalysisStatus } from './AnalysisStatus';
import { OutlinesNote } from './OutlinesNote';
import { SERVICES_SPECS } from './services-specs';
import { TypeStandards } from './TypeStandards';
import { ComplianceMatrix } from './ComplianceMatrix';
import { ScenarioCompare, useScenarioB, type Kpi } from './ScenarioCompare';
import { servicesParams } from './requests';
import type { ServicesOutput } from '../../analysis/services';
import { DefaultsNote } from './DefaultsNote';
import { defaultsLines } from './defaults-note';

const SOLVER_STATUS = {
  optimal: { zh: '最优解（已证明）', en: 'optimal (proved)' },
  time_limit: { zh: '达到时限，为当前最好解', en: 'time limit: best found' },
  interrupted: { zh: '求解中断，为当前最好解', en: 'interrupted: best found' },
  solver_error: { zh: '求解器出错，为启发式解', en: 'solver error: heuristic' },
} as Record<string, { zh: string; en: string }>;

const share = (covered: number, total: number) => (total ? covered / total : 0);
const SERVICES_KPIS: Kpi<ServicesOutput>[] = [
  { label: { zh: '新增后覆盖小区（个）', en: 'Covered after' }, value: (r) => r.totals.covered + r.totals.newlyCovered, format: (v) => formatCount(v), higherIsBetter: true },
  { label: { zh: '新增后覆盖需求', en: 'Demand covered after' }, value: (r) => share(r.totals.coveredDemand + r.totals.newlyCoveredDemand, r.totals.totalDemand), format: (v) => formatShare(v), higherIsBetter: true },
  { label: { zh: '新增选址（处）', en: 'New sites' }, value: (r) => r.sites.length, format: (v) => formatCount(v), higherIsBetter: false },
];

export default function ServicesPanel() {
  const lang = useLang();
  const zh = lang === 'zh';
  const raw = useUrlParams<ServicesParams & { radiusM: number }>(SERVICES_SPECS);
  const params = useMemo(() => ({ ...raw, radiusM: raw.radiusM > 0 ? raw.radiusM : undefined }), [raw]);
  const query = useAnalysis('services', params);
  const catchment = useAnalysis('catchment', useMemo(() => ({ type: params.type as ServiceType, radiusM: params.radiusM, distance: params.distance }), [params.type, params.radiusM, params.distance]));
  const { layers } = useDataset();
  const result = query.data;
  const scenarioB = useScenarioB(SERVICES_SPECS);
  const queryB = useAnalysis('services', useMemo(() => servicesParams(scenarioB.url) as Partial<ServicesParams>, [scenarioB.url]), scenarioB.enabled);

  // In the colours of the theme the map is drawn in (深色; light while an export holds it).
  const theme = useMapTheme();
  // Straight-line circles only where they are large enough to read (circlesMinZoom), and their key entry with them.
  const ringsFrom = catchment.data?.distance === 'euclidean' ? circlesMinZoom(catchment.data) : 0;
  const ringsShown = useLiveZoom((zoom) => zoom === null || zoom >= ringsFrom);
  const drawnCatchment = ringsShown ? catchment.data : undefined;
  const deckLayers = useMemo(() => (result ? servicesLayers(result, drawnCatchment, layers.communities, layers.idleLand, theme) : []), [result, drawnCatchment, layers, theme]);
  usePanelLayers('services', deckLayers);
  const hasSites = (result?.sites.length ?? 0) > 0;
  usePanelKey('services', useMemo(() => {
    if (!result) return [];
    const type = FACILITY_TYPE_LABELS[result.params.type as ServiceType];
    return servicesKey(drawnCatchment?.distance, hasSites, type ? { type, radiusM: result.params.radiusM } : undefined, theme);
  }, [result, drawnCatchment?.distance, hasSites, theme]));

  // A set without roads (often: communities and facilities only) cannot walk the network: an empty state, not a failure.
  const noRoads = params.distance === 'network' && !layers.roads?.features.length;
  const t = result?.totals;
  const names = useMemo(() => new Map((layers.communities?.features ?? []).map((f) => [String(f.properties?.id), String(f.properties?.name ?? '')])), [layers.communities]);
  return (
    <div className="analysis-body" data-testid="services-panel">
      <h2>{zh ? '公共服务设施补短板' : 'Community services'}</h2>
      <ParamsForm specs={SERVICES_SPECS} values={raw as unknown as Record<string, number | string>} />
      <AnalysisStatus query={query} specs={SERVICES_SPECS} panelSaysMissing={noRoads ? ['roads'] : []} />
      {!layers.facilities && <p className="empty">{zh ? '没有设施图层：导入或使用示例数据' : 'No facilities layer: import one or use the demo'}</p>}
      {noRoads && <p className="empty" data-testid="services-no-roads">{zh ? '没有道路图层：步行网络距离需要道路图层，请导入道路，或改用直线距离' : 'No roads layer: walking-network distance needs one; import roads, or use straight-line distance'}</p>}
      {result && t && (
        <>
          <TypeStandards params={result.params} byType={params.radiusM === undefined} />
          <table className="mode-compare" data-testid="services-kpis">
            <thead><tr><th /><th>{zh ? '现状' : 'Now'}</th><th>{zh ? '新增后' : 'After'}</th></tr></thead>
            <tbody>
              <tr><td>{zh ? '覆盖小区（个）' : 'Communities covered'}</td><td data-testid="services-covered">{formatCount(t.covered)}</td><td data-testid="services-covered-after">{formatCount(t.covered + t.newlyCovered)}</td></tr>
              <tr><td>{zh ? '覆盖需求' : 'Demand covered'}</td><td>{formatShare(t.totalDemand ? t.coveredDemand / t.totalDemand : 0)}</td><td>{formatShare(t.totalDemand ? (t.coveredDemand + t.newlyCoveredDemand) / t.totalDemand : 0)}</td></tr>
              <tr><td>{zh ? '未覆盖小区（个）' : 'Not covered'}</td><td>{formatCount(t.communities - t.covered)}</td><td>{formatCount(t.communities - t.covered - t.newlyCovered)}</td></tr>
            </tbody>
          </table>
          <DefaultsNote lines={defaultsLines(result.defaultsApplied, lang)} />
          <OutlinesNote count={result.communities.length} what={{ zh: '小区', en: 'communities' }} />
          <p className="small" data-testid="services-solver">
            {zh ? '选址求解：' : 'Siting: '}{(SOLVER_STATUS[result.solver.status] ?? { zh: result.solver.status, en: result.solver.status })[lang]}
            {result.solver.gap !== null && result.solver.gap > 0 ? ` · gap ${formatShare(result.solver.gap)}` : ''}
            {zh ? ` · 候选用地 ${result.candidateSites} 处` : ` · ${result.candidateSites} candidate sites`}
          </p>
          {result.sites.length > 0 && (
            <table className="data-table" data-testid="services-sites">
              <thead><tr><th>{zh ? '新增选址' : 'New site'}</th><th className="num">{zh ? '用地（㎡）' : 'Area (m²)'}</th><th className="num">{zh ? '新覆盖需求' : 'New demand'}</th><th>{zh ? '新覆盖小区' : 'Communities'}</th></tr></thead>
              <tbody>{result.sites.map((site) => (
                <tr key={String(site.id)}><td>{String(site.id)}</td><td className="num">{formatCount(site.siteAreaM2)}</td><td className="num">{formatCount(site.newlyCoveredDemand)}</td><td>{joinList(site.communityIds.map((id) => names.get(String(id)) || String(id)), lang)}</td></tr>
              ))}</tbody>
            </table>
          )}
        </>
      )}
      <ScenarioCompare specs={SERVICES_SPECS} a={result} b={scenarioB.enabled ? queryB.data : undefined} kpis={SERVICES_KPIS} editable={['sites', 'radiusM', 'mode', 'distance']} />
      <ComplianceMatrix distance={params.distance} noRoads={noRoads} />
    </div>
  );
}
