/**
 * Runs the benchmark: per scale, the generator (whose last output becomes the data), prepare,
 * then every entry of entries.ts. Set-up (parsing a fresh LayerSet, preparing it, the warm-up
 * run) is outside the timing; a full GC runs before each timed run, and a sampler thread
 * records the peak RSS during it.
 */
import type { LayerSet } from '../../model/types';
import type { DemoOutput } from '../demo';
import { countsOf, datasetFrom, describeCounts, generateDataset, type BenchDataset } from './dataset';
import { ALL_ENTRIES, type BenchEntry } from './entries';
import { runIsolated } from './isolated';
import { collectGarbage, heapUsedMB, startMemorySampler, type MemorySampler } from './memory';
import { summarizeRuns } from './statistics';

export interface BenchResult {
  name: string;
  communities: number;
  state: BenchEntry['state'] | 'generate';
  /** NaN when the entry failed or was skipped (null in the JSON). */
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  /** Highest RSS sampled during the timed runs, MB (the process's, data included). */
  peakRssMB: number;
  /** Highest V8 heapUsed at the end of a timed run, MB. */
  heapUsedMB: number;
  note: string;
}

export interface HarnessOptions {
  scales: readonly number[];
  runs: number;
  /** Entry names or name prefixes (`parking` selects parking.*); every entry when empty. */
  only: readonly string[];
  /** Only the entries marked cheap (for province scale). */
  cheapOnly: boolean;
  seed?: string;
  /** Communities of an untimed first pass over every entry, so the first scale does not pay for JIT compilation; 0 for none. */
  warmUpCommunities?: number;
  log(line: string): void;
  onResult(result: BenchResult): void;
}

export const GENERATOR_ENTRY_NAME = 'generator';
const GENERATOR_MAX_RUNS = 3;

export function selects(only: readonly string[], name: string): boolean {
  return only.length === 0 || only.some((o) => name === o || name.startsWith(`${o}.`));
}

interface Measured {
  times: number[];
  peakRssMB: number;
  heapUsedMB: number;
  note: string;
}

async function timed(sampler: MemorySampler, measured: Measured, work: () => Promise<string | undefined>): Promise<void> {
  collectGarbage();
  sampler.reset();
  const started = performance.now();
  const note = await work();
  measured.times.push(performance.now() - started);
  measured.peakRssMB = Math.max(measured.peakRssMB, sampler.peakRssMB());
  measured.heapUsedMB = Math.max(measured.heapUsedMB, heapUsedMB());
  if (note !== undefined) measured.note = note;
}

function result(name: string, communities: number, state: BenchResult['state'], measured: Measured): BenchResult {
  return { name, communities, state, ...summarizeRuns(measured.times), peakRssMB: measured.peakRssMB, heapUsedMB: measured.heapUsedMB, note: measured.note };
}

const empty = (): Measured => ({ times: [], peakRssMB: 0, heapUsedMB: 0, note: '' });

async function runEntry(entry: BenchEntry, dataset: BenchDataset, runs: number, sampler: MemorySampler, warmUpCommunities = 0): Promise<Measured> {
  const measured = empty();
  const count = Math.max(1, Math.min(runs, entry.maxRuns ?? runs));
  if (entry.isolated && entry.state === 'cold') {
    const gcShares: number[] = [];
    for (let i = 0; i < count; i++) {
      const run = await runIsolated(entry.name, dataset.directory, i, warmUpCommunities);
      measured.times.push(run.ms);
      measured.peakRssMB = Math.max(measured.peakRssMB, run.peakRssMB);
      measured.heapUsedMB = Math.max(measured.heapUsedMB, run.heapUsedMB);
      gcShares.push(run.gcMs / run.ms);
      measured.note = run.note;
    }
    // Where a cold suite's time goes at scale: the collector's pauses are a large share (README).
    const medianShare = gcShares.sort((a, b) => a - b)[Math.floor(gcShares.length / 2)];
    measured.note += ` (GC pauses ${Math.round(medianShare * 100)} % of the time)`;
    return measured;
  }
  let shared: LayerSet | null = null;
  if (entry.state === 'warm') {
    shared = dataset.prepared();
    await entry.run(shared, -1);
  }
  for (let i = 0; i < count; i++) {
    const layers = shared ?? (entry.state === 'cold' ? dataset.fresh() : dataset.prepared());
    await timed(sampler, measured, () => entry.run(layers, i));
  }
  return measured;
}

/** Times the generator (its output only; writing the scratch files is set-up) and returns the data of its last run. */
async function generate(communities: number, runs: number, timedRuns: boolean, options: HarnessOptions, sampler: MemorySampler): Promise<BenchDataset> {
  const measured = empty();
  let output: DemoOutput | null = null;
  const count = timedRuns ? Math.max(1, Math.min(runs, GENERATOR_MAX_RUNS)) : 1;
  for (let i = 0; i < count; i++) {
    output = null;
    await timed(sampler, measured, async () => {
      output = generateDataset(communities, options.seed);
      return describeCounts(countsOf(output));
    });
  }
  if (timedRuns) options.onResult(result(GENERATOR_ENTRY_NAME, communities, 'generate', measured));
  else options.log(`data at ${communities}: ${measured.note}`);
  return datasetFrom(output!);
}

export async function runBenchmarks(options: HarnessOptions): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const report = (r: BenchResult) => {
    results.push(r);
    options.onResult(r);
  };
  const entries = ALL_ENTRIES.filter((e) => selects(options.only, e.name) && (!options.cheapOnly || e.cheap));
  const skipped = new Map<string, string>();
  for (const entry of entries) {
    const reason = await entry.unavailable?.();
    if (reason) skipped.set(entry.name, reason);
  }
  const sampler = startMemorySampler();
  try {
    const warmUp = options.warmUpCommunities ?? 0;
    if (warmUp > 0) {
      const dataset = datasetFrom(generateDataset(warmUp, options.seed));
      for (const entry of entries) {
        // An isolated entry warms up in its own process (isolated-child.ts).
        if (skipped.has(entry.name) || entry.isolated) continue;
        await runEntry(entry, dataset, 1, sampler).catch(() => undefined);
      }
      dataset.dispose();
      options.log(`warm-up pass at ${warmUp} communities done (untimed)`);
    }
    for (const communities of options.scales) {
      const dataset = await generate(communities, options.runs, selects(options.only, GENERATOR_ENTRY_NAME), { ...options, onResult: report }, sampler);
      for (const entry of entries) {
        const reason = skipped.get(entry.name);
        if (reason) {
          report(result(entry.name, communities, entry.state, { ...empty(), note: `skipped: ${reason}` }));
          continue;
        }
        try {
          report(result(entry.name, communities, entry.state, await runEntry(entry, dataset, options.runs, sampler, options.warmUpCommunities)));
        } catch (error) {
          report(result(entry.name, communities, entry.state, { ...empty(), note: `error: ${(error as Error).message}` }));
        }
      }
      dataset.dispose();
      collectGarbage();
    }
  } finally {
    await sampler.stop();
  }
  return results;
}
