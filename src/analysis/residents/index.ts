/**
 * Residents' voice (问需于民、问计于民、问效于民, issue 10): the survey and vote tables joined
 * to communities and buildings by id, each elevator building's vote against 民法典 art. 278
 * (已达标 / 差 N 户 / 未表决), needs per community and item, and what residents asked for
 * next to what the plan gives, with mismatches both ways.
 *
 * @example
 * const surveys = parseSurveys(rows);               // rows as the io CSV reader gives them
 * const result = await runResidents(layers, { surveys: surveys.value.records });
 */
import type { BuildingProperties, CommunityProperties } from '../../model/layers';
import { err, ok, type FeatureId, type LayerSet, type Result } from '../../model/types';
import { buildingCommunities, buildingFloorAreas, buildingHouseholds } from '../elevators/consent';
import { prepareLayers } from '../prepare';
import type { RunOptions } from '../run-options';
import { gatherFindings, type Findings, type PrecomputedAnalyses } from './findings';
import { DEFAULT_TABLE_FILES } from './parse';
import type {
  BuildingVote, CommunityVoice, ResidentsOutput, ResidentsParams, ResidentTables, SurveyRecord, TableIssue, VoteRecord,
} from './types';
import { buildingVote, type BuildingContext } from './votes';

export * from './types';
export { parseSurveys, parseElevatorVotes, firstIssueLine, DEFAULT_TABLE_FILES, type ParseOptions, type ParsedSurveys, type TableRow } from './parse';
export { takePartReached, agreeReached, unitVote, buildingVote, votingHouseholds, buildingAreaStatus } from './votes';
export { areaVote, votingFloorArea } from './area-vote';
export { gatherFindings, type Findings, type PrecomputedAnalyses } from './findings';
export { RESIDENT_EXTRA_ALIASES, KNOWN_NEED_ITEMS } from './aliases';

/** The notes for a missing table; priority states its own consequence instead (priority/index.ts). */
export const NO_SURVEYS_NOTE = 'no surveys table: needs, willingness to pay and satisfaction are unknown';
export const NO_VOTES_NOTE = 'no elevator votes table: every candidate building is 未表决 (none)';

export const DEFAULT_RESIDENTS_PARAMS: ResidentsParams = Object.freeze({ askedShare: 0.5 });

export interface ResidentsRunOptions extends RunOptions {
  /** Analyses the caller already ran (default parameters expected); skipped here when given. */
  precomputed?: PrecomputedAnalyses;
  /** Findings already gathered (the priority ranking passes its own). */
  findings?: Findings;
}

const key = (id: FeatureId) => String(id);

export async function runResidents(
  layers: LayerSet, tables: ResidentTables = {}, params: Partial<ResidentsParams> = {}, options: ResidentsRunOptions = {},
): Promise<Result<ResidentsOutput>> {
  const askedShare = params.askedShare ?? DEFAULT_RESIDENTS_PARAMS.askedShare;
  if (typeof askedShare !== 'number' || !Number.isFinite(askedShare) || askedShare < 0 || askedShare > 1) {
    return err({ code: 'BAD_PARAMETER', message: `residents: askedShare "${String(askedShare)}" is not a share between 0 and 1`, field: 'askedShare' });
  }
  try {
    options.onProgress?.(0, 'analyses');
    const findings = options.findings ?? (await gatherFindings(layers, options.precomputed));
    options.onProgress?.(0.8, 'residents');
    const output = joinResidents(layers, tables, { askedShare }, findings);
    options.onProgress?.(1);
    return ok(output);
  } catch (error) {
    return err({ code: 'ANALYSIS_FAILED', message: `residents: ${(error as Error).message ?? String(error)}` });
  }
}

