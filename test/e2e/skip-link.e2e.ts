/**
 * Skip links (WCAG 2.4.1 Bypass Blocks): the first Tab stop is 跳到地图 / Skip to map, hidden until
 * it has the focus; Enter puts the focus on the map (the URL's state untouched); the second goes
 * to the analysis panel. While presenting they are neither shown nor reachable.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp, startHarness, stopHarness } from './harness';

beforeAll(startHarness);
afterAll(stopHarness);

/** The focused element: its test id and text, whether it is inside `selector`, and its box. */
const focused = (page: Page, selector: string) => page.evaluate((inside) => {
  const active = document.activeElement as HTMLElement | null;
  const box = active?.getBoundingClientRect();
  return {
    testId: active?.getAttribute('data-testid') ?? null,
    text: active?.textContent ?? '',
    inside: Boolean(active && document.querySelector(inside)?.contains(active)),
    box: box ? { width: box.width, height: box.height, top: box.top, left: box.left } : null,
  };
}, selector);

const linkBox = (page: Page, testId: string) => page.getByTestId(testId).evaluate((link) => {
  const box = link.getBoundingClientRect();
  return { width: box.width, height: box.height };
});

describe('skip links', () => {
  for (const [lang, words] of [['zh', ['跳到地图', '跳到分析面板']], ['en', ['Skip to map', 'Skip to the analysis panel']]] as const) {
    it(`${lang}: the first Tab stop is “${words[0]}”, shown only while focused; Enter moves the focus to the map`, async () => {
      const session = await openApp(lang === 'en' ? '#lang=en&analysis=parking' : '#analysis=parking');
      const { page } = session;
      // Hidden until focused: a 1-px box, still in the page's text for assistive technology.
      expect((await linkBox(page, 'skip-to-map')).width).toBeLessThanOrEqual(1);
      const hash = await page.evaluate(() => location.hash);
      await page.keyboard.press('Tab');
      const first = await focused(page, 'body');
      expect(first.testId).toBe('skip-to-map');
      expect(first.text).toBe(words[0]);
      expect(first.box!.width).toBeGreaterThan(40);
      expect(first.box!.top).toBeGreaterThanOrEqual(0);
      expect(first.box!.left).toBeGreaterThanOrEqual(0);
      await page.keyboard.press('Enter');
      const map = await focused(page, 'section.map-area');
      expect(map.inside).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.classList.contains('maplibregl-canvas'))).toBe(true);
      expect(await page.evaluate(() => location.hash)).toBe(hash);
      // Hidden again once the focus has left it.
      expect((await linkBox(page, 'skip-to-map')).width).toBeLessThanOrEqual(1);

      // The second link goes to the analysis panel.
      await page.getByTestId('skip-to-map').focus();
      await page.keyboard.press('Tab');
      const second = await focused(page, 'body');
      expect(second.testId).toBe('skip-to-analysis');
      expect(second.text).toBe(words[1]);
      await page.keyboard.press('Enter');
      expect((await focused(page, '.panel-right')).inside).toBe(true);
      // From there Tab goes on into the panel: its selected analysis tab.
      await page.keyboard.press('Tab');
      expect((await focused(page, '[data-testid="analysis-tabs"]')).testId).toBe('analysis-tab-parking');
      expect(session.consoleErrors).toEqual([]);
      await session.close();
    });
  }

  it('no analysis link with the analysis panel closed; none at all while presenting', async () => {
    const session = await openApp();
    const { page } = session;
    await page.getByRole('button', { name: '分析', exact: true }).click();
    expect(await page.getByTestId('skip-to-analysis').count()).toBe(0);
    await page.getByTestId('tab-scenes').click();
    await page.getByTestId('scene-title').fill('概况');
    await page.getByTestId('scene-save').click();
    await page.getByTestId('present-start').click();
    await page.getByTestId('presenter').waitFor();
    expect(await page.getByTestId('skip-to-map').isVisible()).toBe(false);
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Shift+Tab');
      expect((await focused(page, 'body')).testId).not.toBe('skip-to-map');
    }
    await page.getByTestId('skip-to-map').focus();
    expect((await focused(page, 'body')).testId).not.toBe('skip-to-map');
    expect(session.consoleErrors).toEqual([]);
    await session.close();
  });
});
