/**
 * What a printed document of the `sheet=` target needs, shared by the plan sheet (一案一策)
 * and the joint review form (联合评审意见表): the data and the analyses (run once, default
 * parameters), the communities the target names with each one's buildings and district
 * name, the demo notice and the source line. Also marks the root ready once the data is
 * loaded (no map on these pages: the harness and links wait on that mark), and names the
 * printed PDF after `title`.
 */
import { useEffect, useMemo } from 'react';
import { useAppState } from '../../state/store';
import type { BuildingFeature, CommunityFeature, LayerSet } from '../../model/types';
import type { Lang } from '../../i18n/strings';
import { DISTRICT_PREFIX, districtOfCommunity, idOf, sheetCommunities } from './sheet-target';
import { useCommunityDistricts } from './use-community-districts';
import { demoNotice } from '../demo-notice';
import { useDataset } from '../use-dataset';
import { pick } from './sheet-format';
import { useSheetAnalyses, type SheetAnalyses } from './use-sheet-analyses';

/** What each community's document (the plan sheet, the joint review form) is given by its page. */
export interface CommunityDocumentProps {
  community: CommunityFeature;
  buildings: BuildingFeature[];
  /** A buildings layer is loaded: without one, buildings, floor area and units are not counted (not 0). */
  buildingsCounted: boolean;
  districtName: string | null;
  analyses: SheetAnalyses;
  costs: Record<string, number>;
  lang: Lang;
  /** The fictional-data notice when the data is (partly) the demo's, else null. */
  demoNotice: string | null;
  source: string;
}

export interface SheetDocument {
  loaded: boolean;
  /** The districts of the communities are known (or their query failed): the target can be resolved. */
  districtsKnown: boolean;
  analyses: SheetAnalyses;
  layers: LayerSet;
  target: string;
  costs: Record<string, number>;
  /** The district of a `district:` target, else null. */
  batchDistrict: string | null;
  communities: CommunityFeature[];
  /** What one community's document is given: its buildings and district name, and the page's shared figures. */
  documentProps: (community: CommunityFeature) => CommunityDocumentProps;
  districtNames: ReadonlyMap<string, string>;
  /** The fictional-data notice when the data is (partly) the demo's, else null. */
  notice: string | null;
  source: string;
}

const NO_BUILDINGS: BuildingFeature[] = [];

export function useSheetDocument(): SheetDocument {
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
  const buildingsByCommunity = useMemo(() => {
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
  // The demo, or the demo's layers kept next to imported data (demo-notice.ts).
  const notice = demoNotice(dataset, lang);
  const manifestName = typeof dataset.manifest?.name === 'string' ? dataset.manifest.name : null;
  const importedSource = t(`数据来源：${manifestName ?? '导入数据'}`, `Source: ${manifestName ?? 'imported data'}`);
  const source = dataset.source === 'demo' ? t('数据来源：示例数据为虚拟片区', 'Source: demo data, a fictional district') : notice ? `${importedSource} · ${notice}` : importedSource;

  useEffect(() => {
    if (!loaded) return;
    document.getElementById('root')?.setAttribute('data-atlas-ready', 'true');
    document.documentElement.setAttribute('data-atlas-ready', 'true');
  }, [loaded]);

  return {
    loaded,
    districtsKnown,
    analyses,
    layers: dataset.layers,
    target,
    costs,
    batchDistrict,
    communities,
    documentProps: (community) => ({
      community,
      buildings: buildingsByCommunity.get(idOf(community)) ?? NO_BUILDINGS,
      buildingsCounted: Boolean(dataset.layers.buildings?.features.length),
      districtName: districtNames.get(districtOfCommunity(community, districtOf) ?? '') ?? null,
      analyses,
      costs,
      lang,
      demoNotice: notice,
      source,
    }),
    districtNames,
    notice,
    source,
  };
}

/** The printed PDF is named after the document title; the App sets its own title in an effect that runs after ours, hence the timeout. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    const previous = document.title;
    const timer = window.setTimeout(() => { document.title = title; }, 0);
    return () => {
      window.clearTimeout(timer);
      document.title = previous;
    };
  }, [title]);
}
