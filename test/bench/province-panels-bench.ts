/**
 * The analysis panels at province scale (issue 9, item 3):
 * `npm run build && npx tsx test/bench/province-panels-bench.ts [--communities 12000] [--json FILE] [--screenshot PNG]
 *   [--only parking,pooling] [--frames 40] [--profile DIR] [--trace FILE] [--hide LAYER-ID-PREFIX[~fill|~stroke|~nopick],…]`.
 * Imports the demo's whole layer set at that size (`demo --communities 12000`: 240k buildings,
 * 40k idle parcels, 188k road segments, 12k communities…, cached under /tmp/atlas-province-bench)
 * through the app's own file input and apply button, waits until it is drawn, then opens each
 * analysis panel through the URL hash and reports for each: when its figures are in the page
 * (and when a polling test sees them: later if the main thread is held), the main-thread long
 * tasks meanwhile, the deck layers it draws, the frame time while panning at the city-level view
 * (zoom 13) and at zoom 16 (pitch 50), and page errors. With --profile, a CPU profile of the import and of each panel
 * (DIR/<panel>.cpuprofile, for Chrome's DevTools) and its functions by self time; with --screenshot, the
 * imported map (PNG) and each panel once drawn at the city view (PNG-<panel>.png); with --hide,
 * the deck layers whose id starts so are left out (finding the slow layer by elimination), or
 * only their fills (~fill), their outlines (~stroke) or their picking (~nopick).
 * Figures only: nothing here asserts a time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { startHarness, stopHarness } from '../e2e/harness';
import { measurePanning, type PanningFigures } from './page-probes';
import { applyImport, BIG_PROBE_SCRIPT, COUNTERS_SOURCE, IDLE_SOURCE } from './big-data-probes';
import { demoLayerFiles } from './big-data-file';
import { argument, ms, now, openProbedPage, taskFigures, type Task } from './bench-tasks';
import { rendererSpent, rendererTimes, selfTimes, startProfile, stopProfile } from './cpu-profile';
import { classifyLongTasks } from './trace-tasks';
import { memoryLine, pageMemory } from './memory-probes';

interface PanelCase {
  name: string;
  /** Hash parameters that open it. */
  hash: string;
  /** A data-testid that is in the page once its figures are. */
  figures: string;
}

const PANELS: PanelCase[] = [
  { name: 'summary', hash: 'analysis=summary', figures: 'kpi-communities' },
  { name: 'parking', hash: 'analysis=parking', figures: 'parking-allocated' },
  { name: 'services', hash: 'analysis=services', figures: 'services-covered' },
  { name: 'pooling', hash: 'analysis=pooling', figures: 'pooling-table' },
  { name: 'priority', hash: 'analysis=priority', figures: 'priority-table' },
  { name: 'parking-cross', hash: 'analysis=parking&mode=cross', figures: 'parking-allocated' },
  { name: 'elevators', hash: 'analysis=elevators', figures: 'elevator-candidates' },
];

/** Stamps (page time) when an element with the watched test id is first in the document. */
const WATCH_SOURCE = `(() => {
  window.__watch = { testId: null, at: null };
  const check = () => {
    const watch = window.__watch;
    if (watch.testId && watch.at === null && document.querySelector('[data-testid="' + watch.testId + '"]')) watch.at = performance.now();
  };
  new MutationObserver(check).observe(document, { subtree: true, childList: true });
})()`;

/** Leaves out the deck layers whose id starts with one of `prefixes` (elimination runs). */
const HIDE_SOURCE = `(prefixes) => {
  const overlay = window.__atlas.map.overlay;
  const setProps = overlay.setProps.bind(overlay);
  // "id" drops the layer; "id~fill", "id~stroke", "id~nopick" turn one of its parts off.
  const EDITS = { fill: { filled: false }, stroke: { stroked: false }, nopick: { pickable: false } };
  const edit = (layer) => {
    if (!layer) return layer;
    for (const p of prefixes) {
      const [prefix, part] = p.split('~');
      if (!layer.id.startsWith(prefix)) continue;
      return part === undefined ? null : layer.clone(EDITS[part]);
    }
    return layer;
  };
  overlay.setProps = (props) => setProps(props.layers ? { ...props, layers: props.layers.map(edit).filter(Boolean) } : props);
}`;

type Camera = { center: [number, number]; zoom: number; pitch: number };
// `void`: the map object jumpTo returns would be serialised for the test, seconds on the main thread.
const jump = (page: Page, camera: Camera) => page.evaluate(`void window.__atlas.map.map.jumpTo(${JSON.stringify(camera)})`);

