/**
 * The plan sheet (一案一策, issue 8 item 4; issue 10 item 5), shown instead of the workspace
 * when the URL has `sheet=C0001` (one community) or `sheet=district:D001` (every community
 * of a district, one A4 page each). A toolbar to print (the browser's print → PDF) and go
 * back; the toolbar is not printed. Marks the root ready once the data is drawn, and the
 * sheet `data-sheet-ready` once every analysis has landed, so a print waits for the figures.
 */
import { useEffect, useMemo } from 'react';
import { appStore, useAppState } from '../../state/store';
import { hashFromState } from '../../state/url';
import type { BuildingFeature } from '../../model/types';
import { DISTRICT_PREFIX, districtOfCommunity, idOf, sheetCommunities } from './sheet-target';
import { useCommunityDistricts } from './use-community-districts';
import { demoNotice } from '../demo-notice';
import { useDataset } from '../use-dataset';
import { CommunitySheet } from './CommunitySheet';
import { pick } from './sheet-format';
import { countNoun } from '../../i18n/format';
import { useSheetAnalyses } from './use-sheet-analyses';
import './plan-sheet.css';

export default function PlanSheetPage() {
  const lang = useAppState((state) => state.lang);
  const sheet = useAppState((state) => state.sheet);
  const dataset = useDataset();
  const t = pick(lang);
  const loaded = dataset.version > 0;
  const analyses = useSheetAnalyses(loaded);
  const target = sheet?.target ?? '';
  const costs = useMemo(() => sheet?.costs ?? {}, [sheet?.costs]);

  // Each community's district (DESIGN §3), from the engine: real data seldom has a districtId column.
  const { districts: districtOf, failed: districtsFailed } = useCommunityDistricts(loaded);
  const districtsKnown = Boolean(districtOf) || districtsFailed;
  const communities = useMemo(() => (districtsKnown ? sheetCommunities(dataset.layers.communities?.features ?? [], target, districtOf) : []), [dataset.layers.communities, target, districtOf, districtsKnown]);
  const buildingsOf = useMemo(() => {
    const map = new Map<string, BuildingFeature[]>();
    for (const building of dataset.layers.buildings?.features ?? []) {
      const key = String(building.properties?.communityId ?? '');
      const list = map.get(key);
      if (list) list.push(building);
      else map.set(key, [building]);
    }
    return map;
  }, [dataset.layers.buildings]);
  const districtNames = useMemo(() => new Map((dataset.layers.districts?.features ?? []).map((d) => [idOf(d), d.properties?.name ?? idOf(d)])), [dataset.layers.districts]);
  const batchDistrict = target.startsWith(DISTRICT_PREFIX) ? target.slice(DISTRICT_PREFIX.length) : null;
  const demo = dataset.source === 'demo';
  // The demo, or the demo's layers kept next to imported data (demo-notice.ts).
  const notice = demoNotice(dataset, lang);
  const manifestName = typeof dataset.manifest?.name === 'string' ? dataset.manifest.name : null;
  const importedSource = t(`数据来源:${manifestName ?? '导入数据'}`, `Source: ${manifestName ?? 'imported data'}`);
  const source = demo ? t('数据来源:示例数据为虚拟片区', 'Source: demo data, a fictional district') : notice ? `${importedSource} · ${notice}` : importedSource;

  // The data is drawn once loaded (no map here): the harness and links wait on this mark.
  useEffect(() => {
    if (!loaded) return;
    document.getElementById('root')?.setAttribute('data-atlas-ready', 'true');
    document.documentElement.setAttribute('data-atlas-ready', 'true');
  }, [loaded]);

  // The printed PDF is named after the document title; the App sets its own title in an effect that runs after ours, hence the timeout.
  const title = communities.length === 1 ? t(`${communities[0].properties.name ?? target} 一案一策`, `${communities[0].properties.name ?? target} plan sheet`) : t(`${districtNames.get(batchDistrict ?? '') ?? batchDistrict ?? target} 一案一策(批量)`, `Plan sheets, ${districtNames.get(batchDistrict ?? '') ?? batchDistrict ?? target}`);
  useEffect(() => {
    const previous = document.title;
    const timer = window.setTimeout(() => { document.title = title; }, 0);
    return () => {
      window.clearTimeout(timer);
      document.title = previous;
    };
  }, [title]);

  const backHref = hashFromState({ ...appStore.get(), sheet: null });
  const back = (event: React.MouseEvent) => {
    event.preventDefault();
    appStore.update({ sheet: null });
  };

  return (
    <div className="plan-sheet" data-testid="plan-sheet" data-sheet-ready={loaded && districtsKnown && analyses.settled ? 'true' : 'false'} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <nav className="sheet-toolbar screen-only" aria-label={t('一案一策工具栏', 'Plan sheet toolbar')}>
        <a href={backHref} onClick={back} data-testid="sheet-back">← {t('返回', 'Back')}</a>
        <button type="button" className="button primary" data-testid="sheet-print" onClick={() => window.print()} disabled={!loaded}>{t('打印', 'Print')}</button>
        <button type="button" onClick={() => appStore.update({ lang: lang === 'zh' ? 'en' : 'zh' })}>{lang === 'zh' ? 'EN' : '中'}</button>
        {Object.keys(costs).length > 0 && (
          <button type="button" onClick={() => appStore.update((state) => ({ sheet: state.sheet ? { ...state.sheet, costs: {} } : null }))}>{t('恢复默认单价', 'Reset unit costs')}</button>
        )}
        <span className="muted small" role="status">
          {!loaded ? t('正在加载数据…', 'Loading data…') : districtsKnown && analyses.settled ? t(`共 ${communities.length} 页,可打印`, `${countNoun(communities.length, 'page')}, ready to print`) : t('正在计算分析结果…', 'Computing the findings…')}
        </span>
      </nav>
      {loaded && districtsKnown && communities.length === 0 && (
        <p className="error sheet-missing" role="alert" data-testid="sheet-not-found">{batchDistrict === null
          ? t(`找不到小区“${target}”:请从页首的“一案一策”选择小区或片区。`, `No community “${target}”: pick a community or district from 一案一策 in the header.`)
          : districtNames.has(batchDistrict)
            ? t(`片区“${districtNames.get(batchDistrict)}”中没有小区:请从页首的“一案一策”选择其他小区或片区。`, `No community lies in the district “${districtNames.get(batchDistrict)}”: pick another community or district from 一案一策 in the header.`)
            : t(`找不到片区“${batchDistrict}”:请从页首的“一案一策”选择小区或片区。`, `No district “${batchDistrict}”: pick a community or district from 一案一策 in the header.`)}</p>
      )}
      {communities.map((community) => (
        <CommunitySheet
          key={idOf(community)}
          community={community}
          buildings={buildingsOf.get(idOf(community)) ?? []}
          layers={dataset.layers}
          districtName={districtNames.get(districtOfCommunity(community, districtOf) ?? '') ?? null}
          analyses={analyses}
          costs={costs}
          lang={lang}
          demoNotice={notice}
          source={source}
        />
      ))}
    </div>
  );
}
