/**
 * A CPU profile of the page's main thread over CDP (Profiler domain), and its functions by
 * self time: to find what page script holds the main thread while a benchmark step runs.
 */
import type { CDPSession, Page } from 'playwright-core';

interface ProfileNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }
export interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }

export async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
  await cdp.send('Profiler.start');
  return cdp;
}

export async function stopProfile(cdp: CDPSession): Promise<CpuProfile> {
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.detach();
  return profile as unknown as CpuProfile;
}

/** The `top` functions by self time (ms), as "name file:line", idle and GC kept apart. */
export function selfTimes(profile: CpuProfile, top = 12): { fn: string; ms: number }[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    const file = frame.url.split('/').pop() ?? '';
    const key = `${frame.functionName || '(anonymous)'}${file ? ` ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}` : ''}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals.entries()].filter(([fn]) => !fn.startsWith('(idle)')).sort((a, b) => b[1] - a[1]).slice(0, top).map(([fn, total]) => ({ fn, ms: Math.round(total) }));
}

/** The renderer's cumulative main-thread times (CDP Performance domain), s: read before and after a step. */
export interface RendererTimes { layoutS: number; styleS: number; scriptS: number; taskS: number }

export async function rendererTimes(cdp: CDPSession): Promise<RendererTimes> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((metric) => metric.name === name)?.value ?? 0;
  return { layoutS: value('LayoutDuration'), styleS: value('RecalcStyleDuration'), scriptS: value('ScriptDuration'), taskS: value('TaskDuration') };
}

/** Milliseconds of each between two readings. */
export const rendererSpent = (from: RendererTimes, to: RendererTimes) => ({
  layoutMs: Math.round((to.layoutS - from.layoutS) * 1000),
  styleMs: Math.round((to.styleS - from.styleS) * 1000),
  scriptMs: Math.round((to.scriptS - from.scriptS) * 1000),
  taskMs: Math.round((to.taskS - from.taskS) * 1000),
});

/**
 * What the profiled thread did, second by second: per second its `top` call paths (a few frames
 * below the root, as "a > b > c") by sampled time. For a worker that runs one request after
 * another (the analysis worker), this tells which request held it when.
 */
export function busiestBySecond(profile: CpuProfile, top = 2, depth = 5): string[] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const path = (id: number) => {
    const names: string[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) names.push(byId.get(at)?.callFrame.functionName || '(anonymous)');
    return names.reverse().slice(1, 1 + depth).join(' > ');
  };
  const seconds: Map<string, number>[] = [];
  let time = 0;
  profile.samples.forEach((id, i) => {
    time += profile.timeDeltas[i] ?? 0;
    const second = (seconds[Math.floor(time / 1e6)] ??= new Map());
    const key = path(id);
    second.set(key, (second.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return seconds.map((paths, second) => `${second} s: ${[...(paths ?? new Map<string, number>()).entries()].filter(([key]) => key !== '(idle)').sort((a, b) => b[1] - a[1]).slice(0, top).map(([key, ms]) => `${Math.round(ms)} ms ${key}`).join(' | ') || 'idle'}`);
}
