/**
 * Browser benchmark (issue 9, map and page): `npm run build && npx tsx test/bench/browser-bench.ts [--runs 5] [--json FILE]
 * [--against DIR]`.
 * Serves dist/ with vite preview and drives Debian's Chromium (software WebGL) through the e2e
 * harness, then measures on the demo:
 *  - navigation → `#root[data-atlas-ready]`, each run in a fresh browser context (cold cache), median;
 *  - long tasks (> 50 ms) during that load, from a PerformanceObserver injected before any script;
 *  - gzip size of every file in dist/assets, and which ones the page fetched before it was ready;
 *  - frame time while panning: requestAnimationFrame deltas while map.panBy runs every frame.
 * With `--against DIR` (another checkout, its dist/ built), the loads alternate between this
 * build and that one in the same browser (A B B A …), so both see the same machine load: the
 * figures of a change are compared only with the code before it measured in the same minutes.
 * Figures only: nothing here asserts a time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Browser } from 'playwright-core';
import { openApp, startHarness, stopHarness } from '../e2e/harness';
import { assetSizes, formatAssetTable, median, type AssetSize } from './assets';
import { LOAD_PROBE_SCRIPT, measurePanning, type LoadProbe, type PanningFigures } from './page-probes';
import { serveDist } from './serve-dist';

interface LoadRun {
  readyMs: number;
  longTasks: number;
  longTaskTotalMs: number;
  longestTaskMs: number;
  /** Σ (task − 50 ms) over the long tasks before ready: the main thread's blocking time. */
  blockingMs: number;
  assetsFetched: string[];
}

function argument(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

async function measureLoad(browser: Browser, url: string): Promise<LoadRun> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN' });
  try {
    await context.addInitScript(LOAD_PROBE_SCRIPT);
    const page = await context.newPage();
    const fetched = new Set<string>();
    let ready = false;
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (!ready && path.startsWith('/assets/')) fetched.add(path.slice('/assets/'.length));
    });
    await page.goto(url);
    await page.waitForSelector('#root[data-atlas-ready="true"]', { timeout: 120_000 });
    ready = true;
    const probe = (await page.evaluate(() => (window as unknown as { __atlasLoadProbe: unknown }).__atlasLoadProbe)) as LoadProbe;
    // A response can land between the page marking itself ready and waitForSelector returning
    // here (the dashboard's charts and the analyses they ask the worker for come right after
    // ready): the page's and each worker's own resource timing say which fetches started after
    // ready, on one clock (timeOrigin + startTime). A worker's fetches are only in its own timing.
    const readyAt = await page.evaluate((readyMs) => (readyMs === null ? null : performance.timeOrigin + readyMs), probe.readyMs);
    const startedLate = () => performance.getEntriesByType('resource')
      .map((entry) => ({ path: new URL(entry.name).pathname, at: performance.timeOrigin + entry.startTime }));
    const timings = [await page.evaluate(startedLate), ...(await Promise.all(page.workers().map((worker) => worker.evaluate(startedLate).catch(() => []))))];
    for (const { path, at } of timings.flat()) if (readyAt !== null && at >= readyAt && path.startsWith('/assets/')) fetched.delete(path.slice('/assets/'.length));
    const before = probe.longTasks.filter((t) => t.start < (probe.readyMs ?? Infinity));
    return {
      readyMs: probe.readyMs ?? Number.NaN,
      longTasks: before.length,
      longTaskTotalMs: before.reduce((sum, t) => sum + t.duration, 0),
      longestTaskMs: before.reduce((max, t) => Math.max(max, t.duration), 0),
      blockingMs: before.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0),
      assetsFetched: [...fetched].sort(),
    };
  } finally {
    await context.close();
  }
}

interface Side { label: string; url: string; listed: AssetSize[]; loads: LoadRun[] }

function summarise(side: Side) {
  const { loads } = side;
  const fetched = new Set(loads.flatMap((l) => l.assetsFetched));
  const assets: AssetSize[] = side.listed.map((a) => ({ ...a, neededForFirstFrame: fetched.has(a.file) }));
  const unlisted = [...fetched].filter((file) => !side.listed.some((a) => a.file === file));
  if (unlisted.length) process.stderr.write(`${side.label}: fetched but not in dist/assets as listed at the start (rebuilt during the run?): ${unlisted.join(', ')}\n`);
  const firstFrameJs = assets.filter((a) => a.neededForFirstFrame && /\.m?js$/.test(a.file));
  const ready = loads.map((l) => l.readyMs);
  return {
    assets,
    readyMs: { median: median(ready), min: Math.min(...ready), max: Math.max(...ready), runs: loads.length },
    longTasks: {
      medianCount: median(loads.map((l) => l.longTasks)),
      medianTotalMs: median(loads.map((l) => l.longTaskTotalMs)),
      medianBlockingMs: median(loads.map((l) => l.blockingMs)),
      longestMs: Math.max(...loads.map((l) => l.longestTaskMs)),
    },
    firstFrameJsGzipKB: firstFrameJs.reduce((sum, a) => sum + a.gzipBytes, 0) / 1024,
  };
}

