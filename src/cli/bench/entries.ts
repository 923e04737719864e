/**
 * What the benchmark times (issue 9). Each entry says in which state it finds the data:
 *  - cold: a fresh LayerSet per run (projection, indexes and every table are built inside the timing);
 *  - prepared: a fresh LayerSet with every layer projected, indexed and assigned its district
 *    before the clock starts (the analysis's own tables are still cold);
 *  - warm: one LayerSet for all runs after an untimed first run, each run with a changed
 *    parameter (the app's "parameter change re-runs one analysis" case).
 * The generator and prepare entries are the harness's own (see harness.ts).
 */
import { Writable } from 'node:stream';
import { elevatorJson, runElevators } from '../../analysis/elevators';
import { DEFAULT_PARKING_PARAMS, runParking, type ParkingOutput } from '../../analysis/parking';
import { prepareLayers } from '../../analysis/prepare';
import { lifeCircleCompliance, runServices, type DistanceKind } from '../../analysis/services';
import { runSummary } from '../../analysis/summary';
import { POOLING_MODES, SERVICE_TYPES, type PoolingMode } from '../../model/codes';
import type { LayerSet } from '../../model/types';
import { lazyArray, writeJsonTo } from '../json-stream';
import { prepareEverything } from './dataset';
import { optionalAnalysis, unwrapResult, type OptionalAnalysis } from './optional-analyses';

export type EntryState = 'cold' | 'prepared' | 'warm';

export interface BenchEntry {
  name: string;
  state: EntryState;
  /** Cheap entries run at every scale, expensive ones can be skipped at province scale with --only. */
  cheap?: boolean;
  /** Cap on the runs whatever --runs says (entries of many seconds). */
  maxRuns?: number;
  /** Each run in a fresh process (cold entries; see isolated.ts): its peak RSS is its own. */
  isolated?: boolean;
  /** A reason to skip (e.g. the analysis does not exist yet); checked once per process. */
  unavailable?(): Promise<string | null>;
  /** One run; iteration is −1 for the untimed warm-up of a warm entry. Returns a short note on the result. */
  run(layers: LayerSet, iteration: number): Promise<string | undefined>;
}

const WALK_M = 300;
const SITING_TYPE = 'elderly_care' as const;
const SITES = 5;

/** Warm runs alternate a parameter: the warm-up and odd runs use `base`, even runs `changed`. */
const alternate = <T>(iteration: number, base: T, changed: T): T => (iteration % 2 === 0 ? changed : base);

async function parking(layers: LayerSet, mode: PoolingMode, maxWalkM: number): Promise<string> {
  const value = unwrapResult(await runParking(layers, { mode, maxWalkM }), `parking ${mode}`);
  return `walk ${maxWalkM} m: allocated ${value.totals.allocated}/${value.totals.deficit} deficit, ${value.flows.length} flows`;
}

async function elevators(layers: LayerSet, requiredHours: number): Promise<string> {
  const value = unwrapResult(runElevators(layers, { requiredHours }), 'elevators');
  const t = value.totals;
  return `${t.candidateUnits} units: ${t.feasible} feasible, ${t.conditional} conditional, ${t.infeasible} infeasible (${requiredHours} h)`;
}

/**
 * What `analyze elevators` writes: the result (a warm re-run, requiredHours alternating) as
 * streamed JSON, to a stream that only counts the bytes. A province's is ≈520 MB.
 */
async function elevatorsJson(layers: LayerSet, requiredHours: number): Promise<string> {
  const value = unwrapResult(runElevators(layers, { requiredHours }), 'elevators');
  let bytes = 0;
  const counter = new Writable({
    write(chunk: Buffer, _encoding, done) {
      bytes += chunk.length;
      done();
    },
  });
  await writeJsonTo(counter, elevatorJson(value, lazyArray));
  return `${(bytes / 1e6).toFixed(1)} MB of JSON for ${value.totals.candidateUnits} units (${requiredHours} h)`;
}

async function coverage(layers: LayerSet, distance: DistanceKind): Promise<string> {
  const value = unwrapResult(lifeCircleCompliance(layers, { distance }), `coverage ${distance}`);
  const within = SERVICE_TYPES.reduce((sum, type) => sum + value.counts[type][5] + value.counts[type][10] + value.counts[type][15], 0);
  return `${SERVICE_TYPES.length} types × ${value.communities.length} communities, ${within} pairs within 15 min`;
}

async function siting(layers: LayerSet, distance: DistanceKind, radiusM?: number): Promise<string> {
  const value = unwrapResult(await runServices(layers, { type: SITING_TYPE, sites: SITES, distance, radiusM }), `siting ${distance}`);
  const gap = value.solver.gap === null ? '' : ` gap ${value.solver.gap}`;
  return `${SITING_TYPE}${radiusM ? ` ${radiusM} m` : ''}: solver ${value.solver.status}${gap}, ${value.sites.length} sites of ${value.candidateSites}, +${value.totals.newlyCovered} communities`;
}

const NOTES: Record<OptionalAnalysis, string> = {
  pooling: 'default parameters (runs its own cross parking)',
  priority: 'layers only, no resident tables; runs parking, elevators and services itself',
};

/** `argumentsOf(iteration)` are passed after the layers (a warm entry's changed parameter). */
function optionalEntry(name: OptionalAnalysis, state: EntryState, argumentsOf: (iteration: number) => unknown[] = () => [], note = NOTES[name]): BenchEntry {
  return {
    name: state === 'prepared' ? name : `${name}.${state}`,
    state,
    async unavailable() {
      return (await optionalAnalysis(name)) ? null : `src/analysis/${name} not present`;
    },
    async run(layers, iteration) {
      const runner = await optionalAnalysis(name);
      if (!runner) throw new Error(`${name} not present`);
      await runner(layers, ...argumentsOf(iteration));
      return note;
    },
  };
}

