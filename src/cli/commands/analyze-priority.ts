/**
 * `analyze priority --data DIR [--weights NAME=W,...] [--asked-share S] [--out FILE]`
 * (DESIGN §4, issue 10). Reads the layers and, when present, surveys.csv and
 * elevator_votes.csv from DIR through the io CSV reader and field mapping (Chinese headers
 * such as 小区编号, 受访户数, 同意户数 work). Bad input exits 2 naming file, row and field;
 * rows matching no community or building are listed in the result and on stderr.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWeights, runPriority } from '../../analysis/priority';
import { firstIssueLine, parseElevatorVotes, parseSurveys, type ResidentTables, type TableRow } from '../../analysis/residents';
import { readFile } from '../../io/read';
import { TABLE_FILES } from '../../io/types';
import { CliInputError, flag, numberFlag, requiredFlag, type CliArgs } from '../args';
import { loadDataDir, unwrap, writeJson } from '../data-dir';

/** Reads one table CSV into rows of text; undefined when the file is absent. */
async function readTableRows(path: string): Promise<{ rows: TableRow[]; columns: string[] } | undefined> {
  if (!existsSync(path)) return undefined;
  const read = await readFile({ name: path, bytes: new Uint8Array(readFileSync(path)) });
  if (!read.ok) throw new CliInputError(read.error[0]?.message ?? `${path}: cannot be read`);
  for (const issue of read.value.issues) process.stderr.write(`warning: ${issue.message}\n`);
  return { rows: read.value.features.map((feature) => feature.properties ?? {}), columns: read.value.columns };
}

export async function readResidentTables(dir: string): Promise<ResidentTables> {
  const tables: ResidentTables = { fileNames: {} };
  const surveysPath = join(dir, TABLE_FILES.surveys);
  const surveyRows = await readTableRows(surveysPath);
  if (surveyRows) {
    const parsed = parseSurveys(surveyRows.rows, { fileName: surveysPath, columns: surveyRows.columns });
    if (!parsed.ok) throw new CliInputError(firstIssueLine(parsed.error));
    tables.surveys = parsed.value.records;
    tables.fileNames!.surveys = surveysPath;
  }
  const votesPath = join(dir, TABLE_FILES.elevatorVotes);
  const voteRows = await readTableRows(votesPath);
  if (voteRows) {
    const parsed = parseElevatorVotes(voteRows.rows, { fileName: votesPath, columns: voteRows.columns });
    if (!parsed.ok) throw new CliInputError(firstIssueLine(parsed.error));
    tables.elevatorVotes = parsed.value;
    tables.fileNames!.elevatorVotes = votesPath;
  }
  return tables;
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
  writeJson(unwrap(result), flag(args, 'out'));
  return 0;
}
