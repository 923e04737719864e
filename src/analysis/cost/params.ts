/**
 * Unit costs of the renovation items for the plan sheet's estimate (一案一策, issue 8).
 *
 * DOMAIN.md has no authoritative Zhejiang price list, so EVERY default below is an
 * engineering assumption [I]: a plausible order of magnitude for a 2020s Zhejiang city,
 * there to be replaced by the bureau's own 定额 or tender prices. They stay parameters: the
 * sheet shows each one and lets the planner edit it.
 */
import type { CodeLabel, RenovationItem } from '../../model/codes';
import type { Sourced } from '../../model/standards';

/** What a line's quantity counts, i.e. how the item is measured. */
export type QuantityBasis =
  | 'households' // 户
  | 'roofArea' // ㎡ roof = Σ footprint area
  | 'facadeArea' // ㎡ façade = Σ perimeter × height
  | 'buildings' // 栋
  | 'elevatorUnits' // 部: feasible + conditional units of the elevator analysis
  | 'parkingSpaces' // 个车位: spaces allocated to the community by the parking analysis
  | 'chargers' // 个: a share of the community's parking spaces after renovation
  | 'entrances' // 个单元入口: Σ units (stairwells) of the buildings
  | 'siteArea'; // ㎡ floor area of a new service site

export interface ItemCostRule {
  basis: QuantityBasis;
  /** Unit of the quantity, as the sheet prints it. */
  quantityUnit: CodeLabel;
  /** Whether the unit cost is in 元 or 万元 per quantity unit. */
  money: 'yuan' | 'wan';
  unitCost: Sourced<number>;
}

const assumed = (value: number, zh: string, en: string): Sourced<number> => ({
  value,
  source: { zh: `工程估算假设 [I]：${zh}`, en: `engineering assumption [I]: ${en}` },
  tag: 'I',
});

const HOUSEHOLDS = { zh: '户', en: 'households' };
const SQUARE_METRES = { zh: '㎡', en: 'm²' };

export const COST_RULES = {
  pipes: { basis: 'households', quantityUnit: HOUSEHOLDS, money: 'wan', unitCost: assumed(1.2, '供水、排水、燃气、强弱电管线综合改造 1.2 万元/户', 'water, drainage, gas, power and telecom lines, 12,000 yuan per household') },
  roof: { basis: 'roofArea', quantityUnit: SQUARE_METRES, money: 'yuan', unitCost: assumed(260, '屋面防水翻新与保温 260 元/㎡（屋面面积 = 楼栋基底面积）', 'roof waterproofing and insulation, 260 yuan/m² of roof (= footprint)') },
  facade: { basis: 'facadeArea', quantityUnit: SQUARE_METRES, money: 'yuan', unitCost: assumed(150, '外墙修补、涂料、空调机位整治 150 元/㎡（立面面积 = 周长 × 高度）', 'façade repair, paint and AC brackets, 150 yuan/m² of façade (perimeter × height)') },
  fire_safety: { basis: 'buildings', quantityUnit: { zh: '栋', en: 'buildings' }, money: 'wan', unitCost: assumed(6, '消火栓、灭火器、应急照明与疏散标识 6 万元/栋', 'hydrants, extinguishers, emergency lights and signs, 60,000 yuan per building') },
  elevator: { basis: 'elevatorUnits', quantityUnit: { zh: '部', en: 'elevators' }, money: 'wan', unitCost: assumed(70, '加装电梯含井道、基础与管线迁改 60–80 万元/部，取 70', 'added elevator with shaft, foundation and utility moves, 0.6–0.8 m yuan each; 0.7 m taken') },
  parking: { basis: 'parkingSpaces', quantityUnit: { zh: '个车位', en: 'spaces' }, money: 'wan', unitCost: assumed(2.5, '闲置地上地面停车场（硬化、排水、照明、划线）2.5 万元/个车位', 'surface lot on idle land (paving, drainage, lights, marking), 25,000 yuan per space') },
  ev_charging: { basis: 'chargers', quantityUnit: { zh: '个充电桩', en: 'chargers' }, money: 'wan', unitCost: assumed(0.8, '7 kW 交流慢充桩含电缆与配电 0.8 万元/个', '7 kW AC charger with cable and distribution, 8,000 yuan each') },
  barrier_free: { basis: 'entrances', quantityUnit: { zh: '个单元入口', en: 'entrances' }, money: 'wan', unitCost: assumed(1.5, '单元入口坡道、扶手与门改造 1.5 万元/个', 'ramp, handrails and door at a stairwell entrance, 15,000 yuan each') },
  elderly_care: { basis: 'siteArea', quantityUnit: SQUARE_METRES, money: 'yuan', unitCost: assumed(3500, '养老服务用房改建装修与设备 3,500 元/㎡', 'fit-out and equipment of an elderly-care room, 3,500 yuan/m²') },
  childcare: { basis: 'siteArea', quantityUnit: SQUARE_METRES, money: 'yuan', unitCost: assumed(3500, '托育用房改建装修与设备 3,500 元/㎡', 'fit-out and equipment of a childcare room, 3,500 yuan/m²') },
  canteen: { basis: 'siteArea', quantityUnit: SQUARE_METRES, money: 'yuan', unitCost: assumed(3000, '助餐点改建、厨房设备 3,000 元/㎡', 'fit-out and kitchen of a meal point, 3,000 yuan/m²') },
} as const satisfies Record<RenovationItem, ItemCostRule>;

