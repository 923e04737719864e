/**
 * Big-data browser benchmark (issue 7 target, issue 9 items 3 and 5):
 * `npm run build && npx tsx test/bench/big-data-bench.ts [--communities 12000] [--json FILE] [--trace FILE] [--elevators]`.
 * (a) imports a ≈100 MB buildings GeoJSON through the app's own file input and apply button:
 *     time to the dialog, to the apply button being usable, from apply to the buildings drawn,
 *     and every main-thread long task (PerformanceObserver), longest and count over 200 ms;
 * (b) with those ≈240k buildings: data handed to the map → map idle with them drawn, the whole
 *     extent drawn from a jump, and the frame time while panning (overview and street level);
 * (c) hovering and panning must not replace any layer data: counts of GeoJSON setData calls and
 *     deck layers whose data reference changed while doing so;
 * (d) reloading with the workspace saved; (e) with --elevators, opening the elevator panel on
 *     those buildings: time to its figures and the main-thread long tasks meanwhile (the result
 *     crosses from the worker and its footprints become map features on the page).
 * Figures only: nothing here asserts a time.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Page } from 'playwright-core';
import { startHarness, stopHarness } from '../e2e/harness';
import { measurePanning, type PanningFigures } from './page-probes';
import { applyImport, BIG_PROBE_SCRIPT, COUNTERS_SOURCE, FIT_AND_IDLE_SOURCE } from './big-data-probes';
import { bigBuildingsFile } from './big-data-file';
import { classifyLongTasks } from './trace-tasks';
import { argument, ms, now, openProbedPage, taskFigures, type Task } from './bench-tasks';

/**
 * (e) Opens the elevator panel through the URL hash and waits for its KPIs (computed in the
 * worker); with --profile FILE, a CPU profile of the page (main thread) meanwhile.
 */
async function openElevatorPanel(page: Page) {
  const profilePath = argument('profile');
  const cdp = profilePath ? await page.context().newCDPSession(page) : null;
  if (cdp) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  // When the figures are painted (Element Timing), which the polling below sees only once the
  // main thread is free again: after the map's first draw of the units.
  await page.evaluate(`new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.identifier === 'elevator-figures') window.__figuresPaintedAt ??= entry.renderTime || entry.loadTime;
  }).observe({ type: 'element', buffered: true })`);
  const from = await now(page);
  await page.evaluate(`location.hash = location.hash.replace(/analysis=[^&]*&?/, '') + '&analysis=elevators'`);
  await page.getByTestId('elevator-feasible').waitFor({ timeout: 900_000 });
  const readyAt = await now(page);
  await page.waitForTimeout(3000); // the map layers are built after the figures show
  const to = await now(page);
  // Panning with the units on the map (zoom 16, pitch 50: the chunks in view are drawn).
  const panning = await measurePanning(page, 60);
  const candidates = (await page.getByTestId('elevator-candidates').textContent()) ?? '';
  if (cdp && profilePath) writeFileSync(profilePath, JSON.stringify((await cdp.send('Profiler.stop')).profile));
  const tasks = taskFigures((await page.evaluate('window.__bigProbe.longTasks')) as Task[], from, to);
  const paintedAt = (await page.evaluate('window.__figuresPaintedAt ?? null')) as number | null;
  const zoom = (await page.evaluate('window.__atlas.map.camera().zoom')) as number;
  return { readyMs: readyAt - from, paintedMs: paintedAt === null ? null : paintedAt - from, zoom, candidates, tasks, panning };
}

