/**
 * Peak resident memory during a benchmark. The analyses are mostly synchronous, so a timer on
 * the main thread would never fire while they run: the sampler lives in a worker thread (RSS
 * is process-wide) and keeps the running maximum, in kB, in shared memory.
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';

const SAMPLER_SOURCE = `
const { workerData } = require('node:worker_threads');
const peak = new Int32Array(workerData.buffer);
const sample = () => {
  const kB = Math.round(process.memoryUsage.rss() / 1024);
  for (let seen = Atomics.load(peak, 0); kB > seen; seen = Atomics.load(peak, 0)) {
    if (Atomics.compareExchange(peak, 0, seen, kB) === seen) break;
  }
};
sample();
setInterval(sample, workerData.intervalMs);
`;

/** Atomic max (there is no Atomics.max): raise slot 0 to value unless it is already higher. */
export function raiseTo(slots: Int32Array, value: number): void {
  for (let seen = Atomics.load(slots, 0); value > seen; seen = Atomics.load(slots, 0)) {
    if (Atomics.compareExchange(slots, 0, seen, value) === seen) return;
  }
}

export interface MemorySampler {
  /** Starts a new window: the peak so far is forgotten (after a sample of the present RSS). */
  reset(): void;
  /** Highest RSS seen since the last reset, MB. */
  peakRssMB(): number;
  stop(): Promise<void>;
}

export function startMemorySampler(intervalMs = 5): MemorySampler {
  const buffer = new SharedArrayBuffer(4);
  const peak = new Int32Array(buffer);
  const sampleHere = () => raiseTo(peak, Math.round(process.memoryUsage.rss() / 1024));
  sampleHere();
  const worker = new Worker(SAMPLER_SOURCE, { eval: true, workerData: { buffer, intervalMs } });
  worker.unref();
  return {
    reset() {
      Atomics.store(peak, 0, 0);
      sampleHere();
    },
    peakRssMB() {
      sampleHere();
      return Atomics.load(peak, 0) / 1024;
    },
    async stop() {
      await worker.terminate();
    },
  };
}

/** The process's RSS high-water mark since it started (getrusage), MB. */
export function processPeakRssMB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

export function heapUsedMB(): number {
  return process.memoryUsage().heapUsed / 2 ** 20;
}

let collect: (() => void) | null | undefined;

/**
 * A full garbage collection between runs, so one benchmark's garbage is not billed to the
 * next. Uses global.gc when node runs with --expose-gc, else enables it through V8's flags.
 */
export function collectGarbage(): void {
  if (collect === undefined) {
    const existing = (globalThis as { gc?: () => void }).gc;
    if (existing) collect = existing;
    else {
      try {
        setFlagsFromString('--expose-gc');
        collect = runInNewContext('gc') as () => void;
      } catch {
        collect = null;
      }
    }
  }
  collect?.();
}
