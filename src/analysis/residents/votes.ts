/**
 * The vote on an added elevator against 民法典 art. 278 (CONSENT_RULE): at least 2/3 of the
 * households take part, and at least 3/4 of those taking part agree. Counts are integers, so
 * the comparisons are done exactly in integers (3·takingPart ≥ 2·households,
 * 4·agreed ≥ 3·takingPart) — never with 2/3 as a float, which would misjudge 6 of 9.
 */
import type { FeatureId } from '../../model/types';
import { consentThresholds } from '../elevators/consent';
import type { ElevatorBuilding } from '../elevators/params';
import type { BuildingVote, BuildingVoteStatus, HouseholdsSource, UnitVote, VoteRecord } from './types';

/** True when takingPart ≥ 2/3 × households, exactly. */
export function takePartReached(households: number, takingPart: number): boolean {
  return 3 * takingPart >= 2 * households;
}

/** True when agreed ≥ 3/4 × takingPart, exactly. */
export function agreeReached(takingPart: number, agreed: number): boolean {
  return 4 * agreed >= 3 * takingPart;
}

/** ceil(3/4 × n) in integers. */
const threeQuartersUp = (n: number) => Math.floor((3 * n + 3) / 4);

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
export function unitVote(record: VoteRecord, households: number | null, source: HouseholdsSource): UnitVote {
  const { takingPart, agreed } = record;
  const base = { row: record.row, unit: record.unit, households, householdsSource: source, takingPart, agreed };
  if (households === null || households <= 0) {
    return { ...base, mustTakePart: null, mustAgree: null, takePartReached: false, agreeReached: false, status: 'unknown', missingHouseholds: 0 };
  }
  const { mustTakePart } = consentThresholds(households);
  const mustAgree = threeQuartersUp(Math.max(takingPart, mustTakePart));
  const turnout = takePartReached(households, takingPart);
  const agreement = agreeReached(takingPart, agreed);
  const missingHouseholds = Math.max(0, mustTakePart - takingPart, mustAgree - agreed);
  const status = takingPart === 0 ? 'none' : turnout && agreement ? 'reached' : 'short';
  return { ...base, mustTakePart, mustAgree, takePartReached: turnout, agreeReached: agreement, status, missingHouseholds: status === 'reached' ? 0 : missingHouseholds };
}

export interface BuildingContext {
  communityId: FeatureId | null;
  /** The elevator analysis's row when the building is a candidate. */
  elevator?: ElevatorBuilding;
  /** Households of the building by the consent rule (DESIGN §3.6), candidate or not; 0 when unknown. */
  households: number;
  /** The building's `units` property, for sharing households among units of a non-candidate. */
  unitsProperty?: number;
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
  const votes = records.map((record) => {
    const { households, source } = votingHouseholds(record, context);
    return unitVote(record, households, source);
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
    households: elevator?.households ?? null,
    mustTakePart: elevator?.mustTakePart ?? null,
    mustAgree: elevator?.mustAgree ?? null,
    unitsVoted: voted.length,
    unitsReached: voted.length - short.length,
    unitsTotal: elevator?.units ?? null,
    votes,
  };
}
