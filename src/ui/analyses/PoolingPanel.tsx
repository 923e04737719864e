/**
 * 片区联动 (issue 6): the per-district table a review meeting reads first — households, idle
 * land, parking deficit met inside, imported and exported (cross-district flows), unmet,
 * and service coverage — with arcs for spaces moving between districts; and the
 * aggregate-by-district choropleth for any numeric field.
 */
import { useMemo, useState } from 'react';
import type { PoolingRow } from '../../analysis/pooling';
import { FACILITY_TYPE_LABELS, SERVICE_TYPES } from '../../model/codes';
import { LAYER_LABELS, LAYER_NAMES, type LayerName } from '../../model/layer-names';
import { formatAggregate, formatArea, formatCount, formatShare } from '../../i18n/format';
import { numericFields, type AggregateOperation, type DistrictAggregate } from '../../analysis/status/aggregate';
import { districtChoropleth, poolingArcs, poolingKey } from '../../map/layers/pooling';
import { DataTable, type Column } from '../components/DataTable';
import { useAnalysis } from '../use-analysis';
import { useDataset, useDistrictNames } from '../use-dataset';
import { useLabel, useLang } from '../i18n';
import { useMapTheme, usePanelKey, usePanelLayers } from '../map-context';
import { fieldLabel } from '../inspector-fields';
import { AnalysisStatus } from './AnalysisStatus';
import { DefaultsNote } from './DefaultsNote';
import { POOLING_SPECS, poolingParamsLine } from './pooling-params';
import { useUrlParams } from '../components/params';
import { defaultsLines } from './defaults-note';

/** A field's Chinese name, as the inspector gives it (inspector-fields.ts; the key on hover). */
const fieldName = (layer: LayerName, field: string) => fieldLabel(layer, field, 'zh');

