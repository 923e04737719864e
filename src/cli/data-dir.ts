/**
 * Reads a data folder (DESIGN §4: the layer files of §2, any subset) into a LayerSet.
 * Node only: the CLI's way in. Every layer file goes through the importer's reader and
 * validator (src/io), as `atlas validate` does: bad input is refused (exit 2) naming file,
 * feature and field, never analysed into a plausible-looking wrong result.
 */
import { existsSync, readFileSync, readdirSync, mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { constants } from 'node:buffer';
import type { Writable } from 'node:stream';
import { applyFieldMapping } from '../io/fields';
import { readGeoJsonText } from '../io/read/geojson';
import { danglingReferences } from '../io/references';
import { decodeText } from '../io/text';
import { validateLayer } from '../io/validate';
import type { ImportIssue } from '../io/types';
import { LAYER_FILES, LAYER_NAMES } from '../model/layers';
import type { LayerSet, Result, AnalysisError } from '../model/types';
import { CliInputError } from './args';
import { unreadDataFiles } from './data-dir-files';
import { writeJsonFile, writeJsonTo } from './json-stream';

const { MAX_STRING_LENGTH } = constants;

/** At most this many errors (and warnings) are printed; the rest are counted in one line. */
export const MAX_LISTED = 20;

/** Up to MAX_LISTED messages, then how many more there are. */
function listed(messages: string[], total: number, prefix: string, what: string, hint = ' (run `atlas validate` on the file for the full report)'): string[] {
  const shown = messages.slice(0, MAX_LISTED).map((m) => `${prefix}${m}`);
  const more = total - shown.length;
  return more > 0 ? [...shown, `${prefix}… and ${more} more ${what}${hint}`] : shown;
}

/**
 * The layers in `dir`, each read and checked as the importer does. Errors (all files' together)
 * are one CliInputError with one line each; warnings go to `warn`, one line each.
 */
export function loadDataDir(dir: string, warn: (line: string) => void = (line) => process.stderr.write(`${line}\n`)): LayerSet {
  if (!existsSync(dir)) throw new CliInputError(`${dir}: no such data folder`);
  if (!statSync(dir).isDirectory()) throw new CliInputError(`${dir}: not a folder; --data takes the folder that holds the layer files (communities.geojson, …)`);
  const layers: LayerSet = {};
  const errors: ImportIssue[] = [];
  const warnings: ImportIssue[] = [];
  let errorCount = 0;
  let warningCount = 0;
  for (const name of LAYER_NAMES) {
    const path = join(dir, LAYER_FILES[name]);
    if (!existsSync(path)) continue;
    const { text, encoding } = readLayerText(path);
    const read = readGeoJsonText(path, text, encoding);
    if (!read.ok) {
      errors.push(...read.error.map((issue) => forAnalyze(issue, path)));
      errorCount += read.error.length;
      continue;
    }
    // As `atlas validate` (prepareImport) does: map and convert the fields (a null is an absent
    // optional field, "300户" is 300), then validate; the analysis gets what was validated.
    const { features } = applyFieldMapping(read.value, name);
    const report = validateLayer({ fileName: path, role: name, features, readerIssues: read.value.issues });
    errors.push(...report.issues.filter((i) => i.severity === 'error'));
    warnings.push(...report.issues.filter((i) => i.severity === 'warning'));
    errorCount += report.errors;
    warningCount += report.warnings;
    (layers as Record<string, unknown>)[name] = { type: 'FeatureCollection', features };
  }
  // Each file is valid alone; a reference naming no feature of another layer (a typo) is said
  // first, and counted apart: validating one file cannot show it.
  const references = danglingReferences(layers, (name) => join(dir, LAYER_FILES[name])).map((issue) => issue.message);
  for (const line of listed(references, references.length, 'warning: ', 'references that name no feature', '')) warn(line);
  for (const line of listed(warnings.map((w) => w.message), warningCount, 'warning: ', 'warnings')) warn(line);
  // A layer under another name (idle-land.geojson) would be silently absent: each such file is named.
  const files = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
  for (const line of unreadDataFiles(files, (name) => join(dir, name))) warn(`warning: ${line}`);
  if (errorCount > 0) throw new CliInputError(listed(errors.map((e) => e.message), errorCount, '', 'errors').join('\n'));
  return layers;
}

/** A folder without any layer file: refused by the command that needs no particular layer (summary). */
export function noLayerFiles(dir: string): CliInputError {
  return new CliInputError(`${dir}: holds none of the layer files (${LAYER_NAMES.map((name) => LAYER_FILES[name]).join(', ')})`);
}

/**
 * The importer's advice for a file in another CRS is `--crs`, which analyze does not take (its
 * layer files are WGS84, DESIGN §2): say how to convert the file instead.
 */
function forAnalyze(issue: ImportIssue, path: string): ImportIssue {
  if (issue.code !== 'PROJECTED_COORDINATES' && issue.code !== 'CRS_MISMATCH') return issue;
  const likely = /(?:Likely|suggest) (EPSG:\d+)/.exec(issue.message)?.[1] ?? 'EPSG:NNNN';
  const advice = `analyze reads WGS84 layer files: convert it first with npm run atlas -- import ${path} --crs ${likely} --out DIR.`;
  return { ...issue, message: issue.message.replace("give the file's CRS (--crs EPSG:NNNN, or choose it in the import dialog).", advice) };
}

/**
 * A layer file's text, decoded as the importer decodes (UTF-8 with or without BOM, else GBK);
 * what stops reading it is bad input naming the file. A file longer than the longest string V8
 * can make (≈512 MB) cannot be read as one text: that is said as such, not called malformed
 * JSON. `read` is for tests.
 */
export function readLayerText(path: string, read: (path: string) => Uint8Array = readFileSync): { text: string; encoding: string } {
  try {
    const decoded = decodeText(read(path));
    return { text: decoded.text.replace(/^\uFEFF/, ''), encoding: decoded.encoding };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_STRING_TOO_LONG' || (error instanceof RangeError && /string length/i.test(error.message))) {
      const limitMB = Math.floor(MAX_STRING_LENGTH / 2 ** 20);
      throw new CliInputError(`${path}: too large to read (more than ${limitMB} MB of text); clip it to the study area or drop unused properties`);
    }
    throw new CliInputError(`${path}: cannot be read (${(error as Error).message})`);
  }
}

