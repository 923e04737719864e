/**
 * Residents' voice and priority (issue 10): importing a survey CSV with Chinese headers
 * changes the needs map; the ranking reorders when a weight moves, and the weight is in the URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canvasFingerprint, openApp, startHarness, stopHarness } from './harness';
import { applySurveys, openNeedsView } from './needs-view';

beforeAll(startHarness);
afterAll(stopHarness);

const firstNames = (page: import('playwright-core').Page) =>
  page.locator('[data-testid="priority-table"] tbody tr td:nth-child(2)').evaluateAll((cells) => cells.slice(0, 8).map((cell) => cell.textContent));

describe('priority and residents', () => {
  it('the ranking reorders when a weight moves', async () => {
    const session = await openApp('#analysis=priority');
    const { page } = session;
    await page.getByTestId('priority-table').waitFor({ timeout: 90_000 });
    const before = await firstNames(page);
    for (const name of ['parking', 'services', 'elevators', 'needs', 'willingToPay', 'votes']) await page.getByTestId(`weight-${name}`).fill('0');
    await page.getByTestId('weight-age').fill('3');
    await page.waitForFunction(() => location.hash.includes('w_age=3') && location.hash.includes('w_parking=0'));
    await page.waitForFunction((previous) => {
      const cells = [...document.querySelectorAll('[data-testid="priority-table"] tbody tr td:nth-child(2)')].slice(0, 8).map((cell) => cell.textContent);
      return JSON.stringify(cells) !== JSON.stringify(previous);
    }, before, { timeout: 60_000 });
    expect(await firstNames(page)).not.toEqual(before);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('a survey CSV with Chinese headers changes the needs map', async () => {
    const { session, page, before, communityIds } = await openNeedsView();
    const csv = ['小区编号,受访户数,加装电梯需求,停车需求,出资意愿', ...communityIds.map((id, i) => `${id},100,${i % 2 ? 0.95 : 0.05},0.5,0.4`), 'NOPE,10,0.1,0.1,0.1'].join('\n');
    await page.getByTestId('import-input').setInputFiles({ name: '居民意愿调查.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-dialog').waitFor();
    await expect(page.getByTestId('import-role').inputValue()).resolves.toBe('surveys');
    // The unmatched row named by the planner's file and its line.
    expect(await applySurveys(page)).toContain(`居民意愿调查.csv 第 ${communityIds.length + 2} 行 (NOPE)`);
    expect(await canvasFingerprint(page)).not.toBe(before);
    await session.close();
  });
});