export default function PoolingPanel() {
  const lang = useLang();
  const label = useLabel();
  const zh = lang === 'zh';
  const { layers } = useDataset();
  // The parking panel's parameters as the URL holds them (mode aside: pooling runs cross).
  const params = useUrlParams<Record<string, number>>(POOLING_SPECS);
  const query = useAnalysis('pooling', params);
  const result = query.data;
  const [aggregateLayer, setAggregateLayer] = useState<LayerName>('communities');
  const fields = useMemo(() => numericFields(layers, aggregateLayer), [layers, aggregateLayer]);
  // The districts by name, as in the table above (the id on hover).
  const districtNames = useDistrictNames();
  const [field, setField] = useState('households');
  const [operation, setOperation] = useState<AggregateOperation>('sum');
  const chosenField = fields.includes(field) ? field : fields[0] ?? '';
  const aggregate = useAnalysis('aggregate', useMemo(() => ({ layer: aggregateLayer, field: chosenField, operation }), [aggregateLayer, chosenField, operation]), Boolean(chosenField) || operation === 'count');

  // In the colours of the theme the map is drawn in (深色; light while an export holds it).
  const theme = useMapTheme();
  const deckLayers = useMemo(() => [
    ...(aggregate.data ? districtChoropleth(aggregate.data, layers.districts, theme) : []),
    ...(result ? [poolingArcs(result.flows, layers.districts, theme)] : []),
  ], [aggregate.data, result, layers.districts, theme]);
  usePanelLayers('pooling', deckLayers);
  usePanelKey('pooling', useMemo(() => {
    const values = (aggregate.data ?? []).flatMap((row) => (row.value === null ? [] : [row.value]));
    const fieldZh = fieldName(aggregateLayer, chosenField);
    const what = operation === 'count' ? { zh: '计数', en: 'count' } : operation === 'mean' ? { zh: `${fieldZh}平均`, en: `mean ${fieldLabel(aggregateLayer, chosenField, 'en')}` } : { zh: `${fieldZh}求和`, en: `sum of ${fieldLabel(aggregateLayer, chosenField, 'en')}` };
    const layer = LAYER_LABELS[aggregateLayer];
    const choropleth = aggregate.data ? { title: { zh: `片区 · ${layer.zh}${what.zh}`, en: `Districts · ${layer.en}, ${what.en}` }, min: Math.min(...values), max: Math.max(...values) } : null;
    return poolingKey(choropleth, Boolean(result), theme);
  }, [aggregate.data, operation, chosenField, aggregateLayer, result, theme]));

  const columns: Column<PoolingRow>[] = [
    { key: 'name', header: zh ? '片区' : 'District', value: (row) => row.name ?? (row.id === null ? (zh ? '未划入片区' : 'none') : String(row.id)) },
    { key: 'households', header: zh ? '户数' : 'Households', value: (row) => row.households, render: (row) => formatCount(row.households), numeric: true },
    { key: 'idle', header: zh ? '闲置资源' : 'Idle land', value: (row) => row.idleAreaM2, render: (row) => (layers.idleLand ? formatArea(row.idleAreaM2, lang) : '—'), numeric: true },
    { key: 'deficit', header: zh ? '车位缺口' : 'Deficit', value: (row) => row.parkingDeficit, render: (row) => formatCount(row.parkingDeficit), numeric: true },
    { key: 'inside', header: zh ? '片区内解决' : 'Met inside', value: (row) => row.parkingMetInside, render: (row) => formatCount(row.parkingMetInside), numeric: true },
    { key: 'imported', header: zh ? '调入' : 'Imported', value: (row) => row.parkingImported, render: (row) => formatCount(row.parkingImported), numeric: true },
    { key: 'exported', header: zh ? '调出' : 'Exported', value: (row) => row.parkingExported, render: (row) => formatCount(row.parkingExported), numeric: true },
    { key: 'unmet', header: zh ? '仍缺' : 'Unmet', value: (row) => row.parkingUnmet, render: (row) => formatCount(row.parkingUnmet), numeric: true },
  ];
  const coverageColumns: Column<PoolingRow>[] = [
    columns[0],
    ...SERVICE_TYPES.map((type) => ({
      key: type, header: label(FACILITY_TYPE_LABELS[type]), numeric: true,
      value: (row: PoolingRow) => row.coverage[type], render: (row: PoolingRow) => (row.coverage[type] === null ? '—' : formatShare(row.coverage[type]!)),
    })),
  ];
  const districtName = (row: DistrictAggregate) => (row.districtId === null ? (zh ? '未划入片区' : 'none') : districtNames.get(String(row.districtId)) ?? String(row.districtId));
  const statistic = operation === 'count' ? (zh ? '计数' : 'Count') : operation === 'mean' ? (zh ? '平均' : 'Mean') : (zh ? '求和' : 'Sum');
  const aggregateColumns: Column<DistrictAggregate>[] = [
    { key: 'district', header: zh ? '片区' : 'District', value: districtName, render: (row) => <span title={row.districtId === null ? undefined : String(row.districtId)}>{districtName(row)}</span> },
    { key: 'value', header: statistic, value: (row) => row.value, render: (row) => (row.value === null ? '—' : formatAggregate(row.value)), numeric: true },
  ];

  return (
    <div className="analysis-body" data-testid="pooling-panel">
      <h2>{zh ? '片区联动' : 'District pooling'}</h2>
      <p className="small muted">{zh ? '停车按跨片区组合精确分配；服务覆盖按现有设施计算。箭头为片区间调配的车位。' : 'Parking allocated exactly across districts; coverage by existing facilities. Arcs: spaces moving between districts.'}</p>
      <AnalysisStatus query={query} />
      {/* Without the layer its column is not 0 ㎡ but not counted (as 概况 says). */}
      {!layers.idleLand && <p className="empty" data-testid="pooling-no-idle-land">{zh ? '没有闲置资源图层：闲置资源未统计，车位缺口无地块可调剂；导入或使用示例数据' : 'No idle-land layer: idle land not counted, no parcel to meet the parking deficit; import one or use the demo'}</p>}
      {result && (
        <>
          <p className="small muted" data-testid="pooling-params">{poolingParamsLine(result.params.parking as unknown as Record<string, unknown>, lang)}</p>
          <DefaultsNote lines={defaultsLines(result.defaultsApplied, lang)} />
          <DataTable rows={result.districts} columns={columns} rowKey={(row) => String(row.id)} testId="pooling-table" />
          <h3>{zh ? '服务覆盖（按需求）' : 'Service coverage (share of demand)'}</h3>
          <DataTable rows={result.districts} columns={coverageColumns} rowKey={(row) => String(row.id)} testId="pooling-coverage" />
        </>
      )}
      <h3>{zh ? '按片区汇总（专题图）' : 'Aggregate by district (choropleth)'}</h3>
      <div className="param-grid">
        <label htmlFor="aggregate-layer">{zh ? '图层' : 'Layer'}</label>
        <select id="aggregate-layer" value={aggregateLayer} onChange={(event) => setAggregateLayer(event.target.value as LayerName)}>
          {LAYER_NAMES.filter((name) => name !== 'districts' && layers[name]).map((name) => <option key={name} value={name}>{label(LAYER_LABELS[name])}</option>)}
        </select>
        <label htmlFor="aggregate-field">{zh ? '字段' : 'Field'}</label>
        <select id="aggregate-field" data-testid="aggregate-field" value={chosenField} onChange={(event) => setField(event.target.value)}>
          {fields.map((name) => <option key={name} value={name} title={name}>{fieldLabel(aggregateLayer, name, lang)}</option>)}
        </select>
        <label htmlFor="aggregate-operation">{zh ? '统计' : 'Statistic'}</label>
        <select id="aggregate-operation" value={operation} onChange={(event) => setOperation(event.target.value as AggregateOperation)}>
          <option value="sum">{zh ? '求和' : 'sum'}</option>
          <option value="mean">{zh ? '平均' : 'mean'}</option>
          <option value="count">{zh ? '计数' : 'count'}</option>
        </select>
      </div>
      {aggregate.data && <DataTable rows={aggregate.data} columns={aggregateColumns} rowKey={(row) => String(row.districtId)} testId="aggregate-table" />}
    </div>
  );
}
