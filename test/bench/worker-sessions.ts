/**
 * The page's dedicated workers over CDP, for their heaps (memory-probes.ts) and CPU profiles
 * (present-bench.ts --worker-profile): the page's session auto-attaches them in the non-flat
 * mode, whose messages go through Target.sendMessageToTarget, as playwright's CDPSession cannot
 * address a child session directly.
 */
import type { CDPSession } from 'playwright-core';

export interface WorkerSession {
  /** The script's file name (e.g. analysis.worker-…js). */
  name: string;
  /** Sends a CDP command to the worker; undefined after 60 s without an answer. */
  send<T>(method: string, params?: object): Promise<T | undefined>;
}

export async function workerSessions(cdp: CDPSession): Promise<WorkerSession[]> {
  const attached: { sessionId: string; url: string }[] = [];
  const replies = new Map<string, (result: unknown) => void>();
  cdp.on('Target.attachedToTarget', (event: { sessionId: string; targetInfo: { type: string; url: string } }) => {
    if (event.targetInfo.type === 'worker') attached.push({ sessionId: event.sessionId, url: event.targetInfo.url });
  });
  cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown };
    if (message.id !== undefined) replies.get(`${event.sessionId}:${message.id}`)?.(message.result);
  });
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await new Promise((resolve) => setTimeout(resolve, 500));
  let nextId = 1;
  return attached.map(({ sessionId, url }) => ({
    name: url.split('/').pop()?.split('?')[0] || url.slice(0, 40),
    send: <T>(method: string, params: object = {}) => new Promise<T | undefined>((resolve) => {
      const id = nextId++;
      replies.set(`${sessionId}:${id}`, (result) => resolve(result as T));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
      setTimeout(() => resolve(undefined), 60_000);
    }),
  }));
}
