/**
 * Long tables draw only the rows in view (virtual-lines.ts): 400 generated communities imported
 * over the demo give a 400-row parking table and a 400-row life-circle matrix. Every row can be
 * scrolled and keyed to (no cap at 500 as before), a row selected on the map is scrolled into
 * the table's own box, and the drawn rows are a small fraction of the whole.
 */
import { pinyinInitials } from '../../src/ui/pinyin-initials';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openApp } from './harness';
import { withGeneratedDemo } from './generated-demo';
import { audit, report } from './axe-audit';

const COMMUNITIES = 400;
const demoDir = withGeneratedDemo(COMMUNITIES, 'atlas-long-tables-');

/** The drawn rows of a table (not its spacers): their aria-rowindex, first to last. */
const drawnRows = (page: Page, testId: string) => page.evaluate((id) => [...document.querySelectorAll(`[data-testid="${id}"] tbody tr:not(.virtual-space)`)]
  .map((row) => Number(row.getAttribute('aria-rowindex'))), testId);

/** Whether an element lies inside its table's scrolling box, below the sticky header. */
const inBoxView = (page: Page) => page.evaluate(() => {
  const row = document.activeElement as HTMLElement;
  const box = row.closest('.table-scroll')!.getBoundingClientRect();
  const header = row.closest('table')!.querySelector('thead')!.getBoundingClientRect();
  const rect = row.getBoundingClientRect();
  return rect.top >= header.bottom - 1 && rect.bottom <= box.bottom + 1;
});

