/**
 * 加装电梯 (issue 4): parameters, verdict KPIs, the clicked unit's reasons in plain words
 * with sunlight before/after and the building's consent numbers (by households and by floor
 * area), a shadow view of 大寒日 with a time slider, and the per-community summary.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ElevatorCommunitySummary, ElevatorParams } from '../../analysis/elevators';
import { unitFootprint } from '../../analysis/elevators/footprints';
import { formatCount } from '../../i18n/format';
import { DETAILED_UNITS_LIMIT, elevatorKey, elevatorLayers, overviewMaxZoom, shadowLayer, unitKey, UNITS_MIN_ZOOM, VERDICT_MARKS } from '../../map/layers/elevators';
import { VERDICT_COLOURS, VERDICT_MARK_INK } from '../../map/palette';
import { appStore, useAppState } from '../../state/store';
import { DataTable, type Column } from '../components/DataTable';
import { ParamsForm } from '../components/ParamsForm';
import { useUrlParams } from '../components/params';
import { useAnalysis } from '../use-analysis';
import { useDataset } from '../use-dataset';
import { useLang } from '../i18n';
import { selectCommunity, useLayerClick, useMapTheme, usePanelKey, usePanelLayers } from '../map-context';
import { AnalysisStatus } from './AnalysisStatus';
import { ELEVATOR_SPECS } from './elevator-specs';
import { explainReason } from './elevator-reasons';
import { ShadowControl, useShadowHour } from './ShadowControl';
import { ElevatorUnitList } from './ElevatorUnitList';
import { DefaultsNote } from './DefaultsNote';
import { defaultsLines, elevatorExtraLines } from './defaults-note';
import { consentSentence } from '../consent-words';

const VERDICT_LABEL = { feasible: { zh: '可行', en: 'feasible' }, conditional: { zh: '需协调', en: 'conditional' }, infeasible: { zh: '不可行', en: 'infeasible' } } as const;

/** Chromium's Element Timing reports when the figures are first painted (big-data-bench --elevators). */
const FIGURES_TIMING = { elementtiming: 'elevator-figures' } as Record<string, string>;

