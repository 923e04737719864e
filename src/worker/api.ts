/**
 * The analysis registry the worker exposes (Placemark's pattern: plain functions in one
 * object, `type AnalysisApi = typeof api`). The worker holds the current layers; each call
 * names the data version it expects so a stale request cannot run on new data.
 */
import * as Comlink from 'comlink';
import type { LayerSet, Result, AnalysisError } from '../model/types';
import { saveData } from '../io/workspace-store';
import type { StatusFilter } from '../analysis/status';
import type { AggregateOperation } from '../analysis/status/aggregate';
import type { LayerName } from '../model/layers';
import type { ParkingParams } from '../analysis/parking';
import type { ElevatorOutput, ElevatorParams } from '../analysis/elevators';
import type { ShadowOptions } from '../analysis/sunlight';
import type { DistanceKind, ServicesParams } from '../analysis/services';
import type { ServiceType } from '../model/codes';
import type { InputFile, PrepareOptions, RawFeature } from '../io';
import type { PoolingParams } from '../analysis/pooling';
import type { RunOptions } from '../analysis/run-options';
import { discardUnapplied, prepareStashed, resolveStashed, stashedFeatures, type ImportProgress } from './import-stash';
import { restoreStashed } from './workspace-restore';
import { forgetHandedUnless, handAhead, handedToken } from './tiles/preflatten';
import { flattenLayer, layerTransferables, type TileBuffers, type TileLayerName } from './tiles/tile-layers';
import { packedTransferables, packElevatorOutput } from './elevator-packing';

/**
 * The engine loads per analysis on first use (dynamic imports, own chunks): the worker starts
 * with only what the first frame needs (the layers and the building tiles' flattening), not
 * the whole engine, the importers and proj4.
 */
const engine = {
  summary: () => import('../analysis/summary'),
  status: () => import('../analysis/status'),
  aggregate: () => import('../analysis/status/aggregate'),
  parking: () => import('../analysis/parking'),
  elevators: () => import('../analysis/elevators'),
  sunlight: () => import('../analysis/sunlight'),
  services: () => import('../analysis/services'),
  pooling: () => import('../analysis/pooling'),
  priority: () => import('../analysis/priority'),
  residents: () => import('../analysis/residents/from-csv'),
  residentsOverview: () => import('../analysis/residents/overview'),
  io: () => import('../io'),
};

let current: { version: number; layers: LayerSet; tables: Record<string, string> } = { version: 0, layers: {}, tables: {} };

type Progress = RunOptions['onProgress'];

function staleError(version: number): Result<never> {
  return { ok: false, error: { code: 'STALE_DATA', message: `data version ${version} is no longer loaded (now ${current.version})` } };
}

async function guarded<T>(version: number, run: (layers: LayerSet) => Result<T> | Promise<Result<T>>): Promise<Result<T>> {
  if (version !== current.version) return staleError(version);
  try {
    return await run(current.layers);
  } catch (error) {
    const failure: AnalysisError = { code: 'INTERNAL', message: (error as Error).message ?? String(error) };
    return { ok: false, error: failure };
  }
}

/** Per tile layer, the features array last flattened for the tile worker (by identity). */
const lastFlattened = new Map<TileLayerName, unknown>();

/** Results kept for the loaded data version only (cleared by setLayers). */
let rememberedResults = new Map<string, Promise<unknown>>();
function remembered<T>(key: string, compute: () => Promise<T>): Promise<T> {
  let found = rememberedResults.get(key) as Promise<T> | undefined;
  if (!found) {
    found = compute();
    rememberedResults.set(key, found);
  }
  return found;
}

