/**
 * The real-data sets of ../shared/realdata (README there) imported through the app's own 导入,
 * every layer file at once, as a planner's first day with real data: what a layer the set
 * lacks leaves out is said in Chinese, not reported as a failure in the engine's English.
 * Skipped with a message when the folder is absent (a fresh clone has no ../shared).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, settle, startHarness, stopHarness } from './harness';

/** ../shared/realdata beside the checkout; ATLAS_REALDATA names it for a checkout elsewhere (a git worktree). */
const REALDATA = process.env.ATLAS_REALDATA ?? join(process.cwd(), '../shared/realdata');
const present = existsSync(REALDATA);
if (!present) console.warn(`real-data-sets e2e skipped: ${REALDATA} is absent`);

/** Every layer file of a set, chosen at once in the import dialog, replacing the demo. */
async function importSet(page: Page, set: string): Promise<void> {
  const dir = join(REALDATA, set);
  const files = readdirSync(dir).filter((name) => /\.(geojson|zip)$/.test(name))
    .map((name) => ({ name, mimeType: name.endsWith('.zip') ? 'application/zip' : 'application/geo+json', buffer: readFileSync(join(dir, name)) }));
  await page.getByTestId('import-input').setInputFiles(files);
  await page.waitForSelector('[data-testid="import-apply"]:not([disabled])', { timeout: 60_000 });
  await page.getByTestId('import-apply').click();
  await page.getByTestId('import-dialog').waitFor({ state: 'detached', timeout: 60_000 });
  await settle(page);
}

const noAnalysisRunning = (page: Page) => page.waitForFunction(() => !document.querySelector('[data-testid="analysis-progress"]'), undefined, { timeout: 60_000 });

