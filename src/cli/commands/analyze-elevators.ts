/**
 * `analyze elevators --data DIR [--min-floors N] [--date YYYY-MM-DD] [--required-hours H]
 * [--out FILE]` (DESIGN §4). Bad input exits 2 with a one-line reason.
 */
import { join } from 'node:path';
import { elevatorJson, runElevators } from '../../analysis/elevators';
import { parseIsoDate } from '../../analysis/sunlight/sun-position';
import { CliInputError, flag, numberFlag, requiredFlag, type CliArgs } from '../args';
import { loadDataDir, unwrap, writeJson } from '../data-dir';
import { lazyArray } from '../json-stream';

export default async function analyzeElevators(args: CliArgs): Promise<number> {
  const dir = requiredFlag(args, 'data');
  const minFloors = numberFlag(args, 'min-floors');
  if (minFloors !== undefined && (!Number.isInteger(minFloors) || minFloors < 1)) {
    throw new CliInputError(`--min-floors: "${flag(args, 'min-floors')}" is not a whole number ≥ 1`);
  }
  const requiredHours = numberFlag(args, 'required-hours');
  if (requiredHours !== undefined && (requiredHours < 0 || requiredHours > 24)) {
    throw new CliInputError(`--required-hours: "${flag(args, 'required-hours')}" is not between 0 and 24`);
  }
  const date = flag(args, 'date');
  if (date !== undefined && !parseIsoDate(date)) throw new CliInputError(`--date: "${date}" is not a YYYY-MM-DD calendar date`);
  const layers = loadDataDir(dir);
  if (!layers.buildings) throw new CliInputError(`${dir}/buildings.geojson: missing (the elevator analysis needs the buildings layer)`);
  const result = runElevators(layers, { minFloors, requiredHours, date });
  if (!result.ok && result.error.layer) throw new CliInputError(`${dir}/${result.error.message}`);
  const value = unwrap(result);
  // Said on stderr too: inside the JSON alone, a run without communities looked like a clean one.
  for (const warning of value.warnings) process.stderr.write(`warning: ${join(dir, warning)}\n`);
  // Units made one by one as they are written: a province has ≈550k.
  await writeJson(elevatorJson(value, lazyArray), flag(args, 'out'));
  return 0;
}