describe('long tables', () => {
  it('draw the rows in view; every row can be scrolled, keyed and selected to', async () => {
    const session = await openApp('#analysis=parking&dashboard=0');
    const { page } = session;
    await page.getByTestId('parking-allocated').waitFor({ timeout: 60_000 });
    await page.getByTestId('import-input').setInputFiles([join(demoDir(), 'communities.geojson')]);
    await page.waitForSelector('[data-testid="import-apply"]:not([disabled])', { timeout: 120_000 });
    await page.getByTestId('import-mode-keep').check();
    await page.getByTestId('import-apply').click();
    const table = page.getByTestId('parking-table');
    await page.waitForFunction((count) => document.querySelector('[data-testid="parking-table"]')?.getAttribute('aria-rowcount') === String(count + 1), COMMUNITIES, { timeout: 120_000 });

    // A 360-px box shows about 13 rows: some more are drawn around them, not 400.
    const first = await drawnRows(page, 'parking-table');
    // Nothing for assistive technology to stumble on: the spacer rows, the row counts, the find box.
    expect(report(await audit(page))).toEqual([]);
    expect(first[0]).toBe(2);
    expect(first.length).toBeGreaterThan(10);
    expect(first.length).toBeLessThan(60);
    // The box scrolls the whole table: at its bottom, the last row is drawn.
    await table.evaluate((element) => { const box = element.closest('.table-scroll')!; box.scrollTop = box.scrollHeight; });
    await page.waitForFunction((count) => [...document.querySelectorAll('[data-testid="parking-table"] tbody tr')].some((row) => row.getAttribute('aria-rowindex') === String(count + 1)), COMMUNITIES);
    expect((await drawnRows(page, 'parking-table')).length).toBeLessThan(60);

    // By keyboard: Home from the last row goes to the first, End back to the last, each in view.
    await table.evaluate((element) => { const box = element.closest('.table-scroll')!; box.scrollTop = 0; });
    await page.locator('[data-testid="parking-table"] tbody tr[aria-rowindex="2"]').focus();
    await page.keyboard.press('End');
    await page.waitForFunction((count) => document.activeElement?.getAttribute('aria-rowindex') === String(count + 1), COMMUNITIES);
    expect(await inBoxView(page)).toBe(true);
    await page.keyboard.press('PageUp');
    await page.waitForFunction((count) => document.activeElement?.getAttribute('aria-rowindex') === String(count + 1 - 10), COMMUNITIES);
    await page.keyboard.press('Home');
    await page.waitForFunction(() => document.activeElement?.getAttribute('aria-rowindex') === '2');
    expect(await inBoxView(page)).toBe(true);

    // A community selected on the map (as a click on it does), far down the table, is scrolled
    // into the box and marked; the panel itself does not scroll.
    const drawnBefore = await drawnRows(page, 'parking-table');
    const ids = (JSON.parse(readFileSync(join(demoDir(), 'communities.geojson'), 'utf8')) as { features: { properties: { id: string | number } }[] }).features.map((feature) => feature.properties.id);
    const panelTop = await page.evaluate(() => document.querySelector('.panel')!.scrollTop);
    for (const id of ids.slice(0, 20)) {
      await page.evaluate((selected) => (window as any).__atlas.store.update({ selection: { layer: 'communities', id: selected } }), id);
      // The row, marked and whole in the box's view under its header (scrolling may take a frame).
      const index = await (await page.waitForFunction(() => {
        const row = document.querySelector('[data-testid="parking-table"] tbody tr[aria-selected="true"]') as HTMLElement | null;
        if (!row) return null;
        const box = row.closest('.table-scroll')!.getBoundingClientRect();
        const header = row.closest('table')!.querySelector('thead')!.getBoundingClientRect();
        const rect = row.getBoundingClientRect();
        return rect.top >= header.bottom - 1 && rect.bottom <= box.bottom + 1 ? Number(row.getAttribute('aria-rowindex')) : null;
      }, undefined, { timeout: 10_000 })).jsonValue() as number;
      if (index > Math.max(...drawnBefore)) break;
      expect(id).not.toBe(ids[19]);
    }
    expect(await page.evaluate(() => document.querySelector('.panel')!.scrollTop)).toBe(panelTop);
    // The selection stays, and the table scrolls away from it freely (it is not pulled back).
    await table.evaluate((element) => { element.closest('.table-scroll')!.scrollTop = 0; });
    await page.waitForTimeout(500);
    expect(await table.evaluate((element) => element.closest('.table-scroll')!.scrollTop)).toBe(0);
    expect(await drawnRows(page, 'parking-table')).toContain(2);

    // The find box: a community by its id, then by a piece of its name; cleared, every row is back.
    const finder = page.getByTestId('parking-table-find');
    await finder.fill(String(ids[123]));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="parking-table"] tbody tr').length === 1);
    expect(await page.locator('.table-find span').textContent()).toBe(`1 / ${COMMUNITIES} 行`);
    // Enter takes the row found (selected, as a click on it does); ↓ goes on to it.
    await finder.press('Enter');
    await page.waitForSelector('[data-testid="parking-table"] tbody tr[aria-selected="true"]');
    expect(await page.evaluate(() => String((window as any).__atlas.store.get().selection?.id))).toBe(String(ids[123]));
    await finder.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-selected'))).toBe('true');
    const names = (JSON.parse(readFileSync(join(demoDir(), 'communities.geojson'), 'utf8')) as { features: { properties: { name: string } }[] }).features.map((feature) => feature.properties.name);
    const piece = names[200].slice(0, 2);
    await finder.fill(piece);
    const expected = names.filter((name) => name.includes(piece)).length;
    await page.waitForFunction((count) => document.querySelector('.table-find span')?.textContent?.startsWith(`${count} /`), expected);
    const shownNames = await page.locator('[data-testid="parking-table"] tbody tr:not(.virtual-space) td:first-child').allTextContents();
    expect(shownNames.length).toBeGreaterThan(0);
    for (const name of shownNames) expect(name).toContain(piece);
    // By the name's pinyin initials (in Chromium's collation): the community is among the rows found.
    const spelt = pinyinInitials(names[200])[0];
    await finder.fill('');
    await page.waitForFunction((count) => document.querySelector('.table-find span')?.textContent?.startsWith(`${count} /`), COMMUNITIES);
    await finder.fill(spelt.toUpperCase());
    await page.waitForFunction((count) => !document.querySelector('.table-find span')?.textContent?.startsWith(`${count} /`), COMMUNITIES);
    const spelledNames = await page.locator('[data-testid="parking-table"] tbody tr:not(.virtual-space) td:first-child').allTextContents();
    expect(spelledNames).toContain(names[200]);
    expect(spelledNames.length).toBeLessThan(COMMUNITIES);
    await finder.fill('');
    await page.waitForFunction((count) => document.querySelector('[data-testid="parking-table"]')?.getAttribute('aria-rowcount') === String(count + 1), COMMUNITIES);

    // Sorted by name, the names come as a Chinese reader orders them (pinyin, a numbered estate's
    // numeral by its value: 安浦三区 as 安浦3区, before 安浦北苑), not by code point.
    await page.getByTestId('parking-table-sort-name').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="parking-table"] thead th[aria-sort="ascending"]') !== null);
    await table.evaluate((element) => { element.closest('.table-scroll')!.scrollTop = 0; });
    await page.waitForFunction(() => document.querySelector('[data-testid="parking-table"] tbody tr:not(.virtual-space)')?.getAttribute('aria-rowindex') === '2');
    const byName = await page.locator('[data-testid="parking-table"] tbody tr:not(.virtual-space) td:first-child').allTextContents();
    const order = new Intl.Collator('zh-CN', { numeric: true });
    const read = (name: string) => name.replace(/(?<=.)[一二三四五六七八九]/g, (numeral) => String('一二三四五六七八九'.indexOf(numeral) + 1));
    expect(byName.slice(0, 10)).toEqual([...names].sort((a, b) => order.compare(read(a), read(b))).slice(0, 10));
    expect([...names].sort().slice(0, 10)).not.toEqual(byName.slice(0, 10));

    // The life-circle matrix, 400 communities by six services, is drawn the same way.
    await page.evaluate(() => { location.hash = location.hash.replace('analysis=parking', 'analysis=services'); });
    await page.waitForFunction((count) => document.querySelector('[data-testid="compliance-matrix"]')?.getAttribute('aria-rowcount') === String(count + 1), COMMUNITIES, { timeout: 120_000 });
    const matrix = await drawnRows(page, 'compliance-matrix');
    expect(matrix[0]).toBe(2);
    expect(matrix.length).toBeLessThan(60);
    await page.getByTestId('compliance-matrix').evaluate((element) => { const box = element.closest('.table-scroll')!; box.scrollTop = box.scrollHeight; });
    await page.waitForFunction((count) => [...document.querySelectorAll('[data-testid="compliance-matrix"] tbody tr')].some((row) => row.getAttribute('aria-rowindex') === String(count + 1)), COMMUNITIES);
    expect(report(await audit(page))).toEqual([]);
    // And in 深色, with something typed in the find box.
    await page.getByTestId('theme-switch').click();
    await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await page.getByTestId('compliance-matrix-find').fill('C0');
    expect(report(await audit(page))).toEqual([]);
    // Its find box too; the CSV export stays the whole census.
    await page.getByTestId('compliance-matrix-find').fill(String(ids[321]));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="compliance-matrix"] tbody tr').length === 1);
    const download = page.waitForEvent('download');
    await page.getByTestId('export-compliance').click();
    const csv = readFileSync(await (await download).path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv).toHaveLength(COMMUNITIES + 1);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 300_000);
});
