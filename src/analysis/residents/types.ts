/**
 * Shapes of the residents' voice (问需于民、问计于民、问效于民, DESIGN §2 tables): the parsed
 * rows of surveys.csv and elevator_votes.csv, their join to communities and buildings, the
 * vote status of every elevator building, and what residents asked for next to the plan.
 * Plain JSON throughout: it crosses the worker boundary and is written by the CLI.
 */
import type { ServiceType } from '../../model/codes';
import type { FeatureId } from '../../model/types';
import type { AreaStatus, AreaVote } from './area-vote';

export type { AreaSource, AreaStatus, AreaVote } from './area-vote';

export type ResidentTableName = 'surveys' | 'elevatorVotes';

/** One problem in a table, named by table (file), row and field. Row = the CSV line number (header is line 1). */
export interface TableIssue {
  severity: 'error' | 'warning';
  code: string;
  table: ResidentTableName;
  fileName: string;
  /** CSV line number (first data row = 2); null for a problem of the whole table (a missing column). */
  row: number | null;
  field?: string;
  id?: FeatureId;
  message: string;
  messageZh: string;
}

/** A survey row after mapping and validation. Shares are 0–1; missing values are null. */
export interface SurveyRecord {
  row: number;
  communityId: FeatureId;
  respondents: number | null;
  /** need item code (without the `need_` prefix) → share of respondents asking for it. */
  needs: Record<string, number>;
  willingToPay: number | null;
  satisfaction: number | null;
}

/** An elevator vote row after mapping and validation. */
export interface VoteRecord {
  row: number;
  buildingId: FeatureId;
  unit: string | number | null;
  /** Households entitled to vote as the row gives them; null: taken from the elevator analysis. */
  households: number | null;
  takingPart: number;
  agreed: number;
  /** Floor area (m²) of the owners taking part (参与表决面积); absent when the row gives no area. Given with agreedAreaM2. */
  takingPartAreaM2?: number;
  /** Floor area (m²) of the owners agreeing (同意面积); absent when the row gives no area. */
  agreedAreaM2?: number;
}

/** Both tables, either of which may be absent (not yet surveyed, no vote held). */
export interface ResidentTables {
  surveys?: SurveyRecord[];
  elevatorVotes?: VoteRecord[];
  /** File names for messages (default surveys.csv / elevator_votes.csv). */
  fileNames?: Partial<Record<ResidentTableName, string>>;
}

export type UnitVoteStatus = 'reached' | 'short' | 'none' | 'unknown';
export type BuildingVoteStatus = 'reached' | 'short' | 'none';

/** Where a vote's household count came from. */
export type HouseholdsSource = 'row' | 'building' | 'building-share' | 'none';

/** One row's vote by head count, and by floor area (AreaVote: its fields, areaStatus unknown when no area is given). */
export interface UnitVote extends AreaVote {
  row: number;
  unit: string | number | null;
  households: number | null;
  householdsSource: HouseholdsSource;
  takingPart: number;
  agreed: number;
  /** ceil(2/3 × households): the turnout that must be reached. */
  mustTakePart: number | null;
  /** ceil(3/4 × max(takingPart, mustTakePart)): agreement needed at this turnout (≥ the analysis's mustAgree). */
  mustAgree: number | null;
  takePartReached: boolean;
  agreeReached: boolean;
  /**
   * reached 已达标 (by head count, and by area when the row gives it); short 差 N 户 / 差 N ㎡
   * (short by area fails too); none 未表决 (a row with nobody taking part); unknown when the
   * households cannot be known (no count on the row, the building has none).
   */
  status: UnitVoteStatus;
  /** Fewest households whose vote must turn into "agree" for the vote to pass (0 when reached). */
  missingHouseholds: number;
}

export interface BuildingVote {
  buildingId: FeatureId;
  communityId: FeatureId | null;
  /** True when the elevator analysis lists the building as a candidate. */
  candidate: boolean;
  /** reached: every voted unit passed; short: some voted unit did not (missingHouseholds = Σ); none: no vote. */
  status: BuildingVoteStatus;
  missingHouseholds: number;
  /** By area over the voted units: short when one is, reached when all are, unknown otherwise (no area given, or no vote). */
  areaStatus: AreaStatus;
  /** Σ of the short units' missing floor area (m², to 0.1). */
  missingAreaM2: number;
  /** Households and thresholds from the elevator analysis (民法典 art. 278, DESIGN §3.6); null when not a candidate. */
  households: number | null;
  mustTakePart: number | null;
  mustAgree: number | null;
  /** Floor area and area thresholds from the elevator analysis (m²); null when not a candidate. */
  floorAreaM2: number | null;
  mustTakePartAreaM2: number | null;
  mustAgreeAreaM2: number | null;
  unitsVoted: number;
  unitsReached: number;
  /** Units of the building in the elevator analysis; null when not a candidate. */
  unitsTotal: number | null;
  votes: UnitVote[];
}

/** What the analyses found for a community, next to what residents asked. */
export interface CommunityFindings {
  parking: { demand: number; deficit: number; allocated: number; unmet: number; metShare: number | null } | null;
  elevators: { candidateBuildings: number; candidateUnits: number; feasible: number; conditional: number; infeasible: number } | null;
  services: {
    covered: ServiceType[];
    uncovered: ServiceType[];
    demand: number;
    uncoveredDemand: number;
  } | null;
}

export interface CommunityVoice {
  id: FeatureId;
  name: string | null;
  districtId: FeatureId | null;
  builtYear: number | null;
  surveyed: boolean;
  surveyRow: number | null;
  respondents: number | null;
  needs: Record<string, number>;
  willingToPay: number | null;
  satisfaction: number | null;
  /** Items asked for by at least askedShare of respondents, largest share first. */
  asked: string[];
  planned: string[];
  askedNotPlanned: string[];
  /** Planned items the survey asked about whose share stayed under askedShare. */
  plannedNotAsked: string[];
  /** Planned items the survey had no column for: neither asked nor not asked. */
  plannedNotSurveyed: string[];
  /** missingAreaM2: Σ of the buildings' missing floor area (m², to 0.1). */
  votes: { buildings: number; reached: number; short: number; none: number; unitsReached: number; missingHouseholds: number; missingAreaM2: number };
  findings: CommunityFindings;
}

export interface ResidentsParams {
  /** Share of respondents (inclusive) from which an item counts as asked for; default 0.5. */
  askedShare: number;
}

export interface ResidentsOutput {
  params: ResidentsParams;
  tables: { surveys: boolean; elevatorVotes: boolean };
  /** Need items found in the survey columns, in column order. */
  needItems: string[];
  communities: CommunityVoice[];
  buildings: BuildingVote[];
  /** Rows whose id matches no community / building: reported, never dropped silently. */
  unmatched: { surveys: { row: number; communityId: FeatureId }[]; elevatorVotes: { row: number; buildingId: FeatureId }[] };
  /** Warnings found while joining (estimated households exceeded, analyses that could not run). */
  issues: TableIssue[];
  notes: string[];
  totals: {
    communities: number; surveyed: number; surveyRows: number; voteRows: number;
    buildingsReached: number; buildingsShort: number; buildingsNone: number;
  };
}
