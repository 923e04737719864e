/**
 * `validate FILE... [--role FILE=ROLE ...] [--crs EPSG:NNNN] [--gcj02]`: the importer's reader
 * and validation report without writing anything. Exit 2 with the first error on stderr.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { CliInputError, flag, type CliArgs } from '../args';
import { formatReport, prepareImport, ROLES, type PrepareOptions, type PreparedFile } from '../../io/import';
import { checkFileSize } from '../../io/read';
import type { InputFile, Role } from '../../io/types';
import type { FixName } from '../../io/validate';

const FIXES: FixName[] = ['closeRings', 'removeDuplicateVertices', 'rewind', 'selfIntersections'];

/** Reads the files named on the command line; a missing or too large file is refused before reading. */
export function readInputFiles(paths: string[]): InputFile[] {
  if (!paths.length) throw new CliInputError('no input file given');
  return paths.map((path) => {
    let size: number;
    try {
      const stat = statSync(path);
      if (!stat.isFile()) throw new CliInputError(`${path}: not a file`);
      size = stat.size;
    } catch (error) {
      if (error instanceof CliInputError) throw error;
      throw new CliInputError(`${path}: no such file`);
    }
    const tooLarge = checkFileSize(basename(path), size);
    if (tooLarge) throw new CliInputError(tooLarge.message);
    return { name: basename(path), bytes: new Uint8Array(readFileSync(path)) };
  });
}

/** The options shared by `validate` and `import`. */
export function importOptions(args: CliArgs): PrepareOptions {
  const roles: Record<string, Role> = {};
  for (const entry of args.flags.get('role') ?? []) {
    const at = entry.lastIndexOf('=');
    const file = entry.slice(0, at);
    const role = entry.slice(at + 1) as Role;
    if (at <= 0 || !ROLES.includes(role)) throw new CliInputError(`--role ${entry}: expected FILE=ROLE with ROLE one of ${ROLES.join(', ')}`);
    roles[basename(file)] = role;
  }
  const crs = flag(args, 'crs');
  if (crs === 'true') throw new CliInputError('--crs needs a value such as EPSG:4549');
  const fixFlag = flag(args, 'fix');
  const fixes = fixFlag === undefined ? [] : fixFlag === 'true' ? FIXES : (fixFlag.split(',') as FixName[]);
  for (const fix of fixes) if (!FIXES.includes(fix)) throw new CliInputError(`--fix: "${fix}" is not one of ${FIXES.join(', ')}`);
  const datumShift = flag(args, 'gcj02') === 'true' ? 'gcj02' as const : flag(args, 'bd09') === 'true' ? 'bd09' as const : undefined;
  return { roles, crs, fixes, datumShift };
}

/** Prints every report to stdout; returns the first error, if any. */
export function printReports(prepared: PreparedFile[]): string | undefined {
  for (const file of prepared) {
    process.stdout.write(formatReport(file.report) + '\n');
    if (file.repairs) {
      const done = Object.entries(file.repairs).filter(([, n]) => n > 0).map(([fix, n]) => `${fix} ${n}`).join(', ');
      if (done) process.stdout.write(`  repaired: ${done}\n`);
    }
  }
  return prepared.flatMap((file) => file.report.issues).find((issue) => issue.severity === 'error')?.message;
}

export default async function validate(args: CliArgs): Promise<number> {
  const prepared = await prepareImport(readInputFiles(args.positionals), importOptions(args));
  const firstError = printReports(prepared);
  if (firstError) throw new CliInputError(firstError);
  return 0;
}
