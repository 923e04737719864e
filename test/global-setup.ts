/**
 * The unit tests' scratch space: every test that writes files (the CLI's --out, data folders)
 * does so under os.tmpdir(), which here is one folder made for this run and removed after it,
 * instead of leaving hundreds of folders in /tmp. Workers start after this and inherit TMPDIR.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const folder = mkdtempSync(join(tmpdir(), 'renewal-atlas-tests-'));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(folder, { recursive: true, force: true });
  };
}
