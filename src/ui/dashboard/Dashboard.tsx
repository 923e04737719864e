/**
 * The dashboard (看板, issue 6), open by default (DESIGN §5): the bar with the year slider, the
 * cross-filter (its selects and chip) and the query's status shows at once; the charts (DashboardCharts, with
 * ECharts) load once the map has drawn its first frame, so the map never waits for them.
 */
import { lazy, Suspense, useMemo } from 'react';
import { RENOVATION_STATUS_LABELS, type RenovationStatus } from '../../model/codes';
import { appStore, useAppState } from '../../state/store';
import { useAnalysis } from '../use-analysis';
import { useLabel, useLang } from '../i18n';
import { AnalysisStatus } from '../analyses/AnalysisStatus';
import { YearSlider } from './YearSlider';
import { DashboardFilters } from './DashboardFilters';
import { dashboardParams } from './dashboard-params';
import { useDistrictNames } from '../use-dataset';
import { useMapReady } from '../map-ready';

const DashboardCharts = lazy(() => import('./DashboardCharts'));

export function Dashboard() {
  const lang = useLang();
  const label = useLabel();
  const year = useAppState((state) => state.year);
  const filter = useAppState((state) => state.filter);
  const params = useMemo(() => dashboardParams(year, filter), [year, filter]);
  // Asked for once the map has drawn: on a loaded machine the worker's run took CPU from the first frame.
  const mapReady = useMapReady();
  const query = useAnalysis('dashboard', params, mapReady);
  const data = query.data;
  const zh = lang === 'zh';
  const districtNames = useDistrictNames();
  const waiting = <p className="muted small dashboard-waiting" data-testid="dashboard-waiting">{zh ? '图表在地图绘制完成后载入…' : 'Charts load once the map is drawn…'}</p>;

  const clearFilter = () => appStore.update({ filter: {} });
  return (
    <section className="dashboard" aria-label={zh ? '看板' : 'Dashboard'} data-testid="dashboard">
      <div className="dashboard-bar">
        <YearSlider first={data?.years.first} last={data?.years.last} />
        <DashboardFilters />
        {(filter.status || filter.districtId) && (
          <button type="button" className="filter-chip" data-testid="clear-filter" onClick={clearFilter}>
            {zh ? '筛选' : 'Filter'}: {filter.status ? label(RENOVATION_STATUS_LABELS[filter.status as RenovationStatus]) : ''} {filter.districtId ? districtNames.get(filter.districtId) ?? filter.districtId : ''} ×
          </button>
        )}
        <AnalysisStatus query={query} />
      </div>
      {!mapReady ? waiting : data && <Suspense fallback={waiting}><DashboardCharts data={data} /></Suspense>}
    </section>
  );
}
