/**
 * The typed client the UI calls: one module worker wrapped with comlink. Progress
 * callbacks cross as comlink proxies.
 */
import * as Comlink from 'comlink';
import type { AnalysisApi } from './api';

let remote: Comlink.Remote<AnalysisApi> | null = null;

export function analysisWorker(): Comlink.Remote<AnalysisApi> {
  if (!remote) {
    const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module' });
    remote = Comlink.wrap<AnalysisApi>(worker);
  }
  return remote;
}

export const progressProxy = (callback: (fraction: number, note?: string) => void) => Comlink.proxy(callback);