export const api = {
  /** Writes the loaded data to IndexedDB from here, where the layers already are (no clone on the page). */
  async saveWorkspaceData(version: number, meta: { source: 'demo' | 'imported'; manifest: Record<string, unknown> | null }) {
    if (version !== current.version) return false;
    await saveData({ version: 2, savedAt: new Date().toISOString(), layers: current.layers as Record<string, unknown>, tables: current.tables, ...meta });
    return true;
  },
  /** Reads the saved workspace data here and sends it to the page in chunks (workspace-restore.ts). */
  restoreWorkspaceData(onChunk: (layer: string, features: RawFeature[]) => Promise<void> | void) {
    return restoreStashed(onChunk);
  },
  /** Reads, maps, repairs and validates dropped files (DESIGN §6); replaces nothing. */
  prepareImport(files: InputFile[], options: PrepareOptions) {
    return engine.io().then(({ prepareImport }) => prepareImport(files, options));
  },
  /** The big-file path (import-stash.ts): bytes kept here, features back in chunks, kept under a key. */
  prepareImportStashed(token: number, files: InputFile[] | null, options: PrepareOptions, onChunk: (fileIndex: number, features: RawFeature[]) => Promise<void> | void, onProgress?: (progress: ImportProgress) => void) {
    return prepareStashed(token, files, options, onChunk, onProgress);
  },
  /** Layers may name a stashed import by key instead of carrying its features (throws if not held). */
  setLayers(version: number, layers: LayerSet, tables: Record<string, string> = {}): number {
    current = { version, layers: resolveStashed(layers), tables };
    rememberedResults = new Map();
    return version;
  },
  /**
   * A loaded layer drawn from tiles (buildings, roads) flattened for the tile worker,
   * transferred (tiles-client.ts); null when they are the very features flattened last time
   * (an edit to another layer), which the tile worker already holds.
   */
  tileBuffers(layer: TileLayerName, again = false): TileBuffers | { ahead: string } | null {
    const features = current.layers[layer]?.features ?? [];
    if (features === lastFlattened.get(layer) && !again) return null;
    lastFlattened.set(layer, features);
    // Handed to the tile worker ahead, under this key (tiles/preflatten.ts): it switches to them.
    const token = again ? null : handedToken(layer, features);
    if (token !== null) return { ahead: token };
    const buffers = flattenLayer(layer, features);
    return Comlink.transfer(buffers, layerTransferables(layer, buffers));
  },
  /**
   * An import's layer, by its stash key, flattened for the tile worker to index while the
   * dialog is open (tiles-client.ts preloadTiles); null when the key is no longer held.
   */
  tilesAhead(layer: TileLayerName, stashKey: string): TileBuffers | null {
    const features = stashedFeatures(stashKey);
    if (!features) return null;
    const buffers = handAhead(layer, features, stashKey);
    return Comlink.transfer(buffers, layerTransferables(layer, buffers));
  },
  /** The import dialog was cancelled: drop its files and prepared features, keep the loaded layers. */
  discardImport(): void {
    forgetHandedUnless(discardUnapplied());
  },
  summary(version: number, _params: Record<string, never> = {}, _onProgress?: Progress) {
    return guarded(version, async (layers) => (await engine.summary()).runSummary(layers));
  },
  dashboard(version: number, params: { year: number | null; filter: StatusFilter }, _onProgress?: Progress) {
    return guarded(version, async (layers) => (await engine.status()).runDashboard(layers, params));
  },
  parking(version: number, params: Partial<ParkingParams>, onProgress?: Progress) {
    return guarded(version, async (layers) => (await engine.parking()).runParking(layers, params, { onProgress }));
  },
  parkingModes(version: number, params: Partial<ParkingParams>, onProgress?: Progress) {
    return guarded(version, async (layers) => (await engine.parking()).runParkingModes(layers, params, { onProgress }));
  },
  elevators(version: number, params: Partial<ElevatorParams>, onProgress?: Progress) {
    return guarded(version, async (layers) => {
      const result = (await engine.elevators()).runElevators(layers, params, { onProgress });
      // Packed for the page (elevator-packing.ts): its units cost a second to clone at province scale.
      const packed = result.ok ? packElevatorOutput(result.value) : null;
      return packed ? Comlink.transfer({ ok: true as const, value: packed as unknown as ElevatorOutput }, packedTransferables(packed)) : result;
    });
  },
  shadows(version: number, params: ShadowOptions, _onProgress?: Progress) {
    return guarded(version, async (layers) => (await engine.sunlight()).shadowPolygons(layers, params));
  },
  services(version: number, params: Partial<ServicesParams>, onProgress?: Progress) {
    return guarded(version, async (layers) => (await engine.services()).runServices(layers, params, { onProgress }));
  },
  lifeCircles(version: number, params: { distance: DistanceKind }, _onProgress?: Progress) {
    return guarded(version, async (layers) => (await engine.services()).lifeCircleCompliance(layers, params));
  },
  catchment(version: number, params: { type: ServiceType; radiusM?: number; distance: DistanceKind }, _onProgress?: Progress) {
    return guarded(version, async (layers) => (await engine.services()).serviceCatchment(layers, params));
  },
  pooling(version: number, params: Partial<PoolingParams>, onProgress?: Progress) {
    return guarded(version, async (layers) => (await engine.pooling()).runPooling(layers, params, { onProgress }));
  },
  priority(version: number, params: { weights?: Record<string, number>; askedShare?: number }, onProgress?: Progress) {
    return guarded(version, async (layers) => {
      const [{ residentTablesFromCsv }, { runParking }, { runElevators }, { runPriority }] = await Promise.all([engine.residents(), engine.parking(), engine.elevators(), engine.priority()]);
      const read = await residentTablesFromCsv({ surveys: current.tables['surveys.csv'], elevatorVotes: current.tables['elevator_votes.csv'] });
      if (!read.ok) return read;
      // A weight change only re-scores: the analyses behind the criteria are kept per data version.
      const parking = await remembered('parking:defaults', () => runParking(layers, {}));
      const elevators = await remembered('elevators:defaults', async () => runElevators(layers, {}));
      return runPriority(layers, read.value.tables, params, {
        onProgress,
        precomputed: { parking: parking.ok ? parking.value : undefined, elevators: elevators.ok ? elevators.value : undefined },
      });
    });
  },
  /**
   * The dashboard's figures of the residents' voice (residents/overview.ts): a few hundred bytes
   * for the page instead of the priority result's every building with its votes (≈120 MB to
   * clone at province scale), and only the elevator candidates found (not each unit's site and
   * sunlight: the whole elevator analysis held the worker 10 s after a province import).
   */
  residentsOverview(version: number, _params: Record<string, never> = {}, _onProgress?: Progress) {
    return guarded(version, async (layers) => {
      const [{ residentTablesFromCsv }, { runElevatorCandidates }, { runResidentsOverview }] = await Promise.all([engine.residents(), engine.elevators(), engine.residentsOverview()]);
      const read = await residentTablesFromCsv({ surveys: current.tables['surveys.csv'], elevatorVotes: current.tables['elevator_votes.csv'] });
      if (!read.ok) return read;
      const { tables } = read.value;
      // The candidates alone: the votes need no unit's site or sunlight (10 s at province).
      const elevators = tables.elevatorVotes ? runElevatorCandidates(layers, {}) : null;
      return runResidentsOverview(layers, tables, elevators?.ok ? elevators.value : null);
    });
  },
  aggregate(version: number, params: { layer: LayerName; field: string; operation: AggregateOperation }, _onProgress?: Progress) {
    return guarded(version, async (layers) => (await engine.aggregate()).aggregateByDistrict(layers, params));
  },
};

export type AnalysisApi = typeof api;