/**
 * Writes a result as JSON (two-space indented) to FILE, or to stdout without --out, streamed
 * (json-stream.ts): a province's elevator result is too long for one string. What stops the
 * file from being written is bad input (one line, exit 2); a reader that stopped reading
 * stdout (`| head`) just ends the output. `stdout` is for tests.
 */
export async function writeJson(value: unknown, out: string | undefined, stdout: Writable = process.stdout): Promise<void> {
  if (out && out !== 'true') {
    if (/[\\/]$/.test(out) || (existsSync(out) && statSync(out).isDirectory())) {
      throw new CliInputError(`--out ${out}: is a folder; give the file to write, e.g. --out ${join(out, 'result.json')}`);
    }
    try {
      mkdirSync(dirname(out), { recursive: true });
      writeJsonFile(out, value);
    } catch (error) {
      // Only the file system's errors (they carry a code); an analysis error thrown while a lazy array is made stays as it is.
      if (typeof (error as NodeJS.ErrnoException).code !== 'string') throw error;
      throw new CliInputError(`--out ${out}: cannot be written (${(error as Error).message})`);
    }
  } else {
    try {
      await writeJsonTo(stdout, value);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error;
    }
  }
}

/** Unwraps an analysis result; an error becomes exit 2 with its one-line message. */
export function unwrap<T>(result: Result<T, AnalysisError>): T {
  if (!result.ok) throw new CliInputError(result.error.message);
  return result.value;
}
