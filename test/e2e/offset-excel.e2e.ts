/**
 * Issue 7, the last two parts: a communities file in GCJ-02 (as from 高德) dropped over the
 * demo raises the offset warning, whose button converts it; and the Excel exports download
 * real workbooks (zip bytes, Chinese sheet names).
 */
import { readFileSync } from 'node:fs';
import gcoord from 'gcoord';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

describe('GCJ-02 warning and Excel export', () => {
  it('warns about a GCJ-02 communities file and converts it on request', async () => {
    const session = await openApp();
    const { page } = session;
    const demo = JSON.parse(readFileSync('data/demo/communities.geojson', 'utf8'));
    const shifted = gcoord.transform(demo, gcoord.WGS84, gcoord.GCJ02);
    await page.getByTestId('import-input').setInputFiles({ name: '小区-高德.geojson', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(shifted)) });
    const warning = page.getByTestId('import-offset-warning');
    await warning.waitFor();
    expect(await warning.textContent()).toMatch(/数据疑似高德偏移坐标（GCJ-02），约偏移 \d+ m/);
    await warning.getByRole('button').click();
    await warning.waitFor({ state: 'detached' });
    // The dialog re-reads the file with the offset removed; the file's line then says so.
    await page.getByTestId('import-file').getByText('GCJ-02 → WGS84').waitFor({ timeout: 30_000 });
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('downloads the chosen layer and all tables as .xlsx workbooks', async () => {
    const session = await openApp();
    const { page } = session;
    await page.getByTestId('export-button').click();
    const workbook = async (testId: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      const parts = unzipSync(new Uint8Array(readFileSync(await download.path())));
      return { name: download.suggestedFilename(), workbookXml: strFromU8(parts['xl/workbook.xml']), sheet1: strFromU8(parts['xl/worksheets/sheet1.xml']) };
    };
    const one = await workbook('export-xlsx');
    // Named in the UI language (they were renewal-atlas-tables.xlsx and communities.xlsx in the Chinese UI).
    expect(one.name).toBe('小区.xlsx');
    expect(one.sheet1).toContain('小区名称');
    // Chinese headers, Chinese values: statuses by their words, not codes.
    expect(one.sheet1).toMatch(/待改造|已纳入计划|已立项|在建|已完工/);
    expect(one.sheet1).not.toMatch(/>(candidate|planned|approved|under_construction|completed)</);
    const all = await workbook('export-all-xlsx');
    expect(all.name).toBe('老旧小区改造-表格.xlsx');
    for (const sheet of ['小区', '楼栋', '闲置资源', '居民意愿调查', '加梯表决']) expect(all.workbookXml).toContain(`name="${sheet}"`);
    const name = async (testId: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      return download.suggestedFilename();
    };
    await expect(name('save-project')).resolves.toBe('老旧小区改造.atlas.json');
    await expect(name('export-png')).resolves.toBe('老旧小区改造-地图.png');
    // English names stay in the English UI.
    await page.getByTestId('language-switch').click();
    if (!(await page.getByTestId('export-all-xlsx').isVisible())) await page.getByTestId('export-button').click();
    await page.getByTestId('export-all-xlsx').getByText('All tables (Excel)').waitFor();
    await expect(name('export-all-xlsx')).resolves.toBe('renewal-atlas-tables.xlsx');
    await expect(name('save-project')).resolves.toBe('renewal-atlas.atlas.json');
    await expect(name('export-xlsx')).resolves.toBe('communities.xlsx');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
