/**
 * The joint review form (城镇老旧小区改造部门联合评审意见表, 浙建议〔2022〕83号 一(二)): open
 * `#sheet=<community>&form=review` for a demo community that plans elevators and parking,
 * check the title, the demo notice, the facts the plan sheet also prints, the fourteen
 * reviewing departments in the letter's order, the fire-lane count the elevator analysis finds
 * for 消防救援, the blank opinion, signature and date cells, then print it to an A4 PDF with
 * no department row split. Opened from the header by keyboard; a district batch in English.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { costBuildingsFromFeatures, scopeOf } from '../../src/analysis/cost';
import { runElevators } from '../../src/analysis/elevators';
import { loadDataDir } from '../../src/cli/data-dir';
import type { BuildingFeature, CommunityFeature } from '../../src/model/types';
import { openApp, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

const layers = loadDataDir('data/demo', () => {});
const elevators = runElevators(layers);
if (!elevators.ok) throw new Error(elevators.error.message);
const fireLaneUnits = (communityId: string) => elevators.value.units.filter((u) => String(u.communityId) === communityId && u.reasons.includes('FIRE_LANE')).length;
const communities = layers.communities!.features as CommunityFeature[];
// The first demo community planning elevators and parking whose shafts meet a fire lane (C0010 in the committed demo).
const community = communities.find((c) => c.properties.items?.includes('elevator') && c.properties.items.includes('parking') && fireLaneUnits(String(c.properties.id)) > 0)!.properties;
const id = String(community.id);

// The letter's order: the lead department, the functional departments, the pipeline units, the residents.
const DEPARTMENTS_ZH = ['建设（牵头）', '发展改革', '财政', '自然资源', '公安', '城管', '消防救援', '电力', '水务', '燃气', '通信', '广播电视', '铁塔', '居民代表'];
const grouped = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 0 });

const cellTexts = (page: Page, testId: string) => page.getByTestId(testId).allTextContents();

function hasPdfToText(): boolean {
  try {
    execFileSync('which', ['pdftotext'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('joint review form (联合评审意见表)', () => {
  it('shows the form of one community with its review points and blank cells, and prints to A4', async () => {
    const session = await openApp(`#sheet=${id}&form=review`);
    const { page } = session;
    await page.waitForSelector('[data-form-ready="true"]', { timeout: 110_000 });

    await expect(page.getByTestId('review-form-title').textContent()).resolves.toBe('城镇老旧小区改造部门联合评审意见表');
    await expect(page.getByTestId('review-form-demo').textContent()).resolves.toBe('示例数据为虚拟片区');
    await expect(page.getByTestId('review-name').textContent()).resolves.toBe(community.name);
    const own = (layers.buildings!.features as BuildingFeature[]).filter((b) => b.properties?.communityId === community.id);
    const scope = scopeOf(community, costBuildingsFromFeatures(own));
    await expect(page.getByTestId('review-floor-area').textContent()).resolves.toBe(`${grouped(Math.round(scope.floorAreaM2))} ㎡`);
    await expect(page.getByTestId('review-scope').textContent()).resolves.toBe(`楼栋 ${own.length} 栋，单元 ${scope.units} 个`);

    // Fourteen rows, in the letter's order.
    expect(await cellTexts(page, 'review-department')).toEqual(DEPARTMENTS_ZH);
    const row = (department: string) => page.locator(`[data-testid="review-row"][data-department="${department}"]`);
    // 消防救援 reads the shafts on a fire lane, counted by the elevator analysis on the same data.
    const fire = await row('fireRescue').getByTestId('review-points').innerText();
    expect(fire).toContain(`井道占用消防车道：${fireLaneUnits(id)} 个单元`);
    // 公安 reads the parking gap; the pipeline units their part of the pipes, by households.
    await expect(row('publicSecurity').getByTestId('review-points').innerText()).resolves.toMatch(/停车需求 [\d,]+ 个车位，现有 [\d,]+ 个车位，缺口 [\d,]+ 个车位/);
    await expect(row('water').getByTestId('review-points').innerText()).resolves.toBe(`管网改造含供水、排水管线，涉及 ${grouped(community.households!)} 户`);
    // Opinion, signature and date are left blank for the meeting.
    expect(await cellTexts(page, 'review-sign')).toEqual(Array(14).fill(''));
    expect(await cellTexts(page, 'review-date')).toEqual(Array(14).fill(''));
    expect(await page.locator('td.review-write').evaluateAll((cells) => cells.map((cell) => cell.textContent))).toEqual(Array(14).fill(''));
    expect(await page.locator('td.review-write .write-line').count()).toBe(14 * 3);
    await expect(page.getByTestId('review-construction').innerText()).resolves.toContain('文明施工');
    const conclusion = await page.getByTestId('review-conclusion').innerText();
    for (const choice of ['☐ 同意', '☐ 修改后同意', '☐ 不同意']) expect(conclusion).toContain(choice);

    // The same estimate as the plan sheet of the community.
    const estimate = (await page.getByTestId('review-estimate').textContent()) ?? '';
    await page.getByTestId('review-to-plan-sheet').click();
    await page.waitForSelector('[data-sheet-ready="true"]', { timeout: 110_000 });
    const sheetTotal = (await page.getByTestId('sheet-cost-total').textContent()) ?? '';
    expect(sheetTotal).toMatch(/万元$/);
    expect(estimate.startsWith(sheetTotal)).toBe(true);
    await page.getByTestId('sheet-to-review-form').click();
    await page.waitForSelector('[data-form-ready="true"]', { timeout: 110_000 });
    expect(await page.evaluate(() => location.hash)).toBe(`#sheet=${id}&form=review`);

    // Print: no toolbar, no row split across pages, one PDF.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.sheet-toolbar').isVisible()).resolves.toBe(false);
    const breaks = await page.locator('[data-testid="review-row"]').evaluateAll((rows) => rows.map((r) => getComputedStyle(r).breakInside));
    expect(breaks).toEqual(Array(14).fill('avoid'));
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 4).toString('latin1')).toBe('%PDF');
    if (hasPdfToText()) {
      const dir = mkdtempSync(join(tmpdir(), 'review-form-'));
      writeFileSync(join(dir, 'form.pdf'), pdf);
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'form.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('城镇老旧小区改造部门联合评审意见表');
      expect(text).toContain(community.name!);
      expect(text).toContain('消防救援');
    }
    expect(session.consoleErrors).toEqual([]);
    expect(session.externalRequests).toEqual([]);
    await session.close();
  });

  it('opens from the header popup with the keyboard', async () => {
    const session = await openApp(`#sel=communities:${id}`);
    const { page } = session;
    await page.getByTestId('plan-sheet-button').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('review-form-community').waitFor();
    // Tab through the plan sheet's entries to the form's.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.getAttribute('data-testid')) === 'review-form-community') break;
    }
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe('review-form-community');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-form-ready="true"]', { timeout: 110_000 });
    expect(await page.getByTestId('review-form-page').getAttribute('data-community')).toBe(id);
    expect(await page.evaluate(() => location.hash)).toContain('form=review');
    await page.getByTestId('sheet-back').click();
    await page.locator('.header').waitFor();
    expect(await page.evaluate(() => location.hash)).not.toContain('form=');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('prints one form per community of a district, in English', async () => {
    const districtId = String(community.districtId);
    const members = communities.filter((c) => String(c.properties.districtId) === districtId);
    const session = await openApp(`#sheet=district:${districtId}&form=review&lang=en`);
    const { page } = session;
    await page.waitForSelector('[data-form-ready="true"]', { timeout: 110_000 });
    expect(await page.getByTestId('review-form-page').count()).toBe(members.length);
    const ids = await page.getByTestId('review-form-page').evaluateAll((pages) => pages.map((p) => p.getAttribute('data-community')));
    expect(ids).toEqual(members.map((c) => String(c.properties.id)).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })));
    expect(new Set(await cellTexts(page, 'review-form-title'))).toEqual(new Set(['Joint review opinion form, old-community renovation']));
    const departments = await cellTexts(page, 'review-department');
    expect(departments).toHaveLength(14 * members.length);
    expect(departments.slice(0, 14)[6]).toBe('Fire and rescue');
    const fire = await page.locator(`[data-testid="review-form-page"][data-community="${id}"] [data-department="fireRescue"] [data-testid="review-points"]`).innerText();
    expect(fire).toContain(`Shafts on a fire lane: ${fireLaneUnits(id)} units`);
    await page.emulateMedia({ media: 'print' });
    const printedBreaks = await page.getByTestId('review-form-page').evaluateAll((pages) => pages.map((p) => getComputedStyle(p).breakAfter));
    expect(printedBreaks.slice(0, -1).every((value) => value === 'page')).toBe(true);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
