/**
 * What the page holds once a large import is drawn: the main thread's JavaScript heap after a
 * full collection (CDP), each dedicated worker's the same way, with the ArrayBuffers each holds
 * outside its heap (`backingStorageSize`: file bytes, typed arrays), and the renderer process's
 * resident memory (page, workers and WebGL buffers together, from
 * /proc: the harness runs Chromium on this machine).
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { CDPSession, Page } from 'playwright-core';

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

/**
 * Each dedicated worker's heap after a full collection: the page's session auto-attaches its
 * workers in the non-flat mode, whose messages go through Target.sendMessageToTarget, as
 * playwright's CDPSession cannot address a child session directly.
 */
async function workerHeaps(cdp: CDPSession): Promise<Heap[]> {
  const attached: { sessionId: string; url: string }[] = [];
  const replies = new Map<string, (message: { id: number; result?: Usage }) => void>();
  cdp.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: { type: string; url: string } }) => {
    if (event.targetInfo.type === 'worker') attached.push({ sessionId: event.sessionId, url: event.targetInfo.url });
  });
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: Usage };
    if (message.id !== undefined) replies.get(`${event.sessionId}:${message.id}`)?.(message as { id: number });
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await new Promise((resolve) => setTimeout(resolve, 500));
  const ask = (sessionId: string, id: number, method: string) => new Promise<Usage | undefined>((resolve) => {
    replies.set(`${sessionId}:${id}`, (message) => resolve(message.result));
    void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    setTimeout(() => resolve(undefined), 30_000);
  });
  return Promise.all(attached.map(async ({ sessionId, url }) => {
    await ask(sessionId, 1, 'HeapProfiler.collectGarbage');
    const usage = await ask(sessionId, 2, 'Runtime.getHeapUsage');
    const name = url.split('/').pop()?.split('?')[0] || url.slice(0, 40);
    return { name, heapMb: megabytes(usage?.usedSize), buffersMb: megabytes(usage?.backingStorageSize) };
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