export type CostItem = keyof typeof COST_RULES;
export const COST_ITEMS = Object.keys(COST_RULES) as CostItem[];
export type UnitCosts = Record<CostItem, number>;

export const DEFAULT_UNIT_COSTS: UnitCosts = Object.fromEntries(COST_ITEMS.map((item) => [item, COST_RULES[item].unitCost.value])) as UnitCosts;

/** How a quantity is derived where the data does not give it; also assumptions [I]. */
export interface QuantityAssumptions {
  /** Storey height when a building has no heightM (same 3.0 m as the elevator analysis). */
  floorHeightM: number;
  /** Chargers = ceil(share × parking spaces after renovation). */
  chargerShare: number;
  /** Floor area of a new service room when the findings give none: the standard's minimum site (SERVICE_DEFAULTS.minAreaM2). */
  siteAreaM2: Record<'elderly_care' | 'childcare' | 'canteen', number>;
}

export const QUANTITY_ASSUMPTIONS: Record<keyof QuantityAssumptions, CodeLabel> = {
  floorHeightM: { zh: '无高度字段时层高取 3.0 m [I]', en: 'storey height 3.0 m when heightM is missing [I]' },
  chargerShare: { zh: '充电桩按改造后车位的 10% 配置 [I]', en: 'chargers for 10% of the spaces after renovation [I]' },
  siteAreaM2: { zh: '新建服务用房面积取最小配置：养老 350 ㎡、托育 200 ㎡、助餐 150 ㎡', en: 'new service rooms at the minimum size: elderly care 350 m², childcare 200 m², canteen 150 m²' },
};

export const DEFAULT_QUANTITY_ASSUMPTIONS: QuantityAssumptions = {
  floorHeightM: 3,
  chargerShare: 0.1,
  siteAreaM2: { elderly_care: 350, childcare: 200, canteen: 150 },
};

/**
 * The unit a unit cost is quoted in, e.g. 万元/户 or 元/㎡; English quotes every unit cost in
 * yuan ("yuan per household"), its figure the rule's times unitCostScale (1.2 万元/户 → 12,000).
 */
export function unitCostUnit(item: CostItem): CodeLabel {
  const rule: ItemCostRule = COST_RULES[item];
  return {
    zh: `${rule.money === 'wan' ? '万元' : '元'}/${rule.quantityUnit.zh.replace(/^个(?=.)/, '')}`,
    en: `yuan per ${rule.quantityUnit.en.replace(/s$/, '')}`,
  };
}

/** What a unit cost's figure is multiplied by to be read in `unitCostUnit(item)[lang]`: 10,000 for a 万元 rule in English. */
export function unitCostScale(item: CostItem, lang: 'zh' | 'en'): number {
  return lang === 'en' && COST_RULES[item].money === 'wan' ? 10_000 : 1;
}

/** Unit costs from partial input: missing, negative or non-finite values take the default. */
export function resolveUnitCosts(input: Partial<Record<string, number>> = {}): UnitCosts {
  const costs = { ...DEFAULT_UNIT_COSTS };
  for (const item of COST_ITEMS) {
    const value = input[item];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) costs[item] = value;
  }
  return costs;
}
