/**
 * 停车挖潜 (issue 3): parameters with defaults and sources, the exact allocation's KPIs,
 * the three pooling modes side by side, and a sortable table; rows fly the map.
 */
import { useMemo } from 'react';
import type { ParkingCommunity, ParkingParams } from '../../analysis/parking';
import { POOLING_MODE_LABELS } from '../../model/codes';
import { formatCount, formatMeanWalk } from '../../i18n/format';
import { parkingFlowsLayers, parkingKey, parkingLayers } from '../../map/layers/parking';
import { PARKING_COLOURS } from '../../map/layers/parking-colours';
import { useAppState } from '../../state/store';
import { DataTable, type Column } from '../components/DataTable';
import { ParamsForm } from '../components/ParamsForm';
import { useUrlParams } from '../components/params';
import { useAnalysis } from '../use-analysis';
import { useDataset } from '../use-dataset';
import { useLabel, useLang } from '../i18n';
import { selectCommunity, useMapTheme, usePanelKey, usePanelLayers } from '../map-context';
import { AnalysisStatus } from './AnalysisStatus';
import { OutlinesNote } from './OutlinesNote';
import { PARKING_SPECS } from './parking-specs';
import { ScenarioCompare, useScenarioB, type Kpi } from './ScenarioCompare';
import { paramsFromUrl } from '../components/params';
import type { ParkingOutput } from '../../analysis/parking';
import { parcelSources, SOURCES_SHOWN, sourcesLine } from './parking-sources';
import { DefaultsNote } from './DefaultsNote';
import { defaultsLines } from './defaults-note';

const PARKING_KPIS: Kpi<ParkingOutput>[] = [
  { label: { zh: '挖潜车位（个）', en: 'Allocated' }, value: (r) => r.totals.allocated, format: (v) => formatCount(v), higherIsBetter: true },
  { label: { zh: '仍缺（个）', en: 'Unmet' }, value: (r) => r.totals.unmet, format: (v) => formatCount(v), higherIsBetter: false },
  { label: { zh: '平均步行（m）', en: 'Mean walk (m)' }, value: (r) => r.meanWalkM, format: (v) => formatCount(v), higherIsBetter: false },
  { label: { zh: '用地（处）', en: 'Parcels used' }, value: (r) => r.parcelsUsed, format: (v) => formatCount(v), higherIsBetter: false },
];


