import { runSummary } from '../../analysis/summary';
import { flag, requiredFlag, type CliArgs } from '../args';
import { loadDataDir, unwrap, writeJson } from '../data-dir';

export default async function analyzeSummary(args: CliArgs): Promise<number> {
  const layers = loadDataDir(requiredFlag(args, 'data'));
  await writeJson(unwrap(runSummary(layers)), flag(args, 'out'));
  return 0;
}
