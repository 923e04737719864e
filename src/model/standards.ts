/**
 * Every default parameter of the analyses, with the source it rests on (DOMAIN.md).
 * Tags as in DOMAIN.md: [R] read in the source, [R2] read in a digest, [M] to be checked,
 * [I] inference or engineering default. All of them stay parameters.
 */
import type { PoolingMode, ServiceType } from './codes';

export interface Sourced<T> {
  value: T;
  /** Where it comes from, in Chinese first (shown on hover next to the parameter). */
  source: { zh: string; en: string };
  tag: 'R' | 'R2' | 'M' | 'I';
}

const sourced = <T>(value: T, zh: string, en: string, tag: Sourced<T>['tag']): Sourced<T> => ({ value, source: { zh, en }, tag });

/** Defaults for missing fields (DESIGN §3.6). */
export const FIELD_DEFAULTS = {
  parkingSpaces: 0,
  populationPerHousehold: 2.6,
  elderlyShare: 0.2,
  hasElevator: false,
  use: 'residential',
  roadWidthM: 4,
  protectedBufferM: 10,
} as const;

/**
 * A protected object's buffer in metres: its `bufferM` when a finite number ≥ 0, else the
 * default (an unchecked file may hold anything). Parking and elevators read it the same way.
 */
export function protectedBufferM(bufferM: unknown): number {
  return typeof bufferM === 'number' && Number.isFinite(bufferM) && bufferM >= 0 ? bufferM : FIELD_DEFAULTS.protectedBufferM;
}

export const PARKING_DEFAULTS = {
  ratio: sourced(0.8, '老旧小区取 0.5–0.8 车位/户（分析假设）；新建 ≥1.0（完整居住社区建设标准）', 'old compounds 0.5–0.8 per household (an analysis choice); new builds ≥ 1.0 (Complete Community standard)', 'I'),
  areaPerSpaceM2: sourced(30, '地面停车 25–30 ㎡/车位（天津 30 ㎡）', 'surface parking 25–30 m² per space (Tianjin 30 m²)', 'R'),
  levels: sourced(1, '地面停车为 1 层；立体车库可取 2–3', 'surface parking is one level; structured 2–3', 'I'),
  minSpaces: sourced(5, '少于 5 个车位的地块不单独设停车场', 'parcels under 5 spaces are not worth a lot', 'I'),
  maxWalkM: sourced(300, '取 5 分钟生活圈 300 m（GB 50180-2018）；GB 50180-93 8.0.6 居民停车场服务半径 ≤150 m', 'the 5-minute life circle, 300 m (GB 50180-2018); GB 50180-93 8.0.6 puts residents\' car parks within 150 m', 'I'),
  mode: sourced<PoolingMode>('district', '大片区统筹（浙江省住建厅答复，浙建议〔2022〕83号）', 'district pooling (Zhejiang housing department reply, 浙建议〔2022〕83号)', 'R'),
};

export const ELEVATOR_DEFAULTS = {
  minFloors: sourced(4, '≥4 层且无电梯（合肥、广州加梯办法）', '≥ 4 floors without elevator (Hefei, Guangzhou rules)', 'R'),
  unitWidthM: sourced(12, '单元面宽约 12 m', 'stairwell unit about 12 m wide', 'I'),
  shaftWidthM: sourced(2.4, '井道宽约 1.8–2.2 m、深 2.0–2.4 m；宽取 2.4 m 偏于保守', 'shaft about 1.8–2.2 m wide and 2.0–2.4 m deep; 2.4 m wide errs on the safe side', 'I'),
  shaftDepthM: sourced(2.4, '井道约 2.0–2.4 m', 'shaft about 2.0–2.4 m', 'I'),
  corridorDepthM: sourced(1.5, '连廊约 1.2–1.5 m；连廊兼作候梯厅时进深 ≥1.5 m（GB 50096 6.4.6）', 'corridor about 1.2–1.5 m; as the lift landing it is ≥ 1.5 m deep (GB 50096 6.4.6)', 'I'),
  minSpacingM: sourced(6, '多层间防火间距 6 m（GB 50016 5.2.2）', 'fire separation 6 m between multi-storey buildings (GB 50016 5.2.2)', 'R'),
  requiredHours: sourced(2, '大寒日 ≥2 h（GB 50180-2018，Ⅲ气候区城区常住人口 ≥50 万的城市；其余 ≥3 h）', 'Major Cold day ≥ 2 h (GB 50180-2018, climate zone III, cities of ≥ 500,000; smaller cities ≥ 3 h)', 'M'),
  date: sourced('2025-01-20', '大寒日（1 月 20 日）', 'Major Cold day (20 January)', 'R'),
  stepMin: sourced(5, '时间步长 ≤5 min（杭州日照分析规则）', 'time step ≤ 5 min (Hangzhou sunlight rules)', 'R'),
  floorHeightM: sourced(3, '层高约 3.0 m', 'storey height about 3.0 m', 'I'),
  stairSide: sourced<'north' | 'south' | 'east' | 'west'>('north', '楼梯间多在北侧', 'stairs usually on the north side', 'I'),
  startHour: sourced(8, '大寒日 8:00–16:00（GB 50180-2018）', 'Major Cold day 8:00–16:00 (GB 50180-2018)', 'R'),
  endHour: sourced(16, '大寒日 8:00–16:00（GB 50180-2018）', 'Major Cold day 8:00–16:00 (GB 50180-2018)', 'R'),
  neighbourRadiusM: sourced(60, '60 m 内的楼栋受日照影响', 'buildings within 60 m are tested for sunlight', 'I'),
  sillHeightM: sourced(0.9, '底层窗台高 0.9 m', 'ground-floor sill 0.9 m', 'I'),
  shaftExtraHeightM: sourced(1.5, '井道高出建筑 1.5 m（机房）', 'shaft 1.5 m above the roof (machine room)', 'I'),
};