async function main() {
  const communities = Number(argument('communities') ?? 12000);
  const json = argument('json');
  const file = await bigBuildingsFile(undefined, communities);
  const manifest = JSON.parse(readFileSync(join(dirname(file.path), 'demo', 'manifest.json'), 'utf8')) as { bbox: [number, number, number, number] };
  process.stdout.write(`input: ${file.path} (${(file.bytes / 1024 / 1024).toFixed(1)} MB)\n`);
  await startHarness();
  try {
    const { page, errors, close } = await openProbedPage(BIG_PROBE_SCRIPT);
    const browser = page.context().browser()!;
    await page.waitForTimeout(1500);
    await page.evaluate(COUNTERS_SOURCE);

    // (a) import
    const trace = argument('trace');
    if (trace) await browser.startTracing(page, { path: trace, categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'toplevel', 'gpu'] });
    const t0 = await now(page);
    await page.getByTestId('import-input').setInputFiles(file.path);
    await page.getByTestId('import-dialog').waitFor({ timeout: 600_000 });
    await page.waitForSelector('[data-testid="import-apply"]:not([disabled])', { timeout: 600_000 });
    const probe1 = (await page.evaluate('window.__bigProbe')) as { dialogAt: number; applyEnabledAt: number };
    await page.waitForTimeout(500);
    const tApply = await applyImport(page, 600_000);
    await page.waitForTimeout(4000); // the workspace save and the worker's copy happen after the drawing
    const counters = (await page.evaluate('window.__bigCounters')) as { buildingsSetDataAt: number; buildingsIdleAt: number };
    const tasks = ((await page.evaluate('window.__bigProbe.longTasks')) as Task[]);
    const tEnd = await now(page);
    if (trace) await browser.stopTracing();
    // Counted after tEnd and the trace: the probe's own queryRenderedFeatures is not the app's task.
    const drawnAtImportView = (await page.evaluate('window.__distinctBuildings(window.__atlas.map.map)')) as number;
    const traced = trace ? classifyLongTasks(trace) : null;
    const slowCalls = (await page.evaluate('window.__bigProbe.slowCalls')) as { label: string; start: number; ms: number }[];
    // tiles-client.ts marks: waiting for the worker's layers, flattening there, indexing in the tile worker.
    const tileMarks = (await page.evaluate(`Object.fromEntries(performance.getEntriesByType('mark').filter((m) => m.name.startsWith('atlas:tiles')).map((m) => [m.name.slice(12), Math.round(m.startTime - ${tApply})]))`)) as Record<string, number>;
    const importFigures = {
      fileMB: file.bytes / 1024 / 1024,
      toDialogMs: probe1.dialogAt - t0,
      toApplyEnabledMs: probe1.applyEnabledAt - t0,
      applyToSetDataMs: counters.buildingsSetDataAt - tApply,
      applyToDrawnMs: counters.buildingsIdleAt - tApply,
      /** (b) data handed to the map → idle with the buildings drawn. */
      setDataToDrawnMs: counters.buildingsIdleAt - counters.buildingsSetDataAt,
      drawnAtImportView,
      tasksReading: taskFigures(tasks, t0, tApply),
      tasksApplying: taskFigures(tasks, tApply, tEnd),
      tasksAll: taskFigures(tasks, t0, tEnd),
    };

    // (b) the whole extent, then panning at overview and street level
    type Jump = { ms: number; drawn: number; zoom: number };
    // A city-level view (zoom 13: every building over 0.375 px is drawn) and the whole extent.
    const city = (await page.evaluate(`(${FIT_AND_IDLE_SOURCE})(${JSON.stringify(manifest.bbox)}, 13)`)) as Jump;
    await page.waitForTimeout(1000);
    const overview = (await page.evaluate(`(${FIT_AND_IDLE_SOURCE})(${JSON.stringify(manifest.bbox)})`)) as Jump;
    await page.waitForTimeout(1000);
    await page.evaluate('window.__bigCounters.reset()');
    const panOverview: PanningFigures = await measurePanning(page, 120);
    const centre = [(manifest.bbox[0] + manifest.bbox[2]) / 2, (manifest.bbox[1] + manifest.bbox[3]) / 2];
    await page.evaluate(`void window.__atlas.map.map.jumpTo({ center: ${JSON.stringify(centre)}, zoom: 16, pitch: 50 })`);
    await page.waitForTimeout(2500);
    const panStreet: PanningFigures = await measurePanning(page, 120);
    // (c) hovering: mouse moves over the map, one pick a frame at most
    const box = (await page.getByTestId('map').boundingBox())!;
    for (let i = 0; i < 60; i++) await page.mouse.move(box.x + 200 + i * 12, box.y + 300 + (i % 7) * 20);
    await page.waitForTimeout(500);
    const rebuilds = (await page.evaluate('({ setData: window.__bigCounters.setData, deckDataChanges: window.__bigCounters.deckDataChanges, deckSetProps: window.__bigCounters.deckSetProps })')) as Record<string, unknown>;

    const elevators = process.argv.includes('--elevators') ? await openElevatorPanel(page) : null;

    // (d) reopening: the workspace (≈100 MB in IndexedDB) read in the worker, sent in chunks.
    const reloadTrace = trace ? trace.replace(/(\.json)?$/, '.reload.json') : null;
    if (reloadTrace) await browser.startTracing(page, { path: reloadTrace, categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'toplevel', 'gpu'] });
    const tReload = Date.now();
    await page.reload();
    await page.waitForSelector('#root[data-atlas-ready="true"]', { timeout: 600_000 });
    const reopenMs = Date.now() - tReload;
    await page.waitForTimeout(3000);
    if (reloadTrace) await browser.stopTracing();
    const reopenTraced = reloadTrace ? classifyLongTasks(reloadTrace) : null;
    const reopenTasks = taskFigures((await page.evaluate('window.__bigProbe.longTasks')) as Task[], 0, Number.POSITIVE_INFINITY);
    const reopenBuildings = Number((await page.locator('[data-testid="layer-toggle-buildings"] ~ .layer-count').textContent())?.replace(/[^\d]/g, ''));
    const reopen = { traced: reopenTraced, ms: reopenMs, buildings: reopenBuildings, longestTaskMs: reopenTasks.longestMs, over200: reopenTasks.over200, tasksOver200: reopenTasks.tasks.filter((t) => t.ms > 200) };

    const summary = { import: importFigures, tracedLongTasks: traced, tileMarks, slowCalls, city, overview, panOverview, panStreet, rebuildsWhileHoverAndPan: rebuilds, elevators, reopen, errors };
    const a = importFigures;
    process.stdout.write([
      `(a) import ${a.fileMB.toFixed(1)} MB: dialog after ${ms(a.toDialogMs)}, apply usable after ${ms(a.toApplyEnabledMs)}; apply → buildings given to the map ${ms(a.applyToSetDataMs)} → drawn ${ms(a.applyToDrawnMs)}`,
      `    long tasks reading: ${a.tasksReading.count} (longest ${ms(a.tasksReading.longestMs)}, ${a.tasksReading.over200} over 200 ms, total ${ms(a.tasksReading.totalMs)})`,
      `    long tasks applying: ${a.tasksApplying.count} (longest ${ms(a.tasksApplying.longestMs)}, ${a.tasksApplying.over200} over 200 ms, total ${ms(a.tasksApplying.totalMs)})`,
      `    all: longest ${ms(a.tasksAll.longestMs)}, ${a.tasksAll.over200} over 200 ms; reading ${JSON.stringify(a.tasksReading.tasks.filter((t) => t.ms > 200))}; applying ${JSON.stringify(a.tasksApplying.tasks.filter((t) => t.ms > 200))}`,
      `    building tiles after apply (ms): ${JSON.stringify(tileMarks)}`,
      `(b) data given to the map → drawn: ${ms(a.setDataToDrawnMs)} (${a.drawnAtImportView} distinct buildings rendered in the view)`,
      `    jump to zoom 13 at the centre: ${ms(city.ms)} to idle, ${city.drawn} distinct buildings rendered`,
      `    whole extent (zoom ${overview.zoom.toFixed(1)}): ${ms(overview.ms)} to idle, ${overview.drawn} distinct buildings rendered (smaller than 0.375 px are left out, as MapLibre's GeoJSON tiling does)`,
      `    panning overview: median ${panOverview.medianMs.toFixed(1)} ms, p95 ${panOverview.p95Ms.toFixed(1)}, max ${panOverview.maxMs.toFixed(0)}, ${panOverview.slowFrames} frames > 50 ms`,
      `    panning zoom 16 pitch 50: median ${panStreet.medianMs.toFixed(1)} ms, p95 ${panStreet.p95Ms.toFixed(1)}, max ${panStreet.maxMs.toFixed(0)}, ${panStreet.slowFrames} frames > 50 ms`,
      `(c) while hovering and panning: setData calls ${JSON.stringify(rebuilds.setData)}, deck layers with new data ${JSON.stringify(rebuilds.deckDataChanges)} (${rebuilds.deckSetProps} setProps)`,
      `(d) reload with the workspace saved: ready after ${ms(reopen.ms)} with ${reopen.buildings} buildings; longest main-thread task ${ms(reopen.longestTaskMs)}, ${reopen.over200} over 200 ms ${JSON.stringify(reopen.tasksOver200)}`,
      reopenTraced ? `    traced: ${JSON.stringify(reopenTraced)}` : '',
      elevators ? `(e) elevator panel: figures painted after ${elevators.paintedMs === null ? '(not reported)' : ms(elevators.paintedMs)}, seen by the test after ${ms(elevators.readyMs)} (view at zoom ${elevators.zoom.toFixed(1)}; ${elevators.candidates} candidate buildings); main-thread long tasks meanwhile ${elevators.tasks.count}, longest ${ms(elevators.tasks.longestMs)}, ${elevators.tasks.over200} over 200 ms ${JSON.stringify(elevators.tasks.tasks.filter((t) => t.ms > 200))}; then panning with the units: median ${elevators.panning.medianMs.toFixed(1)} ms a frame, p95 ${elevators.panning.p95Ms.toFixed(1)}` : '',
      `    slow calls (ms after apply): ${JSON.stringify(slowCalls.map((c) => ({ label: c.label, atMs: Math.round(c.start - tApply), ms: Math.round(c.ms) })))}`,
      traced ? `    traced long tasks from the import on: ${traced.filter((t) => t.kind === 'script').length} in page script (longest ${Math.max(0, ...traced.filter((t) => t.kind === 'script').map((t) => t.ms))} ms), ${traced.filter((t) => t.kind === 'gpu-wait').length} waiting for software WebGL frames (Commit → ReadPixels, longest ${Math.max(0, ...traced.filter((t) => t.kind === 'gpu-wait').map((t) => t.ms))} ms), ${traced.filter((t) => t.kind === 'other').length} other: ${JSON.stringify(traced)}` : '    (add --trace FILE to tell script tasks from software-WebGL frame waits)',
      errors.length ? `page errors: ${errors.slice(0, 5).join(' | ')}` : 'no page errors',
    ].join('\n') + '\n');
    if (json) {
      mkdirSync(dirname(json), { recursive: true });
      writeFileSync(json, `${JSON.stringify({ kind: 'renewal-atlas-big-data-bench', date: new Date().toISOString(), summary }, null, 2)}\n`);
    }
    await close();
  } finally {
    await stopHarness();
  }
}

main().then(() => process.exit(0), (error) => { process.stderr.write(`${(error as Error).stack ?? error}\n`); process.exit(1); });
