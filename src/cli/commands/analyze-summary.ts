import { runSummary } from '../../analysis/summary';
import { flag, requiredFlag, type CliArgs } from '../args';
import { loadDataDir, noLayerFiles, unwrap, writeJson } from '../data-dir';

export default async function analyzeSummary(args: CliArgs): Promise<number> {
  const dir = requiredFlag(args, 'data');
  const layers = loadDataDir(dir);
  // The other analyses name the layer they need; a summary of no layer at all is a wrong folder, not zeros.
  if (Object.keys(layers).length === 0) throw noLayerFiles(dir);
  await writeJson(unwrap(runSummary(layers)), flag(args, 'out'));
  return 0;
}