export interface ServiceTypeDefaults {
  radiusM: Sourced<number>;
  /** Demand per community: population × this share, or × the community's elderly share when 'elderly'. */
  demandShare: number | 'elderly';
  minAreaM2: Sourced<number>;
}

export const SERVICE_DEFAULTS: Record<ServiceType, ServiceTypeDefaults> = {
  elderly_care: {
    radiusM: sourced(300, '5 分钟生活圈 300 m（GB 50180-2018）', '5-minute circle 300 m (GB 50180-2018)', 'R'),
    demandShare: 'elderly',
    minAreaM2: sourced(350, '日间照料中心 ≥350 ㎡（完整居住社区建设标准）', 'day-care centre ≥ 350 m² (Complete Community standard)', 'R'),
  },
  childcare: {
    radiusM: sourced(300, '托儿所服务半径 ≤300 m（GB 50180-93）', 'nursery radius ≤ 300 m (GB 50180-93)', 'R'),
    demandShare: 0.03,
    minAreaM2: sourced(200, '托育 ≥200 ㎡（完整居住社区建设标准）', 'nursery ≥ 200 m² (Complete Community standard)', 'R'),
  },
  canteen: {
    radiusM: sourced(500, '10 分钟生活圈 500 m（分析假设）', '10-minute circle 500 m (an analysis choice)', 'I'),
    demandShare: 'elderly',
    minAreaM2: sourced(150, '助餐点约 150 ㎡', 'meal point about 150 m²', 'I'),
  },
  market: {
    radiusM: sourced(500, '菜市场属 10/15 分钟生活圈（未查到原文）', 'market at the 10/15-minute level (text not retrieved)', 'M'),
    demandShare: 1,
    minAreaM2: sourced(300, '超市 ≥300 ㎡（完整居住社区建设标准）', 'supermarket ≥ 300 m² (Complete Community standard)', 'R'),
  },
  clinic: {
    radiusM: sourced(500, '10 分钟生活圈 500 m', '10-minute circle 500 m', 'I'),
    demandShare: 1,
    minAreaM2: sourced(120, '卫生服务站 ≥120 ㎡（完整居住社区建设标准）', 'health station ≥ 120 m² (Complete Community standard)', 'R'),
  },
  community_service: {
    radiusM: sourced(300, '5 分钟生活圈 300 m', '5-minute circle 300 m', 'R'),
    demandShare: 1,
    minAreaM2: sourced(600, '社区综合服务设施 ≥600 ㎡（2023 嵌入式服务指引）', 'service complex ≥ 600 m² (2023 embedded-services guideline)', 'R'),
  },
};

export const SERVICES_DEFAULTS = {
  sites: sourced(3, '每次比选新增 3 处', 'three new sites per run', 'I'),
  mode: sourced<PoolingMode>('district', '大片区统筹', 'district pooling', 'R'),
  distance: sourced<'euclidean' | 'network'>('euclidean', '直线距离；步行网络距离可选', 'straight line; walking network optional', 'I'),
  timeLimitS: sourced(10, '求解时限 10 s', 'solver time budget 10 s', 'I'),
};

/** Life circles of GB 50180-2018 (DOMAIN §2): walking distance per level. */
export const LIFE_CIRCLES_M = [
  { minutes: 5, radiusM: 300 },
  { minutes: 10, radiusM: 500 },
  { minutes: 15, radiusM: 1000 },
] as const;

/** 民法典 art. 278: thresholds of the vote on an added elevator. */
export const CONSENT_RULE = {
  takePart: 2 / 3,
  agree: 3 / 4,
  source: { zh: '民法典第 278 条：双 2/3 参与、双 3/4 同意', en: 'Civil Code art. 278: 2/3 take part, 3/4 of them agree' },
} as const;
