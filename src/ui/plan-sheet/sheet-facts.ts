/**
 * The project's facts as the plan sheet states them, shared with the joint review form
 * (联合评审意见表) so both documents print the same figures: the renovation items by class,
 * the cost estimate fed by the analyses' findings, and the funding sources with their total.
 * Pure; the scope itself is the engine's scopeOf.
 */
import { CATEGORIES, FUNDING_SOURCES, RENOVATION_ITEMS, type Category, type FundingSource, type RenovationItem } from '../../model/codes';
import type { CommunityProperties } from '../../model/layers';
import { estimateCost, type CostBuilding, type CostEstimate } from '../../analysis/cost';
import type { ElevatorFinding, ParkingFinding } from './sheet-findings';

export interface SheetItems {
  /** Known item codes by class, in the community's order. */
  byCategory: Record<Category, RenovationItem[]>;
  /** Codes the model does not know, kept as written. */
  unknown: string[];
  /** Every code as recorded. */
  all: string[];
}

const isKnownItem = (code: string): code is RenovationItem => code in RENOVATION_ITEMS;

export function sheetItems(properties: CommunityProperties): SheetItems {
  const all = properties.items ?? [];
  const byCategory = Object.fromEntries(CATEGORIES.map((category) => [category, all.filter((code): code is RenovationItem => isKnownItem(code) && RENOVATION_ITEMS[code].category === category)])) as Record<Category, RenovationItem[]>;
  return { byCategory, unknown: all.filter((code) => !isKnownItem(code)), all };
}

export interface SheetFunding {
  /** Sources with a positive amount, in the model's order. */
  rows: { source: FundingSource; wan: number }[];
  totalWan: number;
}

export function sheetFunding(properties: CommunityProperties): SheetFunding {
  const rows = FUNDING_SOURCES.map((source) => ({ source, wan: properties.funding?.[source] ?? 0 })).filter((row) => row.wan > 0);
  return { rows, totalWan: rows.reduce((sum, row) => sum + row.wan, 0) };
}

/**
 * The estimate with the quantities the analyses found: elevators = feasible + conditional
 * units, parking = spaces allocated to the community (null when the analysis has no answer).
 */
export function sheetEstimate(
  properties: CommunityProperties,
  measured: readonly CostBuilding[],
  elevators: ElevatorFinding | null,
  parking: ParkingFinding | null,
  costs: Record<string, number>,
): CostEstimate {
  return estimateCost(properties, measured, {
    elevatorUnits: elevators ? elevators.feasible + elevators.conditional : null,
    parkingAllocated: parking ? parking.allocated : null,
  }, costs);
}
