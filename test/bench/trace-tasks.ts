/**
 * Classifies the page's long main-thread tasks from a Chromium trace (big-data-bench --trace):
 * under software WebGL (SwiftShader, no GPU) the compositor's commit reads the map's canvas
 * back and waits for the frame to be rendered (Commit → GLES2::ReadPixels), which shows up as
 * a long task on the main thread though no page script runs. This tells those apart from
 * tasks spent in the page's own JavaScript.
 */
import { readFileSync } from 'node:fs';

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string } }
export interface ClassifiedTask { atMs: number; ms: number; scriptMs: number; gpuWaitMs: number; kind: 'script' | 'gpu-wait' | 'other' }

export function classifyLongTasks(tracePath: string, overMs = 200): ClassifiedTask[] {
  const parsed = JSON.parse(readFileSync(tracePath, 'utf8')) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mainThread = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!mainThread) return [];
  const onMain = events.filter((e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X');
  const start = Math.min(...onMain.map((e) => e.ts));
  const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && (e.dur ?? 0) > overMs * 1000);
  // Nested RunTask events: keep the outermost.
  const outer = tasks.filter((task) => !tasks.some((other) => other !== task && other.ts <= task.ts && other.ts + other.dur! >= task.ts + task.dur! && other.dur! > task.dur!));
  return outer.map((task) => {
    const end = task.ts + task.dur!;
    const inside = onMain.filter((e) => e.ts >= task.ts && e.ts + (e.dur ?? 0) <= end);
    const sum = (names: string[]) => inside.filter((e) => names.includes(e.name)).reduce((total, e) => total + (e.dur ?? 0), 0) / 1000;
    const scriptMs = sum(['FunctionCall', 'EvaluateScript', 'v8.compile']);
    const gpuWaitMs = sum(['GLES2::ReadPixels']);
    const ms = task.dur! / 1000;
    const kind = gpuWaitMs > ms / 2 ? 'gpu-wait' : scriptMs > ms / 2 ? 'script' : 'other';
    return { atMs: Math.round((task.ts - start) / 1000), ms: Math.round(ms), scriptMs: Math.round(scriptMs), gpuWaitMs: Math.round(gpuWaitMs), kind };
  });
}