async function openPanel(page: Page, panel: PanelCase, city: Camera, frames: number, profileDir: string | undefined, screenshot: string | undefined) {
  await jump(page, city);
  await page.evaluate(`(${IDLE_SOURCE})()`);
  await page.waitForTimeout(1000);
  const cdp = profileDir ? await startProfile(page) : null;
  const metrics = await page.context().newCDPSession(page);
  await metrics.send('Performance.enable');
  const timesBefore = await rendererTimes(metrics);
  await page.evaluate(`window.__watch.testId = ${JSON.stringify(panel.figures)}; window.__watch.at = null`);
  const from = await now(page);
  await page.evaluate(`location.hash = location.hash.replace(/^#/, '').split('&').filter((p) => p && !/^(analysis|mode|sel)=/.test(p)).concat(${JSON.stringify(panel.hash)}.split('&')).join('&')`);
  await page.getByTestId(panel.figures).first().waitFor({ timeout: 900_000 });
  const seenAt = await now(page);
  const inPageAt = (await page.evaluate('window.__watch.at')) as number | null;
  await page.waitForTimeout(3000); // the map layers are built after the figures show
  const idleAt = (await page.evaluate(`(${IDLE_SOURCE})()`)) as number;
  const to = await now(page);
  // Layout and style of the panel's DOM (its tables), apart from the frames and scripts.
  const spent = rendererSpent(timesBefore, await rendererTimes(metrics));
  const panelElements = (await page.evaluate("document.querySelectorAll('.panel *').length")) as number;
  await metrics.detach();
  const layers = (await page.evaluate('window.__atlas.map.deckLayerSummary()')) as { id: string; items: number }[];
  // What the planner sees once it is drawn, at the city view (file.png → file-<panel>.png).
  if (screenshot) await page.screenshot({ path: screenshot.replace(/(\.png)?$/, `-${panel.name}.png`) });
  const panCity: PanningFigures = await measurePanning(page, frames);
  await jump(page, { ...city, zoom: 16, pitch: 50 });
  await page.waitForTimeout(2000);
  const panStreet: PanningFigures = await measurePanning(page, frames);
  const profile = cdp ? await stopProfile(cdp) : null;
  if (profile && profileDir) writeFileSync(join(profileDir, `${panel.name}.cpuprofile`), JSON.stringify(profile));
  const tasks = taskFigures((await page.evaluate('window.__bigProbe.longTasks')) as Task[], from, to);
  return {
    panel: panel.name,
    /** When the figures were in the page, and when the polling test saw them. */
    inPageMs: inPageAt === null ? null : inPageAt - from,
    seenMs: seenAt - from,
    /** Map idle again after the figures (layers drawn), from opening. */
    idleMs: idleAt - from,
    tasks,
    /** Main-thread time by kind from opening to idle, and the elements in the side panel then. */
    spent,
    panelElements,
    layers: layers.filter((layer) => layer.id !== 'facilities'),
    panCity,
    panStreet,
    profileTop: profile ? selfTimes(profile) : null,
  };
}

/** Layer ids with item counts, the chunks of one layer (`id:k`) summed as "id ×chunks". */
function layerList(layers: { id: string; items: number }[]): string {
  const grouped = new Map<string, { items: number; chunks: number }>();
  for (const layer of layers) {
    const [id, chunk] = layer.id.split(':');
    const entry = grouped.get(id) ?? { items: 0, chunks: 0 };
    grouped.set(id, { items: entry.items + layer.items, chunks: entry.chunks + (chunk === undefined ? 0 : 1) });
  }
  return [...grouped].map(([id, { items, chunks }]) => `${id} ${items}${chunks ? ` (${chunks} chunks)` : ''}`).join(', ');
}