export default function ElevatorPanel() {
  const lang = useLang();
  const zh = lang === 'zh';
  const params = useUrlParams<ElevatorParams>(ELEVATOR_SPECS);
  const query = useAnalysis('elevators', params);
  const result = query.data;
  // Where the community overview gives way to the units: clicks on it fly in at least that far.
  const flyInZoom = result ? overviewMaxZoom(result) : 16;
  const { layers } = useDataset();
  const selectedKey = useAppState((state) => state.params.unit ?? null);
  const shadowHour = useShadowHour();
  const pick = useCallback((properties: Record<string, unknown>) => {
    if (typeof properties.key === 'string') appStore.update((state) => ({ params: { ...state.params, unit: properties.key as string } }));
  }, []);
  useLayerClick('elevator-units', pick);
  // The zoomed-out overview: a click flies to the community, in far enough that its units show.
  const pickCommunity = useCallback((properties: Record<string, unknown>) => {
    const id = properties.id;
    if (typeof id === 'string' || typeof id === 'number') selectCommunity(layers.communities, id, flyInZoom);
  }, [layers.communities, flyInZoom]);
  useLayerClick('elevator-communities', pickCommunity);

  const selectedIndex = useMemo(() => result?.units.findIndex((unit) => unitKey(unit) === selectedKey) ?? -1, [result, selectedKey]);
  const selected = result && selectedIndex >= 0 ? result.units[selectedIndex] : null;
  const building = useMemo(() => (selected ? result?.buildings.find((b) => String(b.id) === String(selected.buildingId)) : undefined), [result, selected]);

  const shadowParams = useMemo(() => ({ date: params.date, hour: shadowHour ?? 12, shafts: result && selected ? [{ footprint: unitFootprint(result.footprints, selectedIndex), buildingId: selected.buildingId }] : [] }), [params.date, shadowHour, result, selected, selectedIndex]);
  const shadows = useAnalysis('shadows', shadowParams, shadowHour !== null);

  // In the colours of the theme the map is drawn in (深色; light while an export holds it).
  const theme = useMapTheme();
  const deckLayers = useMemo(() => {
    const list = result ? elevatorLayers(result, layers.buildings, selectedKey, layers.communities, theme) : [];
    return shadowHour !== null && shadows.data ? [shadowLayer(shadows.data.shadows, theme), ...list] : list;
  }, [result, layers.buildings, layers.communities, selectedKey, shadowHour, shadows.data, theme]);
  usePanelLayers('elevators', deckLayers);
  const showsShadows = shadowHour !== null && Boolean(shadows.data);
  usePanelKey('elevators', useMemo(() => (result ? elevatorKey(result, { shadows: showsShadows, theme }) : []), [result, showsShadows, theme]));

  const columns: Column<ElevatorCommunitySummary>[] = [
    { key: 'id', header: zh ? '小区' : 'Community', value: (row) => String(row.id ?? '—') },
    { key: 'candidateBuildings', header: zh ? '候选楼栋' : 'Buildings', value: (row) => row.candidateBuildings, numeric: true },
    { key: 'feasible', header: zh ? '可行' : 'Feasible', value: (row) => row.feasible, numeric: true },
    { key: 'conditional', header: zh ? '需协调' : 'Cond.', value: (row) => row.conditional, numeric: true },
    { key: 'infeasible', header: zh ? '不可行' : 'Infeas.', value: (row) => row.infeasible, numeric: true },
    { key: 'householdsServed', header: zh ? '受益户数' : 'Households', value: (row) => row.householdsServed, numeric: true },
  ];
  const names = useMemo(() => new Map((layers.communities?.features ?? []).map((f) => [String(f.properties?.id), f.properties?.name ?? ''])), [layers.communities]);
  columns[0].value = (row) => names.get(String(row.id)) || String(row.id ?? '—');

  // A row (Enter or click) flies to its community and lists its units under it; a unit chosen
  // there opens its card, which takes the focus (the keyboard's way to the reasons).
  const [listed, setListed] = useState<string | null>(null);
  const flyTo = (row: ElevatorCommunitySummary) => {
    if (row.id === null) return;
    selectCommunity(layers.communities, row.id, flyInZoom);
    setListed(String(row.id));
  };
  const card = useRef<HTMLElement>(null);
  const focusCard = useRef(false);
  useEffect(() => {
    if (selected && focusCard.current) card.current?.focus();
    focusCard.current = false;
  }, [selected]);
  const pickUnit = (key: string) => {
    focusCard.current = true;
    pick({ key });
  };
  const unitList = (row: ElevatorCommunitySummary) => (result && listed !== null && String(row.id) === listed
    ? <ElevatorUnitList units={result.units} communityId={listed} communityName={names.get(listed) || listed} selectedKey={selectedKey} lang={lang} onPick={pickUnit} />
    : null);

  const totals = result?.totals;
  return (
    <div className="analysis-body" data-testid="elevator-panel">
      <h2>{zh ? '加装电梯' : 'Added elevators'}</h2>
      <ParamsForm specs={ELEVATOR_SPECS} values={params as unknown as Record<string, number | string>} />
      <AnalysisStatus query={query} specs={ELEVATOR_SPECS} panelSaysMissing={['buildings']} />
      {!layers.buildings && <p className="empty" data-testid="elevator-no-buildings">{zh ? '没有楼栋图层：导入或使用示例数据' : 'No buildings layer: import one or use the demo'}</p>}
      {totals && (
        <div className="kpis">
          <div className="kpi"><span className="kpi-value" data-testid="elevator-candidates" {...FIGURES_TIMING}>{formatCount(totals.candidateBuildings)}</span><span className="kpi-label">{zh ? '候选楼栋（栋）' : 'Candidate buildings'}</span></div>
          <div className="kpi"><span className="kpi-value">{formatCount(totals.candidateUnits)}</span><span className="kpi-label">{zh ? '候选单元（部）' : 'Candidate units'}</span></div>
          {(['feasible', 'conditional', 'infeasible'] as const).map((status) => (
            <div className="kpi" key={status}>
              <span className="kpi-value" data-testid={`elevator-${status}`}>
                <span className="kpi-mark" aria-hidden="true" style={{ background: VERDICT_COLOURS[status], color: VERDICT_MARK_INK[status] }}>{VERDICT_MARKS[status]}</span>{formatCount(totals[status])}
              </span>
              <span className="kpi-label">{VERDICT_LABEL[status][lang]}{zh ? '（部）' : ' units'}</span>
            </div>
          ))}
        </div>
      )}
      {result && <DefaultsNote lines={[...defaultsLines({ ...result.defaultsApplied }, lang), ...elevatorExtraLines(result, lang)]} />}
      <ShadowControl sunAltitude={shadows.data?.sun.altitudeDeg ?? null} />
      {selected && (
        <section className="unit-card" ref={card} tabIndex={-1} data-testid="unit-card" aria-live="polite">
          <h3>{zh ? `楼栋 ${selected.buildingId} · ${selected.unit} 单元` : `Building ${selected.buildingId} · unit ${selected.unit}`}
            <span className={`verdict verdict-${selected.status}`}>{VERDICT_MARKS[selected.status]} {VERDICT_LABEL[selected.status][lang]}</span>
          </h3>
          {selected.details.length === 0 ? <p>{zh ? '未发现冲突：用地、道路、保护对象、间距与日照均满足。' : 'No conflict found: site, roads, protected objects, spacing and sunlight all clear.'}</p> : (
            <ul className="reasons" data-testid="unit-reasons">{selected.details.map((detail, i) => <li key={i}>{explainReason(detail, lang)}</li>)}</ul>
          )}
          {selected.sunlight.length > 0 && (
            <table className="data-table">
              <thead><tr><th>{zh ? '受影响楼栋' : 'Neighbour'}</th><th className="num">{zh ? '加梯前（h）' : 'Before (h)'}</th><th className="num">{zh ? '加梯后（h）' : 'After (h)'}</th></tr></thead>
              <tbody>{selected.sunlight.map((s) => <tr key={String(s.buildingId)}><td>{String(s.buildingId)}</td><td className="num">{s.hoursBefore.toFixed(2)}</td><td className="num">{s.hoursAfter.toFixed(2)}</td></tr>)}</tbody>
            </table>
          )}
          {building && (
            <p className="consent" data-testid="unit-consent">{consentSentence(building, lang)}</p>
          )}
        </section>
      )}
      {!selected && result && <p className="muted small">{zh ? '点击地图上的电梯位置，或在下方汇总表中选择小区（回车）再选择其单元，查看判定理由。' : 'Click a footprint on the map, or choose a community in the table below (Enter) and then one of its units, to see why.'}</p>}
      {result && (
        <p className="muted small" data-testid="elevator-overview-note">
          {zh
            ? `地图 ${flyInZoom} 级以下（单元太小，看不清）按小区着色：取小区内单元数最多的判定（数量相同时取较不利者），需协调加圆点、不可行加斜线，浅灰为无候选楼栋；点击小区即放大到该小区。`
            : `Below zoom ${flyInZoom}, where units are too small to read, each community is coloured by the verdict of most of its units (a tie takes the less favourable), conditional dotted and infeasible hatched, pale grey when it has no candidate building; click one to zoom to it.`}
        </p>
      )}
      {result && result.units.length > DETAILED_UNITS_LIMIT && (
        <p className="muted small" data-testid="elevator-colour-only">
          {zh
            ? `单元较多（${formatCount(result.units.length)} 个）：地图放大到 ${UNITS_MIN_ZOOM} 级以上才显示单元，仅以颜色表示判定，不标 ✓ ! ✕；选中的单元以橙色描边，并只描出它影响日照的楼栋。`
            : `Many units (${formatCount(result.units.length)}): the map shows them from zoom ${UNITS_MIN_ZOOM} in, with verdicts by colour only, without ✓ ! ✕; the selected unit is outlined in orange, with only the buildings it takes sunlight from.`}
        </p>
      )}
      {result && result.totals.candidateBuildings === 0 && (
        <p className="empty" data-testid="elevator-no-candidates">
          {zh
            ? `没有 ≥${result.params.minFloors} 层且无电梯的候选楼栋：可调低上方“最低层数”，或检查楼栋的层数与是否有电梯。`
            : `No candidate building (≥ ${result.params.minFloors} floors without an elevator): lower the minimum floors above, or check the buildings' floors and elevators.`}
        </p>
      )}
      {result && result.totals.candidateBuildings > 0 && (
        <>
          <h3>{zh ? '各小区汇总' : 'By community'}</h3>
          <DataTable rows={result.communities} columns={columns} rowKey={(row) => String(row.id)} onSelect={flyTo} testId="elevator-table" initialSort={{ key: 'feasible', descending: true }} selectedKey={listed} detail={unitList} />
        </>
      )}
    </div>
  );
}
