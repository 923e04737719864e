/**
 * `analyze services --data DIR --type TYPE [--radius M] [--sites K] [--mode self|district|cross]
 *  [--distance euclidean|network] [--time-limit S] [--out FILE]` (DESIGN §4).
 */
import { SERVICE_TYPES } from '../../model/codes';
import { runServices } from '../../analysis/services';
import { DISTANCE_KINDS, POOLING_MODES } from '../../analysis/services/params';
import { choiceFlag, CliInputError, flag, numberFlag, requiredFlag, type CliArgs } from '../args';
import { loadDataDir, unwrap, writeJson } from '../data-dir';

export default async function analyzeServices(args: CliArgs): Promise<number> {
  const dir = requiredFlag(args, 'data');
  const type = choiceFlag(args, 'type', SERVICE_TYPES);
  if (!type) throw new CliInputError(`--type is required: one of ${SERVICE_TYPES.join(', ')}`);
  const radiusM = numberFlag(args, 'radius');
  if (radiusM !== undefined && radiusM < 0) throw new CliInputError(`--radius: "${radiusM}" must be ≥ 0`);
  const sites = numberFlag(args, 'sites');
  if (sites !== undefined && !(Number.isInteger(sites) && sites >= 0)) throw new CliInputError(`--sites: "${sites}" must be a whole number ≥ 0`);
  const timeLimitS = numberFlag(args, 'time-limit');
  if (timeLimitS !== undefined && !(timeLimitS > 0)) throw new CliInputError(`--time-limit: "${timeLimitS}" must be > 0`);
  const mode = choiceFlag(args, 'mode', POOLING_MODES);
  const distance = choiceFlag(args, 'distance', DISTANCE_KINDS);
  const layers = loadDataDir(dir);
  if (!layers.communities) throw new CliInputError(`${dir}: communities.geojson is missing`);
  if (distance === 'network' && !layers.roads) throw new CliInputError(`${dir}: roads.geojson is missing (needed for --distance network)`);
  const result = await runServices(layers, {
    type,
    radiusM,
    sites,
    mode,
    distance,
    timeLimitS,
  });
  await writeJson(unwrap(result), flag(args, 'out'));
  return 0;
}