/**
 * The full suite on cold data: what a fresh session with all panels open computes. Priority
 * gets the parking (default mode) and elevator results already computed, as the app passes them.
 * Without priority it is issue 9's list exactly (suite.cold.core).
 */
async function fullSuite(layers: LayerSet, withPriority = true): Promise<string> {
  // Each step's share, in the note: where the suite's time goes is the first question a slow run asks.
  const steps: string[] = [];
  let stepStart = performance.now();
  const step = (label: string) => {
    const now = performance.now();
    steps.push(`${label} ${Math.round(now - stepStart)}`);
    stepStart = now;
  };
  unwrapResult(runSummary(layers), 'summary');
  step('summary');
  const parkingByMode = new Map<PoolingMode, ParkingOutput>();
  for (const mode of POOLING_MODES) {
    parkingByMode.set(mode, unwrapResult(await runParking(layers, { mode, maxWalkM: WALK_M }), `parking ${mode}`));
    step(`parking.${mode}`);
  }
  const elevatorOutput = unwrapResult(runElevators(layers), 'elevators');
  step('elevators');
  unwrapResult(lifeCircleCompliance(layers, { distance: 'euclidean' }), 'coverage euclidean');
  step('coverage.euclidean');
  unwrapResult(lifeCircleCompliance(layers, { distance: 'network' }), 'coverage network');
  step('coverage.network');
  unwrapResult(await runServices(layers, { type: SITING_TYPE, sites: SITES, distance: 'network' }), 'siting network');
  step('siting.network');
  const missing: string[] = [];
  const pooling = await optionalAnalysis('pooling');
  if (pooling) await pooling(layers);
  else missing.push('pooling');
  step('pooling');
  const priority = withPriority ? await optionalAnalysis('priority') : null;
  const precomputed = { parking: parkingByMode.get(DEFAULT_PARKING_PARAMS.mode), elevators: elevatorOutput };
  if (priority) {
    await priority(layers, {}, {}, { precomputed });
    step('priority');
  } else if (withPriority) missing.push('priority');
  const listed = `summary, parking ×3, elevators, coverage ×2, siting (network), pooling${withPriority ? ', priority (precomputed parking+elevators)' : ''}`;
  // The first step also prepares the layers it reads (projection, indexes): summary and parking.self carry that.
  const breakdown = `; ms by step (the first to read a layer prepares it): ${steps.join(', ')}`;
  return (missing.length ? `${listed}; without ${missing.join(', ')} (absent)` : listed) + breakdown;
}

export const ENTRIES: readonly BenchEntry[] = [
  {
    name: 'summary',
    state: 'prepared',
    cheap: true,
    async run(layers) {
      const value = unwrapResult(runSummary(layers), 'summary');
      return `${value.districts.length} districts`;
    },
  },
  ...(['self', 'district', 'cross'] as const).flatMap((mode): BenchEntry[] => [
    { name: `parking.${mode}.cold`, state: 'cold', cheap: true, run: (layers) => parking(layers, mode, WALK_M) },
    { name: `parking.${mode}.warm`, state: 'warm', cheap: true, run: (layers, i) => parking(layers, mode, alternate(i, WALK_M, WALK_M + 50)) },
  ]),
  { name: 'elevators', state: 'prepared', maxRuns: 3, run: (layers) => elevators(layers, 2) },
  { name: 'elevators.warm', state: 'warm', maxRuns: 3, run: (layers, i) => elevators(layers, alternate(i, 2, 3)) },
  { name: 'elevators.json', state: 'warm', maxRuns: 3, run: (layers, i) => elevatorsJson(layers, alternate(i, 2, 3)) },
  { name: 'services.coverage.euclidean', state: 'prepared', cheap: true, run: (layers) => coverage(layers, 'euclidean') },
  { name: 'services.coverage.network', state: 'prepared', cheap: true, run: (layers) => coverage(layers, 'network') },
  { name: 'services.siting.euclidean', state: 'prepared', run: (layers) => siting(layers, 'euclidean') },
  { name: 'services.siting.network', state: 'prepared', run: (layers) => siting(layers, 'network') },
  { name: 'services.siting.network.warm', state: 'warm', run: (layers, i) => siting(layers, 'network', alternate(i, 300, 350)) },
  {
    name: 'districtOf.buildings',
    state: 'prepared',
    maxRuns: 2,
    async run(layers) {
      const prepared = prepareLayers(layers);
      prepared.districtOf('buildings', 0);
      return 'every building\'s district by polygon overlay (lazy, whole layer at the first call)';
    },
  },
  optionalEntry('pooling', 'prepared'),
  optionalEntry('pooling', 'warm', (i) => [{ maxWalkM: alternate(i, WALK_M, WALK_M + 50) }], 'walking distance changed between runs'),
  optionalEntry('priority', 'prepared'),
  { name: 'suite.cold', state: 'cold', maxRuns: 3, isolated: true, run: (layers) => fullSuite(layers) },
  { name: 'suite.cold.core', state: 'cold', maxRuns: 3, isolated: true, run: (layers) => fullSuite(layers, false) },
];

/** The prepare entry: projection and index of every layer of a fresh LayerSet, districts of communities, idle land and facilities. */
export const PREPARE_ENTRY: BenchEntry = {
  name: 'prepare',
  state: 'cold',
  cheap: true,
  async run(layers) {
    prepareEverything(layers);
    const prepared = prepareLayers(layers);
    return `${prepared.layer('buildings').features.length} buildings projected`;
  },
};

/** Every entry the harness runs, in its order: prepare first, then ENTRIES. */
export const ALL_ENTRIES: readonly BenchEntry[] = [PREPARE_ENTRY, ...ENTRIES];
