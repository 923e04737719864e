/**
 * The child side of isolated.ts: `isolated-child.ts DIR ENTRY ITERATION WARM_UP` runs the
 * named entry twice, untimed, on a generated set of WARM_UP communities (0: none) so the
 * timing is of cold data, not of cold compiled code, as in the main process; then reads the
 * layers in DIR, puts them in the entry's state as the harness does (prepared: projected and
 * indexed; warm: also one untimed run), runs the entry once and prints one JSON line (time,
 * note, peak RSS, heap, and the garbage collection pauses within the run).
 */
import { PerformanceObserver } from 'node:perf_hooks';
import { loadHighs } from '../../analysis/solver/highs';
import type { LayerSet } from '../../model/types';
import { generateDataset, layersIn, layersOf, prepareEverything } from './dataset';
import { ALL_ENTRIES } from './entries';
import { collectGarbage, heapUsedMB, processPeakRssMB } from './memory';

const WARM_UP_PASSES = 2;

async function main(): Promise<void> {
  const [directory, name, iteration, warmUp] = process.argv.slice(2);
  const entry = ALL_ENTRIES.find((e) => e.name === name);
  if (!entry) throw new Error(`no entry named ${name}`);
  // The entry's state, as the harness sets it up (untimed).
  const inState = async (layers: LayerSet): Promise<LayerSet> => {
    if (entry.state !== 'cold') prepareEverything(layers);
    if (entry.state === 'warm') await entry.run(layers, -1);
    return layers;
  };
  // Twice, each on fresh layers: once leaves part of the code below the optimising tier.
  if (Number(warmUp) > 0) {
    // The solver's WASM too: a small warm-up set may never need the model, and the main process has it loaded by then.
    await loadHighs();
    const warmUpData = generateDataset(Number(warmUp));
    for (let pass = 0; pass < WARM_UP_PASSES; pass++) await entry.run(await inState(layersOf(warmUpData)), entry.state === 'warm' ? 0 : -1);
  }
  collectGarbage();
  const layers = await inState(layersIn(directory));
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
