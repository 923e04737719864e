/**
 * Runs the command line in-process as a script would see it: the exit code, and stdout and
 * stderr kept apart (stdout must carry only JSON). For tests only (it mocks with Vitest).
 */
import { vi } from 'vitest';
import { main } from './main';

export async function runCli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  // A write's callback is called, as a stream's would be: the JSON writer waits on it.
  const out = vi.spyOn(process.stdout, 'write').mockImplementation(((chunk: string | Uint8Array, callback?: unknown) => {
    stdout += String(chunk);
    if (typeof callback === 'function') callback();
    return true;
  }) as typeof process.stdout.write);
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => ((stderr += String(chunk)), true));
  try {
    const code = await main(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
