/**
 * The panels say which defaults a result took (DESIGN §2, audit-design #5): none on the demo;
 * the demo's communities without 现有车位 for three of them give the note in 停车挖潜 and 片区联动.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

describe('defaults note', () => {
  it('shows only when a default was taken, naming the field in Chinese', async () => {
    const session = await openApp('#analysis=parking');
    const { page } = session;
    await page.getByTestId('parking-allocated').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('defaults-note').count()).toBe(0);

    const communities = JSON.parse(readFileSync('data/demo/communities.geojson', 'utf8'));
    for (const feature of communities.features.slice(0, 3)) delete feature.properties.parkingSpaces;
    await page.getByTestId('import-input').setInputFiles({ name: 'communities.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(communities)) });
    await page.waitForSelector('[data-testid="import-apply"]:not([disabled])', { timeout: 60_000 });
    await page.getByTestId('import-mode-keep').check();
    await page.getByTestId('import-apply').click();
    const note = page.getByTestId('defaults-note');
    await note.waitFor({ timeout: 60_000 });
    expect(await note.textContent()).toBe('按默认值计：3 个小区缺少现有车位，按 0 计');

    await page.getByTestId('analysis-tab-pooling').click();
    await page.getByTestId('pooling-table').waitFor({ timeout: 120_000 });
    expect(await page.getByTestId('defaults-note').textContent()).toContain('3 个小区缺少现有车位，按 0 计');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  }, 240_000);
});
