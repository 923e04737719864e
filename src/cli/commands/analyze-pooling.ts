/**
 * `analyze pooling --data DIR [--ratio R] [--area-per-space M2] [--walk M] [--levels N]
 * [--min-spaces N] [--distance euclidean|network] [--out FILE]` (DESIGN §4): the district
 * pooling table. Parking runs in cross mode (§3.6), so there is no --mode.
 */
import { runPooling } from '../../analysis/pooling';
import { DISTANCE_KINDS } from '../../analysis/services/params';
import { choiceFlag, CliInputError, flag, requiredFlag, type CliArgs } from '../args';
import { loadDataDir, unwrap, writeJson } from '../data-dir';
import { parkingFlags } from './parking-flags';

export default async function analyzePooling(args: CliArgs): Promise<number> {
  const dir = requiredFlag(args, 'data');
  if (flag(args, 'mode') !== undefined) throw new CliInputError('--mode: pooling always pools across districts (cross); leave --mode out');
  const params = {
    ...parkingFlags(args),
    distance: choiceFlag(args, 'distance', DISTANCE_KINDS),
  };
  const layers = loadDataDir(dir);
  if (!layers.communities) throw new CliInputError(`${dir}/communities.geojson: missing (pooling needs the communities layer)`);
  if (params.distance === 'network' && !layers.roads) throw new CliInputError(`${dir}/roads.geojson: missing (needed for --distance network)`);
  const result = await runPooling(layers, params);
  if (!result.ok && result.error.code === 'MISSING_FIELD') {
    // Name the file as well as the features and the field (the engine names the layer).
    throw new CliInputError(`${dir}/${result.error.message}`);
  }
  await writeJson(unwrap(result), flag(args, 'out'));
  return 0;
}
