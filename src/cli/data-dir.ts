/**
 * Reads a data folder (DESIGN §4: the layer files of §2, any subset) into a LayerSet.
 * Node only: the CLI's way in. Structural problems are CliInputErrors naming the file.
 */
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { constants } from 'node:buffer';
import { LAYER_FILES, LAYER_NAMES } from '../model/layers';
import type { LayerSet, Result, AnalysisError } from '../model/types';
import { CliInputError } from './args';
import { writeJsonFile, writeJsonTo } from './json-stream';

const { MAX_STRING_LENGTH } = constants;

export function loadDataDir(dir: string): LayerSet {
  if (!existsSync(dir)) throw new CliInputError(`${dir}: no such data folder`);
  const layers: LayerSet = {};
  for (const name of LAYER_NAMES) {
    const path = join(dir, LAYER_FILES[name]);
    if (!existsSync(path)) continue;
    const text = readLayerText(path);
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
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
 * A layer file's text; what stops reading it is bad input naming the file. A file longer than
 * the longest string V8 can make (≈512 MB) cannot be read as one text: that is said as such,
 * not called malformed JSON as it was. `read` is for tests.
 */
export function readLayerText(path: string, read: (path: string, encoding: 'utf8') => string = readFileSync): string {
  try {
    return read(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_STRING_TOO_LONG') {
      const limitMB = Math.floor(MAX_STRING_LENGTH / 2 ** 20);
      throw new CliInputError(`${path}: too large to read (more than ${limitMB} MB of text); clip it to the study area or drop unused properties`);
    }
    throw new CliInputError(`${path}: cannot be read (${(error as Error).message})`);
  }
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