async function main() {
  const communities = Number(argument('communities') ?? 12000);
  const frames = Number(argument('frames') ?? 40);
  const only = argument('only')?.split(',');
  const hide = argument('hide')?.split(',') ?? [];
  const profileDir = argument('profile');
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const json = argument('json');
  const demoDir = `/tmp/atlas-province-bench/demo-${communities}`;
  const files = demoLayerFiles(demoDir, communities);
  const manifest = JSON.parse(readFileSync(join(demoDir, 'manifest.json'), 'utf8')) as { bbox: [number, number, number, number] };
  process.stdout.write(`input: ${files.length} files in ${demoDir}\n`);
  await startHarness();
  try {
    const { page, errors, close } = await openProbedPage(BIG_PROBE_SCRIPT);
    await page.waitForTimeout(1500);
    await page.evaluate(COUNTERS_SOURCE);
    await page.evaluate(WATCH_SOURCE);
    if (hide.length) await page.evaluate(`(${HIDE_SOURCE})(${JSON.stringify(hide)})`);

    // Import every layer file at once, as a planner would drop a folder's files.
    const importCdp = profileDir ? await startProfile(page) : null;
    const trace = argument('trace');
    const browser = page.context().browser()!;
    if (trace) await browser.startTracing(page, { path: trace, categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'toplevel', 'gpu'] });
    const t0 = await now(page);
    await page.getByTestId('import-input').setInputFiles(files);
    await page.waitForSelector('[data-testid="import-apply"]:not([disabled])', { timeout: 900_000 });
    const applyEnabledAt = await now(page);
    const fileCount = await page.getByTestId('import-file').count();
    await page.waitForTimeout(500);
    const tApply = await applyImport(page, 900_000);
    const drawnAt = (await page.evaluate(`(${IDLE_SOURCE})()`)) as number;
    await page.waitForTimeout(4000); // the workspace save and the worker's copy happen after the drawing
    const tImported = await now(page);
    if (trace) await browser.stopTracing();
    const importProfile = importCdp ? await stopProfile(importCdp) : null;
    if (importProfile && profileDir) writeFileSync(join(profileDir, 'import.cpuprofile'), JSON.stringify(importProfile));
    const longTasks = (await page.evaluate('window.__bigProbe.longTasks')) as Task[];
    const layerCounts = (await page.evaluate(`Object.fromEntries([...document.querySelectorAll('[data-testid^="layer-toggle-"]')].map((input) => [input.dataset.testid.slice(13), (input.parentElement.querySelector('.layer-count') || {}).textContent || '']))`)) as Record<string, string>;
    const zoom = (await page.evaluate('window.__atlas.map.map.getZoom()')) as number;
    const screenshot = argument('screenshot');
    if (screenshot) await page.screenshot({ path: screenshot });
    const memory = await pageMemory(page);
    const imported = {
      files: fileCount,
      /** The map's zoom once drawn: the fitted view of the imported data. */
      zoom,
      readMs: applyEnabledAt - t0,
      applyToDrawnMs: drawnAt - tApply,
      tasks: taskFigures(longTasks, t0, tImported),
      /** The same tasks split: while reading (before apply) and from apply on. */
      readingTasks: taskFigures(longTasks, t0, tApply),
      applyingTasks: taskFigures(longTasks, tApply, tImported),
      layerCounts,
      memory,
      profileTop: importProfile ? selfTimes(importProfile) : null,
    };
    process.stdout.write(`import ${imported.files} files: read in ${ms(imported.readMs)}; apply → drawn ${ms(imported.applyToDrawnMs)} at zoom ${imported.zoom.toFixed(2)}; longest task ${ms(imported.tasks.longestMs)}, ${imported.tasks.over200} over 200 ms; layers ${JSON.stringify(layerCounts)}\n`);
    process.stdout.write(`    ${memoryLine(memory)}\n`);
    process.stdout.write(`    reading: ${JSON.stringify(imported.readingTasks.tasks)}\n    applying: ${JSON.stringify(imported.applyingTasks.tasks)}\n`);
    if (trace) process.stdout.write(`    traced long tasks: ${JSON.stringify(classifyLongTasks(trace))}\n`);
    if (imported.profileTop) process.stdout.write(`    self time: ${imported.profileTop.map((t) => `${t.fn} ${t.ms} ms`).join(' | ')}\n`);

    const [west, south, east, north] = manifest.bbox;
    const city: Camera = { center: [(west + east) / 2, (south + north) / 2], zoom: 13, pitch: 0 };
    const panels = [];
    for (const panel of PANELS.filter((p) => !only || only.includes(p.name))) {
      const errorsBefore = errors.length;
      const figures = { ...(await openPanel(page, panel, city, frames, profileDir, screenshot)), errors: errors.slice(errorsBefore) };
      panels.push(figures);
      const f = figures;
      process.stdout.write([
        `${f.panel}: figures in the page after ${ms(f.inPageMs)}, seen by the test after ${ms(f.seenMs)}, map idle after ${ms(f.idleMs)}`,
        `    long tasks ${f.tasks.count}, longest ${ms(f.tasks.longestMs)}, ${f.tasks.over200} over 200 ms ${JSON.stringify(f.tasks.tasks.filter((t) => t.ms > 200))}`,
        `    panning zoom 13: median ${f.panCity.medianMs.toFixed(0)} ms a frame, p95 ${f.panCity.p95Ms.toFixed(0)}, max ${f.panCity.maxMs.toFixed(0)}; zoom 16 pitch 50: median ${f.panStreet.medianMs.toFixed(0)}, p95 ${f.panStreet.p95Ms.toFixed(0)}, max ${f.panStreet.maxMs.toFixed(0)}`,
        `    until idle: layout ${ms(f.spent.layoutMs)}, style ${ms(f.spent.styleMs)}, script ${ms(f.spent.scriptMs)}, all tasks ${ms(f.spent.taskMs)}; ${f.panelElements} elements in the panel`,
        `    deck layers: ${layerList(f.layers) || 'none'}`,
        f.profileTop ? `    self time: ${f.profileTop.map((t) => `${t.fn} ${t.ms} ms`).join(' | ')}` : '',
        f.errors.length ? `    page errors: ${f.errors.slice(0, 3).join(' | ')}` : '    no page errors',
      ].filter(Boolean).join('\n') + '\n');
    }
    if (json) {
      mkdirSync(dirname(json), { recursive: true });
      writeFileSync(json, `${JSON.stringify({ kind: 'renewal-atlas-province-panels-bench', date: new Date().toISOString(), communities, hide, imported, panels, errors }, null, 2)}\n`);
    }
    await close();
  } finally {
    await stopHarness();
  }
}

main().then(() => process.exit(0), (error) => { process.stderr.write(`${(error as Error).stack ?? error}\n`); process.exit(1); });
