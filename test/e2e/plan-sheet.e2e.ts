/**
 * The plan sheet (一案一策, issue 8 item 4 and issue 10 item 5): open `#sheet=<community>`,
 * wait for the findings, check the figures on the page (name, households, floor area, the
 * pipes line at its unit cost, the findings sections), edit a unit cost, then print it to PDF
 * through Chromium. The batch sheet of a district has one page per community.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection, Polygon } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { costBuildingsFromFeatures, scopeOf } from '../../src/analysis/cost';
import { runElevators } from '../../src/analysis/elevators';
import { loadDataDir } from '../../src/cli/data-dir';
import type { BuildingFeature } from '../../src/model/types';
import { openApp, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

type CommunityProps = { id: string; name: string; districtId: string; households: number; items?: string[] };
const communities = JSON.parse(readFileSync('data/demo/communities.geojson', 'utf8')) as FeatureCollection<Polygon, CommunityProps>;
const buildings = JSON.parse(readFileSync('data/demo/buildings.geojson', 'utf8')) as FeatureCollection<Polygon, BuildingFeature['properties']>;
// A community with pipes, elevators and parking among its items and a survey row (C0003 in the committed demo).
const community = communities.features.find((f) => f.properties.items?.includes('elevator') && f.properties.items.includes('pipes') && f.properties.items.includes('parking'))!.properties;
const grouped = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

function hasPdfToText(): boolean {
  try {
    execFileSync('which', ['pdftotext'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('plan sheet (一案一策)', () => {
  it('shows one community with its figures and prints to a PDF', async () => {
    const session = await openApp(`#sheet=${community.id}`);
    const { page } = session;
    await page.waitForSelector('[data-sheet-ready="true"]', { timeout: 110_000 });

    const own = buildings.features.filter((b) => b.properties?.communityId === community.id) as BuildingFeature[];
    const scope = scopeOf(community, costBuildingsFromFeatures(own));
    await expect(page.getByTestId('sheet-title').textContent()).resolves.toBe(`${community.name} 一案一策`);
    await expect(page.getByTestId('sheet-demo').textContent()).resolves.toBe('示例数据为虚拟片区');
    await expect(page.getByTestId('sheet-households').textContent()).resolves.toBe(`${grouped(community.households)} 户`);
    await expect(page.getByTestId('sheet-floor-area').textContent()).resolves.toBe(`${grouped(Math.round(scope.floorAreaM2))} ㎡`);
    // Pipes: households × 1.2 万元/户 (default unit cost).
    const pipes = page.locator('[data-testid="sheet-cost"] tr[data-item="pipes"]');
    await expect(pipes.textContent()).resolves.toContain(`${grouped(community.households * 1.2, 1)} 万元`);
    const text = (await page.getByTestId('sheet-page').innerText());
    for (const heading of ['改造范围', '改造内容', '投资估算', '停车挖潜', '加装电梯', '公共服务设施', '资金筹措', '居民意愿']) expect(text).toContain(heading);
    // The cost footnote is written for the sheet's reader, not the developers' notes.
    expect(text).toContain('单价为工程估算假设（未查到浙江省统一价格标准）');
    expect(text).not.toContain('DOMAIN.md');
    expect(text).not.toContain('[I]');
    await expect(page.getByTestId('sheet-parking').textContent()).resolves.toMatch(/缺口 [\d,]+ 个车位/);
    // 加装电梯: each candidate's thresholds by households and by floor area (民法典 art. 278), as the engine gives them.
    const elevators = runElevators(loadDataDir('data/demo'));
    if (!elevators.ok) throw new Error(elevators.error.message);
    const candidate = elevators.value.buildings.find((b) => b.communityId === community.id)!;
    const row = page.locator(`[data-testid="sheet-elevators"] tr[data-building="${String(candidate.id)}"]`);
    const cells = await row.locator('td').allTextContents();
    const minimum = (value: number) => `${grouped(Math.ceil(value - 1e-9))} ㎡`;
    expect(cells.slice(5, 9)).toEqual([
      `${grouped(candidate.households)} 户`, `${grouped(Math.round(candidate.floorAreaM2))} ㎡`,
      `${grouped(candidate.mustTakePart)} 户 · ${minimum(candidate.mustTakePartAreaM2)}`, `${grouped(candidate.mustAgree)} 户 · ${minimum(candidate.mustAgreeAreaM2)}`,
    ]);
    const elevatorText = (await page.getByTestId('sheet-elevators').textContent()) ?? '';
    expect(elevatorText).toContain('户数与建筑面积须同时达到');
    expect(elevatorText).not.toContain('专有部分面积亦须');
    await expect(page.getByTestId('sheet-services').textContent()).resolves.toMatch(/六类设施中 \d 类/);
    await expect(page.getByTestId('sheet-residents').textContent()).resolves.toMatch(/受访 \d+ 户/);
    expect(await page.getByTestId('sheet-map').locator('svg path').count()).toBeGreaterThan(own.length);
    await expect(page.getByTestId('sheet-scale').textContent()).resolves.toMatch(/\d+ m/);

    // Edit the pipes unit cost: the line and the URL follow.
    await page.getByTestId('unit-cost-pipes').fill('2');
    await page.getByTestId('unit-cost-pipes').press('Enter');
    await expect.poll(() => pipes.textContent()).toContain(`${grouped(community.households * 2, 1)} 万元`);
    expect(await page.evaluate(() => location.hash)).toContain('costs=pipes:2');

    // Print: the toolbar disappears, the PDF is a real document.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sheet-toolbar').isVisible()).resolves.toBe(false);
    const printedText = await page.getByTestId('sheet-page').innerText();
    expect(printedText).toContain(community.name);
    expect(printedText).toContain(`${grouped(community.households)} 户`);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(pdf.length).toBeGreaterThan(20_000);
    if (hasPdfToText()) {
      const dir = mkdtempSync(join(tmpdir(), 'sheet-'));
      writeFileSync(join(dir, 'sheet.pdf'), pdf);
      const extracted = execFileSync('pdftotext', ['-layout', join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' });
      expect(extracted).toContain(community.name);
      expect(extracted).toContain(grouped(community.households));
    }

    // 返回: back to the workspace, the sheet leaves the URL.
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('sheet-back').click();
    await page.locator('.header').waitFor();
    expect(await page.evaluate(() => location.hash)).not.toContain('sheet=');
    expect(session.consoleErrors).toEqual([]);
    expect(session.externalRequests).toEqual([]);
    await session.close();
  });

  it('prints every community of a district, one page each', async () => {
    const districtId = community.districtId;
    const members = communities.features.filter((f) => f.properties.districtId === districtId);
    const session = await openApp(`#sheet=district:${districtId}&lang=en`);
    const { page } = session;
    await page.waitForSelector('[data-sheet-ready="true"]', { timeout: 110_000 });
    expect(await page.getByTestId('sheet-page').count()).toBe(members.length);
    const titles = await page.getByTestId('sheet-title').allTextContents();
    expect(titles).toEqual([...members].sort((a, b) => a.properties.id.localeCompare(b.properties.id, 'en', { numeric: true })).map((f) => `${f.properties.name} — plan sheet`));
    const breaks = await page.evaluate(() => {
      const pages = [...document.querySelectorAll('[data-testid="sheet-page"]')];
      return pages.map((element) => getComputedStyle(element).breakAfter);
    });
    expect(breaks).toHaveLength(members.length);
    await page.emulateMedia({ media: 'print' });
    const printedBreaks = await page.evaluate(() => [...document.querySelectorAll('[data-testid="sheet-page"]')].map((element) => getComputedStyle(element).breakAfter));
    expect(printedBreaks.slice(0, -1).every((value) => value === 'page')).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(members.length);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('opens from the header: the selected community, or a district batch', async () => {
    const session = await openApp('#sel=communities:C0002');
    const { page } = session;
    await page.getByTestId('plan-sheet-button').click();
    await page.getByTestId('plan-sheet-community').click();
    await page.getByTestId('plan-sheet').waitFor();
    expect(await page.getByTestId('sheet-page').getAttribute('data-community')).toBe('C0002');
    await page.getByTestId('sheet-back').click();
    await page.getByTestId('plan-sheet-button').click();
    await page.getByTestId('plan-sheet-district-D002').click();
    await page.waitForSelector('[data-sheet-ready="true"]', { timeout: 110_000 });
    expect(await page.getByTestId('sheet-page').count()).toBe(communities.features.filter((f) => f.properties.districtId === 'D002').length);
    expect(await page.evaluate(() => location.hash)).toContain('sheet=district:D002');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
