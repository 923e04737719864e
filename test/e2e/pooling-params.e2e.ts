/**
 * 片区联动 runs with the parking panel's parameters (audit-design, Unclear 5): a walking
 * limit set in 停车挖潜 carries over to the pooling tab, changes its table and is named there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

const tableText = (page: import('playwright-core').Page) => page.getByTestId('pooling-table').textContent();

describe('pooling parameters', () => {
  it('takes the walking limit from the URL and from the parking tab, and says so', async () => {
    const session = await openApp('#analysis=pooling');
    const { page } = session;
    const line = page.getByTestId('pooling-params');
    await line.waitFor({ timeout: 120_000 });
    expect(await line.textContent()).toContain('步行距离上限 300 m');
    const defaults = await tableText(page);

    // Set in the parking tab, then back to pooling: the limit comes along.
    await page.getByTestId('analysis-tab-parking').click();
    await page.getByTestId('param-maxWalkM').fill('100');
    await page.waitForFunction(() => location.hash.includes('walk=100'));
    await page.getByTestId('analysis-tab-pooling').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="pooling-params"]')?.textContent?.includes('步行距离上限 100 m'), undefined, { timeout: 120_000 });
    expect(page.url()).toContain('walk=100');
    await page.waitForFunction((before) => document.querySelector('[data-testid="pooling-table"]')?.textContent !== before, defaults, { timeout: 120_000 });
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 300_000);
});
