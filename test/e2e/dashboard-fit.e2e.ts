/**
 * 看板 on a projector (1280 × 720) and a 1024 × 768 screen, in both languages: every chart is
 * drawn whole inside the dashboard's row, axes included. A caption that wraps to two lines
 * (居民需求（受访户占比） · 已完工满意度 …) took its height from the chart under it, which kept
 * its 180 px and lost its percentage axis below the dashboard's edge. Where the charts are wider
 * than the window they scroll sideways, with a shadow at the edge that has more.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

describe('dashboard charts fit their row', () => {
  for (const [width, height] of [[1280, 720], [1024, 768], [1920, 1080]] as const) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${width} × ${height}, ${lang}: no chart runs below the dashboard`, async () => {
        const session = await openApp(lang === 'en' ? '#lang=en' : '', { width, height });
        const { page } = session;
        await page.waitForSelector('[data-testid="chart-needs"][data-drawn="true"]', { timeout: 60_000 });
        const layout = await page.evaluate(() => {
          const row = document.querySelector('.dashboard-charts') as HTMLElement;
          const bottom = row.getBoundingClientRect().bottom;
          const charts = [...row.querySelectorAll<HTMLElement>('.chart')].map((chart) => ({
            id: chart.dataset.testid, bottom: chart.getBoundingClientRect().bottom, height: chart.getBoundingClientRect().height,
          }));
          return { bottom, charts, overflow: row.scrollHeight - row.clientHeight };
        });
        const label = `${width}×${height} ${lang}`;
        expect(layout.charts.length, label).toBeGreaterThanOrEqual(5);
        for (const chart of layout.charts) {
          expect(chart.bottom, `${label} ${chart.id}`).toBeLessThanOrEqual(layout.bottom + 0.5);
          expect(chart.height, `${label} ${chart.id}`).toBeGreaterThanOrEqual(150);
        }
        expect(layout.overflow, label).toBeLessThanOrEqual(0);
        // Wider than the window, the charts scroll sideways, and a shadow says at which edge there is more.
        const frame = page.getByTestId('dashboard-frame');
        const sideways = await page.evaluate(() => { const row = document.querySelector('.dashboard-charts') as HTMLElement; return row.scrollWidth - row.clientWidth; });
        await page.waitForFunction((more) => document.querySelector('[data-testid="dashboard-frame"]')?.getAttribute('data-more-end') === String(more), sideways > 1);
        expect(await frame.getAttribute('data-more-start'), label).toBe('false');
        if (sideways > 1) {
          await page.evaluate(() => { const row = document.querySelector('.dashboard-charts') as HTMLElement; row.scrollLeft = row.scrollWidth; });
          await page.waitForFunction(() => document.querySelector('[data-testid="dashboard-frame"]')?.getAttribute('data-more-start') === 'true');
          expect(await frame.getAttribute('data-more-end'), label).toBe('false');
        }
        expect(session.consoleErrors).toEqual([]);
        await session.close();
      }, 120_000);
    }
  }
});