/** Vote rows grouped by building, and those matching no building (reported by id). */
function buildingVotes(layers: LayerSet, votes: readonly VoteRecord[], findings: Findings, fileName: string, issues: TableIssue[]) {
  const prepared = prepareLayers(layers);
  const buildings = prepared.layer<BuildingProperties>('buildings').features;
  const communityOf = buildings.length ? buildingCommunities(prepared) : [];
  const households = buildings.length ? buildingHouseholds(prepared) : [];
  const floorAreas = buildings.length ? buildingFloorAreas(prepared) : [];
  const contexts = new Map<string, { id: FeatureId; context: BuildingContext }>();
  buildings.forEach((building, position) => {
    if (contexts.has(key(building.id))) return;
    contexts.set(key(building.id), {
      id: building.id,
      context: { communityId: communityOf[position] ?? null, households: households[position] ?? 0, unitsProperty: building.properties.units, floorAreaM2: floorAreas[position] ?? 0 },
    });
  });
  for (const row of findings.elevators?.buildings ?? []) {
    const entry = contexts.get(key(row.id));
    if (entry) entry.context.elevator = row;
  }
  const byBuilding = new Map<string, VoteRecord[]>();
  const unmatched: ResidentsOutput['unmatched']['elevatorVotes'] = [];
  for (const vote of votes) {
    if (!contexts.has(key(vote.buildingId))) {
      unmatched.push({ row: vote.row, buildingId: vote.buildingId });
      continue;
    }
    const list = byBuilding.get(key(vote.buildingId)) ?? [];
    list.push(vote);
    byBuilding.set(key(vote.buildingId), list);
  }
  // Every elevator candidate appears (未表决 when no row); every voted building too.
  const rows: BuildingVote[] = [];
  for (const [id, { id: buildingId, context }] of contexts) {
    const records = byBuilding.get(id) ?? [];
    if (!context.elevator && records.length === 0) continue;
    const row = buildingVote(buildingId, context, records);
    for (const vote of row.votes) {
      if (vote.status === 'unknown') {
        issues.push(tableWarning('elevatorVotes', fileName, vote.row, 'households', buildingId, 'NO_HOUSEHOLDS',
          `no households on the row and none known for the building; the vote cannot be judged`, '该行无户数且楼栋户数未知，无法判断表决结果'));
      } else if (vote.householdsSource !== 'row' && vote.households !== null && vote.takingPart > vote.households) {
        issues.push(tableWarning('elevatorVotes', fileName, vote.row, 'takingPart', buildingId, 'ABOVE_ESTIMATE',
          `${vote.takingPart} taking part is more than the ${vote.households} households estimated from floor area; give households on the row`,
          `参与表决 ${vote.takingPart} 户多于按面积估算的 ${vote.households} 户，请在表中填写户数`));
      }
      if (vote.takingPartAreaM2 !== null && vote.floorAreaM2 !== null && vote.takingPartAreaM2 > vote.floorAreaM2) {
        issues.push(tableWarning('elevatorVotes', fileName, vote.row, 'takingPartAreaM2', buildingId, 'ABOVE_AREA_ESTIMATE',
          `${vote.takingPartAreaM2} m² taking part is more than the ${vote.floorAreaM2} m² floor area estimated from the footprint × floors`,
          `参与表决面积 ${vote.takingPartAreaM2} ㎡ 多于按占地面积 × 层数估算的 ${vote.floorAreaM2} ㎡`));
      }
    }
    rows.push(row);
  }
  return { rows, unmatched };
}

function tableWarning(table: TableIssue['table'], fileName: string, row: number, field: string, id: FeatureId, code: string, en: string, zh: string): TableIssue {
  return { severity: 'warning', code, table, fileName, row, field, id, message: `${fileName}: row ${row} (building ${id}), field ${field}: ${en}`, messageZh: `${fileName}：第 ${row} 行（${id}）字段 ${field}：${zh}` };
}

/** Asked vs planned: items asked by ≥ askedShare (largest share first) against the community's items. */
export function askedVersusPlanned(needs: Record<string, number>, planned: readonly string[], askedShare: number) {
  const asked = Object.entries(needs)
    .filter(([, share]) => share >= askedShare)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([item]) => item);
  const plannedSet = new Set(planned);
  return {
    asked,
    askedNotPlanned: asked.filter((item) => !plannedSet.has(item)),
    plannedNotAsked: planned.filter((item) => item in needs && needs[item] < askedShare),
    plannedNotSurveyed: planned.filter((item) => !(item in needs)),
  };
}

