/**
 * `bench --against DIR`: entries timed on the same data alternately with this checkout's code
 * and with DIR's (another checkout of the project, e.g. `git worktree add /tmp/base HEAD~1`,
 * with its node_modules). This machine's figures drift by 10–15 % within an hour (README), so
 * a comparison with a JSON file written earlier mostly measures the drift: the effect of a
 * change of a few per cent shows only in runs made together. Each round runs both sides once,
 * each run in a fresh process (isolated.ts); the order swaps every round, so a steady drift
 * weighs on both alike.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { runIsolated, type IsolatedRun } from './isolated';
import { median } from './statistics';

export type Side = 'base' | 'current';

/** Round r runs the base first when r is even, the current code first when it is odd. */
export function roundOrder(round: number): [Side, Side] {
  return round % 2 === 0 ? ['base', 'current'] : ['current', 'base'];
}

export interface PairedSummary {
  baseMedianMs: number;
  currentMedianMs: number;
  /** current ÷ base, of the medians. */
  ratio: number;
  /** The rounds' own ratios (their two runs were made back to back): median, least and greatest. */
  pairedMedian: number;
  pairedMin: number;
  pairedMax: number;
  /** Rounds in which the current code ran faster, of `rounds`. */
  faster: number;
  rounds: number;
}

/** base[i] and current[i] are round i's two times. */
export function pairedSummary(base: readonly number[], current: readonly number[]): PairedSummary {
  const rounds = Math.min(base.length, current.length);
  const ratios = Array.from({ length: rounds }, (_, i) => current[i] / base[i]);
  const baseMedianMs = median(base.slice(0, rounds));
  const currentMedianMs = median(current.slice(0, rounds));
  return {
    baseMedianMs,
    currentMedianMs,
    ratio: currentMedianMs / baseMedianMs,
    pairedMedian: median(ratios),
    pairedMin: rounds ? Math.min(...ratios) : Number.NaN,
    pairedMax: rounds ? Math.max(...ratios) : Number.NaN,
    faster: ratios.filter((r) => r < 1).length,
    rounds,
  };
}

/** The suite's time per step from its note ("… ms by step (…): summary 157, parking.self 175, …"); empty for other notes. */
export function stepTimes(note: string): Map<string, number> {
  const steps = new Map<string, number>();
  const list = /ms by step[^:]*:\s*([^(]*)/.exec(note)?.[1] ?? '';
  for (const part of list.split(',')) {
    const match = /^\s*([\w.]+) (\d+(?:\.\d+)?)\s*$/.exec(part);
    if (match) steps.set(match[1], Number(match[2]));
  }
  return steps;
}

/** Why DIR cannot be compared against, or null: it must be a checkout with the isolated runner and tsx installed. */
export function againstProblem(root: string): string | null {
  if (!existsSync(join(root, 'src/cli/bench/isolated-child.ts'))) return `--against ${root}: not a checkout of this project (no src/cli/bench/isolated-child.ts)`;
  if (!existsSync(join(root, 'node_modules/tsx'))) return `--against ${root}: its node_modules has no tsx (run npm ci there, or link this checkout's node_modules)`;
  return null;
}

export interface AgainstResult {
  entry: string;
  communities: number;
  base: IsolatedRun[];
  current: IsolatedRun[];
  /** The first failure of a side (e.g. an older checkout whose runner takes cold entries only). */
  error?: string;
}

export interface AgainstOptions {
  baseRoot: string;
  entries: readonly string[];
  directory: string;
  communities: number;
  rounds: number;
  warmUpCommunities: number;
  log(line: string): void;
}

/** Runs every entry `rounds` times on each side, alternating (see roundOrder). */
export async function compareAgainst(options: AgainstOptions): Promise<AgainstResult[]> {
  const results: AgainstResult[] = [];
  for (const entry of options.entries) {
    const result: AgainstResult = { entry, communities: options.communities, base: [], current: [] };
    try {
      for (let round = 0; round < options.rounds; round++) {
        for (const side of roundOrder(round)) {
          const run = await runIsolated(entry, options.directory, round, options.warmUpCommunities, side === 'base' ? options.baseRoot : undefined);
          result[side].push(run);
        }
        options.log(`${entry} round ${round + 1}: base ${Math.round(result.base[round].ms)} ms, current ${Math.round(result.current[round].ms)} ms`);
      }
    } catch (error) {
      result.error = (error as Error).message;
    }
    results.push(result);
  }
  return results;
}

/** The entry's rounds summarised (pairedSummary of its two sides' times). */
export function summaryOf(result: AgainstResult): PairedSummary {
  return pairedSummary(result.base.map((r) => r.ms), result.current.map((r) => r.ms));
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)}` : '–');
const ratio = (value: number) => (Number.isFinite(value) ? value.toFixed(3) : '–');

/** The figures of one row after its label: medians, their ratio, the rounds' ratios, rounds won. */
const figures = (s: PairedSummary) =>
  `${ms(s.baseMedianMs).padStart(9)} ${ms(s.currentMedianMs).padStart(11)} ${ratio(s.ratio).padStart(7)}   ${ratio(s.pairedMedian)} (${ratio(s.pairedMin)}–${ratio(s.pairedMax)}), ${s.faster} of ${s.rounds}`;

/**
 * One line per entry: the medians, their ratio, the rounds' ratios and in how many rounds the
 * current code was faster; then, for the suites, the same per step (medians of each side).
 */
export function formatAgainst(results: readonly AgainstResult[]): string[] {
  const lines = ['entry                           scale   base ms  current ms   ratio   rounds: median (range), current faster'];
  for (const result of results) {
    const head = `${result.entry.padEnd(31)} ${String(result.communities).padStart(5)}`;
    if (result.error) {
      lines.push(`${head}  error: ${result.error}`);
      continue;
    }
    lines.push(`${head} ${figures(summaryOf(result))}`);
    const baseSteps = result.base.map((r) => stepTimes(r.note));
    const currentSteps = result.current.map((r) => stepTimes(r.note));
    for (const step of baseSteps[0]?.keys() ?? []) {
      const b = baseSteps.map((m) => m.get(step) ?? Number.NaN);
      const c = currentSteps.map((m) => m.get(step) ?? Number.NaN);
      if (c.some((v) => !Number.isFinite(v))) continue;
      lines.push(`  ${step.padEnd(29)} ${''.padStart(5)} ${figures(pairedSummary(b, c))}`);
    }
  }
  return lines;
}
