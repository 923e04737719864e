/**
 * The dataset summary per district (issue 2): KPIs and a table, computed in the worker.
 */
import { RENOVATION_STATUS_LABELS, RENOVATION_STATUSES } from '../../model/codes';
import { useStatusColours } from '../status-colours';
import { formatArea, formatCount } from '../../i18n/format';
import { useAnalysis } from '../use-analysis';
import { useLabel, useLang, useT } from '../i18n';
import { AnalysisStatus } from './AnalysisStatus';
import { useDataset } from '../use-dataset';
import { LAYER_LABELS } from '../../model/layer-names';
import { useMapReady } from '../map-ready';
import type { Column } from '../components/DataTable';
import { LazyDataTable } from '../components/LazyDataTable';
import type { SummaryRow } from '../../analysis/summary';

const NO_PARAMS = {} as Record<string, never>;

export default function SummaryPanel() {
  const t = useT();
  const lang = useLang();
  const label = useLabel();
  // Asked for once the map has drawn, as the dashboard's: the worker's summary loads the engine's
  // shared chunks (prepare, proj4, flatbush), which are not needed for the first frame.
  const mapReady = useMapReady();
  const query = useAnalysis('summary', NO_PARAMS, mapReady);
  const result = query.data;
  // Without a status the year rule (DESIGN §3.5) and the map take a community as 待改造; said so here.
  const missingLabel = lang === 'zh' ? '未填写（按待改造）' : 'not given (as candidate)';
  // Without the layer a total is not 0 but not counted (as 一案一策 says 未统计（没有楼栋图层）).
  const { layers } = useDataset();
  const notLoaded = (layer: 'buildings' | 'idleLand') => (layers[layer] ? null : lang === 'zh' ? `未导入${LAYER_LABELS[layer].zh}图层` : `No ${LAYER_LABELS[layer].en.toLowerCase()} layer`);
  const noBuildings = notLoaded('buildings');
  const noIdleLand = notLoaded('idleLand');
  // The map legend's status colours in the UI's theme (深色's lighter 已批复 and 已完工 too).
  const statusColours = useStatusColours();
  // A province has 900 districts: the table is sortable, drawn as it scrolls and has a find box (DataTable).
  const districtColumns: Column<SummaryRow>[] = [
    { key: 'district', header: t('summary.district'), value: (row) => row.name ?? (row.id === null ? t('summary.noDistrict') : String(row.id)) },
    { key: 'communities', header: t('summary.communities'), value: (row) => row.communities, render: (row) => formatCount(row.communities), numeric: true },
    { key: 'households', header: t('summary.households'), value: (row) => row.households, render: (row) => formatCount(row.households), numeric: true },
    { key: 'population', header: t('summary.population'), value: (row) => row.population, render: (row) => formatCount(row.population), numeric: true },
    { key: 'idleArea', header: t('summary.idleArea'), value: (row) => (noIdleLand ? null : row.idleAreaM2), render: (row) => <span title={noIdleLand ?? undefined}>{noIdleLand ? '—' : formatArea(row.idleAreaM2, lang)}</span>, numeric: true },
  ];
  return (
    <div className="analysis-body" data-testid="summary-panel">
      <h2>{t('analysis.summary')}</h2>
      <AnalysisStatus query={query} />
      {result && (
        <>
          <div className="kpis">
            <div className="kpi"><span className="kpi-value" data-testid="kpi-communities">{formatCount(result.totals.communities)}</span><span className="kpi-label">{t('summary.communities')}</span></div>
            <div className="kpi"><span className="kpi-value" data-testid="kpi-buildings">{noBuildings ? '—' : formatCount(result.totals.buildings)}</span><span className="kpi-label">{t('summary.buildings')}</span>{noBuildings && <span className="kpi-label small muted" data-testid="kpi-buildings-missing">{noBuildings}</span>}</div>
            <div className="kpi"><span className="kpi-value" data-testid="kpi-households">{formatCount(result.totals.households)}</span><span className="kpi-label">{t('summary.households')}</span></div>
            <div className="kpi"><span className="kpi-value" data-testid="kpi-idle-area">{noIdleLand ? '—' : formatArea(result.totals.idleAreaM2, lang)}</span><span className="kpi-label">{t('summary.idleArea')}</span>{noIdleLand && <span className="kpi-label small muted" data-testid="kpi-idle-area-missing">{noIdleLand}</span>}</div>
          </div>
          <h3>{t('summary.status')}</h3>
          <div className="status-bar" role="img" aria-label={t('summary.status')}>
            {RENOVATION_STATUSES.filter((s) => result.totals.statusCounts[s] > 0).map((status) => (
              <span key={status} style={{ flex: result.totals.statusCounts[status], background: statusColours[status] }} title={`${label(RENOVATION_STATUS_LABELS[status])} ${result.totals.statusCounts[status]}`} />
            ))}
            {result.totals.statusMissing > 0 && <span className="status-missing" style={{ flex: result.totals.statusMissing }} title={`${missingLabel} ${result.totals.statusMissing}`} />}
          </div>
          <ul className="status-list">
            {RENOVATION_STATUSES.map((status) => (
              <li key={status}><span className="swatch swatch-square" style={{ background: statusColours[status] }} />{label(RENOVATION_STATUS_LABELS[status])} {result.totals.statusCounts[status]}</li>
            ))}
            {result.totals.statusMissing > 0 && (
              <li data-testid="status-missing"><span className="swatch swatch-square status-missing" />{missingLabel} {result.totals.statusMissing}</li>
            )}
          </ul>
          <LazyDataTable rows={result.districts} columns={districtColumns} rowKey={(row) => String(row.id)} testId="summary-table" />
        </>
      )}
    </div>
  );
}
