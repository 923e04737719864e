/**
 * `bench [--communities N[,N2,...]] [--runs R] [--only NAME,...] [--cheap] [--json FILE]
 *        [--compare FILE [--max-ratio X]] [--seed S] [--no-warm-up]`
 * `bench --against DIR [--rounds N] [--only NAME,...] [--communities N,...] [--max-ratio X]`
 * Times the engine on the demo data built in memory at each scale (issue 9): one line per
 * benchmark, a scaling report when several scales are given, the figures as JSON, and the
 * ratio of each median to an earlier JSON file (exit 1 when one exceeds --max-ratio).
 * With --against, times the entries (default suite.cold.core) alternately with this code and
 * another checkout's, on the same data (bench/against.ts); exit 1 when the rounds' median
 * ratio exceeds --max-ratio.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CliInputError, flag, numberFlag, type CliArgs } from '../args';
import { runBenchmarks, type BenchResult } from '../bench/harness';
import { processPeakRssMB } from '../bench/memory';
import {
  benchFile, compareWithFile, formatComparison, formatResult, formatScaling, readBenchFile, RESULT_HEADER, runtimeWarning, scalingRows, type BenchFileEntry,
} from '../bench/report';
import { regressions } from '../bench/statistics';
import { checkTargets, formatTargets } from '../bench/targets';
import { againstProblem, compareAgainst, formatAgainst, summaryOf, type AgainstResult } from '../bench/against';
import { datasetFrom, generateDataset } from '../bench/dataset';
import { ALL_ENTRIES } from '../bench/entries';
import { GENERATOR_ENTRY_NAME, selects } from '../bench/harness';

export const DEFAULT_BENCH_COMMUNITIES = 3000;
export const DEFAULT_BENCH_RUNS = 5;
/** Size of the untimed JIT warm-up pass (skip it with --no-warm-up). */
export const WARM_UP_COMMUNITIES = 100;

export function parseScales(raw: string | undefined): number[] {
  if (raw === undefined) return [DEFAULT_BENCH_COMMUNITIES];
  const scales = raw.split(',').map((s) => s.trim()).filter(Boolean).map(Number);
  if (scales.length === 0 || scales.some((n) => !Number.isInteger(n) || n < 1 || n > 20000)) {
    throw new CliInputError(`--communities: "${raw}" must be whole numbers from 1 to 20000, separated by commas`);
  }
  return [...new Set(scales)].sort((a, b) => a - b);
}

function readPrevious(path: string | undefined): { entries: BenchFileEntry[]; node: string | null } | null {
  if (path === undefined) return null;
  if (path === 'true') throw new CliInputError('--compare needs a FILE');
  try {
    return readBenchFile(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliInputError(`${path}: ${(error as Error).message}`);
  }
}

/**
 * Refuses an --only name that selects no entry: a typo (--only elevator) ran the data generator
 * and no benchmark at all, and exited 0 as if measured.
 */
export function checkOnly(only: readonly string[]): void {
  const names = [GENERATOR_ENTRY_NAME, ...ALL_ENTRIES.map((entry) => entry.name)];
  const unknown = only.filter((name) => !names.some((entry) => selects([name], entry)));
  if (unknown.length) {
    const top = [...new Set(names.map((name) => name.split('.')[0]))].join(', ');
    throw new CliInputError(`--only: ${unknown.map((name) => `"${name}"`).join(', ')} names no benchmark entry (entries: ${top}, or one of their parts such as parking.cross.warm)`);
  }
}

export const DEFAULT_AGAINST_ROUNDS = 4;

/** bench --against: the selected entries, round by round on both sides, at each scale. */
async function benchAgainst(args: CliArgs, baseRoot: string, scales: number[], only: string[], maxRatio: number | undefined, seed: string | undefined): Promise<number> {
  if (baseRoot === 'true') throw new CliInputError('--against needs DIR, another checkout of the project');
  const problem = againstProblem(baseRoot);
  if (problem) throw new CliInputError(problem);
  const rounds = numberFlag(args, 'rounds') ?? DEFAULT_AGAINST_ROUNDS;
  if (!Number.isInteger(rounds) || rounds < 1) throw new CliInputError(`--rounds: "${rounds}" must be a whole number ≥ 1`);
  const names = ALL_ENTRIES.map((e) => e.name).filter((name) => selects(only.length ? only : ['suite.cold.core'], name));
  if (names.length === 0) throw new CliInputError(`--only: "${only.join(',')}" names no benchmark entry`);
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`bench --against ${baseRoot}: ${names.join(', ')} at ${scales.join(', ')} communities, ${rounds} round(s), node ${process.version}`);
  const warmUpCommunities = flag(args, 'no-warm-up') === 'true' ? 0 : WARM_UP_COMMUNITIES;
  const results: AgainstResult[] = [];
  for (const communities of scales) {
    const dataset = datasetFrom(generateDataset(communities, seed));
    try {
      results.push(...(await compareAgainst({ baseRoot, entries: names, directory: dataset.directory, communities, rounds, warmUpCommunities, log: (line) => process.stderr.write(`${line}\n`) })));
    } finally {
      dataset.dispose();
    }
  }
  for (const line of formatAgainst(results)) out(line);
  if (results.some((r) => r.error)) return 1;
  const worse = maxRatio === undefined ? [] : results.filter((r) => summaryOf(r).pairedMedian > maxRatio);
  for (const r of worse) out(`slower than the base beyond ${maxRatio}×: ${r.entry} at ${r.communities}`);
  return worse.length > 0 ? 1 : 0;
}

