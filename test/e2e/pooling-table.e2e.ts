/**
 * 片区联动's eight-column table in its 400-px panel (340 px below 1280 px, 290 px below 1000 px):
 * it scrolls sideways inside its own box, never the panel or the page; the district column stays
 * put while it scrolls; every column is reached with the keyboard (Tab through the headers) and
 * shows whole, clear of the district column; an edge shadow says there is more to either side.
 * In both languages, at 1366 × 768, a 1024 × 768 projector and 1366 × 768 at 150 % (911 × 512).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, settle, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

/** Where a table, its scrolling box, the panel and the page stand, and its header cells' boxes. */
const measure = (page: Page, testId: string) => page.evaluate((id) => {
  const table = document.querySelector(`[data-testid="${id}"]`) as HTMLTableElement;
  const scroller = table.closest('.table-scroll') as HTMLElement;
  const frame = scroller.parentElement as HTMLElement;
  const panel = document.querySelector('.panel-right') as HTMLElement;
  const box = (element: Element) => { const b = element.getBoundingClientRect(); return { left: b.left, right: b.right, top: b.top, bottom: b.bottom }; };
  const firstCell = table.querySelector('tbody tr td') as HTMLElement;
  return {
    pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    panelOverflow: panel.scrollWidth - panel.clientWidth,
    panel: box(panel),
    scroller: box(scroller),
    scrolls: scroller.scrollWidth > scroller.clientWidth,
    headers: [...table.querySelectorAll('thead th')].map(box),
    firstCell: box(firstCell),
    moreStart: frame.dataset.moreStart === 'true',
    moreEnd: frame.dataset.moreEnd === 'true',
    fontSize: parseFloat(getComputedStyle(firstCell).fontSize),
    focusedHeader: [...table.querySelectorAll('thead th')].findIndex((th) => th.contains(document.activeElement)),
  };
}, testId);

type Measure = Awaited<ReturnType<typeof measure>>;
/** Two frames: the scroll event and the edge attributes it sets come after the scroll. */
const frames = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
const within = (inner: { left: number; right: number }, outer: { left: number; right: number }) => inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5;

/** Tabs through the table's headers: each comes into view whole, right of the district column. */
async function tabThroughHeaders(page: Page, testId: string, label: string): Promise<Measure> {
  await page.getByTestId(`${testId}-sort-name`).focus();
  let now = await measure(page, testId);
  for (let column = 1; column < now.headers.length; column++) {
    await page.keyboard.press('Tab');
    now = await measure(page, testId);
    expect(now.focusedHeader, `${label} column ${column}`).toBe(column);
    expect(within(now.headers[column], now.scroller), `${label} column ${column} in view`).toBe(true);
    expect(now.headers[column].left, `${label} column ${column} clear of the district column`).toBeGreaterThanOrEqual(now.headers[0].right - 0.5);
    // The district column stays at the box's left edge, its header and its cells.
    expect(now.headers[0].left, label).toBeCloseTo(now.scroller.left, 0);
    expect(now.firstCell.left, label).toBeCloseTo(now.scroller.left, 0);
  }
  return now;
}

describe('片区联动 table in its panel', () => {
  for (const [width, height] of [[1366, 768], [1024, 768], [911, 512]] as const) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${width} × ${height}, ${lang}: scrolls inside its own box, the district column fixed, every column reached`, async () => {
        const session = await openApp(`#analysis=pooling${lang === 'en' ? '&lang=en' : ''}`, { width, height });
        const { page } = session;
        const label = `${width}×${height} ${lang}`;
        await page.locator('[data-testid="pooling-table"] tbody tr').first().waitFor({ timeout: 60_000 });
        for (const testId of ['pooling-table', 'pooling-coverage']) {
          const start = await measure(page, testId);
          expect(start.pageOverflow, label).toBeLessThanOrEqual(0);
          expect(start.panelOverflow, label).toBeLessThanOrEqual(0);
          expect(within(start.scroller, start.panel), `${label} ${testId} box inside the panel`).toBe(true);
          expect(start.fontSize, label).toBeGreaterThanOrEqual(12);
          expect(start.moreStart, label).toBe(false);
          expect(start.moreEnd, label).toBe(start.scrolls);
          await tabThroughHeaders(page, testId, `${label} ${testId}`);
          await frames(page);
          const end = await measure(page, testId);
          if (end.scrolls) {
            expect(end.moreStart, label).toBe(true);
            expect(end.moreEnd, label).toBe(false);
          }
          // Back with Shift+Tab: the second column shows whole beside the district column.
          for (let column = end.headers.length - 1; column > 1; column--) await page.keyboard.press('Shift+Tab');
          const back = await measure(page, testId);
          expect(back.focusedHeader, label).toBe(1);
          expect(within(back.headers[1], back.scroller), label).toBe(true);
          expect(back.headers[1].left, label).toBeGreaterThanOrEqual(back.headers[0].right - 0.5);
          expect(back.pageOverflow, label).toBeLessThanOrEqual(0);
          expect(back.panelOverflow, label).toBeLessThanOrEqual(0);
        }
        expect(session.consoleErrors).toEqual([]);
        await session.close();
      }, 120_000);
    }
  }

  it('without an idle-land layer its 闲置资源 column reads —, not 0 ㎡, and the panel says the layer is missing', async () => {
    const session = await openApp('#analysis=pooling&dashboard=0');
    const { page } = session;
    await page.getByTestId('layer-more-idleLand').click();
    await page.getByTestId('layer-remove-idleLand').click();
    await page.getByTestId('pooling-no-idle-land').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="pooling-table"] tbody tr').first().waitFor({ timeout: 60_000 });
    await settle(page);
    const idle = await page.locator('[data-testid="pooling-table"] tbody tr td:nth-child(3)').allTextContents();
    expect(idle.length).toBeGreaterThan(0);
    expect([...new Set(idle)]).toEqual(['—']);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