async function main(): Promise<void> {
  const runs = Number(argument('runs') ?? 5);
  const json = argument('json');
  const againstDir = argument('against');
  await startHarness();
  const against = againstDir ? await serveDist(againstDir) : null;
  // Listed before the loads: another build replacing dist/ mid-run would otherwise mismatch the names.
  const sides: Side[] = [{ label: 'this build', url: '', listed: assetSizes('dist/assets'), loads: [] }];
  if (against && againstDir) sides.push({ label: againstDir, url: against.url, listed: assetSizes(against.assetsDir), loads: [] });
  try {
    // A first, untimed open: checks the app comes up and gives us the browser and the served URL.
    const warmUp = await openApp();
    const browser = warmUp.page.context().browser();
    sides[0].url = `${new URL(warmUp.page.url()).origin}/`;
    await warmUp.close();
    if (!browser) throw new Error('no browser behind the harness page');

    for (let i = 0; i < runs; i++) {
      // A B, then B A: neither side always goes first after the other's load.
      const order = i % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        const run = await measureLoad(browser, side.url);
        side.loads.push(run);
        const tag = sides.length > 1 ? `${side === sides[0] ? 'A' : 'B'} ` : '';
        process.stdout.write(`${tag}load ${i + 1}: ready ${run.readyMs.toFixed(0)} ms, ${run.longTasks} long tasks (${run.longTaskTotalMs.toFixed(0)} ms, longest ${run.longestTaskMs.toFixed(0)} ms, blocking ${run.blockingMs.toFixed(0)} ms)\n`);
      }
    }

    const session = await openApp();
    let panning: PanningFigures | null = null;
    try {
      await session.page.waitForTimeout(1500);
      panning = await measurePanning(session.page, 120).catch((error: Error) => {
        process.stderr.write(`panning not measured: ${error.message}\n`);
        return null;
      });
    } finally {
      await session.close();
    }

    const results = sides.map((side) => ({ side, ...summarise(side) }));
    const tagOf = (side: Side) => (sides.length > 1 ? `${side === sides[0] ? 'A' : 'B'} (${side.label})` : '');
    for (const { side, assets, firstFrameJsGzipKB } of results) {
      process.stdout.write(`\n${tagOf(side) ? `${tagOf(side)}\n` : ''}${formatAssetTable(assets)}\nJS fetched before the first frame: ${firstFrameJsGzipKB.toFixed(0)} kB gzip\n`);
    }
    process.stdout.write('\n');
    for (const { side, readyMs, longTasks, firstFrameJsGzipKB } of results) {
      process.stdout.write(`${tagOf(side) ? `${tagOf(side)}: ` : ''}navigation → data-atlas-ready: median ${readyMs.median.toFixed(0)} ms (${readyMs.min.toFixed(0)}–${readyMs.max.toFixed(0)}, ${readyMs.runs} runs); long tasks before ready: median ${longTasks.medianCount} (${longTasks.medianTotalMs.toFixed(0)} ms, blocking ${longTasks.medianBlockingMs.toFixed(0)} ms), longest ${longTasks.longestMs.toFixed(0)} ms; JS before the first frame ${firstFrameJsGzipKB.toFixed(0)} kB gzip\n`);
    }
    if (sides.length > 1) {
      const ratios = sides[0].loads.map((load, i) => load.readyMs / sides[1].loads[i].readyMs);
      process.stdout.write(`A / B, each round's own ratio: median ${median(ratios).toFixed(3)} (${Math.min(...ratios).toFixed(3)}–${Math.max(...ratios).toFixed(3)})\n`);
    }
    if (panning) {
      process.stdout.write(`panning (this build): ${panning.frames} frames, median ${panning.medianMs.toFixed(1)} ms, p95 ${panning.p95Ms.toFixed(1)} ms, max ${panning.maxMs.toFixed(1)} ms (${(1000 / panning.medianMs).toFixed(0)} fps)\n`);
    }

    if (json) {
      mkdirSync(dirname(json), { recursive: true });
      const [own, ...others] = results.map(({ side, assets, ...summary }) => ({ label: side.label, summary, loads: side.loads, assets }));
      const out = { kind: 'renewal-atlas-browser-bench', date: new Date().toISOString(), node: process.version, summary: { ...own.summary, panning }, loads: own.loads, assets: own.assets, against: others[0] ?? null };
      writeFileSync(json, `${JSON.stringify(out, null, 2)}\n`);
      process.stdout.write(`figures → ${json}\n`);
    }
  } finally {
    await against?.close();
    await stopHarness();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
