/**
 * `demo --out DIR [--communities N] [--seed S]`: writes the fictional demo district (one
 * GeoJSON file per layer, surveys.csv, elevator_votes.csv, manifest.json) into DIR.
 */
import { CliInputError, flag, numberFlag, requiredFlag, type CliArgs } from '../args';
import { generateDemo } from '../demo';
import { writeFilesInto } from '../write-files';

export default async function demo(args: CliArgs): Promise<number> {
  const out = requiredFlag(args, 'out');
  const communities = numberFlag(args, 'communities');
  if (communities !== undefined && (!Number.isInteger(communities) || communities < 1 || communities > 20000)) {
    throw new CliInputError(`--communities: "${communities}" must be a whole number from 1 to 20000`);
  }
  const seed = flag(args, 'seed');
  if (seed === 'true') throw new CliInputError('--seed needs a value');
  const started = performance.now();
  const { files, manifest } = generateDemo({ communities, seed });
  writeFilesInto(out, Object.entries(files));
  const counts = Object.entries(manifest.layers).map(([name, { count }]) => `${name} ${count}`).join(', ');
  process.stderr.write(`demo: ${counts}; ${manifest.tables.surveys.rows} survey rows, ${manifest.tables.elevatorVotes.rows} vote rows → ${out} (${Math.round(performance.now() - started)} ms)\n`);
  return 0;
}
