/**
 * Code that runs inside the page for the browser benchmark: a load probe injected before any
 * of the app's scripts (addInitScript), and the panning frame-time measurement.
 */
import type { Page } from 'playwright-core';
import { median, percentile } from './assets';

export interface LoadProbe {
  /** performance.now() (ms since navigation start) when #root got data-atlas-ready="true"; null before. */
  readyMs: number | null;
  longTasks: { start: number; duration: number }[];
}

/** Injected as a string so no bundler or tsx helper ends up inside the page. */
export const LOAD_PROBE_SCRIPT = `(() => {
  const probe = { readyMs: null, longTasks: [] };
  window.__atlasLoadProbe = probe;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) { probe.longTaskError = String(error); }
  const check = () => {
    const root = document.getElementById('root');
    if (probe.readyMs === null && root && root.getAttribute('data-atlas-ready') === 'true') probe.readyMs = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-atlas-ready'], childList: true });
})();`;

export interface PanningFigures {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Frames over 50 ms (visible stutter). */
  slowFrames: number;
}

/** Pans the map by a few pixels every animation frame and records the frame-to-frame deltas. */
/**
 * In-page panning loop, as a string: tsx (esbuild keepNames) would wrap a function passed to
 * page.evaluate in a `__name` helper that the page does not have.
 */
const PANNING_SOURCE = `(count, step) => new Promise((resolve, reject) => {
  const map = window.__atlas && window.__atlas.map && window.__atlas.map.map;
  if (!map) { reject(new Error('window.__atlas.map.map is not there')); return; }
  const out = [];
  let last = 0;
  let direction = 1;
  function frame(now) {
    out.push(now - last);
    last = now;
    if (out.length % 30 === 0) direction = -direction;
    map.panBy([step * direction, step / 2], { animate: false });
    if (out.length < count) requestAnimationFrame(frame);
    else resolve(out.slice(1));
  }
  requestAnimationFrame(function start(now) { last = now; requestAnimationFrame(frame); });
})`;

/** Pans the map by a few pixels every animation frame and records the frame-to-frame deltas. */
export async function measurePanning(page: Page, frames: number, stepPx = 8): Promise<PanningFigures> {
  const deltas = (await page.evaluate(`(${PANNING_SOURCE})(${Number(frames)}, ${Number(stepPx)})`)) as number[];
  return {
    frames: deltas.length,
    medianMs: median(deltas),
    p95Ms: percentile(deltas, 0.95),
    maxMs: Math.max(...deltas),
    slowFrames: deltas.filter((d) => d > 50).length,
  };
}
