/**
 * The standard review deck at province scale (issue 9 with issue 8's presenting):
 * `npm run build && npx tsx test/bench/present-bench.ts [--communities 12000] [--screenshot DIR] [--worker-profile FILE]`.
 * Imports the demo's whole layer set at that size through the app's file input (as
 * province-panels-bench.ts does), presses 汇报 (which builds the standard deck from what is
 * loaded) and steps through it with →, reporting for each scene when its figures are on the card,
 * when the map is idle again, and the main thread's long tasks meanwhile. With --screenshot, what
 * the room sees at each scene (DIR/<n>.png); with --worker-profile FILE, a CPU profile of the
 * analysis worker from apply until the workspace is saved (FILE, for DevTools), summarised second
 * by second: which request held the worker. Figures only: nothing here asserts a time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, stopHarness } from '../e2e/harness';
import { applyImport, BIG_PROBE_SCRIPT, COUNTERS_SOURCE, IDLE_SOURCE } from './big-data-probes';
import { demoLayerFiles } from './big-data-file';
import { argument, ms, now, openProbedPage, taskFigures, type Task } from './bench-tasks';
import { busiestBySecond, type CpuProfile } from './cpu-profile';
import { workerSessions } from './worker-sessions';

/** Stamps (page time) when the card's figures first hold text other than they did at the last RESET_FIGURES. */
const FIGURES_SOURCE = `(() => {
  window.__figures = { at: null, before: '' };
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid="scene-figures"]')?.textContent.trim() ?? '';
    if (window.__figures.at === null && text && text !== window.__figures.before) window.__figures.at = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true });
})()`;
const RESET_FIGURES = `window.__figures = { at: null, before: document.querySelector('[data-testid="scene-figures"]')?.textContent.trim() ?? '' }`;

async function main() {
  const communities = Number(argument('communities') ?? 12000);
  const screenshots = argument('screenshot');
  if (screenshots) mkdirSync(screenshots, { recursive: true });
  const files = demoLayerFiles(`/tmp/atlas-province-bench/demo-${communities}`, communities);
  await startHarness();
  try {
    const { page, errors, close } = await openProbedPage(BIG_PROBE_SCRIPT);
    await page.waitForTimeout(1500);
    await page.evaluate(COUNTERS_SOURCE);
    await page.evaluate(FIGURES_SOURCE);
    await page.getByTestId('import-input').setInputFiles(files);
    await page.waitForSelector('[data-testid="import-apply"]:not([disabled])', { timeout: 900_000 });
    const profileFile = argument('worker-profile');
    const analysisWorker = profileFile ? (await workerSessions(await page.context().newCDPSession(page))).find((worker) => worker.name.startsWith('analysis')) : undefined;
    if (analysisWorker) for (const [method, params] of [['Profiler.enable', {}], ['Profiler.setSamplingInterval', { interval: 2000 }], ['Profiler.start', {}]] as const) await analysisWorker.send(method, params);
    const applied = await applyImport(page, 900_000);
    const drawn = (await page.evaluate(`(${IDLE_SOURCE})()`)) as number;
    // The workspace is saved in the analysis worker after an import (seconds at province): a deck
    // started meanwhile waits behind it, which says when the save ends, not what presenting costs.
    await page.evaluate('window.__atlas.whenSaved()');
    const saved = await now(page);
    if (analysisWorker && profileFile) {
      const stopped = await analysisWorker.send<{ profile: CpuProfile }>('Profiler.stop');
      if (stopped) {
        writeFileSync(profileFile, JSON.stringify(stopped.profile));
        process.stdout.write(`analysis worker from apply to saved (${profileFile}):\n${busiestBySecond(stopped.profile).map((line) => `    ${line}`).join('\n')}\n`);
      }
    }
    await page.waitForTimeout(1000);
    process.stdout.write(`imported ${files.length} files (${communities} communities): drawn ${ms(drawn - applied)}, saved ${ms(saved - applied)} after apply\n`);

    let from = await now(page);
    await page.evaluate(RESET_FIGURES);
    await page.getByTestId('header-present').click();
    await page.getByTestId('presenter').waitFor({ timeout: 300_000 });
    const total = Number(((await page.getByTestId('presenter-counter').textContent()) ?? '').split('/')[1]);
    for (let scene = 1; scene <= total; scene++) {
      const title = await page.getByTestId('presenter-title').textContent();
      await page.waitForFunction('window.__figures.at !== null', undefined, { timeout: 300_000, polling: 100 });
      const figuresAt = (await page.evaluate('window.__figures.at')) as number;
      const idleAt = (await page.evaluate(`(${IDLE_SOURCE})()`)) as number;
      await page.waitForTimeout(1000);
      const to = await now(page);
      const tasks = taskFigures((await page.evaluate('window.__bigProbe.longTasks')) as Task[], from, to);
      process.stdout.write(`${scene}/${total} ${title}: figures on the card after ${ms(figuresAt - from)}, map idle after ${ms(idleAt - from)}; longest task ${ms(tasks.longestMs)}, ${tasks.over200} over 200 ms\n`);
      if (screenshots) await page.screenshot({ path: join(screenshots, `${scene}.png`) });
      if (scene === total) break;
      from = await now(page);
      await page.evaluate(RESET_FIGURES);
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction((previous) => document.querySelector('[data-testid="presenter-title"]')?.textContent !== previous, title, { timeout: 60_000 });
    }
    process.stdout.write(errors.length ? `page errors: ${errors.slice(0, 3).join(' | ')}\n` : 'no page errors\n');
    await close();
  } finally {
    await stopHarness();
  }
}

main().then(() => process.exit(0), (error) => { process.stderr.write(`${(error as Error).stack ?? error}\n`); process.exit(1); });
