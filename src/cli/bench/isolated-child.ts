/**
 * The child side of isolated.ts: `isolated-child.ts DIR ENTRY ITERATION WARM_UP` runs the
 * named cold entry once, untimed, on a generated set of WARM_UP communities (0: none) so the
 * timing is of cold data, not of cold compiled code, as in the main process; then reads the
 * layers in DIR, runs the entry once and prints one JSON line (time, note, peak RSS, heap, and
 * the garbage collection pauses within the run).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { loadHighs } from '../../analysis/solver/highs';
import { generateDataset, layersIn, layersOf } from './dataset';
import { ENTRIES } from './entries';
import { collectGarbage, heapUsedMB, processPeakRssMB } from './memory';

const WARM_UP_PASSES = 2;

async function main(): Promise<void> {
  const [directory, name, iteration, warmUp] = process.argv.slice(2);
  const entry = ENTRIES.find((e) => e.name === name);
  if (!entry || entry.state !== 'cold') throw new Error(`no cold entry named ${name}`);
  // Twice, each on fresh layers: once leaves part of the code below the optimising tier.
  if (Number(warmUp) > 0) {
    // The solver's WASM too: a small warm-up set may never need the model, and the main process has it loaded by then.
    await loadHighs();
    const warmUpData = generateDataset(Number(warmUp));
    for (let pass = 0; pass < WARM_UP_PASSES; pass++) await entry.run(layersOf(warmUpData), -1);
  }
  collectGarbage();
  const layers = layersIn(directory);
  collectGarbage();
  // Garbage collection pauses of the timed run (observed from here on: the collections above are not counted).
  let gcMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const gc of list.getEntries()) gcMs += gc.duration;
  });
  observer.observe({ entryTypes: ['gc'] });
  const started = performance.now();
  const note = (await entry.run(layers, Number(iteration))) ?? '';
  const ms = performance.now() - started;
  // The observer is called back later, from a timer of node's (neither takeRecords nor one
  // setImmediate sees the entries yet): a short wait delivers them.
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  process.stdout.write(`${JSON.stringify({ ms, note, peakRssMB: processPeakRssMB(), heapUsedMB: heapUsedMB(), gcMs })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.message ?? String(error)}\n`);
  process.exit(1);
});
