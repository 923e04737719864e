/**
 * Issue 9's engine targets, checked against one bench run: for each target the run measured,
 * the figure, the limit and whether it holds. Printed after the scaling report and kept in
 * the JSON (`targets`), so a run says by itself where the engine stands instead of a reader
 * matching figures against the issue by hand. They do not change the exit code: the figures
 * move with the machine (the same code has ranged 9.5–11.6 s at province in one hour), which
 * is what `--compare` and `--against` are for.
 */
import type { ScalingRow } from './report';
import { N_LOG_N_EXPONENT } from './statistics';

export type TargetMeasure = 'medianMs' | 'peakRssMB' | 'exponent';

export interface EngineTarget {
  /** Entry name, or '*' for every entry of the scaling report (the growth target). */
  entry: string;
  /** Scale the target applies at; null for the growth target (it spans the scales run). */
  communities: number | null;
  measure: TargetMeasure;
  /** The figure must stay below this (at most this, for the growth exponent). */
  limit: number;
  label: string;
}

export interface TargetCheck extends EngineTarget {
  value: number;
  met: boolean;
}

const CITY = 3000;
const PROVINCE = 12000;

/** A parameter change re-runs one analysis: the bench's warm entries, each changing one parameter between runs. */
const WARM_ENTRIES = ['parking.self.warm', 'parking.district.warm', 'parking.cross.warm', 'elevators.warm', 'services.siting.network.warm', 'pooling.warm'];

export const ENGINE_TARGETS: readonly EngineTarget[] = [
  { entry: 'suite.cold.core', communities: CITY, measure: 'medianMs', limit: 2000, label: 'full suite, city' },
  { entry: 'suite.cold.core', communities: PROVINCE, measure: 'medianMs', limit: 10000, label: 'full suite, province' },
  { entry: 'suite.cold.core', communities: PROVINCE, measure: 'peakRssMB', limit: 2048, label: 'full suite, province, peak memory' },
  ...WARM_ENTRIES.map((entry): EngineTarget => ({ entry, communities: CITY, measure: 'medianMs', limit: 300, label: 're-run after a parameter change, city' })),
  { entry: '*', communities: null, measure: 'exponent', limit: N_LOG_N_EXPONENT, label: 'growth no faster than n log n' },
];

interface MeasuredEntry {
  name: string;
  communities: number;
  medianMs: number;
  peakRssMB: number;
  runs: number;
}

/** The targets this run measured (an entry that failed or was not selected has none). */
export function checkTargets(results: readonly MeasuredEntry[], scaling: readonly ScalingRow[], targets = ENGINE_TARGETS): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const target of targets) {
    if (target.measure === 'exponent') {
      for (const row of scaling) {
        if (row.exponent === null) continue;
        checks.push({ ...target, entry: row.name, label: `${target.label}, ${row.sizes[0]}→${row.sizes[row.sizes.length - 1]} communities`, value: row.exponent, met: row.exponent <= target.limit });
      }
      continue;
    }
    const result = results.find((r) => r.name === target.entry && r.communities === target.communities && r.runs > 0 && Number.isFinite(r.medianMs));
    if (!result) continue;
    const value = result[target.measure];
    checks.push({ ...target, value, met: value < target.limit });
  }
  return checks;
}

const UNITS: Record<TargetMeasure, (value: number) => string> = {
  medianMs: (ms) => `${Math.round(ms).toLocaleString('en-US')} ms`,
  peakRssMB: (mb) => `${Math.round(mb).toLocaleString('en-US')} MB`,
  exponent: (exponent) => exponent.toFixed(2),
};

export function formatTargets(checks: readonly TargetCheck[]): string[] {
  if (checks.length === 0) return [];
  const lines = ['', "Issue 9's engine targets (medians of this run; they move with the machine):"];
  for (const check of checks) {
    const format = UNITS[check.measure];
    const where = check.communities === null ? '' : ` at ${check.communities}`;
    const relation = check.measure === 'exponent' ? '≤' : '<';
    const verdict = check.met ? 'met' : 'NOT MET';
    lines.push(`${`${check.entry}${where}`.padEnd(36)} ${format(check.value).padStart(9)}  target ${relation} ${format(check.limit)}  ${verdict}  (${check.label})`);
  }
  const missed = checks.filter((c) => !c.met).length;
  lines.push(missed === 0 ? `all ${checks.length} measured targets met` : `${missed} of ${checks.length} measured targets not met`);
  return lines;
}
