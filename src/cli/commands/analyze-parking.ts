/**
 * `analyze parking --data DIR [--mode self|district|cross] [--ratio R] [--area-per-space M2]
 * [--walk M] [--levels N] [--min-spaces N] [--out FILE]` (DESIGN §4).
 */
import { runParking } from '../../analysis/parking';
import { POOLING_MODES } from '../../model/codes';
import { choiceFlag, CliInputError, flag, requiredFlag, type CliArgs } from '../args';
import { loadDataDir, unwrap, writeJson } from '../data-dir';
import { parkingFlags } from './parking-flags';

export default async function analyzeParking(args: CliArgs): Promise<number> {
  const dir = requiredFlag(args, 'data');
  const params = {
    mode: choiceFlag(args, 'mode', POOLING_MODES),
    ...parkingFlags(args),
  };
  const layers = loadDataDir(dir);
  if (!layers.communities) throw new CliInputError(`${dir}/communities.geojson: missing (parking needs the communities layer)`);
  const result = await runParking(layers, params);
  if (!result.ok && result.error.code === 'MISSING_FIELD') {
    // Name the file as well as the features and the field (the engine names the layer).
    throw new CliInputError(`${dir}/${result.error.message}`);
  }
  await writeJson(unwrap(result), flag(args, 'out'));
  return 0;
}
