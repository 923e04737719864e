/**
 * The keyboard in what covers the workspace (accessibility audit, items 1, 3, 18): presenter
 * mode holds the focus (the panels behind it are inert), its keys keep working after any
 * number of Tabs, and the focus returns to 开始汇报 on leaving; the import dialog and the
 * rejected-file alert take the focus, keep Tab inside, close with Esc and give the focus back
 * to 导入; the Leave button's text has 4.5 : 1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, startHarness, stopHarness, dropOversizedFile } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

/** Where the focus is: inside the element with this test id (or it), and a short description. */
const focusIn = (page: Page, testId: string) => page.evaluate((id) => {
  const active = document.activeElement;
  const root = document.querySelector(`[data-testid="${id}"]`);
  return { inside: Boolean(root && active && root.contains(active)), what: `${active?.tagName}.${active?.className}:${active?.textContent?.slice(0, 20)}` };
}, testId);

/** Presses Tab (or Shift+Tab) `times` times; the focus must stay inside `testId` after each. */
async function tabStaysIn(page: Page, testId: string, times: number, key = 'Tab') {
  for (let i = 0; i < times; i++) {
    await page.keyboard.press(key);
    const where = await focusIn(page, testId);
    expect(where.inside, `${key} ${i + 1}: ${where.what}`).toBe(true);
  }
}

const focusedTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

describe('presenter mode and the keyboard', () => {
  it('Tab never leaves the overlay, → and Esc keep working, the focus comes back to 开始汇报; Leave has 4.5 : 1', async () => {
    const session = await openApp('#map=15/30.31/120.14/0/0');
    const { page } = session;
    await page.getByTestId('tab-scenes').click();
    for (const title of ['一', '二']) {
      await page.getByTestId('scene-title').fill(title);
      await page.getByTestId('scene-save').click();
    }
    await page.getByTestId('present-start').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('presenter').waitFor();
    expect((await focusIn(page, 'presenter')).inside).toBe(true);
    // The analysis panel is kept (off screen) for the scene's map layers, but nothing in it is reachable.
    expect(await page.locator('.panel-right').evaluate((panel) => panel.closest('[inert]') !== null)).toBe(true);
    await tabStaysIn(page, 'presenter', 12);
    await tabStaysIn(page, 'presenter', 3, 'Shift+Tab');
    // The 定位 box is one of its Tab stops: → there moves the caret, not the scenes; Esc (the box
    // empty) gives the focus back to the overlay, where → steps again.
    await page.getByTestId('presenter-locator-input').focus();
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('presenter-counter').textContent()).resolves.toContain('1 / 2');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('presenter');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('presenter-title').textContent()).resolves.toBe('二');
    await expect(page.getByTestId('presenter-counter').textContent()).resolves.toContain('2 / 2');

    // UX.md: text contrast ≥ 4.5 : 1, the discreet Leave button's too (no transparency over the map).
    const contrast = await page.locator('.presenter-exit').evaluate((button) => {
      const style = getComputedStyle(button);
      const rgb = (css: string) => css.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
      const luminance = (css: string) => {
        const [r, g, b] = rgb(css).map((c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [a, b] = [luminance(style.color), luminance(style.backgroundColor)];
      return { opacity: Number(style.opacity), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05) };
    });
    expect(contrast.opacity).toBe(1);
    expect(contrast.ratio).toBeGreaterThanOrEqual(4.5);

    await page.keyboard.press('Escape');
    await page.getByTestId('presenter').waitFor({ state: 'detached' });
    expect(await page.evaluate(() => (window as any).__atlas.store.get().presenting)).toBeNull();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'present-start');
    expect(await page.locator('.panel-right').evaluate((panel) => panel.closest('[inert]') === null)).toBe(true);
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});

describe('import dialogs and the keyboard', () => {
  const geojson = JSON.stringify({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', properties: { id: 'P1', name: '保护点' }, geometry: { type: 'Point', coordinates: [120.14, 30.31] } }],
  });

  it('the import dialog takes the focus, keeps Tab inside, closes with Esc and gives the focus back to 导入', async () => {
    const session = await openApp();
    const { page } = session;
    await page.getByTestId('import-input').setInputFiles({ name: 'points.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson) });
    const dialog = page.getByTestId('import-dialog');
    await dialog.waitFor();
    await page.getByTestId('import-file').waitFor();
    expect((await focusIn(page, 'import-dialog')).inside).toBe(true);
    await tabStaysIn(page, 'import-dialog', 25);
    await tabStaysIn(page, 'import-dialog', 5, 'Shift+Tab');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('import-button');
    // Cancel closes it the same way.
    await page.getByTestId('import-input').setInputFiles({ name: 'points.geojson', mimeType: 'application/geo+json', buffer: Buffer.from(geojson) });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('import-button');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });

  it('the rejected-file alert has a name, takes the focus, keeps Tab inside and closes with Esc', async () => {
    const session = await openApp();
    const { page } = session;
    // A dropped file over the size limit is refused before its bytes are read (no 300 MB file needed).
    await dropOversizedFile(page);
    const alert = page.getByTestId('import-rejected');
    await alert.waitFor();
    const name = await alert.evaluate((element) => {
      const labelledBy = element.getAttribute('aria-labelledby');
      return element.getAttribute('aria-label') ?? (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ?? '';
    });
    expect(name).toBe('无法导入');
    await expect(page.getByRole('alertdialog', { name: '无法导入' }).count()).resolves.toBe(1);
    expect((await focusIn(page, 'import-rejected')).inside).toBe(true);
    await tabStaysIn(page, 'import-rejected', 4);
    await page.keyboard.press('Escape');
    await alert.waitFor({ state: 'detached' });
    expect(await focusedTestId(page)).toBe('import-button');
    await session.close();
  });
});