export default function ParkingPanel() {
  const lang = useLang();
  const label = useLabel();
  const zh = lang === 'zh';
  const params = useUrlParams<ParkingParams>(PARKING_SPECS);
  const query = useAnalysis('parking', params);
  const modes = useAnalysis('parkingModes', useMemo(() => ({ ...params, mode: undefined }), [params]));
  const { layers } = useDataset();
  const selection = useAppState((state) => state.selection);
  const selectedId = selection?.layer === 'communities' ? String(selection.id) : null;
  const result = query.data;
  const scenarioB = useScenarioB(PARKING_SPECS);
  const paramsB = useMemo(() => paramsFromUrl(PARKING_SPECS, scenarioB.url) as unknown as ParkingParams, [scenarioB.url]);
  const queryB = useAnalysis('parking', paramsB, scenarioB.enabled);

  // In the colours of the theme the map is drawn in (深色; light while an export holds it).
  const theme = useMapTheme();
  const deckLayers = useMemo(() => [
    ...(result ? parkingLayers(result, layers.communities, layers.idleLand, selectedId, theme) : []),
    ...(scenarioB.enabled && queryB.data ? parkingFlowsLayers('parking-flows-b', queryB.data, layers.communities, layers.idleLand, [...PARKING_COLOURS[theme].scenarioB]) : []),
  ], [result, layers, selectedId, scenarioB.enabled, queryB.data, theme]);
  usePanelLayers('parking', deckLayers);
  const showsB = scenarioB.enabled && Boolean(queryB.data);
  usePanelKey('parking', useMemo(() => (result ? parkingKey({ mode: params.mode, scenarioB: showsB, theme }) : []), [result, params.mode, showsB, theme]));

  const sourcesOf = useMemo(() => parcelSources(result?.flows ?? []), [result]);
  const sourcesText = (id: string, all: boolean) => sourcesLine(sourcesOf.get(id) ?? [], lang, all ? Infinity : SOURCES_SHOWN);

  const columns: Column<ParkingCommunity>[] = [
    { key: 'name', header: zh ? '小区' : 'Community', value: (row) => row.name ?? String(row.id) },
    { key: 'demand', header: zh ? '需求' : 'Demand', value: (row) => row.demand, numeric: true },
    { key: 'supply', header: zh ? '现有' : 'Supply', value: (row) => row.supply, numeric: true },
    { key: 'deficit', header: zh ? '缺口' : 'Deficit', value: (row) => row.deficit, numeric: true },
    { key: 'allocated', header: zh ? '挖潜' : 'Allocated', value: (row) => row.allocated, numeric: true },
    // A community fed by many parcels would make a row of a dozen lines: the largest few, the rest on hover.
    { key: 'from', header: zh ? '来源地块' : 'From', value: (row) => sourcesText(String(row.id), true), render: (row) => <span title={sourcesText(String(row.id), true)}>{sourcesText(String(row.id), false)}</span> },
  ];

  const select = (row: ParkingCommunity) => selectCommunity(layers.communities, row.id);

  const t = result?.totals;
  return (
    <div className="analysis-body" data-testid="parking-panel">
      <h2>{zh ? '停车挖潜' : 'Parking'}</h2>
      <ParamsForm specs={PARKING_SPECS} values={params as unknown as Record<string, number | string>} />
      <AnalysisStatus query={query} specs={PARKING_SPECS} />
      {!layers.idleLand && <p className="empty">{zh ? '没有闲置资源图层：导入或使用示例数据' : 'No idle-land layer: import one or use the demo'}</p>}
      {result && t && (
        <>
          <div className="kpis">
            <div className="kpi"><span className="kpi-value" data-testid="parking-deficit">{formatCount(t.deficit)}</span><span className="kpi-label">{zh ? '车位缺口（个）' : 'Deficit (spaces)'}</span></div>
            <div className="kpi"><span className="kpi-value" data-testid="parking-allocated">{formatCount(t.allocated)}</span><span className="kpi-label">{zh ? '挖潜车位（个）' : 'Allocated (spaces)'}</span></div>
            <div className="kpi"><span className="kpi-value" data-testid="parking-unmet">{formatCount(t.unmet)}</span><span className="kpi-label">{zh ? '仍缺（个）' : 'Unmet (spaces)'}</span></div>
            <div className="kpi"><span className="kpi-value">{formatMeanWalk(result.meanWalkM, lang)}</span><span className="kpi-label">{zh ? '平均步行距离' : 'Mean walk'}</span></div>
          </div>
          <p className="muted small">
            {zh ? `需求 ${formatCount(t.demand)} · 现有 ${formatCount(t.supply)} · 可建 ${formatCount(t.capacity)} 个车位 · 用地 ${result.parcelsUsed} 处；精确最优分配（最小费用流，HiGHS 校核）` : `demand ${formatCount(t.demand)} · supply ${formatCount(t.supply)} · capacity ${formatCount(t.capacity)} · ${result.parcelsUsed} parcels used; exact optimum (min-cost flow, checked against HiGHS)`}
            {result.invalidParcels.length > 0 && (zh ? ` · ${result.invalidParcels.length} 处地块几何无效已剔除：${result.invalidParcels.join('、')}` : ` · ${result.invalidParcels.length} invalid parcels left out: ${result.invalidParcels.join(', ')}`)}
          </p>
          <DefaultsNote lines={defaultsLines(result.defaultsApplied, lang)} />
          <OutlinesNote count={Math.max(result.parcels.length, result.communities.filter((row) => row.deficit > 0).length)} what={{ zh: '地块或小区', en: 'parcels or communities' }} />
        </>
      )}
      <h3>{zh ? '三种整合方式比较' : 'The three pooling modes'}</h3>
      {modes.data ? (
        <table className="mode-compare" data-testid="parking-modes">
          <thead>
            <tr><th>{zh ? '方式' : 'Mode'}</th><th>{zh ? '挖潜' : 'Allocated'}</th><th>{zh ? '仍缺' : 'Unmet'}</th><th>{zh ? '平均步行' : 'Mean walk'}</th><th>{zh ? '用地' : 'Parcels'}</th></tr>
          </thead>
          <tbody>
            {modes.data.map((row) => (
              <tr key={row.mode} className={row.mode === params.mode ? 'active' : undefined}>
                <td>{label(POOLING_MODE_LABELS[row.mode])}</td>
                <td>{formatCount(row.allocated)}</td>
                <td>{formatCount(row.unmet)}</td>
                <td>{formatMeanWalk(row.meanWalkM, lang)}</td>
                <td>{row.parcelsUsed}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : <AnalysisStatus query={modes} />}
      <ScenarioCompare specs={PARKING_SPECS} a={result} b={scenarioB.enabled ? queryB.data : undefined} kpis={PARKING_KPIS} editable={['mode', 'maxWalkM', 'ratio', 'levels']} />
      {result && (
        <>
          <h3>{zh ? '各小区' : 'Communities'}</h3>
          <DataTable rows={result.communities} columns={columns} rowKey={(row) => String(row.id)} onSelect={select} selectedKey={selectedId} testId="parking-table" initialSort={{ key: 'deficit', descending: true }} />
        </>
      )}
    </div>
  );
}