describe.skipIf(!present)('real-data sets through the app', () => {
  beforeAll(startHarness);
  afterAll(stopHarness);

  it('hangzhou-osm (no roads): walking-network services say the roads layer is missing, in grey Chinese, no red failure', async () => {
    const session = await openApp('#dashboard=0');
    const { page } = session;
    await importSet(page, 'hangzhou-osm');
    await page.evaluate(() => { location.hash = '#analysis=services&type=elderly_care&distance=network&dashboard=0'; });
    await page.getByTestId('services-no-roads').waitFor({ timeout: 60_000 });
    await noAnalysisRunning(page);
    await settle(page);
    await expect(page.getByTestId('services-no-roads').textContent()).resolves.toBe('没有道路图层：步行网络距离需要道路图层，请导入道路，或改用直线距离');
    expect(await page.getByTestId('analysis-error').count()).toBe(0);
    expect(await page.getByTestId('services-panel').innerText()).not.toMatch(/network distance|roads\.geojson/);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('hangzhou-osm at 1280 × 720 and 1000 × 700: each layer count (611 个要素) stays on one line', async () => {
    for (const viewport of [{ width: 1280, height: 720 }, { width: 1000, height: 700 }]) {
      const session = await openApp('#dashboard=0', viewport);
      const { page } = session;
      await importSet(page, 'hangzhou-osm');
      const lines = await page.locator('.layer-count').evaluateAll((spans) => spans.map((span) => {
        // The text's line boxes (the span itself is a flex item, one box however its text wraps).
        const range = document.createRange();
        range.selectNodeContents(span);
        return [span.textContent, new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size];
      }));
      expect(lines.length).toBe(5);
      // Before, 闲置资源 and 保护对象 broke theirs inside 要素: "611 个要" over "素".
      expect(lines.filter(([, rects]) => rects !== 1)).toEqual([]);
      expect(session.consoleErrors).toEqual([]);
      await session.close();
    }
  });

  it('hangzhou-osm (no buildings): 一案一策 and the review form say buildings, floor area and units were not counted, not 0 栋 and 0 ㎡', async () => {
    const session = await openApp('#dashboard=0');
    const { page } = session;
    await importSet(page, 'hangzhou-osm');
    // 概况 says the buildings were not counted, not 0 栋.
    await page.getByTestId('kpi-communities').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('kpi-buildings').textContent()).resolves.toBe('—');
    await expect(page.getByTestId('kpi-buildings-missing').textContent()).resolves.toBe('未导入楼栋图层');
    // 片区批量 offers no district without a community (萧山区（0 个小区）was offered, and printed 共 0 页).
    await page.getByTestId('plan-sheet-button').click();
    await page.getByTestId('plan-sheet-empty-districts').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('plan-sheet-empty-districts').textContent()).resolves.toBe('没有小区的片区不列出：萧山区');
    const entries = await page.getByTestId('plan-sheet-popup').locator('button').allTextContents();
    expect(entries.filter((entry) => /萧山区|（0 个小区）|计算中/.test(entry))).toEqual([]);
    expect(entries.filter((entry) => entry.startsWith('片区批量：')).length).toBe(12); // 6 districts, plan sheet and review form
    await page.keyboard.press('Escape');
    await page.evaluate(() => { location.hash = '#sheet=district:330109'; }); // 萧山区 typed in
    await page.getByTestId('sheet-not-found').waitFor({ timeout: 110_000 });
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-sheet-ready]')?.getAttribute('data-sheet-ready')), { timeout: 110_000, interval: 500 }).toBe('true');
    await expect(page.locator('.sheet-toolbar [role="status"]').textContent()).resolves.toBe('没有可打印的页');
    await expect(page.getByTestId('sheet-print').isDisabled()).resolves.toBe(true);
    await page.evaluate(() => { location.hash = '#sheet=osm4477360'; }); // 流水西苑
    await expect.poll(() => page.evaluate(() => document.querySelector('[data-sheet-ready]')?.getAttribute('data-sheet-ready')), { timeout: 110_000, interval: 500 }).toBe('true');
    await expect(page.getByTestId('sheet-floor-area').textContent()).resolves.toBe('—');
    // Its map has no buildings and no roads: the legend promised 本小区楼栋, 加梯可行… and 消防车道.
    const legend = await page.getByTestId('sheet-map').locator('.sheet-legend').innerText();
    expect(legend).toContain('小区边界');
    expect(legend).not.toMatch(/本小区楼栋|加梯|消防车道/);
    await expect(page.getByTestId('sheet-households').textContent()).resolves.toBe('2,179 户');
    await page.getByTestId('sheet-to-review-form').click();
    await page.getByTestId('review-form-page').waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('review-scope').textContent()).resolves.toBe('楼栋、单元未统计（没有楼栋图层）');
    await expect(page.getByTestId('review-floor-area').textContent()).resolves.toBe('未统计（没有楼栋图层）');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('hangzhou-huoju (no idle land): 概况 says the idle-land layer is missing, not 0 ㎡', async () => {
    const session = await openApp('#dashboard=0');
    const { page } = session;
    await importSet(page, 'hangzhou-huoju');
    await page.getByTestId('kpi-communities').waitFor({ timeout: 60_000 });
    await noAnalysisRunning(page);
    await expect(page.getByTestId('kpi-idle-area').textContent()).resolves.toBe('—');
    await expect(page.getByTestId('kpi-idle-area-missing').textContent()).resolves.toBe('未导入闲置资源图层');
    await expect(page.getByTestId('kpi-buildings').textContent()).resolves.toBe('34');
    expect(await page.getByTestId('summary-table').innerText()).not.toContain('0 ㎡');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('shanghai-tilezen at 1920 × 1080: each district is named once on the map, not once per tile it crosses', async () => {
    const session = await openApp('#dashboard=0', { width: 1920, height: 1080 });
    const { page } = session;
    await importSet(page, 'shanghai-tilezen');
    const names = await page.evaluate(() => (window as any).__atlas.map.map.queryRenderedFeatures({ layers: ['districts-label'] }).map((f: any) => f.properties.name).sort());
    // Before, 浦东新区 (a district far larger than the data) read twice, side by side.
    expect(names).toEqual([...new Set(names)]);
    expect(names).toContain('浦东新区');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
