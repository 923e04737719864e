/**
 * bench --only: a name that selects no entry is refused before any data is made. It ran the
 * generator and no benchmark, and exited 0 (--only elevator for elevators).
 */
import { describe, expect, it } from 'vitest';
import { runCli } from '../run-cli.test-support';

describe('bench --only', () => {
  it('takes entry names and their prefixes', async () => {
    const { checkOnly } = await import('./bench');
    expect(() => checkOnly(['elevators', 'parking', 'parking.cross.warm', 'generator', 'suite.cold.core'])).not.toThrow();
  });

  it('refuses a name that selects nothing, exit 2, before generating anything', async () => {
    const started = performance.now();
    const { code, stdout, stderr } = await runCli('bench', '--only', 'elevator,parking', '--communities', '1', '--runs', '1', '--no-warm-up');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^bench: --only: "elevator" names no benchmark entry \(entries: generator, prepare, summary, parking, elevators, /);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
