/**
 * The arithmetic of the ranking, apart from where the raw values come from (so it can be
 * worked out by hand in tests):
 *
 * - Each criterion is normalised to 0–1 across the communities by min–max:
 *   normalised = (raw − min) / (max − min), min and max over the communities that have a
 *   value. A community without a value (not surveyed, no parking demand known) gets 0 — it
 *   adds nothing rather than a guess. When every known value is equal (max = min) the
 *   criterion cannot tell communities apart and gives 0 to all.
 * - contribution = weight × normalised; score = Σ contributions, so 0 ≤ score ≤ Σ weights.
 *   Both are rounded to 6 decimals, and the score is the sum of the rounded contributions,
 *   so the table adds up as shown.
 * - Sorted by score, highest first; equal scores by id (numbers before text, then in
 *   code-point order) so the order never depends on file order or the platform's locale.
 *   Ranks are 1…n with no shared places.
 */
import type { FeatureId } from '../../model/types';
import { CRITERIA, type CriterionName, type PriorityWeights } from './params';

export interface RawCriteriaRow {
  id: FeatureId;
  name: string | null;
  districtId: FeatureId | null;
  raw: Record<CriterionName, number | null>;
}

export interface CriterionValue {
  /** The measured value (see CRITERION_DEFINITIONS[name].raw); null when unknown. */
  raw: number | null;
  normalised: number;
  /** weight × normalised: what this criterion adds to the score. */
  contribution: number;
}

export interface PriorityRow {
  rank: number;
  id: FeatureId;
  name: string | null;
  districtId: FeatureId | null;
  score: number;
  criteria: Record<CriterionName, CriterionValue>;
}

export interface CriterionRange {
  min: number | null;
  max: number | null;
  /** Communities with a value. */
  known: number;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Deterministic id order: numbers before text, numbers by value, text by code point. */
export function compareIds(a: FeatureId, b: FeatureId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export function criterionRanges(rows: readonly RawCriteriaRow[]): Record<CriterionName, CriterionRange> {
  const ranges = {} as Record<CriterionName, CriterionRange>;
  for (const name of CRITERIA) {
    let min: number | null = null;
    let max: number | null = null;
    let known = 0;
    for (const row of rows) {
      const value = row.raw[name];
      if (value === null || !Number.isFinite(value)) continue;
      known += 1;
      min = min === null ? value : Math.min(min, value);
      max = max === null ? value : Math.max(max, value);
    }
    ranges[name] = { min, max, known };
  }
  return ranges;
}

export function normalise(value: number | null, range: CriterionRange): number {
  if (value === null || !Number.isFinite(value) || range.min === null || range.max === null || range.max === range.min) return 0;
  return Math.min(1, Math.max(0, (value - range.min) / (range.max - range.min)));
}

/** Scores and ranks the rows; pure and deterministic. */
export function scoreAndRank(rows: readonly RawCriteriaRow[], weights: PriorityWeights): { ranked: PriorityRow[]; ranges: Record<CriterionName, CriterionRange> } {
  const ranges = criterionRanges(rows);
  const scored = rows.map((row) => {
    const criteria = {} as Record<CriterionName, CriterionValue>;
    let score = 0;
    for (const name of CRITERIA) {
      const normalised = round6(normalise(row.raw[name], ranges[name]));
      const contribution = round6(weights[name] * normalised);
      criteria[name] = { raw: row.raw[name], normalised, contribution };
      score += contribution;
    }
    return { rank: 0, id: row.id, name: row.name, districtId: row.districtId, score: round6(score), criteria };
  });
  scored.sort((a, b) => b.score - a.score || compareIds(a.id, b.id));
  scored.forEach((row, index) => { row.rank = index + 1; });
  return { ranked: scored, ranges };
}
