/**
 * 标准汇报场景: the standard agenda of a joint review meeting (联合评审会) as ready-made,
 * ordinary scenes, built from what is loaded. A scene whose layers are missing is left out
 * (no buildings, no 加装电梯). Pure: the caller gives what is loaded, the camera that frames
 * the data on the current map, its size, the UI language and the year.
 *
 * The notes say what the scene shows and what to ask the meeting; no figures in them, since
 * the card computes those live from the data (scene-figures.ts). What each item needs loaded is
 * in deck-needs.ts, apart from these words: the 汇报 button asks it on the first frame.
 */
export { inventoryOf, type DataInventory } from './deck-needs';
import type { Lang } from '../i18n/strings';
import type { LayerName } from '../model/layer-names';
import { AGENDA_NEEDS, type AgendaKey, type DataInventory } from './deck-needs';
import { captureScene, type Scene } from './scenes';
import { type AnalysisName, type AppState, type Camera, DEFAULT_VISIBLE, initialState } from './store';

export interface StandardDeckInput {
  inventory: DataInventory;
  /** The camera showing the whole data on the current map; null leaves each scene's camera unset. */
  camera: Camera | null;
  /** The map's size in CSS pixels that `camera` was framed for (Scene.frame). */
  frame?: [number, number];
  /** The data's bounds (west, south, east, north): presenting fits them in its clear area (Scene.bounds). */
  bounds?: [number, number, number, number];
  lang: Lang;
  /** This year: 改造进展 shows the status as of it (clamped to the slider's years). */
  year: number;
  /** The current view's look, kept as a scene saved by hand keeps it: the basemap and the layers' opacities. */
  look?: Pick<AppState, 'basemap' | 'layerOpacity'>;
}

/** One agenda item: which layers it needs, and the view it shows. */
interface AgendaItem {
  /** Also names what it needs loaded (deck-needs.ts). */
  key: AgendaKey;
  title: { zh: string; en: string };
  notes: { zh: string; en: string };
  analysis: AnalysisName;
  params?(inventory: DataInventory): Record<string, string>;
  layers: LayerName[];
  /** 改造进展 only: the status as of this year. */
  showsYear?: boolean;
}

const PARKING_LAYERS: LayerName[] = ['districts', 'communities', 'idleLand'];

