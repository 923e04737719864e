/**
 * Writes a set of files into a folder all or nothing, as far as a file system allows: each is
 * written beside its place as NAME.partial, and only when every one is whole are they renamed
 * into place. What stops it (a folder where a file should go, a full disk, no permission) is
 * bad input naming the file (exit 2), and leaves no .partial and no folder it made.
 */
import { existsSync, mkdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CliInputError } from './args';

export function writeFilesInto(dir: string, files: readonly (readonly [name: string, content: string | Uint8Array])[], flag = '--out'): string[] {
  if (existsSync(dir) && !statSync(dir).isDirectory()) throw new CliInputError(`${flag} ${dir}: is a file, not a folder; give the folder to write the files into`);
  const made = !existsSync(dir);
  const paths = files.map(([name]) => join(dir, name));
  for (const path of paths) {
    if (existsSync(path) && statSync(path).isDirectory()) throw new CliInputError(`${path}: is a folder; nothing written to ${dir}`);
  }
  const partials: string[] = [];
  let renamed = 0;
  let step = dir;
  try {
    mkdirSync(dir, { recursive: true });
    files.forEach(([, text], i) => {
      step = paths[i];
      partials.push(`${paths[i]}.partial`);
      writeFileSync(partials[i], text);
    });
    paths.forEach((path, i) => {
      step = path;
      renameSync(partials[i], path);
      renamed++;
    });
  } catch (error) {
    for (const partial of partials.slice(renamed)) rmSync(partial, { force: true });
    if (made && renamed === 0) rmSync(dir, { recursive: true, force: true });
    const what = renamed === 0 ? `nothing written to ${dir}` : `only ${paths.slice(0, renamed).join(', ')} written`;
    throw new CliInputError(`${step}: cannot be written (${(error as Error).message}); ${what}`);
  }
  return paths;
}
