/**
 * Cost estimate of a community's planned renovation items (一案一策, issue 8 item 4):
 * quantity × unit cost per item, totals by class (基础类/完善类/提升类) and overall, in 万元.
 * Pure: the plan sheet, the CLI and the tests call the same code. Quantities come from the
 * community's fields, its buildings' measured footprints and the analyses' findings; when a
 * finding is missing the quantity is 0 and the line says so, rather than guessing a figure.
 */
import { CATEGORIES, RENOVATION_ITEMS, type Category, type CodeLabel } from '../../model/codes';
import type { CommunityProperties } from '../../model/layers';
import {
  COST_ITEMS, COST_RULES, DEFAULT_QUANTITY_ASSUMPTIONS, resolveUnitCosts, unitCostUnit,
  type CostItem, type ItemCostRule, type QuantityAssumptions, type UnitCosts,
} from './params';
import { unitsOf, type CostBuilding } from './buildings';

export * from './params';
export { costBuildingsFromFeatures, scopeOf, unitsOf, type CostBuilding, type CommunityScope } from './buildings';

/** What the other analyses found for the community (null: not available). */
export interface CostFindings {
  /** Feasible + conditional elevator units (加装电梯, default parameters). */
  elevatorUnits: number | null;
  /** Parking spaces allocated to the community on idle parcels. */
  parkingAllocated: number | null;
  /** Floor area of the new service rooms, when a site was chosen; else the assumption. */
  siteAreaM2?: Partial<Record<'elderly_care' | 'childcare' | 'canteen', number>>;
}

export interface CostLine {
  item: CostItem;
  category: Category;
  quantity: number;
  /** Quantity unit (户, ㎡, 部…). */
  unit: CodeLabel;
  unitCost: number;
  /** Unit of the unit cost (万元/户, 元/㎡…). */
  unitCostUnit: CodeLabel;
  amountWan: number;
  /** How the quantity was measured, in words. */
  basis: CodeLabel;
  /** True when the quantity rests on a missing finding (then it is 0) or an assumption. */
  assumed: boolean;
}

export interface CostEstimate {
  lines: CostLine[];
  byCategory: Record<Category, number>;
  totalWan: number;
  /** Planned items with no cost rule (unknown codes): listed, never priced silently. */
  unpriced: string[];
  unitCosts: UnitCosts;
  assumptions: QuantityAssumptions;
}

const isCostItem = (code: string): code is CostItem => (COST_ITEMS as string[]).includes(code);

interface Measured {
  quantity: number;
  basis: CodeLabel;
  assumed: boolean;
}

const grouped = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });

