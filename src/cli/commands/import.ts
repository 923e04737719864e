/**
 * `import FILE... --out DIR [--role FILE=ROLE ...] [--crs EPSG:NNNN] [--gcj02|--bd09] [--fix[=FIX,...]]`:
 * the app's importer without the dialog (DESIGN §4). Writes the layer files of §2 and the
 * tables into DIR only when no file has an error, so a bad file never half-replaces a folder.
 */
import { CliInputError, requiredFlag, type CliArgs } from '../args';
import { crossFileDuplicates, prepareImport } from '../../io/import';
import { MAX_LISTED } from '../data-dir';
import { writeFilesInto } from '../write-files';
import { writeCsv } from '../../io/write/csv';
import { writeGeoJson } from '../../io/write/geojson';
import { LAYER_FILES, type LayerName } from '../../model/layers';
import { TABLE_FILES, TABLE_NAMES, type RawFeature, type Role, type TableName } from '../../io/types';
import { importOptions, printReports, readInputFiles } from './validate';

export default async function importCommand(args: CliArgs): Promise<number> {
  const out = requiredFlag(args, 'out');
  const prepared = await prepareImport(readInputFiles(args.positionals), importOptions(args));
  const firstError = printReports(prepared);
  if (firstError) throw new CliInputError(`${firstError} (nothing written to ${out})`);
  const repeated = crossFileDuplicates(prepared);
  if (repeated.length) {
    const shown = repeated.slice(0, MAX_LISTED).map((issue) => issue.message);
    const more = repeated.length > MAX_LISTED ? [`… and ${repeated.length - MAX_LISTED} more ids used in two files`] : [];
    throw new CliInputError([...shown, ...more, `(nothing written to ${out})`].join('\n'));
  }
  const byRole = new Map<Role, RawFeature[]>();
  for (const file of prepared) if (file.role) byRole.set(file.role, [...(byRole.get(file.role) ?? []), ...file.features]);
  const files: [string, string | Uint8Array, string][] = [...byRole].map(([role, features]) => (TABLE_NAMES as readonly string[]).includes(role)
    ? [TABLE_FILES[role as TableName], writeCsv(features.map((f) => f.properties ?? {}), { bom: false }), `${features.length} rows`]
    : [LAYER_FILES[role as LayerName], writeGeoJson(features), `${features.length} features`]);
  const paths = writeFilesInto(out, files.map(([name, text]) => [name, text] as const));
  paths.forEach((path, i) => process.stdout.write(`wrote ${path} (${files[i][2]})\n`));
  return 0;
}
