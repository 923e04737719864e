/**
 * A demo generated at a larger size (`demo --communities N`) into a temporary folder for one test
 * file, the harness started after it and both cleaned up after the file's tests: for the paths
 * only a bigger data set reaches in a browser (chunked outlines, long tables, the overview).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startHarness, stopHarness } from './harness';

/** Registers the file's beforeAll / afterAll; the returned function gives the folder once generated. */
export function withGeneratedDemo(communities: number, prefix: string): () => string {
  let folder = '';
  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), prefix));
    execFileSync('npx', ['tsx', 'src/cli/main.ts', 'demo', '--out', folder, '--communities', String(communities)], { stdio: 'ignore' });
    await startHarness();
  }, 120_000);
  afterAll(async () => {
    await stopHarness();
    if (folder) rmSync(folder, { recursive: true, force: true });
  });
  return () => folder;
}
