/**
 * The card's 只看此片区: a district found with 定位 (or a community clicked) filters the dashboard
 * and dims the other districts' communities on the map, in one press; pressed again, it clears.
 * A district's card leads with its figures.
 * The 片区 select lists the districts by name. In English too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { loadDataDir } from '../../src/cli/data-dir';
import { openApp, settle, startHarness, stopHarness } from './harness';
import { audit, report } from './axe-audit';

beforeAll(startHarness);
afterAll(stopHarness);

const demo = loadDataDir('data/demo', () => {});

/**
 * The communities the map has loaded (those of the tiles in view), each once: how many are
 * dimmed, and how many are wrongly so (dimmed in `districtId`, or drawn plain outside it).
 */
const dimmedOnMap = (page: Page, districtId: string) => page.evaluate((inside) => {
  const features: any[] = (window as any).__atlas.map.map.querySourceFeatures('communities');
  const byId = new Map(features.map((feature) => [feature.properties.id, feature.properties]));
  const rows = [...byId.values()];
  return { dimmed: rows.filter((row) => row.dimmed === true).length, wrong: rows.filter((row) => (row.dimmed === true) === (row.districtId === inside)).length };
}, districtId);

async function locate(page: Page, query: string) {
  await page.getByTestId('locator-input').fill(query);
  await page.getByTestId('locator-option').first().click();
  await page.getByTestId('inspector').waitFor();
}

describe('the card filters the dashboard to its district', () => {
  it('a district found with 定位: 只看此片区 sets the filter, dims the others, and clears when pressed again', async () => {
    const session = await openApp();
    const { page } = session;
    // The select lists the districts by name (pinyin: 观 guān, 槐 huái, 清 qīng), not the file's D001 清洲 first.
    const listed = await page.getByTestId('filter-district').locator('option').allTextContents();
    expect(listed).toEqual(['全部', '观溪片区', '槐岸片区', '清洲片区']);

    await locate(page, '清洲片区');
    // The card leads with the district's figures, summed here from the demo's communities.
    const inDistrict = demo.communities!.features.map((feature) => feature.properties!).filter((row) => row.districtId === 'D001');
    const sum = (key: 'households' | 'population') => inDistrict.reduce((total, row) => total + Number(row[key]), 0).toLocaleString('en');
    expect(await page.getByTestId('inspector-name').textContent()).toBe('清洲片区');
    const figures = page.getByTestId('inspector-district-figures');
    await figures.waitFor();
    const rows = await figures.locator('tr').allTextContents();
    expect(rows.slice(0, 3)).toEqual([`小区${inDistrict.length} 个`, `户数${sum('households')} 户`, `人口${sum('population')} 人`]);
    const completed = inDistrict.filter((row) => row.renovationStatus === 'completed').length;
    expect(rows.at(-1)).toContain(`已完工 ${completed}`);
    const button = page.getByTestId('inspector-filter-district');
    expect(await button.textContent()).toBe('只看此片区');
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    await page.waitForFunction(() => location.hash.includes('filter=district:D001'));
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    expect(await page.getByTestId('filter-district').inputValue()).toBe('D001');
    await expect(page.getByTestId('clear-filter').textContent()).resolves.toContain('清洲片区');
    await settle(page);
    // The district fitted in view shows some of its neighbours' communities too: those dimmed.
    expect(await dimmedOnMap(page, 'D001')).toEqual({ dimmed: expect.any(Number), wrong: 0 });
    expect((await dimmedOnMap(page, 'D001')).dimmed).toBeGreaterThan(0);

    // Pressed again: no filter, nothing dimmed, the select back to 全部.
    await button.click();
    await page.waitForFunction(() => !location.hash.includes('filter='));
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByTestId('filter-district').inputValue()).toBe('');
    await expect(page.getByTestId('clear-filter').count()).resolves.toBe(0);
    await settle(page);
    expect((await dimmedOnMap(page, 'D001')).dimmed).toBe(0);
    expect(report(await audit(page))).toEqual([]);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('a community\'s card filters to the district it is in, and says so in English', async () => {
    const session = await openApp('#lang=en');
    const { page } = session;
    const community = demo.communities!.features.find((feature) => feature.properties?.districtId === 'D003')!.properties as { id: string };
    await locate(page, community.id);
    const button = page.getByTestId('inspector-filter-district');
    expect(await button.textContent()).toBe('Only its district');
    await button.click();
    await page.waitForFunction(() => location.hash.includes('filter=district:D003'));
    expect(await page.getByTestId('filter-district').inputValue()).toBe('D003');
    await settle(page);
    expect(await dimmedOnMap(page, 'D003')).toEqual({ dimmed: expect.any(Number), wrong: 0 });
    expect((await dimmedOnMap(page, 'D003')).dimmed).toBeGreaterThan(0);
    // The dashboard's chip clears it, and the card's button follows.
    await page.getByTestId('clear-filter').click();
    await page.waitForFunction(() => !location.hash.includes('filter='));
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
