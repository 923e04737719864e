/**
 * `analyze priority --data DIR [--weights NAME=W,...] [--asked-share S] [--out FILE]`
 * (DESIGN §4, issue 10). Reads the layers and, when present, surveys.csv and
 * elevator_votes.csv (or surveys.xlsx, elevator_votes.xlsx: the first sheet with data) from DIR
 * through the io readers and field mapping (Chinese headers
 * such as 小区编号, 受访户数, 同意户数 work). Bad input exits 2 naming file, row and field;
 * rows matching no community or building are listed in the result and on stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWeights, runPriority } from '../../analysis/priority';
import type { ResidentTables } from '../../analysis/residents';
import { residentTablesFromCsv } from '../../analysis/residents/from-csv';
import { TABLE_FILES, type TableName } from '../../io/types';
import { CliInputError, flag, numberFlag, requiredFlag, type CliArgs } from '../args';
import { loadDataDir, unwrap, writeJson } from '../data-dir';

/** DIR's file of a table: surveys.csv, else the same table as a workbook (surveys.xlsx); the CSV wins when both are there. */
export function tablePath(dir: string, table: TableName): string {
  const csv = join(dir, TABLE_FILES[table]);
  const xlsx = csv.replace(/\.csv$/, '.xlsx');
  if (existsSync(csv) && existsSync(xlsx)) process.stderr.write(`warning: ${xlsx}: not read, ${TABLE_FILES[table]} is there too (remove one of them)\n`);
  return existsSync(csv) || !existsSync(xlsx) ? csv : xlsx;
}

export async function readResidentTables(dir: string): Promise<ResidentTables> {
  const paths = { surveys: tablePath(dir, 'surveys'), elevatorVotes: tablePath(dir, 'elevatorVotes') };
  const text = (path: string) => (existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined);
  const read = await residentTablesFromCsv({ surveys: text(paths.surveys), elevatorVotes: text(paths.elevatorVotes) }, paths);
  if (!read.ok) throw new CliInputError(read.error.message);
  for (const warning of read.value.warnings) process.stderr.write(`warning: ${warning}\n`);
  return read.value.tables;
}

export default async function analyzePriority(args: CliArgs): Promise<number> {
  const dir = requiredFlag(args, 'data');
  const weightsText = flag(args, 'weights');
  let weights = {};
  if (weightsText !== undefined) {
    if (weightsText === 'true') throw new CliInputError('--weights needs NAME=W,... (e.g. --weights parking=2,votes=0)');
    const parsed = parseWeights(weightsText);
    if (!parsed.ok) throw new CliInputError(parsed.error.message);
    weights = parsed.value;
  }
  const askedShare = numberFlag(args, 'asked-share');
  if (askedShare !== undefined && (askedShare < 0 || askedShare > 1)) throw new CliInputError(`--asked-share: "${flag(args, 'asked-share')}" is not between 0 and 1`);
  const layers = loadDataDir(dir);
  if (!layers.communities) throw new CliInputError(`${join(dir, 'communities.geojson')}: missing (the priority ranking needs the communities layer)`);
  const tables = await readResidentTables(dir);
  const result = await runPriority(layers, tables, { weights, askedShare });
  if (result.ok) {
    for (const issue of result.value.residents.issues) process.stderr.write(`warning: ${issue.message}\n`);
  }
  await writeJson(unwrap(result), flag(args, 'out'));
  return 0;
}
