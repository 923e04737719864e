/**
 * What the page holds once a large import is drawn: the main thread's JavaScript heap after a
 * full collection (CDP), each dedicated worker's the same way, with the ArrayBuffers each holds
 * outside its heap (`backingStorageSize`: file bytes, typed arrays), and the renderer process's
 * resident memory (page, workers and WebGL buffers together, from
 * /proc: the harness runs Chromium on this machine).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';
import { workerSessions } from './worker-sessions';

export interface PageMemory {
  /** Main thread's used JS heap after a full collection, MB, and its ArrayBuffers' backing stores. */
  pageHeapMb: number;
  pageBuffersMb: number | null;
  /** Each worker's used JS heap (by script URL's last part) and ArrayBuffers, MB; null where not reported. */
  workersMb: Heap[];
  /** The largest Chromium renderer process's resident set, MB (null if /proc is not readable). */
  rendererRssMb: number | null;
}

const MB = 1024 * 1024;
type Heap = { name: string; heapMb: number | null; buffersMb: number | null };
type Usage = { usedSize?: number; backingStorageSize?: number };
const megabytes = (bytes: number | undefined) => (bytes === undefined ? null : round(bytes / MB));

export async function pageMemory(page: Page): Promise<PageMemory> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as Usage;
  const workersMb = await workerHeaps(cdp);
  await cdp.detach();
  return { pageHeapMb: megabytes(usage.usedSize) ?? 0, pageBuffersMb: megabytes(usage.backingStorageSize), workersMb, rendererRssMb: largestRendererRss() };
}

/** Each dedicated worker's heap after a full collection, and its ArrayBuffers. */
async function workerHeaps(cdp: CDPSession): Promise<Heap[]> {
  return Promise.all((await workerSessions(cdp)).map(async (worker) => {
    await worker.send('HeapProfiler.collectGarbage');
    const usage = await worker.send<Usage>('Runtime.getHeapUsage');
    return { name: worker.name, heapMb: megabytes(usage?.usedSize), buffersMb: megabytes(usage?.backingStorageSize) };
  }));
}

function largestRendererRss(): number | null {
  let largest: number | null = null;
  try {
    for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
      let commandLine = '';
      let status = '';
      try {
        commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
        if (!commandLine.includes('--type=renderer')) continue;
        status = readFileSync(`/proc/${pid}/status`, 'utf8');
      } catch { continue; } // the process ended meanwhile
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN);
      if (Number.isFinite(kb)) largest = Math.max(largest ?? 0, round(kb / 1024));
    }
  } catch { return null; }
  return largest;
}

const round = (mb: number) => Math.round(mb * 10) / 10;

export const memoryLine = (memory: PageMemory) =>
  `memory (heap + ArrayBuffers): page ${memory.pageHeapMb} + ${memory.pageBuffersMb ?? '?'} MB; workers ${memory.workersMb.map((w) => `${w.name} ${w.heapMb ?? '?'} + ${w.buffersMb ?? '?'} MB`).join(', ') || 'none'}; renderer RSS ${memory.rendererRssMb ?? '?'} MB`;