function measure(item: CostItem, community: CommunityProperties, buildings: readonly CostBuilding[], findings: CostFindings, assumptions: QuantityAssumptions): Measured {
  const rule: ItemCostRule = COST_RULES[item];
  switch (rule.basis) {
    case 'households': {
      const households = community.households ?? 0;
      return { quantity: households, basis: { zh: `小区户数 ${grouped(households)} 户`, en: `${grouped(households)} households` }, assumed: community.households === undefined };
    }
    case 'roofArea': {
      const area = buildings.reduce((sum, b) => sum + b.footprintM2, 0);
      return { quantity: area, basis: { zh: `${buildings.length} 栋基底面积之和`, en: `footprints of ${buildings.length} buildings` }, assumed: false };
    }
    case 'facadeArea': {
      let area = 0;
      let defaulted = false;
      for (const b of buildings) {
        // Height: the measured heightM, else floors × storey height (1 storey when floors are missing too).
        const height = b.heightM ?? (b.floors ?? 1) * assumptions.floorHeightM;
        if (b.heightM === undefined) defaulted = true;
        area += b.perimeterM * height;
      }
      return { quantity: area, basis: { zh: '周长 × 高度，各楼栋之和', en: 'perimeter × height, all buildings' }, assumed: defaulted };
    }
    case 'buildings':
      return { quantity: buildings.length, basis: { zh: `${buildings.length} 栋楼`, en: `${buildings.length} buildings` }, assumed: false };
    case 'elevatorUnits': {
      const units = findings.elevatorUnits;
      return units === null
        ? { quantity: 0, basis: { zh: '无加梯分析结果', en: 'no elevator analysis' }, assumed: true }
        : { quantity: units, basis: { zh: '可行与需协调的单元', en: 'feasible and conditional units' }, assumed: false };
    }
    case 'parkingSpaces': {
      const spaces = findings.parkingAllocated;
      return spaces === null
        ? { quantity: 0, basis: { zh: '无停车分析结果', en: 'no parking analysis' }, assumed: true }
        : { quantity: spaces, basis: { zh: '停车挖潜分配给本小区的车位', en: 'spaces allocated by the parking analysis' }, assumed: false };
    }
    case 'chargers': {
      const spaces = (community.parkingSpaces ?? 0) + (findings.parkingAllocated ?? 0);
      const chargers = Math.ceil(assumptions.chargerShare * spaces - 1e-9);
      return { quantity: chargers, basis: { zh: `改造后车位 ${grouped(spaces)} 个 × ${assumptions.chargerShare * 100}%`, en: `${grouped(spaces)} spaces × ${assumptions.chargerShare * 100}%` }, assumed: true };
    }
    case 'entrances': {
      const entrances = buildings.reduce((sum, b) => sum + unitsOf(b), 0);
      return { quantity: entrances, basis: { zh: '各楼栋单元数之和（无单元数时按面宽 ÷ 单元面宽）', en: 'stairwell units of all buildings (frame length ÷ unit width where not given)' }, assumed: buildings.some((b) => b.units === undefined) };
    }
    case 'siteArea': {
      const type = item as 'elderly_care' | 'childcare' | 'canteen';
      const found = findings.siteAreaM2?.[type];
      return found !== undefined
        ? { quantity: found, basis: { zh: '选定新址的用房面积', en: 'floor area of the chosen site' }, assumed: false }
        : { quantity: assumptions.siteAreaM2[type], basis: { zh: '按最小配置面积', en: 'minimum standard size' }, assumed: true };
    }
  }
}

/**
 * The estimate for the community's `items`. `buildings` are the community's own buildings,
 * already measured (costBuildingsFromFeatures). Unit costs and assumptions default per
 * params.ts; amounts are not rounded here (the sheet rounds for display).
 */
export function estimateCost(
  community: CommunityProperties,
  buildings: readonly CostBuilding[],
  findings: CostFindings,
  unitCosts: Partial<Record<string, number>> = {},
  assumptions: Partial<QuantityAssumptions> = {},
): CostEstimate {
  const costs = resolveUnitCosts(unitCosts);
  const resolvedAssumptions: QuantityAssumptions = {
    ...DEFAULT_QUANTITY_ASSUMPTIONS,
    ...assumptions,
    siteAreaM2: { ...DEFAULT_QUANTITY_ASSUMPTIONS.siteAreaM2, ...assumptions.siteAreaM2 },
  };
  const lines: CostLine[] = [];
  const unpriced: string[] = [];
  const seen = new Set<string>();
  for (const code of community.items ?? []) {
    if (seen.has(code)) continue; // an item listed twice is built once
    seen.add(code);
    if (!isCostItem(code)) {
      unpriced.push(code);
      continue;
    }
    const rule: ItemCostRule = COST_RULES[code];
    const measured = measure(code, community, buildings, findings, resolvedAssumptions);
    const quantity = Math.max(0, measured.quantity);
    const amountWan = rule.money === 'wan' ? quantity * costs[code] : (quantity * costs[code]) / 10_000;
    lines.push({
      item: code,
      category: RENOVATION_ITEMS[code].category,
      quantity,
      unit: rule.quantityUnit,
      unitCost: costs[code],
      unitCostUnit: unitCostUnit(code),
      amountWan,
      basis: measured.basis,
      assumed: measured.assumed,
    });
  }
  // Lines in class order (基础类 → 完善类 → 提升类), keeping the item order within a class.
  lines.sort((a, b) => CATEGORIES.indexOf(a.category) - CATEGORIES.indexOf(b.category));
  const byCategory = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  for (const line of lines) byCategory[line.category] += line.amountWan;
  const totalWan = lines.reduce((sum, line) => sum + line.amountWan, 0);
  return { lines, byCategory, totalWan, unpriced, unitCosts: costs, assumptions: resolvedAssumptions };
}