export const STANDARD_AGENDA: readonly AgendaItem[] = [
  {
    key: 'overview',
    title: { zh: '片区概况', en: 'District overview' },
    notes: {
      zh: '全片区范围：小区、楼栋、闲置资源与设施的分布；看板给出改造状态与资金。请与会各方确认片区范围与基础数据口径。',
      en: 'The whole area: communities, buildings, idle land and facilities; the dashboard gives status and funding. Ask the meeting to confirm the boundary and the base data.',
    },
    analysis: 'summary',
    layers: DEFAULT_VISIBLE,
  },
  {
    key: 'progress',
    title: { zh: '改造进展', en: 'Renovation progress' },
    notes: {
      zh: '小区按改造状态着色（待改造、已纳入计划、已立项、在建、已完工），截至今年。请核对各小区状态是否与台账一致，哪些小区应纳入下一年度计划。',
      en: 'Communities coloured by renovation status (candidate, planned, approved, under construction, completed) as of this year. Ask whether the statuses match the register and which communities go into next year’s plan.',
    },
    analysis: 'summary',
    layers: ['districts', 'communities'],
    showsYear: true,
  },
  {
    key: 'parking',
    title: { zh: '停车挖潜', en: 'Parking' },
    notes: {
      zh: '大片区统筹：闲置资源可建车位与各小区车位缺口的匹配。请讨论：缺口有多大；大片区统筹比小区内自平衡多解决多少；哪些地块需征得权属单位同意。',
      en: 'District pooling: the spaces idle land can hold, matched to each community’s deficit. Ask how large the deficit is, how much more pooling across the district solves than each community alone, and which parcels need their owners’ agreement.',
    },
    analysis: 'parking',
    params: () => ({ mode: 'district' }),
    layers: PARKING_LAYERS,
  },
  {
    key: 'parking-modes',
    title: { zh: '停车三种方式比选', en: 'Parking: the three pooling modes' },
    notes: {
      zh: '方案 A 为小区内自平衡，方案 B 为跨片区组合，卡片列出三种方式各自的挖潜车位。请讨论采用哪种整合方式，跨片区调配需要怎样的协调机制。',
      en: 'Scenario A is self-balance, scenario B cross-district; the card gives the spaces each of the three modes finds. Ask which mode to adopt and what coordination sharing across districts needs.',
    },
    analysis: 'parking',
    // The panel's 方案比选 (ScenarioCompare): A in the URL's own keys, B in b_<key>.
    params: () => ({ mode: 'self', compare: '1', b_mode: 'cross' }),
    layers: PARKING_LAYERS,
  },
  {
    key: 'elevators',
    title: { zh: '加装电梯', en: 'Added elevators' },
    notes: {
      zh: '各楼栋单元加装电梯的判定：可行、需协调、不可行。请讨论需协调的单元如何推进（居民意愿、日照、管线），不可行的单元有无替代方案。',
      en: 'Added elevators by stairwell unit: feasible, conditional, infeasible. Ask how to move the conditional units forward (residents’ consent, sunlight, utilities) and what the infeasible ones can have instead.',
    },
    analysis: 'elevators',
    layers: ['districts', 'communities', 'buildings'],
  },
  {
    key: 'services',
    title: { zh: '服务设施补短板', en: 'Community services' },
    notes: {
      zh: '养老设施的生活圈覆盖：现状覆盖与新增设施后的覆盖。请讨论新增设施的选址是否可行、可利用哪些闲置资源；其他设施类型可在分析面板中切换。',
      en: 'Elderly-care cover within the life circle, now and after the proposed new sites. Ask whether the sites are workable and which idle land can host them; other service types can be chosen in the analysis panel.',
    },
    analysis: 'services',
    params: () => ({ type: 'elderly_care' }),
    layers: ['districts', 'communities', 'facilities', 'idleLand'],
  },
  {
    key: 'pooling',
    title: { zh: '片区联动', en: 'District pooling' },
    notes: {
      zh: '片区之间调配的车位与服务，片区内解决与仍缺的数量。请讨论片区之间如何分担建设与运营，仍缺部分如何解决。',
      en: 'Parking spaces and services shared between districts, what is met inside each district and what is still short. Ask how districts share building and running costs, and how the rest of the shortfall is met.',
    },
    // Pooling is between districts: without them there is nothing to pool.
    analysis: 'pooling',
    // Districts, their flows and what is pooled: the communities' status colours would show
    // through the districts' fill and mislead, and their key crowd the audience's legend.
    layers: ['districts', 'idleLand', 'facilities'],
  },
  {
    key: 'priority',
    title: { zh: '改造优先级', en: 'Priority ranking' },
    notes: {
      zh: '按停车缺口、服务设施缺口、加梯需求、房龄与居民意愿加权的小区排序。请讨论权重是否合适，排序靠前的小区能否列入近期计划。',
      en: 'Communities ranked by parking gap, service gap, elevator need, building age and residents’ voice, weighted. Ask whether the weights are right and whether the first communities can go into the near-term plan.',
    },
    analysis: 'priority',
    layers: ['districts', 'communities'],
  },
];

/** The standard deck for what is loaded, in agenda order; empty when nothing it needs is loaded. */
export function standardDeck({ inventory, camera, frame, bounds, lang, year, look }: StandardDeckInput): Scene[] {
  return STANDARD_AGENDA.filter((item) => AGENDA_NEEDS[item.key](inventory)).map((item) => {
    const state: AppState = {
      ...initialState,
      ...look,
      lang,
      analysis: item.analysis,
      params: item.params?.(inventory) ?? {},
      visibleLayers: item.layers,
      camera,
      year: item.showsYear ? Math.min(inventory.years.last, Math.max(inventory.years.first, year)) : null,
      colourBy: 'status',
      // The dashboard open: 片区概况 and 改造进展 are read off it outside presenter mode.
      panels: { left: true, right: true, bottom: true },
    };
    return captureScene(state, item.title[lang], item.notes[lang], frame, camera ? bounds : undefined);
  });
}
