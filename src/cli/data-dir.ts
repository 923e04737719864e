/**
 * Reads a data folder (DESIGN §4: the layer files of §2, any subset) into a LayerSet.
 * Node only: the CLI's way in. Structural problems are CliInputErrors naming the file.
 */
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LAYER_FILES, LAYER_NAMES } from '../model/layers';
import type { LayerSet, Result, AnalysisError } from '../model/types';
import { CliInputError } from './args';
import { writeJsonFile, writeJsonTo } from './json-stream';

export function loadDataDir(dir: string): LayerSet {
  if (!existsSync(dir)) throw new CliInputError(`${dir}: no such data folder`);
  const layers: LayerSet = {};
  for (const name of LAYER_NAMES) {
    const path = join(dir, LAYER_FILES[name]);
    if (!existsSync(path)) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new CliInputError(`${path}: malformed JSON (${(error as Error).message})`);
    }
    const collection = parsed as { type?: unknown; features?: unknown };
    if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
      throw new CliInputError(`${path}: not a GeoJSON FeatureCollection`);
    }
    (layers as Record<string, unknown>)[name] = collection;
  }
  return layers;
}

/**
 * Writes a result as JSON (two-space indented) to FILE, or to stdout without --out, streamed
 * (json-stream.ts): a province's elevator result is too long for one string.
 */
export async function writeJson(value: unknown, out: string | undefined): Promise<void> {
  if (out && out !== 'true') {
    mkdirSync(dirname(out), { recursive: true });
    writeJsonFile(out, value);
  } else await writeJsonTo(process.stdout, value);
}

/** Unwraps an analysis result; an error becomes exit 2 with its one-line message. */
export function unwrap<T>(result: Result<T, AnalysisError>): T {
  if (!result.ok) throw new CliInputError(result.error.message);
  return result.value;
}
