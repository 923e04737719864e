/**
 * 定位 in the map's control row: a community, a district or a facility found by a piece of its
 * name, its id or its district, by mouse and by keyboard; the pick is selected (URL, outline or
 * ring) and the map flies to it; a query that finds nothing says so; in English too; axe finds
 * nothing to fault.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataDir } from '../../src/cli/data-dir';
import { openApp, startHarness, stopHarness } from './harness';
import { presenterInsets } from '../../src/ui/present/presenter-layout';
import { audit, report } from './axe-audit';
import { demoBox, landedInClearView } from './clear-view';

beforeAll(startHarness);
afterAll(stopHarness);

const demo = loadDataDir('data/demo', () => {});
const boxOf = demoBox;
const landedIn = landedInClearView;

describe('the map locator', () => {
  it('finds a community by name and id, and a district, by mouse and keyboard', async () => {
    const session = await openApp();
    const { page } = session;
    const input = page.getByTestId('locator-input');
    const options = page.getByTestId('locator-option');
    // "/" from anywhere but a field goes to the box.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('/');
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await input.inputValue()).toBe('');

    // A piece of a name: 北苑 is in six of the demo's 40 community names, and in some facilities'
    // (the communities first, by pinyin, not the file's C0001 橘池 first, each named with its
    // district), eight shown.
    await input.fill('北苑');
    const names = demo.communities!.features.map((feature) => feature.properties as { id: string; name: string; districtId: string });
    const byPinyin = ['枫滨北苑', '橘池北苑', '明港北苑', '晴泉北苑', '听浦北苑', '竹庄北苑'];
    const expected = byPinyin.map((name) => names.find((row) => row.name === name)!);
    expect(names.filter((row) => row.name.includes('北苑')).length).toBe(byPinyin.length);
    const facilities = demo.facilities!.features.filter((feature) => String(feature.properties?.name).includes('北苑'));
    expect(expected.length).toBeGreaterThan(1);
    await expect(options.count()).resolves.toBe(Math.min(8, expected.length + facilities.length));
    expect(await options.first().textContent()).toBe(`${expected[0].name}小区 · 清洲片区 · ${expected[0].id}`);
    expect(await page.getByTestId('locator-status').textContent()).toBe(expected.length + facilities.length > 8 ? `共 ${expected.length + facilities.length} 个，显示前 8 个；再输入几个字可缩小范围` : '');
    expect(report(await audit(page))).toEqual([]);

    // ↑ from none marked marks the last, ↓ wraps round to the first; ↓ again and Enter take the
    // second: it is selected (URL) and the map flies to it.
    const count = await options.count();
    await input.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(count - 1).getAttribute('id'));
    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(0).getAttribute('id'));
    await input.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    await input.press('Enter');
    const second = expected[1];
    await page.waitForFunction((id) => location.hash.includes(`sel=communities:${id}`), second.id);
    await landedIn(page, boxOf('communities', second.id), 15);
    expect(await input.inputValue()).toBe(second.name);
    // Its card opens beside it (the map fitted clear of the card): the community's own fields.
    await expect(page.getByTestId('inspector').textContent()).resolves.toContain(second.name);
    await expect(page.getByTestId('inspector').textContent()).resolves.toContain(second.id);
    await expect(page.getByTestId('locator-list').isHidden()).resolves.toBe(true);

    // An id in lower case, picked with the mouse.
    await input.fill('c0033');
    await expect(options.count()).resolves.toBe(1);
    await options.first().click();
    await page.waitForFunction(() => location.hash.includes('sel=communities:C0033'));
    await landedIn(page, boxOf('communities', 'C0033'), 15);

    // A district: first in the list, above the communities in it; the whole district fits the view.
    await input.fill('观溪');
    expect(await options.first().textContent()).toBe('观溪片区片区 · D003');
    await expect(options.count()).resolves.toBe(8);
    expect(await page.getByTestId('locator-status').textContent()).toMatch(/^共 \d+ 个，显示前 8 个/);
    await input.press('Enter');
    await page.waitForFunction(() => location.hash.includes('sel=districts:D003'));
    await landedIn(page, boxOf('districts', 'D003'), 13);

    // A facility, by its name: the ring marks it, and the map flies to it.
    await input.fill('景池三区托育');
    expect(await options.first().textContent()).toBe('景池三区托育园托育 · 清洲片区 · F00002');
    await input.press('Enter');
    await page.waitForFunction(() => location.hash.includes('sel=facilities:F00002'));
    await landedIn(page, boxOf('facilities', 'F00002').map((value, i) => value + (i < 2 ? -1e-4 : 1e-4)), 15.9);
    // A point has no extent to fit: zoom 16, among its blocks, not the closest fit's 17.5.
    expect(await page.evaluate(() => (window as any).__atlas.map.map.getZoom())).toBeCloseTo(16, 1);
    const ringed = await page.evaluate(() => (window as any).__atlas.map.map.queryRenderedFeatures({ layers: ['selection-point'] }).map((feature: any) => feature.properties.id));
    expect(ringed).toEqual(['F00002']);

    // Pinyin initials (拼音首字母), read by Chromium's own Chinese collation (not Node's, which
    // the unit tests use): jcby is 橘池北苑, then its charging station 橘池北苑充电站 (jcbycdz);
    // jqxq is 橘泉西区 and its two facilities (公共停车场, 便民菜场), worked out from the demo's names.
    await input.fill('jcby');
    await expect(options.count()).resolves.toBe(2);
    expect(await options.nth(0).textContent()).toBe('橘池北苑小区 · 清洲片区 · C0001');
    expect(await options.nth(1).textContent()).toBe('橘池北苑充电站充电桩 · 清洲片区 · F00001');
    await input.fill('jqxq');
    expect(await options.first().textContent()).toMatch(/^橘泉西区小区 · .+ · C0031$/);
    await expect(options.count()).resolves.toBe(3);

    // Nothing found, said so (the text as typed, never as HTML); Esc closes, a second Esc clears.
    await input.fill('<b>无此小区</b>');
    expect(await page.getByTestId('locator-status').textContent()).toBe('没有名称、编号或拼音首字母含“<b>无此小区</b>”的小区、片区或设施');
    await expect(options.count()).resolves.toBe(0);
    await input.press('Escape');
    expect(await page.getByTestId('locator-status').textContent()).toBe('');
    await input.press('Escape');
    expect(await input.inputValue()).toBe('');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('in English', async () => {
    const session = await openApp('#lang=en');
    const { page } = session;
    const input = page.getByTestId('locator-input');
    expect(await input.getAttribute('placeholder')).toBe('Find: name, id or pinyin initials');
    await input.fill('C0001');
    expect(await page.getByTestId('locator-option').first().textContent()).toBe('橘池北苑Community · 清洲片区 · C0001');
    await input.fill('zzz');
    expect(await page.getByTestId('locator-status').textContent()).toBe('No community, district or facility matches “zzz”');
    await input.fill('F00002');
    expect(await page.getByTestId('locator-option').first().textContent()).toBe('景池三区托育园childcare · 清洲片区 · F00002');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('while presenting: / goes to the overlay\'s box, the pick is framed in the clear part, Esc by Esc back to the scenes', async () => {
    const session = await openApp('', { width: 1280, height: 720 });
    const { page } = session;
    await page.getByTestId('header-present').click();
    await page.getByTestId('presenter').waitFor();
    const counter = page.getByTestId('presenter-counter');
    await page.waitForFunction(() => document.querySelector('[data-testid="presenter-counter"]')?.textContent?.includes('1 / '));
    const input = page.getByTestId('presenter-locator-input');
    await page.keyboard.press('/');
    expect(await input.evaluate((element) => element === document.activeElement)).toBe(true);
    // Typed letters and arrows stay in the box: no step, no blank screen.
    await page.keyboard.type('橘池');
    await input.press('ArrowRight');
    expect(await counter.textContent()).toContain('1 / ');
    await input.press('Enter');
    await page.waitForFunction(() => location.hash.includes('sel=communities:C0001'));
    // Framed in what the card, the legend and the top row leave clear.
    const insets = presenterInsets([1280, 720]);
    const [west, south, east, north] = boxOf('communities', 'C0001');
    await page.waitForFunction(([w, s, e, n, inset]) => {
      const map = (window as any).__atlas.map.map;
      if (map.isMoving() || map.getZoom() < 15) return false;
      const [a, b] = [map.project([w, n]), map.project([e, s])];
      return a.x >= inset.left && a.y >= inset.top && b.x <= 1280 - inset.right && b.y <= 720 - inset.bottom;
    }, [west, south, east, north, insets] as const, { timeout: 20_000 });
    expect(await page.getByTestId('inspector').count()).toBe(0);
    // The card shows the community in the scene's place: its name, district and figures (the demo's own), at 20 px and up.
    const c0001 = demo.communities!.features.find((feature) => feature.properties?.id === 'C0001')!.properties as { households: number; builtYear: number };
    const located = page.getByTestId('presenter-located');
    expect(await page.getByTestId('presenter-located-title').textContent()).toBe('橘池北苑');
    expect(await located.textContent()).toContain('小区 · 清洲片区');
    expect(await located.locator('.scene-figure').allTextContents()).toEqual([`${c0001.households.toLocaleString('en')}户数`, `${c0001.builtYear}建成年代`, expect.stringMatching(/改造状态$/)]);
    // Within the card's room along the bottom (presenter-layout: 240 px at 720 px high, with its 28 px margin).
    const card = (await page.locator('.presenter-card').boundingBox())!;
    expect(card.height).toBeLessThanOrEqual(240 - 28);
    // 已纳入计划 at 44 px is wider than a scene figure's 9em: on one line, inside the card.
    for (const figure of await located.locator('.scene-figure-value').all()) {
      const box = (await figure.boundingBox())!;
      expect([box.height < 70, box.x + box.width <= card.x + card.width]).toEqual([true, true]);
    }
    expect(Math.min(...await located.locator('h2 span, p, .scene-figure-label').evaluateAll((elements) => elements.map((element) => parseFloat(getComputedStyle(element).fontSize))))).toBeGreaterThanOrEqual(20);
    expect(await page.getByTestId('presenter-title').count()).toBe(0);
    // And says where the next → goes: the standard deck's first scene.
    expect(await located.textContent()).toContain('→ 继续：片区概况');
    // The pick gives the focus back to the overlay, so the clicker's → steps on at once.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('presenter');
    // A facility, found by its pinyin initials (景池三区托育园 jcsqtyy): its type, district,
    // capacity as the demo gives it, and its type's standard walking radius (托育 300 m).
    const f00002 = demo.facilities!.features.find((feature) => feature.properties?.id === 'F00002')!.properties as { capacity: number };
    await input.focus();
    await input.fill('jcsqtyy');
    await input.press('Enter');
    await page.waitForFunction(() => location.hash.includes('sel=facilities:F00002'));
    await page.waitForFunction(() => document.querySelector('[data-testid="presenter-located-title"]')?.textContent === '景池三区托育园');
    expect(await located.textContent()).toContain('托育 · 清洲片区');
    expect(await located.locator('.scene-figure').allTextContents()).toEqual([`${f00002.capacity.toLocaleString('en')}规模`, '300服务半径（米）']);
    expect((await page.locator('.presenter-card').boundingBox())!.height).toBeLessThanOrEqual(240 - 28);
    // In the box again, Esc clears it, the next gives the focus back to the overlay; there → steps and Esc leaves.
    await input.focus();
    await input.press('Escape');
    expect(await input.inputValue()).toBe('');
    await input.press('Escape');
    expect(await page.getByTestId('presenter').isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('presenter');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => document.querySelector('[data-testid="presenter-counter"]')?.textContent?.includes('2 / '));
    // The next scene's own card is back.
    await page.getByTestId('presenter-title').waitFor();
    expect(await page.getByTestId('presenter-located').count()).toBe(0);
    await page.keyboard.press('Escape');
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
