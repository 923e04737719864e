/**
 * The benchmark's data: the demo generator's output at one scale, written once to a scratch
 * directory as the layer files, so a fresh LayerSet (a cold run: nothing projected, nothing
 * cached) is read and parsed as `atlas analyze` reads a data directory. On disk, not held as
 * text: at province scale the text alone is ≈ 220 MB of heap, which the peak memory of every
 * entry would otherwise count although no analysis holds it.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareLayers } from '../../analysis/prepare';
import { LAYER_FILES, LAYER_NAMES, type LayerName } from '../../model/layers';
import type { LayerSet } from '../../model/types';
import { generateDemo, type DemoOutput } from '../demo';

export const BENCH_SEED = '20250120';

export interface BenchDataset {
  communities: number;
  /** The scratch directory holding the layer files (an isolated run reads it in a child process). */
  directory: string;
  /** Feature count per layer. */
  counts: Record<LayerName, number>;
  /** A new LayerSet parsed from the text: no cache knows it. */
  fresh(): LayerSet;
  /** A new LayerSet whose layers are already projected and indexed (see prepareEverything; untimed set-up). */
  prepared(): LayerSet;
  /** Deletes the scratch directory. */
  dispose(): void;
}

export function generateDataset(communities: number, seed: string = BENCH_SEED): DemoOutput {
  return generateDemo({ communities, seed });
}

/**
 * Layers whose districts the analyses read (parking, services, summary). Buildings are left
 * out: their districts come from polygon overlay (the demo's buildings carry no districtId)
 * and only a building outside every community needs one — the districtOf.buildings entry
 * times that separately.
 */
export const DISTRICT_LAYERS: readonly LayerName[] = ['communities', 'idleLand', 'facilities'];

/** Projects and indexes every layer and assigns the features of DISTRICT_LAYERS their district. */
export function prepareEverything(layers: LayerSet): void {
  const prepared = prepareLayers(layers);
  for (const name of LAYER_NAMES) prepared.layer(name);
  for (const name of DISTRICT_LAYERS) if (prepared.layer(name).features.length > 0) prepared.districtOf(name, 0);
}

/** A new LayerSet parsed from the generator's output. */
export function layersOf(output: DemoOutput): LayerSet {
  return Object.fromEntries(LAYER_NAMES.map((name) => [name, JSON.parse(output.files[LAYER_FILES[name]])])) as LayerSet;
}

/** A new LayerSet read from the layer files in `directory`. */
export function layersIn(directory: string): LayerSet {
  return Object.fromEntries(LAYER_NAMES.map((name) => [name, JSON.parse(readFileSync(join(directory, LAYER_FILES[name]), 'utf8'))])) as LayerSet;
}

export function datasetFrom(output: DemoOutput): BenchDataset {
  const directory = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  for (const name of LAYER_NAMES) writeFileSync(join(directory, LAYER_FILES[name]), output.files[LAYER_FILES[name]]);
  const fresh = (): LayerSet => layersIn(directory);
  return {
    communities: output.manifest.communities,
    directory,
    counts: countsOf(output),
    fresh,
    prepared() {
      const layers = fresh();
      prepareEverything(layers);
      return layers;
    },
    dispose() {
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

/** Feature count per layer, from the generator's manifest. */
export function countsOf(output: DemoOutput): Record<LayerName, number> {
  return Object.fromEntries(LAYER_NAMES.map((name) => [name, output.manifest.layers[name].count])) as Record<LayerName, number>;
}

export function describeCounts(counts: Record<LayerName, number>): string {
  return LAYER_NAMES.map((name) => `${name} ${counts[name].toLocaleString('en-US')}`).join(', ');
}