export function joinResidents(layers: LayerSet, tables: ResidentTables, params: ResidentsParams, findings: Findings): ResidentsOutput {
  const surveyFile = tables.fileNames?.surveys ?? DEFAULT_TABLE_FILES.surveys;
  const voteFile = tables.fileNames?.elevatorVotes ?? DEFAULT_TABLE_FILES.elevatorVotes;
  const issues: TableIssue[] = [];
  const prepared = prepareLayers(layers);
  const communityFeatures = prepared.layer<CommunityProperties>('communities').features;

  const surveyOf = new Map<string, SurveyRecord>();
  const unmatchedSurveys: ResidentsOutput['unmatched']['surveys'] = [];
  const communityIds = new Set(communityFeatures.map((c) => key(c.id)));
  for (const survey of tables.surveys ?? []) {
    const id = key(survey.communityId);
    if (!communityIds.has(id)) unmatchedSurveys.push({ row: survey.row, communityId: survey.communityId });
    else if (!surveyOf.has(id)) surveyOf.set(id, survey);
    else {
      // parseSurveys refuses duplicates; records built by hand may still carry one: say which row is set aside.
      issues.push({ severity: 'warning', code: 'DUPLICATE_ROW', table: 'surveys', fileName: surveyFile, row: survey.row, field: 'communityId', id: survey.communityId,
        message: `${surveyFile}: row ${survey.row}, field communityId: community ${survey.communityId} repeats row ${surveyOf.get(id)?.row}; this row is not used`,
        messageZh: `${surveyFile}：第 ${survey.row} 行字段 小区编号：小区 ${survey.communityId} 与第 ${surveyOf.get(id)?.row} 行重复，本行未采用` });
    }
  }
  const votes = buildingVotes(layers, tables.elevatorVotes ?? [], findings, voteFile, issues);
  const votesOf = new Map<string, BuildingVote[]>();
  for (const row of votes.rows) {
    if (row.communityId === null) continue;
    const list = votesOf.get(key(row.communityId)) ?? [];
    list.push(row);
    votesOf.set(key(row.communityId), list);
  }

  const needItems = [...new Set((tables.surveys ?? []).flatMap((s) => Object.keys(s.needs)))];
  const seen = new Set<string>();
  const communities: CommunityVoice[] = [];
  communityFeatures.forEach((feature, position) => {
    if (seen.has(key(feature.id))) return;
    seen.add(key(feature.id));
    const properties = feature.properties;
    const survey = surveyOf.get(key(feature.id));
    const planned = Array.isArray(properties.items) ? properties.items.map(String) : [];
    const comparison = survey ? askedVersusPlanned(survey.needs, planned, params.askedShare) : { asked: [], askedNotPlanned: [], plannedNotAsked: [], plannedNotSurveyed: planned };
    const buildingRows = votesOf.get(key(feature.id)) ?? [];
    const count = (status: BuildingVote['status']) => buildingRows.filter((b) => b.status === status).length;
    communities.push({
      id: feature.id,
      name: typeof properties.name === 'string' ? properties.name : null,
      districtId: prepared.districtOf('communities', position),
      builtYear: typeof properties.builtYear === 'number' ? properties.builtYear : null,
      surveyed: Boolean(survey),
      surveyRow: survey?.row ?? null,
      respondents: survey?.respondents ?? null,
      needs: survey?.needs ?? {},
      willingToPay: survey?.willingToPay ?? null,
      satisfaction: survey?.satisfaction ?? null,
      planned,
      ...comparison,
      votes: {
        buildings: buildingRows.length, reached: count('reached'), short: count('short'), none: count('none'),
        unitsReached: buildingRows.reduce((sum, b) => sum + b.unitsReached, 0),
        missingHouseholds: buildingRows.reduce((sum, b) => sum + b.missingHouseholds, 0),
        missingAreaM2: buildingRows.reduce((sum, b) => sum + Math.round(b.missingAreaM2 * 10), 0) / 10,
      },
      findings: findings.byCommunity.get(key(feature.id)) ?? { parking: null, elevators: null, services: null },
    });
  });

  for (const row of unmatchedSurveys) {
    issues.push({ severity: 'warning', code: 'UNMATCHED_ROW', table: 'surveys', fileName: surveyFile, row: row.row, field: 'communityId', id: row.communityId,
      message: `${surveyFile}: row ${row.row}, field communityId: community ${row.communityId} is not in the communities layer`,
      messageZh: `${surveyFile}：第 ${row.row} 行字段 小区编号：小区 ${row.communityId} 不在小区图层中` });
  }
  for (const row of votes.unmatched) {
    issues.push({ severity: 'warning', code: 'UNMATCHED_ROW', table: 'elevatorVotes', fileName: voteFile, row: row.row, field: 'buildingId', id: row.buildingId,
      message: `${voteFile}: row ${row.row}, field buildingId: building ${row.buildingId} is not in the buildings layer`,
      messageZh: `${voteFile}：第 ${row.row} 行字段 楼栋编号：楼栋 ${row.buildingId} 不在楼栋图层中` });
  }
  const notes = [...findings.notes];
  if (!tables.surveys) notes.push(NO_SURVEYS_NOTE);
  if (!tables.elevatorVotes) notes.push(NO_VOTES_NOTE);
  const status = (s: BuildingVote['status']) => votes.rows.filter((b) => b.status === s).length;
  return {
    params,
    tables: { surveys: Boolean(tables.surveys), elevatorVotes: Boolean(tables.elevatorVotes) },
    needItems,
    communities,
    buildings: votes.rows,
    unmatched: { surveys: unmatchedSurveys, elevatorVotes: votes.unmatched },
    issues,
    notes,
    totals: {
      communities: communities.length, surveyed: communities.filter((c) => c.surveyed).length,
      surveyRows: tables.surveys?.length ?? 0, voteRows: tables.elevatorVotes?.length ?? 0,
      buildingsReached: status('reached'), buildingsShort: status('short'), buildingsNone: status('none'),
    },
  };
}
