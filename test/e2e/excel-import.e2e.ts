/**
 * Excel workbooks in the app: a surveys table saved as .xlsx (a title row above the header, a
 * notes sheet before it) imports into the demo and changes the residents' needs map; a workbook
 * with a bad value is reported naming the file, the sheet, the row and the field, file text is
 * shown as text, and nothing loaded is lost.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildXlsx } from '../../src/io/read/xlsx-fixture.test-support';
import { canvasFingerprint, openApp, startHarness, stopHarness } from './harness';
import { applySurveys, openNeedsView } from './needs-view';

beforeAll(startHarness);
afterAll(stopHarness);

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const layerCount = async (page: import('playwright-core').Page, name: string) =>
  Number(((await page.locator(`[data-testid="layer-toggle-${name}"] ~ .layer-count`).textContent()) ?? '').replace(/[^\d]/g, ''));

describe('Excel import', () => {
  it('a surveys workbook changes the needs map, and the dialog says which sheet was read', async () => {
    const { session, page, before, communityIds } = await openNeedsView();
    const rows = [
      ['2024年居民意愿调查汇总', null, null, null, null],
      ['小区编号', '受访户数', '加装电梯需求', '停车需求', '出资意愿'],
      ...communityIds.map((id, i) => [id, 100, i % 2 ? 0.95 : 0.05, '50%', 0.4]),
      ['NOPE', 10, 0.1, 0.1, 0.1],
    ];
    const bytes = buildXlsx([{ name: '填表说明', rows: [['请按小区填写'], ['数据截至 2024 年 6 月']] }, { name: '居民意愿', rows, merges: ['A1:E1'] }]);
    await page.getByTestId('import-input').setInputFiles({ name: '2024年汇总.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(bytes) });
    await page.getByTestId('import-dialog').waitFor();
    await expect(page.getByTestId('import-formats').textContent()).resolves.toContain('Excel 工作簿（.xlsx');
    await expect(page.getByTestId('import-role').inputValue()).resolves.toBe('surveys');
    await expect(page.getByTestId('import-file-format').textContent()).resolves.toContain('xlsx · 工作表“居民意愿”（另 1 个工作表未读取：填表说明）');
    await expect(page.getByTestId('import-issues').textContent()).resolves.toContain('2024年汇总.xlsx：工作表“居民意愿”第 1 行（标题或空行）已跳过，第 2 行作为列名');
    // The unmatched row named as the workbook numbers it: below the title, the header and the records.
    const place = `2024年汇总.xlsx 工作表“居民意愿”第 ${communityIds.length + 3} 行 (NOPE)`;
    expect(await applySurveys(page)).toContain(place);
    expect(await canvasFingerprint(page)).not.toBe(before);
    // Saved as a project file, the demo back (no unmatched row), the project opened: the row is still the workbook's.
    await page.getByTestId('export-button').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('save-project').click()]);
    const project = readFileSync(await download.path());
    await page.getByTestId('back-to-demo').click();
    await page.getByTestId('unmatched-rows').waitFor({ state: 'detached', timeout: 60_000 });
    await page.getByTestId('open-project').setInputFiles({ name: '工程.atlas.json', mimeType: 'application/json', buffer: project });
    await page.waitForFunction((text) => document.querySelector('[data-testid="unmatched-rows"]')?.textContent?.includes(text), place, { timeout: 60_000 });
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('a workbook with a bad value, or not a workbook at all, is reported and what was loaded stays', async () => {
    const session = await openApp('#analysis=priority');
    const { page } = session;
    await page.getByTestId('priority-table').waitFor({ timeout: 90_000 });
    const communities = await layerCount(page, 'communities');
    const ranking = await page.getByTestId('priority-table').textContent();
    const hostile = '<img src=x onerror="window.__xss=1">';
    const bytes = buildXlsx([{ name: '意愿', rows: [['小区编号', '受访户数', '出资意愿'], ['C0001', 100, 0.4], ['C0002', 80, hostile]] }]);
    await page.getByTestId('import-input').setInputFiles({ name: '居民意愿.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from(bytes) });
    await page.getByTestId('import-dialog').waitFor();
    const issues = (await page.getByTestId('import-issues').textContent()) ?? '';
    expect(issues).toContain('居民意愿.xlsx：工作表“意愿”第 3 行');
    expect(issues).toContain('出资意愿');
    expect(issues).toContain(hostile); // shown as text
    await expect(page.getByTestId('import-apply').isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    // A CSV renamed .xlsx: what to do instead.
    await page.getByTestId('import-input').setInputFiles({ name: 'surveys.xlsx', mimeType: XLSX_TYPE, buffer: Buffer.from('小区编号,受访户数\nC0001,100\n') });
    await page.getByTestId('import-dialog').waitFor();
    await expect(page.getByTestId('import-issues').textContent()).resolves.toContain('surveys.xlsx：不是有效的 Excel 工作簿（.xlsx）');
    await expect(page.getByTestId('import-apply').isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: '取消' }).click();
    await page.getByTestId('import-dialog').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(await layerCount(page, 'communities')).toBe(communities);
    await expect(page.getByTestId('priority-table').textContent()).resolves.toBe(ranking);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
