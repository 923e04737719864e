/**
 * The area half of an elevator vote (民法典 art. 278, DOMAIN §5): owners holding ≥ 2/3 of the
 * floor area take part, and ≥ 3/4 of the area taking part agrees. The floor area a row stands
 * for is its building's (footprint area × floors, the area households are shared by, DESIGN
 * §3.6), or an even share of it per unit for a unit row, as households are shared.
 *
 * Areas are judged against the thresholds the app shows, in whole tenths of a m² rounded up
 * (they are minimums): a vote short of the exact share by less than 0.1 m² cannot pass on a
 * rounded threshold, a margin far inside what a footprint-based floor area can tell.
 */
import { areaConsentThresholds, areaTenths, ceilClean, threeQuartersUp, twoThirdsUp } from '../elevators/consent';
import type { VoteRecord } from './types';

/** Where a row's floor area came from: its building's, an even share per unit, or unknown. */
export type AreaSource = 'building' | 'building-share' | 'none';

/** reached / short by area; unknown when the row gives no area or the building's floor area is unknown. */
export type AreaStatus = 'reached' | 'short' | 'unknown';

/** Float noise allowed when an area given in m² is compared in tenths (800 is 8,000 tenths, not 7,999.999…). */
const TENTHS_NOISE = 1e-6;

export interface AreaVote {
  /** Floor area (m², to 0.1) the row stands for; null when unknown. */
  floorAreaM2: number | null;
  floorAreaSource: AreaSource;
  /** As the row gives them; null when it gives no area. */
  takingPartAreaM2: number | null;
  agreedAreaM2: number | null;
  /** 2/3 of floorAreaM2, rounded up to 0.1 m²; null when the floor area is unknown. */
  mustTakePartAreaM2: number | null;
  /** 3/4 of max(takingPartAreaM2, mustTakePartAreaM2), rounded up to 0.1 m² (at the quorum when no area is given). */
  mustAgreeAreaM2: number | null;
  /** Null when the area is not judged (areaStatus unknown). */
  takePartAreaReached: boolean | null;
  agreeAreaReached: boolean | null;
  areaStatus: AreaStatus;
  /** Least floor area (m², rounded up to 0.1) whose owners must still come to agree; 0 unless short by area. */
  missingAreaM2: number;
}

export interface FloorAreaContext {
  /** The building's floor area in m² (0 when unknown). */
  buildingFloorAreaM2: number;
  /** Units the building's area is shared among for a unit row. */
  units: number;
}

/** The floor area a vote row stands for: the building's for a whole-building row, else its even share per unit (to 0.1 m²). */
export function votingFloorArea(unit: VoteRecord['unit'], context: FloorAreaContext): { floorAreaM2: number | null; source: AreaSource } {
  if (!(context.buildingFloorAreaM2 > 0)) return { floorAreaM2: null, source: 'none' };
  if (unit === null) return { floorAreaM2: areaTenths(context.buildingFloorAreaM2) / 10, source: 'building' };
  return { floorAreaM2: areaTenths(context.buildingFloorAreaM2 / Math.max(1, context.units)) / 10, source: 'building-share' };
}

/** The area verdict of one vote row against its floor area. */
export function areaVote(record: Pick<VoteRecord, 'takingPartAreaM2' | 'agreedAreaM2'>, floorAreaM2: number | null, source: AreaSource): AreaVote {
  const takingPartAreaM2 = record.takingPartAreaM2 ?? null;
  const agreedAreaM2 = record.agreedAreaM2 ?? null;
  const unknown = { takePartAreaReached: null, agreeAreaReached: null, areaStatus: 'unknown' as const, missingAreaM2: 0 };
  if (floorAreaM2 === null || !(floorAreaM2 > 0)) {
    return { floorAreaM2: null, floorAreaSource: 'none', takingPartAreaM2, agreedAreaM2, mustTakePartAreaM2: null, mustAgreeAreaM2: null, ...unknown };
  }
  const quorum = areaConsentThresholds(floorAreaM2);
  const base = { floorAreaM2: quorum.floorAreaM2, floorAreaSource: source, takingPartAreaM2, agreedAreaM2, mustTakePartAreaM2: quorum.mustTakePartAreaM2 };
  if (takingPartAreaM2 === null || agreedAreaM2 === null) return { ...base, mustAgreeAreaM2: quorum.mustAgreeAreaM2, ...unknown };
  // In tenths of a m²: the quorum's thresholds are whole tenths; 3/4 of the area actually taking part is rounded up to one.
  const takePartTenths = twoThirdsUp(areaTenths(floorAreaM2));
  const agreeTenths = Math.max(threeQuartersUp(takePartTenths), ceilClean(7.5 * takingPartAreaM2));
  const takingPartTenths = takingPartAreaM2 * 10;
  const agreedTenths = agreedAreaM2 * 10;
  const takePartAreaReached = takingPartTenths >= takePartTenths - TENTHS_NOISE;
  const agreeAreaReached = agreedTenths >= agreeTenths - TENTHS_NOISE;
  const reached = takePartAreaReached && agreeAreaReached;
  // As for households: newcomers who join and agree cover the turnout, then agreement needs the rest.
  const missingTenths = reached ? 0 : Math.max(0, ceilClean(takePartTenths - takingPartTenths - TENTHS_NOISE), ceilClean(agreeTenths - agreedTenths - TENTHS_NOISE));
  return { ...base, mustAgreeAreaM2: agreeTenths / 10, takePartAreaReached, agreeAreaReached, areaStatus: reached ? 'reached' : 'short', missingAreaM2: missingTenths / 10 };
}
