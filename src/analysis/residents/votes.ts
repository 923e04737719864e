/**
 * The vote on an added elevator against 民法典 art. 278 (CONSENT_RULE): at least 2/3 of the
 * households take part, and at least 3/4 of those taking part agree. Counts are integers, so
 * the comparisons are done exactly in integers (3·takingPart ≥ 2·households,
 * 4·agreed ≥ 3·takingPart) — never with 2/3 as a float, which would misjudge 6 of 9.
 * The same shares apply by floor area (area-vote.ts) when the row gives its areas: the vote
 * passes only when both hold; without areas it is judged by head count, its area unknown.
 */
import type { FeatureId } from '../../model/types';
import { consentThresholds, threeQuartersUp } from '../elevators/consent';
import type { ElevatorCandidate } from '../elevators/candidates';
import { areaVote, type AreaStatus, type AreaVote, votingFloorArea } from './area-vote';
import type { BuildingVote, BuildingVoteStatus, HouseholdsSource, UnitVote, VoteRecord } from './types';

/** True when takingPart ≥ 2/3 × households, exactly. */
export function takePartReached(households: number, takingPart: number): boolean {
  return 3 * takingPart >= 2 * households;
}

/** True when agreed ≥ 3/4 × takingPart, exactly. */
export function agreeReached(takingPart: number, agreed: number): boolean {
  return 4 * agreed >= 3 * takingPart;
}

/**
 * The vote of one unit (or of a whole building when the row names no unit).
 *
 * Missing households (差 N 户): the fewest households whose vote must become "agree" —
 * a household not yet voting that joins and agrees, or a participant who changes to agree.
 * Turnout short by q = mustTakePart − takingPart needs q newcomers (each agreeing); after
 * them, agreement needs ceil(3/4 × max(takingPart, mustTakePart)) agreeing, and each
 * further change adds one. Both together: N = max(q, neededAgree − agreed, 0). When turnout
 * is short this is the brief's max(mustTakePart − takingPart, mustAgree − agreed) with the
 * elevator analysis's mustAgree = ceil(3/4 × mustTakePart); when more than the quorum took
 * part, 3/4 applies to the actual participants, as art. 278 says.
 */
export function unitVote(record: VoteRecord, households: number | null, source: HouseholdsSource, area: AreaVote = areaVote(record, null, 'none')): UnitVote {
  const { takingPart, agreed } = record;
  const base = { row: record.row, unit: record.unit, households, householdsSource: source, takingPart, agreed };
  if (households === null || households <= 0) {
    return { ...base, mustTakePart: null, mustAgree: null, takePartReached: false, agreeReached: false, status: 'unknown', missingHouseholds: 0, ...area };
  }
  const { mustTakePart } = consentThresholds(households);
  const mustAgree = threeQuartersUp(Math.max(takingPart, mustTakePart));
  const turnout = takePartReached(households, takingPart);
  const agreement = agreeReached(takingPart, agreed);
  const missingHouseholds = Math.max(0, mustTakePart - takingPart, mustAgree - agreed);
  // Short by area fails the vote; an unknown area leaves it to the head count (areaStatus says so).
  const status = takingPart === 0 ? 'none' : turnout && agreement && area.areaStatus !== 'short' ? 'reached' : 'short';
  return {
    ...base, mustTakePart, mustAgree, takePartReached: turnout, agreeReached: agreement, status,
    missingHouseholds: status === 'reached' ? 0 : missingHouseholds, ...area, missingAreaM2: status === 'short' ? area.missingAreaM2 : 0,
  };
}

export interface BuildingContext {
  communityId: FeatureId | null;
  /** The elevator analysis's row when the building is a candidate. */
  elevator?: ElevatorCandidate;
  /** Households of the building by the consent rule (DESIGN §3.6), candidate or not; 0 when unknown. */
  households: number;
  /** The building's `units` property, for sharing households among units of a non-candidate. */
  unitsProperty?: number;
  /** Floor area of the building in m² (footprint area × floors), candidate or not; 0 or absent when unknown. */
  floorAreaM2?: number;
}

/**
 * Households a vote row stands for: the row's own count when given; else the building's
 * households from the elevator analysis (a whole-building row), or those shared evenly
 * among its units (a unit row), rounded half up.
 */
export function votingHouseholds(record: VoteRecord, context: BuildingContext): { households: number | null; source: HouseholdsSource } {
  if (record.households !== null) return { households: record.households, source: 'row' };
  const buildingHouseholds = context.elevator?.households ?? context.households;
  if (!(buildingHouseholds > 0)) return { households: null, source: 'none' };
  if (record.unit === null) return { households: buildingHouseholds, source: 'building' };
  const units = context.elevator?.units ?? context.unitsProperty ?? 1;
  return { households: Math.max(1, Math.floor(buildingHouseholds / Math.max(1, units) + 0.5)), source: 'building-share' };
}

/** Sums the unit votes of one building into its status: reached, short (差 N 户) or none (未表决). */
export function buildingVote(buildingId: FeatureId, context: BuildingContext, records: readonly VoteRecord[]): BuildingVote {
  const areaContext = {
    buildingFloorAreaM2: context.elevator?.floorAreaM2 ?? context.floorAreaM2 ?? 0,
    units: context.elevator?.units ?? context.unitsProperty ?? 1,
  };
  const votes = records.map((record) => {
    const { households, source } = votingHouseholds(record, context);
    const { floorAreaM2, source: areaSource } = votingFloorArea(record.unit, areaContext);
    return unitVote(record, households, source, areaVote(record, floorAreaM2, areaSource));
  });
  const voted = votes.filter((v) => v.status === 'reached' || v.status === 'short');
  const short = voted.filter((v) => v.status === 'short');
  const status: BuildingVoteStatus = voted.length === 0 ? 'none' : short.length > 0 ? 'short' : 'reached';
  const elevator = context.elevator;
  return {
    buildingId,
    communityId: context.communityId,
    candidate: Boolean(elevator),
    status,
    missingHouseholds: short.reduce((sum, v) => sum + v.missingHouseholds, 0),
    areaStatus: buildingAreaStatus(voted.map((v) => v.areaStatus)),
    // Summed in tenths: 0.1 + 0.2 would not be 0.3 in m².
    missingAreaM2: short.reduce((sum, v) => sum + Math.round(v.missingAreaM2 * 10), 0) / 10,
    households: elevator?.households ?? null,
    mustTakePart: elevator?.mustTakePart ?? null,
    mustAgree: elevator?.mustAgree ?? null,
    floorAreaM2: elevator?.floorAreaM2 ?? null,
    mustTakePartAreaM2: elevator?.mustTakePartAreaM2 ?? null,
    mustAgreeAreaM2: elevator?.mustAgreeAreaM2 ?? null,
    unitsVoted: voted.length,
    unitsReached: voted.length - short.length,
    unitsTotal: elevator?.units ?? null,
    votes,
  };
}

/** A building's area verdict over its voted units: short when one is, reached when all are, else unknown (also with no vote). */
export function buildingAreaStatus(statuses: readonly AreaStatus[]): AreaStatus {
  if (statuses.includes('short')) return 'short';
  return statuses.length > 0 && statuses.every((status) => status === 'reached') ? 'reached' : 'unknown';
}
