/**
 * Runs of an entry in a process of their own, for figures of memory that mean something. In
 * one long process, V8 keeps the pages of an earlier run's data after collecting it, so the
 * RSS peak of a later run counts them too: the cold suite at province scale read 2.3 GB over
 * three runs in one process and 1.7 GB in a fresh one. Each isolated run is a child node
 * process (node with tsx's loader, from the project root) that reads the layer files, runs the entry once, and reports its
 * time and its own RSS high-water mark (getrusage), which includes reading the data.
 */
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface IsolatedRun {
  ms: number;
  note: string;
  peakRssMB: number;
  heapUsedMB: number;
  /** Sum of the garbage collector's pauses during the run (node's "gc" performance entries), ms. */
  gcMs: number;
}

/** The project root, where `tsx` resolves for the child's --import. */
export const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where the child script lies under a project root. */
const CHILD_SCRIPT = 'src/cli/bench/isolated-child.ts';

/**
 * One run in a child process; `warmUpCommunities` as the harness's option (0: no warm-up).
 * `projectRoot` runs another checkout's code on the same data (bench --against).
 */
export function runIsolated(entryName: string, directory: string, iteration: number, warmUpCommunities: number, projectRoot = PROJECT_ROOT): Promise<IsolatedRun> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', join(projectRoot, CHILD_SCRIPT), directory, entryName, String(iteration), String(warmUpCommunities)],
      { maxBuffer: 1 << 20, cwd: projectRoot },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`isolated run of ${entryName}: ${stderr.trim().split('\n').pop() || error.message}`));
        const line = stdout.trim().split('\n').pop() ?? '';
        try {
          resolve(JSON.parse(line) as IsolatedRun);
        } catch {
          reject(new Error(`isolated run of ${entryName}: no result in its output`));
        }
      },
    );
  });
}
