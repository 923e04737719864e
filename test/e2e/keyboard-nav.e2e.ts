/**
 * The keyboard in the workspace (accessibility audit, items 4, 5, 7, 17, 19): the header's
 * Export and Plan sheet popups close with Esc (focus back on their button) and on a click
 * outside, with no role=menu around a select; the inspector card closes with Esc; the focused
 * map shows a ring; a unit's elevator reasons are reached from the community table; glyph
 * buttons, the map region and the language switch have names that say what they are.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { clickLonLat, openApp, settle, startHarness, stopHarness } from './harness';
import { demoLayers, openGroundIn } from './demo-points';

beforeAll(startHarness);
afterAll(stopHarness);

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

describe('header popups and the inspector', () => {
  for (const [button, popup] of [['export-button', 'export-popup'], ['plan-sheet-button', 'plan-sheet-popup']]) {
    it(`${popup}: Enter opens it, Esc closes it with the focus back on its button, a click outside closes it`, async () => {
      const session = await openApp();
      const { page } = session;
      await page.getByTestId(button).focus();
      await page.keyboard.press('Enter');
      await page.getByTestId(popup).locator('button').first().waitFor(); // Export's actions load on first open
      await expect(page.getByTestId(button).getAttribute('aria-expanded')).resolves.toBe('true');
      await expect(page.getByTestId(button).getAttribute('aria-controls')).resolves.toBe(popup);
      // A disclosure, not a menu: a role=menu may hold only menu items (axe aria-required-children).
      expect(await page.locator('[role="menu"], [role="menuitem"]').count()).toBe(0);
      // Tab goes into the popup (its first control), and Esc from there closes it too.
      await page.keyboard.press('Tab');
      expect(await page.evaluate((id) => document.querySelector(`[data-testid="${id}"]`)!.contains(document.activeElement), popup)).toBe(true);
      await page.keyboard.press('Escape');
      await page.getByTestId(popup).waitFor({ state: 'detached' });
      expect(await focusedTestId(page)).toBe(button);
      await expect(page.getByTestId(button).getAttribute('aria-expanded')).resolves.toBe('false');

      await page.getByTestId(button).click();
      await page.getByTestId(popup).waitFor();
      const map = (await page.getByTestId('map').boundingBox())!;
      await page.mouse.click(map.x + map.width / 2, map.y + map.height / 2);
      await page.getByTestId(popup).waitFor({ state: 'detached' });
      expect(session.consoleErrors).toEqual([]);
      await session.close();
    });
  }

  it('the inspector card closes with Esc, the focus back on the map', async () => {
    const community = demoLayers().communities.features.find((feature) => openGroundIn(feature) !== null)!;
    const ground = openGroundIn(community)!;
    const session = await openApp(`#map=17/${ground[1]}/${ground[0]}/0/0&layers=communities`);
    const { page } = session;
    await settle(page);
    await clickLonLat(page, ground);
    const inspector = page.getByTestId('inspector');
    await inspector.waitFor();
    await inspector.getByRole('button', { name: '关闭' }).focus();
    await page.keyboard.press('Escape');
    await inspector.waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
    await session.close();
  });
});

describe('the map and the keyboard', () => {
  it('the map canvas shows a focus ring when Tab reaches it', async () => {
    const session = await openApp();
    const { page } = session;
    let onCanvas = false;
    for (let i = 0; i < 80 && !onCanvas; i++) {
      await page.keyboard.press('Tab');
      onCanvas = await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas') ?? false);
    }
    expect(onCanvas).toBe(true);
    const ring = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement!);
      return { focusVisible: document.activeElement!.matches(':focus-visible'), style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    expect(ring.focusVisible).toBe(true);
    expect(ring.style).not.toBe('none');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    await session.close();
  });
});

describe('elevator reasons by keyboard', () => {
  it('Enter on a community lists its units under the row; Tab reaches them; Enter on one opens its card', async () => {
    const session = await openApp('#lang=en&analysis=elevators');
    const { page } = session;
    const firstRow = page.locator('[data-testid="elevator-table"] tbody tr').first();
    await firstRow.waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('unit-card').count()).toBe(0);
    await firstRow.focus();
    await page.keyboard.press('Enter');
    const list = page.getByTestId('elevator-unit-list');
    await list.waitFor();
    const units = list.getByTestId('elevator-unit');
    expect(await units.count()).toBeGreaterThan(0);
    // The verdict is in words as well as the mark.
    await expect(units.first().textContent()).resolves.toMatch(/Building .+ · unit \d+ · (feasible|conditional|infeasible)/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('elevator-unit');
    await page.keyboard.press('Enter');
    const card = page.getByTestId('unit-card');
    await card.waitFor();
    expect(await focusedTestId(page)).toBe('unit-card');
    await expect(card.textContent()).resolves.toMatch(/Building .+ · unit \d+/);
    await expect(units.first().getAttribute('aria-pressed')).resolves.toBe('true');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});

describe('tables by keyboard', () => {
  it('a table\'s rows are one Tab stop: the arrows move between them, Tab leaves the table', async () => {
    const session = await openApp('#lang=en&analysis=elevators');
    const { page } = session;
    const rows = page.locator('[data-testid="elevator-table"] tbody tr');
    await rows.first().waitFor({ timeout: 60_000 });
    expect(await rows.count()).toBeGreaterThan(2);
    expect(await page.locator('[data-testid="elevator-table"] tbody tr[tabindex="0"]').count()).toBe(1);
    const focusedRow = () => page.evaluate(() => [...document.querySelectorAll('[data-testid="elevator-table"] tbody tr')].indexOf(document.activeElement as HTMLTableRowElement));
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    expect(await focusedRow()).toBe(1);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    expect(await focusedRow()).toBe(1);
    // The row last reached is the table's Tab stop now.
    expect(await rows.nth(1).getAttribute('tabindex')).toBe('0');
    expect(await rows.first().getAttribute('tabindex')).toBe('-1');
    await page.keyboard.press('End');
    expect(await focusedRow()).toBe(await rows.count() - 1);
    await page.keyboard.press('Home');
    await page.keyboard.press('Tab');
    expect(await focusedRow()).toBe(-1);
    // Shift+Tab comes back to the row it left.
    await page.keyboard.press('Shift+Tab');
    expect(await focusedRow()).toBe(0);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});

describe('names for assistive technology', () => {
  it('the scene list’s glyph buttons name their action and the scene', async () => {
    const session = await openApp();
    const { page } = session;
    await page.getByTestId('tab-scenes').click();
    await page.getByTestId('scene-title').fill('概况');
    await page.getByTestId('scene-save').click();
    for (const name of ['转到场景“概况”', '上移场景“概况”', '下移场景“概况”', '复制场景“概况”', '删除场景“概况”']) {
      expect(await page.getByRole('button', { name, exact: true }).count(), name).toBe(1);
    }
    await page.getByTestId('language-switch').click();
    await page.getByRole('button', { name: 'Delete scene ‘概况’', exact: true }).click();
    expect(await page.getByTestId('scene-item').count()).toBe(0);
    await session.close();
  });

  it('the map region has its own name; the language switch is named by its visible text, in its language', async () => {
    const session = await openApp();
    const { page } = session;
    await expect(page.locator('section.map-area').getAttribute('aria-label')).resolves.toBe('地图');
    const layerPanel = await page.locator('.panel-left').getAttribute('aria-label');
    expect(layerPanel).not.toBe('地图');
    const language = page.getByTestId('language-switch');
    await expect(language.getAttribute('lang')).resolves.toBe('en');
    expect(await page.getByRole('button', { name: 'EN 切换为英文', exact: true }).count()).toBe(1);
    await language.click();
    await expect(page.locator('section.map-area').getAttribute('aria-label')).resolves.toBe('Map');
    await expect(language.getAttribute('lang')).resolves.toBe('zh');
    expect(await page.getByRole('button', { name: '中 Switch to Chinese', exact: true }).count()).toBe(1);
    await expect(language.evaluate((button) => button.firstChild?.textContent)).resolves.toBe('中'); // the visible part
    await session.close();
  });
});
