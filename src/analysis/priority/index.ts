/**
 * Priority ranking (改造优先级, issue 10): one score per community from what it lacks —
 * parking still missing after pooling, service demand no facility reaches, elevator
 * candidate units, building age — and what its residents said — how much they ask for,
 * whether they would pay, how many elevator votes passed. Each criterion is normalised to
 * 0–1 across communities (min–max, see score.ts) and weighted by the planner; the output
 * keeps every criterion's raw value, normalised value and contribution so the planner sees
 * why a community ranks where it does.
 *
 * @example
 * const result = await runPriority(layers, { surveys, elevatorVotes }, { weights: { elevators: 2 } });
 * if (result.ok) console.table(result.value.communities.map((c) => [c.rank, c.id, c.score]));
 */
import { err, ok, type LayerSet, type Result } from '../../model/types';
import { gatherFindings, NO_SURVEYS_NOTE, NO_VOTES_NOTE, runResidents, type CommunityVoice, type PrecomputedAnalyses, type ResidentsOutput, type ResidentTables } from '../residents';
import type { RunOptions } from '../run-options';
import {
  CRITERIA, CRITERION_DEFINITIONS, resolvePriorityParams, type CriterionDefinition, type CriterionName, type PriorityParams, type PriorityParamsInput,
} from './params';
import { scoreAndRank, type PriorityRow, type RawCriteriaRow } from './score';

export * from './params';
export { compareIds, criterionRanges, normalise, scoreAndRank, type CriterionRange, type CriterionValue, type PriorityRow, type RawCriteriaRow } from './score';

export interface PriorityCriterion extends CriterionDefinition {
  name: CriterionName;
  weight: number;
  /** Range of the raw values across communities (the min–max normalisation's ends). */
  min: number | null;
  max: number | null;
  known: number;
}

export interface PriorityOutput {
  params: PriorityParams;
  /** Σ weights: the highest score possible. */
  weightTotal: number;
  criteria: PriorityCriterion[];
  /** Highest score first; rank 1…n. */
  communities: PriorityRow[];
  /** Which resident tables were given; absent ones make their criteria 0 for every community. */
  voice: { surveys: boolean; elevatorVotes: boolean };
  notes: string[];
  /** The residents' view the voice criteria came from (needs, votes, asked vs planned, unmatched rows). */
  residents: ResidentsOutput;
}

export interface PriorityRunOptions extends RunOptions {
  /** Parking or elevator results already computed with default parameters. */
  precomputed?: PrecomputedAnalyses;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The raw value of every criterion for one community (null: unknown, counts 0 after normalising). */
export function rawCriteria(community: CommunityVoice, params: PriorityParams, voice: ResidentsOutput['tables']): Record<CriterionName, number | null> {
  const { parking, services, elevators } = community.findings;
  const needShares = Object.values(community.needs);
  return {
    parking: parking && parking.demand > 0 ? round6(parking.unmet / parking.demand) : parking ? 0 : null,
    services: services ? (services.demand > 0 ? round6(services.uncoveredDemand / services.demand) : 0) : null,
    elevators: elevators ? elevators.candidateUnits : null,
    age: community.builtYear === null ? null : params.referenceYear - community.builtYear,
    needs: community.surveyed && needShares.length ? round6(needShares.reduce((a, b) => a + b, 0) / needShares.length) : null,
    willingToPay: community.surveyed ? community.willingToPay : null,
    votes: voice.elevatorVotes ? community.votes.unitsReached : null,
  };
}

export async function runPriority(
  layers: LayerSet, tables: ResidentTables = {}, params: PriorityParamsInput = {}, options: PriorityRunOptions = {},
): Promise<Result<PriorityOutput>> {
  const resolved = resolvePriorityParams(params);
  if (!resolved.ok) return resolved;
  const p = resolved.value;
  if (!layers.communities) {
    return err({ code: 'MISSING_LAYER', layer: 'communities', message: 'communities.geojson: the communities layer is required for the priority ranking' });
  }
  try {
    options.onProgress?.(0, 'analyses');
    const findings = await gatherFindings(layers, options.precomputed);
    options.onProgress?.(0.8, 'residents');
    const residents = await runResidents(layers, tables, { askedShare: p.askedShare }, { findings });
    if (!residents.ok) return residents;
    const voice = residents.value.tables;
    const rows: RawCriteriaRow[] = residents.value.communities.map((community) => ({
      id: community.id, name: community.name, districtId: community.districtId, raw: rawCriteria(community, p, voice),
    }));
    const { ranked, ranges } = scoreAndRank(rows, p.weights);
    // Its own missing-table notes say what the ranking does without them: one line each, not two.
    const notes = residents.value.notes.filter((note) => note !== NO_SURVEYS_NOTE && note !== NO_VOTES_NOTE);
    if (!voice.surveys) notes.push('priority: no surveys table — needs and willingness to pay are 0 for every community');
    if (!voice.elevatorVotes) notes.push('priority: no elevator votes table — votes passed is 0 for every community');
    const unsurveyed = residents.value.communities.filter((c) => !c.surveyed).length;
    if (voice.surveys && unsurveyed > 0) notes.push(`priority: ${unsurveyed} communities not surveyed — their needs and willingness to pay count 0`);
    const missingYear = rows.filter((r) => r.raw.age === null).length;
    if (missingYear > 0) notes.push(`priority: ${missingYear} communities without builtYear — their age counts 0`);
    options.onProgress?.(1);
    return ok({
      params: p,
      weightTotal: round6(CRITERIA.reduce((sum, name) => sum + p.weights[name], 0)),
      criteria: CRITERIA.map((name) => ({ name, ...CRITERION_DEFINITIONS[name], weight: p.weights[name], ...ranges[name] })),
      communities: ranked,
      voice,
      notes,
      residents: residents.value,
    });
  } catch (error) {
    return err({ code: 'ANALYSIS_FAILED', message: `priority: ${(error as Error).message ?? String(error)}` });
  }
}