export default async function bench(args: CliArgs): Promise<number> {
  const scales = parseScales(flag(args, 'communities'));
  const runs = numberFlag(args, 'runs') ?? DEFAULT_BENCH_RUNS;
  if (!Number.isInteger(runs) || runs < 1) throw new CliInputError(`--runs: "${runs}" must be a whole number ≥ 1`);
  const onlyRaw = flag(args, 'only');
  if (onlyRaw === 'true') throw new CliInputError('--only needs NAME,...');
  const only = onlyRaw ? onlyRaw.split(',').map((s) => s.trim()).filter(Boolean) : [];
  checkOnly(only);
  const json = flag(args, 'json');
  if (json === 'true') throw new CliInputError('--json needs a FILE');
  const previous = readPrevious(flag(args, 'compare'));
  const maxRatio = numberFlag(args, 'max-ratio');
  if (maxRatio !== undefined && maxRatio <= 0) throw new CliInputError(`--max-ratio: "${maxRatio}" must be > 0`);
  const seed = flag(args, 'seed');
  const against = flag(args, 'against');
  if (against !== undefined) return benchAgainst(args, against, scales, only, maxRatio, seed && seed !== 'true' ? seed : undefined);

  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`bench: ${scales.join(', ')} communities, ${runs} run(s) per entry, node ${process.version}`);
  out(RESULT_HEADER);
  const results: BenchResult[] = await runBenchmarks({
    scales,
    runs,
    only,
    cheapOnly: flag(args, 'cheap') === 'true',
    seed: seed && seed !== 'true' ? seed : undefined,
    warmUpCommunities: flag(args, 'no-warm-up') === 'true' ? 0 : WARM_UP_COMMUNITIES,
    log: (line) => process.stderr.write(`${line}\n`),
    onResult: (result) => out(formatResult(result)),
  });

  const scaling = scalingRows(results);
  for (const line of formatScaling(scaling)) out(line);
  for (const line of formatTargets(checkTargets(results, scaling))) out(line);
  const peak = processPeakRssMB();
  out(`\nprocess peak RSS ${peak.toFixed(0)} MB`);

  let exitCode = 0;
  if (previous) {
    const warning = runtimeWarning(previous.node, process.version);
    if (warning) out(warning);
    const comparisons = compareWithFile(results, previous.entries);
    for (const line of formatComparison(comparisons, maxRatio)) out(line);
    if (maxRatio !== undefined && regressions(comparisons, maxRatio).length > 0) exitCode = 1;
  }
  if (json) {
    mkdirSync(dirname(json), { recursive: true });
    writeFileSync(json, `${JSON.stringify(benchFile(results, runs, peak), null, 2)}\n`);
    out(`figures → ${json}`);
  }
  return exitCode;
}
